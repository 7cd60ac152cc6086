<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
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
        <source>Cancel</source>
        <translation>Annulla</translation>
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
