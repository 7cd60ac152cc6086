#pragma once

#include <QByteArray>

class AmiMessage;
class CallSwitch;

// The AMI actions that act on one live channel, read and answered as
// Asterisk 20's manager.c does (action_hangup, action_redirect,
// action_setvar). Channel may be a name or a Uniqueid, as
// ast_channel_get_by_name() accepts both. The session writes the Response,
// then lets the node's events out, so they follow it as in Asterisk.
//
//   Hangup    Channel, Cause (bad or missing: 16)
//   Redirect  Channel, Context, Exten, Priority (a number; labels are not
//             known here), ExtraChannel (not supported)
//   Setvar    Channel (none: a global variable), Variable, Value
class ChannelActions final
{
public:
    struct Answer {
        bool success = false;
        QByteArray message;
    };

    explicit ChannelActions(CallSwitch &node);

    Answer hangup(const AmiMessage &action);
    Answer redirect(const AmiMessage &action);
    Answer setvar(const AmiMessage &action);

private:
    CallSwitch &m_node;
};
