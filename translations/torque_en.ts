<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Edit Campaign</source>
        <translation>Edit Campaign</translation>
    </message>
    <message>
        <source>Add Campaign</source>
        <translation>Add Campaign</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>Campaign &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Type of campaign:</source>
        <translation>&amp;Type of campaign:</translation>
    </message>
    <message>
        <source>A load simulation tests the system with simulated agents; run it on the load simulation trunk.</source>
        <translation>A load simulation tests the system with simulated agents; run it on the load simulation trunk.</translation>
    </message>
    <message>
        <source>&amp;Maximum connected calls (simulated agents):</source>
        <translation>&amp;Maximum connected calls (simulated agents):</translation>
    </message>
    <message>
        <source>T&amp;runk:</source>
        <translation>T&amp;runk:</translation>
    </message>
    <message>
        <source>Default trunk</source>
        <translation>Default trunk</translation>
    </message>
    <message>
        <source>Trunk %1</source>
        <translation>Trunk %1</translation>
    </message>
    <message>
        <source>&amp;Wrap-up time:</source>
        <translation>&amp;Wrap-up time:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long a simulated agent stays busy after each call.</source>
        <translation>How long a simulated agent stays busy after each call.</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Save Changes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Enter a campaign name of 1 to %1 printable characters.</source>
        <translation>Enter a campaign name of 1 to %1 printable characters.</translation>
    </message>
    <message>
        <source>The description may have at most %1 printable characters.</source>
        <translation>The description may have at most %1 printable characters.</translation>
    </message>
    <message>
        <source>Maximum connected calls must be between 1 and %1.</source>
        <translation>Maximum connected calls must be between 1 and %1.</translation>
    </message>
    <message>
        <source>The wrap-up time must be between 0 and %1 seconds.</source>
        <translation>The wrap-up time must be between 0 and %1 seconds.</translation>
    </message>
    <message>
        <source>Choose a pacer.</source>
        <translation>Choose a pacer.</translation>
    </message>
    <message>
        <source>The pacing setting &quot;%1&quot; needs a number (or yes/no) like its default.</source>
        <extracomment>%1 is the setting&apos;s name as the engine knows it</extracomment>
        <translation>The pacing setting &quot;%1&quot; needs a number (or yes/no) like its default.</translation>
    </message>
    <message>
        <source>&amp;Safe-harbour message:</source>
        <translation>&amp;Safe-harbour message:</translation>
    </message>
    <message>
        <source>The recording on the voice servers that a person hears when no agent is free within two seconds, e.g. custom/safe-harbour.</source>
        <translation>The recording on the voice servers that a person hears when no agent is free within two seconds, e.g. custom/safe-harbour.</translation>
    </message>
    <message>
        <source>Name a recording on the voice servers, such as custom/safe-harbour: letters, digits, _ - . and /.</source>
        <translation>Name a recording on the voice servers, such as custom/safe-harbour: letters, digits, _ - . and /.</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Load Simulation</source>
        <translation>Load Simulation</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Default trunk</source>
        <translation>Default trunk</translation>
    </message>
    <message>
        <source>Trunk %1</source>
        <translation>Trunk %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Max Connected</source>
        <translation>Max Connected</translation>
    </message>
    <message>
        <source>Pacer</source>
        <translation>Pacer</translation>
    </message>
    <message>
        <source>Trunk</source>
        <translation>Trunk</translation>
    </message>
    <message>
        <source>Maximum connected calls; for a load simulation, the simulated agents</source>
        <translation>Maximum connected calls; for a load simulation, the simulated agents</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Could not load the campaigns: %1</source>
        <translation>Could not load the campaigns: %1</translation>
    </message>
    <message>
        <source>Add Campaign</source>
        <translation>Add Campaign</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>A running campaign must be stopped before it can be changed</source>
        <translation>A running campaign must be stopped before it can be changed</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start dialling the selected campaign</source>
        <translation>Start dialling the selected campaign</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Dial nothing new; calls in progress finish</source>
        <translation>Dial nothing new; calls in progress finish</translation>
    </message>
    <message>
        <source>Engine Status</source>
        <translation>Engine Status</translation>
    </message>
    <message>
        <source>Show the live graph of the selected campaign</source>
        <translation>Show the live graph of the selected campaign</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Delete Campaign</source>
        <translation>Delete Campaign</translation>
    </message>
    <message>
        <source>Delete the campaign &quot;%1&quot;?</source>
        <translation>Delete the campaign &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Its settings are removed; it can no longer be started.</source>
        <translation>Its settings are removed; it can no longer be started.</translation>
    </message>
    <message>
        <source>Could not delete the campaign &quot;%1&quot;: %2</source>
        <translation>Could not delete the campaign &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not start the campaign &quot;%1&quot;: %2</source>
        <translation>Could not start the campaign &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not stop the campaign &quot;%1&quot;: %2</source>
        <translation>Could not stop the campaign &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Change Password</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; must choose a new password before it can be used. Use at least %2 characters, different from the user name and from the old password.</source>
        <translation>The account &quot;%1&quot; must choose a new password before it can be used. Use at least %2 characters, different from the user name and from the old password.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>The new password must have at least %1 characters.</source>
        <translation>The new password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The two new passwords do not match.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>The new password must not be the user name.</source>
        <translation>The new password must not be the user name.</translation>
    </message>
