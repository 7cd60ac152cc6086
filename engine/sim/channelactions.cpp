#include "engine/sim/channelactions.h"

#include "engine/ami/amimessage.h"
#include "engine/sim/callswitch.h"
#include "engine/sim/voicesimlogging.h"

namespace {

constexpr int kNormalClearing = 16;

ChannelActions::Answer error(const QByteArray &message)
{
    return {false, message};
}

} // namespace

ChannelActions::ChannelActions(CallSwitch &node)
    : m_node(node)
{
}

ChannelActions::Answer ChannelActions::hangup(const AmiMessage &action)
{
    const QByteArray channel = action.value("Channel").trimmed();
    if (channel.isEmpty())
        return error("No channel specified");
    // Asterisk ignores a bad cause and hangs up anyway; 16 is what it then reports.
    bool ok = false;
    int cause = action.value("Cause").trimmed().toInt(&ok);
    if (!ok || cause <= 0 || cause > 127)
        cause = kNormalClearing;
    if (!m_node.hangup(channel, cause))
        return error("No such channel");
    return {true, QByteArrayLiteral("Channel Hungup")};
}

ChannelActions::Answer ChannelActions::redirect(const AmiMessage &action)
{
    // The checks of action_redirect(), in its order.
    const QByteArray channel = action.value("Channel").trimmed();
    const QByteArray context = action.value("Context").trimmed();
    const QByteArray exten = action.value("Exten").trimmed();
    const QByteArray priority = action.value("Priority").trimmed();
    if (channel.isEmpty())
        return error("Channel not specified");
    if (context.isEmpty())
        return error("Context not specified");
    if (exten.isEmpty())
        return error("Exten not specified");
    if (priority.isEmpty())
        return error("Priority not specified");
    bool ok = false;
    const int pi = priority.toInt(&ok);
    if (!ok || pi < 1)
        return error("Priority is invalid");
    if (!action.value("ExtraChannel").trimmed().isEmpty()) {
        qCInfo(lcVoiceSim) << "Redirect with ExtraChannel is not simulated";
        return error("Secondary redirect failed");
    }
    switch (m_node.redirect(channel, context, exten, pi)) {
    case CallSwitch::RedirectResult::Redirected:
        return {true, QByteArrayLiteral("Redirect successful")};
    case CallSwitch::RedirectResult::NoChannel:
        return error("Channel does not exist: " + channel);
    case CallSwitch::RedirectResult::Failed:
        break;
    }
    return error("Redirect failed");
}

ChannelActions::Answer ChannelActions::setvar(const AmiMessage &action)
{
    const QByteArray channel = action.value("Channel").trimmed();
    const QByteArray name = action.value("Variable").trimmed();
    if (name.isEmpty())
        return error("No variable specified");
    if (!m_node.setVariable(channel, name, action.value("Value")))
        return error("No such channel");
    return {true, QByteArrayLiteral("Variable Set")};
}
