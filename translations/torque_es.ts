<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Edit Campaign</source>
        <translation>Editar campaña</translation>
    </message>
    <message>
        <source>Add Campaign</source>
        <translation>Añadir campaña</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>&amp;Nombre de la campaña:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Type of campaign:</source>
        <translation>&amp;Tipo de campaña:</translation>
    </message>
    <message>
        <source>A load simulation tests the system with simulated agents; run it on the load simulation trunk.</source>
        <translation>Una simulación de carga prueba el sistema con agentes simulados; ejecútela en la troncal de simulación de carga.</translation>
    </message>
    <message>
        <source>&amp;Maximum connected calls (simulated agents):</source>
        <translation>&amp;Máximo de llamadas conectadas (agentes simulados):</translation>
    </message>
    <message>
        <source>T&amp;runk:</source>
        <translation>T&amp;roncal:</translation>
    </message>
    <message>
        <source>Default trunk</source>
        <translation>Troncal predeterminada</translation>
    </message>
    <message>
        <source>Trunk %1</source>
        <translation>Troncal %1</translation>
    </message>
    <message>
        <source>&amp;Wrap-up time:</source>
        <translation>Tiempo &amp;post-llamada:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long a simulated agent stays busy after each call.</source>
        <translation>Cuánto tiempo permanece ocupado un agente simulado después de cada llamada.</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Enter a campaign name of 1 to %1 printable characters.</source>
        <translation>Introduzca un nombre de campaña de 1 a %1 caracteres imprimibles.</translation>
    </message>
    <message>
        <source>The description may have at most %1 printable characters.</source>
        <translation>La descripción puede tener como máximo %1 caracteres imprimibles.</translation>
    </message>
    <message>
        <source>Maximum connected calls must be between 1 and %1.</source>
        <translation>El máximo de llamadas conectadas debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>The wrap-up time must be between 0 and %1 seconds.</source>
        <translation>El tiempo post-llamada debe estar entre 0 y %1 segundos.</translation>
    </message>
    <message>
        <source>Choose a pacer.</source>
        <translation>Elija un ritmo de marcación.</translation>
    </message>
    <message>
        <source>The pacing setting &quot;%1&quot; needs a number (or yes/no) like its default.</source>
        <extracomment>%1 is the setting&apos;s name as the engine knows it</extracomment>
        <translation>El ajuste de ritmo &quot;%1&quot; necesita un número (o sí/no) como su valor predeterminado.</translation>
    </message>
    <message>
        <source>&amp;Safe-harbour message:</source>
        <translation>&amp;Mensaje de puerto seguro:</translation>
    </message>
    <message>
        <source>The recording on the voice servers that a person hears when no agent is free within two seconds, e.g. custom/safe-harbour.</source>
        <translation>La grabación de los servidores de voz que oye una persona cuando ningún agente queda libre en dos segundos, p. ej. custom/safe-harbour.</translation>
    </message>
    <message>
        <source>Name a recording on the voice servers, such as custom/safe-harbour: letters, digits, _ - . and /.</source>
        <translation>Indique una grabación de los servidores de voz, como custom/safe-harbour: letras, dígitos, _ - . y /.</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Load Simulation</source>
        <translation>Simulación de carga</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Default trunk</source>
        <translation>Troncal predeterminada</translation>
    </message>
    <message>
        <source>Trunk %1</source>
        <translation>Troncal %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Max Connected</source>
        <translation>Máx. conectadas</translation>
    </message>
    <message>
        <source>Pacer</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Trunk</source>
        <translation>Troncal</translation>
    </message>
    <message>
        <source>Maximum connected calls; for a load simulation, the simulated agents</source>
        <translation>Máximo de llamadas conectadas; en una simulación de carga, los agentes simulados</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Could not load the campaigns: %1</source>
        <translation>No se pudieron cargar las campañas: %1</translation>
    </message>
    <message>
        <source>Add Campaign</source>
        <translation>Añadir campaña</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>A running campaign must be stopped before it can be changed</source>
        <translation>Una campaña en ejecución debe detenerse antes de poder cambiarla</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start dialling the selected campaign</source>
        <translation>Empezar a marcar la campaña seleccionada</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Dial nothing new; calls in progress finish</source>
        <translation>No marcar nada nuevo; las llamadas en curso terminan</translation>
    </message>
    <message>
        <source>Engine Status</source>
        <translation>Estado del motor</translation>
    </message>
    <message>
        <source>Show the live graph of the selected campaign</source>
        <translation>Mostrar el gráfico en tiempo real de la campaña seleccionada</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Delete Campaign</source>
        <translation>Eliminar campaña</translation>
    </message>
    <message>
        <source>Delete the campaign &quot;%1&quot;?</source>
        <translation>¿Eliminar la campaña &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Its settings are removed; it can no longer be started.</source>
        <translation>Se eliminan sus ajustes; ya no podrá iniciarse.</translation>
    </message>
    <message>
        <source>Could not delete the campaign &quot;%1&quot;: %2</source>
        <translation>No se pudo eliminar la campaña &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not start the campaign &quot;%1&quot;: %2</source>
        <translation>No se pudo iniciar la campaña &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not stop the campaign &quot;%1&quot;: %2</source>
        <translation>No se pudo detener la campaña &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; must choose a new password before it can be used. Use at least %2 characters, different from the user name and from the old password.</source>
        <translation>La cuenta &quot;%1&quot; debe elegir una contraseña nueva antes de poder usarse. Use al menos %2 caracteres, distinta del nombre de usuario y de la contraseña anterior.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repita la nueva contraseña:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Escriba su contraseña actual.</translation>
    </message>
    <message>
        <source>The new password must have at least %1 characters.</source>
        <translation>La nueva contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two new passwords do not match.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La nueva contraseña debe ser distinta de la actual.</translation>
    </message>
    <message>
        <source>The new password must not be the user name.</source>
        <translation>La nueva contraseña no puede ser el nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>DatabaseConversionView</name>
    <message>
        <source>Converting copies the whole table; on a large table it takes a long time.</source>
        <translation>La conversión copia la tabla entera; en una tabla grande tarda mucho.</translation>
    </message>
    <message>
        <source>Converting tables between InnoDB and MyISAM is a MariaDB/MySQL feature: not applicable on %1.</source>
        <translation>Convertir tablas entre InnoDB y MyISAM es una función de MariaDB/MySQL: no aplicable en %1.</translation>
    </message>
    <message>
        <source>Convert to %1</source>
        <extracomment>%1 is a storage engine, InnoDB or MyISAM</extracomment>
        <translation>Convertir a %1</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Convertir</translation>
    </message>
    <message>
        <source>A table is being converted; one conversion at a time.</source>
        <translation>Se está convirtiendo una tabla; una conversión cada vez.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes part in foreign keys, which MyISAM does not support, so it stays InnoDB.</source>
        <translation>&quot;%1&quot; forma parte de claves foráneas, que MyISAM no admite, así que sigue siendo InnoDB.</translation>
    </message>
    <message>
        <source>Convert the selected table between InnoDB and MyISAM</source>
        <translation>Convertir la tabla seleccionada entre InnoDB y MyISAM</translation>
    </message>
    <message>
        <source>The database copies the whole table (%1) into the new engine. Writes to it wait until the copy is done, and a large table can take a long time. If another connection is using the table, the engine gives up after a few seconds and nothing changes.</source>
        <translation>La base de datos copia la tabla entera (%1) al nuevo motor de almacenamiento. Las escrituras en ella esperan hasta que termine la copia, y una tabla grande puede tardar mucho. Si otra conexión está usando la tabla, el motor desiste a los pocos segundos y no cambia nada.</translation>
    </message>
    <message>
        <source>MyISAM has no transactions and locks the whole table for every write; Torque is designed for InnoDB.</source>
        <translation>MyISAM no tiene transacciones y bloquea la tabla entera en cada escritura; Torque está diseñado para InnoDB.</translation>
    </message>
    <message>
        <source>Convert Table</source>
        <translation>Convertir tabla</translation>
    </message>
    <message>
        <source>Convert the table &quot;%1&quot; to %2?</source>
        <extracomment>%1 is a table name, %2 a storage engine</extracomment>
        <translation>¿Convertir la tabla &quot;%1&quot; a %2?</translation>
    </message>
    <message>
        <source>The engine is still converting &quot;%1&quot;; its progress is shown below.</source>
        <translation>El motor todavía está convirtiendo &quot;%1&quot;; el progreso se muestra abajo.</translation>
    </message>
    <message>
        <source>Converting &quot;%1&quot; to %2…</source>
        <extracomment>%1 is a table name, %2 a storage engine</extracomment>
        <translation>Convirtiendo &quot;%1&quot; a %2…</translation>
    </message>
    <message>
        <source>Stage %1 of %2: %3</source>
        <extracomment>Progress of a conversion: stage %1 of %2, then the database&apos;s own words</extracomment>
        <translation>Fase %1 de %2: %3</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; is now %2.</source>
        <translation>La tabla &quot;%1&quot; ahora es %2.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; is busy: another connection is using or has locked it, or another conversion is running, so the engine gave up. Nothing was changed; try again when it is idle. (%2)</source>
        <extracomment>%2 is the engine&apos;s own (English) detail</extracomment>
        <translation>La tabla &quot;%1&quot; está ocupada: otra conexión la está usando o la ha bloqueado, o hay otra conversión en curso, así que el motor desistió. No se cambió nada; inténtelo de nuevo cuando esté libre. (%2)</translation>
    </message>
    <message>
        <source>Could not convert the table &quot;%1&quot; to %2: %3</source>
        <translation>No se pudo convertir la tabla &quot;%1&quot; a %2: %3</translation>
    </message>
