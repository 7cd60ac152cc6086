#include "engine/sim/callevents.h"

#include "engine/sim/originateaction.h"

#include <QDateTime>

CallEvents::CallEvents(AmiEventWriter &writer)
    : m_writer(writer)
{
}

QByteArrayView CallEvents::causeText(int cause)
{
    switch (cause) {
    case 0: return "Unknown";
    case 1: return "Unallocated (unassigned) number";
    case 16: return "Normal Clearing";
    case 17: return "User busy";
    case 18: return "No user responding";
    case 19: return "User alerting, no answer";
    case 21: return "Call Rejected";
    case 34: return "Circuit/channel congestion";
    case 38: return "Network out of order";
    default: return "Unknown";
    }
}

void CallEvents::newchannel(const SimChannel &channel)
{
    if (m_writer.begin("Newchannel", EventMask::Call)) {
        m_writer.snapshot(channel);
        m_writer.end();
    }
}

void CallEvents::newexten(SimChannel &channel, int priority, QByteArrayView application, const QByteArray &data)
{
    channel.priority = priority;
    channel.application = application.toByteArray();
    channel.appData = data;
    if (m_writer.begin("Newexten", EventMask::Dialplan)) {
        m_writer.snapshot(channel);
        m_writer.field("Extension", channel.exten);
        m_writer.field("Application", application);
        m_writer.field("AppData", data);
        m_writer.end();
    }
}

void CallEvents::varSet(const SimChannel &channel, QByteArrayView name, const QByteArray &value)
{
    if (m_writer.begin("VarSet", EventMask::Dialplan)) {
        m_writer.snapshot(channel);
        m_writer.field("Variable", name);
        m_writer.field("Value", value);
        m_writer.end();
    }
}

void CallEvents::globalVarSet(QByteArrayView name, const QByteArray &value)
{
    if (m_writer.begin("VarSet", EventMask::Dialplan)) {
        m_writer.field("Variable", name);
        m_writer.field("Value", value);
        m_writer.end();
    }
}

void CallEvents::rtpQos(const SimChannel &channel)
{
    // Capture 2001; there is no media here, so every figure is zero.
    varSet(channel, "RTPAUDIOQOS", "ssrc=0;themssrc=0;lp=0;rxjitter=0.000000;rxcount=0;txjitter=0.000000;"
                                   "txcount=0;rlp=0;rtt=0.000000;rxmes=0.000000;txmes=0.000000");
    varSet(channel, "RTPAUDIOQOSJITTER", "minrxjitter=000.000000;maxrxjitter=000.000000;avgrxjitter=000.000000;"
                                         "stdevrxjitter=000.000000;mintxjitter=000.000000;maxtxjitter=000.000000;"
                                         "avgtxjitter=000.000000;stdevtxjitter=000.000000;");
    varSet(channel, "RTPAUDIOQOSLOSS", "minrxlost=000.000000;maxrxlost=000.000000;avgrxlost=000.000000;"
                                       "stdevrxlost=000.000000;mintxlost=000.000000;maxtxlost=000.000000;"
                                       "avgtxlost=000.000000;stdevtxlost=000.000000;");
    varSet(channel, "RTPAUDIOQOSRTT", "minrtt=000.000000;maxrtt=000.000000;avgrtt=000.000000;stdevrtt=000.000000;");
    varSet(channel, "RTPAUDIOQOSMES", "minrxmes=000.000000;maxrxmes=000.000000;avgrxmes=000.000000;"
                                      "stdevrxmes=000.000000;mintxmes=000.000000;maxtxmes=000.000000;"
                                      "avgtxmes=000.000000;stdevtxmes=000.000000;");
}

void CallEvents::newstate(SimChannel &channel, SimChannel::State state)
{
    channel.state = state;
    if (state == SimChannel::State::Up && channel.answeredMs == 0)
        channel.answeredMs = m_nowMs;
    if (m_writer.begin("Newstate", EventMask::Call)) {
        m_writer.snapshot(channel);
        m_writer.end();
    }
}

void CallEvents::newCallerid(const SimChannel &channel)
{
    if (m_writer.begin("NewCallerid", EventMask::Call)) {
        m_writer.snapshot(channel);
        m_writer.field("CID-CallingPres", "0 (Presentation Allowed, Not Screened)");
        m_writer.end();
    }
}

void CallEvents::newConnectedLine(const SimChannel &channel)
{
    if (m_writer.begin("NewConnectedLine", EventMask::Call)) {
        m_writer.snapshot(channel);
        m_writer.end();
    }
}

