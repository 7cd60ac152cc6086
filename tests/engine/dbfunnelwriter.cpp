// dbfunnelwriter: a stand-in engine for tst_dbfunnelcrash. It runs a DbFunnel
// and feeds it writes first..first+count-1 of the DbFunnelStream at a steady
// rate, printing what is durable so that the test can SIGKILL it mid-stream
// and know which writes must survive. A second run on the same journal
// replays what the first left.
//
//   dbfunnelwriter --url URL --journal DIR [--first N] [--count N] [--rate N]
//                  [--write-ahead] [--memory-limit N] [--wait-drained]
//
// stdout, one line each, flushed at once:
//   ready                 the funnel has started (journal scanned)
//   durable <i>           every write up to stream index i is committed or fsynced
//   done                  every write has been enqueued
//   drained               --wait-drained: nothing left in memory or journal
// Exit status 0, or 1 with a message on stderr.

#include "engine/db/dbfunnel.h"
#include "tests/engine/dbfunnelstream.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

namespace {

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("url"), QStringLiteral("Database URL."), QStringLiteral("url")},
        {QStringLiteral("journal"), QStringLiteral("Journal directory."), QStringLiteral("dir")},
        {QStringLiteral("first"), QStringLiteral("First stream index."), QStringLiteral("n"), QStringLiteral("1")},
        {QStringLiteral("count"), QStringLiteral("Writes to enqueue."), QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("rate"), QStringLiteral("Writes per second."), QStringLiteral("n"), QStringLiteral("20000")},
        {QStringLiteral("write-ahead"), QStringLiteral("Journal every write first.")},
        {QStringLiteral("memory-limit"), QStringLiteral("Funnel memory limit."), QStringLiteral("n"),
         QStringLiteral("250000")},
        {QStringLiteral("wait-drained"), QStringLiteral("Exit once everything is in the database.")},
    });
    parser.process(app);
    const Result<DatabaseUrl> url = DatabaseUrl::parse(parser.value(QStringLiteral("url")));
    if (!url) {
        std::fprintf(stderr, "bad --url: %s\n", qPrintable(url.detail()));
        return 1;
    }
    DbFunnelOptions options;
    options.url = url.value();
    options.funnelName = QStringLiteral("dbfunnelwriter");
    options.journalDirectory = parser.value(QStringLiteral("journal"));
    options.writeAhead = parser.isSet(QStringLiteral("write-ahead"));
    options.memoryLimit = parser.value(QStringLiteral("memory-limit")).toLongLong();
    options.journalSyncIntervalMs = 20;
    options.reconnectMinMs = 50;
    options.reconnectMaxMs = 500;
    const qint64 first = parser.value(QStringLiteral("first")).toLongLong();
    const qint64 count = parser.value(QStringLiteral("count")).toLongLong();
    const qint64 rate = std::max<qint64>(1, parser.value(QStringLiteral("rate")).toLongLong());
    const bool waitDrained = parser.isSet(QStringLiteral("wait-drained"));

    DbFunnel funnel(options);
    funnel.start();
    say("ready");

    qint64 next = first;
    bool done = false;
    QElapsedTimer clock;
    clock.start();
    QTimer feed;
    feed.setInterval(2);
    QObject::connect(&feed, &QTimer::timeout, &app, [&] {
        const qint64 due = first + rate * clock.elapsed() / 1000;
        for (; next < first + count && next <= due; ++next) {
            if (!DbFunnelStream::enqueue(funnel, next)) {
                std::fprintf(stderr, "write %lld refused\n", static_cast<long long>(next));
                QCoreApplication::exit(1);
                return;
            }
        }
        if (next >= first + count && !done) {
            done = true;
            say("done");
        }
    });
    qint64 lastDurable = -1;
    QTimer report;
    report.setInterval(10);
    QObject::connect(&report, &QTimer::timeout, &app, [&] {
        const DbFunnelStatus status = funnel.status();
        const qint64 durable = first - 1 + status.durable;
        if (durable != lastDurable) {
            lastDurable = durable;
            say("durable " + QByteArray::number(durable));
        }
        if (waitDrained && done && status.backlog == 0) {
            say("drained");
            QCoreApplication::exit(0);
        }
    });
    feed.start();
    report.start();
    const int code = app.exec();
    funnel.stop();
    return code;
}