</context>
<context>
    <name>DatabasePanel</name>
    <message>
        <source>Database Statistics</source>
        <translation>Estadísticas de la base de datos</translation>
    </message>
    <message>
        <source>Database Tables</source>
        <translation>Tablas de la base de datos</translation>
    </message>
    <message>
        <source>Slow or Locking Queries</source>
        <translation>Consultas lentas o que bloquean</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <source>Reading the database status…</source>
        <translation>Leyendo el estado de la base de datos…</translation>
    </message>
    <message>
        <source>Could not read the database status: %1</source>
        <translation>No se pudo leer el estado de la base de datos: %1</translation>
    </message>
    <message>
        <source>SQLite keeps no list of running statements.</source>
        <translation>SQLite no mantiene una lista de las sentencias en ejecución.</translation>
    </message>
    <message>
        <source>The database did not let the engine see its running statements.</source>
        <translation>La base de datos no permitió al motor ver sus sentencias en ejecución.</translation>
    </message>
    <message numerus="yes">
        <source>None: no statement has been running for %n second(s) or more, and none is waiting for a lock.</source>
        <translation>
            <numerusform>Ninguna: ninguna sentencia lleva %n segundo o más en ejecución y ninguna espera un bloqueo.</numerusform>
            <numerusform>Ninguna: ninguna sentencia lleva %n segundos o más en ejecución y ninguna espera un bloqueo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Statements running for %n second(s) or more, or waiting for a lock another connection holds.</source>
        <translation>
            <numerusform>Sentencias que llevan %n segundo o más en ejecución, o que esperan un bloqueo que tiene otra conexión.</numerusform>
            <numerusform>Sentencias que llevan %n segundos o más en ejecución, o que esperan un bloqueo que tiene otra conexión.</numerusform>
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
            <numerusform>%n día, %1</numerusform>
            <numerusform>%n días, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted by SQLite</source>
        <translation>SQLite no las cuenta</translation>
    </message>
    <message>
        <source>%1 (%2/s on average)</source>
        <extracomment>Queries: count (average per second since the server started)</extracomment>
        <translation>%1 (%2/s de media)</translation>
    </message>
    <message>
        <source>%1 (%2/s on average, %3/s now)</source>
        <extracomment>Queries: count (average per second since the server started, and since the last refresh)</extracomment>
        <translation>%1 (%2/s de media, %3/s ahora)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Engine uptime:</source>
        <translation>Tiempo de actividad del motor:</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation>Tiempo de actividad:</translation>
    </message>
    <message>
        <source>Transactions:</source>
        <translation>Transacciones:</translation>
    </message>
    <message>
        <source>Queries:</source>
        <translation>Consultas:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Journal mode:</source>
        <translation>Modo de journal:</translation>
    </message>
    <message>
        <source>Numbers without a random order key:</source>
        <translation>Números sin clave de orden aleatorio:</translation>
    </message>
    <message>
        <source>SQLite has no server: this is how long the engine has been running.</source>
        <translation>SQLite no tiene servidor: esto es cuánto tiempo lleva funcionando el motor.</translation>
    </message>
    <message>
        <source>PostgreSQL counts transactions (commits and rollbacks) of this database rather than single statements.</source>
        <translation>PostgreSQL cuenta las transacciones (confirmaciones y reversiones) de esta base de datos en lugar de sentencias sueltas.</translation>
    </message>
    <message>
        <source>Numbers still to dial whose random order key was never set, for example because they were loaded straight into the database. They would be dialled in the order they were loaded instead of at random; import them through Torque instead.</source>
        <translation>Números aún por marcar cuya clave de orden aleatorio nunca se estableció, por ejemplo porque se cargaron directamente en la base de datos. Se marcarían en el orden en que se cargaron en lugar de al azar; impórtelos a través de Torque.</translation>
    </message>