void CallEvents::localBridge(const SimChannel &one, const SimChannel &two, bool optimize)
{
    if (m_writer.begin("LocalBridge", EventMask::Call)) {
        m_writer.snapshot(one, "LocalOne");
        m_writer.snapshot(two, "LocalTwo");
        m_writer.field("Context", one.context);
        m_writer.field("Exten", one.exten);
        m_writer.field("LocalOptimization", optimize ? "Yes" : "No");
        m_writer.end();
    }
}

void CallEvents::dialBegin(const SimChannel *caller, const SimChannel &dest, QByteArrayView dialString)
{
    if (m_writer.begin("DialBegin", EventMask::Call)) {
        if (caller)
            m_writer.snapshot(*caller);
        m_writer.snapshot(dest, "Dest");
        m_writer.field("DialString", dialString);
        m_writer.end();
    }
}

void CallEvents::dialState(const SimChannel *caller, const SimChannel &dest, QByteArrayView status)
{
    if (m_writer.begin("DialState", EventMask::Call)) {
        if (caller)
            m_writer.snapshot(*caller);
        m_writer.snapshot(dest, "Dest");
        m_writer.field("DialStatus", status);
        m_writer.end();
    }
}

void CallEvents::dialEnd(const SimChannel *caller, const SimChannel &dest, QByteArrayView status)
{
    if (m_writer.begin("DialEnd", EventMask::Call)) {
        if (caller)
            m_writer.snapshot(*caller);
        m_writer.snapshot(dest, "Dest");
        m_writer.field("DialStatus", status);
        m_writer.end();
    }
}

void CallEvents::hangupRequest(const SimChannel &channel, int cause)
{
    if (m_writer.begin("HangupRequest", EventMask::Call)) {
        m_writer.snapshot(channel);
        m_writer.field("Cause", cause);
        m_writer.end();
    }
}

void CallEvents::softHangupRequest(const SimChannel &channel, int cause)
{
    if (m_writer.begin("SoftHangupRequest", EventMask::Call)) {
        m_writer.snapshot(channel);
        m_writer.field("Cause", cause);
        m_writer.end();
    }
}

void CallEvents::hangup(const SimChannel &channel, int cause)
{
    if (m_writer.begin("Hangup", EventMask::Call)) {
        m_writer.snapshot(channel);
        m_writer.field("Cause", cause);
        m_writer.field("Cause-txt", causeText(cause));
        m_writer.end();
    }
}

QByteArray CallEvents::cdrTime(qint64 simMs) const
{
    return QDateTime::fromMSecsSinceEpoch(m_epochMs + simMs)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        .toLatin1();
}

void CallEvents::cdr(const SimChannel &channel, QByteArrayView disposition, QByteArrayView destinationChannel,
                     QByteArrayView lastApplication, QByteArrayView lastData)
{
    if (!m_writer.begin("Cdr", EventMask::Cdr))
        return;
    const bool answered = channel.answeredMs > 0;
    m_writer.field("AccountCode", "");
    m_writer.field("Source", channel.callerIdNum);
    m_writer.field("Destination", channel.exten);
    m_writer.field("DestinationContext", channel.context);
    m_writer.field("CallerID", channel.cdrCallerId());
    m_writer.field("Channel", channel.name);
    m_writer.field("DestinationChannel", destinationChannel);
    m_writer.field("LastApplication", lastApplication.isNull() ? QByteArrayView(channel.application) : lastApplication);
    m_writer.field("LastData", lastData.isNull() ? QByteArrayView(channel.appData) : lastData);
    m_writer.field("StartTime", cdrTime(channel.createdMs));
    m_writer.field("AnswerTime", answered ? cdrTime(channel.answeredMs) : QByteArray());
    m_writer.field("EndTime", cdrTime(m_nowMs));
    m_writer.field("Duration", (m_nowMs - channel.createdMs) / 1000);
    m_writer.field("BillableSeconds", answered ? (m_nowMs - channel.answeredMs) / 1000 : 0);
    m_writer.field("Disposition", disposition);
    m_writer.field("AMAFlags", "DOCUMENTATION");
    m_writer.field("UniqueID", channel.uniqueId);
    m_writer.field("UserField", "");
    m_writer.end();
}

