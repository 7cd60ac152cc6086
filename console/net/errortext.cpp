#include "console/net/errortext.h"

#include "common/protocolmessage.h"

QString ErrorText::forCode(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return tr("No error.");
    case ErrorCode::BadJson:
        return tr("The engine could not read a message from this console.");
    case ErrorCode::BadEnvelope:
        return tr("The engine received a malformed request from this console.");
    case ErrorCode::UnsupportedVersion:
        return tr("The engine does not support this console's protocol version.");
    case ErrorCode::HelloRequired:
        return tr("The engine expected a greeting first; reconnect and try again.");
    case ErrorCode::UnknownType:
        return tr("The engine does not know this request; it may be older than this console.");
    case ErrorCode::FrameTooLarge:
        return tr("The request is too large for the engine.");
    case ErrorCode::BinaryNotAccepted:
        return tr("The engine did not expect a file upload here.");
    case ErrorCode::InvalidField:
        return tr("A value is missing, of the wrong kind or out of range.");
    case ErrorCode::NotAuthenticated:
        return tr("You are not logged in.");
    case ErrorCode::AuthFailed:
        return tr("Wrong user name or password.");
    case ErrorCode::Throttled:
        return tr("Too many failed logins. Wait a while and try again.");
    case ErrorCode::PasswordChangeRequired:
        return tr("You must change your password before doing anything else.");
    case ErrorCode::WeakPassword:
        return tr("The new password is too weak: use at least 8 characters, different from "
                  "the user name and from the old password.");
    case ErrorCode::Forbidden:
        return tr("Your account is not allowed to do this.");
    case ErrorCode::NotFound:
        return tr("It no longer exists; someone may have deleted it.");
    case ErrorCode::Conflict:
        return tr("This conflicts with existing data: the name is already used, or the "
                  "object is still in use.");
    case ErrorCode::DatabaseError:
        return tr("The engine's database refused the change or cannot be reached.");
    case ErrorCode::Internal:
        return tr("The request failed.");
    }
    return tr("The request failed.");
}

QString ErrorText::forCode(ErrorCode code, const QString &detail)
{
    const QString text = forCode(code);
    if (detail.trimmed().isEmpty())
        return text;
    //: %1 is the translated error, %2 the engine's own (English) detail
    return tr("%1 (%2)").arg(text, detail.trimmed());
}

QString ErrorText::forReply(const ProtocolMessage &reply)
{
    return forCode(reply.error(), reply.errorMessage());
}
