#include "engine/sim/amieventwriter.h"

#include "engine/sim/simchannel.h"

#include <utility>

namespace {
constexpr qsizetype kTypicalEventBytes = 640;
}

bool AmiEventWriter::begin(QByteArrayView event, quint32 eventClass, bool timestamp)
{
    m_active = wants(eventClass);
    if (!m_active)
        return false;
    m_class = eventClass;
    m_text.clear();
    m_text.reserve(kTypicalEventBytes);
    field("Event", event);
    field("Privilege", EventMask::privilege(eventClass));
    if (timestamp)
        field("Timestamp", formatTimestamp(m_clockUs++));
    return true;
}

void AmiEventWriter::field(QByteArrayView key, QByteArrayView value)
{
    if (!m_active)
        return;
    m_text.append(key);
    m_text.append(": ", 2);
    m_text.append(value);
    m_text.append("\r\n", 2);
}

void AmiEventWriter::field(QByteArrayView key, qint64 value)
{
    if (m_active)
        field(key, QByteArray::number(value));
}

void AmiEventWriter::snapshot(const SimChannel &channel, QByteArrayView prefix)
{
    if (m_active)
        channel.appendSnapshot(m_text, prefix);
}

void AmiEventWriter::end()
{
    if (!m_active)
        return;
    m_text.append("\r\n", 2);
    m_events.append(SimEvent{m_class, std::move(m_text)});
    m_text = QByteArray();
    m_active = false;
}

SimEventList AmiEventWriter::take()
{
    SimEventList events;
    events.swap(m_events);
    return events;
}

QByteArray AmiEventWriter::formatTimestamp(qint64 epochUs)
{
    const QByteArray micros = QByteArray::number(epochUs % 1000000);
    QByteArray text = QByteArray::number(epochUs / 1000000);
    text.append('.');
    text.append(6 - micros.size(), '0');
    text.append(micros);
    return text;
}
