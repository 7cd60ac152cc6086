#include "engine/pacing/abandondispersion.h"
#include "engine/pacing/agegroups.h"
#include "engine/pacing/durationmodel.h"
#include "engine/pacing/outcomemix.h"
#include "engine/pacing/poissonbinomial.h"
#include "engine/sim/pacing/simrandom.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <queue>
#include <vector>

namespace {

// A dial's end: when, how, and when it was dialled.
struct Resolution final
{
    double at;
    OutcomeMix::Outcome outcome;
    double dialedAt;
    bool operator>(const Resolution &o) const { return at > o.at; }
};

// Still unresolved at `age`: answers by 12 s, failures at 2 s, no-answers at 25 s.
OutcomeMix::Shares stillRunning(double age)
{
    const double answers = age < 12.0 ? 1.0 : 0.0;
    return {answers, answers, age < 2.0 ? 1.0 : 0.0, age < 25.0 ? 1.0 : 0.0};
}

} // namespace

// The torque pacer's estimators on situations where a naive one goes wrong.
class TestPacingEstimates final : public QObject
{
    Q_OBJECT

private slots:
    // 10% humans, 15% machines, 30% failures, 45% no answer, dialled in
    // bursts of 400 every 40 s: outcomes come back in waves by type (the
    // failures after 2 s, the answers after 12, the no-answers after 25).
    // Counted in calls, the estimate would follow the waves; by dial time it
    // stays on the truth throughout.
    void outcomeSharesIgnoreWaves()
    {
        OutcomeMix mix;
        SimRandom random(7);
        std::priority_queue<Resolution, std::vector<Resolution>, std::greater<>> pending;
        double lowest = 1, highest = 0;
        for (int tick = 0; tick <= 12000; ++tick) {
            const double now = tick * 0.1;
            if (tick % 400 == 0) {
                for (int i = 0; i < 400; ++i) {
                    mix.dialed(now);
                    const double u = random.uniform();
                    const OutcomeMix::Outcome o = u < 0.10 ? OutcomeMix::Human
                        : u < 0.25                          ? OutcomeMix::Machine
                        : u < 0.55                          ? OutcomeMix::Failed
                                                            : OutcomeMix::NoAnswer;
                    const double delay = o == OutcomeMix::Failed ? 2.0 : o == OutcomeMix::NoAnswer ? 25.0 : 12.0;
                    pending.push(Resolution{now + delay, o, now});
                }
            }
            while (!pending.empty() && pending.top().at <= now) {
                mix.add(pending.top().outcome, pending.top().dialedAt, now);
                pending.pop();
            }
            mix.update(now, stillRunning, 30.0);
            if (now > 120) {
                lowest = std::min(lowest, mix.share(OutcomeMix::Human));
                highest = std::max(highest, mix.share(OutcomeMix::Human));
            }
        }
        QVERIFY2(lowest > 0.07 && highest < 0.13,
                 qPrintable(QStringLiteral("human share between %1 and %2").arg(lowest).arg(highest)));
        QCOMPARE(mix.shiftsDetected(), 0);
        QVERIFY(mix.humanRelativeVariance() < 0.05);
    }

    // The answer rate goes from 20% to 50% at two dials a second: followed
    // within five minutes (the short memory notices, the long one restarts
    // from it).
    void outcomeSharesFollowAShift()
    {
        OutcomeMix mix;
        SimRandom random(3);
        std::priority_queue<Resolution, std::vector<Resolution>, std::greater<>> pending;
        double after = 0;
        for (int tick = 0; tick <= 18000; ++tick) {
            const double now = tick * 0.1;
            if (tick % 5 == 0) {
                mix.dialed(now);
                const double human = now < 1200 ? 0.2 : 0.5;
                const OutcomeMix::Outcome o = random.uniform() < human ? OutcomeMix::Human : OutcomeMix::NoAnswer;
                pending.push(Resolution{now + (o == OutcomeMix::Human ? 12.0 : 25.0), o, now});
            }
            while (!pending.empty() && pending.top().at <= now) {
                mix.add(pending.top().outcome, pending.top().dialedAt, now);
                pending.pop();
            }
            mix.update(now, stillRunning, 30.0);
            if (std::abs(now - 1500) < 1e-9)
                after = mix.share(OutcomeMix::Human);
        }
        QVERIFY2(after > 0.42, qPrintable(QString::number(after)));
    }

