// torque-bench-amiparser: AmiParser throughput on a realistic event stream.
//
// The stream is the real Asterisk 20 capture of 5 Local-channel calls (mostly
// Newexten and VarSet, ~400 bytes each) repeated until at least --messages
// messages, fed in --chunk byte pieces as socket reads would deliver them, in
// one thread. Prints messages/s and MB/s for each run and the median.
//
//   torque-bench-amiparser [--messages N] [--chunk BYTES] [--runs N] [capture.txt]

#include "engine/ami/amiparser.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

struct Run {
    double seconds = 0;
    qint64 messages = 0;
    qint64 bytes = 0;
    qint64 checksum = 0;
};

Run runOnce(const QByteArray &banner, const QByteArray &body, qint64 repeats, qsizetype chunk)
{
    AmiParser parser(AmiParser::Side::Client);
    QList<AmiMessage> out;
    out.reserve(1024);
    Run run;
    QElapsedTimer timer;
    timer.start();
    parser.feed(banner, out);
    for (qint64 r = 0; r < repeats; ++r) {
        for (qsizetype pos = 0; pos < body.size(); pos += chunk) {
            const qsizetype n = std::min(chunk, body.size() - pos);
            if (!parser.feed(QByteArrayView(body.constData() + pos, n), out)) {
                std::fprintf(stderr, "parse error: %s\n", qPrintable(parser.error()));
                std::exit(1);
            }
            // Stand-in for the consumer: look at every message once.
            for (const AmiMessage &m : std::as_const(out))
                run.checksum += m.fields().size() + m.type().size();
            run.messages += out.size();
            out.clear();
        }
        run.bytes += body.size();
    }
    run.seconds = timer.nsecsElapsed() / 1e9;
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    qint64 wanted = 1'000'000;
    qsizetype chunk = 64 * 1024;
    int runs = 5;
    QString path = QStringLiteral(TORQUE_AMI_TEST_DATA "/capture-local-channels.txt");
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--messages") && i + 1 < argc)
            wanted = std::atoll(argv[++i]);
        else if (!std::strcmp(argv[i], "--chunk") && i + 1 < argc)
            chunk = std::max(1LL, std::atoll(argv[++i]));
        else if (!std::strcmp(argv[i], "--runs") && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else
            path = QString::fromLocal8Bit(argv[i]);
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 1;
    }
    const QByteArray capture = file.readAll();
    // The banner comes once per session; the rest is what repeats.
    const qsizetype bannerEnd = capture.startsWith("Asterisk Call Manager/") ? capture.indexOf('\n') + 1 : 0;
    const QByteArray banner = capture.left(bannerEnd);
    const QByteArray body = capture.mid(bannerEnd);

    AmiParser counter(AmiParser::Side::Server);
    QList<AmiMessage> once;
    counter.feed(body, once);
    if (once.isEmpty()) {
        std::fprintf(stderr, "no messages in %s\n", qPrintable(path));
        return 1;
    }
    const qint64 repeats = (wanted + once.size() - 1) / once.size();
    std::printf("stream: %s x %lld = %lld messages, %.1f MB, avg %lld bytes/message, chunk %lld bytes\n",
                qPrintable(path), repeats, qint64(once.size()) * repeats,
                double(body.size()) * repeats / 1e6, qint64(body.size() / once.size()),
                qint64(chunk));

    std::vector<double> rates;
    for (int i = 0; i < runs; ++i) {
        const Run run = runOnce(banner, body, repeats, chunk);
        const double rate = run.messages / run.seconds;
        rates.push_back(rate);
        std::printf("run %d: %lld messages in %.3f s: %.0f messages/s, %.1f MB/s (checksum %lld)\n",
                    i + 1, run.messages, run.seconds, rate, run.bytes / run.seconds / 1e6,
                    run.checksum);
    }
    std::sort(rates.begin(), rates.end());
    const double median = rates[rates.size() / 2];
    std::printf("median: %.0f messages/s, %.1f MB/s (one thread)\n", median,
                median * (double(body.size()) / once.size()) / 1e6);
    return 0;
}