</context>
<context>
    <name>DatabaseConversionView</name>
    <message>
        <source>Converting copies the whole table; on a large table it takes a long time.</source>
        <translation>Converting copies the whole table; on a large table it takes a long time.</translation>
    </message>
    <message>
        <source>Converting tables between InnoDB and MyISAM is a MariaDB/MySQL feature: not applicable on %1.</source>
        <translation>Converting tables between InnoDB and MyISAM is a MariaDB/MySQL feature: not applicable on %1.</translation>
    </message>
    <message>
        <source>Convert to %1</source>
        <extracomment>%1 is a storage engine, InnoDB or MyISAM</extracomment>
        <translation>Convert to %1</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Convert</translation>
    </message>
    <message>
        <source>A table is being converted; one conversion at a time.</source>
        <translation>A table is being converted; one conversion at a time.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes part in foreign keys, which MyISAM does not support, so it stays InnoDB.</source>
        <translation>&quot;%1&quot; takes part in foreign keys, which MyISAM does not support, so it stays InnoDB.</translation>
    </message>
    <message>
        <source>Convert the selected table between InnoDB and MyISAM</source>
        <translation>Convert the selected table between InnoDB and MyISAM</translation>
    </message>
    <message>
        <source>The database copies the whole table (%1) into the new engine. Writes to it wait until the copy is done, and a large table can take a long time. If another connection is using the table, the engine gives up after a few seconds and nothing changes.</source>
        <translation>The database copies the whole table (%1) into the new engine. Writes to it wait until the copy is done, and a large table can take a long time. If another connection is using the table, the engine gives up after a few seconds and nothing changes.</translation>
    </message>
    <message>
        <source>MyISAM has no transactions and locks the whole table for every write; Torque is designed for InnoDB.</source>
        <translation>MyISAM has no transactions and locks the whole table for every write; Torque is designed for InnoDB.</translation>
    </message>
    <message>
        <source>Convert Table</source>
        <translation>Convert Table</translation>
    </message>
    <message>
        <source>Convert the table &quot;%1&quot; to %2?</source>
        <extracomment>%1 is a table name, %2 a storage engine</extracomment>
        <translation>Convert the table &quot;%1&quot; to %2?</translation>
    </message>
    <message>
        <source>The engine is still converting &quot;%1&quot;; its progress is shown below.</source>
        <translation>The engine is still converting &quot;%1&quot;; its progress is shown below.</translation>
    </message>
    <message>
        <source>Converting &quot;%1&quot; to %2…</source>
        <extracomment>%1 is a table name, %2 a storage engine</extracomment>
        <translation>Converting &quot;%1&quot; to %2…</translation>
    </message>
    <message>
        <source>Stage %1 of %2: %3</source>
        <extracomment>Progress of a conversion: stage %1 of %2, then the database&apos;s own words</extracomment>
        <translation>Stage %1 of %2: %3</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; is now %2.</source>
        <translation>The table &quot;%1&quot; is now %2.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; is busy: another connection is using or has locked it, or another conversion is running, so the engine gave up. Nothing was changed; try again when it is idle. (%2)</source>
        <extracomment>%2 is the engine&apos;s own (English) detail</extracomment>
        <translation>The table &quot;%1&quot; is busy: another connection is using or has locked it, or another conversion is running, so the engine gave up. Nothing was changed; try again when it is idle. (%2)</translation>
    </message>
    <message>
        <source>Could not convert the table &quot;%1&quot; to %2: %3</source>
        <translation>Could not convert the table &quot;%1&quot; to %2: %3</translation>
    </message>
</context>
<context>
    <name>DatabasePanel</name>
    <message>
        <source>Database Statistics</source>
        <translation>Database Statistics</translation>
    </message>
    <message>
        <source>Database Tables</source>
        <translation>Database Tables</translation>
    </message>
    <message>
        <source>Slow or Locking Queries</source>
        <translation>Slow or Locking Queries</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>Updated at %1</translation>
    </message>
    <message>
        <source>Reading the database status…</source>
        <translation>Reading the database status…</translation>
    </message>
    <message>
        <source>Could not read the database status: %1</source>
        <translation>Could not read the database status: %1</translation>
    </message>
    <message>
        <source>SQLite keeps no list of running statements.</source>
        <translation>SQLite keeps no list of running statements.</translation>
    </message>
    <message>
        <source>The database did not let the engine see its running statements.</source>
        <translation>The database did not let the engine see its running statements.</translation>
    </message>
    <message numerus="yes">
        <source>None: no statement has been running for %n second(s) or more, and none is waiting for a lock.</source>
        <translation>
            <numerusform>None: no statement has been running for %n second or more, and none is waiting for a lock.</numerusform>
            <numerusform>None: no statement has been running for %n seconds or more, and none is waiting for a lock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Statements running for %n second(s) or more, or waiting for a lock another connection holds.</source>
        <translation>
            <numerusform>Statements running for %n second or more, or waiting for a lock another connection holds.</numerusform>
            <numerusform>Statements running for %n seconds or more, or waiting for a lock another connection holds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseSummaryView</name>
    <message>
        <source>MariaDB</source>
        <translation>MariaDB</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), %1</source>
        <extracomment>Uptime over a day; %1 is hours:minutes:seconds</extracomment>
        <translation>
            <numerusform>%n day, %1</numerusform>
            <numerusform>%n days, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted by SQLite</source>
        <translation>not counted by SQLite</translation>
    </message>
    <message>
        <source>%1 (%2/s on average)</source>
        <extracomment>Queries: count (average per second since the server started)</extracomment>
        <translation>%1 (%2/s on average)</translation>
    </message>
    <message>
        <source>%1 (%2/s on average, %3/s now)</source>
        <extracomment>Queries: count (average per second since the server started, and since the last refresh)</extracomment>
        <translation>%1 (%2/s on average, %3/s now)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Engine uptime:</source>
        <translation>Engine uptime:</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation>Uptime:</translation>
    </message>
    <message>
        <source>Transactions:</source>
        <translation>Transactions:</translation>
    </message>
    <message>
        <source>Queries:</source>
        <translation>Queries:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Journal mode:</source>
        <translation>Journal mode:</translation>
    </message>
    <message>
        <source>Numbers without a random order key:</source>
        <translation>Numbers without a random order key:</translation>
    </message>
    <message>
        <source>SQLite has no server: this is how long the engine has been running.</source>
        <translation>SQLite has no server: this is how long the engine has been running.</translation>
    </message>
    <message>
        <source>PostgreSQL counts transactions (commits and rollbacks) of this database rather than single statements.</source>
        <translation>PostgreSQL counts transactions (commits and rollbacks) of this database rather than single statements.</translation>
    </message>
    <message>
        <source>Numbers still to dial whose random order key was never set, for example because they were loaded straight into the database. They would be dialled in the order they were loaded instead of at random; import them through Torque instead.</source>
        <translation>Numbers still to dial whose random order key was never set, for example because they were loaded straight into the database. They would be dialled in the order they were loaded instead of at random; import them through Torque instead.</translation>
    </message>
