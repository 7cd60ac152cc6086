#include "engine/ami/amiparser.h"

#include <array>
#include <cstring>
#include <iterator>
#include <string_view>

namespace {

constexpr QByteArrayView kEndCommand("--END COMMAND--");

// Keys Asterisk 20 sends (the captures in tests/data/ami plus the list,
// queue and command responses). A parsed key found here is a QByteArray over
// this static text: no allocation and, unlike a shared QByteArray, no atomic
// reference count to touch when messages are copied and freed.
constexpr const char *kKnownKeys[] = {
    "AMAFlags", "AMDCause", "AMDStatus", "Abandoned", "AccountCode", "AccountID", "Action",
    "ActionID", "Agent", "AnswerTime", "AppData", "Application", "ApplicationData", "Async",
    "AuthType", "BillableSeconds", "BridgeCreator", "BridgeId", "BridgeName",
    "BridgeNumChannels", "BridgeTechnology", "BridgeType", "BridgeUniqueid",
    "BridgeVideoSourceMode", "CID-CallingPres", "Calls", "CallsTaken", "CallerID",
    "CallerIDName", "CallerIDNum", "Campaign", "Cause", "Cause-txt", "Challenge", "Channel",
    "ChannelId", "ChannelState", "ChannelStateDesc", "ChannelType", "Class", "Command",
    "Completed", "ConnectedLineName", "ConnectedLineNum", "Context", "Count", "Data",
    "DestAccountCode", "DestCallerIDName", "DestCallerIDNum", "DestChannel",
    "DestChannelState", "DestChannelStateDesc", "DestConnectedLineName",
    "DestConnectedLineNum", "DestContext", "DestExten", "DestLanguage", "DestLinkedid",
    "DestPriority", "DestUniqueid", "Destination", "DestinationChannel", "DestinationContext",
    "Device", "DialStatus", "DialString", "Digit", "Direction", "Disposition", "Duration",
    "DurationMs", "EndTime", "Event", "EventList", "EventTV", "EventVersion", "Events",
    "Exten", "Extension", "Hint", "HoldTime", "Holdtime", "InCall", "Interface", "Key",
    "Language", "LastApplication", "LastCall", "LastData", "LastPause", "LastReload",
    "LeadID", "Linkedid", "ListItems", "LocalAddress", "LocalOneAccountCode",
    "LocalOneCallerIDName", "LocalOneCallerIDNum", "LocalOneChannel", "LocalOneChannelState",
    "LocalOneChannelStateDesc", "LocalOneConnectedLineName", "LocalOneConnectedLineNum",
    "LocalOneContext", "LocalOneExten", "LocalOneLanguage", "LocalOneLinkedid",
    "LocalOnePriority", "LocalOneUniqueid", "LocalOptimization", "LocalTwoAccountCode",
    "LocalTwoCallerIDName", "LocalTwoCallerIDNum", "LocalTwoChannel", "LocalTwoChannelState",
    "LocalTwoChannelStateDesc", "LocalTwoConnectedLineName", "LocalTwoConnectedLineNum",
    "LocalTwoContext", "LocalTwoExten", "LocalTwoLanguage", "LocalTwoLinkedid",
    "LocalTwoPriority", "LocalTwoUniqueid", "Location", "LoginTime", "Max", "MemberName",
    "Membership", "Message", "Name", "OtherChannelId", "Output", "Paused", "PausedReason",
    "Penalty", "Ping", "Position", "Priority", "Privilege", "Queue", "Reason", "RemoteAddress",
    "Response", "RingTime", "Ringinuse", "Secret", "Service", "ServiceLevel",
    "ServicelevelPerf", "ServicelevelPerf2", "SessionID", "SessionTV", "Severity", "Source",
    "StartTime", "State", "StateInterface", "Status", "Strategy", "TalkTime", "Talktime",
    "Timeout", "Timestamp", "Uniqueid", "UniqueID", "Uptime", "UserEvent", "UserField",
    "Username", "UsingPassword", "Value", "Variable", "Weight", "Wrapuptime",
};

quint32 keyHash(const char *key, qsizetype size)
{
    // Not a byte-by-byte hash: this runs for every field. Length plus three
    // sampled bytes separate Asterisk's keys well enough (CallerIDNum and
    // CallerIDName differ in length); memcmp settles the rest.
    quint32 hash = quint32(size) | quint32(uchar(key[0])) << 8
            | quint32(uchar(key[size / 2])) << 16 | quint32(uchar(key[size - 1])) << 24;
    hash *= 2654435761u;
    return hash ^ (hash >> 15);
}

// Open-addressed table over kKnownKeys, built once, read-only afterwards
// (so parsers on several threads may share it).
class KnownKeys final
{
public:
    KnownKeys()
    {
        for (const char *key : kKnownKeys) {
            const auto size = qsizetype(std::strlen(key));
            size_t i = keyHash(key, size) & kMask;
            while (m_slots[i].key)
                i = (i + 1) & kMask;
            m_slots[i] = {key, size};
        }
    }

