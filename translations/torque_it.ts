<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Edit Campaign</source>
        <translation>Modifica campagna</translation>
    </message>
    <message>
        <source>Add Campaign</source>
        <translation>Aggiungi campagna</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>&amp;Nome della campagna:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Type of campaign:</source>
        <translation>&amp;Tipo di campagna:</translation>
    </message>
    <message>
        <source>A load simulation tests the system with simulated agents; run it on the load simulation trunk.</source>
        <translation>Una simulazione di carico mette alla prova il sistema con agenti simulati; eseguila sul trunk di simulazione di carico.</translation>
    </message>
    <message>
        <source>&amp;Maximum connected calls (simulated agents):</source>
        <translation>&amp;Massimo di chiamate connesse (agenti simulati):</translation>
    </message>
    <message>
        <source>T&amp;runk:</source>
        <translation>T&amp;runk:</translation>
    </message>
    <message>
        <source>Default trunk</source>
        <translation>Trunk predefinito</translation>
    </message>
    <message>
        <source>Trunk %1</source>
        <translation>Trunk %1</translation>
    </message>
    <message>
        <source>&amp;Wrap-up time:</source>
        <translation>Tempo di &amp;post-chiamata:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long a simulated agent stays busy after each call.</source>
        <translation>Per quanto tempo un agente simulato resta occupato dopo ogni chiamata.</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Salva modifiche</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Enter a campaign name of 1 to %1 printable characters.</source>
        <translation>Inserisci un nome di campagna da 1 a %1 caratteri stampabili.</translation>
    </message>
    <message>
        <source>The description may have at most %1 printable characters.</source>
        <translation>La descrizione può avere al massimo %1 caratteri stampabili.</translation>
    </message>
    <message>
        <source>Maximum connected calls must be between 1 and %1.</source>
        <translation>Il massimo di chiamate connesse deve essere tra 1 e %1.</translation>
    </message>
    <message>
        <source>The wrap-up time must be between 0 and %1 seconds.</source>
        <translation>Il tempo di post-chiamata deve essere tra 0 e %1 secondi.</translation>
    </message>
    <message>
        <source>Choose a pacer.</source>
        <translation>Scegli un pacer.</translation>
    </message>
    <message>
        <source>The pacing setting &quot;%1&quot; needs a number (or yes/no) like its default.</source>
        <extracomment>%1 is the setting&apos;s name as the engine knows it</extracomment>
        <translation>L&apos;impostazione di ritmo &quot;%1&quot; richiede un numero (o sì/no) come il suo valore predefinito.</translation>
    </message>
    <message>
        <source>&amp;Safe-harbour message:</source>
        <translation>&amp;Messaggio safe harbour:</translation>
    </message>
    <message>
        <source>The recording on the voice servers that a person hears when no agent is free within two seconds, e.g. custom/safe-harbour.</source>
        <translation>La registrazione sui server vocali che una persona ascolta quando nessun operatore si libera entro due secondi, ad es. custom/safe-harbour.</translation>
    </message>
    <message>
        <source>Name a recording on the voice servers, such as custom/safe-harbour: letters, digits, _ - . and /.</source>
        <translation>Indicare una registrazione sui server vocali, come custom/safe-harbour: lettere, cifre, _ - . e /.</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Load Simulation</source>
        <translation>Simulazione di carico</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <source>Default trunk</source>
        <translation>Trunk predefinito</translation>
    </message>
    <message>
        <source>Trunk %1</source>
        <translation>Trunk %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Max Connected</source>
        <translation>Max connesse</translation>
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
        <translation>Massimo di chiamate connesse; per una simulazione di carico, gli agenti simulati</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Could not load the campaigns: %1</source>
        <translation>Impossibile caricare le campagne: %1</translation>
    </message>
    <message>
        <source>Add Campaign</source>
        <translation>Aggiungi campagna</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>A running campaign must be stopped before it can be changed</source>
        <translation>Una campagna in esecuzione va fermata prima di poterla modificare</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Start dialling the selected campaign</source>
        <translation>Inizia a chiamare con la campagna selezionata</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Dial nothing new; calls in progress finish</source>
        <translation>Nessuna nuova chiamata; quelle in corso terminano</translation>
    </message>
    <message>
        <source>Engine Status</source>
        <translation>Stato del motore</translation>
    </message>
    <message>
        <source>Show the live graph of the selected campaign</source>
        <translation>Mostra il grafico in tempo reale della campagna selezionata</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Delete Campaign</source>
        <translation>Elimina campagna</translation>
    </message>
    <message>
        <source>Delete the campaign &quot;%1&quot;?</source>
        <translation>Eliminare la campagna &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Its settings are removed; it can no longer be started.</source>
        <translation>Le sue impostazioni vengono rimosse; non potrà più essere avviata.</translation>
    </message>
    <message>
        <source>Could not delete the campaign &quot;%1&quot;: %2</source>
        <translation>Impossibile eliminare la campagna &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not start the campaign &quot;%1&quot;: %2</source>
        <translation>Impossibile avviare la campagna &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not stop the campaign &quot;%1&quot;: %2</source>
        <translation>Impossibile fermare la campagna &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Cambia password</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; must choose a new password before it can be used. Use at least %2 characters, different from the user name and from the old password.</source>
        <translation>L&apos;account &quot;%1&quot; deve scegliere una nuova password prima di poter essere usato. Usa almeno %2 caratteri, diversi dal nome utente e dalla vecchia password.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Password &amp;attuale:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nuova password:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Ripeti la nuova password:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Inserisci la password attuale.</translation>
    </message>
    <message>
        <source>The new password must have at least %1 characters.</source>
        <translation>La nuova password deve avere almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>The two new passwords do not match.</source>
        <translation>Le due nuove password non coincidono.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La nuova password deve essere diversa da quella attuale.</translation>
    </message>
    <message>
        <source>The new password must not be the user name.</source>
        <translation>La nuova password non può essere il nome utente.</translation>
    </message>
