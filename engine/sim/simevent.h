#pragma once

#include <QByteArray>
#include <QList>

// One event ready for the wire ("Event: ...\r\n...\r\n\r\n") and its class
// (EventMask bit), so each session can filter without parsing it.
struct SimEvent final
{
    quint32 eventClass = 0;
    QByteArray text;
};

using SimEventList = QList<SimEvent>;
