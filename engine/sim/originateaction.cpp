#include "engine/sim/originateaction.h"

#include "engine/ami/amimessage.h"

#include <cctype>

namespace {

// AST_MAX_PUBLIC_UNIQUEID
constexpr qsizetype kMaxUniqueIdLength = 149;

Result<OriginateAction> error(const char *message)
{
    return Result<OriginateAction>::failure(ErrorCode::InvalidField, QString::fromLatin1(message));
}

bool isTrue(const QByteArray &value)
{
    const QByteArray v = value.trimmed().toLower();
    return v == "true" || v == "yes" || v == "1" || v == "on" || v == "y" || v == "t";
}

// "5550001@simnet/n" -> "5550001@simnet": dial options are not part of names.
QByteArray withoutOptions(const QByteArray &data)
{
    const qsizetype at = data.indexOf('@');
    const qsizetype slash = data.indexOf('/', at < 0 ? 0 : at);
    return at >= 0 && slash > at ? data.left(slash) : data;
}

} // namespace

Result<OriginateAction> OriginateAction::fromMessage(const AmiMessage &message)
{
    OriginateAction r;
    r.actionId = message.value("ActionID");
    r.channel = message.value("Channel").trimmed();
    r.context = message.value("Context");
    r.exten = message.value("Exten");
    r.application = message.value("Application");
    r.appData = message.value("Data");
    r.channelId = message.value("ChannelId");
    r.otherChannelId = message.value("OtherChannelId");
    r.async = isTrue(message.value("Async"));
    if (r.channelId.size() > kMaxUniqueIdLength || r.otherChannelId.size() > kMaxUniqueIdLength)
        return error("Uniqueid length exceeds maximum of 149");
    if (r.channel.isEmpty())
        return error("Channel not specified");
    const QByteArray priority = message.value("Priority").trimmed();
    if (!priority.isEmpty()) {
        bool ok = false;
        r.priority = priority.toInt(&ok);
        if (!ok || r.priority < 1)
            return error("Invalid priority");
    }
    const QByteArray timeout = message.value("Timeout").trimmed();
    if (!timeout.isEmpty()) {
        bool ok = false;
        r.timeoutMs = timeout.toLongLong(&ok);
        if (!ok)
            return error("Invalid timeout");
    }
    const qsizetype slash = r.channel.indexOf('/');
    if (slash <= 0 || slash == r.channel.size() - 1)
        return error("Invalid channel");
    r.tech = r.channel.left(slash);
    r.data = r.channel.mid(slash + 1);
    if (r.application.isEmpty() && (r.context.isEmpty() || r.exten.isEmpty()))
        return error("Originate with 'Exten' requires 'Context' and 'Priority'");
    const auto [num, name] = parseCallerId(message.value("CallerID"));
    r.callerIdNum = num;
    r.callerIdName = name;
    // astman_get_variables: every Variable header, each a comma list of NAME=value.
    for (const QByteArray &header : message.values("Variable")) {
        for (const QByteArray &item : header.split(',')) {
            const qsizetype eq = item.indexOf('=');
            if (eq <= 0)
                continue;
            r.variables.append({item.left(eq).trimmed(), item.mid(eq + 1)});
        }
    }
    return Result<OriginateAction>::success(std::move(r));
}

QByteArray OriginateAction::stripInheritance(QByteArrayView name)
{
    qsizetype skip = 0;
    while (skip < name.size() && skip < 2 && name.at(skip) == '_')
        ++skip;
    return name.sliced(skip).toByteArray();
}

QByteArray OriginateAction::variable(QByteArrayView name) const
{
    // The last assignment wins, as it would on a real channel.
    for (qsizetype i = variables.size() - 1; i >= 0; --i) {
        if (stripInheritance(variables.at(i).first).compare(name, Qt::CaseInsensitive) == 0)
            return variables.at(i).second;
    }
    return {};
}

bool OriginateAction::isLocal() const
{
    return tech.compare("Local", Qt::CaseInsensitive) == 0;
}

QByteArray OriginateAction::number() const
{
    const QByteArray plain = withoutOptions(data);
    const qsizetype at = plain.indexOf('@');
    if (at >= 0)
        return plain.left(at);
    // SIP/peer/number
    const qsizetype slash = plain.indexOf('/');
    return slash >= 0 ? plain.mid(slash + 1) : plain;
}

QByteArray OriginateAction::dialContext() const
{
    const QByteArray plain = withoutOptions(data);
    const qsizetype at = plain.indexOf('@');
    return at >= 0 ? plain.mid(at + 1) : QByteArrayLiteral("default");
}

QByteArray OriginateAction::peer() const
{
    const qsizetype at = data.indexOf('@');
    if (at >= 0)
        return data.mid(at + 1).split('/').constFirst();
    return data.split('/').constFirst();
}

std::pair<QByteArray, QByteArray> OriginateAction::parseCallerId(const QByteArray &text)
{
    // ast_callerid_parse: "Name" <number>, Name <number>, or a bare number.
    const QByteArray t = text.trimmed();
    const qsizetype lt = t.lastIndexOf('<');
    const qsizetype gt = t.lastIndexOf('>');
    QByteArray number;
    QByteArray name;
    if (lt >= 0 && gt > lt) {
        number = t.mid(lt + 1, gt - lt - 1).trimmed();
        name = t.left(lt).trimmed();
        if (name.size() >= 2 && name.startsWith('"') && name.endsWith('"'))
            name = name.mid(1, name.size() - 2);
    } else {
        bool digits = !t.isEmpty();
        for (const char c : t)
            digits = digits && (std::isdigit(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == ' ');
        (digits ? number : name) = t;
    }
    number.replace(" ", "").replace("-", "");
    return {number, name};
}
