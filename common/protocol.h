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
// database status (admins)
inline constexpr QLatin1String Backend{"backend"};
inline constexpr QLatin1String ServerVersion{"serverVersion"};
inline constexpr QLatin1String UptimeSeconds{"uptimeSeconds"};
inline constexpr QLatin1String UptimeSource{"uptimeSource"};
inline constexpr QLatin1String Queries{"queries"};
inline constexpr QLatin1String QueriesKind{"queriesKind"};
inline constexpr QLatin1String QueriesPerSecond{"queriesPerSecond"};
inline constexpr QLatin1String RecentQueriesPerSecond{"recentQueriesPerSecond"};
inline constexpr QLatin1String SizeBytes{"sizeBytes"};
inline constexpr QLatin1String JournalMode{"journalMode"};
inline constexpr QLatin1String NumbersWithoutRandomKey{"numbersWithoutRandomKey"};
inline constexpr QLatin1String SlowQuerySeconds{"slowQuerySeconds"};
inline constexpr QLatin1String SlowQueriesAvailable{"slowQueriesAvailable"};
inline constexpr QLatin1String SlowQueries{"slowQueries"};
inline constexpr QLatin1String Seconds{"seconds"};
inline constexpr QLatin1String Waiting{"waiting"};
inline constexpr QLatin1String Query{"query"};
inline constexpr QLatin1String Tables{"tables"};
inline constexpr QLatin1String Table{"table"};
inline constexpr QLatin1String Rows{"rows"};
inline constexpr QLatin1String RowsApproximate{"rowsApproximate"};
// A table's storage engine ("InnoDB", "MyISAM", "heap"...); the same word as
// hello's Engine, another meaning.
inline constexpr QLatin1String StorageEngine{"engine"};
inline constexpr QLatin1String ConvertTo{"convertTo"};
inline constexpr QLatin1String HasForeignKeys{"hasForeignKeys"};
inline constexpr QLatin1String CanConvert{"canConvert"};
inline constexpr QLatin1String Conversion{"conversion"};
inline constexpr QLatin1String Changed{"changed"};
inline constexpr QLatin1String Percent{"percent"};
inline constexpr QLatin1String Stage{"stage"};
inline constexpr QLatin1String MaxStage{"maxStage"};
inline constexpr QLatin1String Detail{"detail"};
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
inline constexpr QLatin1String DatabaseStatus{"database.status"};
inline constexpr QLatin1String DatabaseConvertTable{"database.convertTable"};
} // namespace Type

namespace Event {
inline constexpr QLatin1String TrunksChanged{"trunks.changed"};
inline constexpr QLatin1String ServersChanged{"servers.changed"};
inline constexpr QLatin1String DatabaseProgress{"database.progress"};
} // namespace Event

// A voice server's live "state".
namespace ServerState {
inline constexpr QLatin1String Inactive{"inactive"};
inline constexpr QLatin1String Connecting{"connecting"};
inline constexpr QLatin1String Active{"active"};
inline constexpr QLatin1String Timeout{"timeout"};
inline constexpr QLatin1String LoginFailed{"loginFailed"};
} // namespace ServerState

// database.status "backend".
namespace DatabaseBackend {
inline constexpr QLatin1String Sqlite{"sqlite"};
inline constexpr QLatin1String MariaDb{"mariadb"};
inline constexpr QLatin1String PostgreSql{"postgresql"};
} // namespace DatabaseBackend

// database.status "uptimeSource" and "queriesKind".
namespace DatabaseFigure {
inline constexpr QLatin1String Server{"server"};           // the database server's own uptime
inline constexpr QLatin1String EngineUptime{"engine"};     // SQLite: the engine's
inline constexpr QLatin1String Statements{"statements"};   // MariaDB counts statements
inline constexpr QLatin1String Transactions{"transactions"}; // PostgreSQL counts transactions
} // namespace DatabaseFigure

// Storage engines database.convertTable converts between (MariaDB/MySQL).
namespace StorageEngineName {
inline constexpr QLatin1String InnoDb{"InnoDB"};
inline constexpr QLatin1String MyIsam{"MyISAM"};
} // namespace StorageEngineName

// database.progress "state".
namespace ConversionState {
inline constexpr QLatin1String Running{"running"};
inline constexpr QLatin1String Finished{"finished"};
inline constexpr QLatin1String Failed{"failed"};
} // namespace ConversionState

namespace Topic {
inline constexpr QLatin1String Trunks{"trunks"};
inline constexpr QLatin1String Servers{"servers"};
inline constexpr QLatin1String Database{"database"};
} // namespace Topic

} // namespace Protocol
