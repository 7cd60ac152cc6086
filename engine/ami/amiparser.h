#pragma once

#include "engine/ami/amimessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <array>

// Incremental AMI framing: bytes in, whole messages out, at any read boundary.
//
// Lines end in CRLF or a bare LF; a blank line ends a message. A field is
// "Key: Value" split at the first colon (values keep their own colons; blanks
// after the colon are skipped as Asterisk does, so "AccountCode: " is empty).
//
// Lines without a colon never come from Asterisk outside the banner and raw
// command output. They are tolerated, dropped and counted (discardedLines()),
// but more than Limits::maxDiscardedLines of them in a row mean the peer is not
// speaking AMI and the stream fails.
//
// Memory is bounded: at most one line (maxLineBytes) is buffered between
// feeds, and a message in progress may not pass maxMessageBytes/maxFields.
// NUL bytes never occur in AMI and fail the stream.
//
// Not thread-safe; one parser per connection.
class AmiParser final
{
public:
    struct Limits {
        qsizetype maxLineBytes = 8192;
        qsizetype maxMessageBytes = 256 * 1024;
        int maxFields = 1024;
        int maxDiscardedLines = 64;
    };
    // Client expects the "Asterisk Call Manager/x.y.z" banner line first; Server does not.
    enum class Side { Client, Server };

    // Two constructors, not "Limits limits = {}": a nested struct with member
    // initialisers cannot be a default argument inside its own class (GCC).
    explicit AmiParser(Side side);
    AmiParser(Side side, Limits limits);

    // Appends every complete message to `out`; returns false once the stream
    // is unusable (error() says why). The owner then drops the connection.
    // Messages completed before the fault are still appended.
    bool feed(QByteArrayView bytes, QList<AmiMessage> &out);
    QByteArray banner() const { return m_banner; }
    QString error() const { return m_error; }
    bool hasFailed() const { return !m_error.isEmpty(); }
    qint64 discardedLines() const { return m_discardedLines; }
    // Bytes held for the line and message in progress (bounded by the limits).
    qsizetype bufferedBytes() const;
    void reset();

private:
    enum class Mode { Banner, Fields, FollowsHeader, FollowsOutput };

    struct KeySlot {
        quint32 hash = 0;
        QByteArray key;
    };

    bool processLine(const char *line, qsizetype size, QList<AmiMessage> &out);
    bool processBanner(const char *line, qsizetype size);
    bool processFollows(const char *line, qsizetype size, QList<AmiMessage> &out);
    bool addField(const char *line, qsizetype size, qsizetype colon);
    bool discardLine(const char *line, qsizetype size);
    void finishMessage(QList<AmiMessage> &out);
    bool fail(const QString &reason);
    QByteArray internKey(const char *key, qsizetype size);

    Side m_side;
    Limits m_limits;
    Mode m_mode;
    QByteArray m_partialLine;    // a line cut by the read boundary
    AmiMessage m_current;
    QByteArray m_output;         // raw "Response: Follows" text
    qsizetype m_messageBytes = 0;
    qsizetype m_fieldHint = 16;  // fields in the last message: reserve that many
    int m_discardRun = 0;
    qint64 m_discardedLines = 0;
    qint64 m_streamOffset = 0;
    QByteArray m_banner;
    QString m_error;
    // Keys outside the static table of Asterisk's keys (amiparser.cpp) are
    // cached here so repeats share one allocation. Fixed size, so a peer
    // inventing keys costs speed, not memory.
    std::array<KeySlot, 256> m_keys;
    int m_keyCount = 0;
};