</context>
<context>
    <name>DatabaseTableModel</name>
    <message>
        <source>%1 (approx.)</source>
        <extracomment>Row count of a table that the database only estimates (InnoDB, PostgreSQL)</extracomment>
        <translation>%1 (aprox.)</translation>
    </message>
    <message>
        <source>The database keeps an estimate of this table&apos;s rows; counting them exactly would read the whole table.</source>
        <translation>La base de datos mantiene una estimación de las filas de esta tabla; contarlas con exactitud obligaría a leer la tabla entera.</translation>
    </message>
    <message>
        <source>This table takes part in foreign keys, which MyISAM does not support, so it stays InnoDB.</source>
        <translation>Esta tabla forma parte de claves foráneas, que MyISAM no admite, así que sigue siendo InnoDB.</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the database tables list</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Rows</source>
        <extracomment>Column of the database tables list: number of rows</extracomment>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Total Size</source>
        <extracomment>Column of the database tables list: data plus indexes</extracomment>
        <translation>Tamaño total</translation>
    </message>
    <message>
        <source>Engine</source>
        <extracomment>Column of the database tables list: storage engine (InnoDB, MyISAM...)</extracomment>
        <translation>Motor</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>EngineClient</name>
    <message>
        <source>The connection was replaced by a new one.</source>
        <translation>La conexión ha sido sustituida por una nueva.</translation>
    </message>
    <message>
        <source>Disconnected from the engine.</source>
        <translation>Desconectado del motor.</translation>
    </message>
    <message>
        <source>The engine reported an unknown role &quot;%1&quot;.</source>
        <translation>El motor ha indicado un rol desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Not connected to the engine.</source>
        <translation>No hay conexión con el motor.</translation>
    </message>
    <message>
        <source>Protocol mismatch: the engine at %1 does not speak protocol version %2, which this console uses. Update the console or the engine. (%3)</source>
        <translation>Protocolo incompatible: el motor en %1 no usa la versión %2 del protocolo, la de esta consola. Actualice la consola o el motor. (%3)</translation>
    </message>
    <message>
        <source>The engine at %1 refused the connection: %2</source>
        <translation>El motor en %1 ha rechazado la conexión: %2</translation>
    </message>
    <message>
        <source>Protocol mismatch: the engine at %1 speaks protocol version %2, this console speaks version %3. Update the console or the engine.</source>
        <translation>Protocolo incompatible: el motor en %1 usa la versión %2 del protocolo y esta consola la versión %3. Actualice la consola o el motor.</translation>
    </message>
    <message>
        <source>Could not log in again after reconnecting: %1</source>
        <translation>No se pudo volver a iniciar sesión tras reconectar: %1</translation>
    </message>
    <message>
        <source>The connection to the engine was lost (%1).</source>
        <translation>Se ha perdido la conexión con el motor (%1).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <source>the engine closed the connection: %1</source>
        <translation>el motor cerró la conexión: %1</translation>
    </message>
    <message>
        <source>the engine closed the connection</source>
        <translation>el motor cerró la conexión</translation>
    </message>
    <message>
        <source>the engine&apos;s TLS certificate is not trusted: %1</source>
        <translation>el certificado TLS del motor no es de confianza: %1</translation>
    </message>
    <message>
        <source>The engine did not answer within %1 seconds.</source>
        <translation>El motor no respondió en %1 segundos.</translation>
    </message>
    <message>
        <source>the engine did not answer within %1 seconds</source>
        <translation>el motor no respondió en %1 segundos</translation>
    </message>
