#include "common/protocolmessage.h"

#include "common/protocol.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace {

constexpr qint64 kMaxSafeInteger = (qint64(1) << 53) - 1; // exact in a JSON double
constexpr qsizetype kMaxTypeLength = 64;

bool isValidTypeName(const QString &type)
{
    if (type.isEmpty() || type.size() > kMaxTypeLength)
        return false;
    for (QChar c : type) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c.isDigit() || c == u'.'))
            return false;
    }
    return true;
}

} // namespace

ProtocolMessage ProtocolMessage::request(qint64 id, const QString &type, const QJsonObject &data)
{
    ProtocolMessage m;
    m.m_kind = Kind::Request;
    m.m_id = id;
    m.m_type = type;
    m.m_data = data;
    return m;
}

ProtocolMessage ProtocolMessage::reply(qint64 re, const QJsonObject &data)
{
    ProtocolMessage m;
    m.m_kind = Kind::Reply;
    m.m_id = re;
    m.m_data = data;
    return m;
}

ProtocolMessage ProtocolMessage::errorReply(std::optional<qint64> re, ErrorCode code,
                                            const QString &message, const QString &field)
{
    ProtocolMessage m;
    m.m_kind = Kind::Reply;
    m.m_id = re.value_or(0);
    m.m_hasId = re.has_value();
    m.m_error = code == ErrorCode::None ? ErrorCode::Internal : code;
    m.m_errorMessage = message;
    m.m_errorField = field;
    return m;
}

ProtocolMessage ProtocolMessage::event(const QString &name, const QJsonObject &data)
{
    ProtocolMessage m;
    m.m_kind = Kind::Event;
    m.m_type = name;
    m.m_data = data;
    return m;
}

QByteArray ProtocolMessage::toJson() const
{
    using namespace Protocol;
    QJsonObject o;
    switch (m_kind) {
    case Kind::Request:
        o.insert(Key::Version, Version);
        o.insert(Key::Id, m_id);
        o.insert(Key::Type, m_type);
        o.insert(Key::Data, m_data);
        break;
    case Kind::Reply:
        o.insert(Key::Re, m_hasId ? QJsonValue(m_id) : QJsonValue(QJsonValue::Null));
        o.insert(Key::Ok, isOk());
        if (isOk()) {
            o.insert(Key::Data, m_data);
        } else {
            QJsonObject error{{Key::Code, errorCodeName(m_error)}, {Key::Message, m_errorMessage}};
            if (!m_errorField.isEmpty())
                error.insert(Key::Field, m_errorField);
            o.insert(Key::Error, error);
        }
        break;
    case Kind::Event:
        o.insert(Key::Event, m_type);
        o.insert(Key::Data, m_data);
        break;
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<ProtocolMessage> ProtocolMessage::parse(const QByteArray &frame, qsizetype maxBytes)
{
    if (frame.size() > maxBytes) {
        return Result<ProtocolMessage>::failure(
            ErrorCode::FrameTooLarge,
            QStringLiteral("frame of %1 bytes exceeds the limit of %2 bytes")
                .arg(frame.size()).arg(maxBytes));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Result<ProtocolMessage>::failure(
            ErrorCode::BadJson, QStringLiteral("invalid JSON at offset %1: %2")
                                    .arg(parseError.offset).arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return Result<ProtocolMessage>::failure(ErrorCode::BadJson,
                                                QStringLiteral("frame is not a JSON object"));
    const QJsonObject object = doc.object();
    if (object.contains(Protocol::Key::Event))
        return parseEvent(object);
    if (object.contains(Protocol::Key::Re))
        return parseReply(object);
    return parseRequest(object);
}

std::optional<qint64> ProtocolMessage::requestIdOf(const QByteArray &frame)
{
    const QJsonDocument doc = QJsonDocument::fromJson(frame);
    if (!doc.isObject())
        return std::nullopt;
    return integralId(doc.object().value(Protocol::Key::Id));
}

std::optional<qint64> ProtocolMessage::integralId(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < 0 || d > double(kMaxSafeInteger) || std::floor(d) != d)
        return std::nullopt;
    return qint64(d);
}

Result<ProtocolMessage> ProtocolMessage::parseRequest(const QJsonObject &object)
{
    using namespace Protocol;
    const auto fail = [](ErrorCode code, const QString &detail, const QString &field) {
        return Result<ProtocolMessage>::failure(code, detail, field);
    };
    const auto id = integralId(object.value(Key::Id));
    if (!id)
        return fail(ErrorCode::BadEnvelope,
                    QStringLiteral("\"id\" must be a non-negative integer"), Key::Id);
    const QJsonValue version = object.value(Key::Version);
    if (!version.isDouble())
        return fail(ErrorCode::BadEnvelope, QStringLiteral("\"v\" must be a number"), Key::Version);
    if (version.toDouble() != Version)
        return fail(ErrorCode::UnsupportedVersion,
                    QStringLiteral("protocol version %1 is not supported (this side speaks %2)")
                        .arg(version.toDouble()).arg(Version), Key::Version);
    const QJsonValue type = object.value(Key::Type);
    if (!type.isString() || !isValidTypeName(type.toString()))
        return fail(ErrorCode::BadEnvelope,
                    QStringLiteral("\"type\" must be a dotted name such as \"trunks.list\""),
                    Key::Type);
    const QJsonValue data = object.value(Key::Data);
    if (!data.isUndefined() && !data.isNull() && !data.isObject())
        return fail(ErrorCode::BadEnvelope, QStringLiteral("\"data\" must be an object"), Key::Data);
    return Result<ProtocolMessage>::success(request(*id, type.toString(), data.toObject()));
}

Result<ProtocolMessage> ProtocolMessage::parseReply(const QJsonObject &object)
{
    using namespace Protocol;
    const QJsonValue reValue = object.value(Key::Re);
    const auto re = integralId(reValue);
    if (!re && !reValue.isNull())
        return Result<ProtocolMessage>::failure(ErrorCode::BadEnvelope,
                                                QStringLiteral("\"re\" must be an integer or null"));
    if (!object.value(Key::Ok).isBool())
        return Result<ProtocolMessage>::failure(ErrorCode::BadEnvelope,
                                                QStringLiteral("\"ok\" must be a boolean"));
    if (object.value(Key::Ok).toBool()) {
        ProtocolMessage m = reply(re.value_or(0), object.value(Key::Data).toObject());
        m.m_hasId = re.has_value();
        return Result<ProtocolMessage>::success(m);
    }
    const QJsonObject error = object.value(Key::Error).toObject();
    return Result<ProtocolMessage>::success(
        errorReply(re, errorCodeFromName(error.value(Key::Code).toString()),
                   error.value(Key::Message).toString(), error.value(Key::Field).toString()));
}

Result<ProtocolMessage> ProtocolMessage::parseEvent(const QJsonObject &object)
{
    using namespace Protocol;
    const QJsonValue name = object.value(Key::Event);
    if (!name.isString() || !isValidTypeName(name.toString()))
        return Result<ProtocolMessage>::failure(ErrorCode::BadEnvelope,
                                                QStringLiteral("\"event\" must be a dotted name"));
    return Result<ProtocolMessage>::success(event(name.toString(), object.value(Key::Data).toObject()));
}
