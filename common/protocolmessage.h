#pragma once

#include "common/errorcode.h"
#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// One frame of the engine <-> console protocol:
//   request {"v":1,"id":42,"type":"trunks.add","data":{...}}
//   reply   {"re":42,"ok":true,"data":{...}}
//           {"re":42,"ok":false,"error":{"code":"forbidden","message":"...","field":"..."}}
//   event   {"event":"trunks.changed","data":{...}}
// Parsing never throws; it returns a Result with a stable error code.
class ProtocolMessage final
{
public:
    enum class Kind { Request, Reply, Event };

    static ProtocolMessage request(qint64 id, const QString &type, const QJsonObject &data = {});
    static ProtocolMessage reply(qint64 re, const QJsonObject &data = {});
    // re is empty when the request's id could not be read (reply carries "re":null).
    static ProtocolMessage errorReply(std::optional<qint64> re, ErrorCode code,
                                      const QString &message, const QString &field = {});
    static ProtocolMessage event(const QString &name, const QJsonObject &data = {});

    // Parses any kind of frame; frames longer than maxBytes are refused unread.
    static Result<ProtocolMessage> parse(const QByteArray &frame, qsizetype maxBytes);
    // Best effort: the "id" of a request frame that failed to parse, to echo it.
    static std::optional<qint64> requestIdOf(const QByteArray &frame);

    QByteArray toJson() const;

    Kind kind() const { return m_kind; }
    qint64 id() const { return m_id; }           // request id, or the id a reply answers
    bool hasId() const { return m_hasId; }
    const QString &type() const { return m_type; } // request type or event name
    const QJsonObject &data() const { return m_data; }
    bool isOk() const { return m_error == ErrorCode::None; }
    ErrorCode error() const { return m_error; }
    const QString &errorMessage() const { return m_errorMessage; }
    const QString &errorField() const { return m_errorField; }

private:
    static Result<ProtocolMessage> parseRequest(const QJsonObject &object);
    static Result<ProtocolMessage> parseReply(const QJsonObject &object);
    static Result<ProtocolMessage> parseEvent(const QJsonObject &object);
    static std::optional<qint64> integralId(const QJsonValue &value);

    Kind m_kind = Kind::Request;
    qint64 m_id = 0;
    bool m_hasId = true;
    QString m_type;
    QJsonObject m_data;
    ErrorCode m_error = ErrorCode::None;
    QString m_errorMessage;
    QString m_errorField;
};