</context>
<context>
    <name>DatabaseTableModel</name>
    <message>
        <source>%1 (approx.)</source>
        <extracomment>Row count of a table that the database only estimates (InnoDB, PostgreSQL)</extracomment>
        <translation>%1 (approx.)</translation>
    </message>
    <message>
        <source>The database keeps an estimate of this table&apos;s rows; counting them exactly would read the whole table.</source>
        <translation>The database keeps an estimate of this table&apos;s rows; counting them exactly would read the whole table.</translation>
    </message>
    <message>
        <source>This table takes part in foreign keys, which MyISAM does not support, so it stays InnoDB.</source>
        <translation>This table takes part in foreign keys, which MyISAM does not support, so it stays InnoDB.</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the database tables list</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rows</source>
        <extracomment>Column of the database tables list: number of rows</extracomment>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Total Size</source>
        <extracomment>Column of the database tables list: data plus indexes</extracomment>
        <translation>Total Size</translation>
    </message>
    <message>
        <source>Engine</source>
        <extracomment>Column of the database tables list: storage engine (InnoDB, MyISAM...)</extracomment>
        <translation>Engine</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EngineClient</name>
    <message>
        <source>The connection was replaced by a new one.</source>
        <translation>The connection was replaced by a new one.</translation>
    </message>
    <message>
        <source>Disconnected from the engine.</source>
        <translation>Disconnected from the engine.</translation>
    </message>
    <message>
        <source>The engine reported an unknown role &quot;%1&quot;.</source>
        <translation>The engine reported an unknown role &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Not connected to the engine.</source>
        <translation>Not connected to the engine.</translation>
    </message>
    <message>
        <source>Protocol mismatch: the engine at %1 does not speak protocol version %2, which this console uses. Update the console or the engine. (%3)</source>
        <translation>Protocol mismatch: the engine at %1 does not speak protocol version %2, which this console uses. Update the console or the engine. (%3)</translation>
    </message>
    <message>
        <source>The engine at %1 refused the connection: %2</source>
        <translation>The engine at %1 refused the connection: %2</translation>
    </message>
    <message>
        <source>Protocol mismatch: the engine at %1 speaks protocol version %2, this console speaks version %3. Update the console or the engine.</source>
        <translation>Protocol mismatch: the engine at %1 speaks protocol version %2, this console speaks version %3. Update the console or the engine.</translation>
    </message>
    <message>
        <source>Could not log in again after reconnecting: %1</source>
        <translation>Could not log in again after reconnecting: %1</translation>
    </message>
    <message>
        <source>The connection to the engine was lost (%1).</source>
        <translation>The connection to the engine was lost (%1).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Could not connect to %1: %2</translation>
    </message>
    <message>
        <source>the engine closed the connection: %1</source>
        <translation>the engine closed the connection: %1</translation>
    </message>
    <message>
        <source>the engine closed the connection</source>
        <translation>the engine closed the connection</translation>
    </message>
    <message>
        <source>the engine&apos;s TLS certificate is not trusted: %1</source>
        <translation>the engine&apos;s TLS certificate is not trusted: %1</translation>
    </message>
    <message>
        <source>The engine did not answer within %1 seconds.</source>
        <translation>The engine did not answer within %1 seconds.</translation>
    </message>
    <message>
        <source>the engine did not answer within %1 seconds</source>
        <translation>the engine did not answer within %1 seconds</translation>
    </message>