</context>
<context>
    <name>EngineStatusView</name>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaña:</translation>
    </message>
    <message>
        <source>&amp;Running only</source>
        <translation>Solo en &amp;ejecución</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start dialling this campaign</source>
        <translation>Empezar a marcar esta campaña</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Dial nothing new; calls in progress finish</source>
        <translation>No marcar nada nuevo; las llamadas en curso terminan</translation>
    </message>
    <message>
        <source>&amp;Debug</source>
        <translation>&amp;Depuración</translation>
    </message>
    <message>
        <source>Show the pacer&apos;s time between calls (yellow) and its inner figures</source>
        <translation>Mostrar el tiempo entre llamadas del algoritmo (amarillo) y sus valores internos</translation>
    </message>
    <message>
        <source>(choose a campaign)</source>
        <translation>(elija una campaña)</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (en ejecución)</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campaña %1</translation>
    </message>
    <message>
        <source>No live figures: %1</source>
        <translation>Sin datos en tiempo real: %1</translation>
    </message>
    <message>
        <source>Could not load the recent figures: %1</source>
        <translation>No se pudieron cargar los datos recientes: %1</translation>
    </message>
    <message>
        <source>No figures yet: the campaign has not run on this engine lately.</source>
        <translation>Aún no hay datos: la campaña no se ha ejecutado recientemente en este motor.</translation>
    </message>
    <message>
        <source>Could not start the campaign: %1</source>
        <translation>No se pudo iniciar la campaña: %1</translation>
    </message>
    <message>
        <source>Could not stop the campaign: %1</source>
        <translation>No se pudo detener la campaña: %1</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No error.</source>
        <translation>Sin errores.</translation>
    </message>
    <message>
        <source>The engine could not read a message from this console.</source>
        <translation>El motor no pudo leer un mensaje de esta consola.</translation>
    </message>
    <message>
        <source>The engine received a malformed request from this console.</source>
        <translation>El motor recibió de esta consola una solicitud mal formada.</translation>
    </message>
    <message>
        <source>The engine does not support this console&apos;s protocol version.</source>
        <translation>El motor no admite la versión del protocolo de esta consola.</translation>
    </message>
    <message>
        <source>The engine expected a greeting first; reconnect and try again.</source>
        <translation>El motor esperaba primero un saludo; vuelva a conectar e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The engine does not know this request; it may be older than this console.</source>
        <translation>El motor no conoce esta solicitud; puede que sea más antiguo que esta consola.</translation>
    </message>
    <message>
        <source>The request is too large for the engine.</source>
        <translation>La solicitud es demasiado grande para el motor.</translation>
    </message>
    <message>
        <source>The engine did not expect a file upload here.</source>
        <translation>El motor no esperaba aquí la subida de un archivo.</translation>
    </message>
    <message>
        <source>A value is missing, of the wrong kind or out of range.</source>
        <translation>Falta un valor, es de un tipo incorrecto o está fuera de rango.</translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Too many failed logins. Wait a while and try again.</source>
        <translation>Demasiados inicios de sesión fallidos. Espere un poco e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>You must change your password before doing anything else.</source>
        <translation>Debe cambiar su contraseña antes de hacer cualquier otra cosa.</translation>
    </message>
    <message>
        <source>The new password is too weak: use at least 8 characters, different from the user name and from the old password.</source>
        <translation>La nueva contraseña es demasiado débil: use al menos 8 caracteres, distinta del nombre de usuario y de la contraseña anterior.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Su cuenta no tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>It no longer exists; someone may have deleted it.</source>
        <translation>Ya no existe; puede que alguien lo haya eliminado.</translation>
    </message>
    <message>
        <source>This conflicts with existing data: the name is already used, or the object is still in use.</source>
        <translation>Esto entra en conflicto con los datos existentes: el nombre ya está en uso, o el objeto todavía se utiliza.</translation>
    </message>
    <message>
        <source>The engine&apos;s database refused the change or cannot be reached.</source>
        <translation>La base de datos del motor rechazó el cambio o no está accesible.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>La solicitud ha fallado.</translation>
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
        <translation>&amp;Motor:</translation>
    </message>
    <message>
        <source>The engine&apos;s address, ws://host:port or wss://host:port for TLS</source>
        <translation>La dirección del motor, ws://host:puerto o wss://host:puerto para TLS</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Enter the engine&apos;s address as ws://host:port, or wss://host:port for an encrypted connection.</source>
        <translation>Escriba la dirección del motor como ws://host:puerto, o wss://host:puerto para una conexión cifrada.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>You must choose a new password.</source>
        <translation>Debe elegir una contraseña nueva.</translation>
    </message>
    <message>
        <source>You must change your password before you can use the console. Log in again to do it.</source>
        <translation>Debe cambiar su contraseña antes de poder usar la consola. Inicie sesión de nuevo para hacerlo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>accounts manager</source>
        <translation>responsable de cuentas</translation>
    </message>
    <message>
        <source>Torque Console</source>
        <translation>Torque Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Torque Console</source>
        <translation>&amp;Acerca de Torque Console</translation>
    </message>
    <message>
        <source>Trunks</source>
        <translation>Troncales</translation>
    </message>
    <message>
        <source>There is nothing your account (%1) may manage in this console yet.
Screens for your role will appear here as they become available; ask your administrator if you expected to see something.</source>
        <translation>Por ahora no hay nada que su cuenta (%1) pueda gestionar en esta consola.
Las pantallas para su rol aparecerán aquí cuando estén disponibles; consulte a su administrador si esperaba ver algo.</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (%3)</source>
        <translation>Conectado a %1 como %2 (%3)</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s…</source>
        <translation>Reconectando en %1 s…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>About Torque Console</source>
        <translation>Acerca de Torque Console</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Torque Console %1&lt;/h3&gt;&lt;p&gt;The desktop console of Torque, an open-source predictive dialer.&lt;/p&gt;&lt;p&gt;Engine version: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Torque Console %1&lt;/h3&gt;&lt;p&gt;La consola de escritorio de Torque, un marcador predictivo de código abierto.&lt;/p&gt;&lt;p&gt;Versión del motor: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Engine Status</source>
        <translation>Estado del motor</translation>
    </message>