</context>
<context>
    <name>DatabaseConversionView</name>
    <message>
        <source>Converting copies the whole table; on a large table it takes a long time.</source>
        <translation>La conversione copia l&apos;intera tabella; su una tabella grande richiede molto tempo.</translation>
    </message>
    <message>
        <source>Converting tables between InnoDB and MyISAM is a MariaDB/MySQL feature: not applicable on %1.</source>
        <translation>La conversione delle tabelle tra InnoDB e MyISAM è una funzione di MariaDB/MySQL: non applicabile su %1.</translation>
    </message>
    <message>
        <source>Convert to %1</source>
        <extracomment>%1 is a storage engine, InnoDB or MyISAM</extracomment>
        <translation>Converti in %1</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Converti</translation>
    </message>
    <message>
        <source>A table is being converted; one conversion at a time.</source>
        <translation>È in corso la conversione di una tabella; una conversione alla volta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes part in foreign keys, which MyISAM does not support, so it stays InnoDB.</source>
        <translation>&quot;%1&quot; fa parte di chiavi esterne, che MyISAM non supporta, quindi resta InnoDB.</translation>
    </message>
    <message>
        <source>Convert the selected table between InnoDB and MyISAM</source>
        <translation>Converti la tabella selezionata tra InnoDB e MyISAM</translation>
    </message>
    <message>
        <source>The database copies the whole table (%1) into the new engine. Writes to it wait until the copy is done, and a large table can take a long time. If another connection is using the table, the engine gives up after a few seconds and nothing changes.</source>
        <translation>Il database copia l&apos;intera tabella (%1) nel nuovo motore di archiviazione. Le scritture sulla tabella attendono la fine della copia, e una tabella grande può richiedere molto tempo. Se un&apos;altra connessione sta usando la tabella, il motore rinuncia dopo pochi secondi e non cambia nulla.</translation>
    </message>
    <message>
        <source>MyISAM has no transactions and locks the whole table for every write; Torque is designed for InnoDB.</source>
        <translation>MyISAM non ha transazioni e blocca l&apos;intera tabella a ogni scrittura; Torque è progettato per InnoDB.</translation>
    </message>
    <message>
        <source>Convert Table</source>
        <translation>Converti tabella</translation>
    </message>
    <message>
        <source>Convert the table &quot;%1&quot; to %2?</source>
        <extracomment>%1 is a table name, %2 a storage engine</extracomment>
        <translation>Convertire la tabella &quot;%1&quot; in %2?</translation>
    </message>
    <message>
        <source>The engine is still converting &quot;%1&quot;; its progress is shown below.</source>
        <translation>Il motore sta ancora convertendo &quot;%1&quot;; l&apos;avanzamento è mostrato qui sotto.</translation>
    </message>
    <message>
        <source>Converting &quot;%1&quot; to %2…</source>
        <extracomment>%1 is a table name, %2 a storage engine</extracomment>
        <translation>Conversione di &quot;%1&quot; in %2…</translation>
    </message>
    <message>
        <source>Stage %1 of %2: %3</source>
        <extracomment>Progress of a conversion: stage %1 of %2, then the database&apos;s own words</extracomment>
        <translation>Fase %1 di %2: %3</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; is now %2.</source>
        <translation>La tabella &quot;%1&quot; ora è %2.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; is busy: another connection is using or has locked it, or another conversion is running, so the engine gave up. Nothing was changed; try again when it is idle. (%2)</source>
        <extracomment>%2 is the engine&apos;s own (English) detail</extracomment>
        <translation>La tabella &quot;%1&quot; è occupata: un&apos;altra connessione la sta usando o l&apos;ha bloccata, oppure è in corso un&apos;altra conversione, quindi il motore ha rinunciato. Non è cambiato nulla; riprova quando è libera. (%2)</translation>
    </message>
    <message>
        <source>Could not convert the table &quot;%1&quot; to %2: %3</source>
        <translation>Impossibile convertire la tabella &quot;%1&quot; in %2: %3</translation>
    </message>
</context>
<context>
    <name>DatabasePanel</name>
    <message>
        <source>Database Statistics</source>
        <translation>Statistiche del database</translation>
    </message>
    <message>
        <source>Database Tables</source>
        <translation>Tabelle del database</translation>
    </message>
    <message>
        <source>Slow or Locking Queries</source>
        <translation>Query lente o bloccanti</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>Aggiornato alle %1</translation>
    </message>
    <message>
        <source>Reading the database status…</source>
        <translation>Lettura dello stato del database…</translation>
    </message>
    <message>
        <source>Could not read the database status: %1</source>
        <translation>Impossibile leggere lo stato del database: %1</translation>
    </message>
    <message>
        <source>SQLite keeps no list of running statements.</source>
        <translation>SQLite non tiene un elenco delle istruzioni in esecuzione.</translation>
    </message>
    <message>
        <source>The database did not let the engine see its running statements.</source>
        <translation>Il database non ha permesso al motore di vedere le istruzioni in esecuzione.</translation>
    </message>
    <message numerus="yes">
        <source>None: no statement has been running for %n second(s) or more, and none is waiting for a lock.</source>
        <translation>
            <numerusform>Nessuna: nessuna istruzione è in esecuzione da %n secondo o più e nessuna attende un blocco.</numerusform>
            <numerusform>Nessuna: nessuna istruzione è in esecuzione da %n secondi o più e nessuna attende un blocco.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Statements running for %n second(s) or more, or waiting for a lock another connection holds.</source>
        <translation>
            <numerusform>Istruzioni in esecuzione da %n secondo o più, o in attesa di un blocco tenuto da un&apos;altra connessione.</numerusform>
            <numerusform>Istruzioni in esecuzione da %n secondi o più, o in attesa di un blocco tenuto da un&apos;altra connessione.</numerusform>
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
            <numerusform>%n giorno, %1</numerusform>
            <numerusform>%n giorni, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted by SQLite</source>
        <translation>non conteggiate da SQLite</translation>
    </message>
    <message>
        <source>%1 (%2/s on average)</source>
        <extracomment>Queries: count (average per second since the server started)</extracomment>
        <translation>%1 (%2/s in media)</translation>
    </message>
    <message>
        <source>%1 (%2/s on average, %3/s now)</source>
        <extracomment>Queries: count (average per second since the server started, and since the last refresh)</extracomment>
        <translation>%1 (%2/s in media, %3/s ora)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versione:</translation>
    </message>
    <message>
        <source>Engine uptime:</source>
        <translation>Tempo di attività del motore:</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation>Tempo di attività:</translation>
    </message>
    <message>
        <source>Transactions:</source>
        <translation>Transazioni:</translation>
    </message>
    <message>
        <source>Queries:</source>
        <translation>Query:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Dimensione:</translation>
    </message>
    <message>
        <source>Journal mode:</source>
        <translation>Modalità del journal:</translation>
    </message>
    <message>
        <source>Numbers without a random order key:</source>
        <translation>Numeri senza chiave di ordine casuale:</translation>
    </message>
    <message>
        <source>SQLite has no server: this is how long the engine has been running.</source>
        <translation>SQLite non ha un server: questo è da quanto tempo è in funzione il motore.</translation>
    </message>
    <message>
        <source>PostgreSQL counts transactions (commits and rollbacks) of this database rather than single statements.</source>
        <translation>PostgreSQL conta le transazioni (commit e rollback) di questo database invece delle singole istruzioni.</translation>
    </message>
    <message>
        <source>Numbers still to dial whose random order key was never set, for example because they were loaded straight into the database. They would be dialled in the order they were loaded instead of at random; import them through Torque instead.</source>
        <translation>Numeri ancora da chiamare la cui chiave di ordine casuale non è mai stata impostata, per esempio perché sono stati caricati direttamente nel database. Verrebbero chiamati nell&apos;ordine di caricamento invece che a caso; importali invece tramite Torque.</translation>
    </message>