</context>
<context>
    <name>EngineStatusView</name>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <source>&amp;Running only</source>
        <translation>&amp;Running only</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start dialling this campaign</source>
        <translation>Start dialling this campaign</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Dial nothing new; calls in progress finish</source>
        <translation>Dial nothing new; calls in progress finish</translation>
    </message>
    <message>
        <source>&amp;Debug</source>
        <translation>&amp;Debug</translation>
    </message>
    <message>
        <source>Show the pacer&apos;s time between calls (yellow) and its inner figures</source>
        <translation>Show the pacer&apos;s time between calls (yellow) and its inner figures</translation>
    </message>
    <message>
        <source>(choose a campaign)</source>
        <translation>(choose a campaign)</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (running)</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campaign %1</translation>
    </message>
    <message>
        <source>No live figures: %1</source>
        <translation>No live figures: %1</translation>
    </message>
    <message>
        <source>Could not load the recent figures: %1</source>
        <translation>Could not load the recent figures: %1</translation>
    </message>
    <message>
        <source>No figures yet: the campaign has not run on this engine lately.</source>
        <translation>No figures yet: the campaign has not run on this engine lately.</translation>
    </message>
    <message>
        <source>Could not start the campaign: %1</source>
        <translation>Could not start the campaign: %1</translation>
    </message>
    <message>
        <source>Could not stop the campaign: %1</source>
        <translation>Could not stop the campaign: %1</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No error.</source>
        <translation>No error.</translation>
    </message>
    <message>
        <source>The engine could not read a message from this console.</source>
        <translation>The engine could not read a message from this console.</translation>
    </message>
    <message>
        <source>The engine received a malformed request from this console.</source>
        <translation>The engine received a malformed request from this console.</translation>
    </message>
    <message>
        <source>The engine does not support this console&apos;s protocol version.</source>
        <translation>The engine does not support this console&apos;s protocol version.</translation>
    </message>
    <message>
        <source>The engine expected a greeting first; reconnect and try again.</source>
        <translation>The engine expected a greeting first; reconnect and try again.</translation>
    </message>
    <message>
        <source>The engine does not know this request; it may be older than this console.</source>
        <translation>The engine does not know this request; it may be older than this console.</translation>
    </message>
    <message>
        <source>The request is too large for the engine.</source>
        <translation>The request is too large for the engine.</translation>
    </message>
    <message>
        <source>The engine did not expect a file upload here.</source>
        <translation>The engine did not expect a file upload here.</translation>
    </message>
    <message>
        <source>A value is missing, of the wrong kind or out of range.</source>
        <translation>A value is missing, of the wrong kind or out of range.</translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation>You are not logged in.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Too many failed logins. Wait a while and try again.</source>
        <translation>Too many failed logins. Wait a while and try again.</translation>
    </message>
    <message>
        <source>You must change your password before doing anything else.</source>
        <translation>You must change your password before doing anything else.</translation>
    </message>
    <message>
        <source>The new password is too weak: use at least 8 characters, different from the user name and from the old password.</source>
        <translation>The new password is too weak: use at least 8 characters, different from the user name and from the old password.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Your account is not allowed to do this.</translation>
    </message>
    <message>
        <source>It no longer exists; someone may have deleted it.</source>
        <translation>It no longer exists; someone may have deleted it.</translation>
    </message>
    <message>
        <source>This conflicts with existing data: the name is already used, or the object is still in use.</source>
        <translation>This conflicts with existing data: the name is already used, or the object is still in use.</translation>
    </message>
    <message>
        <source>The engine&apos;s database refused the change or cannot be reached.</source>
        <translation>The engine&apos;s database refused the change or cannot be reached.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>The request failed.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the translated error, %2 the engine&apos;s own (English) detail</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <source>The engine&apos;s address, ws://host:port or wss://host:port for TLS</source>
        <translation>The engine&apos;s address, ws://host:port or wss://host:port for TLS</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>Log In</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Enter the engine&apos;s address as ws://host:port, or wss://host:port for an encrypted connection.</source>
        <translation>Enter the engine&apos;s address as ws://host:port, or wss://host:port for an encrypted connection.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>You must choose a new password.</source>
        <translation>You must choose a new password.</translation>
    </message>
    <message>
        <source>You must change your password before you can use the console. Log in again to do it.</source>
        <translation>You must change your password before you can use the console. Log in again to do it.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>accounts manager</source>
        <translation>accounts manager</translation>
    </message>
    <message>
        <source>Torque Console</source>
        <translation>Torque Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>&amp;Log Out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Torque Console</source>
        <translation>&amp;About Torque Console</translation>
    </message>
    <message>
        <source>Trunks</source>
        <translation>Trunks</translation>
    </message>
    <message>
        <source>There is nothing your account (%1) may manage in this console yet.
Screens for your role will appear here as they become available; ask your administrator if you expected to see something.</source>
        <translation>There is nothing your account (%1) may manage in this console yet.
Screens for your role will appear here as they become available; ask your administrator if you expected to see something.</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (%3)</source>
        <translation>Connected to %1 as %2 (%3)</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s…</source>
        <translation>Reconnecting in %1 s…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>About Torque Console</source>
        <translation>About Torque Console</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Torque Console %1&lt;/h3&gt;&lt;p&gt;The desktop console of Torque, an open-source predictive dialer.&lt;/p&gt;&lt;p&gt;Engine version: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Torque Console %1&lt;/h3&gt;&lt;p&gt;The desktop console of Torque, an open-source predictive dialer.&lt;/p&gt;&lt;p&gt;Engine version: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Engine Status</source>
        <translation>Engine Status</translation>
    </message>
