// `listen`: the headless webhook listener; runs until SIGINT/SIGTERM, then finishes in-flight requests.
#include "Cli.h"

#include "listener/Listener.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace Bouncedesk::Cli {

using namespace Model;

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

bool splitPair(const QString &text, QChar separator, QString *left, QString *right)
{
    const int at = text.indexOf(separator);
    if (at <= 0 || at == text.size() - 1)
        return false;
    *left = text.left(at);
    *right = text.mid(at + 1);
    return true;
}

bool parseAddress(const QString &text, QHostAddress *address, quint16 *port)
{
    const int colon = text.lastIndexOf(u':');
    if (colon < 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    if (host.isEmpty() || host == u"*")
        *address = QHostAddress::Any;
    else if (host == u"localhost")
        *address = QHostAddress::LocalHost;
    else if (!address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
}
} // namespace

int listenCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Receive Amazon SNS messages on POST /sns and store them."));
    addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("listen"), QStringLiteral("Address and port to listen on (default 127.0.0.1:8025; port 0: any)."),
         QStringLiteral("addr:port"), QStringLiteral("127.0.0.1:8025")},
        {QStringLiteral("topic"), QStringLiteral("Accept only this TopicArn (repeatable)."), QStringLiteral("arn")},
        {QStringLiteral("no-auto-confirm"), QStringLiteral("Keep subscription confirmations pending for an admin.")},
        {QStringLiteral("max-body"), QStringLiteral("Largest request body in bytes (default 262144)."),
         QStringLiteral("bytes"), QStringLiteral("262144")},
        {QStringLiteral("tls-cert"), QStringLiteral("Serve HTTPS with this certificate chain (PEM)."), QStringLiteral("file")},
        {QStringLiteral("tls-key"), QStringLiteral("Private key for --tls-cert (PEM)."), QStringLiteral("file")},
        {QStringLiteral("basic-auth"),
         QStringLiteral("Require HTTP basic auth user:password on /sns (or BOUNCEDESK_BASIC_AUTH)."),
         QStringLiteral("user:password")},
        {QStringLiteral("max-age"), QStringLiteral("Refuse messages older than this many seconds (default off)."),
         QStringLiteral("seconds"), QStringLiteral("0")},
        {QStringLiteral("replay-window"),
         QStringLiteral("Refuse messages older than this many seconds plus the clock skew: SNS retries for at most "
                        "an hour (default 3600; 0: off, e.g. to replay recorded messages)."),
         QStringLiteral("seconds"), QStringLiteral("3600")},
        {QStringLiteral("clock-skew"),
         QStringLiteral("Allowance for clock differences with SNS, both ways; messages dated further in the future "
                        "are refused (default 300)."),
         QStringLiteral("seconds"), QStringLiteral("300")},
        {QStringLiteral("sns-cert"), QStringLiteral("Use a local PEM file for a SigningCertURL (repeatable)."),
         QStringLiteral("url=file")},
        {QStringLiteral("api-token"),
         QStringLiteral("Bearer token for GET /v1/suppressions/{email} (or BOUNCEDESK_API_TOKEN); off if unset."),
         QStringLiteral("token")},
        {QStringLiteral("ca-file"), QStringLiteral("Also trust this CA for SNS downloads (repeatable)."),
         QStringLiteral("file")},
        {QStringLiteral("no-system-ca"), QStringLiteral("Trust only --ca-file CAs for SNS downloads.")},
        {QStringLiteral("sns-endpoint"),
         QStringLiteral("Reach an SNS host at another address, e.g. for a proxy (repeatable); TLS still checks the "
                        "SNS name."),
         QStringLiteral("host=addr:port")},
        {QStringLiteral("require-cert-chain"),
         QStringLiteral("Refuse downloaded signing certificates whose issuer chain is not in the trust store.")},
        {QStringLiteral("soft-bounce-threshold"), QStringLiteral("Consecutive soft bounces that suppress (default 3)."),
         QStringLiteral("n"), QStringLiteral("3")},
        {QStringLiteral("soft-bounce-window"), QStringLiteral("Days a soft-bounce streak lasts (default 30)."),
         QStringLiteral("days"), QStringLiteral("30")},
    });
    if (!parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;

    auto url = databaseUrl(parser);
    if (!url)
        return fail(url.errorText());

    ListenerSettings settings;
    if (!parseAddress(parser.value(QStringLiteral("listen")), &settings.address, &settings.port))
        return fail(QStringLiteral("--listen wants addr:port, got '%1'").arg(parser.value(QStringLiteral("listen"))),
                    Usage);
    settings.topicAllowlist = parser.values(QStringLiteral("topic"));
    settings.autoConfirm = !parser.isSet(QStringLiteral("no-auto-confirm"));
    bool ok = false;
    settings.maxBodyBytes = parser.value(QStringLiteral("max-body")).toLongLong(&ok);
    if (!ok || settings.maxBodyBytes < 1024)
        return fail(QStringLiteral("--max-body must be a number of bytes >= 1024"), Usage);
    settings.tlsCertFile = parser.value(QStringLiteral("tls-cert"));
    settings.tlsKeyFile = parser.value(QStringLiteral("tls-key"));
    if (settings.tlsCertFile.isEmpty() != settings.tlsKeyFile.isEmpty())
        return fail(QStringLiteral("--tls-cert and --tls-key go together"), Usage);
    QString auth = parser.value(QStringLiteral("basic-auth"));
    if (auth.isEmpty())
        auth = qEnvironmentVariable("BOUNCEDESK_BASIC_AUTH");
    if (!auth.isEmpty() && !splitPair(auth, u':', &settings.basicAuthUser, &settings.basicAuthPassword))
        return fail(QStringLiteral("--basic-auth wants user:password"), Usage);
    settings.maxMessageAgeSeconds = parser.value(QStringLiteral("max-age")).toInt(&ok);
    if (!ok || settings.maxMessageAgeSeconds < 0)
        return fail(QStringLiteral("--max-age must be a number of seconds"), Usage);
    settings.replayWindowSeconds = parser.value(QStringLiteral("replay-window")).toInt(&ok);
    if (!ok || settings.replayWindowSeconds < 0)
        return fail(QStringLiteral("--replay-window must be a number of seconds (0: off)"), Usage);
    settings.clockSkewSeconds = parser.value(QStringLiteral("clock-skew")).toInt(&ok);
    if (!ok || settings.clockSkewSeconds < 0)
        return fail(QStringLiteral("--clock-skew must be a number of seconds"), Usage);
    for (const QString &pin : parser.values(QStringLiteral("sns-cert"))) {
        const int at = pin.lastIndexOf(u'=');
        if (at <= 0)
            return fail(QStringLiteral("--sns-cert wants url=file, got '%1'").arg(pin), Usage);
        settings.pinnedCertificates.insert(pin.left(at), pin.mid(at + 1));
    }
    settings.suppressionApiToken = parser.value(QStringLiteral("api-token"));
    if (settings.suppressionApiToken.isEmpty())
        settings.suppressionApiToken = qEnvironmentVariable("BOUNCEDESK_API_TOKEN");
    settings.extraCaFiles = parser.values(QStringLiteral("ca-file"));
    settings.useSystemTrustStore = !parser.isSet(QStringLiteral("no-system-ca"));
    settings.requireCertificateChain = parser.isSet(QStringLiteral("require-cert-chain"));
    for (const QString &endpoint : parser.values(QStringLiteral("sns-endpoint"))) {
        QString host, target;
        if (!splitPair(endpoint, u'=', &host, &target) || !target.contains(u':'))
            return fail(QStringLiteral("--sns-endpoint wants host=addr:port, got '%1'").arg(endpoint), Usage);
        settings.snsEndpointOverrides.insert(host.toLower(), target);
    }
    settings.policy.softBounceThreshold = parser.value(QStringLiteral("soft-bounce-threshold")).toInt(&ok);
    if (!ok || settings.policy.softBounceThreshold < 1)
        return fail(QStringLiteral("--soft-bounce-threshold must be at least 1"), Usage);
    settings.policy.softBounceWindowDays = parser.value(QStringLiteral("soft-bounce-window")).toInt(&ok);
    if (!ok || settings.policy.softBounceWindowDays < 1)
        return fail(QStringLiteral("--soft-bounce-window must be at least 1 day"), Usage);

    Listener listener(*url, settings);
    auto port = listener.start();
    if (!port)
        return fail(port.errorText());
    const QString scheme = settings.tlsCertFile.isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    QString host = settings.address.toString();
    if (settings.address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    out(QStringLiteral("listening on %1://%2:%3/sns (database %4)").arg(scheme, host).arg(*port).arg(url->displayString()));

    if (::pipe(g_signalPipe) != 0)
        return fail(QStringLiteral("cannot set up signal handling"));
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &listener, [&listener, &notifier] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
        notifier.setEnabled(false);
        out(QStringLiteral("stopping: finishing requests in flight"));
        listener.stop();
        if (listener.idle())
            QCoreApplication::quit();
        else
            QObject::connect(&listener, &Listener::idleChanged, qApp, &QCoreApplication::quit);
        // Never hang on a stuck request: SNS retries whatever was not answered.
        QTimer::singleShot(20000, qApp, &QCoreApplication::quit);
    });
    const int code = QCoreApplication::exec();
    out(QStringLiteral("stopped"));
    return code;
}

} // namespace Bouncedesk::Cli
