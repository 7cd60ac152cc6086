<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
