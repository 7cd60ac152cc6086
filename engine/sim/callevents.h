#pragma once

#include "engine/sim/amieventwriter.h"
#include "engine/sim/simchannel.h"

#include <QByteArray>
#include <QByteArrayView>

#include <initializer_list>
#include <utility>

struct OriginateAction;

// The events of a channel's life in the exact shapes of Asterisk 20 (field
// names and order as in tests/data/ami/capture-*.txt). Methods that
// report a change (newexten, newstate) also make it on the channel, so the
// channel is right for Status and CoreShowChannels even when no session wants
// the event itself.
class CallEvents final
{
public:
    using Field = std::pair<QByteArrayView, QByteArrayView>;

    explicit CallEvents(AmiEventWriter &writer);

    AmiEventWriter &writer() { return m_writer; }
    // Simulated wall clock (ms since the epoch) for Cdr times.
    void setEpochMs(qint64 epochMs) { m_epochMs = epochMs; }
    void setNowMs(qint64 nowMs) { m_nowMs = nowMs; }
    qint64 nowMs() const { return m_nowMs; }

    void newchannel(const SimChannel &channel);
    void newexten(SimChannel &channel, int priority, QByteArrayView application, const QByteArray &data);
    void varSet(const SimChannel &channel, QByteArrayView name, const QByteArray &value);
    // A global variable (Setvar without Channel): VarSet with no channel snapshot.
    void globalVarSet(QByteArrayView name, const QByteArray &value);
    // chan_sip's RTPAUDIOQOS* variables as a SIP channel leaves.
    void rtpQos(const SimChannel &channel);
    void newstate(SimChannel &channel, SimChannel::State state);
    void newCallerid(const SimChannel &channel);
    void newConnectedLine(const SimChannel &channel);
    void localBridge(const SimChannel &one, const SimChannel &two, bool optimize);
    // caller is null for an Originate's own dial (no calling channel).
    void dialBegin(const SimChannel *caller, const SimChannel &dest, QByteArrayView dialString);
    void dialState(const SimChannel *caller, const SimChannel &dest, QByteArrayView status);
    void dialEnd(const SimChannel *caller, const SimChannel &dest, QByteArrayView status);
    void hangupRequest(const SimChannel &channel, int cause);
    void softHangupRequest(const SimChannel &channel, int cause);
    void hangup(const SimChannel &channel, int cause);
    // LastApplication/LastData default to what the channel runs now.
    void cdr(const SimChannel &channel, QByteArrayView disposition, QByteArrayView destinationChannel = {},
             QByteArrayView lastApplication = {}, QByteArrayView lastData = {});
    void originateResponse(const OriginateAction &request, bool success, int reason,
                           QByteArrayView channel, QByteArrayView uniqueId);
    void userEvent(const SimChannel &channel, QByteArrayView name, std::initializer_list<Field> fields);
    void deviceStateChange(const QByteArray &device, QByteArrayView state);
    void musicOnHoldStart(const SimChannel &channel);
    void musicOnHoldStop(const SimChannel &channel);
    void queueCaller(QByteArrayView event, const SimChannel &channel, std::initializer_list<Field> fields);
    void agentEvent(QByteArrayView event, const SimChannel &caller, const SimChannel &agent,
                    std::initializer_list<Field> fields);
    void bridgeCreate(QByteArrayView bridgeId);
    void bridgeEnter(QByteArrayView bridgeId, int channelsNow, const SimChannel &channel);
    void bridgeLeave(QByteArrayView bridgeId, int channelsNow, const SimChannel &channel);
    void bridgeDestroy(QByteArrayView bridgeId);

    // ast_cause2str for the causes voicesim uses.
    static QByteArrayView causeText(int cause);

private:
    void bridgeHeader(QByteArrayView event, QByteArrayView bridgeId, int channelsNow);
    QByteArray cdrTime(qint64 simMs) const;

    AmiEventWriter &m_writer;
    qint64 m_epochMs = 0;
    qint64 m_nowMs = 0;
};
