// libFuzzer target for AmiParser (see CMakeLists.txt for the commands).
//
// The first input byte picks the side, the limits (default or tiny, to reach
// every limit path) and a chunk size; the rest is the byte stream. Besides
// "no crash, no sanitizer report", it checks what the parser promises:
//   - memory held stays inside the limits after every feed;
//   - no message passes maxFields;
//   - feeding in chunks gives exactly what feeding whole gives (unless the
//     input holds a NUL, which fails a whole read at once);
//   - every message serializes to bytes that parse back to one message with
//     the same number of fields.

#include "engine/ami/amiparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

struct Outcome {
    QList<AmiMessage> messages;
    bool ok = true;
};

Outcome run(QByteArrayView stream, AmiParser::Side side, const AmiParser::Limits &limits,
            qsizetype chunk)
{
    AmiParser parser(side, limits);
    Outcome outcome;
    for (qsizetype pos = 0; pos < stream.size() && outcome.ok; pos += chunk) {
        const qsizetype n = std::min(chunk, stream.size() - pos);
        outcome.ok = parser.feed(stream.sliced(pos, n), outcome.messages);
        check(parser.bufferedBytes() <= limits.maxMessageBytes + limits.maxLineBytes + 2);
        check(outcome.ok || !parser.error().isEmpty());
    }
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t mode = data[0];
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (stream.isEmpty())
        return 0;

    const auto side = (mode & 1) ? AmiParser::Side::Server : AmiParser::Side::Client;
    AmiParser::Limits limits;
    if (mode & 2) {
        limits.maxLineBytes = 64;
        limits.maxMessageBytes = 512;
        limits.maxFields = 8;
        limits.maxDiscardedLines = 3;
    }
    const qsizetype chunk = 1 + (mode >> 2); // 1..64

    const Outcome whole = run(stream, side, limits, stream.size());
    const Outcome pieces = run(stream, side, limits, chunk);

    if (!stream.contains('\0')) {
        check(whole.ok == pieces.ok);
        check(whole.messages.size() == pieces.messages.size());
        for (qsizetype i = 0; i < whole.messages.size(); ++i) {
            check(whole.messages[i].fields() == pieces.messages[i].fields());
            check(whole.messages[i].commandOutput() == pieces.messages[i].commandOutput());
        }
    }

    AmiParser::Limits wide;
    wide.maxLineBytes = 2 * limits.maxLineBytes + 16;
    wide.maxMessageBytes = 2 * limits.maxMessageBytes + 64;
    for (const AmiMessage &m : whole.messages) {
        check(!m.fields().isEmpty());
        check(m.fields().size() <= limits.maxFields);
        AmiParser again(AmiParser::Side::Server, wide);
        QList<AmiMessage> back;
        check(again.feed(m.serialize(), back));
        check(back.size() == 1);
        check(back[0].kind() == m.kind());
        // Old-style raw output whose first line reads like one of the
        // Follows headers ("ActionID: x--END COMMAND--") cannot round-trip:
        // the format itself is ambiguous there.
        if (m.isType("Follows") && !m.commandOutput().isEmpty())
            check(back[0].fields().size() >= m.fields().size());
        else
            check(back[0].fields().size() == m.fields().size());
    }
    return 0;
}