    // A thousand agents start 900 s talks together (the prior thinks 120 s).
    // Five minutes in, the few that ended are the short ones: counted alone
    // they say an agent 300 s in is about to finish. With the calls still
    // running censored, the chance is small, as it really is.
    void talksInProgressAreCensored()
    {
        DurationModel talk(1.0, 2400, 120.0, 90.0, 5.0, 2400.0);
        SimRandom random(11);
        std::vector<double> running;
        for (int a = 0; a < 1000; ++a) {
            const double sigma2 = std::log(1.0 + 400.0 * 400.0 / (900.0 * 900.0));
            const double mu = std::log(900.0) - sigma2 / 2;
            const double u1 = std::max(1e-12, random.uniform()), u2 = random.uniform();
            const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2 * M_PI * u2);
            const double seconds = std::exp(mu + std::sqrt(sigma2) * z);
            if (seconds < 300)
                talk.add(seconds);
            else
                running.push_back(300.0);
        }
        talk.rebuild();
        const double naive = talk.conditionalCdf(300.0, 30.0);
        talk.setInProgress(running);
        talk.rebuild();
        const double censored = talk.conditionalCdf(300.0, 30.0);
        QVERIFY2(naive > 0.2, qPrintable(QString::number(naive)));
        QVERIFY2(censored < 0.05, qPrintable(QString::number(censored)));
        QVERIFY(talk.mean() > 300.0);
    }

    // Steady state, 200 agents on 90 s talks (sd 60): weighed by start, with
    // the running talks censored, the mean is right. Weighed by the order the
    // talks ended, the running ones would count twice and the mean come out
    // far too long.
    void startWeightedTalksHaveNoBias()
    {
        DurationModel talk(1.0, 2400, 120.0, 90.0, 5.0, 2400.0);
        talk.weighByStart(1800.0);
        SimRandom random(5);
        const double sigma2 = std::log(1.0 + 60.0 * 60.0 / (90.0 * 90.0));
        const double mu = std::log(90.0) - sigma2 / 2;
        const auto draw = [&] {
            const double u1 = std::max(1e-12, random.uniform()), u2 = random.uniform();
            return std::exp(mu + std::sqrt(sigma2) * std::sqrt(-2.0 * std::log(u1)) * std::cos(2 * M_PI * u2));
        };
        std::vector<std::pair<double, double>> agents(200); // (started, ends)
        for (auto &a : agents) {
            a.first = -random.uniform() * 90.0;
            a.second = a.first + draw();
        }
        for (double now = 0; now < 7200; now += 1.0) {
            for (auto &a : agents) {
                if (a.second <= now) {
                    talk.add(a.second - a.first, a.second);
                    a.first = a.second;
                    a.second = a.first + draw();
                }
            }
        }
        std::vector<double> running;
        for (const auto &a : agents)
            running.push_back(7200.0 - a.first);
        talk.setInProgress(running, 7200.0);
        talk.rebuild();
        QVERIFY2(std::abs(talk.mean() - 90.0) < 9.0, qPrintable(QString::number(talk.mean())));
    }

    // With nothing in progress the table is the prior-and-samples mixture.
    void noCensoringIsTheEmpiricalMixture()
    {
        DurationModel d(1.0, 100, 20.0, 5.0, 1.0, 1e9);
        for (int i = 0; i < 99; ++i)
            d.add(10.5);
        d.rebuild();
        QVERIFY(std::abs(d.cdf(11.0) - 0.99) < 0.01);
        QVERIFY(std::abs(d.mean() - (99 * 10.5 + 20.0) / 100.0) < 1e-6);
    }

    // The exact distribution against brute force over all outcomes.
    void poissonBinomialIsExact()
    {
        const std::vector<double> supplyP{0.3, 0.8, 0.5}, demandP{0.9, 0.2, 0.6, 0.4};
        PoissonBinomial supply, demand;
        supply.reset(1);
        for (double p : supplyP)
            supply.add(p);
        demand.reset(0);
        for (double p : demandP)
            demand.add(p);
        demand.add(0.25, 2);
        std::vector<double> all = demandP;
        all.push_back(0.25);
        all.push_back(0.25);
        double brute = 0;
        for (int s = 0; s < 8; ++s) {
            for (int d = 0; d < 64; ++d) {
                double p = 1;
                int sv = 1, dv = 0;
                for (int i = 0; i < 3; ++i) {
                    const bool on = s >> i & 1;
                    p *= on ? supplyP[std::size_t(i)] : 1 - supplyP[std::size_t(i)];
                    sv += on;
                }
                for (int i = 0; i < 6; ++i) {
                    const bool on = d >> i & 1;
                    p *= on ? all[std::size_t(i)] : 1 - all[std::size_t(i)];
                    dv += on;
                }
                if (sv <= dv)
                    brute += p;
            }
        }
        QVERIFY(std::abs(PoissonBinomial::chanceNotAbove(supply, demand) - brute) < 1e-12);
        QVERIFY(std::abs(demand.atLeast(0) - 1.0) < 1e-12);
    }

    void ageGroupsCountByBucket()
    {
        AgeGroups groups(2);
        groups.setBucketSeconds(0, 0.5);
        groups.setBucketSeconds(1, 1.0);
        for (double age : {0.1, 0.4, 0.6, 3.2})
            groups.add(0, age);
        groups.add(1, 0.6);
        std::map<std::pair<int, double>, int> seen;
        groups.forEach([&](int kind, double age, int count) { seen[{kind, age}] = count; });
        const std::map<std::pair<int, double>, int> expected{{{0, 0.25}, 2}, {{0, 0.75}, 1}, {{0, 3.25}, 1}, {{1, 0.5}, 1}};
        QCOMPARE(seen, expected);
        groups.clear();
        int left = 0;
        groups.forEach([&](int, double, int) { ++left; });
        QCOMPARE(left, 0);
    }

    // One abandon a minute is Poisson-like; the same number in a single
    // minute is a wave.
    void dispersionSeesWaves()
    {
        AbandonDispersion steady, wave;
        for (int m = 0; m < 20; ++m)
            steady.abandon(m * 60.0 + 30.0);
        for (int i = 0; i < 20; ++i)
            wave.abandon(600.0 + i);
        QVERIFY(steady.index(1200.0) < 1.5);
        QVERIFY(wave.index(1200.0) > 10.0);
    }
};

QTEST_GUILESS_MAIN(TestPacingEstimates)
#include "tst_pacingestimates.moc"
