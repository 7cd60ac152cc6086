#pragma once

#include "engine/db/dbwrite.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// The journal's on-disk format (docs/dbfunnel.md has the full picture). All
// integers are little-endian.
//
// Segment header, 32 bytes:
//   "TQFJ"  u16 version (1)  u16 0  i64 runId  i64 createdAtMs  u32 0  u32 crc32(bytes 0..27)
// Record, repeated:
//   u32 payloadLength  u32 crc32(payload)  payload
// Payload:
//   i64 seq  u8 kind  fields of the kind (strings: u32 length + UTF-8;
//   optional integers: u8 present + i64)
//
// A record whose length runs past the end of the file or whose CRC does not
// match ends the segment: that is a write torn by a crash or a full disk.
class DbFunnelCodec final
{
public:
    DbFunnelCodec() = delete;

    static constexpr quint16 Version = 1;
    static constexpr qsizetype HeaderSize = 32;
    static constexpr qsizetype RecordOverhead = 8;
    // A record longer than this is corruption (the largest real one, a log
    // line of 64 K characters, is under 300 KB).
    static constexpr quint32 MaxPayload = 16 * 1024 * 1024;

    struct Header
    {
        qint64 runId = 0;
        qint64 createdAtMs = 0;
    };

    static QByteArray encodeHeader(const Header &header);
    static std::optional<Header> decodeHeader(QByteArrayView bytes);

    // Appends one framed record to out.
    static void appendRecord(QByteArray &out, const DbWrite &write);

    enum class Decoded { Ok, Incomplete, Corrupt };
    // Reads the framed record at the start of bytes; on Ok, *consumed is its
    // framed size. Incomplete: bytes ends inside the record.
    static Decoded decodeRecord(QByteArrayView bytes, DbWrite *write, qsizetype *consumed);

    static quint32 crc32(QByteArrayView bytes);
};