</context>
<context>
    <name>PacerCatalog</name>
    <message>
        <source>Torque (predictive)</source>
        <translation>Torque (predictive)</translation>
    </message>
    <message>
        <source>SmoothTorque</source>
        <translation>SmoothTorque</translation>
    </message>
    <message>
        <source>VICIdial adaptive</source>
        <translation>VICIdial adaptive</translation>
    </message>
    <message>
        <source>VICIdial adaptive (ready agents)</source>
        <translation>VICIdial adaptive (ready agents)</translation>
    </message>
    <message>
        <source>Fixed ratio</source>
        <translation>Fixed ratio</translation>
    </message>
    <message>
        <source>Progressive</source>
        <translation>Progressive</translation>
    </message>
    <message>
        <source>Predicts when agents come free and dials as fast as the abandon rule allows.</source>
        <translation>Predicts when agents come free and dials as fast as the abandon rule allows.</translation>
    </message>
    <message>
        <source>The original SmoothTorque algorithm: time between calls, boost and elasticity.</source>
        <translation>The original SmoothTorque algorithm: time between calls, boost and elasticity.</translation>
    </message>
    <message>
        <source>VICIdial&apos;s adaptive dial level, counting every logged-in agent.</source>
        <translation>VICIdial&apos;s adaptive dial level, counting every logged-in agent.</translation>
    </message>
    <message>
        <source>VICIdial&apos;s adaptive dial level, counting only agents waiting for a call.</source>
        <translation>VICIdial&apos;s adaptive dial level, counting only agents waiting for a call.</translation>
    </message>
    <message>
        <source>A fixed number of lines per agent.</source>
        <translation>A fixed number of lines per agent.</translation>
    </message>
    <message>
        <source>One call per free agent: never abandons, slowest.</source>
        <translation>One call per free agent: never abandons, slowest.</translation>
    </message>
    <message>
        <source>How long a person who answered waits for an agent before the call counts as abandoned (s).</source>
        <translation>How long a person who answered waits for an agent before the call counts as abandoned (s).</translation>
    </message>
    <message>
        <source>Ring time before a call counts as not answered (s).</source>
        <translation>Ring time before a call counts as not answered (s).</translation>
    </message>
    <message>
        <source>Only people who press 1 need an agent.</source>
        <translation>Only people who press 1 need an agent.</translation>
    </message>
    <message>
        <source>The trunk&apos;s calls per second, if the pacer should know it (0 = unknown).</source>
        <translation>The trunk&apos;s calls per second, if the pacer should know it (0 = unknown).</translation>
    </message>
    <message>
        <source>The trunk&apos;s channels, if the pacer should know them (0 = unknown).</source>
        <translation>The trunk&apos;s channels, if the pacer should know them (0 = unknown).</translation>
    </message>
    <message>
        <source>End of the calling hours on the pacer&apos;s clock (s, 0 = unknown).</source>
        <translation>End of the calling hours on the pacer&apos;s clock (s, 0 = unknown).</translation>
    </message>
    <message>
        <source>Calls placed for each free agent.</source>
        <translation>Calls placed for each free agent.</translation>
    </message>
    <message>
        <source>The starting dial level (lines per agent).</source>
        <translation>The starting dial level (lines per agent).</translation>
    </message>
    <message>
        <source>The highest dial level the pacer may reach.</source>
        <translation>The highest dial level the pacer may reach.</translation>
    </message>
    <message>
        <source>From -40 (cautious) to 40 (aggressive).</source>
        <translation>From -40 (cautious) to 40 (aggressive).</translation>
    </message>
    <message>
        <source>Waiting agents to aim for (negative: calls waiting).</source>
        <translation>Waiting agents to aim for (negative: calls waiting).</translation>
    </message>
    <message>
        <source>The drop percentage the pacer must stay under.</source>
        <translation>The drop percentage the pacer must stay under.</translation>
    </message>
    <message>
        <source>How the drop limit is applied: hard, tapered or average.</source>
        <translation>How the drop limit is applied: hard, tapered or average.</translation>
    </message>
    <message>
        <source>The lowest target busy percentage.</source>
        <translation>The lowest target busy percentage.</translation>
    </message>
    <message>
        <source>The highest target busy percentage.</source>
        <translation>The highest target busy percentage.</translation>
    </message>
    <message>
        <source>The expected share of dials that reach an agent (0 to 1).</source>
        <translation>The expected share of dials that reach an agent (0 to 1).</translation>
    </message>
    <message>
        <source>Share of the allowed abandons kept in hand (0 to 0.9).</source>
        <translation>Share of the allowed abandons kept in hand (0 to 0.9).</translation>
    </message>
    <message>
        <source>Abandons kept in hand at least.</source>
        <translation>Abandons kept in hand at least.</translation>
    </message>
    <message>
        <source>With fewer agents logged in, dial progressively.</source>
        <translation>With fewer agents logged in, dial progressively.</translation>
    </message>
    <message>
        <source>Answered or failed dials to observe before predicting.</source>
        <translation>Answered or failed dials to observe before predicting.</translation>
    </message>
</context>
<context>
    <name>PacingEditor</name>
    <message>
        <source>30 days (US)</source>
        <translation>30 days (US)</translation>
    </message>
    <message>
        <source>24 hours (UK)</source>
        <translation>24 hours (UK)</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 seconds</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Pacing</translation>
    </message>
    <message>
        <source>&amp;Pacer:</source>
        <translation>&amp;Pacer:</translation>
    </message>
    <message>
        <source>&amp;Abandon cap:</source>
        <translation>&amp;Abandon cap:</translation>
    </message>
    <message>
        <source>The share of answered calls that may find no agent free (3% in the US and the UK).</source>
        <translation>The share of answered calls that may find no agent free (3% in the US and the UK).</translation>
    </message>
    <message>
        <source>Measured o&amp;ver:</source>
        <translation>Measured o&amp;ver:</translation>
    </message>
    <message>
        <source>The rolling period the abandon rate is counted over: 30 days in the US, 24 hours in the UK.</source>
        <translation>The rolling period the abandon rate is counted over: 30 days in the US, 24 hours in the UK.</translation>
    </message>
    <message>
        <source>Other settings of this pacer (double-click a value to change it; changed values are in bold):</source>
        <translation>Other settings of this pacer (double-click a value to change it; changed values are in bold):</translation>
    </message>