void CallEvents::originateResponse(const OriginateAction &request, bool success, int reason,
                                   QByteArrayView channel, QByteArrayView uniqueId)
{
    // manager.c fast_originate(): Context/Exten, or Application/Data for an
    // application originate; the caller ID as requested.
    if (!m_writer.begin("OriginateResponse", EventMask::Call))
        return;
    if (!request.actionId.isEmpty())
        m_writer.field("ActionID", request.actionId);
    m_writer.field("Response", success ? "Success" : "Failure");
    m_writer.field("Channel", channel);
    if (request.application.isEmpty()) {
        m_writer.field("Context", request.context);
        m_writer.field("Exten", request.exten);
    } else {
        m_writer.field("Application", request.application);
        m_writer.field("Data", request.appData);
    }
    m_writer.field("Reason", reason);
    m_writer.field("Uniqueid", uniqueId);
    m_writer.field("CallerIDNum", request.callerIdNum.isEmpty() ? QByteArrayView("<unknown>")
                                                                : QByteArrayView(request.callerIdNum));
    m_writer.field("CallerIDName", request.callerIdName.isEmpty() ? QByteArrayView("<unknown>")
                                                                  : QByteArrayView(request.callerIdName));
    m_writer.end();
}

void CallEvents::userEvent(const SimChannel &channel, QByteArrayView name, std::initializer_list<Field> fields)
{
    if (!m_writer.begin("UserEvent", EventMask::User))
        return;
    m_writer.snapshot(channel);
    m_writer.field("UserEvent", name);
    for (const Field &f : fields)
        m_writer.field(f.first, f.second);
    m_writer.end();
}

void CallEvents::deviceStateChange(const QByteArray &device, QByteArrayView state)
{
    if (m_writer.begin("DeviceStateChange", EventMask::Call)) {
        m_writer.field("Device", device);
        m_writer.field("State", state);
        m_writer.end();
    }
}

void CallEvents::musicOnHoldStart(const SimChannel &channel)
{
    if (m_writer.begin("MusicOnHoldStart", EventMask::Call)) {
        m_writer.snapshot(channel);
        m_writer.field("Class", "default");
        m_writer.end();
    }
}

void CallEvents::musicOnHoldStop(const SimChannel &channel)
{
    if (m_writer.begin("MusicOnHoldStop", EventMask::Call)) {
        m_writer.snapshot(channel);
        m_writer.end();
    }
}

void CallEvents::queueCaller(QByteArrayView event, const SimChannel &channel, std::initializer_list<Field> fields)
{
    if (!m_writer.begin(event, EventMask::Agent))
        return;
    m_writer.snapshot(channel);
    for (const Field &f : fields)
        m_writer.field(f.first, f.second);
    m_writer.end();
}

void CallEvents::agentEvent(QByteArrayView event, const SimChannel &caller, const SimChannel &agent,
                            std::initializer_list<Field> fields)
{
    if (!m_writer.begin(event, EventMask::Agent))
        return;
    m_writer.snapshot(caller);
    m_writer.snapshot(agent, "Dest");
    for (const Field &f : fields)
        m_writer.field(f.first, f.second);
    m_writer.end();
}

void CallEvents::bridgeHeader(QByteArrayView event, QByteArrayView bridgeId, int channelsNow)
{
    m_writer.begin(event, EventMask::Call);
    m_writer.field("BridgeUniqueid", bridgeId);
    m_writer.field("BridgeType", "basic");
    m_writer.field("BridgeTechnology", "simple_bridge");
    m_writer.field("BridgeCreator", "<unknown>");
    m_writer.field("BridgeName", "<unknown>");
    m_writer.field("BridgeNumChannels", channelsNow);
    m_writer.field("BridgeVideoSourceMode", "none");
}

void CallEvents::bridgeCreate(QByteArrayView bridgeId)
{
    bridgeHeader("BridgeCreate", bridgeId, 0);
    m_writer.end();
}

void CallEvents::bridgeEnter(QByteArrayView bridgeId, int channelsNow, const SimChannel &channel)
{
    bridgeHeader("BridgeEnter", bridgeId, channelsNow);
    m_writer.snapshot(channel);
    m_writer.end();
}

void CallEvents::bridgeLeave(QByteArrayView bridgeId, int channelsNow, const SimChannel &channel)
{
    bridgeHeader("BridgeLeave", bridgeId, channelsNow);
    m_writer.snapshot(channel);
    m_writer.end();
}

void CallEvents::bridgeDestroy(QByteArrayView bridgeId)
{
    bridgeHeader("BridgeDestroy", bridgeId, 0);
    m_writer.end();
}
