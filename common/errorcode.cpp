#include "common/errorcode.h"

#include <array>
#include <utility>

namespace {

constexpr std::array kNames = {
    std::pair{ErrorCode::None, "none"},
    std::pair{ErrorCode::BadJson, "bad_json"},
    std::pair{ErrorCode::BadEnvelope, "bad_envelope"},
    std::pair{ErrorCode::UnsupportedVersion, "unsupported_version"},
    std::pair{ErrorCode::HelloRequired, "hello_required"},
    std::pair{ErrorCode::UnknownType, "unknown_type"},
    std::pair{ErrorCode::FrameTooLarge, "frame_too_large"},
    std::pair{ErrorCode::BinaryNotAccepted, "binary_not_accepted"},
    std::pair{ErrorCode::InvalidField, "invalid_field"},
    std::pair{ErrorCode::NotAuthenticated, "not_authenticated"},
    std::pair{ErrorCode::AuthFailed, "auth_failed"},
    std::pair{ErrorCode::Throttled, "throttled"},
    std::pair{ErrorCode::PasswordChangeRequired, "password_change_required"},
    std::pair{ErrorCode::WeakPassword, "weak_password"},
    std::pair{ErrorCode::Forbidden, "forbidden"},
    std::pair{ErrorCode::NotFound, "not_found"},
    std::pair{ErrorCode::Conflict, "conflict"},
    std::pair{ErrorCode::DatabaseError, "database_error"},
    std::pair{ErrorCode::Internal, "internal"},
};

} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto &[value, name] : kNames) {
        if (value == code)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("internal");
}

ErrorCode errorCodeFromName(const QString &name)
{
    for (const auto &[value, text] : kNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return ErrorCode::Internal;
}