</context>
<context>
    <name>PacingSettingsModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Edit Server</source>
        <translation>Edit Server</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Add Server</translation>
    </message>
    <message>
        <source>Server &amp;name:</source>
        <translation>Server &amp;name:</translation>
    </message>
    <message>
        <source>Any name you like, such as &quot;Auckland 1&quot;.</source>
        <translation>Any name you like, such as &quot;Auckland 1&quot;.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>The IP address or host name of the Asterisk server.</source>
        <translation>The IP address or host name of the Asterisk server.</translation>
    </message>
    <message>
        <source>AMI &amp;port:</source>
        <translation>AMI &amp;port:</translation>
    </message>
    <message>
        <source>The port of the Asterisk Manager Interface (5038 unless manager.conf says otherwise).</source>
        <translation>The port of the Asterisk Manager Interface (5038 unless manager.conf says otherwise).</translation>
    </message>
    <message>
        <source>AMI &amp;user:</source>
        <translation>AMI &amp;user:</translation>
    </message>
    <message>
        <source>The name of an Asterisk Manager account (a section of manager.conf).</source>
        <translation>The name of an Asterisk Manager account (a section of manager.conf).</translation>
    </message>
    <message>
        <source>AMI &amp;secret:</source>
        <translation>AMI &amp;secret:</translation>
    </message>
    <message>
        <source>The secret of that Asterisk Manager account.</source>
        <translation>The secret of that Asterisk Manager account.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <extracomment>Placeholder of the empty secret field when editing: leaving it empty keeps the secret</extracomment>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>none stored</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret; type a new one to replace it.</source>
        <translation>Leave empty to keep the stored secret; type a new one to replace it.</translation>
    </message>
    <message>
        <source>&amp;MD5 challenge login</source>
        <translation>&amp;MD5 challenge login</translation>
    </message>
    <message>
        <source>Log in without sending the secret in clear text. Turn off only for a server that does not support it.</source>
        <translation>Log in without sending the secret in clear text. Turn off only for a server that does not support it.</translation>
    </message>
    <message>
        <source>Max. c&amp;hannels:</source>
        <translation>Max. c&amp;hannels:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>How many calls this server may carry at the same time; 0 for no limit of its own.</source>
        <translation>How many calls this server may carry at the same time; 0 for no limit of its own.</translation>
    </message>
    <message>
        <source>A&amp;ctive: start using this server at once</source>
        <translation>A&amp;ctive: start using this server at once</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Save Changes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Enter a server name of 1 to %1 printable characters.</source>
        <translation>Enter a server name of 1 to %1 printable characters.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s IP address or host name, such as 10.0.0.1 or asterisk1.example.com.</source>
        <translation>Enter the server&apos;s IP address or host name, such as 10.0.0.1 or asterisk1.example.com.</translation>
    </message>
    <message>
        <source>The AMI port must be between 1 and 65535.</source>
        <translation>The AMI port must be between 1 and 65535.</translation>
    </message>
    <message>
        <source>Enter the AMI user: 1 to %1 characters, without spaces.</source>
        <translation>Enter the AMI user: 1 to %1 characters, without spaces.</translation>
    </message>
    <message>
        <source>The AMI secret may have at most %1 characters and no line breaks or control characters.</source>
        <translation>The AMI secret may have at most %1 characters and no line breaks or control characters.</translation>
    </message>
    <message>
        <source>Max. channels must be between 0 (no limit) and %1.</source>
        <translation>Max. channels must be between 0 (no limit) and %1.</translation>
    </message>
</context>
<context>
    <name>ServerTableModel</name>
    <message>
        <source>Active</source>
        <extracomment>State of a voice server: logged in and taking calls</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <extracomment>State of a voice server: stopped by an administrator</extracomment>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Connecting</source>
        <extracomment>State of a voice server: first connection attempt under way</extracomment>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Timeout</source>
        <extracomment>State of a voice server: unreachable or not answering, retrying</extracomment>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Login failed</source>
        <extracomment>State of a voice server: the AMI user or secret was refused</extracomment>
        <translation>Login failed</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Logs in with an AMI secret (MD5 challenge).</source>
        <translation>Logs in with an AMI secret (MD5 challenge).</translation>
    </message>
    <message>
        <source>No AMI secret is stored.</source>
        <translation>No AMI secret is stored.</translation>
    </message>
    <message>
        <source>Logs in with an AMI secret (plain text).</source>
        <translation>Logs in with an AMI secret (plain text).</translation>
    </message>
    <message>
        <source>Started: the engine connects to this server and sends calls to it.</source>
        <translation>Started: the engine connects to this server and sends calls to it.</translation>
    </message>
    <message>
        <source>Stopped: the engine sends no calls to this server.</source>
        <translation>Stopped: the engine sends no calls to this server.</translation>
    </message>
    <message>
        <source>No limit of its own: the trunks&apos; limits apply.</source>
        <translation>No limit of its own: the trunks&apos; limits apply.</translation>
    </message>
    <message>
        <source>The server does not answer; the engine keeps retrying.</source>
        <translation>The server does not answer; the engine keeps retrying.</translation>
    </message>
    <message>
        <source>The server refused the AMI user or secret; the engine keeps retrying.</source>
        <translation>The server refused the AMI user or secret; the engine keeps retrying.</translation>
    </message>
    <message>
        <source>Logged in: calls are sent to this server.</source>
        <translation>Logged in: calls are sent to this server.</translation>
    </message>
    <message>
        <source>Connecting and logging in…</source>
        <translation>Connecting and logging in…</translation>
    </message>
    <message>
        <source>Stopped: press Start to use this server.</source>
        <translation>Stopped: press Start to use this server.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>AMI Port</source>
        <translation>AMI Port</translation>
    </message>
    <message>
        <source>AMI User</source>
        <translation>AMI User</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Max Channels</source>
        <translation>Max Channels</translation>
    </message>
    <message>
        <source>Enabled</source>
        <extracomment>Column header: whether the server is switched on (the manual&apos;s Active/Inactive status)</extracomment>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Host name or IP address of the Asterisk server</source>
        <translation>Host name or IP address of the Asterisk server</translation>
    </message>
    <message>
        <source>The Asterisk Manager (AMI) account the engine logs in with</source>
        <translation>The Asterisk Manager (AMI) account the engine logs in with</translation>
    </message>
    <message>
        <source>Calls the engine has on this server now</source>
        <translation>Calls the engine has on this server now</translation>
    </message>
    <message>
        <source>Maximum simultaneous calls on this server</source>
        <translation>Maximum simultaneous calls on this server</translation>
    </message>
    <message>
        <source>Switched on with Start and off with Stop; only servers switched on get calls</source>
        <translation>Switched on with Start and off with Stop; only servers switched on get calls</translation>
    </message>
