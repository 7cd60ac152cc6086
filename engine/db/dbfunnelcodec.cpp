#include "engine/db/dbfunnelcodec.h"

#include <QJsonDocument>
#include <QtEndian>

#include <array>
#include <cstring>
#include <limits>

namespace {

constexpr char Magic[4] = {'T', 'Q', 'F', 'J'};
// Stored for a SystemLogEntry whose time is invalid ("now when written").
constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}

constexpr std::array<quint32, 256> CrcTable = makeCrcTable();

class Writer final
{
public:
    explicit Writer(QByteArray &out) : m_out(out) { }

    void u8(quint8 v) { m_out.append(char(v)); }
    void u32(quint32 v)
    {
        char b[4];
        qToLittleEndian(v, b);
        m_out.append(b, 4);
    }
    void i64(qint64 v)
    {
        char b[8];
        qToLittleEndian(v, b);
        m_out.append(b, 8);
    }
    void str(const QString &s) { bytes(s.toUtf8()); }
    void bytes(const QByteArray &b)
    {
        u32(quint32(b.size()));
        m_out.append(b);
    }
    void opt(const std::optional<qint64> &v)
    {
        u8(v ? 1 : 0);
        if (v)
            i64(*v);
    }

private:
    QByteArray &m_out;
};

class Reader final
{
public:
    explicit Reader(QByteArrayView in) : m_in(in) { }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_in.size(); }

    quint8 u8()
    {
        if (!need(1))
            return 0;
        return quint8(m_in[m_pos++]);
    }
    quint32 u32()
    {
        if (!need(4))
            return 0;
        const quint32 v = qFromLittleEndian<quint32>(m_in.data() + m_pos);
        m_pos += 4;
        return v;
    }
    qint64 i64()
    {
        if (!need(8))
            return 0;
        const qint64 v = qFromLittleEndian<qint64>(m_in.data() + m_pos);
        m_pos += 8;
        return v;
    }
    QByteArray bytes()
    {
        const quint32 n = u32();
        if (!need(n))
            return {};
        QByteArray b(m_in.data() + m_pos, n);
        m_pos += n;
        return b;
    }
    QString str()
    {
        const quint32 n = u32();
        if (!need(n))
            return {};
        QString s = QString::fromUtf8(m_in.data() + m_pos, n);
        m_pos += n;
        return s;
    }
    std::optional<qint64> opt()
    {
        const quint8 present = u8();
        if (present > 1)
            m_ok = false;
        if (present != 1)
            return std::nullopt;
        return i64();
    }

private:
    bool need(qint64 n)
    {
        if (!m_ok || n > m_in.size() - m_pos) {
            m_ok = false;
            return false;
        }
        return true;
    }

    QByteArrayView m_in;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

void encodePayload(Writer &w, const DbWrite &write)
{
    w.i64(write.seq);
    w.u8(quint8(write.kind()));
    switch (write.kind()) {
    case DbWrite::Kind::None:
        break;
    case DbWrite::Kind::NumberStatus: {
        const NumberStatusUpdate &n = std::get<NumberStatusUpdate>(write.payload);
        w.i64(n.numberId);
        w.str(n.status);
        w.i64(n.attempts);
        w.i64(n.lastUpdateMs);
        break;
    }
    case DbWrite::Kind::Cdr: {
        const CdrRecord &c = *std::get<std::shared_ptr<const CdrRecord>>(write.payload);
        w.opt(c.customerId);
        w.opt(c.campaignId);
        w.opt(c.numberId);
        w.str(c.phone);
        w.opt(c.trunkId);
        w.opt(c.voiceServerId);
        w.str(c.engineId);
        w.str(c.uniqueId);
        w.str(c.channel);
        w.i64(c.startedAtMs);
        w.opt(c.answeredAtMs);
        w.opt(c.endedAtMs);
        w.i64(c.durationMs);
        w.i64(c.billableMs);
        w.str(c.disposition);
        w.opt(c.hangupCause ? std::optional<qint64>(*c.hangupCause) : std::nullopt);
        w.str(c.amdResult);
        w.str(c.pressed);
        w.i64(c.costMicros);
        break;
    }
    case DbWrite::Kind::PacingSample: {
        const PacingSampleRecord &p = *std::get<std::shared_ptr<const PacingSampleRecord>>(write.payload);
        w.i64(p.campaignId);
        w.str(p.engineId);
        w.i64(p.sampledAtMs);
        w.bytes(QJsonDocument(p.figures).toJson(QJsonDocument::Compact));
        break;
    }
    case DbWrite::Kind::SystemLog: {
        const SystemLogEntry &l = *std::get<std::shared_ptr<const SystemLogEntry>>(write.payload);
        w.i64(l.createdAt.isValid() ? l.createdAt.toMSecsSinceEpoch() : NoTime);
        w.str(l.level);
        w.str(l.category);
        w.str(l.username);
        w.str(l.address);
        w.str(l.message);
        break;
    }
    }
}