</context>
<context>
    <name>DatabaseTableModel</name>
    <message>
        <source>%1 (approx.)</source>
        <extracomment>Row count of a table that the database only estimates (InnoDB, PostgreSQL)</extracomment>
        <translation>%1 (circa)</translation>
    </message>
    <message>
        <source>The database keeps an estimate of this table&apos;s rows; counting them exactly would read the whole table.</source>
        <translation>Il database tiene una stima delle righe di questa tabella; contarle con esattezza richiederebbe di leggere tutta la tabella.</translation>
    </message>
    <message>
        <source>This table takes part in foreign keys, which MyISAM does not support, so it stays InnoDB.</source>
        <translation>Questa tabella fa parte di chiavi esterne, che MyISAM non supporta, quindi resta InnoDB.</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the database tables list</extracomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Rows</source>
        <extracomment>Column of the database tables list: number of rows</extracomment>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Total Size</source>
        <extracomment>Column of the database tables list: data plus indexes</extracomment>
        <translation>Dimensione totale</translation>
    </message>
    <message>
        <source>Engine</source>
        <extracomment>Column of the database tables list: storage engine (InnoDB, MyISAM...)</extracomment>
        <translation>Motore</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>EngineClient</name>
    <message>
        <source>The connection was replaced by a new one.</source>
        <translation>La connessione è stata sostituita da una nuova.</translation>
    </message>
    <message>
        <source>Disconnected from the engine.</source>
        <translation>Disconnesso dal motore.</translation>
    </message>
    <message>
        <source>The engine reported an unknown role &quot;%1&quot;.</source>
        <translation>Il motore ha indicato un ruolo sconosciuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Not connected to the engine.</source>
        <translation>Non connesso al motore.</translation>
    </message>
    <message>
        <source>Protocol mismatch: the engine at %1 does not speak protocol version %2, which this console uses. Update the console or the engine. (%3)</source>
        <translation>Protocollo incompatibile: il motore su %1 non usa la versione %2 del protocollo, quella di questa console. Aggiorna la console o il motore. (%3)</translation>
    </message>
    <message>
        <source>The engine at %1 refused the connection: %2</source>
        <translation>Il motore su %1 ha rifiutato la connessione: %2</translation>
    </message>
    <message>
        <source>Protocol mismatch: the engine at %1 speaks protocol version %2, this console speaks version %3. Update the console or the engine.</source>
        <translation>Protocollo incompatibile: il motore su %1 usa la versione %2 del protocollo, questa console la versione %3. Aggiorna la console o il motore.</translation>
    </message>
    <message>
        <source>Could not log in again after reconnecting: %1</source>
        <translation>Impossibile accedere di nuovo dopo la riconnessione: %1</translation>
    </message>
    <message>
        <source>The connection to the engine was lost (%1).</source>
        <translation>La connessione al motore si è interrotta (%1).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossibile connettersi a %1: %2</translation>
    </message>
    <message>
        <source>the engine closed the connection: %1</source>
        <translation>il motore ha chiuso la connessione: %1</translation>
    </message>
    <message>
        <source>the engine closed the connection</source>
        <translation>il motore ha chiuso la connessione</translation>
    </message>
    <message>
        <source>the engine&apos;s TLS certificate is not trusted: %1</source>
        <translation>il certificato TLS del motore non è attendibile: %1</translation>
    </message>
    <message>
        <source>The engine did not answer within %1 seconds.</source>
        <translation>Il motore non ha risposto entro %1 secondi.</translation>
    </message>
    <message>
        <source>the engine did not answer within %1 seconds</source>
        <translation>il motore non ha risposto entro %1 secondi</translation>
    </message>
