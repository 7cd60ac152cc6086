#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class AmiConnection;
class AmiMessage;

// Counts, from the voice nodes' side, how many times each number was dialled:
// a read-only AMI session of its own on each node (torque-voicesim or a real
// Asterisk) sees every channel created, and the first leg of each of the
// engine's Originates (Uniqueid "<prefix>-<call>-a") is one dial. The number
// is the Local channel's extension (Local/<number>@<context>-...;1).
class DialAudit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialAudit)

public:
    explicit DialAudit(QObject *parent = nullptr);
    ~DialAudit() override;

    void watch(const QString &host, quint16 port, const QByteArray &user, const QByteArray &secret);
    // Every node's session is logged in (call it before the engine dials).
    bool ready() const;

    qint64 dials() const { return m_dials; }
    const QHash<QString, int> &dialsByNumber() const { return m_byNumber; }
    // The numbers dialled more than once, sorted.
    QStringList dialledTwice() const;

private:
    void onEvent(const AmiMessage &event);

    QList<AmiConnection *> m_sessions;
    QHash<QString, int> m_byNumber;
    qint64 m_dials = 0;
};
