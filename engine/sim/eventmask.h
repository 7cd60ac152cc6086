#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// Asterisk's manager event classes (EVENT_FLAG_* in manager.h, same bits).
// A session only receives the classes its Login "Events:" header (or the
// Events action) asked for; an engine that logs in with "Events: call,user,cdr"
// skips the Newexten/VarSet flood, and voicesim then skips building it.
class EventMask final
{
public:
    enum Class : quint32 {
        System = 1u << 0,
        Call = 1u << 1,
        Log = 1u << 2,
        Verbose = 1u << 3,
        Command = 1u << 4,
        Agent = 1u << 5,
        User = 1u << 6,
        Config = 1u << 7,
        Dtmf = 1u << 8,
        Reporting = 1u << 9,
        Cdr = 1u << 10,
        Dialplan = 1u << 11,
        Originate = 1u << 12,
        Agi = 1u << 13,
        Cc = 1u << 14,
        Aoc = 1u << 15,
        Test = 1u << 16,
        Security = 1u << 17,
        Message = 1u << 18,
    };
    static constexpr quint32 All = (1u << 19) - 1;

    // "on"/"yes"/"true"/"1" = all, "off"/"no"/"false"/"0" = none, otherwise a
    // comma list of class names ("call,user,all"); nullopt when nothing in it
    // is a class name.
    static std::optional<quint32> parse(QByteArrayView text);
    // The Privilege header value of an event of one class: "call,all".
    static QByteArrayView privilege(quint32 eventClass);
};