</context>
<context>
    <name>PacerCatalog</name>
    <message>
        <source>Torque (predictive)</source>
        <translation>Torque (predictivo)</translation>
    </message>
    <message>
        <source>SmoothTorque</source>
        <translation>SmoothTorque</translation>
    </message>
    <message>
        <source>VICIdial adaptive</source>
        <translation>VICIdial adaptativo</translation>
    </message>
    <message>
        <source>VICIdial adaptive (ready agents)</source>
        <translation>VICIdial adaptativo (agentes listos)</translation>
    </message>
    <message>
        <source>Fixed ratio</source>
        <translation>Proporción fija</translation>
    </message>
    <message>
        <source>Progressive</source>
        <translation>Progresivo</translation>
    </message>
    <message>
        <source>Predicts when agents come free and dials as fast as the abandon rule allows.</source>
        <translation>Predice cuándo quedan libres los agentes y marca tan rápido como permite la regla de abandono.</translation>
    </message>
    <message>
        <source>The original SmoothTorque algorithm: time between calls, boost and elasticity.</source>
        <translation>El algoritmo original de SmoothTorque: tiempo entre llamadas, impulso y elasticidad.</translation>
    </message>
    <message>
        <source>VICIdial&apos;s adaptive dial level, counting every logged-in agent.</source>
        <translation>El nivel de marcación adaptativo de VICIdial, contando todos los agentes conectados.</translation>
    </message>
    <message>
        <source>VICIdial&apos;s adaptive dial level, counting only agents waiting for a call.</source>
        <translation>El nivel de marcación adaptativo de VICIdial, contando solo los agentes que esperan una llamada.</translation>
    </message>
    <message>
        <source>A fixed number of lines per agent.</source>
        <translation>Un número fijo de líneas por agente.</translation>
    </message>
    <message>
        <source>One call per free agent: never abandons, slowest.</source>
        <translation>Una llamada por agente libre: nunca abandona, el más lento.</translation>
    </message>
    <message>
        <source>How long a person who answered waits for an agent before the call counts as abandoned (s).</source>
        <translation>Cuánto espera a un agente quien contestó antes de que la llamada cuente como abandonada (s).</translation>
    </message>
    <message>
        <source>Ring time before a call counts as not answered (s).</source>
        <translation>Tiempo de timbre antes de que una llamada cuente como no contestada (s).</translation>
    </message>
    <message>
        <source>Only people who press 1 need an agent.</source>
        <translation>Solo quien pulsa 1 necesita un agente.</translation>
    </message>
    <message>
        <source>The trunk&apos;s calls per second, if the pacer should know it (0 = unknown).</source>
        <translation>Las llamadas por segundo de la troncal, si el algoritmo debe conocerlas (0 = desconocidas).</translation>
    </message>
    <message>
        <source>The trunk&apos;s channels, if the pacer should know them (0 = unknown).</source>
        <translation>Los canales de la troncal, si el algoritmo debe conocerlos (0 = desconocidos).</translation>
    </message>
    <message>
        <source>End of the calling hours on the pacer&apos;s clock (s, 0 = unknown).</source>
        <translation>Fin del horario de llamadas en el reloj del algoritmo (s, 0 = desconocido).</translation>
    </message>
    <message>
        <source>Calls placed for each free agent.</source>
        <translation>Llamadas realizadas por cada agente libre.</translation>
    </message>
    <message>
        <source>The starting dial level (lines per agent).</source>
        <translation>El nivel de marcación inicial (líneas por agente).</translation>
    </message>
    <message>
        <source>The highest dial level the pacer may reach.</source>
        <translation>El nivel de marcación más alto que puede alcanzar el algoritmo.</translation>
    </message>
    <message>
        <source>From -40 (cautious) to 40 (aggressive).</source>
        <translation>De -40 (prudente) a 40 (agresivo).</translation>
    </message>
    <message>
        <source>Waiting agents to aim for (negative: calls waiting).</source>
        <translation>Agentes en espera a los que apuntar (negativo: llamadas en espera).</translation>
    </message>
    <message>
        <source>The drop percentage the pacer must stay under.</source>
        <translation>El porcentaje de llamadas perdidas por debajo del cual debe mantenerse el algoritmo.</translation>
    </message>
    <message>
        <source>How the drop limit is applied: hard, tapered or average.</source>
        <translation>Cómo se aplica el límite de llamadas perdidas: hard, tapered o average.</translation>
    </message>
    <message>
        <source>The lowest target busy percentage.</source>
        <translation>El porcentaje de ocupación objetivo más bajo.</translation>
    </message>
    <message>
        <source>The highest target busy percentage.</source>
        <translation>El porcentaje de ocupación objetivo más alto.</translation>
    </message>
    <message>
        <source>The expected share of dials that reach an agent (0 to 1).</source>
        <translation>La proporción esperada de marcaciones que llegan a un agente (de 0 a 1).</translation>
    </message>
    <message>
        <source>Share of the allowed abandons kept in hand (0 to 0.9).</source>
        <translation>Proporción de los abandonos permitidos que se guarda en reserva (de 0 a 0,9).</translation>
    </message>
    <message>
        <source>Abandons kept in hand at least.</source>
        <translation>Abandonos guardados en reserva como mínimo.</translation>
    </message>
    <message>
        <source>With fewer agents logged in, dial progressively.</source>
        <translation>Con menos agentes conectados, marcar de forma progresiva.</translation>
    </message>
    <message>
        <source>Answered or failed dials to observe before predicting.</source>
        <translation>Marcaciones contestadas o fallidas que observar antes de predecir.</translation>
    </message>
</context>
<context>
    <name>PacingEditor</name>
    <message>
        <source>30 days (US)</source>
        <translation>30 días (EE. UU.)</translation>
    </message>
    <message>
        <source>24 hours (UK)</source>
        <translation>24 horas (Reino Unido)</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Ritmo de marcación</translation>
    </message>
    <message>
        <source>&amp;Pacer:</source>
        <translation>Ritmo de mar&amp;cación:</translation>
    </message>
    <message>
        <source>&amp;Abandon cap:</source>
        <translation>&amp;Límite de abandono:</translation>
    </message>
    <message>
        <source>The share of answered calls that may find no agent free (3% in the US and the UK).</source>
        <translation>La proporción de llamadas contestadas que pueden no encontrar un agente libre (3 % en EE. UU. y el Reino Unido).</translation>
    </message>
    <message>
        <source>Measured o&amp;ver:</source>
        <translation>Medido d&amp;urante:</translation>
    </message>
    <message>
        <source>The rolling period the abandon rate is counted over: 30 days in the US, 24 hours in the UK.</source>
        <translation>El periodo móvil sobre el que se calcula la tasa de abandono: 30 días en EE. UU., 24 horas en el Reino Unido.</translation>
    </message>
    <message>
        <source>Other settings of this pacer (double-click a value to change it; changed values are in bold):</source>
        <translation>Otros ajustes de este algoritmo (haga doble clic en un valor para cambiarlo; los valores cambiados están en negrita):</translation>
    </message>
