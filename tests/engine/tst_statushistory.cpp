#include "common/protocol.h"
#include "engine/campaigns/statushistory.h"
#include "engine/pacing/pacersettings.h"

#include <QTest>

using namespace Protocol;

// The engine's 720-s status window, and the pacing defaults consoles are sent.
class TestStatusHistory final : public QObject
{
    Q_OBJECT

    static QJsonObject sampleAt(qint64 ms, std::optional<double> msBetween)
    {
        QJsonObject s{{StatusKey::Time, double(ms)}};
        if (msBetween)
            s.insert(StatusKey::MsBetweenCalls, *msBetween);
        return s;
    }

private slots:
    void keepsOnlyTheLast720Seconds()
    {
        StatusHistory history;
        const qint64 start = 1'700'000'000'000;
        for (int second = 0; second < 1000; ++second) {
            QJsonObject s = sampleAt(start + second * 1000, std::nullopt);
            history.append(s);
        }
        QCOMPARE(history.size(), 720);
        const QJsonArray all = history.toJson(start + 999 * 1000);
        QCOMPARE(all.size(), 720);
        QCOMPARE(all.first().toObject().value(StatusKey::Time).toDouble(), double(start + 280 * 1000));
        // Asked later, older samples fall out of the window.
        QCOMPARE(history.toJson(start + 1099 * 1000).size(), 620);
    }

    void scaleSpansTheWindow()
    {
        StatusHistory history;
        QJsonObject a = sampleAt(1000, 200.0);
        history.append(a);
        QJsonObject b = sampleAt(2000, std::nullopt);
        history.append(b);
        QCOMPARE(b.value(StatusKey::ScaleMinMs).toDouble(), 200.0);
        QJsonObject c = sampleAt(3000, 35.5);
        history.append(c);
        QCOMPARE(c.value(StatusKey::ScaleMinMs).toDouble(), 35.5);
        QCOMPARE(c.value(StatusKey::ScaleMaxMs).toDouble(), 200.0);
        // 720 s later the 200 ms sample has left the window.
        QJsonObject d = sampleAt(1000 + StatusHistory::WindowMs, 50.0);
        history.append(d);
        QCOMPARE(d.value(StatusKey::ScaleMaxMs).toDouble(), 50.0);
    }

    void emptyHistoryHasNoScale()
    {
        StatusHistory history;
        QVERIFY(history.isEmpty());
        QJsonObject s = sampleAt(5, std::nullopt);
        history.append(s);
        QVERIFY(!s.contains(StatusKey::ScaleMinMs));
    }

    void pacingDefaultsRoundTrip()
    {
        const QJsonObject defaults = PacerSettings().toJson();
        QStringList keys = defaults.keys();
        QStringList expected = PacerSettings::keys();
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        const Result<PacerSettings> back = PacerSettings::fromJson(defaults);
        QVERIFY2(back.ok(), qPrintable(back.field() + QLatin1Char(' ') + back.detail()));
        QCOMPARE(back.value().toJson(), defaults);
    }
};

QTEST_GUILESS_MAIN(TestStatusHistory)
#include "tst_statushistory.moc"