bool decodePayload(Reader &r, DbWrite *write)
{
    write->seq = r.i64();
    const quint8 kind = r.u8();
    switch (DbWrite::Kind(kind)) {
    case DbWrite::Kind::NumberStatus: {
        NumberStatusUpdate n;
        n.numberId = r.i64();
        n.status = r.str();
        n.attempts = int(r.i64());
        n.lastUpdateMs = r.i64();
        write->payload = std::move(n);
        break;
    }
    case DbWrite::Kind::Cdr: {
        auto c = std::make_shared<CdrRecord>();
        c->customerId = r.opt();
        c->campaignId = r.opt();
        c->numberId = r.opt();
        c->phone = r.str();
        c->trunkId = r.opt();
        c->voiceServerId = r.opt();
        c->engineId = r.str();
        c->uniqueId = r.str();
        c->channel = r.str();
        c->startedAtMs = r.i64();
        c->answeredAtMs = r.opt();
        c->endedAtMs = r.opt();
        c->durationMs = r.i64();
        c->billableMs = r.i64();
        c->disposition = r.str();
        if (const std::optional<qint64> cause = r.opt())
            c->hangupCause = int(*cause);
        c->amdResult = r.str();
        c->pressed = r.str();
        c->costMicros = r.i64();
        write->payload = std::shared_ptr<const CdrRecord>(std::move(c));
        break;
    }
    case DbWrite::Kind::PacingSample: {
        auto p = std::make_shared<PacingSampleRecord>();
        p->campaignId = r.i64();
        p->engineId = r.str();
        p->sampledAtMs = r.i64();
        p->figures = QJsonDocument::fromJson(r.bytes()).object();
        write->payload = std::shared_ptr<const PacingSampleRecord>(std::move(p));
        break;
    }
    case DbWrite::Kind::SystemLog: {
        auto l = std::make_shared<SystemLogEntry>();
        const qint64 at = r.i64();
        if (at != NoTime)
            l->createdAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        l->level = r.str();
        l->category = r.str();
        l->username = r.str();
        l->address = r.str();
        l->message = r.str();
        write->payload = std::shared_ptr<const SystemLogEntry>(std::move(l));
        break;
    }
    case DbWrite::Kind::None:
    default:
        return false;
    }
    return r.ok() && r.atEnd() && write->seq > 0;
}

} // namespace

quint32 DbFunnelCodec::crc32(QByteArrayView bytes)
{
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : bytes)
        c = CrcTable[(c ^ quint8(byte)) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray DbFunnelCodec::encodeHeader(const Header &header)
{
    QByteArray out;
    out.reserve(HeaderSize);
    out.append(Magic, 4);
    Writer w(out);
    char version[2];
    qToLittleEndian(Version, version);
    out.append(version, 2);
    out.append(2, '\0');
    w.i64(header.runId);
    w.i64(header.createdAtMs);
    w.u32(0);
    w.u32(crc32(out));
    return out;
}

std::optional<DbFunnelCodec::Header> DbFunnelCodec::decodeHeader(QByteArrayView bytes)
{
    if (bytes.size() < HeaderSize || std::memcmp(bytes.data(), Magic, 4) != 0)
        return std::nullopt;
    if (qFromLittleEndian<quint16>(bytes.data() + 4) != Version)
        return std::nullopt;
    if (qFromLittleEndian<quint32>(bytes.data() + 28) != crc32(bytes.first(28)))
        return std::nullopt;
    Header header;
    header.runId = qFromLittleEndian<qint64>(bytes.data() + 8);
    header.createdAtMs = qFromLittleEndian<qint64>(bytes.data() + 16);
    return header;
}

void DbFunnelCodec::appendRecord(QByteArray &out, const DbWrite &write)
{
    const qsizetype start = out.size();
    out.append(RecordOverhead, '\0');
    Writer w(out);
    encodePayload(w, write);
    const qsizetype length = out.size() - start - RecordOverhead;
    const quint32 crc = crc32(QByteArrayView(out).sliced(start + RecordOverhead, length));
    qToLittleEndian(quint32(length), out.data() + start);
    qToLittleEndian(crc, out.data() + start + 4);
}

DbFunnelCodec::Decoded DbFunnelCodec::decodeRecord(QByteArrayView bytes, DbWrite *write, qsizetype *consumed)
{
    if (bytes.size() < RecordOverhead)
        return Decoded::Incomplete;
    const quint32 length = qFromLittleEndian<quint32>(bytes.data());
    if (length > MaxPayload)
        return Decoded::Corrupt;
    if (bytes.size() - RecordOverhead < qsizetype(length))
        return Decoded::Incomplete;
    const QByteArrayView payload = bytes.sliced(RecordOverhead, length);
    if (qFromLittleEndian<quint32>(bytes.data() + 4) != crc32(payload))
        return Decoded::Corrupt;
    Reader reader(payload);
    if (!decodePayload(reader, write))
        return Decoded::Corrupt;
    *consumed = RecordOverhead + length;
    return Decoded::Ok;
}