</context>
<context>
    <name>PacingSettingsModel</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Edit Server</source>
        <translation>Editar servidor</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Añadir servidor</translation>
    </message>
    <message>
        <source>Server &amp;name:</source>
        <translation>&amp;Nombre del servidor:</translation>
    </message>
    <message>
        <source>Any name you like, such as &quot;Auckland 1&quot;.</source>
        <translation>Cualquier nombre que quiera, por ejemplo &quot;Auckland 1&quot;.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>The IP address or host name of the Asterisk server.</source>
        <translation>La dirección IP o el nombre de host del servidor Asterisk.</translation>
    </message>
    <message>
        <source>AMI &amp;port:</source>
        <translation>&amp;Puerto AMI:</translation>
    </message>
    <message>
        <source>The port of the Asterisk Manager Interface (5038 unless manager.conf says otherwise).</source>
        <translation>El puerto de la Asterisk Manager Interface (5038, salvo que manager.conf indique otro).</translation>
    </message>
    <message>
        <source>AMI &amp;user:</source>
        <translation>&amp;Usuario AMI:</translation>
    </message>
    <message>
        <source>The name of an Asterisk Manager account (a section of manager.conf).</source>
        <translation>El nombre de una cuenta de Asterisk Manager (una sección de manager.conf).</translation>
    </message>
    <message>
        <source>AMI &amp;secret:</source>
        <translation>&amp;Contraseña AMI:</translation>
    </message>
    <message>
        <source>The secret of that Asterisk Manager account.</source>
        <translation>La contraseña (secret) de esa cuenta de Asterisk Manager.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <extracomment>Placeholder of the empty secret field when editing: leaving it empty keeps the secret</extracomment>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>ninguna guardada</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret; type a new one to replace it.</source>
        <translation>Déjelo vacío para conservar la contraseña guardada; escriba una nueva para reemplazarla.</translation>
    </message>
    <message>
        <source>&amp;MD5 challenge login</source>
        <translation>Inicio de sesión con desafío &amp;MD5</translation>
    </message>
    <message>
        <source>Log in without sending the secret in clear text. Turn off only for a server that does not support it.</source>
        <translation>Inicia sesión sin enviar la contraseña en texto plano. Desactívelo solo para un servidor que no lo admita.</translation>
    </message>
    <message>
        <source>Max. c&amp;hannels:</source>
        <translation>Máx. c&amp;anales:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>How many calls this server may carry at the same time; 0 for no limit of its own.</source>
        <translation>Cuántas llamadas puede cursar este servidor a la vez; 0 para no tener límite propio.</translation>
    </message>
    <message>
        <source>A&amp;ctive: start using this server at once</source>
        <translation>Ac&amp;tivo: empezar a usar este servidor de inmediato</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Enter a server name of 1 to %1 printable characters.</source>
        <translation>Introduzca un nombre de servidor de 1 a %1 caracteres imprimibles.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s IP address or host name, such as 10.0.0.1 or asterisk1.example.com.</source>
        <translation>Introduzca la dirección IP o el nombre de host del servidor, por ejemplo 10.0.0.1 o asterisk1.example.com.</translation>
    </message>
    <message>
        <source>The AMI port must be between 1 and 65535.</source>
        <translation>El puerto AMI debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>Enter the AMI user: 1 to %1 characters, without spaces.</source>
        <translation>Introduzca el usuario AMI: de 1 a %1 caracteres, sin espacios.</translation>
    </message>
    <message>
        <source>The AMI secret may have at most %1 characters and no line breaks or control characters.</source>
        <translation>La contraseña AMI puede tener como máximo %1 caracteres, sin saltos de línea ni caracteres de control.</translation>
    </message>
    <message>
        <source>Max. channels must be between 0 (no limit) and %1.</source>
        <translation>El máximo de canales debe estar entre 0 (sin límite) y %1.</translation>
    </message>
</context>
<context>
    <name>ServerTableModel</name>
    <message>
        <source>Active</source>
        <extracomment>State of a voice server: logged in and taking calls</extracomment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <extracomment>State of a voice server: stopped by an administrator</extracomment>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Connecting</source>
        <extracomment>State of a voice server: first connection attempt under way</extracomment>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Timeout</source>
        <extracomment>State of a voice server: unreachable or not answering, retrying</extracomment>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Login failed</source>
        <extracomment>State of a voice server: the AMI user or secret was refused</extracomment>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Logs in with an AMI secret (MD5 challenge).</source>
        <translation>Inicia sesión con una contraseña AMI (desafío MD5).</translation>
    </message>
    <message>
        <source>No AMI secret is stored.</source>
        <translation>No hay ninguna contraseña AMI guardada.</translation>
    </message>
    <message>
        <source>Logs in with an AMI secret (plain text).</source>
        <translation>Inicia sesión con una contraseña AMI (texto plano).</translation>
    </message>
    <message>
        <source>Started: the engine connects to this server and sends calls to it.</source>
        <translation>Iniciado: el motor se conecta a este servidor y le envía llamadas.</translation>
    </message>
    <message>
        <source>Stopped: the engine sends no calls to this server.</source>
        <translation>Detenido: el motor no envía llamadas a este servidor.</translation>
    </message>
    <message>
        <source>No limit of its own: the trunks&apos; limits apply.</source>
        <translation>Sin límite propio: se aplican los límites de las troncales.</translation>
    </message>
    <message>
        <source>The server does not answer; the engine keeps retrying.</source>
        <translation>El servidor no responde; el motor sigue reintentando.</translation>
    </message>
    <message>
        <source>The server refused the AMI user or secret; the engine keeps retrying.</source>
        <translation>El servidor rechazó el usuario o la contraseña AMI; el motor sigue reintentando.</translation>
    </message>
    <message>
        <source>Logged in: calls are sent to this server.</source>
        <translation>Sesión iniciada: se envían llamadas a este servidor.</translation>
    </message>
    <message>
        <source>Connecting and logging in…</source>
        <translation>Conectando e iniciando sesión…</translation>
    </message>
    <message>
        <source>Stopped: press Start to use this server.</source>
        <translation>Detenido: pulse Iniciar para usar este servidor.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>AMI Port</source>
        <translation>Puerto AMI</translation>
    </message>
    <message>
        <source>AMI User</source>
        <translation>Usuario AMI</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Max Channels</source>
        <translation>Máx. canales</translation>
    </message>
    <message>
        <source>Enabled</source>
        <extracomment>Column header: whether the server is switched on (the manual&apos;s Active/Inactive status)</extracomment>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Host name or IP address of the Asterisk server</source>
        <translation>Nombre de host o dirección IP del servidor Asterisk</translation>
    </message>
    <message>
        <source>The Asterisk Manager (AMI) account the engine logs in with</source>
        <translation>La cuenta de Asterisk Manager (AMI) con la que inicia sesión el motor</translation>
    </message>
    <message>
        <source>Calls the engine has on this server now</source>
        <translation>Llamadas que el motor tiene ahora en este servidor</translation>
    </message>
    <message>
        <source>Maximum simultaneous calls on this server</source>
        <translation>Máximo de llamadas simultáneas en este servidor</translation>
    </message>
    <message>
        <source>Switched on with Start and off with Stop; only servers switched on get calls</source>
        <translation>Se enciende con Iniciar y se apaga con Detener; solo los servidores encendidos reciben llamadas</translation>
    </message>