</context>
<context>
    <name>ServersPage</name>
    <message>
        <source>Could not load the servers: %1</source>
        <translation>Could not load the servers: %1</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Add Server</translation>
    </message>
    <message>
        <source>Tell the engine about an Asterisk server it may send calls to</source>
        <translation>Tell the engine about an Asterisk server it may send calls to</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Connect to the selected server and send calls to it</source>
        <translation>Connect to the selected server and send calls to it</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Send no new calls to the selected server</source>
        <translation>Send no new calls to the selected server</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Delete Server</source>
        <translation>Delete Server</translation>
    </message>
    <message>
        <source>Delete the server &quot;%1&quot;?</source>
        <translation>Delete the server &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>The engine disconnects from it; calls it carries now are reported as failed.</source>
        <translation>The engine disconnects from it; calls it carries now are reported as failed.</translation>
    </message>
    <message>
        <source>Could not delete the server &quot;%1&quot;: %2</source>
        <translation>Could not delete the server &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not start the server &quot;%1&quot;: %2</source>
        <translation>Could not start the server &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not stop the server &quot;%1&quot;: %2</source>
        <translation>Could not stop the server &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Voice Servers</source>
        <extracomment>Part of the Servers tab: the Asterisk voice nodes</extracomment>
        <translation>Voice Servers</translation>
    </message>
    <message>
        <source>Database</source>
        <extracomment>Part of the Servers tab: the engine&apos;s database (the manual&apos;s MySQL Server Status)</extracomment>
        <translation>Database</translation>
    </message>
</context>
<context>
    <name>SlowQueryTableModel</name>
    <message>
        <source>%1 s</source>
        <extracomment>How long a statement has been running, in seconds</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Waiting for a lock (%1)</source>
        <extracomment>A statement waiting for a lock another connection holds; %1 is the server&apos;s own words</extracomment>
        <translation>Waiting for a lock (%1)</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>Column of the slow queries list: how long it has been running</extracomment>
        <translation>Running</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column of the slow queries list: what the database is doing</extracomment>
        <translation>State</translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>Column of the slow queries list: the database account</extracomment>
        <translation>User</translation>
    </message>
    <message>
        <source>Query</source>
        <extracomment>Column of the slow queries list: the SQL text</extracomment>
        <translation>Query</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <source>Busy agents %</source>
        <translation>Busy agents %</translation>
    </message>
    <message>
        <source>Relative speed</source>
        <translation>Relative speed</translation>
    </message>
    <message>
        <source>Time between calls (scaled)</source>
        <translation>Time between calls (scaled)</translation>
    </message>
    <message>
        <source>Seconds ago</source>
        <translation>Seconds ago</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>StatusFigures</name>
    <message>
        <source>Dialed: %1</source>
        <translation>Dialed: %1</translation>
    </message>
    <message>
        <source>Busy Agents: %1/%2</source>
        <translation>Busy Agents: %1/%2</translation>
    </message>
    <message>
        <source>Average: %1%</source>
        <translation>Average: %1%</translation>
    </message>
    <message>
        <source>Time Spent: %1</source>
        <translation>Time Spent: %1</translation>
    </message>
    <message>
        <source>Time between calls: %1 ms (%2 CPS)</source>
        <translation>Time between calls: %1 ms (%2 CPS)</translation>
    </message>
    <message>
        <source>Boost: %1%</source>
        <translation>Boost: %1%</translation>
    </message>
    <message>
        <source>Abandon rate: %1% (cap %2%)</source>
        <extracomment>%1 is the abandon rate over the rolling window (30 days or 24 hours), %2 the cap</extracomment>
        <translation>Abandon rate: %1% (cap %2%)</translation>
    </message>
    <message>
        <source>DB Queue: %1</source>
        <translation>DB Queue: %1</translation>
    </message>
    <message>
        <source>Weight: %1</source>
        <translation>Weight: %1</translation>
    </message>
    <message>
        <source>CAD: %1</source>
        <extracomment>CAD: the cumulative area difference between the actual and the ideal speed</extracomment>
        <translation>CAD: %1</translation>
    </message>
    <message>
        <source>Overs: %1%</source>
        <translation>Overs: %1%</translation>
    </message>
    <message>
        <source>Scale: %1 ms–%2 ms</source>
        <translation>Scale: %1 ms–%2 ms</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>Funnel: %1</translation>
    </message>
    <message>
        <source>Target: %1%</source>
        <translation>Target: %1%</translation>
    </message>
    <message>
        <source>Elasticity: %1%</source>
        <translation>Elasticity: %1%</translation>
    </message>
    <message>
        <source>Live abandon rate: %1% (%2 of %3)</source>
        <extracomment>%1 abandon rate of this run, %2 calls abandoned, %3 humans answered</extracomment>
        <translation>Live abandon rate: %1% (%2 of %3)</translation>
    </message>
    <message>
        <source>Answer rate estimate: %1%</source>
        <extracomment>the pacer&apos;s estimate of the share of dials a human answers</extracomment>
        <translation>Answer rate estimate: %1%</translation>
    </message>
    <message>
        <source>Pacer: %1</source>
        <translation>Pacer: %1</translation>
    </message>
    <message>
        <source>Pacer: %1, now %2</source>
        <extracomment>%1 the pacer, %2 what it is doing now (predictive, warming up...)</extracomment>
        <translation>Pacer: %1, now %2</translation>
    </message>
    <message>
        <source>predictive</source>
        <translation>predictive</translation>
    </message>
    <message>
        <source>progressive</source>
        <translation>progressive</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>warming up</translation>
    </message>
    <message>
        <source>fixed ratio</source>
        <translation>fixed ratio</translation>
    </message>
    <message>
        <source>adaptive</source>
        <translation>adaptive</translation>
    </message>
    <message>
        <source>holding back: too many drops</source>
        <translation>holding back: too many drops</translation>
    </message>
    <message>
        <source>time between calls</source>
        <translation>time between calls</translation>
    </message>
