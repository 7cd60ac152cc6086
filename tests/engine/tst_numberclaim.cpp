#include "engine/campaigns/numberclaim.h"

#include <QTest>

// The moves a number a run holds may make (docs/numbers.md): reaching the
// wire once, an outcome once, and back to the list only unsent.
class TestNumberClaim final : public QObject
{
    Q_OBJECT

    using S = NumberClaim::State;

private slots:
    void theOneWayToAnOutcome()
    {
        NumberClaim claim;
        QCOMPARE(claim.state(), S::Claimed);
        for (const S next : {S::Arming, S::Armed, S::Dialling, S::Finished}) {
            QVERIFY2(claim.moveTo(next), qPrintable(NumberClaim::name(next)));
            QCOMPARE(claim.state(), next);
        }
    }

    void onlyArmedNumbersAreDialled()
    {
        for (const S from : {S::Claimed, S::Arming, S::Finished, S::Released})
            QVERIFY2(!NumberClaim::allowed(from, S::Dialling), qPrintable(NumberClaim::name(from)));
        QVERIFY(NumberClaim::allowed(S::Armed, S::Dialling));
    }

    void anOutcomeComesOnlyFromADial()
    {
        for (const S from : {S::Claimed, S::Arming, S::Armed, S::Released, S::Finished})
            QVERIFY2(!NumberClaim::allowed(from, S::Finished), qPrintable(NumberClaim::name(from)));
    }

    void finishedAndReleasedAreFinal()
    {
        for (const S from : {S::Finished, S::Released}) {
            for (const S to : {S::Claimed, S::Arming, S::Armed, S::Dialling, S::Finished, S::Released})
                QVERIFY(!NumberClaim::allowed(from, to));
        }
    }

    void aFailedArmLeavesTheNumberClaimed()
    {
        NumberClaim claim;
        QVERIFY(claim.moveTo(S::Arming));
        QVERIFY(claim.moveTo(S::Claimed));
        QVERIFY(!claim.moveTo(S::Dialling)); // refused: no move
        QCOMPARE(claim.state(), S::Claimed);
    }

    void everyUnsentStateMayGoBack()
    {
        for (const S from : {S::Claimed, S::Arming, S::Armed, S::Dialling})
            QVERIFY(NumberClaim::allowed(from, S::Released));
    }
};

QTEST_GUILESS_MAIN(TestNumberClaim)
#include "tst_numberclaim.moc"
