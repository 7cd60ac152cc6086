#pragma once

#include "common/trunk.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class EngineClient;
class LiveListFeed;
class MessageLabel;
class QLabel;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class TrunkTableModel;

// The Trunks tab: the manual's "View Trunks" list with Add, Edit, Delete and
// Make Default. It follows the "trunks" topic (LiveListFeed), so a change
// made from another console shows up here at once. Read-only for roles that may only
// look (accounts managers).
class TrunksPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrunksPage)

public:
    explicit TrunksPage(EngineClient *client, bool readOnly, QWidget *parent = nullptr);

    bool isReadOnly() const { return m_readOnly; }
    TrunkTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The error (or notice) the page shows under the table; empty when none.
    QString messageText() const;

    void refresh();
    // Selects the row of this trunk, if it is listed.
    bool selectTrunk(qint64 id);
    std::optional<Trunk> selectedTrunk() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateButtons();
    void showMessage(std::function<QString()> text);
    void clearMessage();
    void openDialog(const std::optional<Trunk> &trunk);
    void confirmRemove(const Trunk &trunk);
    void removeTrunk(const Trunk &trunk);
    void setDefaultTrunk(qint64 id);
    void applyList(const QJsonObject &data);

    void onAddClicked();
    void onEditClicked();
    void onDeleteClicked();
    void onMakeDefaultClicked();
    void onDoubleClicked(const QModelIndex &index);
    void onRowsInserted();

    QPointer<EngineClient> m_client;
    const bool m_readOnly;
    LiveListFeed *m_feed = nullptr;
    qint64 m_selectWhenListed = 0; // a trunk just added, selected when it appears

    TrunkTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_defaultButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    MessageLabel *m_message = nullptr;
};
