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
// campaigns
inline constexpr QLatin1String Campaigns{"campaigns"};
inline constexpr QLatin1String Campaign{"campaign"};
inline constexpr QLatin1String CampaignId{"campaignId"};
inline constexpr QLatin1String CustomerId{"customerId"};
inline constexpr QLatin1String Description{"description"};
inline constexpr QLatin1String CampaignType{"type"};
inline constexpr QLatin1String Status{"status"};
inline constexpr QLatin1String MaxConnected{"maxConnected"};
inline constexpr QLatin1String TrunkId{"trunkId"};
inline constexpr QLatin1String Pacer{"pacer"};
inline constexpr QLatin1String Pacing{"pacing"};
inline constexpr QLatin1String WrapUpSeconds{"wrapUpSeconds"};
inline constexpr QLatin1String SafeHarbourMessage{"safeHarbourMessage"};
inline constexpr QLatin1String RunId{"runId"};
inline constexpr QLatin1String StopReason{"stopReason"};
inline constexpr QLatin1String Pacers{"pacers"};
inline constexpr QLatin1String Defaults{"defaults"};
inline constexpr QLatin1String PacerSettings{"pacerSettings"};
// engine status
inline constexpr QLatin1String Sample{"sample"};
inline constexpr QLatin1String Samples{"samples"};
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
inline constexpr QLatin1String CampaignsList{"campaigns.list"};
inline constexpr QLatin1String CampaignsAdd{"campaigns.add"};
inline constexpr QLatin1String CampaignsUpdate{"campaigns.update"};
inline constexpr QLatin1String CampaignsRemove{"campaigns.remove"};
inline constexpr QLatin1String CampaignsStart{"campaigns.start"};
inline constexpr QLatin1String CampaignsStop{"campaigns.stop"};
inline constexpr QLatin1String CampaignsPacingOptions{"campaigns.pacingOptions"};
inline constexpr QLatin1String EngineStatusHistory{"engineStatus.history"};
} // namespace Type

namespace Event {
inline constexpr QLatin1String TrunksChanged{"trunks.changed"};
inline constexpr QLatin1String ServersChanged{"servers.changed"};
inline constexpr QLatin1String DatabaseProgress{"database.progress"};
inline constexpr QLatin1String CampaignsChanged{"campaigns.changed"};
inline constexpr QLatin1String EngineStatusSample{"engineStatus.sample"};
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
inline constexpr QLatin1String Campaigns{"campaigns"};
inline constexpr QLatin1String EngineStatus{"engineStatus"};
} // namespace Topic

// The keys of one engine status sample (engineStatus.sample, .history, and
// pacing_samples.figures). A pacer without a figure leaves its key out.
namespace StatusKey {
inline constexpr QLatin1String Time{"t"};                       // UTC ms since the epoch
inline constexpr QLatin1String ElapsedSeconds{"elapsedSeconds"}; // of the run: "Time Spent"
inline constexpr QLatin1String Dialed{"dialed"};
inline constexpr QLatin1String BusyAgents{"busyAgents"};
inline constexpr QLatin1String Agents{"agents"};
inline constexpr QLatin1String BusyPercent{"busyPercent"};
inline constexpr QLatin1String AverageBusyPercent{"averageBusyPercent"};
inline constexpr QLatin1String MsBetweenCalls{"msBetweenCalls"};
inline constexpr QLatin1String Cps{"cps"};                       // calls dialled per second, last 10 s
inline constexpr QLatin1String BoostPercent{"boostPercent"};
inline constexpr QLatin1String HumanAnswered{"humanAnswered"};
inline constexpr QLatin1String Connected{"connected"};
inline constexpr QLatin1String Abandoned{"abandoned"};
inline constexpr QLatin1String AbandonRate{"abandonRate"};
inline constexpr QLatin1String WindowAbandonRate{"windowAbandonRate"};
inline constexpr QLatin1String AbandonCap{"abandonCap"};
inline constexpr QLatin1String Pacer{"pacer"};
inline constexpr QLatin1String Mode{"mode"};
// debug figures
inline constexpr QLatin1String DbQueue{"dbQueue"};
inline constexpr QLatin1String Weight{"weight"};
inline constexpr QLatin1String Cad{"cad"};
inline constexpr QLatin1String OversPercent{"oversPercent"};
inline constexpr QLatin1String ScaleMinMs{"scaleMinMs"};
inline constexpr QLatin1String ScaleMaxMs{"scaleMaxMs"};
inline constexpr QLatin1String Funnel{"funnel"};
inline constexpr QLatin1String TargetPercent{"targetPercent"};
inline constexpr QLatin1String ElasticityPercent{"elasticityPercent"};
inline constexpr QLatin1String AnswerRateEstimate{"answerRateEstimate"};
} // namespace StatusKey

// campaigns "type" and "status".
namespace CampaignTypeName {
inline constexpr QLatin1String LoadSimulation{"loadSimulation"};
} // namespace CampaignTypeName
namespace CampaignStatusName {
inline constexpr QLatin1String Stopped{"stopped"};
inline constexpr QLatin1String Running{"running"};
} // namespace CampaignStatusName

} // namespace Protocol
