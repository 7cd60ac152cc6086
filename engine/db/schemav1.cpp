#include "engine/db/schemav1.h"

#include "engine/db/dbquery.h"

#include <QDateTime>

namespace {

const QString CreatedAt = QStringLiteral("created_at {time} NOT NULL");
const QString UpdatedAt = QStringLiteral("updated_at {time} NOT NULL");

QString cascade(const QString &column, const QString &table)
{
    return QStringLiteral("FOREIGN KEY (%1) REFERENCES %2 (id) ON DELETE CASCADE").arg(column, table);
}

QString setNull(const QString &column, const QString &table)
{
    return QStringLiteral("FOREIGN KEY (%1) REFERENCES %2 (id) ON DELETE SET NULL").arg(column, table);
}

// The referenced row may not go while this one points at it; the store checks
// first so the user gets a Conflict naming the reason, this is the backstop.
QString references(const QString &column, const QString &table)
{
    return QStringLiteral("FOREIGN KEY (%1) REFERENCES %2 (id)").arg(column, table);
}

// Tenancy, configuration and the telephony resources every customer shares.
QList<TableSpec> platformTables()
{
    return {
        {QStringLiteral("sites"),
         {QStringLiteral("id {pk}"),
          QStringLiteral("name {str:100} NOT NULL"),
          // The host name a console or web front end uses to reach this site.
          QStringLiteral("host_name {str:255} NOT NULL DEFAULT ''"),
          QStringLiteral("title {str:200} NOT NULL DEFAULT ''"),
          QStringLiteral("language {str:16} NOT NULL DEFAULT 'en'"),
          QStringLiteral("theme {str:50} NOT NULL DEFAULT ''"),
          QStringLiteral("background_colour {str:20} NOT NULL DEFAULT ''"),
          QStringLiteral("text_colour {str:20} NOT NULL DEFAULT ''"),
          QStringLiteral("logo {blob}"),
          QStringLiteral("logo_mime_type {str:100} NOT NULL DEFAULT ''"),
          QStringLiteral("opening_text {text}"),
          QStringLiteral("menu_text {text}"),
          QStringLiteral("enabled BOOLEAN NOT NULL DEFAULT TRUE"),
          CreatedAt, UpdatedAt},
         {QStringLiteral("UNIQUE (name)")},
         {}},
        {QStringLiteral("config"),
         {QStringLiteral("id {pk}"),
          QStringLiteral("site_id BIGINT NOT NULL"),
          QStringLiteral("name {str:100} NOT NULL"),
          QStringLiteral("value {text}"),
          UpdatedAt},
         {QStringLiteral("UNIQUE (site_id, name)"), cascade(QStringLiteral("site_id"), QStringLiteral("sites"))},
         {}},
        {QStringLiteral("trunks"),
         {QStringLiteral("id {pk}"),
          QStringLiteral("name {str:100} NOT NULL"),
          QStringLiteral("dial_string {str:200} NOT NULL"),
          QStringLiteral("max_cps {double} NOT NULL"),
          QStringLiteral("max_channels BIGINT NOT NULL"),
          QStringLiteral("is_default BOOLEAN NOT NULL DEFAULT FALSE"),
          CreatedAt, UpdatedAt},
         {QStringLiteral("UNIQUE (name)"), QStringLiteral("CHECK (max_cps > 0)"),
          QStringLiteral("CHECK (max_channels > 0)")},
         {{QStringLiteral("uq_trunks_one_default"), QStringLiteral("is_default"), true,
           QStringLiteral("is_default")}}},
        {QStringLiteral("voice_servers"),
         {QStringLiteral("id {pk}"),
          QStringLiteral("name {str:100} NOT NULL"),
          QStringLiteral("host {str:255} NOT NULL"),
          QStringLiteral("ami_port INTEGER NOT NULL DEFAULT 5038"),
          QStringLiteral("ami_user {str:100} NOT NULL DEFAULT ''"),
          QStringLiteral("ami_secret {str:255} NOT NULL DEFAULT ''"),
          // MD5 challenge login keeps the secret off the wire; plain for old nodes.
          QStringLiteral("use_md5 BOOLEAN NOT NULL DEFAULT TRUE"),
          QStringLiteral("max_channels BIGINT NOT NULL DEFAULT 0"),  // 0: no limit
          QStringLiteral("state {str:20} NOT NULL DEFAULT 'offline'"),
          // The manual: a new server does nothing until an admin enables it.
          QStringLiteral("enabled BOOLEAN NOT NULL DEFAULT FALSE"),
          CreatedAt, UpdatedAt},
         {QStringLiteral("UNIQUE (name)"), QStringLiteral("CHECK (ami_port BETWEEN 1 AND 65535)")},
         {}},
        {QStringLiteral("queues"),
         {QStringLiteral("id {pk}"),
          QStringLiteral("name {str:100} NOT NULL"),
          QStringLiteral("strategy {str:32} NOT NULL DEFAULT 'ringall'"),
          QStringLiteral("ring_timeout_s INTEGER NOT NULL DEFAULT 0"),
          CreatedAt, UpdatedAt},
         {QStringLiteral("UNIQUE (name)")},
         {}},
    };
}

// Accounts of every role; customer details are the manual's "Add Customer".
QList<TableSpec> accountTables()
{
    return {
        {QStringLiteral("users"),
         {QStringLiteral("id {pk}"),
          QStringLiteral("site_id BIGINT NOT NULL DEFAULT 1"),
          QStringLiteral("username {str:100} NOT NULL"),
          QStringLiteral("password_hash {str:255} NOT NULL"),
          QStringLiteral("role {str:20} NOT NULL DEFAULT 'customer'"),
          QStringLiteral("must_change_password BOOLEAN NOT NULL DEFAULT FALSE"),
          QStringLiteral("disabled BOOLEAN NOT NULL DEFAULT FALSE"),
          QStringLiteral("display_name {str:200} NOT NULL DEFAULT ''"),
          QStringLiteral("address1 {str:200} NOT NULL DEFAULT ''"),
          QStringLiteral("address2 {str:200} NOT NULL DEFAULT ''"),
          QStringLiteral("city {str:100} NOT NULL DEFAULT ''"),
          QStringLiteral("state {str:100} NOT NULL DEFAULT ''"),
          QStringLiteral("zip {str:20} NOT NULL DEFAULT ''"),
          QStringLiteral("country {str:100} NOT NULL DEFAULT ''"),
          QStringLiteral("phone {str:40} NOT NULL DEFAULT ''"),
          QStringLiteral("fax {str:40} NOT NULL DEFAULT ''"),
          QStringLiteral("email {str:255} NOT NULL DEFAULT ''"),
          QStringLiteral("mobile {str:40} NOT NULL DEFAULT ''"),
          QStringLiteral("website {str:255} NOT NULL DEFAULT ''"),
          QStringLiteral("details {text}"),
          QStringLiteral("did_login_id {str:50} NOT NULL DEFAULT ''"),
          QStringLiteral("queue_name {str:100} NOT NULL DEFAULT ''"),
          QStringLiteral("max_channels BIGINT NOT NULL DEFAULT 0"),  // 0: no limit
          // NULL: "Default Trunk", i.e. whichever trunk is the default now.
          QStringLiteral("trunk_id BIGINT"),
          QStringLiteral("credit_micros {money} NOT NULL DEFAULT 0"),
          // How far below zero the credit may go; 0 is prepaid.
          QStringLiteral("credit_limit_micros {money} NOT NULL DEFAULT 0"),
          CreatedAt, UpdatedAt},
         {QStringLiteral("UNIQUE (username)"),
          QStringLiteral("CHECK (role IN ('admin', 'customer', 'agent', 'accountsManager'))"),
          references(QStringLiteral("site_id"), QStringLiteral("sites")),
          references(QStringLiteral("trunk_id"), QStringLiteral("trunks"))},
         {{QStringLiteral("idx_users_site"), QStringLiteral("site_id")}}},
        {QStringLiteral("agents"),
         {QStringLiteral("id {pk}"),
          QStringLiteral("queue_id BIGINT NOT NULL"),
          QStringLiteral("user_id BIGINT"),  // the agent's own login, if any
          QStringLiteral("name {str:100} NOT NULL"),
          // The SIP peer secret: Asterisk needs it in clear, so it is not a hash.
          QStringLiteral("secret {str:255} NOT NULL DEFAULT ''"),
          QStringLiteral("codec1 {str:20} NOT NULL DEFAULT 'ulaw'"),
          QStringLiteral("codec2 {str:20} NOT NULL DEFAULT 'ulaw'"),
          QStringLiteral("last_seen_at {time}"),
          QStringLiteral("ip_address {str:64} NOT NULL DEFAULT ''"),
          CreatedAt, UpdatedAt},
         {QStringLiteral("UNIQUE (name)"), cascade(QStringLiteral("queue_id"), QStringLiteral("queues")),
          setNull(QStringLiteral("user_id"), QStringLiteral("users"))},
         {}},
        {QStringLiteral("billing_records"),
         {QStringLiteral("id {pk}"),
          QStringLiteral("customer_id BIGINT NOT NULL"),
          QStringLiteral("account_code {str:100} NOT NULL DEFAULT ''"),
          QStringLiteral("price_per_minute_micros {money} NOT NULL DEFAULT 0"),
          // 60/1 billing: the first 60 s are charged whole, then per 1 s.
          QStringLiteral("first_period_s INTEGER NOT NULL DEFAULT 60"),
          QStringLiteral("increment_s INTEGER NOT NULL DEFAULT 1"),
          QStringLiteral("price_per_lead_micros {money} NOT NULL DEFAULT 0"),
          QStringLiteral("price_per_connected_micros {money} NOT NULL DEFAULT 0"),
          QStringLiteral("price_per_press1_micros {money} NOT NULL DEFAULT 0"),
          CreatedAt, UpdatedAt},
         {QStringLiteral("UNIQUE (customer_id)"), cascade(QStringLiteral("customer_id"), QStringLiteral("users")),
          QStringLiteral("CHECK (first_period_s >= 0 AND increment_s >= 1)")},
         {}},
        {QStringLiteral("payments"),
         {QStringLiteral("id {pk}"),
          QStringLiteral("customer_id BIGINT NOT NULL"),
          QStringLiteral("amount_micros {money} NOT NULL"),
          QStringLiteral("balance_after_micros {money} NOT NULL"),
          QStringLiteral("note {str:500} NOT NULL DEFAULT ''"),
          QStringLiteral("entered_by BIGINT"),
          CreatedAt},
         {cascade(QStringLiteral("customer_id"), QStringLiteral("users")),
          setNull(QStringLiteral("entered_by"), QStringLiteral("users"))},
         {{QStringLiteral("idx_payments_customer_time"), QStringLiteral("customer_id, created_at")}}},
        {QStringLiteral("login_attempts"),
         {QStringLiteral("id {pk}"),
          QStringLiteral("username {str:255} NOT NULL DEFAULT ''"),
          QStringLiteral("address {str:255} NOT NULL DEFAULT ''"),
          QStringLiteral("attempted_at {time} NOT NULL"),
          QStringLiteral("succeeded BOOLEAN NOT NULL DEFAULT FALSE")},
         {},
         {{QStringLiteral("idx_login_attempts_user_time"), QStringLiteral("username, attempted_at")},
          {QStringLiteral("idx_login_attempts_address_time"), QStringLiteral("address, attempted_at")}}},
    };
}

// What customers build: messages, campaigns, their lists and schedules.
QList<TableSpec> campaignTables()
{
    return {
        {QStringLiteral("messages"),
         {QStringLiteral("id {pk}"),
          QStringLiteral("customer_id BIGINT NOT NULL"),
          QStringLiteral("kind {str:10} NOT NULL"),
          QStringLiteral("name {str:100} NOT NULL"),
          QStringLiteral("description {str:500} NOT NULL DEFAULT ''"),
          QStringLiteral("file_name {str:255} NOT NULL DEFAULT ''"),     // as uploaded
          QStringLiteral("storage_path {str:1000} NOT NULL DEFAULT ''"), // converted file
          QStringLiteral("mime_type {str:100} NOT NULL DEFAULT ''"),
          QStringLiteral("size_bytes BIGINT NOT NULL DEFAULT 0"),
          QStringLiteral("duration_ms BIGINT"),
          QStringLiteral("sha256 {str:64} NOT NULL DEFAULT ''"),
          CreatedAt},
         {QStringLiteral("UNIQUE (customer_id, name)"), QStringLiteral("CHECK (kind IN ('audio', 'fax'))"),
          cascade(QStringLiteral("customer_id"), QStringLiteral("users"))},
         {}},
        {QStringLiteral("campaigns"),
         {QStringLiteral("id {pk}"),
          QStringLiteral("customer_id BIGINT NOT NULL"),
          QStringLiteral("name {str:100} NOT NULL"),
          QStringLiteral("description {str:500} NOT NULL DEFAULT ''"),
          QStringLiteral("type {str:40} NOT NULL"),
          QStringLiteral("mode {str:10} NOT NULL DEFAULT 'did'"),
          QStringLiteral("status {str:20} NOT NULL DEFAULT 'stopped'"),
          QStringLiteral("max_connected INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("caller_id {str:40} NOT NULL DEFAULT ''"),
          QStringLiteral("transfer_number {str:40} NOT NULL DEFAULT ''"),  // the call centre's DID
          QStringLiteral("queue_name {str:100} NOT NULL DEFAULT ''"),
          QStringLiteral("trunk_id BIGINT"),  // NULL: the customer's trunk
          QStringLiteral("message_id BIGINT"),
          QStringLiteral("am_message_id BIGINT"),  // played to answering machines
          QStringLiteral("settings {text}"),       // JSON: pacing and type-specific options
          // The engine running the campaign and until when its lease holds.
          QStringLiteral("lease_owner {str:100}"),
          QStringLiteral("lease_expires_at {time}"),
          CreatedAt, UpdatedAt},
         {QStringLiteral("UNIQUE (customer_id, name)"), QStringLiteral("CHECK (mode IN ('did', 'queue'))"),
          cascade(QStringLiteral("customer_id"), QStringLiteral("users")),
          setNull(QStringLiteral("trunk_id"), QStringLiteral("trunks")),
          setNull(QStringLiteral("message_id"), QStringLiteral("messages")),
          setNull(QStringLiteral("am_message_id"), QStringLiteral("messages"))},
         {{QStringLiteral("idx_campaigns_status"), QStringLiteral("status")}}},
        {QStringLiteral("campaign_runs"),
         {QStringLiteral("id {pk}"),
          QStringLiteral("campaign_id BIGINT NOT NULL"),
          QStringLiteral("engine_id {str:100} NOT NULL DEFAULT ''"),
          QStringLiteral("started_by BIGINT"),
          QStringLiteral("started_at {time} NOT NULL"),
          QStringLiteral("stopped_at {time}"),
          QStringLiteral("stop_reason {str:100} NOT NULL DEFAULT ''"),
          QStringLiteral("calls_placed BIGINT NOT NULL DEFAULT 0"),
          QStringLiteral("calls_answered BIGINT NOT NULL DEFAULT 0"),
          QStringLiteral("calls_connected BIGINT NOT NULL DEFAULT 0"),
          QStringLiteral("calls_press1 BIGINT NOT NULL DEFAULT 0"),
          QStringLiteral("calls_abandoned BIGINT NOT NULL DEFAULT 0"),
          QStringLiteral("cost_micros {money} NOT NULL DEFAULT 0")},
         {cascade(QStringLiteral("campaign_id"), QStringLiteral("campaigns")),
          setNull(QStringLiteral("started_by"), QStringLiteral("users"))},
         {{QStringLiteral("idx_campaign_runs_campaign_time"), QStringLiteral("campaign_id, started_at")}}},
        {QStringLiteral("billing_log"),
         {QStringLiteral("id {pk}"),
          QStringLiteral("customer_id BIGINT NOT NULL"),
          QStringLiteral("campaign_id BIGINT"),
          QStringLiteral("cdr_id BIGINT"),
          QStringLiteral("kind {str:20} NOT NULL"),  // minute, lead, connected, press1, adjustment
          QStringLiteral("amount_micros {money} NOT NULL"),
          QStringLiteral("balance_after_micros {money} NOT NULL"),
          QStringLiteral("description {str:500} NOT NULL DEFAULT ''"),
          CreatedAt},
         {cascade(QStringLiteral("customer_id"), QStringLiteral("users")),
          setNull(QStringLiteral("campaign_id"), QStringLiteral("campaigns"))},
         {{QStringLiteral("idx_billing_log_customer_time"), QStringLiteral("customer_id, created_at")}}},
        {QStringLiteral("shared_lists"),
         {QStringLiteral("id {pk}"),
          QStringLiteral("name {str:100} NOT NULL"),
          QStringLiteral("description {str:500} NOT NULL DEFAULT ''"),
          QStringLiteral("created_by BIGINT"),
          CreatedAt, UpdatedAt},
         {QStringLiteral("UNIQUE (name)"), setNull(QStringLiteral("created_by"), QStringLiteral("users"))},
         {}},
        {QStringLiteral("shared_list_numbers"),
         {QStringLiteral("id {pk}"),
          QStringLiteral("list_id BIGINT NOT NULL"),
          QStringLiteral("phone {str:32} NOT NULL"),
          QStringLiteral("name {str:200} NOT NULL DEFAULT ''")},
         {cascade(QStringLiteral("list_id"), QStringLiteral("shared_lists"))},
         {{QStringLiteral("uq_shared_list_numbers_list_phone"), QStringLiteral("list_id, phone"), true}}},
        {QStringLiteral("customer_list_access"),
         {QStringLiteral("customer_id BIGINT NOT NULL"),
          QStringLiteral("list_id BIGINT NOT NULL"),
          QStringLiteral("granted_at {time} NOT NULL")},
         {QStringLiteral("PRIMARY KEY (customer_id, list_id)"),
          cascade(QStringLiteral("customer_id"), QStringLiteral("users")),
          cascade(QStringLiteral("list_id"), QStringLiteral("shared_lists"))},
         {{QStringLiteral("idx_customer_list_access_list"), QStringLiteral("list_id")}}},
        {QStringLiteral("numbers"),
         {QStringLiteral("id {pk}"),
          QStringLiteral("campaign_id BIGINT NOT NULL"),
          QStringLiteral("phone {str:32} NOT NULL"),
          QStringLiteral("name {str:200} NOT NULL DEFAULT ''"),
          QStringLiteral("status {str:20} NOT NULL DEFAULT 'new'"),
          // Random per row at import: claiming in key order dials in random order.
          QStringLiteral("random_order_key BIGINT NOT NULL DEFAULT 0"),
          QStringLiteral("attempts INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("last_update {time} NOT NULL DEFAULT 0")},
         {cascade(QStringLiteral("campaign_id"), QStringLiteral("campaigns"))},
         {{QStringLiteral("uq_numbers_campaign_phone"), QStringLiteral("campaign_id, phone"), true},
          // The hopper's claim: WHERE campaign_id = ? AND status = 'new' ORDER BY random_order_key.
          {QStringLiteral("idx_numbers_claim"), QStringLiteral("campaign_id, status, random_order_key")}}},
        {QStringLiteral("schedules"),
         {QStringLiteral("id {pk}"),
          QStringLiteral("campaign_id BIGINT NOT NULL"),
          QStringLiteral("name {str:100} NOT NULL"),
          QStringLiteral("details {str:500} NOT NULL DEFAULT ''"),
          // Minutes after local midnight in time_zone; days_mask bit 0 is Monday.
          QStringLiteral("start_minute INTEGER NOT NULL"),
          QStringLiteral("stop_minute INTEGER NOT NULL"),
          QStringLiteral("days_mask INTEGER NOT NULL DEFAULT 127"),
          QStringLiteral("time_zone {str:64} NOT NULL DEFAULT 'UTC'"),
          QStringLiteral("starts_on {time}"),  // optional window the schedule runs in
          QStringLiteral("ends_on {time}"),
          QStringLiteral("enabled BOOLEAN NOT NULL DEFAULT TRUE"),
          QStringLiteral("last_started_at {time}"),
          QStringLiteral("last_stopped_at {time}"),
          CreatedAt, UpdatedAt},
         {cascade(QStringLiteral("campaign_id"), QStringLiteral("campaigns")),
          QStringLiteral("CHECK (start_minute BETWEEN 0 AND 1439 AND stop_minute BETWEEN 0 AND 1439)")},
         {{QStringLiteral("idx_schedules_campaign"), QStringLiteral("campaign_id")}}},
    };
}

// What running campaigns produce. Big, append-mostly tables: CDR keeps no
// foreign keys, so inserts stay cheap and call records outlive what they
// refer to (billing history must survive a deleted campaign).
QList<TableSpec> recordTables()
{
    return {
        {QStringLiteral("dnc"),
         {QStringLiteral("id {pk}"),
          // 0: the global list; otherwise the customer's own list. Not NULL,
          // because unique indexes treat NULLs as distinct on all three
          // backends and global duplicates would slip through.
          QStringLiteral("customer_id BIGINT NOT NULL DEFAULT 0"),
          QStringLiteral("phone {str:32} NOT NULL"),
          QStringLiteral("added_by BIGINT"),
          CreatedAt},
         {},
         {{QStringLiteral("uq_dnc_customer_phone"), QStringLiteral("customer_id, phone"), true},
          {QStringLiteral("idx_dnc_phone"), QStringLiteral("phone")}}},
        {QStringLiteral("cdr"),
         {QStringLiteral("id {pk}"),
          QStringLiteral("customer_id BIGINT"),
          QStringLiteral("campaign_id BIGINT"),
          QStringLiteral("number_id BIGINT"),
          QStringLiteral("phone {str:32} NOT NULL DEFAULT ''"),
          QStringLiteral("trunk_id BIGINT"),
          QStringLiteral("voice_server_id BIGINT"),
          QStringLiteral("engine_id {str:100} NOT NULL DEFAULT ''"),
          QStringLiteral("unique_id {str:64} NOT NULL DEFAULT ''"),  // Asterisk's Uniqueid
          QStringLiteral("channel {str:100} NOT NULL DEFAULT ''"),
          QStringLiteral("started_at {time} NOT NULL"),
          QStringLiteral("answered_at {time}"),
          QStringLiteral("ended_at {time}"),
          QStringLiteral("duration_ms BIGINT NOT NULL DEFAULT 0"),
          QStringLiteral("billable_ms BIGINT NOT NULL DEFAULT 0"),
          QStringLiteral("disposition {str:20} NOT NULL DEFAULT ''"),
          QStringLiteral("hangup_cause INTEGER"),
          QStringLiteral("amd_result {str:20} NOT NULL DEFAULT ''"),
          QStringLiteral("pressed {str:8} NOT NULL DEFAULT ''"),
          QStringLiteral("cost_micros {money} NOT NULL DEFAULT 0")},
         {},
         {{QStringLiteral("idx_cdr_campaign_time"), QStringLiteral("campaign_id, started_at")},
          {QStringLiteral("idx_cdr_customer_time"), QStringLiteral("customer_id, started_at")},
          {QStringLiteral("idx_cdr_time"), QStringLiteral("started_at")}}},
        {QStringLiteral("system_log"),
         {QStringLiteral("id {pk}"),
          QStringLiteral("created_at {time} NOT NULL"),
          QStringLiteral("level {str:16} NOT NULL"),
          QStringLiteral("category {str:100} NOT NULL DEFAULT ''"),
          QStringLiteral("username {str:255} NOT NULL DEFAULT ''"),
          QStringLiteral("address {str:255} NOT NULL DEFAULT ''"),
          QStringLiteral("message {text} NOT NULL")},
         {},
         {{QStringLiteral("idx_system_log_time"), QStringLiteral("created_at")}}},
        {QStringLiteral("pacing_samples"),
         {QStringLiteral("id {pk}"),
          QStringLiteral("campaign_id BIGINT NOT NULL"),
          QStringLiteral("engine_id {str:100} NOT NULL DEFAULT ''"),
          QStringLiteral("sampled_at {time} NOT NULL"),
          QStringLiteral("figures {text} NOT NULL")},  // JSON object of the pacer's figures
         {cascade(QStringLiteral("campaign_id"), QStringLiteral("campaigns"))},
         {{QStringLiteral("idx_pacing_samples_campaign_time"), QStringLiteral("campaign_id, sampled_at")}}},
    };
}

} // namespace

QList<TableSpec> SchemaV1::tables()
{
    // Order matters: a table comes after every table it references.
    return platformTables() + accountTables() + campaignTables() + recordTables();
}

Result<Done> SchemaV1::apply(const QSqlDatabase &db, const SqlDialect &dialect)
{
    for (const TableSpec &table : tables()) {
        for (const QString &sql : dialect.createTable(table)) {
            if (const Result<Done> done = DbQuery::execute(db, sql); !done)
                return done;
        }
    }

    // Explicit id, so "site 1" means the same on every install; the check
    // keeps a re-run after a half-applied MariaDB migration harmless.
    DbQuery exists(db, QStringLiteral("SELECT COUNT(*) FROM sites WHERE id = ?"));
    exists.bind(DefaultSiteId);
    if (const Result<Done> done = exists.exec(); !done)
        return done;
    const bool present = exists.next() && exists.value(0).toLongLong() > 0;
    exists.finish();
    if (!present) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        DbQuery insert(db, QStringLiteral("INSERT INTO sites (id, name, title, language, created_at, "
                                          "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
        insert.bind(DefaultSiteId)
            .bind(QStringLiteral("default"))
            .bind(QStringLiteral("Torque"))
            .bind(QStringLiteral("en"))
            .bind(now)
            .bind(now);
        if (const Result<Done> done = insert.exec(); !done)
            return done;
    }
    if (const QString resync = dialect.resyncIdSql(QStringLiteral("sites")); !resync.isEmpty()) {
        DbQuery query(db, resync);
        if (const Result<Done> done = query.exec(); !done)
            return done;
    }
    return Result<Done>::success({});
}
