<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Aws</name>
    <message>
        <location filename="../model/aws/AwsClient.cpp" line="+101"/>
        <source>check the access key and secret from %1</source>
        <translation>prüfen Sie Zugriffsschlüssel und geheimen Zugriffsschlüssel (Quelle: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the temporary credentials from %1 have expired; renew them</source>
        <translation>die temporären Anmeldeinformationen (Quelle: %1) sind abgelaufen; erneuern Sie sie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this computer&apos;s clock is off by more than 5 minutes; fix the clock</source>
        <translation>die Uhr dieses Computers weicht um mehr als 5 Minuten ab; stellen Sie die Uhr richtig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: AWS refused the credentials (%2); %3</source>
        <translation>%1: AWS hat die Anmeldeinformationen abgelehnt (%2); %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not allowed (%2); the IAM policy needs %3 (docs/aws-setup.md)</source>
        <translation>%1: nicht erlaubt (%2); die IAM-Richtlinie benötigt %3 (docs/aws-setup.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: throttled by AWS (%2)</source>
        <translation>%1: von AWS gedrosselt (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: AWS answered HTTP %2 (%3)</source>
        <translation>%1: AWS antwortete mit HTTP %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: HTTP %2 (%3)</source>
        <translation>%1 fehlgeschlagen: HTTP %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no error text</source>
        <translation>kein Fehlertext</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>%1 %2: cannot reach %3 (%4)</source>
        <translation>%1 %2: %3 nicht erreichbar (%4)</translation>
    </message>
    <message>
        <location filename="../model/aws/AwsConfig.cpp" line="+96"/>
        <source>%1: &apos;%2&apos; is not an http(s) URL</source>
        <translation>%1: &apos;%2&apos; ist keine http(s)-URL</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>profile &apos;%1&apos; in %2</source>
        <translation>Profil &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has aws_access_key_id but no aws_secret_access_key</source>
        <translation>%1: aws_access_key_id ist gesetzt, aber aws_secret_access_key fehlt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>profile &apos;%1&apos; gets its keys through %2, which Bouncedesk does not support; give it access keys (aws_access_key_id) or export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>Profil &apos;%1&apos; bezieht seine Schlüssel über %2, was Bouncedesk nicht unterstützt; hinterlegen Sie Zugriffsschlüssel (aws_access_key_id) oder exportieren Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or add profile &apos;%1&apos; to %2</source>
        <translation>keine AWS-Anmeldeinformationen: setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY oder fügen Sie das Profil &apos;%1&apos; zu %2 hinzu</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the environment (AWS_ACCESS_KEY_ID)</source>
        <translation>Umgebung (AWS_ACCESS_KEY_ID)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not</source>
        <translation>AWS_ACCESS_KEY_ID ist gesetzt, AWS_SECRET_ACCESS_KEY aber nicht</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no AWS region: use --region, set AWS_REGION, or add region to profile &apos;%1&apos;</source>
        <translation>keine AWS-Region: verwenden Sie --region, setzen Sie AWS_REGION oder ergänzen Sie region im Profil &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../model/aws/CloudWatchMetrics.cpp" line="+48"/>
        <source>CloudWatch GetMetricStatistics: unreadable reply (%1)</source>
        <translation>CloudWatch GetMetricStatistics: unlesbare Antwort (%1)</translation>
    </message>
    <message>
        <location filename="../model/aws/SqsQueue.cpp" line="+43"/>
        <source>&apos;%1&apos; is not an SQS queue URL (https://sqs.&lt;region&gt;.amazonaws.com/&lt;account&gt;/&lt;queue name&gt;)</source>
        <translation>&apos;%1&apos; ist keine URL einer SQS-Warteschlange (https://sqs.&lt;region&gt;.amazonaws.com/&lt;account&gt;/&lt;queue name&gt;)</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Console</name>
    <message>
        <location filename="../app/console/main.cpp" line="+68"/>
        <source>Amazon SES bounce and complaint console</source>
        <translation>Konsole für Bounces und Beschwerden von Amazon SES</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database URL (sqlite:///path.db or postgresql://user@host/db); default: settings, BOUNCEDESK_DATABASE, then the user&apos;s SQLite file.</source>
        <translation>Datenbank-URL (sqlite:///path.db oder postgresql://user@host/db); Standard: Einstellungen, BOUNCEDESK_DATABASE, dann die SQLite-Datei des Benutzers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not run the webhook listener in this console.</source>
        <translation>Den Webhook-Listener nicht in dieser Konsole ausführen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>Das Hauptfenster in eine PNG-Datei rendern und beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --screenshot: run the embedded listener too (it is off for screenshots otherwise).</source>
        <translation>Mit --screenshot: auch den eingebetteten Listener ausführen (für Screenshots ist er sonst aus).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --screenshot: the view to show (%1).</source>
        <translation>Mit --screenshot: die anzuzeigende Ansicht (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --screenshot: the window size (default 1280x820).</source>
        <translation>Mit --screenshot: die Fenstergröße (Standard 1280x820).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the Fusion style with a dark palette.</source>
        <translation>Den Fusion-Stil mit dunkler Farbpalette verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --screenshot: render the Settings dialog on this page (database, listener, aws, policy, language) instead of the window.</source>
        <translation>Mit --screenshot: statt des Fensters den Einstellungsdialog auf dieser Seite rendern (database, listener, aws, policy, language).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../app/console/Console.cpp" line="+84"/>
        <source>No desktop keyring: %1. Passwords are asked for when needed and not kept; the headless listener reads its secrets from /etc/bouncedesk/listener.env.</source>
        <translation>Kein Desktop-Schlüsselbund: %1. Passwörter werden bei Bedarf abgefragt und nicht gespeichert; der Headless-Listener liest seine Geheimnisse aus /etc/bouncedesk/listener.env.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets found in plain text in the settings file stay there until a keyring runs.</source>
        <translation>Im Klartext in der Einstellungsdatei gefundene Geheimnisse bleiben dort, bis ein Schlüsselbund läuft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moved from the settings file to the desktop keyring: %1.</source>
        <translation>Aus der Einstellungsdatei in den Desktop-Schlüsselbund verschoben: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrets in the settings file could not be moved to the keyring (%1); they stay there.</source>
        <translation>Geheimnisse in der Einstellungsdatei konnten nicht in den Schlüsselbund verschoben werden (%1); sie bleiben dort.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The listener is off: basic-auth user %1 has no password. Enter it in Settings ▸ Listener.</source>
        <translation>Der Listener ist ausgeschaltet: Der Basic-Auth-Benutzer %1 hat kein Passwort. Geben Sie es unter Einstellungen ▸ Listener ein.</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::DatabaseLogin</name>
    <message>
        <location filename="../app/console/DatabaseLogin.cpp" line="+71"/>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the password.</source>
        <translation>Der Server hat das Passwort abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is kept in the desktop keyring.</source>
        <translation>Es wird im Desktop-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no desktop keyring (%1), so the password is not kept: the console asks each time it starts.</source>
        <translation>Es gibt keinen Desktop-Schlüsselbund (%1), daher wird das Passwort nicht gespeichert: Die Konsole fragt bei jedem Start danach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (no password given)</source>
        <translation>%1 (kein Passwort angegeben)</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Model::Aws::AwsClient</name>
    <message>
        <location filename="../model/aws/AwsClient.cpp" line="-76"/>
        <source>not connected to AWS</source>
        <translation>nicht mit AWS verbunden</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Model::BounceTableModel</name>
    <message>
        <location filename="../model/tables/BounceTableModel.cpp" line="+62"/>
        <source>%1: mail to this address is stopped until the suppression is removed</source>
        <translation>%1: E-Mails an diese Adresse werden nicht versendet, bis die Unterdrückung aufgehoben wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address&apos;s state now, not when this bounce arrived</source>
        <translation>Der aktuelle Status der Adresse, nicht der beim Eingang dieses Bounces</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State now</source>
        <translation>Aktueller Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-type</source>
        <translation>Untertyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnostic code</source>
        <translation>Diagnosecode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>hard bounce</source>
        <translation>Hardbounce</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>soft bounces</source>
        <translation>Softbounces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bounce, by hand</source>
        <translation>Bounce, manuell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>complaint, by hand</source>
        <translation>Beschwerde, manuell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by hand</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suppressed (%1)</source>
        <translation>Unterdrückt (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suppressed since %1 (%2)</source>
        <translation>Unterdrückt seit %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hard bounced, not suppressed</source>
        <translation>Hardbounce, nicht unterdrückt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n soft in a row</source>
        <translation>
            <numerusform>%n Softbounce in Folge</numerusform>
            <numerusform>%n Softbounces in Folge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complained, not suppressed</source>
        <translation>Beschwerde, nicht unterdrückt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Model::ComplaintTableModel</name>
    <message>
        <location filename="../model/tables/ComplaintTableModel.cpp" line="+114"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback type</source>
        <translation>Feedback-Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-type</source>
        <translation>Untertyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival date</source>
        <translation>Eingangsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed at</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review note</source>
        <translation>Prüfnotiz</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Model::ConsoleSecrets</name>
    <message>
        <location filename="../model/secrets/ConsoleSecrets.cpp" line="+44"/>
        <source>the database password</source>
        <translation>das Datenbankpasswort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the listener&apos;s basic-auth password</source>
        <translation>das Basic-Auth-Passwort des Listeners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the suppression API token</source>
        <translation>das Token für die Unterdrückungs-API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the AWS secret access key</source>
        <translation>der geheime AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Not kept, as there is no keyring (%1): %2 is used until the console closes.</source>
        <translation>Nicht gespeichert, da kein Schlüsselbund vorhanden ist (%1): %2 wird verwendet, bis die Konsole geschlossen wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not stored in the keyring (%1): %2 is used until the console closes.</source>
        <translation>Nicht im Schlüsselbund gespeichert (%1): %2 wird verwendet, bis die Konsole geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Model::SecretStore</name>
    <message>
        <location filename="../model/secrets/SecretStore.cpp" line="+67"/>
        <source>no D-Bus session bus</source>
        <translation>kein D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no keyring (Secret Service or KWallet) runs on the D-Bus session bus</source>
        <translation>auf dem D-Bus-Sitzungsbus läuft kein Schlüsselbund (Secret Service oder KWallet)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the keyring did not answer: %1</source>
        <translation>der Schlüsselbund hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the keyring refused it: %1</source>
        <translation>der Schlüsselbund hat es abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Model::SuppressionTableModel</name>
    <message>
        <location filename="../model/tables/SuppressionTableModel.cpp" line="+88"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by hand</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On the SES account-level suppression list: SES itself will not send to it</source>
        <translation>Auf der SES-Unterdrückungsliste auf Kontoebene: SES selbst sendet nicht an diese Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known: connect to AWS (Settings → AWS) and press Check SES list</source>
        <translation>Unbekannt: Verbinden Sie sich mit AWS (Einstellungen → AWS) und klicken Sie auf „SES-Liste prüfen“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On SES</source>
        <translation>Bei SES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added at</source>
        <translation>Hinzugefügt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::AddSuppressionDialog</name>
    <message>
        <location filename="../ui/suppressions/AddSuppressionDialog.cpp" line="+21"/>
        <source>Add suppression</source>
        <translation>Unterdrückung hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BOUNCE (the address does not exist)</source>
        <translation>BOUNCE (die Adresse existiert nicht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COMPLAINT (the recipient does not want our mail)</source>
        <translation>COMPLAINT (der Empfänger möchte unsere E-Mails nicht)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>why, ticket number, …</source>
        <translation>Grund, Ticketnummer, …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::AddressHistoryDialog</name>
    <message>
        <location filename="../ui/bounces/AddressHistoryDialog.cpp" line="+27"/>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show raw notification</source>
        <translation>Originalbenachrichtigung anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset bounce status…</source>
        <translation>Bounce-Status zurücksetzen…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot open the database: %1</source>
        <translation>Die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status: %1. %2.</source>
        <translation>Status: %1. %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppressed: %1</source>
        <translation>Unterdrückt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not suppressed</source>
        <translation>Nicht unterdrückt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the history: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::BounceDetailsPane</name>
    <message>
        <location filename="../ui/bounces/BounceDetailsPane.cpp" line="+46"/>
        <source>Bounce details</source>
        <translation>Bounce-Details</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State now</source>
        <translation>Aktueller Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounced</source>
        <translation>Bounce am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting MTA</source>
        <translation>Meldender MTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote MTA</source>
        <translation>Entfernter MTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback id</source>
        <translation>Feedback-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SES message id</source>
        <translation>SES-Nachrichten-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent from</source>
        <translation>Gesendet von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity ARN</source>
        <translation>Identitäts-ARN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagnostic code</source>
        <translation>Diagnosecode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No diagnostic code</source>
        <translation>Kein Diagnosecode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnostic c&amp;ode:</source>
        <translation>Diagnosec&amp;ode:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show raw &amp;JSON</source>
        <translation>Roh-&amp;JSON anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show raw JSON of the notification</source>
        <translation>Roh-JSON der Benachrichtigung anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notification as SNS delivered it, in the Notifications tab (Ctrl+J)</source>
        <translation>Die Benachrichtigung, wie SNS sie zugestellt hat, im Tab „Benachrichtigungen“ (Ctrl+J)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+26"/>
        <source>Select a bounce to see everything SES reported about it.</source>
        <translation>Wählen Sie einen Bounce aus, um alles zu sehen, was SES dazu gemeldet hat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (sent %1)</source>
        <translation> (gesendet %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (on the SES account suppression list: not counted in the bounce rate)</source>
        <translation> (auf der Unterdrückungsliste des SES-Kontos: nicht in der Bounce-Rate gezählt)</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::BouncesView</name>
    <message>
        <location filename="../ui/bounces/BouncesView.cpp" line="+62"/>
        <source>Bounces</source>
        <translation>Bounces</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reset bounce status…</source>
        <translation>Bounce-Status &amp;zurücksetzen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show raw &amp;notification</source>
        <translation>Original&amp;benachrichtigung anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find address</source>
        <translation>Adresse suchen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read bounces: %1</source>
        <translation>Bounces können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard</source>
        <translation>Hard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft</source>
        <translation>Soft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undetermined</source>
        <translation>Unbestimmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounce type</source>
        <translation>Bounce-Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;rom</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only bounces from a date</source>
        <translation>Nur Bounces ab einem Datum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending identity</source>
        <translation>Absenderidentität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity:</source>
        <translation>&amp;Identität:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address, its beginning, @domain or domain.com (Ctrl+F)</source>
        <translation>Adresse, ihr Anfang, @domain oder domain.com (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search addresses</source>
        <translation>Adressen suchen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>All identities</source>
        <translation>Alle Identitäten</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>? bounces</source>
        <translation>? Bounces</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 bounce</source>
        <translation>1 Bounce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 bounces</source>
        <translation>%1 Bounces</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clear the bounce status and lift a bounce suppression</source>
        <translation>Bounce-Status löschen und eine Bounce-Unterdrückung aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible here: %1</source>
        <translation>Hier nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Reset bounce status</source>
        <translation>Bounce-Status zurücksetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bounce status cannot be reset here: %1.</source>
        <translation>Der Bounce-Status kann hier nicht zurückgesetzt werden: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the database: %1</source>
        <translation>Die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to reset.

%1</source>
        <translation>Nichts zurückzusetzen.

%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset the bounce status of %1?</source>
        <translation>Bounce-Status von %1 zurücksetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the bounce status of %1 addresses?</source>
        <translation>Bounce-Status von %1 Adressen zurücksetzen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past events are kept; the change is recorded in the audit log.</source>
        <translation>Vergangene Ereignisse bleiben erhalten; die Änderung wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why is the bounce status reset? (kept in the audit log)</source>
        <translation>Warum wird der Bounce-Status zurückgesetzt? (wird im Audit-Protokoll gespeichert)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A reason is required. Why is the bounce status reset?</source>
        <translation>Eine Begründung ist erforderlich. Warum wird der Bounce-Status zurückgesetzt?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The bounce status could not be reset:
%1

Your reason is kept for the next try: &quot;%2&quot;</source>
        <translation>Der Bounce-Status konnte nicht zurückgesetzt werden:
%1

Ihre Begründung bleibt für den nächsten Versuch erhalten: „%2“</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::BreakdownPanel</name>
    <message>
        <location filename="../ui/dashboard/BreakdownPanel.cpp" line="+25"/>
        <source>What caused them</source>
        <translation>Ursachen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Break down by</source>
        <translation>Aufschlüsseln nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient domain</source>
        <translation>Empfängerdomain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending identity</source>
        <translation>Absenderidentität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration set</source>
        <translation>Konfigurationssatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message tag</source>
        <translation>Nachrichten-Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message tags are the sender&apos;s own mail.tags from SES event publishing (e.g. a campaign tag); configuration sets come from the ses:configuration-set tag.</source>
        <translation>Nachrichten-Tags sind die eigenen mail.tags des Absenders aus der SES-Ereignisveröffentlichung (z. B. ein Kampagnen-Tag); Konfigurationssätze stammen aus dem Tag ses:configuration-set.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;By:</source>
        <translation>&amp;Gruppiert nach:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breakdown of bounces and complaints</source>
        <translation>Aufschlüsselung der Bounces und Beschwerden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hard</source>
        <translation>Hard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soft</source>
        <translation>Soft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compl.</source>
        <translation>Beschw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard bounces in SES&apos;s bounce rate</source>
        <translation>Hardbounces in der Bounce-Rate von SES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft (Transient) bounces, not in the rate</source>
        <translation>Softbounces (Transient), nicht in der Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Double-click (or Enter) to open the bounces for a value; with Shift, its complaints</source>
        <translation>Doppelklick (oder Eingabetaste) öffnet die Bounces zu einem Wert, mit Umschalttaste seine Beschwerden</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No bounces or complaints with this in the range.</source>
        <translation>Im Zeitraum keine Bounces oder Beschwerden mit diesem Merkmal.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The %n with most hard bounces and complaints in the range.</source>
        <translation>
            <numerusform>Die Top %n nach Hardbounces und Beschwerden im Zeitraum.</numerusform>
            <numerusform>Die Top %n nach Hardbounces und Beschwerden im Zeitraum.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::ComplaintsView</name>
    <message>
        <location filename="../ui/complaints/ComplaintsView.cpp" line="+37"/>
        <source>Unreviewed</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Which complaints to show</source>
        <translation>Welche Beschwerden angezeigt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mark reviewed…</source>
        <translation>Als geprüft &amp;markieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show raw &amp;notification</source>
        <translation>Original&amp;benachrichtigung anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark the selected complaints reviewed</source>
        <translation>Ausgewählte Beschwerden als geprüft markieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+8"/>
        <source>? unreviewed</source>
        <translation>? ungeprüft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 unreviewed</source>
        <translation>%1 ungeprüft</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mark the selected complaints reviewed (Ctrl+M)</source>
        <translation>Ausgewählte Beschwerden als geprüft markieren (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed: %1</source>
        <translation>Nicht erlaubt: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+8"/>
        <source>Mark reviewed</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>Note for %n complaint(s), optional:</source>
        <translation>
            <numerusform>Notiz zu %n Beschwerde, optional:</numerusform>
            <numerusform>Notiz zu %n Beschwerden, optional:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The complaints were not marked reviewed: %1</source>
        <translation>Die Beschwerden wurden nicht als geprüft markiert: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n complaint(s) had already been reviewed by someone else and were left as they were.</source>
        <translation>
            <numerusform>%n Beschwerde war bereits von jemand anderem geprüft worden und blieb unverändert.</numerusform>
            <numerusform>%n Beschwerden waren bereits von jemand anderem geprüft worden und blieben unverändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::DashboardView</name>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="+75"/>
        <source>below the warning level</source>
        <translation>unter der Warnschwelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: approaching the review limit</source>
        <translation>Warnung: nähert sich der Überprüfungsgrenze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at or above the review limit: SES may place the account under review</source>
        <translation>an oder über der Überprüfungsgrenze: SES kann das Konto unter Überprüfung stellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at or above the pause limit: SES may pause sending</source>
        <translation>an oder über der Pausierungsgrenze: SES kann den Versand pausieren</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic: hourly up to 7 days, daily beyond (UTC days)</source>
        <translation>Automatisch: bis 7 Tage stündlich, darüber täglich (UTC-Tage)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending identity (the mail&apos;s source address)</source>
        <translation>Absenderidentität (die Absenderadresse der E-Mail)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNS topic the events came through</source>
        <translation>SNS-Thema, über das die Ereignisse eingingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buckets:</source>
        <translation>Intervalle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity:</source>
        <translation>Identität:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>AWS&apos;s own figures: Reputation.BounceRate and Reputation.ComplaintRate from CloudWatch (account-wide, over the window SES judges by) and the account&apos;s status from SES. Bouncedesk&apos;s estimate above counts only what reached this database.</source>
        <translation>Die eigenen Zahlen von AWS: Reputation.BounceRate und Reputation.ComplaintRate aus CloudWatch (kontoweit, über das Zeitfenster, nach dem SES bewertet) und der Kontostatus von SES. Die Schätzung von Bouncedesk oben zählt nur, was diese Datenbank erreicht hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bounce rate</source>
        <translation>Bounce-Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint rate</source>
        <translation>Beschwerderate</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click a point to open its bounces</source>
        <translation>Klicken Sie auf einen Punkt, um seine Bounces zu öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a point to open its complaints</source>
        <translation>Klicken Sie auf einen Punkt, um seine Beschwerden zu öffnen</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Not connected to AWS.</source>
        <translation>Nicht mit AWS verbunden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not connected to AWS: %1.</source>
        <translation>Nicht mit AWS verbunden: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a profile under Settings → AWS to see AWS&apos;s own bounce and complaint rates and the account&apos;s sending status here (keys as for the AWS CLI; IAM policy in docs/aws-setup.md).</source>
        <translation>Wählen Sie unter Einstellungen → AWS ein Profil, um hier die eigenen Bounce- und Beschwerderaten von AWS und den Versandstatus des Kontos zu sehen (Schlüssel wie für die AWS CLI; IAM-Richtlinie in docs/aws-setup.md).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;AWS&apos;s own figures&lt;/b&gt; (CloudWatch, whole account): bounce %1, complaint %2</source>
        <translation>&lt;b&gt;Zahlen von AWS&lt;/b&gt; (CloudWatch, gesamtes Konto): Bounces %1, Beschwerden %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sending %1, status %2, %3 of %4 sent in 24 h</source>
        <translation>Versand %1, Status %2, %3 von %4 in 24 h gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;b&gt;paused&lt;/b&gt;</source>
        <translation>&lt;b&gt;pausiert&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last AWS error: %1</source>
        <translation>Letzter AWS-Fehler: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All identities</source>
        <translation>Alle Identitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot read the rates: %1</source>
        <translation>Die Raten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the start of the range must be before its end</source>
        <translation>der Beginn des Zeitraums muss vor seinem Ende liegen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>sends</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivery attempts (deliveries + bounces)</source>
        <translation>Zustellversuchen (Zustellungen + Bounces)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hard bounces over %1, as SES counts them: Permanent bounces only, leaving out those to addresses on the account suppression list. Soft (Transient) and undetermined bounces are shown beside it, not counted in it.</source>
        <translation>Hardbounces im Verhältnis zu %1, wie SES sie zählt: nur Bounces vom Typ Permanent, ohne die an Adressen auf der Unterdrückungsliste des Kontos. Softbounces (Transient) und unbestimmte Bounces werden daneben angezeigt, aber nicht mitgezählt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complaints over %1.</source>
        <translation>Beschwerden im Verhältnis zu %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends %1 · Deliveries %2 · Hard bounces %3 (in the rate) · Soft and other bounces %4 (not in the rate) · Complaints %5</source>
        <translation>Sendungen %1 · Zustellungen %2 · Hardbounces %3 (in der Rate) · Softbounces und andere %4 (nicht in der Rate) · Beschwerden %5</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n bounce(s) to addresses on the account suppression list, not counted in the rate</source>
        <translation>
            <numerusform>%n Bounce an Adressen auf der Unterdrückungsliste des Kontos, nicht in der Rate gezählt</numerusform>
            <numerusform>%n Bounces an Adressen auf der Unterdrückungsliste des Kontos, nicht in der Rate gezählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rates per send: %1 sends (Send events are published for this range).</source>
        <translation>Raten pro Sendung: %1 Sendungen (für diesen Zeitraum werden Send-Ereignisse veröffentlicht).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates per delivery attempt: %1 deliveries + bounces (no Send events in this range).</source>
        <translation>Raten pro Zustellversuch: %1 Zustellungen + Bounces (keine Send-Ereignisse in diesem Zeitraum).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bounce rate counts hard bounces only, as SES does. This is a local estimate: AWS computes its own rates over a representative volume, so its figures can differ.</source>
        <translation>Die Bounce-Rate zählt wie bei SES nur Hardbounces. Dies ist eine lokale Schätzung: AWS berechnet seine eigenen Raten über ein repräsentatives Volumen, daher können seine Zahlen abweichen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+5"/>
        <source>Export charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Export rates</source>
        <translation>Raten exportieren</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::GetStartedPanel</name>
    <message>
        <location filename="../ui/dashboard/GetStartedPanel.cpp" line="+47"/>
        <source>Get started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database holds no SES feedback yet, so there is nothing to chart. Here are three ways to fill it; the dashboard appears as soon as the first notification is stored.</source>
        <translation>Diese Datenbank enthält noch kein SES-Feedback, daher gibt es nichts darzustellen. Hier sind drei Wege, sie zu füllen; das Dashboard erscheint, sobald die erste Benachrichtigung gespeichert ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See it work now</source>
        <translation>Jetzt ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends %1 simulated SES notifications (sends, deliveries, hard and soft bounces, complaints) to this console&apos;s own listener over HTTP, signed with a local test key that the listener trusts for the test topic &lt;i&gt;bouncedesk-simulator&lt;/i&gt; only. They take the whole path real ones take (signature check, storage, suppression policy) and land in every view. No AWS account needed.</source>
        <translation>Sendet %1 simulierte SES-Benachrichtigungen (Sendungen, Zustellungen, Hard- und Softbounces, Beschwerden) über HTTP an den eigenen Listener dieser Konsole, signiert mit einem lokalen Testschlüssel, dem der Listener nur für das Testthema &lt;i&gt;bouncedesk-simulator&lt;/i&gt; vertraut. Sie durchlaufen denselben Weg wie echte Benachrichtigungen (Signaturprüfung, Speicherung, Unterdrückungsrichtlinie) und erscheinen in jeder Ansicht. Kein AWS-Konto erforderlich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send &amp;test traffic</source>
        <translation>&amp;Testverkehr senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send test traffic</source>
        <translation>Testverkehr senden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Receive from AWS</source>
        <translation>Von AWS empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;HTTPS:&lt;/b&gt; in the SNS console, create a topic (or use your SES identity&apos;s), add an HTTPS subscription to the endpoint below with raw message delivery off, and point your identity&apos;s bounce and complaint notifications (or a configuration set&apos;s event destination) at the topic. Then trust the topic in the &lt;i&gt;Listener&lt;/i&gt; view; its subscription is confirmed for you. The endpoint must be reachable from the internet, e.g. through a reverse proxy.</source>
        <translation>&lt;b&gt;HTTPS:&lt;/b&gt; Erstellen Sie in der SNS-Konsole ein Thema (oder verwenden Sie das Ihrer SES-Identität), fügen Sie ein HTTPS-Abonnement für den unten angegebenen Endpunkt mit deaktivierter Rohnachrichtenzustellung hinzu, und leiten Sie die Bounce- und Beschwerdebenachrichtigungen Ihrer Identität (oder das Ereignisziel eines Konfigurationssatzes) an das Thema. Vertrauen Sie dem Thema anschließend in der Ansicht &lt;i&gt;Listener&lt;/i&gt;; sein Abonnement wird dann für Sie bestätigt. Der Endpunkt muss aus dem Internet erreichbar sein, z. B. über einen Reverse Proxy.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy endpoint URL</source>
        <translation>Endpunkt-URL &amp;kopieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;SQS:&lt;/b&gt; or subscribe an SQS queue to the topic and let the console pull it: no public endpoint needed, and messages wait in the queue while the console is closed.</source>
        <translation>&lt;b&gt;SQS:&lt;/b&gt; Oder abonnieren Sie das Thema mit einer SQS-Warteschlange und lassen Sie die Konsole diese abrufen: Es ist kein öffentlicher Endpunkt nötig, und Nachrichten warten in der Warteschlange, solange die Konsole geschlossen ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set up &amp;AWS…</source>
        <translation>AWS ein&amp;richten…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a shared database</source>
        <translation>Gemeinsame Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a headless listener already stores feedback for your team (bouncedesk-cli listen on a server), point this console at the same PostgreSQL database, e.g. &lt;tt&gt;postgresql://reviewer@db.example.com/bouncedesk&lt;/tt&gt;. What you may do then follows the database role you log in with.</source>
        <translation>Wenn bereits ein Headless-Listener Feedback für Ihr Team speichert (bouncedesk-cli listen auf einem Server), verbinden Sie diese Konsole mit derselben PostgreSQL-Datenbank, z. B. &lt;tt&gt;postgresql://reviewer@db.example.com/bouncedesk&lt;/tt&gt;. Was Sie dann tun dürfen, richtet sich nach der Datenbankrolle, mit der Sie sich anmelden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a &amp;database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show the empty &amp;charts</source>
        <translation>Leere Dia&amp;gramme anzeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the console&apos;s listener is not running</source>
        <translation>der Listener der Konsole läuft nicht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Test traffic needs the console&apos;s listener: %1.</source>
        <translation>Testverkehr benötigt den Listener der Konsole: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint: &lt;b&gt;%1&lt;/b&gt; (this machine; SNS needs the public URL that reaches it)</source>
        <translation>Endpunkt: &lt;b&gt;%1&lt;/b&gt; (dieser Rechner; SNS benötigt die öffentliche URL, unter der er erreichbar ist)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console&apos;s listener is off: turn it on in Settings ▸ Listener, or run bouncedesk-cli listen on a server.</source>
        <translation>Der Listener der Konsole ist ausgeschaltet: Schalten Sie ihn unter Einstellungen ▸ Listener ein, oder führen Sie bouncedesk-cli listen auf einem Server aus.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sent, %2 stored.</source>
        <translation>%1 gesendet, %2 gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sent; the listener answered: %2</source>
        <translation>%1 gesendet; der Listener antwortete: %2</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::GuideDialog</name>
    <message>
        <location filename="../ui/main/GuideDialog.cpp" line="+29"/>
        <location line="+3"/>
        <source>Operator&apos;s guide</source>
        <translation>Betriebshandbuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The operator&apos;s guide is not installed with this copy of Bouncedesk. It is docs/operator-guide.md in the source.</source>
        <translation>Das Betriebshandbuch ist in dieser Bouncedesk-Installation nicht enthalten. Im Quellcode finden Sie es unter docs/operator-guide.md.</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::ListenerView</name>
    <message>
        <location filename="../ui/listener/ListenerView.cpp" line="+38"/>
        <source>Pending: waiting for confirmation</source>
        <translation>Ausstehend: wartet auf Bestätigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirming</source>
        <translation>Wird bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation failed</source>
        <translation>Bestätigung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Topic not trusted</source>
        <translation>Thema nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature does not verify</source>
        <translation>Signatur ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing certificate refused</source>
        <translation>Signaturzertifikat abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older than the replay window</source>
        <translation>Älter als das Replay-Zeitfenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dated in the future</source>
        <translation>In der Zukunft datiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing or wrong basic auth</source>
        <translation>Basic Auth fehlt oder ist falsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body over the size limit</source>
        <translation>Body über der Größengrenze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request head over 16 KiB</source>
        <translation>Anfrage-Header über 16 KiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Content-Length</source>
        <translation>Kein Content-Length</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Webhook listener</source>
        <translation>Webhook-Listener</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Co&amp;py SNS endpoint URL</source>
        <translation>SNS-Endpunkt-URL &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy SNS endpoint URL</source>
        <translation>SNS-Endpunkt-URL kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The URL to subscribe to the topic in SNS (protocol HTTP or HTTPS)</source>
        <translation>Die URL, die in SNS das Thema abonniert (Protokoll HTTP oder HTTPS)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+35"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>Counts:</source>
        <translation>Zähler:</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Recent rejections</source>
        <translation>Letzte Ablehnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests refused since this console started (they are never stored)</source>
        <translation>Seit dem Start dieser Konsole abgelehnte Anfragen (sie werden nie gespeichert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected because</source>
        <translation>Abgelehnt wegen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recent rejections:</source>
        <translation>Letzte Ablehnungen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQS queue</source>
        <translation>SQS-Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a computer SNS cannot reach: SNS delivers to an SQS queue, and this console pulls from it. Each message is verified like a POST and deleted from the queue once stored.</source>
        <translation>Für einen Rechner, den SNS nicht erreichen kann: SNS stellt an eine SQS-Warteschlange zu, und diese Konsole ruft daraus ab. Jede Nachricht wird wie ein POST geprüft und nach dem Speichern aus der Warteschlange gelöscht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;No topic is trusted.&lt;/b&gt; Every notification is refused (HTTP 403) and subscription requests stay pending. Trust your SES feedback topic below once its subscription request arrives, or add it under Settings → Listener.</source>
        <translation>&lt;b&gt;Keinem Thema wird vertraut.&lt;/b&gt; Jede Benachrichtigung wird abgelehnt (HTTP 403), und Abonnementanfragen bleiben ausstehend. Vertrauen Sie unten Ihrem SES-Feedback-Thema, sobald seine Abonnementanfrage eintrifft, oder fügen Sie es unter Einstellungen → Listener hinzu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Trusted topics</source>
        <translation>Vertrauenswürdige Themen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Only notifications from these SNS topics are accepted. A valid signature proves that SNS sent a message, not that the topic is yours.</source>
        <translation>Nur Benachrichtigungen von diesen SNS-Themen werden angenommen. Eine gültige Signatur beweist, dass SNS eine Nachricht gesendet hat, nicht, dass das Thema Ihnen gehört.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Trusted by</source>
        <translation>Vertraut von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move trust…</source>
        <translation>Vertrauen &amp;entziehen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+164"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>Remove trust</source>
        <translation>Vertrauen entziehen</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+6"/>
        <source>SNS subscription requests</source>
        <translation>SNS-Abonnementanfragen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+94"/>
        <source>Tr&amp;ust and confirm</source>
        <translation>Vertrauen und bes&amp;tätigen</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <location line="+27"/>
        <source>Trust and confirm</source>
        <translation>Vertrauen und bestätigen</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Configured in Settings or with --topic</source>
        <translation>In den Einstellungen oder mit --topic konfiguriert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Confi&amp;rm</source>
        <translation>Bes&amp;tätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not possible here: %1</source>
        <translation>Hier nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusts the topic and confirms its subscription. The confirmation goes to the SNS host of the topic, never to a URL taken from the message.</source>
        <translation>Vertraut dem Thema und bestätigt sein Abonnement. Die Bestätigung geht an den SNS-Host des Themas, nie an eine URL aus der Nachricht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>account %1, region %2</source>
        <translation>Konto %1, Region %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown account</source>
        <translation>unbekanntes Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>Trust topic</source>
        <translation>Thema vertrauen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Trust %1 (%2)?

Bouncedesk will then accept its notifications: bounces and complaints from it suppress addresses. Trust only your own SES feedback topics.</source>
        <translation>%1 (%2) vertrauen?

Bouncedesk nimmt dann seine Benachrichtigungen an: Bounces und Beschwerden daraus unterdrücken Adressen. Vertrauen Sie nur Ihren eigenen SES-Feedback-Themen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The topic is trusted. The listener writing to this database confirms the subscription within a few seconds (when it confirms automatically).</source>
        <translation>Das Thema ist jetzt vertrauenswürdig. Der Listener, der in diese Datenbank schreibt, bestätigt das Abonnement innerhalb weniger Sekunden (sofern er automatisch bestätigt).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Notifications from %1 will be refused. Why?</source>
        <translation>Benachrichtigungen von %1 werden dann abgelehnt. Warum?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not pulling from a queue. Behind NAT or without a public HTTPS address, subscribe an SQS queue to the SNS topic and enter its URL under Settings → AWS (see docs/aws-setup.md).</source>
        <translation>Es wird keine Warteschlange abgerufen. Hinter NAT oder ohne öffentliche HTTPS-Adresse abonnieren Sie das SNS-Thema mit einer SQS-Warteschlange und tragen Sie deren URL unter Einstellungen → AWS ein (siehe docs/aws-setup.md).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pulling %1</source>
        <translation>Abruf von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 received, %2 stored, %3 duplicates, %4 refused (left in the queue), %5 deleted</source>
        <translation>%1 empfangen, %2 gespeichert, %3 Duplikate, %4 abgelehnt (in der Warteschlange belassen), %5 gelöscht</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+29"/>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Not running in this console (a headless listener may write to this database).</source>
        <translation>Läuft nicht in dieser Konsole (ein Headless-Listener schreibt möglicherweise in diese Datenbank).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running: %1</source>
        <translation>Läuft nicht: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 received, %2 stored, %3 duplicates, %4 rejected, %5 answered 503</source>
        <translation>%1 empfangen, %2 gespeichert, %3 Duplikate, %4 abgelehnt, %5 mit 503 beantwortet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last message stored %1</source>
        <translation>Letzte Nachricht gespeichert: %1</translation>
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
        <translation>Da&amp;shboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bounces</source>
        <translation>&amp;Bounces</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+306"/>
        <source>&amp;Complaints</source>
        <translation>Bes&amp;chwerden</translation>
    </message>
    <message>
        <location line="-305"/>
        <source>&amp;Suppressions</source>
        <translation>&amp;Unterdrückungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notifications</source>
        <translation>Be&amp;nachrichtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Listener</source>
        <translation>&amp;Listener</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No keyring</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Test traffic: %1 sent, %2 stored. See Bounces, Complaints, Suppressions and Notifications.</source>
        <translation>Testverkehr: %1 gesendet, %2 gespeichert. Siehe Bounces, Beschwerden, Unterdrückungen und Benachrichtigungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test traffic: %1 sent; the listener answered %2</source>
        <translation>Testverkehr: %1 gesendet; der Listener antwortete %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Maintenance and report…</source>
        <translation>&amp;Wartung und Bericht…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Operator&apos;s &amp;guide</source>
        <translation>&amp;Betriebshandbuch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the &amp;rates mean</source>
        <translation>Was die &amp;Raten bedeuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the rates mean</source>
        <translation>Was die Raten bedeuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Bouncedesk</source>
        <translation>&amp;Über Bouncedesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Bouncedesk</source>
        <translation>Über Bouncedesk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No desktop keyring: %1. Passwords and tokens are asked for or entered in Settings and kept only until the console closes, never in the settings file.</source>
        <translation>Kein Desktop-Schlüsselbund: %1. Passwörter und Tokens werden abgefragt oder in den Einstellungen eingegeben und nur bis zum Schließen der Konsole behalten, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Settings saved. Listener settings apply at once; a new database after a restart.</source>
        <translation>Einstellungen gespeichert. Listener-Einstellungen gelten sofort, eine neue Datenbank nach einem Neustart.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this console runs without its listener</source>
        <translation>diese Konsole läuft ohne ihren Listener</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is off (Settings ▸ Listener)</source>
        <translation>er ist ausgeschaltet (Einstellungen ▸ Listener)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it serves HTTPS with a certificate this console does not check test traffic against; turn TLS off to try it</source>
        <translation>er verwendet HTTPS mit einem Zertifikat, gegen das diese Konsole Testverkehr nicht prüft; schalten Sie TLS zum Ausprobieren aus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bouncedesk %1
Watches Amazon SES bounces and complaints.

Qt %2, %3
Database: %4 (schema version %5)</source>
        <translation>Bouncedesk %1
Überwacht Bounces und Beschwerden von Amazon SES.

Qt %2, %3
Datenbank: %4 (Schemaversion %5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bounce rate: hard bounces over sends, as SES counts it. Hard means SES reported the bounce as Permanent; bounces to addresses already on the account suppression list are left out. Soft (Transient) and undetermined bounces are shown beside the rate, not in it. Without Send events (event publishing), the denominator is the delivery attempts SES told us about: deliveries plus bounces.

Complaint rate: complaints over the same denominator.

SES puts an account under review at a bounce rate of 5% or a complaint rate of 0.1%, and may pause sending at 10% or 0.5%. The dashboard&apos;s figures are Bouncedesk&apos;s estimate from the feedback that reached this database; AWS computes its own over a representative volume, shown beside ours when the console is connected to the AWS account (Settings → AWS).</source>
        <translation>Bounce-Rate: Hardbounces im Verhältnis zu den Sendungen, so wie SES sie zählt. Hard bedeutet, dass SES den Bounce als Permanent gemeldet hat; Bounces an Adressen, die bereits auf der Unterdrückungsliste des Kontos stehen, werden nicht berücksichtigt. Softbounces (Transient) und unbestimmte Bounces werden neben der Rate angezeigt, nicht in ihr. Ohne Send-Ereignisse (Ereignisveröffentlichung) ist der Nenner die Zahl der Zustellversuche, die SES gemeldet hat: Zustellungen plus Bounces.

Beschwerderate: Beschwerden im Verhältnis zum selben Nenner.

SES stellt ein Konto bei einer Bounce-Rate von 5 % oder einer Beschwerderate von 0,1 % unter Überprüfung und kann den Versand bei 10 % bzw. 0,5 % pausieren. Die Zahlen im Dashboard sind die Schätzung von Bouncedesk aus dem Feedback, das diese Datenbank erreicht hat; AWS berechnet eigene Werte über ein repräsentatives Volumen, die neben unseren angezeigt werden, wenn die Konsole mit dem AWS-Konto verbunden ist (Einstellungen → AWS).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listener off</source>
        <translation>Listener aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener not running: %1</source>
        <translation>Listener läuft nicht: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listener off in this console</source>
        <translation>Listener in dieser Konsole aus</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No complaints to review</source>
        <translation>Keine Beschwerden zu prüfen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n complaint(s) to review</source>
        <translation>
            <numerusform>%n Beschwerde zu prüfen</numerusform>
            <numerusform>%n Beschwerden zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Complaints (%1)</source>
        <translation>Bes&amp;chwerden (%1)</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::MaintenanceDialog</name>
    <message>
        <location filename="../ui/settings/MaintenanceDialog.cpp" line="+28"/>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Soft-bounced addresses quiet for %1 days recover and their soft-bounce suppressions are lifted. Transient bounces older than %2 days and other records older than %3 days are removed. Hard, complaint and manual suppressions, the audit log, rate history and complaints awaiting review are kept.</source>
        <translation>Adressen mit Softbounces, die seit %1 Tagen ruhig sind, gelten wieder als unauffällig, und ihre Softbounce-Unterdrückungen werden aufgehoben. Softbounces (Transient), die älter als %2 Tage sind, und andere Datensätze, die älter als %3 Tage sind, werden gelöscht. Unterdrückungen wegen Hardbounces und Beschwerden, manuelle Unterdrückungen, das Audit-Protokoll, der Ratenverlauf und noch zu prüfende Beschwerden bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what maintenance would do without changing anything</source>
        <translation>Zeigt, was die Wartung tun würde, ohne etwas zu ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <location line="+4"/>
        <source>Run maintenance</source>
        <translation>Wartung ausführen</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report covers this many days up to now</source>
        <translation>Der Bericht umfasst so viele Tage bis heute</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The plan or the report appears here.</source>
        <translation>Hier erscheint der Plan oder der Bericht.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Maintenance was cancelled; nothing was changed.</source>
        <translation>Die Wartung wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance failed</source>
        <translation>Wartung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run maintenance on %1 now? Old records are deleted and cannot be brought back. Use Dry run first to see what would change.</source>
        <translation>Wartung für %1 jetzt ausführen? Alte Datensätze werden gelöscht und können nicht wiederhergestellt werden. Verwenden Sie zuerst „Probelauf“, um zu sehen, was sich ändern würde.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Building the report…</source>
        <translation>Bericht wird erstellt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working out what maintenance would do…</source>
        <translation>Es wird ermittelt, was die Wartung tun würde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running maintenance…</source>
        <translation>Wartung läuft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <translation>Nicht verstanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SES attached to topic</source>
        <translation>SES mit Thema verbunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>simulated, not from SNS</source>
        <translation>simuliert, nicht von SNS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsigned (raw delivery from an SQS queue)</source>
        <translation>unsigniert (Rohzustellung aus einer SQS-Warteschlange)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified (SignatureVersion %1)</source>
        <translation>verifiziert (SignatureVersion %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent by SES account %1, not the topic&apos;s account</source>
        <translation>Gesendet vom SES-Konto %1, nicht vom Konto des Themas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MessageId</source>
        <translation>MessageId</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::NotificationsView</name>
    <message>
        <location filename="../ui/notifications/NotificationsView.cpp" line="+54"/>
        <source>All messages</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SES events</source>
        <translation>SES-Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genuine but not understood</source>
        <translation>Echt, aber nicht verstanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MessageId or topic (Ctrl+F)</source>
        <translation>MessageId oder Thema (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by MessageId or topic</source>
        <translation>Nach MessageId oder Thema suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which messages to show</source>
        <translation>Welche Nachrichten angezeigt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Raw JSON of the selected message</source>
        <translation>Roh-JSON der ausgewählten Nachricht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a message to read it as SNS delivered it.</source>
        <translation>Wählen Sie eine Nachricht aus, um sie so zu lesen, wie SNS sie zugestellt hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y JSON</source>
        <translation>JSON &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Showing one message; clear the search to see all.</source>
        <translation>Eine Nachricht wird angezeigt; leeren Sie die Suche, um alle zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first. Rejected requests are never stored; the Listener tab counts them.</source>
        <translation>Neueste zuerst. Abgelehnte Anfragen werden nie gespeichert; der Tab „Listener“ zählt sie.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(message no longer stored)</source>
        <translation>(Nachricht nicht mehr gespeichert)</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::RateChart</name>
    <message>
        <location filename="../ui/dashboard/RateChart.cpp" line="+29"/>
        <source>no mail</source>
        <translation>keine E-Mails</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+10"/>
        <source>Bounce rate</source>
        <translation>Bounce-Rate</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Complaint rate</source>
        <translation>Beschwerderate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review limit %1</source>
        <translation>Überprüfungsgrenze %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pause limit %1</source>
        <translation>Pausierungsgrenze %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>AWS&apos;s bounce rate (CloudWatch)</source>
        <translation>Bounce-Rate von AWS (CloudWatch)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AWS&apos;s complaint rate (CloudWatch)</source>
        <translation>Beschwerderate von AWS (CloudWatch)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>review %1</source>
        <translation>Überprüfung %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>bucket start (local time)</source>
        <translation>Intervallbeginn (Ortszeit)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>% of sends</source>
        <translation>% der Sendungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of delivery attempts</source>
        <translation>% der Zustellversuche</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2 (%L3 of %L4)</source>
        <translation>%1: %2 (%L3 von %L4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sends %L1, deliveries %L2</source>
        <translation>Sendungen %L1, Zustellungen %L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard bounces %L1 (in the rate), soft %L2 (not in it)</source>
        <translation>Hardbounces %L1 (in der Rate), Softbounces %L2 (nicht darin)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n on the account suppression list (not counted)</source>
        <translation>
            <numerusform>%n auf der Unterdrückungsliste des Kontos (nicht gezählt)</numerusform>
            <numerusform>%n auf der Unterdrückungsliste des Kontos (nicht gezählt)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints %1</source>
        <translation>Beschwerden %1</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::ScopeBar</name>
    <message>
        <location filename="../ui/common/ScopeBar.cpp" line="+21"/>
        <source>Show &amp;all</source>
        <translation>Alle anz&amp;eigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all, not only the dashboard&apos;s selection</source>
        <translation>Alle anzeigen, nicht nur die Auswahl aus dem Dashboard</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>identity %1</source>
        <translation>Identität %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>topic %1</source>
        <translation>Thema %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recipient domain %1</source>
        <translation>Empfängerdomain %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>configuration set %1</source>
        <translation>Konfigurationssatz %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the dashboard: %1</source>
        <translation>Aus dem Dashboard: %1</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+70"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Listener</source>
        <translation>&amp;Listener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;AWS</source>
        <translation>&amp;AWS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Policy</source>
        <translation>&amp;Richtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;nguage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Database URL:</source>
        <translation>Datenbank-URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL only; empty: ~/.pgpass, or asked for</source>
        <translation>nur PostgreSQL; leer: ~/.pgpass oder Abfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database password:</source>
        <translation>Datenbankpasswort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sqlite:///absolute/path.db, or postgresql://user@host[:port]/dbname for a database shared with a headless listener. The password is kept in the desktop keyring (or comes from ~/.pgpass). Empty: the default file. A new database takes effect after a restart.</source>
        <translation>sqlite:///absolute/path.db oder postgresql://user@host[:port]/dbname für eine Datenbank, die mit einem Headless-Listener geteilt wird. Das Passwort wird im Desktop-Schlüsselbund gespeichert (oder stammt aus ~/.pgpass). Leer: die Standarddatei. Eine neue Datenbank wird nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run the webhook listener in this console</source>
        <translation>Webhook-Listener in dieser Konsole ausführen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One TopicArn per line; notifications from any other topic are refused</source>
        <translation>Ein TopicArn pro Zeile; Benachrichtigungen von anderen Themen werden abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowed topics:</source>
        <translation>Zulässige Themen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm genuine subscriptions automatically</source>
        <translation>Echte Abonnements automatisch bestätigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest body:</source>
        <translation>Maximale Body-Größe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS certificate (PEM):</source>
        <translation>TLS-Zertifikat (PEM):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS key (PEM):</source>
        <translation>TLS-Schlüssel (PEM):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Basic auth user:</source>
        <translation>Basic-Auth-Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic auth password:</source>
        <translation>Basic-Auth-Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse messages older than:</source>
        <translation>Nachrichten ablehnen, die älter sind als:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: GET /v1/suppressions/{email} is off</source>
        <translation>leer: GET /v1/suppressions/{email} ist deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppression API token:</source>
        <translation>Token für Unterdrückungs-API:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AWS_PROFILE or default</source>
        <translation>AWS_PROFILE oder default</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the profile&apos;s, or AWS_REGION</source>
        <translation>die des Profils oder AWS_REGION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: AWS itself</source>
        <translation>leer: AWS selbst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint URL:</source>
        <translation>Endpunkt-URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: the profile&apos;s keys</source>
        <translation>leer: die Schlüssel des Profils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access key ID:</source>
        <translation>Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret access key:</source>
        <translation>Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without an access key here, keys come from the profile in ~/.aws/credentials (or AWS_ACCESS_KEY_ID in the environment), as for the AWS CLI. A secret access key entered here is kept in the desktop keyring. The IAM policy it needs is in docs/aws-setup.md.</source>
        <translation>Ohne Zugriffsschlüssel hier stammen die Schlüssel wie bei der AWS CLI aus dem Profil in ~/.aws/credentials (oder aus AWS_ACCESS_KEY_ID in der Umgebung). Ein hier eingegebener geheimer Zugriffsschlüssel wird im Desktop-Schlüsselbund gespeichert. Die benötigte IAM-Richtlinie steht in docs/aws-setup.md.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pull feedback from SQS queue:</source>
        <translation>Feedback aus SQS-Warteschlange abrufen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The queue&apos;s subscription uses raw message delivery (no signature to check)</source>
        <translation>Das Abonnement der Warteschlange nutzt Rohnachrichtenzustellung (keine Signatur zu prüfen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Soft bounces in a row that suppress:</source>
        <translation>Softbounces in Folge bis zur Unterdrückung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Within:</source>
        <translation>Innerhalb von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soft status recovers after quiet:</source>
        <translation>Softbounce-Status verfällt ohne neue Bounces nach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep transient bounce records:</source>
        <translation>Softbounce-Datensätze aufbewahren:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep other records:</source>
        <translation>Andere Datensätze aufbewahren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn at this share of the review limit:</source>
        <translation>Warnen bei diesem Anteil der Überprüfungsgrenze:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The system&apos;s (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numbers and dates: %1 · %2</source>
        <translation>Zahlen und Datumsangaben: %1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language of menus, messages and the command-line tool&apos;s output, and how numbers, percentages and dates are written. A change takes effect when the console starts again.</source>
        <translation>Die Sprache der Menüs, Meldungen und Ausgaben des Befehlszeilenwerkzeugs sowie die Schreibweise von Zahlen, Prozentwerten und Datumsangaben. Eine Änderung wird beim nächsten Start der Konsole wirksam.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passwords, tokens and the AWS secret key are kept in the desktop keyring, never in the settings file.</source>
        <translation>Passwörter, Tokens und der geheime AWS-Schlüssel werden im Desktop-Schlüsselbund gespeichert, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No desktop keyring (%1): passwords, tokens and keys entered here are used until the console closes and are not kept anywhere; the database password is asked for at each start. The headless listener reads its secrets from its environment file, /etc/bouncedesk/listener.env.</source>
        <translation>Kein Desktop-Schlüsselbund (%1): Hier eingegebene Passwörter, Tokens und Schlüssel werden bis zum Schließen der Konsole verwendet und nirgends gespeichert; das Datenbankpasswort wird bei jedem Start abgefragt. Der Headless-Listener liest seine Geheimnisse aus seiner Umgebungsdatei /etc/bouncedesk/listener.env.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The listener address must be an IP address, e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation>Die Listener-Adresse muss eine IP-Adresse sein, z. B. 127.0.0.1 oder 0.0.0.0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS needs both a certificate and a key file.</source>
        <translation>TLS benötigt sowohl ein Zertifikat als auch eine Schlüsseldatei.</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::SuppressionImportDialog</name>
    <message>
        <location filename="../ui/suppressions/SuppressionImportDialog.cpp" line="+76"/>
        <location line="+134"/>
        <location line="+4"/>
        <source>Import suppressions</source>
        <translation>Unterdrückungen importieren</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note for every imported address (optional)</source>
        <translation>Notiz für jede importierte Adresse (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fix the invalid lines first: a file is imported completely or not at all</source>
        <translation>Korrigieren Sie zuerst die ungültigen Zeilen: Eine Datei wird vollständig oder gar nicht importiert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file is not UTF-8 text and cannot be imported.</source>
        <translation>Die Datei ist kein UTF-8-Text und kann nicht importiert werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>header, skipped</source>
        <translation>Kopfzeile, übersprungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invalid: %1</source>
        <translation>ungültig: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 valid, %2 invalid</source>
        <translation>%1 gültig, %2 ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (the preview shows the first %1 lines and the invalid ones after them)</source>
        <translation> (die Vorschau zeigt die ersten %1 Zeilen und danach die ungültigen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing can be imported until every line is valid.</source>
        <translation>Es kann nichts importiert werden, solange nicht jede Zeile gültig ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holds no addresses.</source>
        <translation>Die Datei enthält keine Adressen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing %1 addresses…</source>
        <translation>%1 Adressen werden importiert…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 addresses added to the suppression list, %2 already suppressed or repeated.</source>
        <translation>%1 Adressen zur Unterdrückungsliste hinzugefügt, %2 bereits unterdrückt oder doppelt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::SuppressionsView</name>
    <message>
        <location filename="../ui/suppressions/SuppressionsView.cpp" line="+60"/>
        <source>Search addresses (Ctrl+F)</source>
        <translation>Adressen suchen (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search suppressed addresses</source>
        <translation>Unterdrückte Adressen suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suppression reason</source>
        <translation>Unterdrückungsgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All reasons</source>
        <translation>Alle Gründe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit n&amp;otes…</source>
        <translation>N&amp;otizen bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV ex&amp;portieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every active suppression as an SES suppression list CSV</source>
        <translation>Alle aktiven Unterdrückungen als CSV im Format der SES-Unterdrückungsliste speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check S&amp;ES list</source>
        <translation>SES-Liste p&amp;rüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the SES account-level suppression list, to see which addresses SES suppresses too</source>
        <translation>Die SES-Unterdrückungsliste auf Kontoebene lesen, um zu sehen, welche Adressen SES ebenfalls unterdrückt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Suppressed addresses</source>
        <translation>Unterdrückte Adressen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add suppression</source>
        <translation>Unterdrückung hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+152"/>
        <source>Remove suppression</source>
        <translation>Unterdrückung entfernen</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 suppressed</source>
        <translation>%1 unterdrückt</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Suppress an address by hand (Ins)</source>
        <translation>Eine Adresse manuell unterdrücken (Ins)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Not allowed: %1</source>
        <translation>Nicht erlaubt: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Import an SES account suppression list CSV</source>
        <translation>CSV-Datei der Unterdrückungsliste eines SES-Kontos importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected suppressions (Del)</source>
        <translation>Ausgewählte Unterdrückungen entfernen (Del)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the notes of the selected suppression</source>
        <translation>Notizen der ausgewählten Unterdrückung bearbeiten</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Remove %1 from the suppression list? Mail to them will be sent again; the history is kept.</source>
        <translation>%1 von der Unterdrückungsliste entfernen? E-Mails an sie werden wieder versendet; der Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why are they removed? (required)</source>
        <translation>Warum werden sie entfernt? (Pflichtangabe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was removed: a reason is required.</source>
        <translation>Es wurde nichts entfernt: Eine Begründung ist erforderlich.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 removed. Not removed:
%3</source>
        <translation>%1 von %2 entfernt. Nicht entfernt:
%3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>SES list: %1</source>
        <translation>SES-Liste: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the SES list…</source>
        <translation>SES-Liste wird gelesen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SES list not read: %1</source>
        <translation>SES-Liste nicht gelesen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SES list (%1): %2 addresses, read %3</source>
        <translation>SES-Liste (%1): %2 Adressen, Stand %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove from SES too</source>
        <translation>Auch aus SES entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SES suppresses %1 too, account-wide: SES itself will not send to them while they are on its list. Remove them from the SES account-level suppression list as well?</source>
        <translation>SES unterdrückt %1 ebenfalls, und zwar kontoweit: SES selbst sendet nicht an sie, solange sie auf seiner Liste stehen. Auch von der SES-Unterdrückungsliste auf Kontoebene entfernen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from SES</source>
        <translation>Aus SES entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removing %1 from the SES list…</source>
        <translation>Aus der SES-Liste entfernen: %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: removed from SES, but the audit row failed: %2</source>
        <translation>%1: aus SES entfernt, aber der Audit-Eintrag ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed %1 from the SES list</source>
        <translation>Aus der SES-Liste entfernt: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+7"/>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Notes for %1:</source>
        <translation>Notizen zu %1:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The notes were not saved: %1</source>
        <translation>Die Notizen wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import SES suppression list</source>
        <translation>SES-Unterdrückungsliste importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export suppressions</source>
        <translation>Unterdrückungen exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Nothing was exported: %1</source>
        <translation>Es wurde nichts exportiert: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 addresses exported to %2</source>
        <translation>%1 Adressen nach %2 exportiert</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/AwsOptions.cpp" line="+12"/>
        <source>AWS profile from ~/.aws/credentials and ~/.aws/config (default: AWS_PROFILE or &apos;default&apos;); given, the AWS_ACCESS_KEY_ID environment keys are not used.</source>
        <translation>AWS-Profil aus ~/.aws/credentials und ~/.aws/config (Standard: AWS_PROFILE oder &apos;default&apos;); wenn angegeben, werden die Schlüssel aus AWS_ACCESS_KEY_ID in der Umgebung nicht verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS region (default: AWS_REGION, AWS_DEFAULT_REGION or the profile&apos;s).</source>
        <translation>AWS-Region (Standard: AWS_REGION, AWS_DEFAULT_REGION oder die des Profils).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send every AWS request to this URL (LocalStack, a proxy); else AWS_ENDPOINT_URL_&lt;SERVICE&gt; or AWS_ENDPOINT_URL.</source>
        <translation>Jede AWS-Anfrage an diese URL senden (LocalStack, ein Proxy); sonst AWS_ENDPOINT_URL_&lt;SERVICE&gt; oder AWS_ENDPOINT_URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+49"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database URL: %1 or %2 (default: %3, else the user&apos;s SQLite file).</source>
        <translation>Datenbank-URL: %1 oder %2 (Standard: %3, sonst die SQLite-Datei des Benutzers).</translation>
    </message>
    <message>
        <location filename="../app/cli/DbCommands.cpp" line="+26"/>
        <source>Database maintenance. Sub-commands: migrate, version.</source>
        <translation>Datenbankwartung. Unterbefehle: migrate, version.</translation>
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
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>schema version %1 (this build knows %2)</source>
        <translation>Schemaversion %1 (dieser Build kennt %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: schema at version %2 (%n migration(s) applied)</source>
        <translation>
            <numerusform>%1: Schema auf Version %2 (%n Migration angewendet)</numerusform>
            <numerusform>%1: Schema auf Version %2 (%n Migrationen angewendet)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>n/a (no mail in the range)</source>
        <translation>k. A. (keine E-Mails im Zeitraum)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% (%L2 hard of %L3)</source>
        <translation>%1 % (%L2 Hardbounces von %L3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1% (%L2 of %L3)</source>
        <translation>%1 % (%L2 von %L3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>notifications</source>
        <extracomment>stats text output: the counts&apos; labels keep the JSON key&apos;s words in English</extracomment>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bounces</source>
        <translation>Bounces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sends</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery_delays</source>
        <translation>Zustellverzögerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suppressed</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreviewed_complaints</source>
        <translation>ungeprüfte Beschwerden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print counts of what the database holds, and the bounce and complaint rates.
Counts are of stored events, all time. Rates come from the hourly counters: bounces exclude OnAccountSuppressionList; the denominator is sends when Send events exist in the range, else deliveries + bounces. AWS computes its own figure over a representative volume, counting only hard bounces to non-verified domains, so the two can differ.</source>
        <translation>Gibt aus, was die Datenbank enthält, sowie die Bounce- und Beschwerderate.
Gezählt werden gespeicherte Ereignisse über den gesamten Zeitraum. Die Raten stammen aus den stündlichen Zählern: Bounces ohne OnAccountSuppressionList; der Nenner sind die Sendungen, wenn es im Zeitraum Send-Ereignisse gibt, sonst Zustellungen + Bounces. AWS berechnet seinen eigenen Wert über ein repräsentatives Volumen und zählt dabei nur Hardbounces an nicht verifizierte Domains, daher können beide Werte abweichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/MaintainCommand.cpp" line="+76"/>
        <location filename="../app/cli/SuppressionCommand.cpp" line="-237"/>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rates over the hours starting in the last DURATION (90m, 24h, 7d, 3600s); default all time.</source>
        <translation>Raten über die Stunden, die in der letzten DURATION beginnen (90m, 24h, 7d, 3600s); Standard: gesamter Zeitraum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rates for one sending identity (mail source).</source>
        <translation>Raten für eine Absenderidentität (Absender der E-Mail).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rates for one SNS topic.</source>
        <translation>Raten für ein SNS-Thema.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--since wants a duration like 90m, 24h, 7d or 3600s, not &quot;%1&quot;</source>
        <translation>--since erwartet eine Dauer wie 90m, 24h, 7d oder 3600s, nicht „%1“</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>rates since</source>
        <translation>Raten seit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all time</source>
        <translation>gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate basis</source>
        <translation>Ratenbasis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sends (%L1)</source>
        <translation>Sendungen (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deliveries + bounces (%L1)</source>
        <translation>Zustellungen + Bounces (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bounce rate</source>
        <translation>Bounce-Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beside it</source>
        <translation>daneben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 soft, not in the rate (SES counts hard bounces only)</source>
        <translation>%L1 Softbounces, nicht in der Rate (SES zählt nur Hardbounces)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complaint rate</source>
        <translation>Beschwerderate</translation>
    </message>
    <message>
        <location filename="../app/cli/ListenCommand.cpp" line="+25"/>
        <source>--%1: cannot read %2</source>
        <translation>--%1: %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--%1: %2 is accessible by group or others (mode %3); chmod 600 it, it holds a secret</source>
        <translation>--%1: %2 ist für Gruppe oder andere zugänglich (Modus %3); setzen Sie chmod 600, die Datei enthält ein Geheimnis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1: %2 is empty</source>
        <translation>--%1: %2 ist leer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 and --%2 exclude each other</source>
        <translation>--%1 und --%2 schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--%1 puts the secret on the command line, where other users can read it (ps); use --%2 or %3</source>
        <translation>--%1 legt das Geheimnis auf die Befehlszeile, wo andere Benutzer es lesen können (ps); verwenden Sie --%2 oder %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Address and port to listen on (default %1; port 0: any).</source>
        <translation>Adresse und Port, auf denen gelauscht wird (Standard %1; Port 0: beliebig).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serve HTTPS with this certificate chain (PEM).</source>
        <translation>HTTPS mit dieser Zertifikatskette (PEM) bereitstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key for --tls-cert (PEM).</source>
        <translation>Privater Schlüssel für --tls-cert (PEM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require HTTP basic auth user:password on /sns. Visible to other users in ps: prefer --basic-auth-file or BOUNCEDESK_BASIC_AUTH.</source>
        <translation>HTTP Basic Auth user:password für /sns verlangen. Für andere Benutzer in ps sichtbar: besser --basic-auth-file oder BOUNCEDESK_BASIC_AUTH verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read user:password for basic auth from a file only its owner may access (mode 0600).</source>
        <translation>user:password für Basic Auth aus einer Datei lesen, auf die nur ihr Eigentümer zugreifen darf (Modus 0600).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Require the API token (Authorization: Bearer) on /healthz and /metrics.</source>
        <translation>Das API-Token (Authorization: Bearer) für /healthz und /metrics verlangen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve /healthz and /metrics only on this address and port (plain HTTP), e.g. 127.0.0.1:9025.</source>
        <translation>/healthz und /metrics nur auf dieser Adresse und diesem Port bereitstellen (einfaches HTTP), z. B. 127.0.0.1:9025.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bearer token for GET /v1/suppressions/{email}; off if unset. Visible to other users in ps: prefer --api-token-file or BOUNCEDESK_API_TOKEN.</source>
        <translation>Bearer-Token für GET /v1/suppressions/{email}; ohne Token deaktiviert. Für andere Benutzer in ps sichtbar: besser --api-token-file oder BOUNCEDESK_API_TOKEN verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the API token from a file only its owner may access (mode 0600).</source>
        <translation>Das API-Token aus einer Datei lesen, auf die nur ihr Eigentümer zugreifen darf (Modus 0600).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take `bouncedesk-cli simulate --target` test traffic: its key (created in %1 if missing) is trusted for the simulator&apos;s own topic only, from this machine only; needs a loopback --listen address.</source>
        <translation>Testverkehr von `bouncedesk-cli simulate --target` annehmen: Seinem Schlüssel (wird in %1 erstellt, falls er fehlt) wird nur für das eigene Thema des Simulators und nur von diesem Rechner aus vertraut; erfordert eine Loopback-Adresse für --listen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--listen wants addr:port, got &apos;%1&apos;</source>
        <translation>--listen erwartet addr:port, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert und --tls-key gehören zusammen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>basic auth wants user:password</source>
        <translation>Basic Auth erwartet user:password</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--ops-token-required needs an API token (--api-token-file or BOUNCEDESK_API_TOKEN)</source>
        <translation>--ops-token-required benötigt ein API-Token (--api-token-file oder BOUNCEDESK_API_TOKEN)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--ops-listen wants addr:port, got &apos;%1&apos;</source>
        <translation>--ops-listen erwartet addr:port, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--trust-simulator needs a loopback --listen address (127.0.0.1 or [::1]), got %1</source>
        <translation>--trust-simulator benötigt eine Loopback-Adresse für --listen (127.0.0.1 oder [::1]), erhalten: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Receive Amazon SNS messages on POST /sns and store them.</source>
        <translation>Amazon-SNS-Nachrichten per POST /sns empfangen und speichern.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>listening on %1://%2:%3/sns (database %4)</source>
        <translation>lausche auf %1://%2:%3/sns (Datenbank %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trusting test traffic on %1 signed with the key in %2, from this machine only</source>
        <translation>vertraue Testverkehr auf %1, signiert mit dem Schlüssel in %2, nur von diesem Rechner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>health and metrics on http://%1:%2/healthz</source>
        <translation>Health und Metriken auf http://%1:%2/healthz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopping: finishing requests in flight</source>
        <translation>wird beendet: laufende Anfragen werden abgeschlossen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/cli/PullCommand.cpp" line="+87"/>
        <source>cannot set up signal handling</source>
        <translation>Signalbehandlung kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+2"/>
        <source>commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receive SNS messages on POST /sns (see listen --help)</source>
        <translation>SNS-Nachrichten per POST /sns empfangen (siehe listen --help)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create or upgrade the schema, or print its version</source>
        <translation>Schema anlegen oder aktualisieren oder seine Version ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counts of messages, events and suppressions</source>
        <translation>Anzahl der Nachrichten, Ereignisse und Unterdrückungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>store simulated SES feedback (SES mailbox simulator) for demos</source>
        <translation>simuliertes SES-Feedback (SES-Postfachsimulator) für Demos speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>post signed test traffic to a listener run with --trust-simulator</source>
        <translation>signierten Testverkehr an einen Listener mit --trust-simulator senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the suppression list (see suppression --help)</source>
        <translation>die Unterdrückungsliste (siehe suppression --help)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recover quiet soft bounces, remove old records; health report</source>
        <translation>ruhige Softbounces zurücksetzen, alte Datensätze löschen; Zustandsbericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the SNS topics whose notifications are accepted</source>
        <translation>die SNS-Themen, deren Benachrichtigungen angenommen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receive SNS messages from an SQS queue (see pull --help)</source>
        <translation>SNS-Nachrichten aus einer SQS-Warteschlange empfangen (siehe pull --help)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the SES account suppression list in step with ours</source>
        <translation>die Unterdrückungsliste des SES-Kontos mit unserer abgleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every command takes --database URL (%1 or %2)
and --help.</source>
        <translation>Jeder Befehl akzeptiert --database URL (%1 oder %2)
und --help.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/MaintainCommand.cpp" line="-21"/>
        <source>--%1 takes a whole number of days of at least 1, not &apos;%2&apos;</source>
        <translation>--%1 erwartet eine ganze Zahl von Tagen, mindestens 1, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Periodic maintenance: soft-bounced addresses that stayed quiet recover (their soft-bounce suppressions are lifted), old transient bounces and stale records are removed. Hard, complaint and manual suppressions, the audit log, rate rollups and complaints awaiting review are never removed. --report prints the health report instead.</source>
        <translation>Regelmäßige Wartung: Adressen mit Softbounces, die ruhig geblieben sind, werden zurückgesetzt (ihre Softbounce-Unterdrückungen werden aufgehoben), alte Softbounces (Transient) und veraltete Datensätze werden gelöscht. Unterdrückungen wegen Hardbounces und Beschwerden, manuelle Unterdrückungen, das Audit-Protokoll, die Ratenzusammenfassungen und noch zu prüfende Beschwerden werden nie gelöscht. --report gibt stattdessen den Zustandsbericht aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say what maintenance would do; change nothing.</source>
        <translation>Ausgeben, was die Wartung tun würde; nichts ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the health report for the last --period instead.</source>
        <translation>Stattdessen den Zustandsbericht für die letzte --period ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report period: Nd, Nh or Nw (default 7d).</source>
        <translation>Berichtszeitraum: Nd, Nh oder Nw (Standard 7d).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current time as ISO 8601 (UTC if no offset), for reproducible runs.</source>
        <translation>Die aktuelle Zeit als ISO 8601 (UTC ohne Offset), für reproduzierbare Läufe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiet days after which a soft address recovers (default %1).</source>
        <translation>Ruhige Tage, nach denen eine Adresse mit Softbounces zurückgesetzt wird (Standard %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days transient bounces are kept (default %1).</source>
        <translation>Tage, die Softbounces (Transient) aufbewahrt werden (Standard %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days other records are kept (default %1).</source>
        <translation>Tage, die andere Datensätze aufbewahrt werden (Standard %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>maintain takes no arguments, only options (see --help)</source>
        <translation>maintain akzeptiert keine Argumente, nur Optionen (siehe --help)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--report and --dry-run do not go together: the report changes nothing</source>
        <translation>--report und --dry-run passen nicht zusammen: Der Bericht ändert nichts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--now is an ISO 8601 time such as 2026-03-01T12:00:00Z, not &apos;%1&apos;</source>
        <translation>--now ist eine ISO-8601-Zeit wie 2026-03-01T12:00:00Z, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--period is a length such as 7d, 24h or 2w, not &apos;%1&apos;</source>
        <translation>--period ist eine Dauer wie 7d, 24h oder 2w, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="-70"/>
        <source>Receive SNS messages from an SQS queue, verify them as `listen` does, store them, and delete each from the queue only once it is stored. Messages that fail verification stay in the queue (its redrive policy moves them to a dead-letter queue).</source>
        <translation>SNS-Nachrichten aus einer SQS-Warteschlange empfangen, wie `listen` prüfen, speichern und jede erst nach dem Speichern aus der Warteschlange löschen. Nachrichten, deren Prüfung fehlschlägt, bleiben in der Warteschlange (ihre Redrive-Richtlinie verschiebt sie in eine Warteschlange für unzustellbare Nachrichten).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The queue, e.g. https://sqs.eu-west-1.amazonaws.com/123456789012/ses-feedback.</source>
        <translation>Die Warteschlange, z. B. https://sqs.eu-west-1.amazonaws.com/123456789012/ses-feedback.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit 0 when a receive comes back empty (for cron and tests).</source>
        <translation>Mit 0 beenden, wenn ein Empfang leer zurückkommt (für cron und Tests).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The queue&apos;s SNS subscription uses raw message delivery: bodies are bare SES JSON with no signature to verify. Stored marked &apos;unsigned&apos;. Only for a queue that only SNS can write to.</source>
        <translation>Das SNS-Abonnement der Warteschlange nutzt Rohnachrichtenzustellung: Die Inhalte sind reines SES-JSON ohne prüfbare Signatur. Wird als &apos;unsigned&apos; markiert gespeichert. Nur für eine Warteschlange, in die ausschließlich SNS schreiben kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long-poll wait in seconds, 0-20 (default %1).</source>
        <translation>Wartezeit für Long Polling in Sekunden, 0–20 (Standard %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds a received message stays hidden from other pullers (default: the queue&apos;s).</source>
        <translation>Sekunden, die eine empfangene Nachricht für andere Abrufer verborgen bleibt (Standard: der Wert der Warteschlange).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--queue-url is required</source>
        <translation>--queue-url ist erforderlich</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--wait must be 0 to 20 seconds</source>
        <translation>--wait muss 0 bis 20 Sekunden betragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--visibility-timeout must be 0 to 43200 seconds</source>
        <translation>--visibility-timeout muss 0 bis 43200 Sekunden betragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--raw-delivery: messages from this queue are stored without any signature check</source>
        <translation>--raw-delivery: Nachrichten aus dieser Warteschlange werden ohne jede Signaturprüfung gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pulling %1 (region %2, database %3)</source>
        <translation>rufe %1 ab (Region %2, Datenbank %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stopping: storing and deleting the batch in hand</source>
        <translation>wird beendet: der aktuelle Stapel wird gespeichert und gelöscht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>received %1, stored %2, duplicates %3, refused %4, deleted %5</source>
        <translation>empfangen %1, gespeichert %2, Duplikate %3, abgelehnt %4, gelöscht %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  refused (%1): %2, left in the queue</source>
        <translation>  abgelehnt (%1): %2, in der Warteschlange belassen</translation>
    </message>
    <message>
        <location filename="../app/cli/SesSuppressionCommand.cpp" line="+18"/>
        <source>Compare and sync the SES account-level suppression list (SES v2) with Bouncedesk&apos;s.</source>
        <translation>Die SES-Unterdrückungsliste auf Kontoebene (SES v2) mit der von Bouncedesk vergleichen und abgleichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suppress here every address SES suppresses (as %1 / %2, added by &apos;%3&apos;)</source>
        <translation>hier jede Adresse unterdrücken, die SES unterdrückt (als %1 / %2, hinzugefügt von &apos;%3&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>put every address suppressed here on the SES list (%1 or %2)</source>
        <translation>jede hier unterdrückte Adresse auf die SES-Liste setzen (%1 oder %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list addresses on one list and not the other</source>
        <translation>Adressen auflisten, die auf einer Liste stehen, aber nicht auf der anderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>push: say what would change on SES, change nothing.</source>
        <translation>push: ausgeben, was sich bei SES ändern würde; nichts ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milliseconds between SES calls (default %1: SES allows about one per second).</source>
        <translation>Millisekunden zwischen SES-Aufrufen (Standard %1: SES erlaubt etwa einen pro Sekunde).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pull, push or diff</source>
        <translation>pull, push oder diff</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>say pull, push or diff (see --help)</source>
        <translation>geben Sie pull, push oder diff an (siehe --help)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--interval must be a whole number of milliseconds</source>
        <translation>--interval muss eine ganze Zahl von Millisekunden sein</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 only here, %2 only on SES, %3 on both</source>
        <translation>%1 nur hier, %2 nur bei SES, %3 auf beiden</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>pulled %n addresses from the SES list (%1 on SES, %2 already suppressed here)</source>
        <translation>
            <numerusform>%n Adresse von der SES-Liste übernommen (%1 bei SES, %2 hier bereits unterdrückt)</numerusform>
            <numerusform>%n Adressen von der SES-Liste übernommen (%1 bei SES, %2 hier bereits unterdrückt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n SES addresses are not valid addresses here and were left out</source>
        <translation>
            <numerusform>%n SES-Adresse ist hier keine gültige Adresse und wurde ausgelassen</numerusform>
            <numerusform>%n SES-Adressen sind hier keine gültigen Adressen und wurden ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>pushed %1 of %2 before the error</source>
        <translation>%1 von %2 vor dem Fehler übertragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is on the SES list, but its audit row failed: %2</source>
        <translation>%1 steht auf der SES-Liste, aber der Audit-Eintrag ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>dry run: %n addresses would be put on the SES list, %1 are there already</source>
        <translation>
            <numerusform>Probelauf: %n Adresse würde auf die SES-Liste gesetzt, %1 stehen bereits darauf</numerusform>
            <numerusform>Probelauf: %n Adressen würden auf die SES-Liste gesetzt, %1 stehen bereits darauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>pushed %n addresses to the SES list, %1 were there already</source>
        <translation>
            <numerusform>%n Adresse auf die SES-Liste übertragen, %1 standen bereits darauf</numerusform>
            <numerusform>%n Adressen auf die SES-Liste übertragen, %1 standen bereits darauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SimulateCommand.cpp" line="+98"/>
        <source>%n simulated events could not be stored</source>
        <translation>
            <numerusform>%n simuliertes Ereignis konnte nicht gespeichert werden</numerusform>
            <numerusform>%n simulierte Ereignisse konnten nicht gespeichert werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>stored %1 simulated sends and their feedback over %n day(s) in %2</source>
        <translation>
            <numerusform>%1 simulierte Sendungen und ihr Feedback über %n Tag verteilt in %2 gespeichert</numerusform>
            <numerusform>%1 simulierte Sendungen und ihr Feedback über %n Tage verteilt in %2 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--target wants the listener&apos;s URL, e.g. http://127.0.0.1:8025/sns</source>
        <translation>--target erwartet die URL des Listeners, z. B. http://127.0.0.1:8025/sns</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--count wants a number from 1 to 1000000</source>
        <translation>--count erwartet eine Zahl von 1 bis 1000000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--rate wants notifications per second (0: as fast as the listener answers)</source>
        <translation>--rate erwartet Benachrichtigungen pro Sekunde (0: so schnell, wie der Listener antwortet)</translation>
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
            <numerusform>%n Benachrichtigung in %2 s an %1 gesendet (%3/s): %4</numerusform>
            <numerusform>%n Benachrichtigungen in %2 s an %1 gesendet (%3/s): %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the listener answered: %1</source>
        <translation>der Listener antwortete: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n notification(s) were not accepted (is the listener started with --trust-simulator?)</source>
        <translation>
            <numerusform>%1 von %n Benachrichtigung wurde nicht angenommen (wurde der Listener mit --trust-simulator gestartet?)</numerusform>
            <numerusform>%1 von %n Benachrichtigungen wurden nicht angenommen (wurde der Listener mit --trust-simulator gestartet?)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Simulated SES feedback (sends, deliveries, bounces, complaints), like the SES mailbox simulator&apos;s.
Without --target: stored straight into the database, spread over past days, for demos.
With --target: posted as signed SNS notifications to a listener started with --trust-simulator, to see the whole path work.</source>
        <translation>Simuliertes SES-Feedback (Sendungen, Zustellungen, Bounces, Beschwerden) wie das des SES-Postfachsimulators.
Ohne --target: direkt in die Datenbank gespeichert, über vergangene Tage verteilt, für Demos.
Mit --target: als signierte SNS-Benachrichtigungen an einen mit --trust-simulator gestarteten Listener gesendet, um den ganzen Weg zu testen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spread over this many days (default 14).</source>
        <translation>Über so viele Tage verteilen (Standard 14).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages sent in all (default 20000).</source>
        <translation>Insgesamt gesendete Nachrichten (Standard 20000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed, for repeatable data (default 1; with --target a new one each run).</source>
        <translation>Zufalls-Seed für wiederholbare Daten (Standard 1; mit --target bei jedem Lauf ein neuer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post to this listener URL instead, e.g. http://127.0.0.1:8025/sns.</source>
        <translation>Stattdessen an diese Listener-URL senden, z. B. http://127.0.0.1:8025/sns.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --target: notifications to post (default 200).</source>
        <translation>Mit --target: zu sendende Benachrichtigungen (Standard 200).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --target: notifications per second (default 0: as fast as the listener answers, %1 at a time).</source>
        <translation>Mit --target: Benachrichtigungen pro Sekunde (Standard 0: so schnell, wie der Listener antwortet, %1 gleichzeitig).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --target: weights of %1 (default %2).</source>
        <translation>Mit --target: Gewichte für %1 (Standard %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/SuppressionCommand.cpp" line="-59"/>
        <source>exit 0: send, 1: suppressed, 2: error</source>
        <translation>Exit-Code 0: senden, 1: unterdrückt, 2: Fehler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SES bulk file: csv (email,BOUNCE|COMPLAINT), json (one
{&quot;emailAddress&quot;,&quot;reason&quot;} per line) or removal (addresses to lift);
- for stdin</source>
        <extracomment>the lines are indented as they are broken here</extracomment>
        <translation>SES-Massendatei: csv (email,BOUNCE|COMPLAINT), json (ein
{&quot;emailAddress&quot;,&quot;reason&quot;} pro Zeile) oder removal (aufzuhebende Adressen);
- für stdin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the active list as SES&apos;s bulk import takes it; stdout without FILE</source>
        <translation>die aktive Liste im Format des SES-Massenimports; ohne FILE nach stdout</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>May this address be mailed? Exit 0: send, 1: suppressed, 2: error.</source>
        <translation>Darf an diese Adresse gesendet werden? Exit-Code 0: senden, 1: unterdrückt, 2: Fehler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address to check.</source>
        <translation>Die zu prüfende Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>marketing (default: any suppression blocks) or transactional (only hard and manual bounces block).</source>
        <translation>marketing (Standard: jede Unterdrückung sperrt) oder transactional (nur Hardbounces und manuelle Bounces sperren).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--purpose is marketing or transactional, not &apos;%1&apos;</source>
        <translation>--purpose ist marketing oder transactional, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Suppress an address by hand.</source>
        <translation>Eine Adresse manuell unterdrücken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address to suppress.</source>
        <translation>Die zu unterdrückende Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manual (default), bounce (the address does not exist: blocks transactional mail too) or complaint.</source>
        <translation>manual (Standard), bounce (die Adresse existiert nicht: sperrt auch transaktionale E-Mails) oder complaint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why, for the audit log and the list.</source>
        <translation>Begründung, für das Audit-Protokoll und die Liste.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--reason is manual, bounce or complaint, not &apos;%1&apos;</source>
        <translation>--reason ist manual, bounce oder complaint, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>added: %1 (%2)</source>
        <translation>hinzugefügt: %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End the suppression of an address (kept as history). Its bounce status is not reset.</source>
        <translation>Die Unterdrückung einer Adresse beenden (bleibt im Verlauf erhalten). Ihr Bounce-Status wird nicht zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address to mail again.</source>
        <translation>Die Adresse, an die wieder gesendet werden soll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it may be mailed again (required).</source>
        <translation>Warum wieder an sie gesendet werden darf (erforderlich).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: %1 (the reason is required)</source>
        <translation>Aufruf: %1 (die Begründung ist erforderlich)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>removed: %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the active suppressions, newest first.</source>
        <translation>Die aktiven Unterdrückungen ausgeben, neueste zuerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this reason: %1.</source>
        <translation>Nur dieser Grund: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only addresses containing this text.</source>
        <translation>Nur Adressen, die diesen Text enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most this many rows (default: all).</source>
        <translation>Höchstens so viele Zeilen (Standard: alle).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--limit is a number of rows</source>
        <translation>--limit ist eine Anzahl von Zeilen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Import a file in one of SES&apos;s bulk suppression-list formats. csv: email,BOUNCE|COMPLAINT per line (a header is accepted); json: {&quot;emailAddress&quot;:...,&quot;reason&quot;:...} per line; removal: one address per line, each lifted (--note is the reason). Nothing is imported if any line is bad.</source>
        <translation>Eine Datei in einem der Massenformate der SES-Unterdrückungsliste importieren. csv: email,BOUNCE|COMPLAINT pro Zeile (eine Kopfzeile ist erlaubt); json: {&quot;emailAddress&quot;:...,&quot;reason&quot;:...} pro Zeile; removal: eine Adresse pro Zeile, deren Unterdrückung jeweils aufgehoben wird (--note ist die Begründung). Ist eine Zeile fehlerhaft, wird nichts importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+49"/>
        <source>csv (default), json or removal.</source>
        <translation>csv (Standard), json oder removal.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The CSV file, or - for standard input.</source>
        <translation>Die CSV-Datei oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note for every imported row and the audit log.</source>
        <translation>Eine Notiz für jede importierte Zeile und das Audit-Protokoll.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>removed: %1 lifted, %2 skipped (not suppressed)</source>
        <translation>entfernt: %1 aufgehoben, %2 übersprungen (nicht unterdrückt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported: %1 added, %2 skipped (already suppressed)</source>
        <translation>importiert: %1 hinzugefügt, %2 übersprungen (bereits unterdrückt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the active suppressions in one of SES&apos;s bulk formats, no header: csv (email,BOUNCE|COMPLAINT), json ({&quot;emailAddress&quot;:...,&quot;reason&quot;:...} per line) or removal (addresses only, for an SES delete job).</source>
        <translation>Die aktiven Unterdrückungen in einem der Massenformate von SES schreiben, ohne Kopfzeile: csv (email,BOUNCE|COMPLAINT), json ({&quot;emailAddress&quot;:...,&quot;reason&quot;:...} pro Zeile) oder removal (nur Adressen, für einen SES-Löschauftrag).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output file (default: standard output).</source>
        <translation>Ausgabedatei (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write to standard output</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>exported: %n suppression(s) to %1</source>
        <translation>
            <numerusform>exportiert: %n Unterdrückung nach %1</numerusform>
            <numerusform>exportiert: %n Unterdrückungen nach %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>unknown suppression subcommand &apos;%1&apos;</source>
        <translation>unbekannter Unterbefehl für suppression: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/TopicsCommand.cpp" line="+18"/>
        <source>List, trust or stop trusting SNS topics. Notifications are accepted only from trusted topics (and those given to listen with --topic); every listener and console on the database agrees.
  topics list [--json]
  topics trust ARN [--note TEXT]
  topics untrust ARN --reason TEXT</source>
        <translation>SNS-Themen auflisten, ihnen vertrauen oder das Vertrauen entziehen. Benachrichtigungen werden nur von vertrauenswürdigen Themen angenommen (und von denen, die listen mit --topic erhält); alle Listener und Konsolen an der Datenbank teilen diese Liste.
  topics list [--json]
  topics trust ARN [--note TEXT]
  topics untrust ARN --reason TEXT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the list as JSON.</source>
        <translation>Die Liste als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the topic is trusted (kept in the audit log).</source>
        <translation>Warum dem Thema vertraut wird (wird im Audit-Protokoll gespeichert).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why trust is removed (required for untrust).</source>
        <translation>Warum das Vertrauen entzogen wird (für untrust erforderlich).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list, trust or untrust</source>
        <translation>list, trust oder untrust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The topic ARN (trust, untrust)</source>
        <translation>Der ARN des Themas (trust, untrust)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>topics wants list, trust ARN or untrust ARN</source>
        <translation>topics erwartet list, trust ARN oder untrust ARN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>topics %1 wants exactly one topic ARN</source>
        <translation>topics %1 erwartet genau einen Themen-ARN</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>trusted %1 (account %2, region %3)</source>
        <translation>vertrauenswürdig: %1 (Konto %2, Region %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no longer trusted: %1</source>
        <translation>nicht mehr vertrauenswürdig: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no trusted topic in the database: every notification is refused unless listen has --topic</source>
        <translation>kein vertrauenswürdiges Thema in der Datenbank: Jede Benachrichtigung wird abgelehnt, sofern listen nicht --topic erhält</translation>
    </message>
    <message>
        <location filename="../app/cli/TrustOptions.cpp" line="+27"/>
        <source>Largest request body in bytes</source>
        <translation>Maximale Größe des Anfrage-Bodys in Byte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most connections open at once; more are closed at once</source>
        <translation>Höchstzahl gleichzeitig offener Verbindungen; weitere werden sofort geschlossen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close keep-alive connections idle this many seconds</source>
        <translation>Keep-alive-Verbindungen schließen, die so viele Sekunden untätig sind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close connections whose request head has not arrived within this many seconds</source>
        <translation>Verbindungen schließen, deren Anfrage-Header nicht innerhalb so vieler Sekunden eingetroffen ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close connections whose request body stalls this many seconds</source>
        <translation>Verbindungen schließen, deren Anfrage-Body so viele Sekunden stockt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refuse messages older than this many seconds (0: off)</source>
        <translation>Nachrichten ablehnen, die älter als so viele Sekunden sind (0: aus)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refuse messages older than this many seconds plus the clock skew: SNS retries for at most an hour (0: off, e.g. to replay recorded messages)</source>
        <translation>Nachrichten ablehnen, die älter als so viele Sekunden plus Uhrenabweichung sind: SNS wiederholt höchstens eine Stunde lang (0: aus, z. B. um aufgezeichnete Nachrichten erneut einzuspielen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allowance for clock differences with SNS, both ways; messages dated further ahead are refused</source>
        <translation>Toleranz für Uhrenabweichungen gegenüber SNS, in beide Richtungen; weiter in der Zukunft datierte Nachrichten werden abgelehnt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consecutive soft bounces that suppress</source>
        <translation>Softbounces in Folge, die zur Unterdrückung führen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days a soft-bounce streak lasts</source>
        <translation>Tage, die eine Softbounce-Serie andauert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (default %2).</source>
        <translation>%1 (Standard %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trust this TopicArn (repeatable), besides the topics trusted in the database (bouncedesk-cli topics). Notifications from any other topic are refused.</source>
        <translation>Diesem TopicArn vertrauen (wiederholbar), zusätzlich zu den in der Datenbank vertrauenswürdigen Themen (bouncedesk-cli topics). Benachrichtigungen von anderen Themen werden abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep subscription confirmations pending for an admin.</source>
        <translation>Abonnementbestätigungen für einen Administrator ausstehend lassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a local PEM file for a SigningCertURL (repeatable).</source>
        <translation>Eine lokale PEM-Datei für eine SigningCertURL verwenden (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust this CA for SNS downloads (repeatable).</source>
        <translation>Dieser CA für SNS-Downloads zusätzlich vertrauen (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust only --ca-file CAs for SNS downloads.</source>
        <translation>Für SNS-Downloads nur den CAs aus --ca-file vertrauen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reach an SNS host at another address, e.g. for a proxy (repeatable); TLS still checks the SNS name.</source>
        <translation>Einen SNS-Host unter einer anderen Adresse erreichen, z. B. über einen Proxy (wiederholbar); TLS prüft weiterhin den SNS-Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refuse downloaded signing certificates whose issuer chain is not in the trust store.</source>
        <translation>Heruntergeladene Signaturzertifikate ablehnen, deren Ausstellerkette nicht im Vertrauensspeicher liegt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1 must be a whole number of at least %2</source>
        <translation>--%1 muss eine ganze Zahl von mindestens %2 sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--sns-cert wants url=file, got &apos;%1&apos;</source>
        <translation>--sns-cert erwartet url=file, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--sns-endpoint wants host=addr:port, got &apos;%1&apos;</source>
        <translation>--sns-endpoint erwartet host=addr:port, erhalten: &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../model/core/EmailAddress.cpp" line="+17"/>
        <source>the email address is empty</source>
        <translation>die E-Mail-Adresse ist leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a valid email address: %2</source>
        <translation>&apos;%1&apos; ist keine gültige E-Mail-Adresse: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it contains a space or control character</source>
        <translation>sie enthält ein Leer- oder Steuerzeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it contains &apos;%1&apos;</source>
        <translation>sie enthält &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no &apos;@&apos;</source>
        <translation>es fehlt das &apos;@&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is more than one &apos;@&apos;</source>
        <translation>sie enthält mehr als ein &apos;@&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing before the &apos;@&apos;</source>
        <translation>nichts vor dem &apos;@&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no domain after the &apos;@&apos;</source>
        <translation>keine Domain nach dem &apos;@&apos;</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../model/policy/AddressActions.cpp" line="+88"/>
        <location line="+102"/>
        <source>the email address is empty</source>
        <translation>die E-Mail-Adresse ist leer</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>cannot read the history of %1: %2</source>
        <translation>der Verlauf von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 bounce</source>
        <translation>Bounce %1</translation>
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
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint: %1</source>
        <translation>Beschwerde: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delivery delayed</source>
        <translation>Zustellung verzögert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Suppressed (%1) by %2</source>
        <translation>Unterdrückt (%1) von %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suppression %1 lifted by %2: %3</source>
        <translation>Unterdrückung %1 aufgehoben von %2: %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is unknown: no bounce, complaint or suppression is recorded for it</source>
        <translation>%1 ist unbekannt: Für diese Adresse sind weder Bounce noch Beschwerde noch Unterdrückung erfasst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its suppression (%1) is not a bounce suppression</source>
        <translation>ihre Unterdrückung (%1) ist keine Bounce-Unterdrückung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not suppressed</source>
        <translation>sie ist nicht unterdrückt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no bounce status to reset: status %2 and %3</source>
        <translation>%1 hat keinen Bounce-Status zum Zurücksetzen: Status %2 und %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>status %1 stays %1</source>
        <translation>Status %1 bleibt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status %1 -&gt; %2</source>
        <translation>Status %1 -&gt; %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>clears a soft-bounce streak of %n</source>
        <translation>
            <numerusform>beendet eine Softbounce-Serie von %n</numerusform>
            <numerusform>beendet eine Softbounce-Serie von %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lifts suppression %1 since %2 (added by %3)</source>
        <translation>hebt Unterdrückung %1 seit %2 auf (hinzugefügt von %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keeps suppression %1 (not a bounce suppression)</source>
        <translation>behält Unterdrückung %1 bei (keine Bounce-Unterdrückung)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>say why the bounce status of %1 is reset</source>
        <translation>geben Sie an, warum der Bounce-Status von %1 zurückgesetzt wird</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 was changed meanwhile (a new event arrived); try again</source>
        <translation>%1 wurde inzwischen geändert (ein neues Ereignis ist eingegangen); versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../model/policy/ComplaintReview.cpp" line="+38"/>
        <source>cannot mark complaint %1 reviewed: %2</source>
        <translation>Beschwerde %1 kann nicht als geprüft markiert werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>complaint %1 does not exist (deleted meanwhile?); nothing was marked reviewed</source>
        <translation>Beschwerde %1 existiert nicht (inzwischen gelöscht?); nichts wurde als geprüft markiert</translation>
    </message>
    <message>
        <location filename="../model/policy/HealthReport.cpp" line="+31"/>
        <source>sends</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deliveries + bounces</source>
        <translation>Zustellungen + Bounces</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  none</source>
        <translation>  keine</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Bouncedesk health report, %1 to %2</source>
        <translation>Bouncedesk-Zustandsbericht, %1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rates: no sends, deliveries or bounces recorded in this period.</source>
        <translation>Raten: In diesem Zeitraum wurden keine Sendungen, Zustellungen oder Bounces erfasst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bounce rate:    %1  (%L2 hard of %L3 %4; soft bounces are not in it, as SES counts)</source>
        <extracomment>%4 is &quot;sends&quot; or &quot;deliveries + bounces&quot;; the two rate lines align their figures</extracomment>
        <translation>Bounce-Rate:    %1  (%L2 Hardbounces von %L3 %4; Softbounces zählen wie bei SES nicht mit)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complaint rate: %1  (%L2 of %L3 %4)</source>
        <translation>Beschwerderate: %1  (%L2 von %L3 %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Totals: %L1 sends, %L2 deliveries, %L3 bounces (%L4 hard, %L5 soft), %L6 complaints</source>
        <translation>Summen: %L1 Sendungen, %L2 Zustellungen, %L3 Bounces (%L4 hard, %L5 soft), %L6 Beschwerden</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>        %Ln bounce(s) to addresses on the SES account suppression list, not counted</source>
        <extracomment>indented under &quot;Totals:&quot;</extracomment>
        <translation>
            <numerusform>        %Ln Bounce an Adressen auf der Unterdrückungsliste des SES-Kontos, nicht gezählt</numerusform>
            <numerusform>        %Ln Bounces an Adressen auf der Unterdrückungsliste des SES-Kontos, nicht gezählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bounces by type:</source>
        <translation>Bounces nach Typ:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Top bouncing domains:</source>
        <translation>Domains mit den meisten Bounces:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Complaints awaiting review: none</source>
        <translation>Noch zu prüfende Beschwerden: keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints awaiting review: %L1 (oldest %2)</source>
        <translation>Noch zu prüfende Beschwerden: %L1 (älteste %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suppressions in the period (added / lifted):</source>
        <translation>Unterdrückungen im Zeitraum (hinzugefügt / aufgehoben):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active suppressions now: %L1</source>
        <translation>Derzeit aktive Unterdrückungen: %L1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the report period needs a start before its end</source>
        <translation>der Beginn des Berichtszeitraums muss vor seinem Ende liegen</translation>
    </message>
    <message>
        <location filename="../model/policy/Maintenance.cpp" line="+46"/>
        <source>Maintenance dry run at %1 (nothing was changed): would do</source>
        <translation>Probelauf der Wartung (%1, nichts wurde geändert): vorgesehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance at %1: done</source>
        <translation>Wartung (%1): ausgeführt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>soft addresses recovered</source>
        <translation>Softbounce-Adressen zurückgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>soft-bounce suppressions lifted</source>
        <translation>Soft-Unterdrückungen aufgehoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transient bounces removed</source>
        <translation>Softbounces (Transient) gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stale messages removed</source>
        <translation>Veraltete Nachrichten gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stale event rows removed</source>
        <translation>Veraltete Ereigniszeilen gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>old address history rows removed</source>
        <translation>Alte Verlaufszeilen gelöscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>maintenance periods must be at least one day (got %1)</source>
        <translation>Wartungszeiträume müssen mindestens einen Tag betragen (erhalten: %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>maintenance was cancelled; nothing was changed</source>
        <translation>die Wartung wurde abgebrochen; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../model/policy/SuppressionCsv.cpp" line="+40"/>
        <source>the %1 file is not UTF-8 text; nothing was imported</source>
        <translation>die Datei (%1) ist kein UTF-8-Text; es wurde nichts importiert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n bad line(s) in the %1; nothing was imported</source>
        <extracomment>%1 is &quot;CSV&quot;, &quot;JSON lines&quot; or &quot;removal list&quot;</extracomment>
        <translation>
            <numerusform>%n fehlerhafte Zeile in der Datei (%1); es wurde nichts importiert</numerusform>
            <numerusform>%n fehlerhafte Zeilen in der Datei (%1); es wurde nichts importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... und %n weitere</numerusform>
            <numerusform>... und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the format is csv, json or removal, not &apos;%1&apos;</source>
        <translation>das Format ist csv, json oder removal, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+28"/>
        <source>JSON lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>not a JSON object (%1)</source>
        <translation>kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+72"/>
        <source>the reason must be BOUNCE or COMPLAINT, not &apos;%1&apos;</source>
        <translation>der Grund muss BOUNCE oder COMPLAINT sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+23"/>
        <source>removal list</source>
        <translation>Entfernungsliste</translation>
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
        <translation>erwartet: &apos;email,BOUNCE&apos; oder &apos;email,COMPLAINT&apos;, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../model/policy/SuppressionList.cpp" line="+45"/>
        <source>a suppression added by hand has reason %1, not &apos;%2&apos;</source>
        <translation>eine manuell hinzugefügte Unterdrückung hat den Grund %1, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is already suppressed (%2, added by %3)</source>
        <translation>%1 ist bereits unterdrückt (%2, hinzugefügt von %3)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>say why %1 is removed from the suppression list</source>
        <translation>geben Sie an, warum %1 von der Unterdrückungsliste entfernt wird</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was changed by someone else meanwhile; try again</source>
        <translation>%1 wurde inzwischen von jemand anderem geändert; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is not suppressed</source>
        <translation>%1 ist nicht unterdrückt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown suppression reason &apos;%1&apos; (one of %2)</source>
        <translation>unbekannter Unterdrückungsgrund &apos;%1&apos; (möglich: %2)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the import input is not open for reading</source>
        <translation>die Importeingabe ist nicht zum Lesen geöffnet</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>say why these addresses are removed from the suppression list</source>
        <translation>geben Sie an, warum diese Adressen von der Unterdrückungsliste entfernt werden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the export output is not open for writing</source>
        <translation>die Exportausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write the export: %1</source>
        <translation>der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../model/policy/TopicTrust.cpp" line="+56"/>
        <source>say why %1 is no longer trusted</source>
        <translation>geben Sie an, warum %1 nicht mehr vertraut wird</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not trusted</source>
        <translation>%1 ist nicht vertrauenswürdig</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../ui/common/Dialogs.cpp" line="+40"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/suppressions/SuppressionImportDialog.cpp" line="-172"/>
        <source>expected &apos;email,BOUNCE&apos; or &apos;email,COMPLAINT&apos;</source>
        <translation>erwartet: &apos;email,BOUNCE&apos; oder &apos;email,COMPLAINT&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the reason must be BOUNCE or COMPLAINT</source>
        <translation>der Grund muss BOUNCE oder COMPLAINT sein</translation>
    </message>
    <message>
        <location filename="../ui/suppressions/SuppressionsView.cpp" line="-419"/>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
</context>
<context>
    <name>Ses</name>
    <message>
        <location filename="../model/ses/SimulatedFeedback.cpp" line="+123"/>
        <source>bad mix part &apos;%1&apos;: write NAME=WEIGHT with NAME one of %2</source>
        <translation>ungültiger Mix-Teil &apos;%1&apos;: schreiben Sie NAME=WEIGHT, wobei NAME eines von %2 ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the mix needs at least one weight above 0</source>
        <translation>der Mix braucht mindestens ein Gewicht über 0</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../model/store/AddressStateRepository.cpp" line="+43"/>
        <location line="+29"/>
        <source>cannot read address state: %1</source>
        <translation>der Adressstatus kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot update address state: %1</source>
        <translation>der Adressstatus kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot record address state change: %1</source>
        <translation>die Änderung des Adressstatus kann nicht erfasst werden: %1</translation>
    </message>
    <message>
        <location filename="../model/store/AuditLog.cpp" line="+44"/>
        <source>an audit row needs an action</source>
        <translation>ein Audit-Eintrag braucht eine Aktion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write the audit log: %1</source>
        <translation>das Audit-Protokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../model/store/BounceRepository.cpp" line="+184"/>
        <source>cannot read bounces: %1</source>
        <translation>Bounces können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot count bounces: %1</source>
        <translation>Bounces können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot read the bounce: %1</source>
        <translation>der Bounce kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the bounce is no longer stored</source>
        <translation>der Bounce ist nicht mehr gespeichert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot explain the bounces query: </source>
        <translation>die Bounce-Abfrage kann nicht analysiert werden (EXPLAIN): </translation>
    </message>
    <message>
        <location filename="../model/store/ComplaintRepository.cpp" line="+68"/>
        <source>cannot read the complaints: %1</source>
        <translation>die Beschwerden können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/store/Database.cpp" line="+42"/>
        <source>the Qt SQLite driver is not installed (libqt6sql6-sqlite)</source>
        <translation>der Qt-SQLite-Treiber ist nicht installiert (libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the Qt PostgreSQL driver is not installed (libqt6sql6-psql)</source>
        <translation>der Qt-PostgreSQL-Treiber ist nicht installiert (libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot configure %1</source>
        <translation>%1 kann nicht konfiguriert werden</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>you may not %1: %2</source>
        <translation>keine Berechtigung zum %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database is opened read-only</source>
        <translation>die Datenbank ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database file %1 is read-only for this user</source>
        <translation>die Datenbankdatei %1 ist für diesen Benutzer schreibgeschützt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot check the database privileges: %1</source>
        <translation>die Datenbankrechte können nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot check the database privileges</source>
        <translation>die Datenbankrechte können nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is read-only (a standby or a read-only session)</source>
        <translation>die Datenbank ist schreibgeschützt (ein Standby-Server oder eine schreibgeschützte Sitzung)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the database role %1 may not change %2; ask an administrator for write access</source>
        <translation>die Datenbankrolle %1 darf %2 nicht ändern; bitten Sie einen Administrator um Schreibzugriff</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>mark complaints reviewed</source>
        <translation>Markieren von Beschwerden als geprüft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reset bounce status</source>
        <translation>Zurücksetzen des Bounce-Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add to the suppression list</source>
        <translation>Hinzufügen zur Unterdrückungsliste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change the suppression list</source>
        <translation>Ändern der Unterdrückungsliste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change which topics are trusted</source>
        <translation>Ändern der vertrauenswürdigen Themen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown write action</source>
        <translation>unbekannte Schreibaktion</translation>
    </message>
    <message>
        <location filename="../model/store/DatabaseUrl.cpp" line="+20"/>
        <source>invalid database URL %1: %2</source>
        <translation>ungültige Datenbank-URL %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a sqlite URL has no host; use sqlite:///absolute/path.db</source>
        <translation>eine sqlite-URL hat keinen Host; verwenden Sie sqlite:///absolute/path.db</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the SQLite path must be absolute (sqlite:///absolute/path.db)</source>
        <translation>der SQLite-Pfad muss absolut sein (sqlite:///absolute/path.db)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a host is required (postgresql://user@host/dbname)</source>
        <translation>ein Host ist erforderlich (postgresql://user@host/dbname)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port out of range</source>
        <translation>Port außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a database name is required (postgresql://user@host/dbname)</source>
        <translation>ein Datenbankname ist erforderlich (postgresql://user@host/dbname)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unsupported option &apos;%1&apos;</source>
        <translation>nicht unterstützte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown scheme &apos;%1&apos;; use sqlite or postgresql</source>
        <translation>unbekanntes Schema &apos;%1&apos;; verwenden Sie sqlite oder postgresql</translation>
    </message>
    <message>
        <location filename="../model/store/FacetRepository.cpp" line="+88"/>
        <source>cannot read the breakdown: %1</source>
        <translation>die Aufschlüsselung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/store/MessageRepository.cpp" line="+108"/>
        <source>cannot read the notifications: %1</source>
        <translation>die Benachrichtigungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/store/Migrations.cpp" line="+360"/>
        <source>cannot lock the database for migration: %1</source>
        <translation>die Datenbank kann für die Migration nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot commit migration: %1</source>
        <translation>die Migration kann nicht festgeschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../model/store/Stats.cpp" line="+39"/>
        <source>the counting query returned no row</source>
        <translation>die Zählabfrage lieferte keine Zeile</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the activity query returned no row</source>
        <translation>die Aktivitätsabfrage lieferte keine Zeile</translation>
    </message>
    <message>
        <location filename="../model/store/SuppressionRepository.cpp" line="+120"/>
        <source>%1 is already suppressed</source>
        <translation>%1 ist bereits unterdrückt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the new suppression of %1 has no id</source>
        <translation>die neue Unterdrückung von %1 hat keine ID</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot add suppression: %1</source>
        <translation>die Unterdrückung kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot import %1: </source>
        <translation>%1 kann nicht importiert werden: </translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+32"/>
        <source>cannot read the suppression list: %1</source>
        <translation>die Unterdrückungsliste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>cannot count the suppressions: %1</source>
        <translation>die Unterdrückungen können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <location filename="../model/store/Transaction.cpp" line="+29"/>
        <source>cannot lock the database for writing</source>
        <translation>die Datenbank kann nicht zum Schreiben gesperrt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot begin transaction</source>
        <translation>die Transaktion kann nicht begonnen werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>commit without an open transaction</source>
        <translation>Commit ohne offene Transaktion</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>cannot commit</source>
        <translation>Commit nicht möglich</translation>
    </message>
    <message>
        <location filename="../model/store/TrustedTopicRepository.cpp" line="+20"/>
        <source>cannot read the trusted topics: %1</source>
        <translation>die vertrauenswürdigen Themen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is already trusted</source>
        <translation>%1 ist bereits vertrauenswürdig</translation>
    </message>
</context>
<context>
    <name>SuppressionReason</name>
    <message>
        <location filename="../model/core/SuppressionReason.h" line="+32"/>
        <source>hard-bounce</source>
        <extracomment>Suppression reasons as stored (hard-bounce, ...): translate as short labels.</extracomment>
        <translation>Hardbounce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>soft-bounce</source>
        <translation>Softbounce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual-bounce</source>
        <translation>Bounce (manuell)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual-complaint</source>
        <translation>Beschwerde (manuell)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual</source>
        <translation>Manuell</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../model/tables/RateAlarm.cpp" line="+54"/>
        <source>bounce rate %1 has reached the warning level %2 (SES reviews at %3, pauses at %4)</source>
        <translation>Bounce-Rate %1 hat die Warnschwelle %2 erreicht (SES überprüft bei %3, pausiert bei %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>complaint rate %1 has reached the warning level %2 (SES reviews at %3, pauses at %4)</source>
        <translation>Beschwerderate %1 hat die Warnschwelle %2 erreicht (SES überprüft bei %3, pausiert bei %4)</translation>
    </message>
    <message>
        <location filename="../model/tables/RateSeries.cpp" line="+114"/>
        <source>the range has %L1 buckets; choose a shorter range or daily buckets</source>
        <translation>der Zeitraum hat %L1 Intervalle; wählen Sie einen kürzeren Zeitraum oder tägliche Intervalle</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <location filename="../model/core/Translations.cpp" line="+50"/>
        <source>%1%</source>
        <extracomment>A percentage: German and Spanish put a space before the sign.</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
</TS>