</context>
<context>
    <name>ServersPage</name>
    <message>
        <source>Could not load the servers: %1</source>
        <translation>No se pudieron cargar los servidores: %1</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Añadir servidor</translation>
    </message>
    <message>
        <source>Tell the engine about an Asterisk server it may send calls to</source>
        <translation>Indique al motor un servidor Asterisk al que puede enviar llamadas</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Connect to the selected server and send calls to it</source>
        <translation>Conectar con el servidor seleccionado y enviarle llamadas</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Send no new calls to the selected server</source>
        <translation>No enviar nuevas llamadas al servidor seleccionado</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Delete Server</source>
        <translation>Eliminar servidor</translation>
    </message>
    <message>
        <source>Delete the server &quot;%1&quot;?</source>
        <translation>¿Eliminar el servidor &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>The engine disconnects from it; calls it carries now are reported as failed.</source>
        <translation>El motor se desconecta de él; las llamadas que cursa ahora se notifican como fallidas.</translation>
    </message>
    <message>
        <source>Could not delete the server &quot;%1&quot;: %2</source>
        <translation>No se pudo eliminar el servidor &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not start the server &quot;%1&quot;: %2</source>
        <translation>No se pudo iniciar el servidor &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not stop the server &quot;%1&quot;: %2</source>
        <translation>No se pudo detener el servidor &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Voice Servers</source>
        <extracomment>Part of the Servers tab: the Asterisk voice nodes</extracomment>
        <translation>Servidores de voz</translation>
    </message>
    <message>
        <source>Database</source>
        <extracomment>Part of the Servers tab: the engine&apos;s database (the manual&apos;s MySQL Server Status)</extracomment>
        <translation>Base de datos</translation>
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
        <translation>Esperando un bloqueo (%1)</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>Column of the slow queries list: how long it has been running</extracomment>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column of the slow queries list: what the database is doing</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>Column of the slow queries list: the database account</extracomment>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Query</source>
        <extracomment>Column of the slow queries list: the SQL text</extracomment>
        <translation>Consulta</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <source>Busy agents %</source>
        <translation>% de agentes ocupados</translation>
    </message>
    <message>
        <source>Relative speed</source>
        <translation>Velocidad relativa</translation>
    </message>
    <message>
        <source>Time between calls (scaled)</source>
        <translation>Tiempo entre llamadas (a escala)</translation>
    </message>
    <message>
        <source>Seconds ago</source>
        <translation>Hace segundos</translation>
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
        <translation>Marcados: %1</translation>
    </message>
    <message>
        <source>Busy Agents: %1/%2</source>
        <translation>Agentes ocupados: %1/%2</translation>
    </message>
    <message>
        <source>Average: %1%</source>
        <translation>Promedio: %1 %</translation>
    </message>
    <message>
        <source>Time Spent: %1</source>
        <translation>Tiempo transcurrido: %1</translation>
    </message>
    <message>
        <source>Time between calls: %1 ms (%2 CPS)</source>
        <translation>Tiempo entre llamadas: %1 ms (%2 CPS)</translation>
    </message>
    <message>
        <source>Boost: %1%</source>
        <translation>Impulso: %1 %</translation>
    </message>
    <message>
        <source>Abandon rate: %1% (cap %2%)</source>
        <extracomment>%1 is the abandon rate over the rolling window (30 days or 24 hours), %2 the cap</extracomment>
        <translation>Tasa de abandono: %1 % (límite %2 %)</translation>
    </message>
    <message>
        <source>DB Queue: %1</source>
        <translation>Cola BD: %1</translation>
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
        <translation>Excesos: %1 %</translation>
    </message>
    <message>
        <source>Scale: %1 ms–%2 ms</source>
        <translation>Escala: %1 ms–%2 ms</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>Embudo: %1</translation>
    </message>
    <message>
        <source>Target: %1%</source>
        <translation>Objetivo: %1 %</translation>
    </message>
    <message>
        <source>Elasticity: %1%</source>
        <translation>Elasticidad: %1 %</translation>
    </message>
    <message>
        <source>Live abandon rate: %1% (%2 of %3)</source>
        <extracomment>%1 abandon rate of this run, %2 calls abandoned, %3 humans answered</extracomment>
        <translation>Tasa de abandono actual: %1 % (%2 de %3)</translation>
    </message>
    <message>
        <source>Answer rate estimate: %1%</source>
        <extracomment>the pacer&apos;s estimate of the share of dials a human answers</extracomment>
        <translation>Estimación de la tasa de respuesta: %1 %</translation>
    </message>
    <message>
        <source>Pacer: %1</source>
        <translation>Ritmo: %1</translation>
    </message>
    <message>
        <source>Pacer: %1, now %2</source>
        <extracomment>%1 the pacer, %2 what it is doing now (predictive, warming up...)</extracomment>
        <translation>Ritmo: %1, ahora %2</translation>
    </message>
    <message>
        <source>predictive</source>
        <translation>predictivo</translation>
    </message>
    <message>
        <source>progressive</source>
        <translation>progresivo</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>en calentamiento</translation>
    </message>
    <message>
        <source>fixed ratio</source>
        <translation>proporción fija</translation>
    </message>
    <message>
        <source>adaptive</source>
        <translation>adaptativo</translation>
    </message>
    <message>
        <source>holding back: too many drops</source>
        <translation>frenando: demasiadas llamadas perdidas</translation>
    </message>
    <message>
        <source>time between calls</source>
        <translation>tiempo entre llamadas</translation>
    </message>