</context>
<context>
    <name>EngineStatusView</name>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagna:</translation>
    </message>
    <message>
        <source>&amp;Running only</source>
        <translation>Solo in &amp;esecuzione</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Start dialling this campaign</source>
        <translation>Inizia a chiamare con questa campagna</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Dial nothing new; calls in progress finish</source>
        <translation>Nessuna nuova chiamata; quelle in corso terminano</translation>
    </message>
    <message>
        <source>&amp;Debug</source>
        <translation>&amp;Debug</translation>
    </message>
    <message>
        <source>Show the pacer&apos;s time between calls (yellow) and its inner figures</source>
        <translation>Mostra il tempo tra le chiamate del pacer (giallo) e i suoi valori interni</translation>
    </message>
    <message>
        <source>(choose a campaign)</source>
        <translation>(scegli una campagna)</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (in esecuzione)</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campagna %1</translation>
    </message>
    <message>
        <source>No live figures: %1</source>
        <translation>Nessun dato in tempo reale: %1</translation>
    </message>
    <message>
        <source>Could not load the recent figures: %1</source>
        <translation>Impossibile caricare i dati recenti: %1</translation>
    </message>
    <message>
        <source>No figures yet: the campaign has not run on this engine lately.</source>
        <translation>Ancora nessun dato: la campagna non è stata eseguita di recente su questo motore.</translation>
    </message>
    <message>
        <source>Could not start the campaign: %1</source>
        <translation>Impossibile avviare la campagna: %1</translation>
    </message>
    <message>
        <source>Could not stop the campaign: %1</source>
        <translation>Impossibile fermare la campagna: %1</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No error.</source>
        <translation>Nessun errore.</translation>
    </message>
    <message>
        <source>The engine could not read a message from this console.</source>
        <translation>Il motore non ha potuto leggere un messaggio di questa console.</translation>
    </message>
    <message>
        <source>The engine received a malformed request from this console.</source>
        <translation>Il motore ha ricevuto da questa console una richiesta malformata.</translation>
    </message>
    <message>
        <source>The engine does not support this console&apos;s protocol version.</source>
        <translation>Il motore non supporta la versione del protocollo di questa console.</translation>
    </message>
    <message>
        <source>The engine expected a greeting first; reconnect and try again.</source>
        <translation>Il motore si aspettava prima un saluto; riconnettiti e riprova.</translation>
    </message>
    <message>
        <source>The engine does not know this request; it may be older than this console.</source>
        <translation>Il motore non conosce questa richiesta; potrebbe essere più vecchio di questa console.</translation>
    </message>
    <message>
        <source>The request is too large for the engine.</source>
        <translation>La richiesta è troppo grande per il motore.</translation>
    </message>
    <message>
        <source>The engine did not expect a file upload here.</source>
        <translation>Il motore non si aspettava qui il caricamento di un file.</translation>
    </message>
    <message>
        <source>A value is missing, of the wrong kind or out of range.</source>
        <translation>Un valore manca, è del tipo sbagliato o è fuori intervallo.</translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation>Non hai effettuato l&apos;accesso.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nome utente o password errati.</translation>
    </message>
    <message>
        <source>Too many failed logins. Wait a while and try again.</source>
        <translation>Troppi accessi non riusciti. Attendi qualche istante e riprova.</translation>
    </message>
    <message>
        <source>You must change your password before doing anything else.</source>
        <translation>Devi cambiare la password prima di fare qualsiasi altra cosa.</translation>
    </message>
    <message>
        <source>The new password is too weak: use at least 8 characters, different from the user name and from the old password.</source>
        <translation>La nuova password è troppo debole: usa almeno 8 caratteri, diversi dal nome utente e dalla vecchia password.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Il tuo account non è autorizzato a farlo.</translation>
    </message>
    <message>
        <source>It no longer exists; someone may have deleted it.</source>
        <translation>Non esiste più; forse qualcuno l&apos;ha eliminato.</translation>
    </message>
    <message>
        <source>This conflicts with existing data: the name is already used, or the object is still in use.</source>
        <translation>Questo è in conflitto con i dati esistenti: il nome è già usato, oppure l&apos;oggetto è ancora in uso.</translation>
    </message>
    <message>
        <source>The engine&apos;s database refused the change or cannot be reached.</source>
        <translation>Il database del motore ha rifiutato la modifica o non è raggiungibile.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>La richiesta non è riuscita.</translation>
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
        <translation>&amp;Motore:</translation>
    </message>
    <message>
        <source>The engine&apos;s address, ws://host:port or wss://host:port for TLS</source>
        <translation>L&apos;indirizzo del motore, ws://host:porta oppure wss://host:porta per TLS</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Enter the engine&apos;s address as ws://host:port, or wss://host:port for an encrypted connection.</source>
        <translation>Inserisci l&apos;indirizzo del motore come ws://host:porta, oppure wss://host:porta per una connessione cifrata.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>You must choose a new password.</source>
        <translation>Devi scegliere una nuova password.</translation>
    </message>
    <message>
        <source>You must change your password before you can use the console. Log in again to do it.</source>
        <translation>Devi cambiare la password prima di poter usare la console. Accedi di nuovo per farlo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>administrator</source>
        <translation>amministratore</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>operatore</translation>
    </message>
    <message>
        <source>accounts manager</source>
        <translation>responsabile contabilità</translation>
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
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Torque Console</source>
        <translation>&amp;Informazioni su Torque Console</translation>
    </message>
    <message>
        <source>Trunks</source>
        <translation>Trunk</translation>
    </message>
    <message>
        <source>There is nothing your account (%1) may manage in this console yet.
Screens for your role will appear here as they become available; ask your administrator if you expected to see something.</source>
        <translation>Per ora in questa console non c&apos;è nulla che il tuo account (%1) possa gestire.
Le schermate per il tuo ruolo compariranno qui quando saranno disponibili; chiedi all&apos;amministratore se ti aspettavi di vedere qualcosa.</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Disconnesso</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (%3)</source>
        <translation>Connesso a %1 come %2 (%3)</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connesso a %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s…</source>
        <translation>Riconnessione tra %1 s…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Riconnessione…</translation>
    </message>
    <message>
        <source>About Torque Console</source>
        <translation>Informazioni su Torque Console</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Torque Console %1&lt;/h3&gt;&lt;p&gt;The desktop console of Torque, an open-source predictive dialer.&lt;/p&gt;&lt;p&gt;Engine version: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Torque Console %1&lt;/h3&gt;&lt;p&gt;La console desktop di Torque, un dialer predittivo open source.&lt;/p&gt;&lt;p&gt;Versione del motore: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Engine Status</source>
        <translation>Stato del motore</translation>
    </message>
