#include "console/servers/databaseconversionview.h"

#include "common/protocol.h"
#include "console/main/deleteconfirmation.h"
#include "console/main/messagelabel.h"
#include "console/models/databasetablemodel.h"
#include "console/net/engineclient.h"
#include "console/net/errortext.h"
#include "console/servers/databasesummaryview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Protocol;

DatabaseConversionView::DatabaseConversionView(EngineClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("conversionView"));
    m_convertButton = new QPushButton(this);
    m_convertButton->setObjectName(QStringLiteral("convertButton"));
    m_convertButton->hide(); // until a status says the database converts
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("convertNote"));
    m_note->setWordWrap(true);
    m_progressBox = new QWidget(this);
    m_progressBox->setObjectName(QStringLiteral("conversionBox"));
    m_progressBar = new QProgressBar(m_progressBox);
    m_progressBar->setObjectName(QStringLiteral("conversionProgress"));
    m_progressBar->setRange(0, 100);
    m_progressLabel = new QLabel(m_progressBox);
    m_progressLabel->setObjectName(QStringLiteral("conversionLabel"));
    m_progressLabel->setWordWrap(true);
    auto progressLayout = new QVBoxLayout(m_progressBox);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progressBar);
    m_progressBox->hide();
    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("conversionMessageLabel"));

    auto row = new QHBoxLayout;
    row->addWidget(m_convertButton);
    row->addWidget(m_note, 1);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_progressBox);
    layout->addWidget(m_message);

    connect(m_convertButton, &QPushButton::clicked, this, &DatabaseConversionView::onConvertClicked);
    if (client)
        connect(client, &EngineClient::eventReceived, this, &DatabaseConversionView::onEventReceived);
    retranslateUi();
}

void DatabaseConversionView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DatabaseConversionView::retranslateUi()
{
    m_note->setText(!m_hasStatus || m_canConvert
        ? tr("Converting copies the whole table; on a large table it takes a long time.")
        //: %1 is the database (PostgreSQL, SQLite)
        : tr("Converting tables between InnoDB and MyISAM is a MariaDB/MySQL feature: "
             "not applicable on %1.").arg(DatabaseSummaryView::backendText(m_backend)));
    if (!m_progress.isEmpty())
        showProgress(m_progress);
    updateButton();
}

void DatabaseConversionView::setStatus(const QJsonObject &status)
{
    m_hasStatus = true;
    m_canConvert = status.value(Key::CanConvert).toBool();
    m_backend = status.value(Key::Backend).toString();
    m_convertButton->setVisible(m_canConvert);
    if (status.contains(Key::Conversion))
        showProgress(status.value(Key::Conversion).toObject());
    else if (!m_progress.isEmpty() && m_pendingTable.isEmpty())
        showProgress({}); // ended while no event reached us
    retranslateUi();
}

void DatabaseConversionView::setSelectedTable(const std::optional<DatabaseTableRow> &table)
{
    m_selected = table;
    updateButton();
}

QString DatabaseConversionView::messageText() const
{
    return m_message->message();
}

void DatabaseConversionView::showMessage(std::function<QString()> text, bool error)
{
    m_message->setTranslatedMessage(std::move(text), error ? MessageLabel::Kind::Error : MessageLabel::Kind::Info);
}

void DatabaseConversionView::updateButton()
{
    const bool offered = m_selected && !m_selected->convertTo.isEmpty();
    m_convertButton->setEnabled(m_canConvert && offered && !isConverting());
    //: %1 is a storage engine, InnoDB or MyISAM
    m_convertButton->setText(offered ? tr("Convert to %1").arg(m_selected->convertTo) : tr("Convert"));
    if (isConverting())
        m_convertButton->setToolTip(tr("A table is being converted; one conversion at a time."));
    else if (m_selected && !offered && m_selected->hasForeignKeys)
        m_convertButton->setToolTip(tr("\"%1\" takes part in foreign keys, which MyISAM does not "
                                       "support, so it stays InnoDB.").arg(m_selected->name));
    else
        m_convertButton->setToolTip(tr("Convert the selected table between InnoDB and MyISAM"));
}

void DatabaseConversionView::onConvertClicked()
{
    if (!m_selected || m_selected->convertTo.isEmpty())
        return;
    const QString name = m_selected->name;
    const QString engine = m_selected->convertTo;
    QString consequence =
        tr("The database copies the whole table (%1) into the new engine. Writes to it wait "
           "until the copy is done, and a large table can take a long time. If another "
           "connection is using the table, the engine gives up after a few seconds and "
           "nothing changes.").arg(DatabaseTableModel::rowsText(*m_selected));
    if (engine == StorageEngineName::MyIsam)
        consequence += QLatin1Char(' ')
            + tr("MyISAM has no transactions and locks the whole table for every write; "
                 "Torque is designed for InnoDB.");
    DeleteConfirmation::askAction(this, tr("Convert Table"),
                                  //: %1 is a table name, %2 a storage engine
                                  tr("Convert the table \"%1\" to %2?").arg(name, engine),
                                  consequence, tr("Convert"),
                                  [this, name, engine] { startConversion(name, engine); });
}