</context>
<context>
    <name>StatusInfoBar</name>
    <message>
        <source>The abandon rate over the rolling window is above the campaign&apos;s cap.</source>
        <translation>La tasa de abandono en el periodo móvil supera el límite de la campaña.</translation>
    </message>
</context>
<context>
    <name>TrunkDialog</name>
    <message>
        <source>Edit Trunk</source>
        <translation>Editar troncal</translation>
    </message>
    <message>
        <source>Add Trunk</source>
        <translation>Añadir troncal</translation>
    </message>
    <message>
        <source>Trunk &amp;name:</source>
        <translation>&amp;Nombre de la troncal:</translation>
    </message>
    <message>
        <source>&amp;Dial string:</source>
        <translation>Cadena de &amp;marcado:</translation>
    </message>
    <message>
        <source>Write ${EXTEN} where the phone number goes. Examples:
SIP/${EXTEN}@myprovider (a SIP provider in sip.conf)
IAX2/myprovider/${EXTEN} (an IAX2 provider in iax.conf)
DAHDI/g1/${EXTEN} (group 1 of the E1/T1 lines)
Local/${EXTEN}@mycontext/n (the context mycontext of the dialplan)</source>
        <translation>Escriba ${EXTEN} donde va el número de teléfono. Ejemplos:
SIP/${EXTEN}@myprovider (un proveedor SIP de sip.conf)
IAX2/myprovider/${EXTEN} (un proveedor IAX2 de iax.conf)
DAHDI/g1/${EXTEN} (grupo 1 de las líneas E1/T1)
Local/${EXTEN}@mycontext/n (el contexto mycontext del plan de marcado)</translation>
    </message>
    <message>
        <source>Max. calls per second (&amp;CPS):</source>
        <translation>Máx. llamadas por segundo (&amp;CPS):</translation>
    </message>
    <message>
        <source>Fractions are allowed: 0.1 is one call every 10 seconds.</source>
        <translation>Se admiten fracciones: 0.1 es una llamada cada 10 segundos.</translation>
    </message>
    <message>
        <source>Max. c&amp;hannels:</source>
        <translation>Máx. c&amp;anales:</translation>
    </message>
    <message>
        <source>How many calls this trunk can carry at the same time.</source>
        <translation>Cuántas llamadas puede cursar esta troncal a la vez.</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Enter a trunk name of 1 to %1 printable characters.</source>
        <translation>Escriba un nombre de troncal de 1 a %1 caracteres imprimibles.</translation>
    </message>
    <message>
        <source>The dial string must start with a technology such as SIP/, contain ${EXTEN} where the number goes, and have no spaces, quotes or commas (%1).</source>
        <extracomment>%1 is the precise (English) reason</extracomment>
        <translation>La cadena de marcado debe empezar con una tecnología como SIP/, contener ${EXTEN} donde va el número y no tener espacios, comillas ni comas (%1).</translation>
    </message>
    <message>
        <source>Max. CPS must be above 0 and at most %1; fractions such as 0.1 are allowed.</source>
        <translation>Las CPS máximas deben ser mayores que 0 y como mucho %1; se admiten fracciones como 0.1.</translation>
    </message>
    <message>
        <source>Max. channels must be between 1 and %1.</source>
        <translation>Los canales máximos deben estar entre 1 y %1.</translation>
    </message>
</context>
<context>
    <name>TrunkTableModel</name>
    <message>
        <source>This is the default trunk.</source>
        <translation>Esta es la troncal predeterminada.</translation>
    </message>
    <message>
        <source>Tick to make this the default trunk.</source>
        <translation>Márquela para que sea la troncal predeterminada.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Dial String</source>
        <translation>Cadena de marcado</translation>
    </message>
    <message>
        <source>Max CPS</source>
        <translation>CPS máx.</translation>
    </message>
    <message>
        <source>Max Channels</source>
        <translation>Canales máx.</translation>
    </message>
    <message>
        <source>Maximum calls per second this trunk accepts</source>
        <translation>Máximo de llamadas por segundo que acepta esta troncal</translation>
    </message>
    <message>
        <source>Maximum simultaneous calls on this trunk</source>
        <translation>Máximo de llamadas simultáneas en esta troncal</translation>
    </message>
</context>
<context>
    <name>TrunksPage</name>
    <message>
        <source>Add Trunk</source>
        <translation>Añadir troncal</translation>
    </message>
    <message>
        <source>Describe a new way of placing calls through the voice nodes</source>
        <translation>Describa una nueva forma de realizar llamadas a través de los nodos de voz</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Make Default</source>
        <translation>Hacer predeterminada</translation>
    </message>
    <message>
        <source>Calls use the default trunk unless a customer has a trunk of their own</source>
        <translation>Las llamadas usan la troncal predeterminada, salvo que el cliente tenga una troncal propia</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Your account may view the trunks but not change them.</source>
        <translation>Su cuenta puede ver las troncales pero no modificarlas.</translation>
    </message>
    <message>
        <source>Could not load the trunks: %1</source>
        <translation>No se pudieron cargar las troncales: %1</translation>
    </message>
    <message>
        <source>Delete Trunk</source>
        <translation>Eliminar troncal</translation>
    </message>
    <message>
        <source>Delete the trunk &quot;%1&quot;?</source>
        <translation>¿Eliminar la troncal &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Calls can no longer be placed through it.</source>
        <translation>Ya no se podrán realizar llamadas a través de ella.</translation>
    </message>
    <message>
        <source>Could not delete the trunk &quot;%1&quot;: %2</source>
        <translation>No se pudo eliminar la troncal &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not make &quot;%1&quot; the default trunk: %2</source>
        <translation>No se pudo hacer de &quot;%1&quot; la troncal predeterminada: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console of the Torque predictive dialer.</source>
        <translation>Consola de escritorio del marcador predictivo Torque.</translation>
    </message>
    <message>
        <source>Engine address to prefill, e.g. ws://127.0.0.1:7080.</source>
        <translation>Dirección del motor que se rellena de antemano, p. ej. ws://127.0.0.1:7080.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>User name to prefill.</source>
        <translation>Nombre de usuario que se rellena de antemano.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
</context>
</TS>