</context>
<context>
    <name>PacerCatalog</name>
    <message>
        <source>Torque (predictive)</source>
        <translation>Torque (predittivo)</translation>
    </message>
    <message>
        <source>SmoothTorque</source>
        <translation>SmoothTorque</translation>
    </message>
    <message>
        <source>VICIdial adaptive</source>
        <translation>VICIdial adattivo</translation>
    </message>
    <message>
        <source>VICIdial adaptive (ready agents)</source>
        <translation>VICIdial adattivo (agenti pronti)</translation>
    </message>
    <message>
        <source>Fixed ratio</source>
        <translation>Rapporto fisso</translation>
    </message>
    <message>
        <source>Progressive</source>
        <translation>Progressivo</translation>
    </message>
    <message>
        <source>Predicts when agents come free and dials as fast as the abandon rule allows.</source>
        <translation>Prevede quando gli agenti si liberano e chiama alla velocità massima consentita dalla regola di abbandono.</translation>
    </message>
    <message>
        <source>The original SmoothTorque algorithm: time between calls, boost and elasticity.</source>
        <translation>L&apos;algoritmo originale di SmoothTorque: tempo tra le chiamate, boost ed elasticità.</translation>
    </message>
    <message>
        <source>VICIdial&apos;s adaptive dial level, counting every logged-in agent.</source>
        <translation>Il livello di composizione adattivo di VICIdial, contando tutti gli agenti collegati.</translation>
    </message>
    <message>
        <source>VICIdial&apos;s adaptive dial level, counting only agents waiting for a call.</source>
        <translation>Il livello di composizione adattivo di VICIdial, contando solo gli agenti in attesa di una chiamata.</translation>
    </message>
    <message>
        <source>A fixed number of lines per agent.</source>
        <translation>Un numero fisso di linee per agente.</translation>
    </message>
    <message>
        <source>One call per free agent: never abandons, slowest.</source>
        <translation>Una chiamata per agente libero: nessun abbandono, il più lento.</translation>
    </message>
    <message>
        <source>How long a person who answered waits for an agent before the call counts as abandoned (s).</source>
        <translation>Quanto attende un agente chi ha risposto prima che la chiamata conti come abbandonata (s).</translation>
    </message>
    <message>
        <source>Ring time before a call counts as not answered (s).</source>
        <translation>Tempo di squillo prima che una chiamata conti come senza risposta (s).</translation>
    </message>
    <message>
        <source>Only people who press 1 need an agent.</source>
        <translation>Solo chi preme 1 ha bisogno di un agente.</translation>
    </message>
    <message>
        <source>The trunk&apos;s calls per second, if the pacer should know it (0 = unknown).</source>
        <translation>Le chiamate al secondo del trunk, se il pacer deve conoscerle (0 = sconosciute).</translation>
    </message>
    <message>
        <source>The trunk&apos;s channels, if the pacer should know them (0 = unknown).</source>
        <translation>I canali del trunk, se il pacer deve conoscerli (0 = sconosciuti).</translation>
    </message>
    <message>
        <source>End of the calling hours on the pacer&apos;s clock (s, 0 = unknown).</source>
        <translation>Fine dell&apos;orario di chiamata sull&apos;orologio del pacer (s, 0 = sconosciuta).</translation>
    </message>
    <message>
        <source>Calls placed for each free agent.</source>
        <translation>Chiamate effettuate per ogni agente libero.</translation>
    </message>
    <message>
        <source>The starting dial level (lines per agent).</source>
        <translation>Il livello di composizione iniziale (linee per agente).</translation>
    </message>
    <message>
        <source>The highest dial level the pacer may reach.</source>
        <translation>Il livello di composizione più alto che il pacer può raggiungere.</translation>
    </message>
    <message>
        <source>From -40 (cautious) to 40 (aggressive).</source>
        <translation>Da -40 (prudente) a 40 (aggressivo).</translation>
    </message>
    <message>
        <source>Waiting agents to aim for (negative: calls waiting).</source>
        <translation>Agenti in attesa a cui puntare (negativo: chiamate in attesa).</translation>
    </message>
    <message>
        <source>The drop percentage the pacer must stay under.</source>
        <translation>La percentuale di chiamate perse sotto cui il pacer deve restare.</translation>
    </message>
    <message>
        <source>How the drop limit is applied: hard, tapered or average.</source>
        <translation>Come si applica il limite di chiamate perse: hard, tapered o average.</translation>
    </message>
    <message>
        <source>The lowest target busy percentage.</source>
        <translation>La percentuale di occupazione obiettivo più bassa.</translation>
    </message>
    <message>
        <source>The highest target busy percentage.</source>
        <translation>La percentuale di occupazione obiettivo più alta.</translation>
    </message>
    <message>
        <source>The expected share of dials that reach an agent (0 to 1).</source>
        <translation>La quota attesa di chiamate che raggiungono un agente (da 0 a 1).</translation>
    </message>
    <message>
        <source>Share of the allowed abandons kept in hand (0 to 0.9).</source>
        <translation>Quota degli abbandoni consentiti tenuta di riserva (da 0 a 0,9).</translation>
    </message>
    <message>
        <source>Abandons kept in hand at least.</source>
        <translation>Abbandoni tenuti di riserva come minimo.</translation>
    </message>
    <message>
        <source>With fewer agents logged in, dial progressively.</source>
        <translation>Con meno agenti collegati, chiama in modo progressivo.</translation>
    </message>
    <message>
        <source>Answered or failed dials to observe before predicting.</source>
        <translation>Chiamate con risposta o fallite da osservare prima di prevedere.</translation>
    </message>
</context>
<context>
    <name>PacingEditor</name>
    <message>
        <source>30 days (US)</source>
        <translation>30 giorni (USA)</translation>
    </message>
    <message>
        <source>24 hours (UK)</source>
        <translation>24 ore (Regno Unito)</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondi</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Ritmo di chiamata</translation>
    </message>
    <message>
        <source>&amp;Pacer:</source>
        <translation>Pa&amp;cer:</translation>
    </message>
    <message>
        <source>&amp;Abandon cap:</source>
        <translation>&amp;Limite di abbandono:</translation>
    </message>
    <message>
        <source>The share of answered calls that may find no agent free (3% in the US and the UK).</source>
        <translation>La quota di chiamate con risposta che possono non trovare un agente libero (3% negli USA e nel Regno Unito).</translation>
    </message>
    <message>
        <source>Measured o&amp;ver:</source>
        <translation>Misurato s&amp;u:</translation>
    </message>
    <message>
        <source>The rolling period the abandon rate is counted over: 30 days in the US, 24 hours in the UK.</source>
        <translation>Il periodo mobile su cui si calcola il tasso di abbandono: 30 giorni negli USA, 24 ore nel Regno Unito.</translation>
    </message>
    <message>
        <source>Other settings of this pacer (double-click a value to change it; changed values are in bold):</source>
        <translation>Altre impostazioni di questo pacer (fai doppio clic su un valore per cambiarlo; i valori cambiati sono in grassetto):</translation>
    </message>
