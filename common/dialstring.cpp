#include "common/dialstring.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

const QString kExten = QStringLiteral("${EXTEN}");

const QStringList &knownTechnologies()
{
    static const QStringList techs = {
        QStringLiteral("SIP"),   QStringLiteral("PJSIP"), QStringLiteral("IAX2"),
        QStringLiteral("DAHDI"), QStringLiteral("Zap"),   QStringLiteral("Local"),
        QStringLiteral("Dongle"), QStringLiteral("Motif"), QStringLiteral("UniMRCP"),
    };
    return techs;
}

} // namespace

Result<Done> DialString::validate(const QString &dialString)
{
    const auto fail = [](const QString &detail) {
        return Result<Done>::failure(ErrorCode::InvalidField, detail);
    };
    if (dialString.isEmpty())
        return fail(QStringLiteral("the dial string must not be empty"));
    if (dialString.size() > MaxLength)
        return fail(QStringLiteral("the dial string is longer than %1 characters").arg(MaxLength));
    if (!dialString.contains(kExten))
        return fail(QStringLiteral("the dial string must contain ${EXTEN} where the number goes"));
    // Only the characters Asterisk channel names use; no spaces, quotes, commas
    // or separators that could smuggle extra arguments into an Originate.
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9/@._:+#*=~${}-]+$"));
    if (!allowed.match(dialString).hasMatch())
        return fail(QStringLiteral("the dial string contains characters Asterisk does not allow "
                                   "in a channel (spaces, quotes, commas, control characters)"));
    QString withoutExten = dialString;
    withoutExten.remove(kExten);
    if (withoutExten.contains(u'$') || withoutExten.contains(u'{') || withoutExten.contains(u'}'))
        return fail(QStringLiteral("${EXTEN} is the only variable a dial string may use"));
    const qsizetype slash = dialString.indexOf(u'/');
    if (slash <= 0 || slash == dialString.size() - 1)
        return fail(QStringLiteral("the dial string must start with a technology, "
                                   "such as SIP/${EXTEN}@provider"));
    const QString tech = dialString.left(slash);
    if (!knownTechnologies().contains(tech))
        return fail(QStringLiteral("unknown channel technology \"%1\" (use one of %2)")
                        .arg(tech, knownTechnologies().join(QStringLiteral(", "))));
    return Result<Done>::success({});
}

QString DialString::expand(const QString &dialString, const QString &number)
{
    QString out = dialString;
    return out.replace(kExten, number);
}
