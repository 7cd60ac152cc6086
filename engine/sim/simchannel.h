#pragma once

#include <QByteArray>
#include <QByteArrayView>

// One channel of the simulated node, holding exactly what Asterisk puts in a
// channel snapshot (ast_manager_build_channel_state_string) plus what
// CoreShowChannels, Status and Cdr report. A plain value: the call that owns
// it changes it as its dialplan moves on.
struct SimChannel final
{
    // AST_STATE_* values that a dialled channel passes through.
    enum class State { Down = 0, Ring = 4, Ringing = 5, Up = 6, Busy = 7 };

    QByteArray name;          // Local/5550001@simnet-00000000;1
    QByteArray type;          // channel technology: Local, SIP, PJSIP
    QByteArray uniqueId;
    QByteArray linkedId;
    QByteArray callerIdNum;   // empty is shown as <unknown>
    QByteArray callerIdName;
    QByteArray connectedNum;
    QByteArray connectedName;
    QByteArray context;
    QByteArray exten;
    int priority = 1;
    State state = State::Down;
    QByteArray application;   // the dialplan application running now
    QByteArray appData;
    QByteArray bridgeId;
    qint64 createdMs = 0;     // simulated clock
    qint64 answeredMs = 0;    // 0 = never answered

    static QByteArrayView stateDesc(State state);
    // "<prefix>Channel: ...\r\n" through "<prefix>Linkedid: ...\r\n".
    void appendSnapshot(QByteArray &out, QByteArrayView prefix = {}) const;
    // CDR CallerID form: "Campaign 7" <8005550100>
    QByteArray cdrCallerId() const;
};
