<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Aws</name>
    <message>
        <location filename="../model/aws/AwsClient.cpp" line="+101"/>
        <source>check the access key and secret from %1</source>
        <translation>compruebe la clave de acceso y el secreto (origen: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the temporary credentials from %1 have expired; renew them</source>
        <translation>las credenciales temporales (origen: %1) han caducado; renuévelas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this computer&apos;s clock is off by more than 5 minutes; fix the clock</source>
        <translation>el reloj de este equipo tiene un desfase de más de 5 minutos; corríjalo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: AWS refused the credentials (%2); %3</source>
        <translation>%1: AWS ha rechazado las credenciales (%2); %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not allowed (%2); the IAM policy needs %3 (docs/aws-setup.md)</source>
        <translation>%1: no permitido (%2); la política de IAM necesita %3 (docs/aws-setup.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: throttled by AWS (%2)</source>
        <translation>%1: limitado por AWS (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: AWS answered HTTP %2 (%3)</source>
        <translation>%1: AWS respondió HTTP %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: HTTP %2 (%3)</source>
        <translation>%1 ha fallado: HTTP %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no error text</source>
        <translation>sin texto de error</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>%1 %2: cannot reach %3 (%4)</source>
        <translation>%1 %2: no se puede conectar con %3 (%4)</translation>
    </message>
    <message>
        <location filename="../model/aws/AwsConfig.cpp" line="+96"/>
        <source>%1: &apos;%2&apos; is not an http(s) URL</source>
        <translation>%1: «%2» no es una URL http(s)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>profile &apos;%1&apos; in %2</source>
        <translation>perfil «%1» en %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has aws_access_key_id but no aws_secret_access_key</source>
        <translation>%1 tiene aws_access_key_id, pero no aws_secret_access_key</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>profile &apos;%1&apos; gets its keys through %2, which Bouncedesk does not support; give it access keys (aws_access_key_id) or export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>el perfil «%1» obtiene sus claves mediante %2, que Bouncedesk no admite; asígnele claves de acceso (aws_access_key_id) o exporte AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or add profile &apos;%1&apos; to %2</source>
        <translation>no hay credenciales de AWS: defina AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY, o añada el perfil «%1» a %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the environment (AWS_ACCESS_KEY_ID)</source>
        <translation>el entorno (AWS_ACCESS_KEY_ID)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not</source>
        <translation>AWS_ACCESS_KEY_ID está definida, pero AWS_SECRET_ACCESS_KEY no</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no AWS region: use --region, set AWS_REGION, or add region to profile &apos;%1&apos;</source>
        <translation>no hay región de AWS: use --region, defina AWS_REGION o añada region al perfil «%1»</translation>
    </message>
    <message>
        <location filename="../model/aws/CloudWatchMetrics.cpp" line="+48"/>
        <source>CloudWatch GetMetricStatistics: unreadable reply (%1)</source>
        <translation>CloudWatch GetMetricStatistics: respuesta ilegible (%1)</translation>
    </message>
    <message>
        <location filename="../model/aws/SqsQueue.cpp" line="+43"/>
        <source>&apos;%1&apos; is not an SQS queue URL (https://sqs.&lt;region&gt;.amazonaws.com/&lt;account&gt;/&lt;queue name&gt;)</source>
        <translation>«%1» no es una URL de cola de SQS (https://sqs.&lt;región&gt;.amazonaws.com/&lt;cuenta&gt;/&lt;nombre de la cola&gt;)</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Console</name>
    <message>
        <location filename="../app/console/main.cpp" line="+68"/>
        <source>Amazon SES bounce and complaint console</source>
        <translation>Consola de rebotes y quejas de Amazon SES</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database URL (sqlite:///path.db or postgresql://user@host/db); default: settings, BOUNCEDESK_DATABASE, then the user&apos;s SQLite file.</source>
        <translation>URL de la base de datos (sqlite:///path.db o postgresql://user@host/db); predeterminada: la configuración, BOUNCEDESK_DATABASE y, si no, el archivo SQLite del usuario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not run the webhook listener in this console.</source>
        <translation>No ejecutar el receptor de webhooks en esta consola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>Representar la ventana principal en un archivo PNG y salir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --screenshot: run the embedded listener too (it is off for screenshots otherwise).</source>
        <translation>Con --screenshot: ejecutar también el receptor integrado (si no, está desactivado en las capturas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --screenshot: the view to show (%1).</source>
        <translation>Con --screenshot: la vista que se muestra (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --screenshot: the window size (default 1280x820).</source>
        <translation>Con --screenshot: el tamaño de la ventana (predeterminado: 1280x820).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the Fusion style with a dark palette.</source>
        <translation>Usar el estilo Fusion con una paleta oscura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --screenshot: render the Settings dialog on this page (database, listener, aws, policy, language) instead of the window.</source>
        <translation>Con --screenshot: representar el cuadro de diálogo Configuración en esta página (database, listener, aws, policy, language) en lugar de la ventana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <location filename="../app/console/Console.cpp" line="+84"/>
        <source>No desktop keyring: %1. Passwords are asked for when needed and not kept; the headless listener reads its secrets from /etc/bouncedesk/listener.env.</source>
        <translation>No hay depósito de claves del escritorio: %1. Las contraseñas se piden cuando hacen falta y no se guardan; el receptor sin interfaz lee sus secretos de /etc/bouncedesk/listener.env.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets found in plain text in the settings file stay there until a keyring runs.</source>
        <translation>Los secretos encontrados en texto sin cifrar en el archivo de configuración se quedan allí hasta que haya un depósito de claves en ejecución.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moved from the settings file to the desktop keyring: %1.</source>
        <translation>Trasladado del archivo de configuración al depósito de claves del escritorio: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrets in the settings file could not be moved to the keyring (%1); they stay there.</source>
        <translation>Los secretos del archivo de configuración no se han podido trasladar al depósito de claves (%1); se quedan allí.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The listener is off: basic-auth user %1 has no password. Enter it in Settings ▸ Listener.</source>
        <translation>El receptor está desactivado: el usuario de autenticación básica %1 no tiene contraseña. Introdúzcala en Configuración ▸ Receptor.</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::DatabaseLogin</name>
    <message>
        <location filename="../app/console/DatabaseLogin.cpp" line="+71"/>
        <source>Password for %1:</source>
        <translation>Contraseña para %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the password.</source>
        <translation>El servidor ha rechazado la contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is kept in the desktop keyring.</source>
        <translation>Se guarda en el depósito de claves del escritorio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no desktop keyring (%1), so the password is not kept: the console asks each time it starts.</source>
        <translation>No hay depósito de claves del escritorio (%1), así que la contraseña no se guarda: la consola la pide cada vez que se inicia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (no password given)</source>
        <translation>%1 (no se ha indicado ninguna contraseña)</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Model::Aws::AwsClient</name>
    <message>
        <location filename="../model/aws/AwsClient.cpp" line="-76"/>
        <source>not connected to AWS</source>
        <translation>no conectado a AWS</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Model::BounceTableModel</name>
    <message>
        <location filename="../model/tables/BounceTableModel.cpp" line="+62"/>
        <source>%1: mail to this address is stopped until the suppression is removed</source>
        <translation>%1: el correo a esta dirección está detenido hasta que se quite la supresión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address&apos;s state now, not when this bounce arrived</source>
        <translation>El estado actual de la dirección, no el que tenía cuando llegó este rebote</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State now</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-type</source>
        <translation>Subtipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnostic code</source>
        <translation>Código de diagnóstico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>hard bounce</source>
        <translation>rebote permanente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>soft bounces</source>
        <translation>rebotes transitorios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>complaint</source>
        <translation>queja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bounce, by hand</source>
        <translation>rebote, manual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>complaint, by hand</source>
        <translation>queja, manual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suppressed (%1)</source>
        <translation>Suprimida (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suppressed since %1 (%2)</source>
        <translation>Suprimida desde %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hard bounced, not suppressed</source>
        <translation>Rebote permanente, no suprimida</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n soft in a row</source>
        <translation>
            <numerusform>%n rebote transitorio seguido</numerusform>
            <numerusform>%n rebotes transitorios seguidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complained, not suppressed</source>
        <translation>Con queja, no suprimida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <translation>Sin incidencias</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Model::ComplaintTableModel</name>
    <message>
        <location filename="../model/tables/ComplaintTableModel.cpp" line="+114"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback type</source>
        <translation>Tipo de comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-type</source>
        <translation>Subtipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User agent</source>
        <translation>Agente de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival date</source>
        <translation>Fecha de llegada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed by</source>
        <translation>Revisada por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed at</source>
        <translation>Revisada el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review note</source>
        <translation>Nota de revisión</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Model::ConsoleSecrets</name>
    <message>
        <location filename="../model/secrets/ConsoleSecrets.cpp" line="+44"/>
        <source>the database password</source>
        <translation>la contraseña de la base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the listener&apos;s basic-auth password</source>
        <translation>la contraseña de autenticación básica del receptor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the suppression API token</source>
        <translation>el token de la API de supresiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the AWS secret access key</source>
        <translation>la clave de acceso secreta de AWS</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Not kept, as there is no keyring (%1): %2 is used until the console closes.</source>
        <translation>No se guarda, porque no hay depósito de claves (%1): se usa %2 hasta que se cierre la consola.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not stored in the keyring (%1): %2 is used until the console closes.</source>
        <translation>No se ha guardado en el depósito de claves (%1): se usa %2 hasta que se cierre la consola.</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Model::SecretStore</name>
    <message>
        <location filename="../model/secrets/SecretStore.cpp" line="+67"/>
        <source>no D-Bus session bus</source>
        <translation>no hay bus de sesión de D-Bus</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no keyring (Secret Service or KWallet) runs on the D-Bus session bus</source>
        <translation>no hay ningún depósito de claves (Secret Service o KWallet) en ejecución en el bus de sesión de D-Bus</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the keyring did not answer: %1</source>
        <translation>el depósito de claves no ha respondido: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the keyring refused it: %1</source>
        <translation>el depósito de claves lo ha rechazado: %1</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Model::SuppressionTableModel</name>
    <message>
        <location filename="../model/tables/SuppressionTableModel.cpp" line="+88"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On the SES account-level suppression list: SES itself will not send to it</source>
        <translation>En la lista de supresión de nivel de cuenta de SES: el propio SES no le enviará correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known: connect to AWS (Settings → AWS) and press Check SES list</source>
        <translation>Se desconoce: conéctese a AWS (Configuración → AWS) y pulse Comprobar lista de SES</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On SES</source>
        <translation>En SES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>Añadida por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added at</source>
        <translation>Añadida el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::AddSuppressionDialog</name>
    <message>
        <location filename="../ui/suppressions/AddSuppressionDialog.cpp" line="+21"/>
        <source>Add suppression</source>
        <translation>Añadir supresión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BOUNCE (the address does not exist)</source>
        <translation>BOUNCE (la dirección no existe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COMPLAINT (the recipient does not want our mail)</source>
        <translation>COMPLAINT (el destinatario no quiere nuestro correo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>why, ticket number, …</source>
        <translation>motivo, número de incidencia, …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::AddressHistoryDialog</name>
    <message>
        <location filename="../ui/bounces/AddressHistoryDialog.cpp" line="+27"/>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show raw notification</source>
        <translation>Mostrar notificación sin procesar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset bounce status…</source>
        <translation>Restablecer estado de rebote…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot open the database: %1</source>
        <translation>No se puede abrir la base de datos: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status: %1. %2.</source>
        <translation>Estado: %1. %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppressed: %1</source>
        <translation>Suprimida: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not suppressed</source>
        <translation>No suprimida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the history: %1</source>
        <translation>No se puede leer el historial: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::BounceDetailsPane</name>
    <message>
        <location filename="../ui/bounces/BounceDetailsPane.cpp" line="+46"/>
        <source>Bounce details</source>
        <translation>Detalles del rebote</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State now</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounced</source>
        <translation>Fecha del rebote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting MTA</source>
        <translation>MTA informante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote MTA</source>
        <translation>MTA remoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback id</source>
        <translation>ID de comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SES message id</source>
        <translation>ID de mensaje de SES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent from</source>
        <translation>Enviado desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity ARN</source>
        <translation>ARN de la identidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagnostic code</source>
        <translation>Código de diagnóstico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No diagnostic code</source>
        <translation>Sin código de diagnóstico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnostic c&amp;ode:</source>
        <translation>Códi&amp;go de diagnóstico:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show raw &amp;JSON</source>
        <translation>Mostrar &amp;JSON sin procesar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show raw JSON of the notification</source>
        <translation>Mostrar el JSON sin procesar de la notificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notification as SNS delivered it, in the Notifications tab (Ctrl+J)</source>
        <translation>La notificación tal como la entregó SNS, en la pestaña Notificaciones (Ctrl+J)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+26"/>
        <source>Select a bounce to see everything SES reported about it.</source>
        <translation>Seleccione un rebote para ver todo lo que SES ha informado sobre él.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (sent %1)</source>
        <translation> (enviado el %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (on the SES account suppression list: not counted in the bounce rate)</source>
        <translation> (en la lista de supresión de la cuenta de SES: no cuenta en la tasa de rebote)</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::BouncesView</name>
    <message>
        <location filename="../ui/bounces/BouncesView.cpp" line="+62"/>
        <source>Bounces</source>
        <translation>Rebotes</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reset bounce status…</source>
        <translation>&amp;Restablecer estado de rebote…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy address</source>
        <translation>&amp;Copiar dirección</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show raw &amp;notification</source>
        <translation>Mostrar &amp;notificación sin procesar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find address</source>
        <translation>Buscar dirección</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read bounces: %1</source>
        <translation>No se pueden leer los rebotes: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft</source>
        <translation>Transitorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undetermined</source>
        <translation>Indeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounce type</source>
        <translation>Tipo de rebote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>Tip&amp;o:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;rom</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only bounces from a date</source>
        <translation>Solo rebotes a partir de una fecha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending identity</source>
        <translation>Identidad de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity:</source>
        <translation>&amp;Identidad:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address, its beginning, @domain or domain.com (Ctrl+F)</source>
        <translation>Dirección, su comienzo, @dominio o dominio.com (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search addresses</source>
        <translation>Buscar direcciones</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>All identities</source>
        <translation>Todas las identidades</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>? bounces</source>
        <translation>? rebotes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 bounce</source>
        <translation>1 rebote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 bounces</source>
        <translation>%1 rebotes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clear the bounce status and lift a bounce suppression</source>
        <translation>Borrar el estado de rebote y levantar una supresión por rebote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible here: %1</source>
        <translation>No es posible aquí: %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Reset bounce status</source>
        <translation>Restablecer estado de rebote</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bounce status cannot be reset here: %1.</source>
        <translation>Aquí no se puede restablecer el estado de rebote: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the database: %1</source>
        <translation>No se puede abrir la base de datos: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to reset.

%1</source>
        <translation>No hay nada que restablecer.

%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset the bounce status of %1?</source>
        <translation>¿Restablecer el estado de rebote de %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the bounce status of %1 addresses?</source>
        <translation>¿Restablecer el estado de rebote de %1 direcciones?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped: %1</source>
        <translation>Omitidas: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past events are kept; the change is recorded in the audit log.</source>
        <translation>Los eventos anteriores se conservan; el cambio se anota en el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why is the bounce status reset? (kept in the audit log)</source>
        <translation>¿Por qué se restablece el estado de rebote? (se guarda en el registro de auditoría)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A reason is required. Why is the bounce status reset?</source>
        <translation>El motivo es obligatorio. ¿Por qué se restablece el estado de rebote?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The bounce status could not be reset:
%1

Your reason is kept for the next try: &quot;%2&quot;</source>
        <translation>No se ha podido restablecer el estado de rebote:
%1

Su motivo se conserva para el siguiente intento: «%2»</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::BreakdownPanel</name>
    <message>
        <location filename="../ui/dashboard/BreakdownPanel.cpp" line="+25"/>
        <source>What caused them</source>
        <translation>Qué los causó</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Break down by</source>
        <translation>Desglosar por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient domain</source>
        <translation>Dominio del destinatario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending identity</source>
        <translation>Identidad de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration set</source>
        <translation>Conjunto de configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message tag</source>
        <translation>Etiqueta de mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message tags are the sender&apos;s own mail.tags from SES event publishing (e.g. a campaign tag); configuration sets come from the ses:configuration-set tag.</source>
        <translation>Las etiquetas de mensaje son las mail.tags propias del remitente en la publicación de eventos de SES (p. ej., una etiqueta de campaña); los conjuntos de configuración proceden de la etiqueta ses:configuration-set.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;By:</source>
        <translation>P&amp;or:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breakdown of bounces and complaints</source>
        <translation>Desglose de rebotes y quejas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hard</source>
        <translation>Perm.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soft</source>
        <translation>Trans.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compl.</source>
        <translation>Quejas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard bounces in SES&apos;s bounce rate</source>
        <translation>Rebotes permanentes, incluidos en la tasa de rebote de SES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft (Transient) bounces, not in the rate</source>
        <translation>Rebotes transitorios (Transient), fuera de la tasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Quejas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Double-click (or Enter) to open the bounces for a value; with Shift, its complaints</source>
        <translation>Doble clic (o Intro) para abrir los rebotes de un valor; con Mayús, sus quejas</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No bounces or complaints with this in the range.</source>
        <translation>No hay rebotes ni quejas con este criterio en el periodo.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The %n with most hard bounces and complaints in the range.</source>
        <translation>
            <numerusform>Se muestra %n valor: el de más rebotes permanentes y quejas en el periodo.</numerusform>
            <numerusform>Se muestran los %n valores con más rebotes permanentes y quejas en el periodo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::ComplaintsView</name>
    <message>
        <location filename="../ui/complaints/ComplaintsView.cpp" line="+37"/>
        <source>Unreviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>Revisadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Which complaints to show</source>
        <translation>Qué quejas mostrar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mark reviewed…</source>
        <translation>&amp;Marcar como revisadas…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy address</source>
        <translation>&amp;Copiar dirección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show raw &amp;notification</source>
        <translation>Mostrar &amp;notificación sin procesar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark the selected complaints reviewed</source>
        <translation>Marcar las quejas seleccionadas como revisadas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Complaints</source>
        <translation>Quejas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sho&amp;w:</source>
        <translation>M&amp;ostrar:</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+8"/>
        <source>? unreviewed</source>
        <translation>? sin revisar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 unreviewed</source>
        <translation>%1 sin revisar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mark the selected complaints reviewed (Ctrl+M)</source>
        <translation>Marcar las quejas seleccionadas como revisadas (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed: %1</source>
        <translation>No permitido: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+8"/>
        <source>Mark reviewed</source>
        <translation>Marcar como revisadas</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>Note for %n complaint(s), optional:</source>
        <translation>
            <numerusform>Nota para %n queja (opcional):</numerusform>
            <numerusform>Nota para %n quejas (opcional):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The complaints were not marked reviewed: %1</source>
        <translation>Las quejas no se han marcado como revisadas: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n complaint(s) had already been reviewed by someone else and were left as they were.</source>
        <translation>
            <numerusform>%n queja ya había sido revisada por otra persona y se ha dejado como estaba.</numerusform>
            <numerusform>%n quejas ya habían sido revisadas por otra persona y se han dejado como estaban.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::DashboardView</name>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="+75"/>
        <source>below the warning level</source>
        <translation>por debajo del nivel de aviso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: approaching the review limit</source>
        <translation>aviso: se acerca al límite de revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at or above the review limit: SES may place the account under review</source>
        <translation>en el límite de revisión o por encima: SES puede poner la cuenta en revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at or above the pause limit: SES may pause sending</source>
        <translation>en el límite de pausa o por encima: SES puede pausar el envío</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly</source>
        <translation>Por horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Por días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic: hourly up to 7 days, daily beyond (UTC days)</source>
        <translation>Automática: por horas hasta 7 días, por días a partir de ahí (días UTC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending identity (the mail&apos;s source address)</source>
        <translation>Identidad de envío (la dirección de origen del correo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNS topic the events came through</source>
        <translation>Tema de SNS por el que llegaron los eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Range:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buckets:</source>
        <translation>Agrupación:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity:</source>
        <translation>Identidad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>AWS&apos;s own figures: Reputation.BounceRate and Reputation.ComplaintRate from CloudWatch (account-wide, over the window SES judges by) and the account&apos;s status from SES. Bouncedesk&apos;s estimate above counts only what reached this database.</source>
        <translation>Cifras propias de AWS: Reputation.BounceRate y Reputation.ComplaintRate de CloudWatch (de toda la cuenta, en la ventana con la que SES evalúa) y el estado de la cuenta según SES. La estimación de Bouncedesk de arriba solo cuenta lo que ha llegado a esta base de datos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bounce rate</source>
        <translation>Tasa de rebote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint rate</source>
        <translation>Tasa de quejas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click a point to open its bounces</source>
        <translation>Haga clic en un punto para abrir sus rebotes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a point to open its complaints</source>
        <translation>Haga clic en un punto para abrir sus quejas</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Not connected to AWS.</source>
        <translation>No conectado a AWS.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not connected to AWS: %1.</source>
        <translation>No conectado a AWS: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a profile under Settings → AWS to see AWS&apos;s own bounce and complaint rates and the account&apos;s sending status here (keys as for the AWS CLI; IAM policy in docs/aws-setup.md).</source>
        <translation>Elija un perfil en Configuración → AWS para ver aquí las tasas de rebote y de quejas propias de AWS y el estado de envío de la cuenta (claves como en la AWS CLI; política de IAM en docs/aws-setup.md).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;AWS&apos;s own figures&lt;/b&gt; (CloudWatch, whole account): bounce %1, complaint %2</source>
        <translation>&lt;b&gt;Cifras propias de AWS&lt;/b&gt; (CloudWatch, toda la cuenta): rebotes %1, quejas %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sending %1, status %2, %3 of %4 sent in 24 h</source>
        <translation>envío %1, estado %2, %3 enviados en 24 h (máximo: %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation>habilitado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;b&gt;paused&lt;/b&gt;</source>
        <translation>&lt;b&gt;en pausa&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read %1</source>
        <translation>datos leídos a las %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last AWS error: %1</source>
        <translation>Último error de AWS: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All identities</source>
        <translation>Todas las identidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot read the rates: %1</source>
        <translation>No se pueden leer las tasas: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the start of the range must be before its end</source>
        <translation>el inicio del periodo debe ser anterior a su fin</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>sends</source>
        <translation>envíos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivery attempts (deliveries + bounces)</source>
        <translation>intentos de entrega (entregas + rebotes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hard bounces over %1, as SES counts them: Permanent bounces only, leaving out those to addresses on the account suppression list. Soft (Transient) and undetermined bounces are shown beside it, not counted in it.</source>
        <translation>Rebotes permanentes sobre %1, como los cuenta SES: solo rebotes Permanent, sin los dirigidos a direcciones de la lista de supresión de la cuenta. Los rebotes transitorios (Transient) e indeterminados se muestran al lado, sin contar en la tasa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complaints over %1.</source>
        <translation>Quejas sobre %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends %1 · Deliveries %2 · Hard bounces %3 (in the rate) · Soft and other bounces %4 (not in the rate) · Complaints %5</source>
        <translation>Envíos %1 · Entregas %2 · Rebotes permanentes %3 (en la tasa) · Rebotes transitorios y otros %4 (fuera de la tasa) · Quejas %5</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n bounce(s) to addresses on the account suppression list, not counted in the rate</source>
        <translation>
            <numerusform>%n rebote a direcciones de la lista de supresión de la cuenta, no contado en la tasa</numerusform>
            <numerusform>%n rebotes a direcciones de la lista de supresión de la cuenta, no contados en la tasa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rates per send: %1 sends (Send events are published for this range).</source>
        <translation>Tasas por envío: %1 envíos (en este periodo se publican eventos Send).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates per delivery attempt: %1 deliveries + bounces (no Send events in this range).</source>
        <translation>Tasas por intento de entrega: %1 entregas + rebotes (no hay eventos Send en este periodo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bounce rate counts hard bounces only, as SES does. This is a local estimate: AWS computes its own rates over a representative volume, so its figures can differ.</source>
        <translation>La tasa de rebote solo cuenta los rebotes permanentes, como hace SES. Es una estimación local: AWS calcula sus propias tasas sobre un volumen representativo, así que sus cifras pueden diferir.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+5"/>
        <source>Export charts</source>
        <translation>Exportar gráficos</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1.</source>
        <translation>No se ha podido escribir %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Export rates</source>
        <translation>Exportar tasas</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::GetStartedPanel</name>
    <message>
        <location filename="../ui/dashboard/GetStartedPanel.cpp" line="+47"/>
        <source>Get started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database holds no SES feedback yet, so there is nothing to chart. Here are three ways to fill it; the dashboard appears as soon as the first notification is stored.</source>
        <translation>Esta base de datos aún no contiene notificaciones de SES, así que no hay nada que representar. Estas son tres formas de llenarla; el panel aparece en cuanto se guarda la primera notificación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See it work now</source>
        <translation>Véalo funcionar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends %1 simulated SES notifications (sends, deliveries, hard and soft bounces, complaints) to this console&apos;s own listener over HTTP, signed with a local test key that the listener trusts for the test topic &lt;i&gt;bouncedesk-simulator&lt;/i&gt; only. They take the whole path real ones take (signature check, storage, suppression policy) and land in every view. No AWS account needed.</source>
        <translation>Envía %1 notificaciones de SES simuladas (envíos, entregas, rebotes permanentes y transitorios, quejas) al propio receptor de esta consola por HTTP, firmadas con una clave de prueba local en la que el receptor confía solo para el tema de prueba &lt;i&gt;bouncedesk-simulator&lt;/i&gt;. Recorren el mismo camino que las reales (comprobación de la firma, almacenamiento, política de supresión) y aparecen en todas las vistas. No hace falta una cuenta de AWS.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send &amp;test traffic</source>
        <translation>Enviar &amp;tráfico de prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send test traffic</source>
        <translation>Enviar tráfico de prueba</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Receive from AWS</source>
        <translation>Recibir de AWS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;HTTPS:&lt;/b&gt; in the SNS console, create a topic (or use your SES identity&apos;s), add an HTTPS subscription to the endpoint below with raw message delivery off, and point your identity&apos;s bounce and complaint notifications (or a configuration set&apos;s event destination) at the topic. Then trust the topic in the &lt;i&gt;Listener&lt;/i&gt; view; its subscription is confirmed for you. The endpoint must be reachable from the internet, e.g. through a reverse proxy.</source>
        <translation>&lt;b&gt;HTTPS:&lt;/b&gt; en la consola de SNS, cree un tema (o use el de su identidad de SES), añada una suscripción HTTPS al punto de conexión de abajo con la entrega de mensajes sin procesar desactivada y dirija al tema las notificaciones de rebotes y quejas de su identidad (o el destino de eventos de un conjunto de configuración). Después, confíe en el tema en la vista &lt;i&gt;Receptor&lt;/i&gt;; su suscripción se confirma automáticamente. El punto de conexión debe ser accesible desde Internet, p. ej., a través de un proxy inverso.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy endpoint URL</source>
        <translation>&amp;Copiar URL del punto de conexión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;SQS:&lt;/b&gt; or subscribe an SQS queue to the topic and let the console pull it: no public endpoint needed, and messages wait in the queue while the console is closed.</source>
        <translation>&lt;b&gt;SQS:&lt;/b&gt; o suscriba una cola de SQS al tema y deje que la consola la lea: no hace falta un punto de conexión público, y los mensajes esperan en la cola mientras la consola está cerrada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set up &amp;AWS…</source>
        <translation>Configurar A&amp;WS…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a shared database</source>
        <translation>Abrir una base de datos compartida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a headless listener already stores feedback for your team (bouncedesk-cli listen on a server), point this console at the same PostgreSQL database, e.g. &lt;tt&gt;postgresql://reviewer@db.example.com/bouncedesk&lt;/tt&gt;. What you may do then follows the database role you log in with.</source>
        <translation>Si un receptor sin interfaz ya guarda las notificaciones de su equipo (bouncedesk-cli listen en un servidor), apunte esta consola a la misma base de datos PostgreSQL, p. ej., &lt;tt&gt;postgresql://reviewer@db.example.com/bouncedesk&lt;/tt&gt;. Lo que pueda hacer entonces depende del rol de base de datos con el que inicie sesión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a &amp;database…</source>
        <translation>Abrir una &amp;base de datos…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show the empty &amp;charts</source>
        <translation>Mostrar los &amp;gráficos vacíos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the console&apos;s listener is not running</source>
        <translation>el receptor de la consola no está en marcha</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Test traffic needs the console&apos;s listener: %1.</source>
        <translation>El tráfico de prueba necesita el receptor de la consola: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint: &lt;b&gt;%1&lt;/b&gt; (this machine; SNS needs the public URL that reaches it)</source>
        <translation>Punto de conexión: &lt;b&gt;%1&lt;/b&gt; (este equipo; SNS necesita la URL pública que llega a él)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console&apos;s listener is off: turn it on in Settings ▸ Listener, or run bouncedesk-cli listen on a server.</source>
        <translation>El receptor de la consola está desactivado: actívelo en Configuración ▸ Receptor o ejecute bouncedesk-cli listen en un servidor.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sent, %2 stored.</source>
        <translation>%1 enviadas, %2 guardadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sent; the listener answered: %2</source>
        <translation>%1 enviadas; el receptor respondió: %2</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::GuideDialog</name>
    <message>
        <location filename="../ui/main/GuideDialog.cpp" line="+29"/>
        <location line="+3"/>
        <source>Operator&apos;s guide</source>
        <translation>Guía del operador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The operator&apos;s guide is not installed with this copy of Bouncedesk. It is docs/operator-guide.md in the source.</source>
        <translation>La guía del operador no está instalada con esta copia de Bouncedesk. Es docs/operator-guide.md en el código fuente.</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::ListenerView</name>
    <message>
        <location filename="../ui/listener/ListenerView.cpp" line="+38"/>
        <source>Pending: waiting for confirmation</source>
        <translation>Pendiente: esperando confirmación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirming</source>
        <translation>Confirmando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation failed</source>
        <translation>Error de confirmación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsubscribed</source>
        <translation>Suscripción cancelada</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Topic not trusted</source>
        <translation>Tema que no es de confianza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature does not verify</source>
        <translation>La firma no es válida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing certificate refused</source>
        <translation>Certificado de firma rechazado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older than the replay window</source>
        <translation>Más antiguo que la ventana de repetición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dated in the future</source>
        <translation>Con fecha futura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing or wrong basic auth</source>
        <translation>Autenticación básica ausente o incorrecta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body over the size limit</source>
        <translation>Cuerpo por encima del límite de tamaño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request head over 16 KiB</source>
        <translation>Cabecera de la solicitud de más de 16 KiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Content-Length</source>
        <translation>Sin Content-Length</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Webhook listener</source>
        <translation>Receptor de webhooks</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Co&amp;py SNS endpoint URL</source>
        <translation>&amp;Copiar URL del punto de conexión de SNS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy SNS endpoint URL</source>
        <translation>Copiar URL del punto de conexión de SNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The URL to subscribe to the topic in SNS (protocol HTTP or HTTPS)</source>
        <translation>La URL que se suscribe al tema en SNS (protocolo HTTP o HTTPS)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+35"/>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>Counts:</source>
        <translation>Recuentos:</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Recent rejections</source>
        <translation>Rechazos recientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests refused since this console started (they are never stored)</source>
        <translation>Solicitudes rechazadas desde que se inició esta consola (nunca se guardan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected because</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recent rejections:</source>
        <translation>Rechazos recientes:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQS queue</source>
        <translation>Cola de SQS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a computer SNS cannot reach: SNS delivers to an SQS queue, and this console pulls from it. Each message is verified like a POST and deleted from the queue once stored.</source>
        <translation>Para un equipo al que SNS no puede llegar: SNS entrega a una cola de SQS y esta consola la lee. Cada mensaje se verifica como un POST y se elimina de la cola una vez guardado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;No topic is trusted.&lt;/b&gt; Every notification is refused (HTTP 403) and subscription requests stay pending. Trust your SES feedback topic below once its subscription request arrives, or add it under Settings → Listener.</source>
        <translation>&lt;b&gt;No hay ningún tema de confianza.&lt;/b&gt; Todas las notificaciones se rechazan (HTTP 403) y las solicitudes de suscripción quedan pendientes. Confíe abajo en su tema de notificaciones de SES cuando llegue su solicitud de suscripción, o añádalo en Configuración → Receptor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Trusted topics</source>
        <translation>Temas de confianza</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Only notifications from these SNS topics are accepted. A valid signature proves that SNS sent a message, not that the topic is yours.</source>
        <translation>Solo se aceptan notificaciones de estos temas de SNS. Una firma válida demuestra que SNS envió un mensaje, no que el tema sea suyo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Trusted by</source>
        <translation>Autorizado por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move trust…</source>
        <translation>Re&amp;tirar confianza…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+164"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>Remove trust</source>
        <translation>Retirar confianza</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+6"/>
        <source>SNS subscription requests</source>
        <translation>Solicitudes de suscripción de SNS</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+94"/>
        <source>Tr&amp;ust and confirm</source>
        <translation>Con&amp;fiar y confirmar</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <location line="+27"/>
        <source>Trust and confirm</source>
        <translation>Confiar y confirmar</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>settings</source>
        <translation>configuración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Configured in Settings or with --topic</source>
        <translation>Definido en Configuración o con --topic</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Confi&amp;rm</source>
        <translation>Confir&amp;mar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not possible here: %1</source>
        <translation>No es posible aquí: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusts the topic and confirms its subscription. The confirmation goes to the SNS host of the topic, never to a URL taken from the message.</source>
        <translation>Confía en el tema y confirma su suscripción. La confirmación va al host de SNS del tema, nunca a una URL tomada del mensaje.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>account %1, region %2</source>
        <translation>cuenta %1, región %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown account</source>
        <translation>cuenta desconocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>Trust topic</source>
        <translation>Confiar en el tema</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Trust %1 (%2)?

Bouncedesk will then accept its notifications: bounces and complaints from it suppress addresses. Trust only your own SES feedback topics.</source>
        <translation>¿Confiar en %1 (%2)?

Bouncedesk aceptará entonces sus notificaciones: los rebotes y quejas que lleguen de él suprimirán direcciones. Confíe solo en sus propios temas de notificaciones de SES.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The topic is trusted. The listener writing to this database confirms the subscription within a few seconds (when it confirms automatically).</source>
        <translation>El tema es de confianza. El receptor que escribe en esta base de datos confirma la suscripción en unos segundos (si confirma automáticamente).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Notifications from %1 will be refused. Why?</source>
        <translation>Se rechazarán las notificaciones de %1. ¿Por qué?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not pulling from a queue. Behind NAT or without a public HTTPS address, subscribe an SQS queue to the SNS topic and enter its URL under Settings → AWS (see docs/aws-setup.md).</source>
        <translation>No se está leyendo ninguna cola. Detrás de NAT o sin una dirección HTTPS pública, suscriba una cola de SQS al tema de SNS e introduzca su URL en Configuración → AWS (consulte docs/aws-setup.md).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pulling %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not started</source>
        <translation>no iniciado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 received, %2 stored, %3 duplicates, %4 refused (left in the queue), %5 deleted</source>
        <translation>%1 recibidos, %2 guardados, %3 duplicados, %4 rechazados (se quedan en la cola), %5 eliminados</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+29"/>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Not running in this console (a headless listener may write to this database).</source>
        <translation>No se ejecuta en esta consola (puede que un receptor sin interfaz escriba en esta base de datos).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running: %1</source>
        <translation>No está en marcha: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening on %1</source>
        <translation>Escuchando en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 received, %2 stored, %3 duplicates, %4 rejected, %5 answered 503</source>
        <translation>%1 recibidos, %2 guardados, %3 duplicados, %4 rechazados, %5 respondidos con 503</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last message stored %1</source>
        <translation>Último mensaje guardado: %1</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="+42"/>
        <location line="+115"/>
        <location line="+234"/>
        <source>Bouncedesk</source>
        <translation>Bouncedesk</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bounces</source>
        <translation>&amp;Rebotes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+306"/>
        <source>&amp;Complaints</source>
        <translation>&amp;Quejas</translation>
    </message>
    <message>
        <location line="-305"/>
        <source>&amp;Suppressions</source>
        <translation>&amp;Supresiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Listener</source>
        <translation>R&amp;eceptor</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No keyring</source>
        <translation>Sin depósito de claves</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Test traffic: %1 sent, %2 stored. See Bounces, Complaints, Suppressions and Notifications.</source>
        <translation>Tráfico de prueba: %1 enviadas, %2 guardadas. Consulte Rebotes, Quejas, Supresiones y Notificaciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test traffic: %1 sent; the listener answered %2</source>
        <translation>Tráfico de prueba: %1 enviadas; el receptor respondió %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Maintenance and report…</source>
        <translation>&amp;Mantenimiento e informe…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Operator&apos;s &amp;guide</source>
        <translation>&amp;Guía del operador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the &amp;rates mean</source>
        <translation>Qué significan las &amp;tasas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the rates mean</source>
        <translation>Qué significan las tasas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Bouncedesk</source>
        <translation>&amp;Acerca de Bouncedesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Bouncedesk</source>
        <translation>Acerca de Bouncedesk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No desktop keyring: %1. Passwords and tokens are asked for or entered in Settings and kept only until the console closes, never in the settings file.</source>
        <translation>No hay depósito de claves del escritorio: %1. Las contraseñas y los tokens se piden o se introducen en Configuración y solo se conservan hasta que se cierra la consola, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Settings saved. Listener settings apply at once; a new database after a restart.</source>
        <translation>Configuración guardada. La del receptor se aplica al momento; una base de datos nueva, tras reiniciar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this console runs without its listener</source>
        <translation>esta consola se ejecuta sin su receptor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is off (Settings ▸ Listener)</source>
        <translation>está desactivado (Configuración ▸ Receptor)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it serves HTTPS with a certificate this console does not check test traffic against; turn TLS off to try it</source>
        <translation>sirve HTTPS con un certificado con el que esta consola no comprueba el tráfico de prueba; desactive TLS para probarlo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bouncedesk %1
Watches Amazon SES bounces and complaints.

Qt %2, %3
Database: %4 (schema version %5)</source>
        <translation>Bouncedesk %1
Supervisa los rebotes y las quejas de Amazon SES.

Qt %2, %3
Base de datos: %4 (versión del esquema %5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bounce rate: hard bounces over sends, as SES counts it. Hard means SES reported the bounce as Permanent; bounces to addresses already on the account suppression list are left out. Soft (Transient) and undetermined bounces are shown beside the rate, not in it. Without Send events (event publishing), the denominator is the delivery attempts SES told us about: deliveries plus bounces.

Complaint rate: complaints over the same denominator.

SES puts an account under review at a bounce rate of 5% or a complaint rate of 0.1%, and may pause sending at 10% or 0.5%. The dashboard&apos;s figures are Bouncedesk&apos;s estimate from the feedback that reached this database; AWS computes its own over a representative volume, shown beside ours when the console is connected to the AWS account (Settings → AWS).</source>
        <translation>Tasa de rebote: rebotes permanentes sobre envíos, como la calcula SES. Permanente significa que SES notificó el rebote como Permanent; se excluyen los rebotes a direcciones que ya están en la lista de supresión de la cuenta. Los rebotes transitorios (Transient) e indeterminados se muestran junto a la tasa, pero no cuentan en ella. Sin eventos Send (publicación de eventos), el denominador son los intentos de entrega que nos ha notificado SES: entregas más rebotes.

Tasa de quejas: quejas sobre el mismo denominador.

SES pone una cuenta en revisión con una tasa de rebote del 5&#xa0;% o una tasa de quejas del 0,1&#xa0;%, y puede pausar el envío al 10&#xa0;% o al 0,5&#xa0;%. Las cifras del panel son la estimación de Bouncedesk a partir de las notificaciones que han llegado a esta base de datos; AWS calcula las suyas sobre un volumen representativo y se muestran junto a las nuestras cuando la consola está conectada a la cuenta de AWS (Configuración → AWS).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Listening on %1</source>
        <translation>Escuchando en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listener off</source>
        <translation>Receptor desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener not running: %1</source>
        <translation>El receptor no está en marcha: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listener off in this console</source>
        <translation>Receptor desactivado en esta consola</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No complaints to review</source>
        <translation>No hay quejas por revisar</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n complaint(s) to review</source>
        <translation>
            <numerusform>%n queja por revisar</numerusform>
            <numerusform>%n quejas por revisar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Complaints (%1)</source>
        <translation>&amp;Quejas (%1)</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::MaintenanceDialog</name>
    <message>
        <location filename="../ui/settings/MaintenanceDialog.cpp" line="+28"/>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Soft-bounced addresses quiet for %1 days recover and their soft-bounce suppressions are lifted. Transient bounces older than %2 days and other records older than %3 days are removed. Hard, complaint and manual suppressions, the audit log, rate history and complaints awaiting review are kept.</source>
        <translation>Las direcciones con rebotes transitorios que llevan %1 días sin actividad se recuperan y se levantan sus supresiones por rebote transitorio. Se eliminan los rebotes transitorios de más de %2 días y los demás registros de más de %3 días. Se conservan las supresiones por rebote permanente, por queja y manuales, el registro de auditoría, el historial de tasas y las quejas pendientes de revisión.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dry run</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what maintenance would do without changing anything</source>
        <translation>Mostrar lo que haría el mantenimiento sin cambiar nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <location line="+4"/>
        <source>Run maintenance</source>
        <translation>Ejecutar mantenimiento</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report covers this many days up to now</source>
        <translation>El informe abarca este número de días hasta ahora</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The plan or the report appears here.</source>
        <translation>Aquí aparece el plan o el informe.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Maintenance was cancelled; nothing was changed.</source>
        <translation>Se ha cancelado el mantenimiento; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance failed</source>
        <translation>Error en el mantenimiento</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run maintenance on %1 now? Old records are deleted and cannot be brought back. Use Dry run first to see what would change.</source>
        <translation>¿Ejecutar ahora el mantenimiento en %1? Los registros antiguos se eliminan y no se pueden recuperar. Use antes Vista previa para ver qué cambiaría.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Building the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working out what maintenance would do…</source>
        <translation>Calculando lo que haría el mantenimiento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running maintenance…</source>
        <translation>Ejecutando el mantenimiento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::NotificationsModel</name>
    <message>
        <location filename="../ui/notifications/NotificationsModel.cpp" line="+17"/>
        <source>SES %1</source>
        <translation>SES %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not understood</source>
        <translation>No reconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SES attached to topic</source>
        <translation>SES vinculado al tema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>simulated, not from SNS</source>
        <translation>simulado, no procede de SNS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsigned (raw delivery from an SQS queue)</source>
        <translation>sin firma (entrega sin procesar desde una cola de SQS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified (SignatureVersion %1)</source>
        <translation>verificado (SignatureVersion %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent by SES account %1, not the topic&apos;s account</source>
        <translation>Enviado por la cuenta de SES %1, no por la cuenta del tema</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MessageId</source>
        <translation>MessageId</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::NotificationsView</name>
    <message>
        <location filename="../ui/notifications/NotificationsView.cpp" line="+54"/>
        <source>All messages</source>
        <translation>Todos los mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SES events</source>
        <translation>Eventos de SES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genuine but not understood</source>
        <translation>Auténticos pero no reconocidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MessageId or topic (Ctrl+F)</source>
        <translation>MessageId o tema (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by MessageId or topic</source>
        <translation>Buscar por MessageId o tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which messages to show</source>
        <translation>Qué mensajes mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w:</source>
        <translation>M&amp;ostrar:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Raw JSON of the selected message</source>
        <translation>JSON sin procesar del mensaje seleccionado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a message to read it as SNS delivered it.</source>
        <translation>Seleccione un mensaje para leerlo tal como lo entregó SNS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y JSON</source>
        <translation>&amp;Copiar JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the JSON</source>
        <translation>Copiar el JSON</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Showing one message; clear the search to see all.</source>
        <translation>Se muestra un solo mensaje; borre la búsqueda para verlos todos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first. Rejected requests are never stored; the Listener tab counts them.</source>
        <translation>Los más recientes primero. Las solicitudes rechazadas nunca se guardan; la pestaña Receptor las cuenta.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(message no longer stored)</source>
        <translation>(el mensaje ya no está guardado)</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::RateChart</name>
    <message>
        <location filename="../ui/dashboard/RateChart.cpp" line="+29"/>
        <source>no mail</source>
        <translation>sin correo</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+10"/>
        <source>Bounce rate</source>
        <translation>Tasa de rebote</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Complaint rate</source>
        <translation>Tasa de quejas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review limit %1</source>
        <translation>Límite de revisión %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pause limit %1</source>
        <translation>Límite de pausa %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>AWS&apos;s bounce rate (CloudWatch)</source>
        <translation>Tasa de rebote de AWS (CloudWatch)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AWS&apos;s complaint rate (CloudWatch)</source>
        <translation>Tasa de quejas de AWS (CloudWatch)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>review %1</source>
        <translation>revisión %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>bucket start (local time)</source>
        <translation>inicio del intervalo (hora local)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>% of sends</source>
        <translation>% de envíos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of delivery attempts</source>
        <translation>% de intentos de entrega</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2 (%L3 of %L4)</source>
        <translation>%1: %2 (%L3 de %L4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sends %L1, deliveries %L2</source>
        <translation>Envíos %L1, entregas %L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard bounces %L1 (in the rate), soft %L2 (not in it)</source>
        <translation>Rebotes permanentes %L1 (en la tasa), transitorios %L2 (fuera de ella)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n on the account suppression list (not counted)</source>
        <translation>
            <numerusform>%n en la lista de supresión de la cuenta (no contado)</numerusform>
            <numerusform>%n en la lista de supresión de la cuenta (no contados)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints %1</source>
        <translation>Quejas %1</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::ScopeBar</name>
    <message>
        <location filename="../ui/common/ScopeBar.cpp" line="+21"/>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all, not only the dashboard&apos;s selection</source>
        <translation>Mostrar todo, no solo la selección del panel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 to %2</source>
        <translation>desde %1 hasta %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the start</source>
        <translation>el inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>identity %1</source>
        <translation>identidad %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>topic %1</source>
        <translation>tema %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recipient domain %1</source>
        <translation>dominio del destinatario %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>configuration set %1</source>
        <translation>conjunto de configuración %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tag %1</source>
        <translation>etiqueta %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the dashboard: %1</source>
        <translation>Desde el panel: %1</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+70"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Database</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Listener</source>
        <translation>&amp;Receptor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;AWS</source>
        <translation>&amp;AWS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Policy</source>
        <translation>&amp;Política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;nguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Database URL:</source>
        <translation>URL de la base de datos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL only; empty: ~/.pgpass, or asked for</source>
        <translation>solo PostgreSQL; vacío: ~/.pgpass, o se pide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database password:</source>
        <translation>Contraseña de la base de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sqlite:///absolute/path.db, or postgresql://user@host[:port]/dbname for a database shared with a headless listener. The password is kept in the desktop keyring (or comes from ~/.pgpass). Empty: the default file. A new database takes effect after a restart.</source>
        <translation>sqlite:///ruta/absoluta.db, o postgresql://usuario@host[:puerto]/nombrebd para una base de datos compartida con un receptor sin interfaz. La contraseña se guarda en el depósito de claves del escritorio (o viene de ~/.pgpass). Vacío: el archivo predeterminado. Una base de datos nueva se aplica tras reiniciar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run the webhook listener in this console</source>
        <translation>Ejecutar el receptor de webhooks en esta consola</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One TopicArn per line; notifications from any other topic are refused</source>
        <translation>Un TopicArn por línea; se rechazan las notificaciones de cualquier otro tema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowed topics:</source>
        <translation>Temas permitidos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm genuine subscriptions automatically</source>
        <translation>Confirmar automáticamente las suscripciones auténticas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest body:</source>
        <translation>Tamaño máximo del cuerpo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS certificate (PEM):</source>
        <translation>Certificado TLS (PEM):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS key (PEM):</source>
        <translation>Clave TLS (PEM):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Basic auth user:</source>
        <translation>Usuario de autenticación básica:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic auth password:</source>
        <translation>Contraseña de autenticación básica:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse messages older than:</source>
        <translation>Rechazar mensajes con una antigüedad de más de:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: GET /v1/suppressions/{email} is off</source>
        <translation>vacío: GET /v1/suppressions/{email} desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppression API token:</source>
        <translation>Token de la API de supresiones:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AWS_PROFILE or default</source>
        <translation>AWS_PROFILE o default</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the profile&apos;s, or AWS_REGION</source>
        <translation>la del perfil, o AWS_REGION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: AWS itself</source>
        <translation>vacío: el propio AWS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint URL:</source>
        <translation>URL del punto de conexión:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: the profile&apos;s keys</source>
        <translation>vacío: las claves del perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access key ID:</source>
        <translation>ID de clave de acceso:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret access key:</source>
        <translation>Clave de acceso secreta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without an access key here, keys come from the profile in ~/.aws/credentials (or AWS_ACCESS_KEY_ID in the environment), as for the AWS CLI. A secret access key entered here is kept in the desktop keyring. The IAM policy it needs is in docs/aws-setup.md.</source>
        <translation>Si aquí no hay clave de acceso, las claves proceden del perfil de ~/.aws/credentials (o de AWS_ACCESS_KEY_ID en el entorno), como en la AWS CLI. Una clave de acceso secreta introducida aquí se guarda en el depósito de claves del escritorio. La política de IAM que necesita está en docs/aws-setup.md.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pull feedback from SQS queue:</source>
        <translation>Recibir notificaciones de la cola de SQS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The queue&apos;s subscription uses raw message delivery (no signature to check)</source>
        <translation>La suscripción de la cola usa la entrega de mensajes sin procesar (no hay firma que comprobar)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Soft bounces in a row that suppress:</source>
        <translation>Rebotes transitorios seguidos para suprimir:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Within:</source>
        <translation>En un plazo de:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soft status recovers after quiet:</source>
        <translation>Recuperar el estado transitorio tras inactividad de:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep transient bounce records:</source>
        <translation>Conservar registros de rebotes transitorios:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep other records:</source>
        <translation>Conservar otros registros:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn at this share of the review limit:</source>
        <translation>Avisar a este porcentaje del límite de revisión:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The system&apos;s (%1)</source>
        <translation>El del sistema (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numbers and dates: %1 · %2</source>
        <translation>Números y fechas: %1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language of menus, messages and the command-line tool&apos;s output, and how numbers, percentages and dates are written. A change takes effect when the console starts again.</source>
        <translation>El idioma de los menús, los mensajes y la salida de la herramienta de línea de comandos, y cómo se escriben los números, los porcentajes y las fechas. Los cambios se aplican al volver a iniciar la consola.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passwords, tokens and the AWS secret key are kept in the desktop keyring, never in the settings file.</source>
        <translation>Las contraseñas, los tokens y la clave secreta de AWS se guardan en el depósito de claves del escritorio, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No desktop keyring (%1): passwords, tokens and keys entered here are used until the console closes and are not kept anywhere; the database password is asked for at each start. The headless listener reads its secrets from its environment file, /etc/bouncedesk/listener.env.</source>
        <translation>No hay depósito de claves del escritorio (%1): las contraseñas, los tokens y las claves introducidos aquí se usan hasta que se cierra la consola y no se guardan en ningún sitio; la contraseña de la base de datos se pide en cada inicio. El receptor sin interfaz lee sus secretos de su archivo de entorno, /etc/bouncedesk/listener.env.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The listener address must be an IP address, e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation>La dirección del receptor debe ser una dirección IP, p. ej., 127.0.0.1 o 0.0.0.0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS needs both a certificate and a key file.</source>
        <translation>TLS necesita tanto un certificado como un archivo de clave.</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::SuppressionImportDialog</name>
    <message>
        <location filename="../ui/suppressions/SuppressionImportDialog.cpp" line="+76"/>
        <location line="+134"/>
        <location line="+4"/>
        <source>Import suppressions</source>
        <translation>Importar supresiones</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note for every imported address (optional)</source>
        <translation>Nota para cada dirección importada (opcional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fix the invalid lines first: a file is imported completely or not at all</source>
        <translation>Corrija antes las líneas no válidas: un archivo se importa entero o no se importa</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file is not UTF-8 text and cannot be imported.</source>
        <translation>El archivo no es texto UTF-8 y no se puede importar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>header, skipped</source>
        <translation>cabecera, omitida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invalid: %1</source>
        <translation>no válida: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 valid, %2 invalid</source>
        <translation>%1 válidas, %2 no válidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (the preview shows the first %1 lines and the invalid ones after them)</source>
        <translation> (la vista previa muestra las primeras %1 líneas y, después, las no válidas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing can be imported until every line is valid.</source>
        <translation>No se puede importar nada hasta que todas las líneas sean válidas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holds no addresses.</source>
        <translation>El archivo no contiene direcciones.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing %1 addresses…</source>
        <translation>Importando %1 direcciones…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 addresses added to the suppression list, %2 already suppressed or repeated.</source>
        <translation>%1 direcciones añadidas a la lista de supresión, %2 ya suprimidas o repetidas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::SuppressionsView</name>
    <message>
        <location filename="../ui/suppressions/SuppressionsView.cpp" line="+60"/>
        <source>Search addresses (Ctrl+F)</source>
        <translation>Buscar direcciones (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search suppressed addresses</source>
        <translation>Buscar direcciones suprimidas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suppression reason</source>
        <translation>Motivo de supresión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All reasons</source>
        <translation>Todos los motivos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>Q&amp;uitar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit n&amp;otes…</source>
        <translation>Editar n&amp;otas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every active suppression as an SES suppression list CSV</source>
        <translation>Guardar todas las supresiones activas como CSV de lista de supresión de SES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check S&amp;ES list</source>
        <translation>&amp;Comprobar lista de SES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the SES account-level suppression list, to see which addresses SES suppresses too</source>
        <translation>Leer la lista de supresión de nivel de cuenta de SES para ver qué direcciones suprime también SES</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Suppressed addresses</source>
        <translation>Direcciones suprimidas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add suppression</source>
        <translation>Añadir supresión</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+152"/>
        <source>Remove suppression</source>
        <translation>Quitar supresión</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 suppressed</source>
        <translation>%1 suprimidas</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Suppress an address by hand (Ins)</source>
        <translation>Suprimir una dirección manualmente (Ins)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Not allowed: %1</source>
        <translation>No permitido: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Import an SES account suppression list CSV</source>
        <translation>Importar un CSV de lista de supresión de cuenta de SES</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected suppressions (Del)</source>
        <translation>Quitar las supresiones seleccionadas (Supr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the notes of the selected suppression</source>
        <translation>Editar las notas de la supresión seleccionada</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Remove %1 from the suppression list? Mail to them will be sent again; the history is kept.</source>
        <translation>¿Quitar %1 de la lista de supresión? Se les volverá a enviar correo; el historial se conserva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why are they removed? (required)</source>
        <translation>¿Por qué se quitan? (obligatorio)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was removed: a reason is required.</source>
        <translation>No se ha quitado nada: el motivo es obligatorio.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 removed. Not removed:
%3</source>
        <translation>%1 de %2 quitadas. Sin quitar:
%3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>SES list: %1</source>
        <translation>Lista de SES: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the SES list…</source>
        <translation>Leyendo la lista de SES…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SES list not read: %1</source>
        <translation>No se ha leído la lista de SES: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SES list (%1): %2 addresses, read %3</source>
        <translation>Lista de SES (%1): %2 direcciones, leída a las %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove from SES too</source>
        <translation>Quitar también de SES</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SES suppresses %1 too, account-wide: SES itself will not send to them while they are on its list. Remove them from the SES account-level suppression list as well?</source>
        <translation>SES también suprime %1, en toda la cuenta: el propio SES no les enviará correo mientras estén en su lista. ¿Quitarlas también de la lista de supresión de nivel de cuenta de SES?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from SES</source>
        <translation>Quitar de SES</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removing %1 from the SES list…</source>
        <translation>Quitando %1 direcciones de la lista de SES…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: removed from SES, but the audit row failed: %2</source>
        <translation>%1: quitada de SES, pero no se pudo anotar en la auditoría: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed %1 from the SES list</source>
        <translation>%1 direcciones quitadas de la lista de SES</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+7"/>
        <source>Edit notes</source>
        <translation>Editar notas</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Notes for %1:</source>
        <translation>Notas para %1:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The notes were not saved: %1</source>
        <translation>No se han guardado las notas: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import SES suppression list</source>
        <translation>Importar lista de supresión de SES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export suppressions</source>
        <translation>Exportar supresiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Nothing was exported: %1</source>
        <translation>No se ha exportado nada: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 addresses exported to %2</source>
        <translation>%1 direcciones exportadas a %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/AwsOptions.cpp" line="+12"/>
        <source>AWS profile from ~/.aws/credentials and ~/.aws/config (default: AWS_PROFILE or &apos;default&apos;); given, the AWS_ACCESS_KEY_ID environment keys are not used.</source>
        <translation>Perfil de AWS de ~/.aws/credentials y ~/.aws/config (predeterminado: AWS_PROFILE o «default»); si se indica, no se usan las claves AWS_ACCESS_KEY_ID del entorno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS region (default: AWS_REGION, AWS_DEFAULT_REGION or the profile&apos;s).</source>
        <translation>Región de AWS (predeterminada: AWS_REGION, AWS_DEFAULT_REGION o la del perfil).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send every AWS request to this URL (LocalStack, a proxy); else AWS_ENDPOINT_URL_&lt;SERVICE&gt; or AWS_ENDPOINT_URL.</source>
        <translation>Enviar todas las solicitudes a AWS a esta URL (LocalStack, un proxy); si no, AWS_ENDPOINT_URL_&lt;SERVICE&gt; o AWS_ENDPOINT_URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+49"/>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database URL: %1 or %2 (default: %3, else the user&apos;s SQLite file).</source>
        <translation>URL de la base de datos: %1 o %2 (predeterminada: %3 o, si no, el archivo SQLite del usuario).</translation>
    </message>
    <message>
        <location filename="../app/cli/DbCommands.cpp" line="+26"/>
        <source>Database maintenance. Sub-commands: migrate, version.</source>
        <translation>Mantenimiento de la base de datos. Subcomandos: migrate, version.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/main.cpp" line="+22"/>
        <location filename="../app/cli/SuppressionCommand.cpp" line="+40"/>
        <location line="+68"/>
        <location line="+55"/>
        <location line="+66"/>
        <location line="+62"/>
        <location line="+48"/>
        <source>usage: %1</source>
        <translation>uso: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>schema version %1 (this build knows %2)</source>
        <translation>versión del esquema %1 (esta compilación conoce la %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: schema at version %2 (%n migration(s) applied)</source>
        <translation>
            <numerusform>%1: esquema en la versión %2 (%n migración aplicada)</numerusform>
            <numerusform>%1: esquema en la versión %2 (%n migraciones aplicadas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>n/a (no mail in the range)</source>
        <translation>n/d (no hay correo en el periodo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% (%L2 hard of %L3)</source>
        <translation>%1&#xa0;% (%L2 permanentes de %L3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1% (%L2 of %L3)</source>
        <translation>%1&#xa0;% (%L2 de %L3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>notifications</source>
        <extracomment>stats text output: the counts&apos; labels keep the JSON key&apos;s words in English</extracomment>
        <translation>notificaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bounces</source>
        <translation>rebotes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complaints</source>
        <translation>quejas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deliveries</source>
        <translation>entregas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sends</source>
        <translation>envíos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery_delays</source>
        <translation>retrasos de entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suppressed</source>
        <translation>suprimidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreviewed_complaints</source>
        <translation>quejas sin revisar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print counts of what the database holds, and the bounce and complaint rates.
Counts are of stored events, all time. Rates come from the hourly counters: bounces exclude OnAccountSuppressionList; the denominator is sends when Send events exist in the range, else deliveries + bounces. AWS computes its own figure over a representative volume, counting only hard bounces to non-verified domains, so the two can differ.</source>
        <translation>Mostrar los recuentos de lo que contiene la base de datos y las tasas de rebote y de quejas.
Los recuentos son de los eventos guardados, de todo el tiempo. Las tasas proceden de los contadores por horas: los rebotes excluyen OnAccountSuppressionList; el denominador son los envíos cuando hay eventos Send en el periodo y, si no, entregas + rebotes. AWS calcula su propia cifra sobre un volumen representativo y cuenta solo los rebotes permanentes a dominios no verificados, así que ambas pueden diferir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/MaintainCommand.cpp" line="+76"/>
        <location filename="../app/cli/SuppressionCommand.cpp" line="-237"/>
        <source>Print one JSON object.</source>
        <translation>Mostrar un único objeto JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rates over the hours starting in the last DURATION (90m, 24h, 7d, 3600s); default all time.</source>
        <translation>Tasas de las horas que empiezan en la última DURATION (90m, 24h, 7d, 3600s); predeterminado: todo el tiempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rates for one sending identity (mail source).</source>
        <translation>Tasas de una identidad de envío (origen del correo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rates for one SNS topic.</source>
        <translation>Tasas de un tema de SNS.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--since wants a duration like 90m, 24h, 7d or 3600s, not &quot;%1&quot;</source>
        <translation>--since requiere una duración como 90m, 24h, 7d o 3600s, no «%1»</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>rates since</source>
        <translation>tasas desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all time</source>
        <translation>todo el tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate basis</source>
        <translation>base de la tasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sends (%L1)</source>
        <translation>envíos (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deliveries + bounces (%L1)</source>
        <translation>entregas + rebotes (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bounce rate</source>
        <translation>tasa de rebote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beside it</source>
        <translation>además</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 soft, not in the rate (SES counts hard bounces only)</source>
        <translation>%L1 transitorios, fuera de la tasa (SES solo cuenta los rebotes permanentes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complaint rate</source>
        <translation>tasa de quejas</translation>
    </message>
    <message>
        <location filename="../app/cli/ListenCommand.cpp" line="+25"/>
        <source>--%1: cannot read %2</source>
        <translation>--%1: no se puede leer %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--%1: %2 is accessible by group or others (mode %3); chmod 600 it, it holds a secret</source>
        <translation>--%1: %2 es accesible para el grupo u otros (modo %3); aplíquele chmod 600, contiene un secreto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1: no se puede leer %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1: %2 is empty</source>
        <translation>--%1: %2 está vacío</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 and --%2 exclude each other</source>
        <translation>--%1 y --%2 se excluyen mutuamente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--%1 puts the secret on the command line, where other users can read it (ps); use --%2 or %3</source>
        <translation>--%1 pone el secreto en la línea de comandos, donde otros usuarios pueden leerlo (ps); use --%2 o %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Address and port to listen on (default %1; port 0: any).</source>
        <translation>Dirección y puerto en los que escuchar (predeterminado: %1; puerto 0: cualquiera).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serve HTTPS with this certificate chain (PEM).</source>
        <translation>Servir HTTPS con esta cadena de certificados (PEM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key for --tls-cert (PEM).</source>
        <translation>Clave privada para --tls-cert (PEM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require HTTP basic auth user:password on /sns. Visible to other users in ps: prefer --basic-auth-file or BOUNCEDESK_BASIC_AUTH.</source>
        <translation>Exigir autenticación básica HTTP user:password en /sns. Visible para otros usuarios en ps: mejor --basic-auth-file o BOUNCEDESK_BASIC_AUTH.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read user:password for basic auth from a file only its owner may access (mode 0600).</source>
        <translation>Leer user:password para la autenticación básica de un archivo al que solo pueda acceder su propietario (modo 0600).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Require the API token (Authorization: Bearer) on /healthz and /metrics.</source>
        <translation>Exigir el token de la API (Authorization: Bearer) en /healthz y /metrics.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve /healthz and /metrics only on this address and port (plain HTTP), e.g. 127.0.0.1:9025.</source>
        <translation>Servir /healthz y /metrics solo en esta dirección y puerto (HTTP sin cifrar), p. ej., 127.0.0.1:9025.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bearer token for GET /v1/suppressions/{email}; off if unset. Visible to other users in ps: prefer --api-token-file or BOUNCEDESK_API_TOKEN.</source>
        <translation>Token Bearer para GET /v1/suppressions/{email}; desactivado si no se define. Visible para otros usuarios en ps: mejor --api-token-file o BOUNCEDESK_API_TOKEN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the API token from a file only its owner may access (mode 0600).</source>
        <translation>Leer el token de la API de un archivo al que solo pueda acceder su propietario (modo 0600).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take `bouncedesk-cli simulate --target` test traffic: its key (created in %1 if missing) is trusted for the simulator&apos;s own topic only, from this machine only; needs a loopback --listen address.</source>
        <translation>Aceptar el tráfico de prueba de `bouncedesk-cli simulate --target`: su clave (creada en %1 si no existe) solo es de confianza para el tema propio del simulador y solo desde este equipo; requiere una dirección --listen de loopback.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--listen wants addr:port, got &apos;%1&apos;</source>
        <translation>--listen requiere addr:port, se recibió «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert y --tls-key van juntos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>basic auth wants user:password</source>
        <translation>la autenticación básica requiere user:password</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--ops-token-required needs an API token (--api-token-file or BOUNCEDESK_API_TOKEN)</source>
        <translation>--ops-token-required necesita un token de la API (--api-token-file o BOUNCEDESK_API_TOKEN)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--ops-listen wants addr:port, got &apos;%1&apos;</source>
        <translation>--ops-listen requiere addr:port, se recibió «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--trust-simulator needs a loopback --listen address (127.0.0.1 or [::1]), got %1</source>
        <translation>--trust-simulator necesita una dirección --listen de loopback (127.0.0.1 o [::1]), se recibió %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Receive Amazon SNS messages on POST /sns and store them.</source>
        <translation>Recibir mensajes de Amazon SNS en POST /sns y guardarlos.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>listening on %1://%2:%3/sns (database %4)</source>
        <translation>escuchando en %1://%2:%3/sns (base de datos %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trusting test traffic on %1 signed with the key in %2, from this machine only</source>
        <translation>se acepta el tráfico de prueba en %1 firmado con la clave de %2, solo desde este equipo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>health and metrics on http://%1:%2/healthz</source>
        <translation>estado y métricas en http://%1:%2/healthz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopping: finishing requests in flight</source>
        <translation>deteniendo: terminando las solicitudes en curso</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/cli/PullCommand.cpp" line="+87"/>
        <source>cannot set up signal handling</source>
        <translation>no se puede configurar la gestión de señales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+2"/>
        <source>commands:</source>
        <translation>comandos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receive SNS messages on POST /sns (see listen --help)</source>
        <translation>recibir mensajes de SNS en POST /sns (véase listen --help)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create or upgrade the schema, or print its version</source>
        <translation>crear o actualizar el esquema, o mostrar su versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counts of messages, events and suppressions</source>
        <translation>recuentos de mensajes, eventos y supresiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>store simulated SES feedback (SES mailbox simulator) for demos</source>
        <translation>guardar notificaciones de SES simuladas (simulador de buzón de SES) para demostraciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>post signed test traffic to a listener run with --trust-simulator</source>
        <translation>enviar tráfico de prueba firmado a un receptor iniciado con --trust-simulator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the suppression list (see suppression --help)</source>
        <translation>la lista de supresión (véase suppression --help)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recover quiet soft bounces, remove old records; health report</source>
        <translation>recuperar rebotes transitorios inactivos, eliminar registros antiguos; informe de estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the SNS topics whose notifications are accepted</source>
        <translation>los temas de SNS cuyas notificaciones se aceptan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receive SNS messages from an SQS queue (see pull --help)</source>
        <translation>recibir mensajes de SNS de una cola de SQS (véase pull --help)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the SES account suppression list in step with ours</source>
        <translation>mantener la lista de supresión de la cuenta de SES sincronizada con la nuestra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every command takes --database URL (%1 or %2)
and --help.</source>
        <translation>Todos los comandos admiten --database URL (%1 o %2)
y --help.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido: «%1»</translation>
    </message>
    <message>
        <location filename="../app/cli/MaintainCommand.cpp" line="-21"/>
        <source>--%1 takes a whole number of days of at least 1, not &apos;%2&apos;</source>
        <translation>--%1 admite un número entero de días no inferior a 1, no «%2»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Periodic maintenance: soft-bounced addresses that stayed quiet recover (their soft-bounce suppressions are lifted), old transient bounces and stale records are removed. Hard, complaint and manual suppressions, the audit log, rate rollups and complaints awaiting review are never removed. --report prints the health report instead.</source>
        <translation>Mantenimiento periódico: las direcciones con rebotes transitorios que han seguido inactivas se recuperan (se levantan sus supresiones por rebote transitorio) y se eliminan los rebotes transitorios antiguos y los registros obsoletos. Nunca se eliminan las supresiones por rebote permanente, por queja ni manuales, el registro de auditoría, los agregados de tasas ni las quejas pendientes de revisión. --report muestra en su lugar el informe de estado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say what maintenance would do; change nothing.</source>
        <translation>Indicar lo que haría el mantenimiento; no cambiar nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the health report for the last --period instead.</source>
        <translation>Mostrar en su lugar el informe de estado del último --period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report period: Nd, Nh or Nw (default 7d).</source>
        <translation>Periodo del informe: Nd, Nh o Nw (predeterminado: 7d).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current time as ISO 8601 (UTC if no offset), for reproducible runs.</source>
        <translation>La hora actual en ISO 8601 (UTC si no lleva desfase), para ejecuciones reproducibles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiet days after which a soft address recovers (default %1).</source>
        <translation>Días de inactividad tras los que se recupera una dirección con rebotes transitorios (predeterminado: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days transient bounces are kept (default %1).</source>
        <translation>Días que se conservan los rebotes transitorios (predeterminado: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days other records are kept (default %1).</source>
        <translation>Días que se conservan los demás registros (predeterminado: %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>maintain takes no arguments, only options (see --help)</source>
        <translation>maintain no admite argumentos, solo opciones (véase --help)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--report and --dry-run do not go together: the report changes nothing</source>
        <translation>--report y --dry-run no se pueden combinar: el informe no cambia nada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--now is an ISO 8601 time such as 2026-03-01T12:00:00Z, not &apos;%1&apos;</source>
        <translation>--now es una hora ISO 8601 como 2026-03-01T12:00:00Z, no «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--period is a length such as 7d, 24h or 2w, not &apos;%1&apos;</source>
        <translation>--period es una duración como 7d, 24h o 2w, no «%1»</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="-70"/>
        <source>Receive SNS messages from an SQS queue, verify them as `listen` does, store them, and delete each from the queue only once it is stored. Messages that fail verification stay in the queue (its redrive policy moves them to a dead-letter queue).</source>
        <translation>Recibir mensajes de SNS de una cola de SQS, verificarlos como hace `listen`, guardarlos y eliminar cada uno de la cola solo después de guardarlo. Los mensajes que no superan la verificación se quedan en la cola (su política de redireccionamiento los mueve a una cola de mensajes fallidos).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The queue, e.g. https://sqs.eu-west-1.amazonaws.com/123456789012/ses-feedback.</source>
        <translation>La cola, p. ej., https://sqs.eu-west-1.amazonaws.com/123456789012/ses-feedback.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit 0 when a receive comes back empty (for cron and tests).</source>
        <translation>Salir con 0 cuando una recepción vuelve vacía (para cron y pruebas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The queue&apos;s SNS subscription uses raw message delivery: bodies are bare SES JSON with no signature to verify. Stored marked &apos;unsigned&apos;. Only for a queue that only SNS can write to.</source>
        <translation>La suscripción de SNS de la cola usa la entrega de mensajes sin procesar: los cuerpos son JSON de SES sin más, sin firma que verificar. Se guardan marcados como «unsigned». Solo para una cola en la que únicamente SNS pueda escribir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long-poll wait in seconds, 0-20 (default %1).</source>
        <translation>Espera del sondeo largo en segundos, 0-20 (predeterminado: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds a received message stays hidden from other pullers (default: the queue&apos;s).</source>
        <translation>Segundos que un mensaje recibido permanece oculto para otros lectores (predeterminado: el de la cola).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--queue-url is required</source>
        <translation>--queue-url es obligatorio</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--wait must be 0 to 20 seconds</source>
        <translation>--wait debe estar entre 0 y 20 segundos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--visibility-timeout must be 0 to 43200 seconds</source>
        <translation>--visibility-timeout debe estar entre 0 y 43200 segundos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--raw-delivery: messages from this queue are stored without any signature check</source>
        <translation>--raw-delivery: los mensajes de esta cola se guardan sin ninguna comprobación de firma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pulling %1 (region %2, database %3)</source>
        <translation>leyendo %1 (región %2, base de datos %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stopping: storing and deleting the batch in hand</source>
        <translation>deteniendo: guardando y eliminando el lote en curso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>received %1, stored %2, duplicates %3, refused %4, deleted %5</source>
        <translation>recibidos %1, guardados %2, duplicados %3, rechazados %4, eliminados %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  refused (%1): %2, left in the queue</source>
        <translation>  rechazados (%1): %2, se quedan en la cola</translation>
    </message>
    <message>
        <location filename="../app/cli/SesSuppressionCommand.cpp" line="+18"/>
        <source>Compare and sync the SES account-level suppression list (SES v2) with Bouncedesk&apos;s.</source>
        <translation>Comparar y sincronizar la lista de supresión de nivel de cuenta de SES (SES v2) con la de Bouncedesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suppress here every address SES suppresses (as %1 / %2, added by &apos;%3&apos;)</source>
        <translation>suprimir aquí todas las direcciones que suprime SES (como %1 / %2, añadidas por «%3»)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>put every address suppressed here on the SES list (%1 or %2)</source>
        <translation>poner en la lista de SES todas las direcciones suprimidas aquí (%1 o %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list addresses on one list and not the other</source>
        <translation>listar las direcciones que están en una lista y no en la otra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>push: say what would change on SES, change nothing.</source>
        <translation>push: indicar lo que cambiaría en SES, sin cambiar nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milliseconds between SES calls (default %1: SES allows about one per second).</source>
        <translation>Milisegundos entre llamadas a SES (predeterminado: %1; SES permite aproximadamente una por segundo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pull, push or diff</source>
        <translation>pull, push o diff</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>say pull, push or diff (see --help)</source>
        <translation>indique pull, push o diff (véase --help)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--interval must be a whole number of milliseconds</source>
        <translation>--interval debe ser un número entero de milisegundos</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 only here, %2 only on SES, %3 on both</source>
        <translation>%1 solo aquí, %2 solo en SES, %3 en ambas</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>pulled %n addresses from the SES list (%1 on SES, %2 already suppressed here)</source>
        <translation>
            <numerusform>se ha traído %n dirección de la lista de SES (%1 en SES, %2 ya suprimidas aquí)</numerusform>
            <numerusform>se han traído %n direcciones de la lista de SES (%1 en SES, %2 ya suprimidas aquí)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n SES addresses are not valid addresses here and were left out</source>
        <translation>
            <numerusform>%n dirección de SES no es válida aquí y se ha omitido</numerusform>
            <numerusform>%n direcciones de SES no son válidas aquí y se han omitido</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>pushed %1 of %2 before the error</source>
        <translation>enviadas %1 de %2 antes del error</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is on the SES list, but its audit row failed: %2</source>
        <translation>%1 está en la lista de SES, pero no se pudo anotar en la auditoría: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>dry run: %n addresses would be put on the SES list, %1 are there already</source>
        <translation>
            <numerusform>vista previa: se pondría %n dirección en la lista de SES, %1 ya están en ella</numerusform>
            <numerusform>vista previa: se pondrían %n direcciones en la lista de SES, %1 ya están en ella</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>pushed %n addresses to the SES list, %1 were there already</source>
        <translation>
            <numerusform>se ha enviado %n dirección a la lista de SES, %1 ya estaban en ella</numerusform>
            <numerusform>se han enviado %n direcciones a la lista de SES, %1 ya estaban en ella</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SimulateCommand.cpp" line="+98"/>
        <source>%n simulated events could not be stored</source>
        <translation>
            <numerusform>no se ha podido guardar %n evento simulado</numerusform>
            <numerusform>no se han podido guardar %n eventos simulados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>stored %1 simulated sends and their feedback over %n day(s) in %2</source>
        <translation>
            <numerusform>guardados %1 envíos simulados y sus notificaciones durante %n día en %2</numerusform>
            <numerusform>guardados %1 envíos simulados y sus notificaciones durante %n días en %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--target wants the listener&apos;s URL, e.g. http://127.0.0.1:8025/sns</source>
        <translation>--target requiere la URL del receptor, p. ej., http://127.0.0.1:8025/sns</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--count wants a number from 1 to 1000000</source>
        <translation>--count requiere un número de 1 a 1000000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--rate wants notifications per second (0: as fast as the listener answers)</source>
        <translation>--rate requiere notificaciones por segundo (0: tan rápido como responda el receptor)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--mix: %1</source>
        <translation>--mix: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>sent %n notification(s) to %1 in %2 s (%3/s): %4</source>
        <translation>
            <numerusform>%n notificación enviada a %1 en %2 s (%3/s): %4</numerusform>
            <numerusform>%n notificaciones enviadas a %1 en %2 s (%3/s): %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the listener answered: %1</source>
        <translation>el receptor respondió: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n notification(s) were not accepted (is the listener started with --trust-simulator?)</source>
        <translation>
            <numerusform>%1 de %n notificación no se aceptó (¿se inició el receptor con --trust-simulator?)</numerusform>
            <numerusform>%1 de %n notificaciones no se aceptaron (¿se inició el receptor con --trust-simulator?)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Simulated SES feedback (sends, deliveries, bounces, complaints), like the SES mailbox simulator&apos;s.
Without --target: stored straight into the database, spread over past days, for demos.
With --target: posted as signed SNS notifications to a listener started with --trust-simulator, to see the whole path work.</source>
        <translation>Notificaciones de SES simuladas (envíos, entregas, rebotes, quejas), como las del simulador de buzón de SES.
Sin --target: se guardan directamente en la base de datos, repartidas en días pasados, para demostraciones.
Con --target: se envían como notificaciones de SNS firmadas a un receptor iniciado con --trust-simulator, para ver funcionar todo el recorrido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spread over this many days (default 14).</source>
        <translation>Repartir en este número de días (predeterminado: 14).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages sent in all (default 20000).</source>
        <translation>Mensajes enviados en total (predeterminado: 20000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed, for repeatable data (default 1; with --target a new one each run).</source>
        <translation>Semilla aleatoria, para datos repetibles (predeterminada: 1; con --target, una nueva en cada ejecución).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post to this listener URL instead, e.g. http://127.0.0.1:8025/sns.</source>
        <translation>Enviar en su lugar a esta URL de receptor, p. ej., http://127.0.0.1:8025/sns.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --target: notifications to post (default 200).</source>
        <translation>Con --target: notificaciones que enviar (predeterminado: 200).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --target: notifications per second (default 0: as fast as the listener answers, %1 at a time).</source>
        <translation>Con --target: notificaciones por segundo (predeterminado: 0, tan rápido como responda el receptor, %1 a la vez).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --target: weights of %1 (default %2).</source>
        <translation>Con --target: pesos de %1 (predeterminado: %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/SuppressionCommand.cpp" line="-59"/>
        <source>exit 0: send, 1: suppressed, 2: error</source>
        <translation>salida 0: enviar, 1: suprimida, 2: error</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SES bulk file: csv (email,BOUNCE|COMPLAINT), json (one
{&quot;emailAddress&quot;,&quot;reason&quot;} per line) or removal (addresses to lift);
- for stdin</source>
        <extracomment>the lines are indented as they are broken here</extracomment>
        <translation>archivo masivo de SES: csv (email,BOUNCE|COMPLAINT), json (un
{&quot;emailAddress&quot;,&quot;reason&quot;} por línea) o removal (direcciones que liberar);
- para stdin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the active list as SES&apos;s bulk import takes it; stdout without FILE</source>
        <translation>la lista activa tal como la admite la importación masiva de SES; stdout sin FILE</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>May this address be mailed? Exit 0: send, 1: suppressed, 2: error.</source>
        <translation>¿Se puede enviar correo a esta dirección? Salida 0: enviar, 1: suprimida, 2: error.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address to check.</source>
        <translation>La dirección que comprobar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>marketing (default: any suppression blocks) or transactional (only hard and manual bounces block).</source>
        <translation>marketing (predeterminado: cualquier supresión bloquea) o transactional (solo bloquean los rebotes permanentes y manuales).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--purpose is marketing or transactional, not &apos;%1&apos;</source>
        <translation>--purpose es marketing o transactional, no «%1»</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Suppress an address by hand.</source>
        <translation>Suprimir una dirección manualmente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address to suppress.</source>
        <translation>La dirección que suprimir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manual (default), bounce (the address does not exist: blocks transactional mail too) or complaint.</source>
        <translation>manual (predeterminado), bounce (la dirección no existe: también bloquea el correo transaccional) o complaint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why, for the audit log and the list.</source>
        <translation>Motivo, para el registro de auditoría y la lista.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--reason is manual, bounce or complaint, not &apos;%1&apos;</source>
        <translation>--reason es manual, bounce o complaint, no «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>added: %1 (%2)</source>
        <translation>añadida: %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End the suppression of an address (kept as history). Its bounce status is not reset.</source>
        <translation>Terminar la supresión de una dirección (se conserva como historial). Su estado de rebote no se restablece.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address to mail again.</source>
        <translation>La dirección a la que volver a enviar correo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it may be mailed again (required).</source>
        <translation>Por qué se le puede volver a enviar correo (obligatorio).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: %1 (the reason is required)</source>
        <translation>uso: %1 (el motivo es obligatorio)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>removed: %1</source>
        <translation>quitada: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the active suppressions, newest first.</source>
        <translation>Mostrar las supresiones activas, las más recientes primero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this reason: %1.</source>
        <translation>Solo este motivo: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only addresses containing this text.</source>
        <translation>Solo las direcciones que contienen este texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most this many rows (default: all).</source>
        <translation>Como máximo este número de filas (predeterminado: todas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON array.</source>
        <translation>Mostrar un único array JSON.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--limit is a number of rows</source>
        <translation>--limit es un número de filas</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Import a file in one of SES&apos;s bulk suppression-list formats. csv: email,BOUNCE|COMPLAINT per line (a header is accepted); json: {&quot;emailAddress&quot;:...,&quot;reason&quot;:...} per line; removal: one address per line, each lifted (--note is the reason). Nothing is imported if any line is bad.</source>
        <translation>Importar un archivo en uno de los formatos masivos de lista de supresión de SES. csv: email,BOUNCE|COMPLAINT por línea (se admite una cabecera); json: {&quot;emailAddress&quot;:...,&quot;reason&quot;:...} por línea; removal: una dirección por línea, cuya supresión se levanta (--note es el motivo). No se importa nada si alguna línea es incorrecta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+49"/>
        <source>csv (default), json or removal.</source>
        <translation>csv (predeterminado), json o removal.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The CSV file, or - for standard input.</source>
        <translation>El archivo CSV, o - para la entrada estándar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note for every imported row and the audit log.</source>
        <translation>Una nota para cada fila importada y para el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>removed: %1 lifted, %2 skipped (not suppressed)</source>
        <translation>quitadas: %1 levantadas, %2 omitidas (no suprimidas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported: %1 added, %2 skipped (already suppressed)</source>
        <translation>importadas: %1 añadidas, %2 omitidas (ya suprimidas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the active suppressions in one of SES&apos;s bulk formats, no header: csv (email,BOUNCE|COMPLAINT), json ({&quot;emailAddress&quot;:...,&quot;reason&quot;:...} per line) or removal (addresses only, for an SES delete job).</source>
        <translation>Escribir las supresiones activas en uno de los formatos masivos de SES, sin cabecera: csv (email,BOUNCE|COMPLAINT), json ({&quot;emailAddress&quot;:...,&quot;reason&quot;:...} por línea) o removal (solo direcciones, para un trabajo de eliminación de SES).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output file (default: standard output).</source>
        <translation>Archivo de salida (predeterminado: la salida estándar).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write to standard output</source>
        <translation>no se puede escribir en la salida estándar</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>exported: %n suppression(s) to %1</source>
        <translation>
            <numerusform>exportada: %n supresión a %1</numerusform>
            <numerusform>exportadas: %n supresiones a %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>unknown suppression subcommand &apos;%1&apos;</source>
        <translation>subcomando de suppression desconocido: «%1»</translation>
    </message>
    <message>
        <location filename="../app/cli/TopicsCommand.cpp" line="+18"/>
        <source>List, trust or stop trusting SNS topics. Notifications are accepted only from trusted topics (and those given to listen with --topic); every listener and console on the database agrees.
  topics list [--json]
  topics trust ARN [--note TEXT]
  topics untrust ARN --reason TEXT</source>
        <translation>Listar temas de SNS, confiar en ellos o dejar de confiar. Solo se aceptan notificaciones de temas de confianza (y de los indicados a listen con --topic); todos los receptores y consolas de la base de datos coinciden.
  topics list [--json]
  topics trust ARN [--note TEXT]
  topics untrust ARN --reason TEXT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the list as JSON.</source>
        <translation>Mostrar la lista como JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the topic is trusted (kept in the audit log).</source>
        <translation>Por qué se confía en el tema (se guarda en el registro de auditoría).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why trust is removed (required for untrust).</source>
        <translation>Por qué se retira la confianza (obligatorio para untrust).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list, trust or untrust</source>
        <translation>list, trust o untrust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The topic ARN (trust, untrust)</source>
        <translation>El ARN del tema (trust, untrust)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>topics wants list, trust ARN or untrust ARN</source>
        <translation>topics requiere list, trust ARN o untrust ARN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>topics %1 wants exactly one topic ARN</source>
        <translation>topics %1 requiere exactamente un ARN de tema</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>trusted %1 (account %2, region %3)</source>
        <translation>de confianza: %1 (cuenta %2, región %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no longer trusted: %1</source>
        <translation>ya no es de confianza: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no trusted topic in the database: every notification is refused unless listen has --topic</source>
        <translation>no hay ningún tema de confianza en la base de datos: se rechazan todas las notificaciones salvo que listen tenga --topic</translation>
    </message>
    <message>
        <location filename="../app/cli/TrustOptions.cpp" line="+27"/>
        <source>Largest request body in bytes</source>
        <translation>Tamaño máximo del cuerpo de la solicitud en bytes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most connections open at once; more are closed at once</source>
        <translation>Máximo de conexiones abiertas a la vez; las que lo superan se cierran de inmediato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close keep-alive connections idle this many seconds</source>
        <translation>Cerrar las conexiones keep-alive inactivas durante estos segundos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close connections whose request head has not arrived within this many seconds</source>
        <translation>Cerrar las conexiones cuya cabecera de solicitud no haya llegado en estos segundos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close connections whose request body stalls this many seconds</source>
        <translation>Cerrar las conexiones cuyo cuerpo de solicitud se detenga durante estos segundos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refuse messages older than this many seconds (0: off)</source>
        <translation>Rechazar mensajes con más de estos segundos de antigüedad (0: desactivado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refuse messages older than this many seconds plus the clock skew: SNS retries for at most an hour (0: off, e.g. to replay recorded messages)</source>
        <translation>Rechazar mensajes con más de estos segundos de antigüedad, más el desfase de reloj: SNS reintenta durante una hora como máximo (0: desactivado, p. ej., para reproducir mensajes grabados)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allowance for clock differences with SNS, both ways; messages dated further ahead are refused</source>
        <translation>Margen para las diferencias de reloj con SNS, en ambos sentidos; se rechazan los mensajes con fecha más adelantada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consecutive soft bounces that suppress</source>
        <translation>Rebotes transitorios consecutivos para suprimir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days a soft-bounce streak lasts</source>
        <translation>Días que dura una racha de rebotes transitorios</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (default %2).</source>
        <translation>%1 (predeterminado: %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trust this TopicArn (repeatable), besides the topics trusted in the database (bouncedesk-cli topics). Notifications from any other topic are refused.</source>
        <translation>Confiar en este TopicArn (repetible), además de en los temas de confianza de la base de datos (bouncedesk-cli topics). Se rechazan las notificaciones de cualquier otro tema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep subscription confirmations pending for an admin.</source>
        <translation>Dejar las confirmaciones de suscripción pendientes para un administrador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a local PEM file for a SigningCertURL (repeatable).</source>
        <translation>Usar un archivo PEM local para un SigningCertURL (repetible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust this CA for SNS downloads (repeatable).</source>
        <translation>Confiar también en esta CA para las descargas de SNS (repetible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust only --ca-file CAs for SNS downloads.</source>
        <translation>Confiar solo en las CA de --ca-file para las descargas de SNS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reach an SNS host at another address, e.g. for a proxy (repeatable); TLS still checks the SNS name.</source>
        <translation>Acceder a un host de SNS en otra dirección, p. ej., para un proxy (repetible); TLS sigue comprobando el nombre de SNS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refuse downloaded signing certificates whose issuer chain is not in the trust store.</source>
        <translation>Rechazar los certificados de firma descargados cuya cadena de emisores no esté en el almacén de confianza.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1 must be a whole number of at least %2</source>
        <translation>--%1 debe ser un número entero no inferior a %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--sns-cert wants url=file, got &apos;%1&apos;</source>
        <translation>--sns-cert requiere url=file, se recibió «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--sns-endpoint wants host=addr:port, got &apos;%1&apos;</source>
        <translation>--sns-endpoint requiere host=addr:port, se recibió «%1»</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../model/core/EmailAddress.cpp" line="+17"/>
        <source>the email address is empty</source>
        <translation>la dirección de correo está vacía</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a valid email address: %2</source>
        <translation>«%1» no es una dirección de correo válida: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it contains a space or control character</source>
        <translation>contiene un espacio o un carácter de control</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it contains &apos;%1&apos;</source>
        <translation>contiene «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no &apos;@&apos;</source>
        <translation>no hay ninguna «@»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is more than one &apos;@&apos;</source>
        <translation>hay más de una «@»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing before the &apos;@&apos;</source>
        <translation>no hay nada antes de la «@»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no domain after the &apos;@&apos;</source>
        <translation>no hay dominio después de la «@»</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../model/policy/AddressActions.cpp" line="+88"/>
        <location line="+102"/>
        <source>the email address is empty</source>
        <translation>la dirección de correo está vacía</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>cannot read the history of %1: %2</source>
        <translation>no se puede leer el historial de %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 bounce</source>
        <translation>Rebote %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+16"/>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint: %1</source>
        <translation>Queja: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 via %2</source>
        <translation>%1 vía %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delivery delayed</source>
        <translation>Entrega retrasada</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Suppressed (%1) by %2</source>
        <translation>Suprimida (%1) por %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suppression %1 lifted by %2: %3</source>
        <translation>Supresión %1 levantada por %2: %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is unknown: no bounce, complaint or suppression is recorded for it</source>
        <translation>%1 es desconocida: no tiene registrado ningún rebote, queja ni supresión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its suppression (%1) is not a bounce suppression</source>
        <translation>su supresión (%1) no es una supresión por rebote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not suppressed</source>
        <translation>no está suprimida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no bounce status to reset: status %2 and %3</source>
        <translation>%1 no tiene estado de rebote que restablecer: estado %2 y %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>status %1 stays %1</source>
        <translation>el estado %1 sigue siendo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status %1 -&gt; %2</source>
        <translation>estado %1 -&gt; %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>clears a soft-bounce streak of %n</source>
        <translation>
            <numerusform>borra una racha de %n rebote transitorio</numerusform>
            <numerusform>borra una racha de %n rebotes transitorios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lifts suppression %1 since %2 (added by %3)</source>
        <translation>levanta la supresión %1 vigente desde %2 (añadida por %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keeps suppression %1 (not a bounce suppression)</source>
        <translation>mantiene la supresión %1 (no es una supresión por rebote)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>say why the bounce status of %1 is reset</source>
        <translation>indique por qué se restablece el estado de rebote de %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 was changed meanwhile (a new event arrived); try again</source>
        <translation>%1 ha cambiado mientras tanto (ha llegado un evento nuevo); vuelva a intentarlo</translation>
    </message>
    <message>
        <location filename="../model/policy/ComplaintReview.cpp" line="+38"/>
        <source>cannot mark complaint %1 reviewed: %2</source>
        <translation>no se puede marcar la queja %1 como revisada: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>complaint %1 does not exist (deleted meanwhile?); nothing was marked reviewed</source>
        <translation>la queja %1 no existe (¿se ha eliminado mientras tanto?); no se ha marcado nada como revisado</translation>
    </message>
    <message>
        <location filename="../model/policy/HealthReport.cpp" line="+31"/>
        <source>sends</source>
        <translation>envíos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deliveries + bounces</source>
        <translation>entregas + rebotes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  none</source>
        <translation>  ninguno</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Bouncedesk health report, %1 to %2</source>
        <translation>Informe de estado de Bouncedesk, de %1 a %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rates: no sends, deliveries or bounces recorded in this period.</source>
        <translation>Tasas: no hay envíos, entregas ni rebotes registrados en este periodo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bounce rate:    %1  (%L2 hard of %L3 %4; soft bounces are not in it, as SES counts)</source>
        <extracomment>%4 is &quot;sends&quot; or &quot;deliveries + bounces&quot;; the two rate lines align their figures</extracomment>
        <translation>Tasa de rebote: %1  (%L2 permanentes de %L3 %4; los rebotes transitorios no cuentan, como en SES)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complaint rate: %1  (%L2 of %L3 %4)</source>
        <translation>Tasa de quejas: %1  (%L2 de %L3 %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Totals: %L1 sends, %L2 deliveries, %L3 bounces (%L4 hard, %L5 soft), %L6 complaints</source>
        <translation>Totales: %L1 envíos, %L2 entregas, %L3 rebotes (%L4 permanentes, %L5 transitorios), %L6 quejas</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>        %Ln bounce(s) to addresses on the SES account suppression list, not counted</source>
        <extracomment>indented under &quot;Totals:&quot;</extracomment>
        <translation>
            <numerusform>         %Ln rebote a direcciones de la lista de supresión de la cuenta de SES, no contado</numerusform>
            <numerusform>         %Ln rebotes a direcciones de la lista de supresión de la cuenta de SES, no contados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bounces by type:</source>
        <translation>Rebotes por tipo:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Top bouncing domains:</source>
        <translation>Dominios con más rebotes:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Complaints awaiting review: none</source>
        <translation>Quejas pendientes de revisión: ninguna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints awaiting review: %L1 (oldest %2)</source>
        <translation>Quejas pendientes de revisión: %L1 (la más antigua, %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suppressions in the period (added / lifted):</source>
        <translation>Supresiones en el periodo (añadidas / levantadas):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active suppressions now: %L1</source>
        <translation>Supresiones activas ahora: %L1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the report period needs a start before its end</source>
        <translation>el periodo del informe necesita un inicio anterior a su fin</translation>
    </message>
    <message>
        <location filename="../model/policy/Maintenance.cpp" line="+46"/>
        <source>Maintenance dry run at %1 (nothing was changed): would do</source>
        <translation>Vista previa del mantenimiento, %1 (no se ha cambiado nada): se haría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance at %1: done</source>
        <translation>Mantenimiento, %1: hecho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>soft addresses recovered</source>
        <translation>direcciones recuperadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>soft-bounce suppressions lifted</source>
        <translation>supresiones levantadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transient bounces removed</source>
        <translation>rebotes transitorios eliminados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stale messages removed</source>
        <translation>mensajes obsoletos eliminados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stale event rows removed</source>
        <translation>eventos obsoletos eliminados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>old address history rows removed</source>
        <translation>entradas de historial eliminadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details:</source>
        <translation>Detalles:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>maintenance periods must be at least one day (got %1)</source>
        <translation>los periodos de mantenimiento deben ser de al menos un día (se recibió %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>maintenance was cancelled; nothing was changed</source>
        <translation>se ha cancelado el mantenimiento; no se ha cambiado nada</translation>
    </message>
    <message>
        <location filename="../model/policy/SuppressionCsv.cpp" line="+40"/>
        <source>the %1 file is not UTF-8 text; nothing was imported</source>
        <translation>el archivo (%1) no es texto UTF-8; no se ha importado nada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n bad line(s) in the %1; nothing was imported</source>
        <extracomment>%1 is &quot;CSV&quot;, &quot;JSON lines&quot; or &quot;removal list&quot;</extracomment>
        <translation>
            <numerusform>%n línea incorrecta en el archivo (%1); no se ha importado nada</numerusform>
            <numerusform>%n líneas incorrectas en el archivo (%1); no se ha importado nada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... y %n más</numerusform>
            <numerusform>... y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the format is csv, json or removal, not &apos;%1&apos;</source>
        <translation>el formato es csv, json o removal, no «%1»</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+28"/>
        <source>JSON lines</source>
        <translation>JSON por líneas</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>not a JSON object (%1)</source>
        <translation>no es un objeto JSON (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+72"/>
        <source>the reason must be BOUNCE or COMPLAINT, not &apos;%1&apos;</source>
        <translation>el motivo debe ser BOUNCE o COMPLAINT, no «%1»</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+23"/>
        <source>removal list</source>
        <translation>lista de eliminación</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+38"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>expected &apos;email,BOUNCE&apos; or &apos;email,COMPLAINT&apos;, got &apos;%1&apos;</source>
        <translation>se esperaba «email,BOUNCE» o «email,COMPLAINT», se recibió «%1»</translation>
    </message>
    <message>
        <location filename="../model/policy/SuppressionList.cpp" line="+45"/>
        <source>a suppression added by hand has reason %1, not &apos;%2&apos;</source>
        <translation>una supresión añadida manualmente tiene el motivo %1, no «%2»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is already suppressed (%2, added by %3)</source>
        <translation>%1 ya está suprimida (%2, añadida por %3)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>say why %1 is removed from the suppression list</source>
        <translation>indique por qué se quita %1 de la lista de supresión</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was changed by someone else meanwhile; try again</source>
        <translation>otra persona ha cambiado %1 mientras tanto; vuelva a intentarlo</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is not suppressed</source>
        <translation>%1 no está suprimida</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown suppression reason &apos;%1&apos; (one of %2)</source>
        <translation>motivo de supresión desconocido: «%1» (debe ser uno de %2)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the import input is not open for reading</source>
        <translation>la entrada de la importación no está abierta para lectura</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>say why these addresses are removed from the suppression list</source>
        <translation>indique por qué se quitan estas direcciones de la lista de supresión</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the export output is not open for writing</source>
        <translation>la salida de la exportación no está abierta para escritura</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write the export: %1</source>
        <translation>no se puede escribir la exportación: %1</translation>
    </message>
    <message>
        <location filename="../model/policy/TopicTrust.cpp" line="+56"/>
        <source>say why %1 is no longer trusted</source>
        <translation>indique por qué %1 deja de ser de confianza</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not trusted</source>
        <translation>%1 no es de confianza</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../ui/common/Dialogs.cpp" line="+40"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/suppressions/SuppressionImportDialog.cpp" line="-172"/>
        <source>expected &apos;email,BOUNCE&apos; or &apos;email,COMPLAINT&apos;</source>
        <translation>se esperaba «email,BOUNCE» o «email,COMPLAINT»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the reason must be BOUNCE or COMPLAINT</source>
        <translation>el motivo debe ser BOUNCE o COMPLAINT</translation>
    </message>
    <message>
        <location filename="../ui/suppressions/SuppressionsView.cpp" line="-419"/>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
</context>
<context>
    <name>Ses</name>
    <message>
        <location filename="../model/ses/SimulatedFeedback.cpp" line="+123"/>
        <source>bad mix part &apos;%1&apos;: write NAME=WEIGHT with NAME one of %2</source>
        <translation>parte de la mezcla incorrecta: «%1»; escriba NAME=WEIGHT, con NAME uno de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the mix needs at least one weight above 0</source>
        <translation>la mezcla necesita al menos un peso mayor que 0</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../model/store/AddressStateRepository.cpp" line="+43"/>
        <location line="+29"/>
        <source>cannot read address state: %1</source>
        <translation>no se puede leer el estado de la dirección: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot update address state: %1</source>
        <translation>no se puede actualizar el estado de la dirección: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot record address state change: %1</source>
        <translation>no se puede registrar el cambio de estado de la dirección: %1</translation>
    </message>
    <message>
        <location filename="../model/store/AuditLog.cpp" line="+44"/>
        <source>an audit row needs an action</source>
        <translation>una fila de auditoría necesita una acción</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write the audit log: %1</source>
        <translation>no se puede escribir el registro de auditoría: %1</translation>
    </message>
    <message>
        <location filename="../model/store/BounceRepository.cpp" line="+184"/>
        <source>cannot read bounces: %1</source>
        <translation>no se pueden leer los rebotes: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot count bounces: %1</source>
        <translation>no se pueden contar los rebotes: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot read the bounce: %1</source>
        <translation>no se puede leer el rebote: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the bounce is no longer stored</source>
        <translation>el rebote ya no está guardado</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot explain the bounces query: </source>
        <translation>no se puede explicar la consulta de rebotes: </translation>
    </message>
    <message>
        <location filename="../model/store/ComplaintRepository.cpp" line="+68"/>
        <source>cannot read the complaints: %1</source>
        <translation>no se pueden leer las quejas: %1</translation>
    </message>
    <message>
        <location filename="../model/store/Database.cpp" line="+42"/>
        <source>the Qt SQLite driver is not installed (libqt6sql6-sqlite)</source>
        <translation>el controlador SQLite de Qt no está instalado (libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the Qt PostgreSQL driver is not installed (libqt6sql6-psql)</source>
        <translation>el controlador PostgreSQL de Qt no está instalado (libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot open %1</source>
        <translation>no se puede abrir %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot configure %1</source>
        <translation>no se puede configurar %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>unknown database error</source>
        <translation>error de base de datos desconocido</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>you may not %1: %2</source>
        <translation>no puede %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database is opened read-only</source>
        <translation>la base de datos está abierta en modo de solo lectura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database file %1 is read-only for this user</source>
        <translation>el archivo de base de datos %1 es de solo lectura para este usuario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot check the database privileges: %1</source>
        <translation>no se pueden comprobar los privilegios de la base de datos: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot check the database privileges</source>
        <translation>no se pueden comprobar los privilegios de la base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is read-only (a standby or a read-only session)</source>
        <translation>la base de datos es de solo lectura (un servidor en espera o una sesión de solo lectura)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the database role %1 may not change %2; ask an administrator for write access</source>
        <translation>el rol de base de datos %1 no puede modificar %2; pida acceso de escritura a un administrador</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>mark complaints reviewed</source>
        <translation>marcar quejas como revisadas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reset bounce status</source>
        <translation>restablecer el estado de rebote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add to the suppression list</source>
        <translation>añadir a la lista de supresión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change the suppression list</source>
        <translation>cambiar la lista de supresión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change which topics are trusted</source>
        <translation>cambiar qué temas son de confianza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown write action</source>
        <translation>acción de escritura desconocida</translation>
    </message>
    <message>
        <location filename="../model/store/DatabaseUrl.cpp" line="+20"/>
        <source>invalid database URL %1: %2</source>
        <translation>URL de base de datos no válida %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a sqlite URL has no host; use sqlite:///absolute/path.db</source>
        <translation>una URL sqlite no lleva host; use sqlite:///ruta/absoluta.db</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the SQLite path must be absolute (sqlite:///absolute/path.db)</source>
        <translation>la ruta de SQLite debe ser absoluta (sqlite:///ruta/absoluta.db)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a host is required (postgresql://user@host/dbname)</source>
        <translation>se necesita un host (postgresql://usuario@host/nombrebd)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port out of range</source>
        <translation>puerto fuera de rango</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a database name is required (postgresql://user@host/dbname)</source>
        <translation>se necesita un nombre de base de datos (postgresql://usuario@host/nombrebd)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unsupported option &apos;%1&apos;</source>
        <translation>opción no admitida: «%1»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown scheme &apos;%1&apos;; use sqlite or postgresql</source>
        <translation>esquema desconocido: «%1»; use sqlite o postgresql</translation>
    </message>
    <message>
        <location filename="../model/store/FacetRepository.cpp" line="+88"/>
        <source>cannot read the breakdown: %1</source>
        <translation>no se puede leer el desglose: %1</translation>
    </message>
    <message>
        <location filename="../model/store/MessageRepository.cpp" line="+108"/>
        <source>cannot read the notifications: %1</source>
        <translation>no se pueden leer las notificaciones: %1</translation>
    </message>
    <message>
        <location filename="../model/store/Migrations.cpp" line="+360"/>
        <source>cannot lock the database for migration: %1</source>
        <translation>no se puede bloquear la base de datos para la migración: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot commit migration: %1</source>
        <translation>no se puede confirmar la migración: %1</translation>
    </message>
    <message>
        <location filename="../model/store/Stats.cpp" line="+39"/>
        <source>the counting query returned no row</source>
        <translation>la consulta de recuento no ha devuelto ninguna fila</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the activity query returned no row</source>
        <translation>la consulta de actividad no ha devuelto ninguna fila</translation>
    </message>
    <message>
        <location filename="../model/store/SuppressionRepository.cpp" line="+120"/>
        <source>%1 is already suppressed</source>
        <translation>%1 ya está suprimida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the new suppression of %1 has no id</source>
        <translation>la nueva supresión de %1 no tiene ID</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot add suppression: %1</source>
        <translation>no se puede añadir la supresión: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot import %1: </source>
        <translation>no se puede importar %1: </translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+32"/>
        <source>cannot read the suppression list: %1</source>
        <translation>no se puede leer la lista de supresión: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>cannot count the suppressions: %1</source>
        <translation>no se pueden contar las supresiones: %1</translation>
    </message>
    <message>
        <location filename="../model/store/Transaction.cpp" line="+29"/>
        <source>cannot lock the database for writing</source>
        <translation>no se puede bloquear la base de datos para escritura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot begin transaction</source>
        <translation>no se puede iniciar la transacción</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>commit without an open transaction</source>
        <translation>confirmación sin una transacción abierta</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>cannot commit</source>
        <translation>no se puede confirmar</translation>
    </message>
    <message>
        <location filename="../model/store/TrustedTopicRepository.cpp" line="+20"/>
        <source>cannot read the trusted topics: %1</source>
        <translation>no se pueden leer los temas de confianza: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is already trusted</source>
        <translation>%1 ya es de confianza</translation>
    </message>
</context>
<context>
    <name>SuppressionReason</name>
    <message>
        <location filename="../model/core/SuppressionReason.h" line="+32"/>
        <source>hard-bounce</source>
        <extracomment>Suppression reasons as stored (hard-bounce, ...): translate as short labels.</extracomment>
        <translation>rebote permanente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>soft-bounce</source>
        <translation>rebote transitorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complaint</source>
        <translation>queja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual-bounce</source>
        <translation>rebote manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual-complaint</source>
        <translation>queja manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual</source>
        <translation>manual</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../model/tables/RateAlarm.cpp" line="+54"/>
        <source>bounce rate %1 has reached the warning level %2 (SES reviews at %3, pauses at %4)</source>
        <translation>la tasa de rebote %1 ha alcanzado el nivel de aviso %2 (SES revisa al %3 y pausa al %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>complaint rate %1 has reached the warning level %2 (SES reviews at %3, pauses at %4)</source>
        <translation>la tasa de quejas %1 ha alcanzado el nivel de aviso %2 (SES revisa al %3 y pausa al %4)</translation>
    </message>
    <message>
        <location filename="../model/tables/RateSeries.cpp" line="+114"/>
        <source>the range has %L1 buckets; choose a shorter range or daily buckets</source>
        <translation>el periodo tiene %L1 intervalos; elija un periodo más corto o la agrupación por días</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <location filename="../model/core/Translations.cpp" line="+50"/>
        <source>%1%</source>
        <extracomment>A percentage: German and Spanish put a space before the sign.</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
</TS>
