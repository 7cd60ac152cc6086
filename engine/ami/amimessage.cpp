#include "engine/ami/amimessage.h"

namespace {

// Appends `text` with CR/LF turned into spaces (see serialize()).
void appendSafe(QByteArray &out, const QByteArray &text)
{
    const qsizetype start = out.size();
    out.append(text);
    char *p = out.data() + start;
    for (qsizetype i = 0, n = text.size(); i < n; ++i) {
        if (p[i] == '\r' || p[i] == '\n')
            p[i] = ' ';
    }
}

} // namespace

bool AmiMessage::keyEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    const char *x = a.data();
    const char *y = b.data();
    for (qsizetype i = 0, n = a.size(); i < n; ++i) {
        if (x[i] == y[i])
            continue;
        const char lower = char(x[i] | 0x20);
        if (lower != char(y[i] | 0x20) || lower < 'a' || lower > 'z')
            return false;
    }
    return true;
}

AmiMessage::Kind AmiMessage::kind() const
{
    if (m_fields.isEmpty())
        return Kind::Unknown;
    const QByteArray &key = m_fields.constFirst().first;
    if (keyEquals(key, "Event"))
        return Kind::Event;
    if (keyEquals(key, "Response"))
        return Kind::Response;
    if (keyEquals(key, "Action"))
        return Kind::Action;
    return Kind::Unknown;
}

QByteArray AmiMessage::type() const
{
    return m_fields.isEmpty() ? QByteArray() : m_fields.constFirst().second;
}

bool AmiMessage::isType(QByteArrayView name) const
{
    return !m_fields.isEmpty() && keyEquals(m_fields.constFirst().second, name);
}

QByteArray AmiMessage::value(QByteArrayView key) const
{
    for (const Field &field : m_fields) {
        if (keyEquals(field.first, key))
            return field.second;
    }
    return {};
}

QList<QByteArray> AmiMessage::values(QByteArrayView key) const
{
    QList<QByteArray> result;
    for (const Field &field : m_fields) {
        if (keyEquals(field.first, key))
            result.append(field.second);
    }
    return result;
}

bool AmiMessage::has(QByteArrayView key) const
{
    for (const Field &field : m_fields) {
        if (keyEquals(field.first, key))
            return true;
    }
    return false;
}

void AmiMessage::add(const QByteArray &key, const QByteArray &value)
{
    m_fields.emplace_back(key, value);
}

void AmiMessage::add(QByteArray &&key, QByteArray &&value)
{
    m_fields.emplace_back(std::move(key), std::move(value));
}

void AmiMessage::set(const QByteArray &key, const QByteArray &value)
{
    for (Field &field : m_fields) {
        if (keyEquals(field.first, key)) {
            field.second = value;
            return;
        }
    }
    add(key, value);
}

QByteArray AmiMessage::commandOutput() const
{
    if (!m_commandOutput.isEmpty())
        return m_commandOutput;
    QByteArray text;
    for (const Field &field : m_fields) {
        if (keyEquals(field.first, "Output")) {
            text.append(field.second);
            text.append('\n');
        }
    }
    return text;
}

void AmiMessage::setCommandOutput(const QByteArray &output)
{
    m_commandOutput = output;
}

QByteArray AmiMessage::serialize() const
{
    qsizetype size = 2 + m_commandOutput.size() + 20;
    for (const Field &field : m_fields)
        size += field.first.size() + field.second.size() + 4;
    QByteArray out;
    out.reserve(size);
    for (const Field &field : m_fields) {
        appendSafe(out, field.first);
        out.append(": ", 2);
        appendSafe(out, field.second);
        out.append("\r\n", 2);
    }
    if (!m_commandOutput.isEmpty()) {
        if (isType("Follows")) {
            // Raw text may hold blank lines; only the marker ends it.
            out.append(m_commandOutput);
            if (!m_commandOutput.endsWith('\n'))
                out.append('\n');
            out.append("--END COMMAND--\r\n");
        } else {
            qsizetype from = 0;
            while (from < m_commandOutput.size()) {
                qsizetype nl = m_commandOutput.indexOf('\n', from);
                if (nl < 0)
                    nl = m_commandOutput.size();
                QByteArray line = m_commandOutput.mid(from, nl - from);
                if (line.endsWith('\r'))
                    line.chop(1);
                out.append("Output: ", 8);
                appendSafe(out, line);
                out.append("\r\n", 2);
                from = nl + 1;
            }
        }
    }
    out.append("\r\n", 2);
    return out;
}

AmiMessage AmiMessage::action(const QByteArray &name, const QByteArray &actionId)
{
    AmiMessage message;
    message.reserve(8);
    message.add(QByteArrayLiteral("Action"), name);
    if (!actionId.isEmpty())
        message.add(QByteArrayLiteral("ActionID"), actionId);
    return message;
}
