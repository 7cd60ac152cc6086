#pragma once

#include <QString>

// Stable error identifiers sent on the wire ("code"); consoles translate them.
enum class ErrorCode {
    None,
    BadJson,               // frame is not a JSON object
    BadEnvelope,           // missing/ill-typed v, id, type or data
    UnsupportedVersion,    // protocol version the engine does not speak
    HelloRequired,         // first request was not "hello"
    UnknownType,           // no handler for this request type
    FrameTooLarge,         // frame over the configured size limit
    BinaryNotAccepted,     // binary frame where none is expected
    InvalidField,          // a field is missing, of the wrong type or out of range
    NotAuthenticated,      // request needs a logged-in session
    AuthFailed,            // wrong user name or password
    Throttled,             // too many failed logins; retry later
    PasswordChangeRequired,// the account must change its password first
    WeakPassword,          // new password rejected by the policy
    Forbidden,             // the role may not do this
    NotFound,              // the object does not exist
    Conflict,              // duplicate name or object in use
    DatabaseError,         // the database refused or is unreachable
    Internal               // a bug or an unexpected state
};

QString errorCodeName(ErrorCode code);
ErrorCode errorCodeFromName(const QString &name);
