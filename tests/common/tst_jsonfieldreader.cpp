#include "common/jsonfieldreader.h"

#include <QJsonArray>
#include <QTest>

class TestJsonFieldReader final : public QObject
{
    Q_OBJECT

private slots:
    void readsTypedFields()
    {
        JsonFieldReader r({{QStringLiteral("s"), QStringLiteral("  x  ")},
                           {QStringLiteral("n"), 2.5},
                           {QStringLiteral("i"), 7},
                           {QStringLiteral("l"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}});
        QCOMPARE(r.requiredText(QLatin1String("s"), 10), QStringLiteral("x"));
        QCOMPARE(r.requiredNumber(QLatin1String("n"), 0, 10), 2.5);
        QCOMPARE(r.requiredInteger(QLatin1String("i"), 0, 10), 7);
        QCOMPARE(r.optionalTextList(QLatin1String("l"), 5, 5), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(r.optionalText(QLatin1String("missing"), 5, QStringLiteral("d")), QStringLiteral("d"));
        QVERIFY(r.ok());
    }

    void firstErrorWins()
    {
        JsonFieldReader r({{QStringLiteral("a"), 1}, {QStringLiteral("b"), QStringLiteral("x")}});
        r.requiredText(QLatin1String("a"), 10);
        r.requiredInteger(QLatin1String("b"), 0, 5);
        QVERIFY(!r.ok());
        QCOMPARE(r.field(), QStringLiteral("a"));
        QCOMPARE(r.error(), ErrorCode::InvalidField);
    }

    void secretsKeepSpaces()
    {
        JsonFieldReader r({{QStringLiteral("p"), QStringLiteral(" pass word ")}});
        QCOMPARE(r.requiredSecret(QLatin1String("p"), 100), QStringLiteral(" pass word "));
    }

    void controlCharacters()
    {
        QVERIFY(JsonFieldReader::containsControlCharacters(QStringLiteral("a\nb")));
        QVERIFY(JsonFieldReader::containsControlCharacters(QStringLiteral("a\u200Eb")));
        QVERIFY(!JsonFieldReader::containsControlCharacters(QStringLiteral("Ünïcødé ✓")));
    }

    void outOfRange()
    {
        JsonFieldReader r({{QStringLiteral("i"), 1e20}});
        r.requiredInteger(QLatin1String("i"), 0, 100);
        QVERIFY(!r.ok());
    }
};

QTEST_GUILESS_MAIN(TestJsonFieldReader)
#include "tst_jsonfieldreader.moc"