</context>
<context>
    <name>StatusInfoBar</name>
    <message>
        <source>The abandon rate over the rolling window is above the campaign&apos;s cap.</source>
        <translation>The abandon rate over the rolling window is above the campaign&apos;s cap.</translation>
    </message>
</context>
<context>
    <name>TrunkDialog</name>
    <message>
        <source>Edit Trunk</source>
        <translation>Edit Trunk</translation>
    </message>
    <message>
        <source>Add Trunk</source>
        <translation>Add Trunk</translation>
    </message>
    <message>
        <source>Trunk &amp;name:</source>
        <translation>Trunk &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Dial string:</source>
        <translation>&amp;Dial string:</translation>
    </message>
    <message>
        <source>Write ${EXTEN} where the phone number goes. Examples:
SIP/${EXTEN}@myprovider (a SIP provider in sip.conf)
IAX2/myprovider/${EXTEN} (an IAX2 provider in iax.conf)
DAHDI/g1/${EXTEN} (group 1 of the E1/T1 lines)
Local/${EXTEN}@mycontext/n (the context mycontext of the dialplan)</source>
        <translation>Write ${EXTEN} where the phone number goes. Examples:
SIP/${EXTEN}@myprovider (a SIP provider in sip.conf)
IAX2/myprovider/${EXTEN} (an IAX2 provider in iax.conf)
DAHDI/g1/${EXTEN} (group 1 of the E1/T1 lines)
Local/${EXTEN}@mycontext/n (the context mycontext of the dialplan)</translation>
    </message>
    <message>
        <source>Max. calls per second (&amp;CPS):</source>
        <translation>Max. calls per second (&amp;CPS):</translation>
    </message>
    <message>
        <source>Fractions are allowed: 0.1 is one call every 10 seconds.</source>
        <translation>Fractions are allowed: 0.1 is one call every 10 seconds.</translation>
    </message>
    <message>
        <source>Max. c&amp;hannels:</source>
        <translation>Max. c&amp;hannels:</translation>
    </message>
    <message>
        <source>How many calls this trunk can carry at the same time.</source>
        <translation>How many calls this trunk can carry at the same time.</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Save Changes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Enter a trunk name of 1 to %1 printable characters.</source>
        <translation>Enter a trunk name of 1 to %1 printable characters.</translation>
    </message>
    <message>
        <source>The dial string must start with a technology such as SIP/, contain ${EXTEN} where the number goes, and have no spaces, quotes or commas (%1).</source>
        <extracomment>%1 is the precise (English) reason</extracomment>
        <translation>The dial string must start with a technology such as SIP/, contain ${EXTEN} where the number goes, and have no spaces, quotes or commas (%1).</translation>
    </message>
    <message>
        <source>Max. CPS must be above 0 and at most %1; fractions such as 0.1 are allowed.</source>
        <translation>Max. CPS must be above 0 and at most %1; fractions such as 0.1 are allowed.</translation>
    </message>
    <message>
        <source>Max. channels must be between 1 and %1.</source>
        <translation>Max. channels must be between 1 and %1.</translation>
    </message>
</context>
<context>
    <name>TrunkTableModel</name>
    <message>
        <source>This is the default trunk.</source>
        <translation>This is the default trunk.</translation>
    </message>
    <message>
        <source>Tick to make this the default trunk.</source>
        <translation>Tick to make this the default trunk.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dial String</source>
        <translation>Dial String</translation>
    </message>
    <message>
        <source>Max CPS</source>
        <translation>Max CPS</translation>
    </message>
    <message>
        <source>Max Channels</source>
        <translation>Max Channels</translation>
    </message>
    <message>
        <source>Maximum calls per second this trunk accepts</source>
        <translation>Maximum calls per second this trunk accepts</translation>
    </message>
    <message>
        <source>Maximum simultaneous calls on this trunk</source>
        <translation>Maximum simultaneous calls on this trunk</translation>
    </message>
</context>
<context>
    <name>TrunksPage</name>
    <message>
        <source>Add Trunk</source>
        <translation>Add Trunk</translation>
    </message>
    <message>
        <source>Describe a new way of placing calls through the voice nodes</source>
        <translation>Describe a new way of placing calls through the voice nodes</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Make Default</source>
        <translation>Make Default</translation>
    </message>
    <message>
        <source>Calls use the default trunk unless a customer has a trunk of their own</source>
        <translation>Calls use the default trunk unless a customer has a trunk of their own</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Your account may view the trunks but not change them.</source>
        <translation>Your account may view the trunks but not change them.</translation>
    </message>
    <message>
        <source>Could not load the trunks: %1</source>
        <translation>Could not load the trunks: %1</translation>
    </message>
    <message>
        <source>Delete Trunk</source>
        <translation>Delete Trunk</translation>
    </message>
    <message>
        <source>Delete the trunk &quot;%1&quot;?</source>
        <translation>Delete the trunk &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Calls can no longer be placed through it.</source>
        <translation>Calls can no longer be placed through it.</translation>
    </message>
    <message>
        <source>Could not delete the trunk &quot;%1&quot;: %2</source>
        <translation>Could not delete the trunk &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not make &quot;%1&quot; the default trunk: %2</source>
        <translation>Could not make &quot;%1&quot; the default trunk: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console of the Torque predictive dialer.</source>
        <translation>Desktop console of the Torque predictive dialer.</translation>
    </message>
    <message>
        <source>Engine address to prefill, e.g. ws://127.0.0.1:7080.</source>
        <translation>Engine address to prefill, e.g. ws://127.0.0.1:7080.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>User name to prefill.</source>
        <translation>User name to prefill.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
</context>
</TS>