</context>
<context>
    <name>PacingSettingsModel</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Impostazione</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Edit Server</source>
        <translation>Modifica server</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Aggiungi server</translation>
    </message>
    <message>
        <source>Server &amp;name:</source>
        <translation>&amp;Nome del server:</translation>
    </message>
    <message>
        <source>Any name you like, such as &quot;Auckland 1&quot;.</source>
        <translation>Un nome a piacere, ad esempio &quot;Auckland 1&quot;.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>The IP address or host name of the Asterisk server.</source>
        <translation>L&apos;indirizzo IP o il nome host del server Asterisk.</translation>
    </message>
    <message>
        <source>AMI &amp;port:</source>
        <translation>&amp;Porta AMI:</translation>
    </message>
    <message>
        <source>The port of the Asterisk Manager Interface (5038 unless manager.conf says otherwise).</source>
        <translation>La porta dell&apos;Asterisk Manager Interface (5038, salvo diversa indicazione in manager.conf).</translation>
    </message>
    <message>
        <source>AMI &amp;user:</source>
        <translation>&amp;Utente AMI:</translation>
    </message>
    <message>
        <source>The name of an Asterisk Manager account (a section of manager.conf).</source>
        <translation>Il nome di un account di Asterisk Manager (una sezione di manager.conf).</translation>
    </message>
    <message>
        <source>AMI &amp;secret:</source>
        <translation>Pass&amp;word AMI:</translation>
    </message>
    <message>
        <source>The secret of that Asterisk Manager account.</source>
        <translation>La password (secret) di quell&apos;account di Asterisk Manager.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <extracomment>Placeholder of the empty secret field when editing: leaving it empty keeps the secret</extracomment>
        <translation>invariata</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>nessuna memorizzata</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret; type a new one to replace it.</source>
        <translation>Lascia vuoto per mantenere la password memorizzata; digitane una nuova per sostituirla.</translation>
    </message>
    <message>
        <source>&amp;MD5 challenge login</source>
        <translation>Accesso con challenge &amp;MD5</translation>
    </message>
    <message>
        <source>Log in without sending the secret in clear text. Turn off only for a server that does not support it.</source>
        <translation>Accede senza inviare la password in chiaro. Disattivalo solo per un server che non lo supporta.</translation>
    </message>
    <message>
        <source>Max. c&amp;hannels:</source>
        <translation>Max. c&amp;anali:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Nessun limite</translation>
    </message>
    <message>
        <source>How many calls this server may carry at the same time; 0 for no limit of its own.</source>
        <translation>Quante chiamate questo server può gestire contemporaneamente; 0 per nessun limite proprio.</translation>
    </message>
    <message>
        <source>A&amp;ctive: start using this server at once</source>
        <translation>Atti&amp;vo: inizia subito a usare questo server</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Salva modifiche</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Enter a server name of 1 to %1 printable characters.</source>
        <translation>Inserisci un nome del server da 1 a %1 caratteri stampabili.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s IP address or host name, such as 10.0.0.1 or asterisk1.example.com.</source>
        <translation>Inserisci l&apos;indirizzo IP o il nome host del server, ad esempio 10.0.0.1 o asterisk1.example.com.</translation>
    </message>
    <message>
        <source>The AMI port must be between 1 and 65535.</source>
        <translation>La porta AMI deve essere compresa tra 1 e 65535.</translation>
    </message>
    <message>
        <source>Enter the AMI user: 1 to %1 characters, without spaces.</source>
        <translation>Inserisci l&apos;utente AMI: da 1 a %1 caratteri, senza spazi.</translation>
    </message>
    <message>
        <source>The AMI secret may have at most %1 characters and no line breaks or control characters.</source>
        <translation>La password AMI può avere al massimo %1 caratteri, senza a capo né caratteri di controllo.</translation>
    </message>
    <message>
        <source>Max. channels must be between 0 (no limit) and %1.</source>
        <translation>Il numero massimo di canali deve essere compreso tra 0 (nessun limite) e %1.</translation>
    </message>
</context>
<context>
    <name>ServerTableModel</name>
    <message>
        <source>Active</source>
        <extracomment>State of a voice server: logged in and taking calls</extracomment>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <extracomment>State of a voice server: stopped by an administrator</extracomment>
        <translation>Inattivo</translation>
    </message>
    <message>
        <source>Connecting</source>
        <extracomment>State of a voice server: first connection attempt under way</extracomment>
        <translation>Connessione in corso</translation>
    </message>
    <message>
        <source>Timeout</source>
        <extracomment>State of a voice server: unreachable or not answering, retrying</extracomment>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Login failed</source>
        <extracomment>State of a voice server: the AMI user or secret was refused</extracomment>
        <translation>Accesso non riuscito</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Nessun limite</translation>
    </message>
    <message>
        <source>Logs in with an AMI secret (MD5 challenge).</source>
        <translation>Accede con una password AMI (challenge MD5).</translation>
    </message>
    <message>
        <source>No AMI secret is stored.</source>
        <translation>Nessuna password AMI memorizzata.</translation>
    </message>
    <message>
        <source>Logs in with an AMI secret (plain text).</source>
        <translation>Accede con una password AMI (in chiaro).</translation>
    </message>
    <message>
        <source>Started: the engine connects to this server and sends calls to it.</source>
        <translation>Avviato: il motore si connette a questo server e gli invia chiamate.</translation>
    </message>
    <message>
        <source>Stopped: the engine sends no calls to this server.</source>
        <translation>Fermato: il motore non invia chiamate a questo server.</translation>
    </message>
    <message>
        <source>No limit of its own: the trunks&apos; limits apply.</source>
        <translation>Nessun limite proprio: valgono i limiti dei trunk.</translation>
    </message>
    <message>
        <source>The server does not answer; the engine keeps retrying.</source>
        <translation>Il server non risponde; il motore continua a riprovare.</translation>
    </message>
    <message>
        <source>The server refused the AMI user or secret; the engine keeps retrying.</source>
        <translation>Il server ha rifiutato l&apos;utente o la password AMI; il motore continua a riprovare.</translation>
    </message>
    <message>
        <source>Logged in: calls are sent to this server.</source>
        <translation>Connesso: le chiamate vengono inviate a questo server.</translation>
    </message>
    <message>
        <source>Connecting and logging in…</source>
        <translation>Connessione e accesso in corso…</translation>
    </message>
    <message>
        <source>Stopped: press Start to use this server.</source>
        <translation>Fermato: premi Avvia per usare questo server.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>AMI Port</source>
        <translation>Porta AMI</translation>
    </message>
    <message>
        <source>AMI User</source>
        <translation>Utente AMI</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canali</translation>
    </message>
    <message>
        <source>Max Channels</source>
        <translation>Canali max</translation>
    </message>
    <message>
        <source>Enabled</source>
        <extracomment>Column header: whether the server is switched on (the manual&apos;s Active/Inactive status)</extracomment>
        <translation>Abilitato</translation>
    </message>
    <message>
        <source>Host name or IP address of the Asterisk server</source>
        <translation>Nome host o indirizzo IP del server Asterisk</translation>
    </message>
    <message>
        <source>The Asterisk Manager (AMI) account the engine logs in with</source>
        <translation>L&apos;account di Asterisk Manager (AMI) con cui accede il motore</translation>
    </message>
    <message>
        <source>Calls the engine has on this server now</source>
        <translation>Chiamate che il motore ha ora su questo server</translation>
    </message>
    <message>
        <source>Maximum simultaneous calls on this server</source>
        <translation>Numero massimo di chiamate simultanee su questo server</translation>
    </message>
    <message>
        <source>Switched on with Start and off with Stop; only servers switched on get calls</source>
        <translation>Si accende con Avvia e si spegne con Ferma; ricevono chiamate solo i server accesi</translation>
    </message>
