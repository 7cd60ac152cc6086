#pragma once

#include "common/errorcode.h"
#include "common/protocolmessage.h"
#include "console/models/databasetablerow.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class EngineClient;
class MessageLabel;
class QLabel;
class QProgressBar;
class QPushButton;

// The conversion part of the Database panel: "Convert to InnoDB/MyISAM" for
// the selected table on MariaDB/MySQL, after a confirmation that names the
// table; a progress bar driven by the "database" topic's progress events
// (also for conversions another console started); and the outcome, with a
// clear sentence when the table was busy. On other databases only a note
// that the conversion does not apply. The panel feeds it the status and the
// selection; a conversion that outlives the request's timeout is followed to
// its end through the events.
class DatabaseConversionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseConversionView)

public:
    explicit DatabaseConversionView(EngineClient *client, QWidget *parent = nullptr);

    // A database.status reply: whether conversion applies, and the one running.
    void setStatus(const QJsonObject &status);
    void setSelectedTable(const std::optional<DatabaseTableRow> &table);
    // The outcome of the last conversion started here; empty when none.
    QString messageText() const;
    bool isConverting() const { return !m_progress.isEmpty() || !m_pendingTable.isEmpty(); }

Q_SIGNALS:
    // A conversion ended (finished or failed, started here or elsewhere).
    void conversionEnded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButton();
    void showMessage(std::function<QString()> text, bool error);
    void onConvertClicked();
    void startConversion(const QString &table, const QString &engine);
    void onConvertReply(const QString &table, const QString &engine, const ProtocolMessage &reply);
    void onEventReceived(const QString &name, const QJsonObject &data);
    void showProgress(const QJsonObject &conversion);
    void settle(const QString &table, const QString &engine, ErrorCode code, const QString &detail);

    QPointer<EngineClient> m_client;
    bool m_hasStatus = false;
    bool m_canConvert = false;
    QString m_backend;
    std::optional<DatabaseTableRow> m_selected;
    QJsonObject m_progress;   // the running conversion, empty when none
    QString m_pendingTable;   // our database.convertTable, not settled yet

    QPushButton *m_convertButton = nullptr;
    QLabel *m_note = nullptr;
    QWidget *m_progressBox = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_progressLabel = nullptr;
    MessageLabel *m_message = nullptr;
};