void DatabaseConversionView::startConversion(const QString &table, const QString &engine)
{
    if (!m_client)
        return;
    m_pendingTable = table;
    showMessage({}, false);
    showProgress({{Key::Table, table}, {Key::StorageEngine, engine},
                  {Key::State, ConversionState::Running}, {Key::Percent, 0}});
    m_client->request(Type::DatabaseConvertTable, {{Key::Table, table}, {Key::StorageEngine, engine}},
                      this, [this, table, engine](const ProtocolMessage &reply) {
                          onConvertReply(table, engine, reply);
                      });
}

void DatabaseConversionView::onConvertReply(const QString &table, const QString &engine,
                                            const ProtocolMessage &reply)
{
    if (m_pendingTable != table)
        return; // already settled by the final progress event
    if (!reply.isOk() && reply.error() == ErrorCode::Internal
        && m_progress.value(Key::Table).toString() == table) {
        // A long conversion outlives the request's timeout (or the
        // connection); its final progress event tells how it ended.
        showMessage([table] {
            return tr("The engine is still converting \"%1\"; its progress is shown below.").arg(table);
        }, false);
        return;
    }
    settle(table, engine, reply.isOk() ? ErrorCode::None : reply.error(), reply.errorMessage());
}

void DatabaseConversionView::onEventReceived(const QString &name, const QJsonObject &data)
{
    if (name != Event::DatabaseProgress)
        return;
    const QString table = data.value(Key::Table).toString();
    const QString state = data.value(Key::State).toString();
    if (state == ConversionState::Running) {
        showProgress(data);
        return;
    }
    showProgress({});
    if (table == m_pendingTable) {
        const QJsonObject error = data.value(Key::Error).toObject();
        settle(table, data.value(Key::StorageEngine).toString(),
               state == ConversionState::Finished ? ErrorCode::None
                                                  : errorCodeFromName(error.value(Key::Code).toString()),
               error.value(Key::Message).toString());
        return;
    }
    Q_EMIT conversionEnded();
}

void DatabaseConversionView::showProgress(const QJsonObject &conversion)
{
    m_progress = conversion.value(Key::State).toString() == ConversionState::Running ? conversion
                                                                                    : QJsonObject();
    m_progressBox->setVisible(!m_progress.isEmpty());
    updateButton();
    if (m_progress.isEmpty())
        return;
    m_progressBar->setValue(qBound(0, int(m_progress.value(Key::Percent).toDouble()), 100));
    //: %1 is a table name, %2 a storage engine
    QString text = tr("Converting \"%1\" to %2…")
                       .arg(m_progress.value(Key::Table).toString(),
                            m_progress.value(Key::StorageEngine).toString());
    const int stage = m_progress.value(Key::Stage).toInt();
    const int maxStage = m_progress.value(Key::MaxStage).toInt();
    const QString detail = m_progress.value(Key::Detail).toString();
    if (stage > 0 && maxStage > 0)
        //: Progress of a conversion: stage %1 of %2, then the database's own words
        text += QLatin1Char(' ') + tr("Stage %1 of %2: %3").arg(stage).arg(maxStage).arg(detail);
    else if (!detail.isEmpty())
        text += QLatin1Char(' ') + detail;
    m_progressLabel->setText(text);
}

void DatabaseConversionView::settle(const QString &table, const QString &engine, ErrorCode code,
                                    const QString &detail)
{
    m_pendingTable.clear();
    updateButton();
    if (code == ErrorCode::None) {
        showMessage([table, engine] { return tr("The table \"%1\" is now %2.").arg(table, engine); }, false);
    } else if (code == ErrorCode::Conflict) {
        showMessage([table, detail] {
            //: %2 is the engine's own (English) detail
            return tr("The table \"%1\" is busy: another connection is using or has locked it, "
                      "or another conversion is running, so the engine gave up. Nothing was "
                      "changed; try again when it is idle. (%2)").arg(table, detail);
        }, true);
    } else {
        showMessage([table, engine, code, detail] {
            return tr("Could not convert the table \"%1\" to %2: %3")
                .arg(table, engine, ErrorText::forCode(code, detail));
        }, true);
    }
    Q_EMIT conversionEnded();
}