</context>
<context>
    <name>ServersPage</name>
    <message>
        <source>Could not load the servers: %1</source>
        <translation>Impossibile caricare i server: %1</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Aggiungi server</translation>
    </message>
    <message>
        <source>Tell the engine about an Asterisk server it may send calls to</source>
        <translation>Indica al motore un server Asterisk a cui può inviare chiamate</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Connect to the selected server and send calls to it</source>
        <translation>Connettiti al server selezionato e inviagli chiamate</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Send no new calls to the selected server</source>
        <translation>Non inviare nuove chiamate al server selezionato</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Delete Server</source>
        <translation>Elimina server</translation>
    </message>
    <message>
        <source>Delete the server &quot;%1&quot;?</source>
        <translation>Eliminare il server &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>The engine disconnects from it; calls it carries now are reported as failed.</source>
        <translation>Il motore si disconnette da esso; le chiamate che sta gestendo ora vengono segnalate come non riuscite.</translation>
    </message>
    <message>
        <source>Could not delete the server &quot;%1&quot;: %2</source>
        <translation>Impossibile eliminare il server &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not start the server &quot;%1&quot;: %2</source>
        <translation>Impossibile avviare il server &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not stop the server &quot;%1&quot;: %2</source>
        <translation>Impossibile fermare il server &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Voice Servers</source>
        <extracomment>Part of the Servers tab: the Asterisk voice nodes</extracomment>
        <translation>Server vocali</translation>
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
        <translation>In attesa di un blocco (%1)</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>Column of the slow queries list: how long it has been running</extracomment>
        <translation>In esecuzione da</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column of the slow queries list: what the database is doing</extracomment>
        <translation>Stato</translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>Column of the slow queries list: the database account</extracomment>
        <translation>Utente</translation>
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
        <translation>% agenti occupati</translation>
    </message>
    <message>
        <source>Relative speed</source>
        <translation>Velocità relativa</translation>
    </message>
    <message>
        <source>Time between calls (scaled)</source>
        <translation>Tempo tra le chiamate (in scala)</translation>
    </message>
    <message>
        <source>Seconds ago</source>
        <translation>Secondi fa</translation>
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
        <translation>Chiamati: %1</translation>
    </message>
    <message>
        <source>Busy Agents: %1/%2</source>
        <translation>Agenti occupati: %1/%2</translation>
    </message>
    <message>
        <source>Average: %1%</source>
        <translation>Media: %1%</translation>
    </message>
    <message>
        <source>Time Spent: %1</source>
        <translation>Tempo trascorso: %1</translation>
    </message>
    <message>
        <source>Time between calls: %1 ms (%2 CPS)</source>
        <translation>Tempo tra le chiamate: %1 ms (%2 CPS)</translation>
    </message>
    <message>
        <source>Boost: %1%</source>
        <translation>Boost: %1%</translation>
    </message>
    <message>
        <source>Abandon rate: %1% (cap %2%)</source>
        <extracomment>%1 is the abandon rate over the rolling window (30 days or 24 hours), %2 the cap</extracomment>
        <translation>Tasso di abbandono: %1% (limite %2%)</translation>
    </message>
    <message>
        <source>DB Queue: %1</source>
        <translation>Coda DB: %1</translation>
    </message>
    <message>
        <source>Weight: %1</source>
        <translation>Peso: %1</translation>
    </message>
    <message>
        <source>CAD: %1</source>
        <extracomment>CAD: the cumulative area difference between the actual and the ideal speed</extracomment>
        <translation>CAD: %1</translation>
    </message>
    <message>
        <source>Overs: %1%</source>
        <translation>Eccedenze: %1%</translation>
    </message>
    <message>
        <source>Scale: %1 ms–%2 ms</source>
        <translation>Scala: %1 ms–%2 ms</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>Imbuto: %1</translation>
    </message>
    <message>
        <source>Target: %1%</source>
        <translation>Obiettivo: %1%</translation>
    </message>
    <message>
        <source>Elasticity: %1%</source>
        <translation>Elasticità: %1%</translation>
    </message>
    <message>
        <source>Live abandon rate: %1% (%2 of %3)</source>
        <extracomment>%1 abandon rate of this run, %2 calls abandoned, %3 humans answered</extracomment>
        <translation>Tasso di abbandono attuale: %1% (%2 su %3)</translation>
    </message>
    <message>
        <source>Answer rate estimate: %1%</source>
        <extracomment>the pacer&apos;s estimate of the share of dials a human answers</extracomment>
        <translation>Stima del tasso di risposta: %1%</translation>
    </message>
    <message>
        <source>Pacer: %1</source>
        <translation>Pacer: %1</translation>
    </message>
    <message>
        <source>Pacer: %1, now %2</source>
        <extracomment>%1 the pacer, %2 what it is doing now (predictive, warming up...)</extracomment>
        <translation>Pacer: %1, ora %2</translation>
    </message>
    <message>
        <source>predictive</source>
        <translation>predittivo</translation>
    </message>
    <message>
        <source>progressive</source>
        <translation>progressivo</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>in riscaldamento</translation>
    </message>
    <message>
        <source>fixed ratio</source>
        <translation>rapporto fisso</translation>
    </message>
    <message>
        <source>adaptive</source>
        <translation>adattivo</translation>
    </message>
    <message>
        <source>holding back: too many drops</source>
        <translation>in frenata: troppe chiamate perse</translation>
    </message>
    <message>
        <source>time between calls</source>
        <translation>tempo tra le chiamate</translation>
    </message>
