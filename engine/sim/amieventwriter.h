#pragma once

#include "engine/sim/eventmask.h"
#include "engine/sim/simevent.h"

#include <QByteArray>
#include <QByteArrayView>

struct SimChannel;

// Builds event text straight into one buffer per event. An answered call
// yields 50-100 events and the benchmark drives thousands of calls a second,
// so events skip AmiMessage (one allocation per field) and are written the
// way Asterisk's manager.c writes them: key, ": ", value, CRLF.
//
// Events of a class no session wants are not built at all: begin() returns
// false and the fields that follow are dropped.
class AmiEventWriter final
{
public:
    void setWanted(quint32 mask) { m_wanted = mask; }
    bool wants(quint32 eventClass) const { return (m_wanted & eventClass) != 0; }

    // Wall-clock time (µs since the epoch) stamped on the next event; each
    // event after it in the same burst is one µs later, as in the captures.
    void setClock(qint64 epochUs) { m_clockUs = epochUs; }
    qint64 clock() const { return m_clockUs; }

    // "Event: <name>", "Privilege: <class>,all" and, unless told not to,
    // "Timestamp: <sec.usec>" (FullyBooted has none).
    bool begin(QByteArrayView event, quint32 eventClass, bool timestamp = true);
    void field(QByteArrayView key, QByteArrayView value);
    void field(QByteArrayView key, qint64 value);
    void snapshot(const SimChannel &channel, QByteArrayView prefix = {});
    void end();

    bool isEmpty() const { return m_events.isEmpty(); }
    SimEventList take();

    static QByteArray formatTimestamp(qint64 epochUs);

private:
    QByteArray m_text;
    quint32 m_class = 0;
    bool m_active = false;
    quint32 m_wanted = EventMask::All;
    qint64 m_clockUs = 0;
    SimEventList m_events;
};
