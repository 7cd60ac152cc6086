#pragma once

#include "common/jsonfieldreader.h"
#include "common/protocol.h"
#include "common/result.h"
#include "engine/api/clientsession.h"

#include <optional>

// What every request handler does the same way: answer a failed Result with
// its error, and read the "id" of the object a request is about.
namespace HandlerReplies {

inline constexpr qint64 MaxId = (qint64(1) << 53) - 1; // exact in a JSON number

// Sends the failure of `result` as the reply to request `id`; true if it failed.
template <typename T>
bool replyIfFailed(ClientSession &session, qint64 id, const Result<T> &result)
{
    if (result)
        return false;
    session.sendError(id, result.error(), result.detail(), result.field());
    return true;
}

// The request's "id" field; on a bad one the error is already sent.
inline std::optional<qint64> readObjectId(ClientSession &session, const ProtocolMessage &request)
{
    JsonFieldReader reader(request.data());
    const qint64 id = reader.requiredInteger(Protocol::Key::Id, 1, MaxId);
    if (!reader.ok()) {
        session.sendError(request.id(), reader.error(), reader.detail(), reader.field());
        return std::nullopt;
    }
    return id;
}

} // namespace HandlerReplies