</context>
<context>
    <name>StatusInfoBar</name>
    <message>
        <source>The abandon rate over the rolling window is above the campaign&apos;s cap.</source>
        <translation>Il tasso di abbandono nel periodo mobile supera il limite della campagna.</translation>
    </message>
</context>
<context>
    <name>TrunkDialog</name>
    <message>
        <source>Edit Trunk</source>
        <translation>Modifica trunk</translation>
    </message>
    <message>
        <source>Add Trunk</source>
        <translation>Aggiungi trunk</translation>
    </message>
    <message>
        <source>Trunk &amp;name:</source>
        <translation>&amp;Nome del trunk:</translation>
    </message>
    <message>
        <source>&amp;Dial string:</source>
        <translation>Stringa di &amp;composizione:</translation>
    </message>
    <message>
        <source>Write ${EXTEN} where the phone number goes. Examples:
SIP/${EXTEN}@myprovider (a SIP provider in sip.conf)
IAX2/myprovider/${EXTEN} (an IAX2 provider in iax.conf)
DAHDI/g1/${EXTEN} (group 1 of the E1/T1 lines)
Local/${EXTEN}@mycontext/n (the context mycontext of the dialplan)</source>
        <translation>Scrivi ${EXTEN} dove va il numero di telefono. Esempi:
SIP/${EXTEN}@myprovider (un provider SIP in sip.conf)
IAX2/myprovider/${EXTEN} (un provider IAX2 in iax.conf)
DAHDI/g1/${EXTEN} (gruppo 1 delle linee E1/T1)
Local/${EXTEN}@mycontext/n (il contesto mycontext del dialplan)</translation>
    </message>
    <message>
        <source>Max. calls per second (&amp;CPS):</source>
        <translation>Max. chiamate al secondo (&amp;CPS):</translation>
    </message>
    <message>
        <source>Fractions are allowed: 0.1 is one call every 10 seconds.</source>
        <translation>Sono ammesse le frazioni: 0.1 è una chiamata ogni 10 secondi.</translation>
    </message>
    <message>
        <source>Max. c&amp;hannels:</source>
        <translation>Max. c&amp;anali:</translation>
    </message>
    <message>
        <source>How many calls this trunk can carry at the same time.</source>
        <translation>Quante chiamate questo trunk può gestire contemporaneamente.</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Salva modifiche</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Enter a trunk name of 1 to %1 printable characters.</source>
        <translation>Inserisci un nome del trunk da 1 a %1 caratteri stampabili.</translation>
    </message>
    <message>
        <source>The dial string must start with a technology such as SIP/, contain ${EXTEN} where the number goes, and have no spaces, quotes or commas (%1).</source>
        <extracomment>%1 is the precise (English) reason</extracomment>
        <translation>La stringa di composizione deve iniziare con una tecnologia come SIP/, contenere ${EXTEN} dove va il numero e non avere spazi, virgolette o virgole (%1).</translation>
    </message>
    <message>
        <source>Max. CPS must be above 0 and at most %1; fractions such as 0.1 are allowed.</source>
        <translation>Le CPS massime devono essere maggiori di 0 e al massimo %1; sono ammesse frazioni come 0.1.</translation>
    </message>
    <message>
        <source>Max. channels must be between 1 and %1.</source>
        <translation>I canali massimi devono essere tra 1 e %1.</translation>
    </message>
</context>
<context>
    <name>TrunkTableModel</name>
    <message>
        <source>This is the default trunk.</source>
        <translation>Questo è il trunk predefinito.</translation>
    </message>
    <message>
        <source>Tick to make this the default trunk.</source>
        <translation>Spunta per renderlo il trunk predefinito.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Dial String</source>
        <translation>Stringa di composizione</translation>
    </message>
    <message>
        <source>Max CPS</source>
        <translation>CPS max</translation>
    </message>
    <message>
        <source>Max Channels</source>
        <translation>Canali max</translation>
    </message>
    <message>
        <source>Maximum calls per second this trunk accepts</source>
        <translation>Numero massimo di chiamate al secondo che questo trunk accetta</translation>
    </message>
    <message>
        <source>Maximum simultaneous calls on this trunk</source>
        <translation>Numero massimo di chiamate simultanee su questo trunk</translation>
    </message>
</context>
<context>
    <name>TrunksPage</name>
    <message>
        <source>Add Trunk</source>
        <translation>Aggiungi trunk</translation>
    </message>
    <message>
        <source>Describe a new way of placing calls through the voice nodes</source>
        <translation>Descrivi un nuovo modo di effettuare chiamate attraverso i nodi voce</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Make Default</source>
        <translation>Rendi predefinito</translation>
    </message>
    <message>
        <source>Calls use the default trunk unless a customer has a trunk of their own</source>
        <translation>Le chiamate usano il trunk predefinito, salvo che il cliente abbia un proprio trunk</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Your account may view the trunks but not change them.</source>
        <translation>Il tuo account può vedere i trunk ma non modificarli.</translation>
    </message>
    <message>
        <source>Could not load the trunks: %1</source>
        <translation>Impossibile caricare i trunk: %1</translation>
    </message>
    <message>
        <source>Delete Trunk</source>
        <translation>Elimina trunk</translation>
    </message>
    <message>
        <source>Delete the trunk &quot;%1&quot;?</source>
        <translation>Eliminare il trunk &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Calls can no longer be placed through it.</source>
        <translation>Non sarà più possibile effettuare chiamate attraverso di esso.</translation>
    </message>
    <message>
        <source>Could not delete the trunk &quot;%1&quot;: %2</source>
        <translation>Impossibile eliminare il trunk &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not make &quot;%1&quot; the default trunk: %2</source>
        <translation>Impossibile rendere &quot;%1&quot; il trunk predefinito: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console of the Torque predictive dialer.</source>
        <translation>Console desktop del dialer predittivo Torque.</translation>
    </message>
    <message>
        <source>Engine address to prefill, e.g. ws://127.0.0.1:7080.</source>
        <translation>Indirizzo del motore da precompilare, ad es. ws://127.0.0.1:7080.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>User name to prefill.</source>
        <translation>Nome utente da precompilare.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
</context>
</TS>
