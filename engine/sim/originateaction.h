#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

class AmiMessage;

// An Originate action as voicesim reads it (keys as in manager.c
// action_originate):
//   Channel        Local/<number>@<context>[/n] or SIP/<number>@<peer> (any tech)
//   Context, Exten, Priority   where the answered channel lands, or
//   Application, Data          an application to run instead
//   Timeout        ms to wait for an answer (default 30000)
//   CallerID       "Name" <number>
//   ChannelId, OtherChannelId  Uniqueids of the first and second leg
//   Variable       NAME=value (repeatable, comma lists allowed)
//   Async          true: reply at once, report with OriginateResponse
//   ActionID
struct OriginateAction final
{
    using Variable = std::pair<QByteArray, QByteArray>;

    QByteArray actionId;
    QByteArray channel;     // as given: "Local/5550001@simnet"
    QByteArray tech;        // "Local"
    QByteArray data;        // "5550001@simnet"
    QByteArray context;
    QByteArray exten;
    int priority = 1;
    QByteArray application;
    QByteArray appData;
    qint64 timeoutMs = 30000;
    QByteArray callerIdNum;
    QByteArray callerIdName;
    QByteArray channelId;
    QByteArray otherChannelId;
    QList<Variable> variables;
    bool async = false;

    // Fails with the Message Asterisk would send ("Channel not specified").
    static Result<OriginateAction> fromMessage(const AmiMessage &message);

    // Value of a channel variable, matched with its inheritance underscores
    // ("_SIM_TALK_MAX" answers "SIM_TALK_MAX"); empty when absent.
    QByteArray variable(QByteArrayView name) const;
    bool isLocal() const;
    // "5550001" and "simnet" for Local/5550001@simnet/n.
    QByteArray number() const;
    QByteArray dialContext() const;
    // The SIP peer or PJSIP endpoint: "sipp-uas" for SIP/5551234@sipp-uas or SIP/sipp-uas/5551234.
    QByteArray peer() const;

    static std::pair<QByteArray, QByteArray> parseCallerId(const QByteArray &text);
    static QByteArray stripInheritance(QByteArrayView name);
};