    QByteArray find(const char *key, qsizetype size, quint32 hash) const
    {
        for (size_t i = hash & kMask;; i = (i + 1) & kMask) {
            const Slot &slot = m_slots[i];
            if (!slot.key)
                return {};
            if (slot.size == size && std::memcmp(slot.key, key, size_t(size)) == 0)
                return QByteArray::fromRawData(slot.key, size);
        }
    }

private:
    static constexpr size_t kSlots = 1024; // > 4x the keys: short probes
    static constexpr size_t kMask = kSlots - 1;
    static_assert(std::size(kKnownKeys) * 4 < kSlots);
    struct Slot {
        const char *key = nullptr;
        qsizetype size = 0;
    };
    std::array<Slot, kSlots> m_slots{};
};

const KnownKeys &knownKeys()
{
    static const KnownKeys keys;
    return keys;
}

constexpr qsizetype kMaxInternedKeyBytes = 64;
constexpr int kMaxInternedKeys = 192; // of 256 slots: probing always finds a hole
constexpr qsizetype kMaxFieldHint = 64;

// A short, log-safe rendering of what the peer sent.
QString printable(const char *data, qsizetype size)
{
    constexpr qsizetype kMax = 48;
    QString text;
    for (qsizetype i = 0; i < size && i < kMax; ++i) {
        const uchar c = uchar(data[i]);
        if (c >= 0x20 && c < 0x7f)
            text.append(QLatin1Char(char(c)));
        else
            text.append(QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0')));
    }
    if (size > kMax)
        text.append(QStringLiteral("..."));
    return text;
}

// The headers of a "Response: Follows" block. Asterisk writes only Privilege
// and ActionID before the raw output (manager.c, action_command); anything
// else is output, even when it looks like a field ("database get" prints
// "Value: x"). Message and Output are accepted for peers that mix the shapes.
bool isFollowsHeader(const char *key, qsizetype size)
{
    const QByteArrayView k(key, size);
    return AmiMessage::keyEquals(k, "ActionID") || AmiMessage::keyEquals(k, "Privilege")
            || AmiMessage::keyEquals(k, "Message") || AmiMessage::keyEquals(k, "Output");
}

} // namespace

AmiParser::AmiParser(Side side)
    : AmiParser(side, Limits())
{
}

AmiParser::AmiParser(Side side, Limits limits)
    : m_side(side),
      m_limits(limits),
      m_mode(side == Side::Client ? Mode::Banner : Mode::Fields)
{
    m_current.reserve(m_fieldHint);
}

qsizetype AmiParser::bufferedBytes() const
{
    return m_partialLine.size() + m_messageBytes;
}

void AmiParser::reset()
{
    m_mode = m_side == Side::Client ? Mode::Banner : Mode::Fields;
    m_partialLine.clear();
    m_current = AmiMessage();
    m_current.reserve(m_fieldHint);
    m_output.clear();
    m_messageBytes = 0;
    m_discardRun = 0;
    m_discardedLines = 0;
    m_streamOffset = 0;
    m_banner.clear();
    m_error.clear();
}

bool AmiParser::fail(const QString &reason)
{
    m_error = reason;
    // Nothing more will be parsed: give the memory back now.
    m_partialLine = QByteArray();
    m_current = AmiMessage();
    m_output = QByteArray();
    m_messageBytes = 0;
    return false;
}

bool AmiParser::feed(QByteArrayView bytes, QList<AmiMessage> &out)
{
    if (hasFailed())
        return false;
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    if (size == 0)
        return true;
    if (const void *nul = std::memchr(data, 0, size)) {
        const qint64 at = m_streamOffset + (static_cast<const char *>(nul) - data);
        return fail(QStringLiteral("NUL byte at stream offset %1").arg(at));
    }
    m_streamOffset += size;

    qsizetype pos = 0;
    if (!m_partialLine.isEmpty()) {
        const auto *nl = static_cast<const char *>(std::memchr(data, '\n', size));
        const qsizetype take = nl ? nl - data : size;
        // +1: the line may still end in the CR of its CRLF.
        if (m_partialLine.size() + take > m_limits.maxLineBytes + 1)
            return fail(QStringLiteral("line longer than %1 bytes").arg(m_limits.maxLineBytes));
        m_partialLine.append(data, take);
        if (!nl)
            return true;
        pos = take + 1;
        const bool ok = processLine(m_partialLine.constData(), m_partialLine.size(), out);
        if (!ok)
            return false;
        m_partialLine.resize(0); // keeps the capacity for the next cut line
    }

    while (pos < size) {
        const char *start = data + pos;
        const qsizetype remaining = size - pos;
        const auto *nl = static_cast<const char *>(std::memchr(start, '\n', remaining));
        if (!nl) {
            if (remaining > m_limits.maxLineBytes + 1)
                return fail(QStringLiteral("line longer than %1 bytes").arg(m_limits.maxLineBytes));
            m_partialLine.append(start, remaining);
            break;
        }
        const qsizetype length = nl - start;
        if (!processLine(start, length, out))
            return false;
        pos += length + 1;
    }
    return true;
}

bool AmiParser::processLine(const char *line, qsizetype size, QList<AmiMessage> &out)
{
    if (size > 0 && line[size - 1] == '\r')
        --size;
    if (size > m_limits.maxLineBytes)
        return fail(QStringLiteral("line longer than %1 bytes").arg(m_limits.maxLineBytes));
    // More CRs before the LF mean nothing; keeping them would hide a
    // "--END COMMAND--" and make values that serialize differently.
    while (size > 0 && line[size - 1] == '\r')
        --size;

    if (m_mode != Mode::Fields) {
        if (m_mode == Mode::Banner)
            return processBanner(line, size);
        return processFollows(line, size, out);
    }

    if (size == 0) {
        if (!m_current.fields().isEmpty())
            finishMessage(out);
        m_messageBytes = 0; // blank lines between messages are harmless
        return true;
    }
    m_messageBytes += size + 2;
    if (m_messageBytes > m_limits.maxMessageBytes)
        return fail(QStringLiteral("message longer than %1 bytes without a blank line")
                            .arg(m_limits.maxMessageBytes));
    const auto *colon = static_cast<const char *>(std::memchr(line, ':', size));
    if (!colon || colon == line)
        return discardLine(line, size);
    return addField(line, size, colon - line);
}

bool AmiParser::processBanner(const char *line, qsizetype size)
{
    if (size == 0)
        return true;
    // Asterisk says "Asterisk Call Manager/9.0.0"; proxies and forks vary the
    // product name but keep "Call Manager/<version>".
    if (std::string_view(line, size).find("Call Manager/") == std::string_view::npos)
        return fail(QStringLiteral("expected the \"Asterisk Call Manager/x.y.z\" banner, got \"%1\"")
                            .arg(printable(line, size)));
    m_banner = QByteArray(line, size);
    m_mode = Mode::Fields;
    return true;
}

bool AmiParser::processFollows(const char *line, qsizetype size, QList<AmiMessage> &out)
{
    m_messageBytes += size + 2;
    if (m_messageBytes > m_limits.maxMessageBytes)
        return fail(QStringLiteral("command output longer than %1 bytes without --END COMMAND--")
                            .arg(m_limits.maxMessageBytes));
    const QByteArrayView view(line, size);
    if (view.endsWith(kEndCommand)) {
        // Old Asterisks glue the marker to a last line that lacks its newline.
        const qsizetype before = size - kEndCommand.size();
        if (before > 0) {
            m_output.append(line, before);
            m_output.append('\n');
        }
        finishMessage(out);
        return true;
    }
    if (m_mode == Mode::FollowsHeader) {
        if (size == 0) { // the "Output:" shape (or no output at all) ends here
            finishMessage(out);
            return true;
        }
        const auto *colon = static_cast<const char *>(std::memchr(line, ':', size));
        if (colon && isFollowsHeader(line, colon - line))
            return addField(line, size, colon - line);
        m_mode = Mode::FollowsOutput;
    }
    m_output.append(line, size);
    m_output.append('\n');
    return true;
}

bool AmiParser::addField(const char *line, qsizetype size, qsizetype colon)
{
    if (m_current.fields().size() >= m_limits.maxFields)
        return fail(QStringLiteral("more than %1 fields in one message").arg(m_limits.maxFields));
    qsizetype valueStart = colon + 1;
    while (valueStart < size && (line[valueStart] == ' ' || line[valueStart] == '\t'))
        ++valueStart;
    QByteArray key = internKey(line, colon);
    QByteArray value = valueStart < size ? QByteArray(line + valueStart, size - valueStart)
                                         : QByteArray();
    if (m_current.fields().isEmpty() && AmiMessage::keyEquals(key, "Response")
        && AmiMessage::keyEquals(value, "Follows"))
        m_mode = Mode::FollowsHeader;
    m_current.add(std::move(key), std::move(value));
    m_discardRun = 0;
    return true;
}

bool AmiParser::discardLine(const char *line, qsizetype size)
{
    ++m_discardedLines;
    if (++m_discardRun > m_limits.maxDiscardedLines)
        return fail(QStringLiteral("%1 lines in a row are not \"Key: Value\" (last: \"%2\"): not AMI")
                            .arg(m_discardRun)
                            .arg(printable(line, size)));
    return true;
}

void AmiParser::finishMessage(QList<AmiMessage> &out)
{
    if (!m_output.isEmpty()) {
        m_current.setCommandOutput(m_output);
        m_output.clear();
    }
    m_fieldHint = qBound(qsizetype(8), m_current.fields().size(), kMaxFieldHint);
    out.append(std::move(m_current));
    m_current = AmiMessage();
    m_current.reserve(m_fieldHint);
    m_messageBytes = 0;
    m_mode = Mode::Fields;
}

QByteArray AmiParser::internKey(const char *key, qsizetype size)
{
    if (size > kMaxInternedKeyBytes)
        return QByteArray(key, size);
    const quint32 hash = keyHash(key, size);
    QByteArray known = knownKeys().find(key, size, hash);
    if (!known.isNull())
        return known;
    const size_t mask = m_keys.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        KeySlot &slot = m_keys[i];
        if (slot.key.isNull()) {
            QByteArray fresh(key, size);
            if (m_keyCount < kMaxInternedKeys) {
                slot.hash = hash;
                slot.key = fresh;
                ++m_keyCount;
            }
            return fresh;
        }
        if (slot.hash == hash && slot.key.size() == size
            && std::memcmp(slot.key.constData(), key, size_t(size)) == 0)
            return slot.key;
    }
}
