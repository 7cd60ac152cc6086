#pragma once

#include <QLatin1String>

// The one definition of the engine <-> console protocol: version, message
// types and keys. docs/protocol.md describes every message.
namespace Protocol {

inline constexpr int Version = 1;
// Default cap on one text frame; the engine's [api] maxFrameBytes overrides it.
inline constexpr int DefaultMaxFrameBytes = 1024 * 1024;

namespace Key {
// envelope
inline constexpr QLatin1String Version{"v"};
inline constexpr QLatin1String Id{"id"};
inline constexpr QLatin1String Type{"type"};
inline constexpr QLatin1String Data{"data"};
inline constexpr QLatin1String Re{"re"};
inline constexpr QLatin1String Ok{"ok"};
inline constexpr QLatin1String Error{"error"};
inline constexpr QLatin1String Event{"event"};
inline constexpr QLatin1String Code{"code"};
inline constexpr QLatin1String Message{"message"};
inline constexpr QLatin1String Field{"field"};
// hello
inline constexpr QLatin1String Protocol{"protocol"};
inline constexpr QLatin1String Client{"client"};
inline constexpr QLatin1String Engine{"engine"};
inline constexpr QLatin1String EngineVersion{"engineVersion"};
// auth
inline constexpr QLatin1String User{"user"};
inline constexpr QLatin1String Password{"password"};
inline constexpr QLatin1String OldPassword{"oldPassword"};
inline constexpr QLatin1String NewPassword{"newPassword"};
inline constexpr QLatin1String Role{"role"};
inline constexpr QLatin1String MustChangePassword{"mustChangePassword"};
inline constexpr QLatin1String RetryAfterSeconds{"retryAfterSeconds"};
// subscriptions
inline constexpr QLatin1String Topics{"topics"};
// trunks
inline constexpr QLatin1String Trunks{"trunks"};
inline constexpr QLatin1String Trunk{"trunk"};
inline constexpr QLatin1String Name{"name"};
inline constexpr QLatin1String DialString{"dialString"};
inline constexpr QLatin1String MaxCps{"maxCps"};
inline constexpr QLatin1String MaxChannels{"maxChannels"};
inline constexpr QLatin1String IsDefault{"isDefault"};
// voice servers
inline constexpr QLatin1String Servers{"servers"};
inline constexpr QLatin1String Server{"server"};
inline constexpr QLatin1String Host{"host"};
inline constexpr QLatin1String AmiPort{"amiPort"};
inline constexpr QLatin1String AmiUser{"amiUser"};
inline constexpr QLatin1String AmiSecret{"amiSecret"};
inline constexpr QLatin1String HasSecret{"hasSecret"};
inline constexpr QLatin1String UseMd5{"useMd5"};
inline constexpr QLatin1String Enabled{"enabled"};
inline constexpr QLatin1String State{"state"};
inline constexpr QLatin1String StateDetail{"stateDetail"};
inline constexpr QLatin1String Channels{"channels"};
} // namespace Key

namespace Type {
inline constexpr QLatin1String Hello{"hello"};
inline constexpr QLatin1String Login{"auth.login"};
inline constexpr QLatin1String Logout{"auth.logout"};
inline constexpr QLatin1String ChangePassword{"auth.changePassword"};
inline constexpr QLatin1String Subscribe{"subscribe"};
inline constexpr QLatin1String Unsubscribe{"unsubscribe"};
inline constexpr QLatin1String TrunksList{"trunks.list"};
inline constexpr QLatin1String TrunksAdd{"trunks.add"};
inline constexpr QLatin1String TrunksUpdate{"trunks.update"};
inline constexpr QLatin1String TrunksRemove{"trunks.remove"};
inline constexpr QLatin1String TrunksSetDefault{"trunks.setDefault"};
inline constexpr QLatin1String ServersList{"servers.list"};
inline constexpr QLatin1String ServersAdd{"servers.add"};
inline constexpr QLatin1String ServersUpdate{"servers.update"};
inline constexpr QLatin1String ServersRemove{"servers.remove"};
inline constexpr QLatin1String ServersStart{"servers.start"};
inline constexpr QLatin1String ServersStop{"servers.stop"};
} // namespace Type

namespace Event {
inline constexpr QLatin1String TrunksChanged{"trunks.changed"};
inline constexpr QLatin1String ServersChanged{"servers.changed"};
} // namespace Event

// A voice server's live "state".
namespace ServerState {
inline constexpr QLatin1String Inactive{"inactive"};
inline constexpr QLatin1String Connecting{"connecting"};
inline constexpr QLatin1String Active{"active"};
inline constexpr QLatin1String Timeout{"timeout"};
inline constexpr QLatin1String LoginFailed{"loginFailed"};
} // namespace ServerState

namespace Topic {
inline constexpr QLatin1String Trunks{"trunks"};
inline constexpr QLatin1String Servers{"servers"};
} // namespace Topic

} // namespace Protocol
