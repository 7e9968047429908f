// `listen`: the headless webhook listener; runs until SIGINT/SIGTERM, then finishes in-flight requests.
#include "Cli.h"

#include "listener/Listener.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/stat.h>
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

// A secret kept in a file: its content without the trailing newline. Like ssh with a private key, a
// file that group or others may read or write is refused: the secret would not be one.
Result<QString> readSecretFile(const QString &option, const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Error::invalid(QStringLiteral("--%1: cannot read %2").arg(option, path));
    if ((st.st_mode & 077) != 0)
        return Error::invalid(QStringLiteral("--%1: %2 is accessible by group or others (mode %3); "
                                             "chmod 600 it, it holds a secret")
                                  .arg(option, path)
                                  .arg(st.st_mode & 0777, 4, 8, QChar(u'0')));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(QStringLiteral("--%1: cannot read %2: %3").arg(option, path, file.errorString()));
    QByteArray content = file.read(64 * 1024);
    while (content.endsWith('\n') || content.endsWith('\r'))
        content.chop(1);
    if (content.isEmpty())
        return Error::invalid(QStringLiteral("--%1: %2 is empty").arg(option, path));
    return QString::fromUtf8(content);
}

// A secret from --NAME (warned about: ps shows it to every user), --NAME-file or the environment.
Result<QString> secretOption(const QCommandLineParser &parser, const QString &name, const char *environment)
{
    const QString fileOption = name + QStringLiteral("-file");
    if (parser.isSet(name) && parser.isSet(fileOption))
        return Error::invalid(QStringLiteral("--%1 and --%2 exclude each other").arg(name, fileOption));
    if (parser.isSet(name)) {
        warn(QStringLiteral("--%1 puts the secret on the command line, where other users can read it (ps); "
                            "use --%2 or %3")
                 .arg(name, fileOption, QLatin1String(environment)));
        return parser.value(name);
    }
    if (parser.isSet(fileOption))
        return readSecretFile(fileOption, parser.value(fileOption));
    return qEnvironmentVariable(environment);
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
         QStringLiteral("Require HTTP basic auth user:password on /sns. Visible to other users in ps: prefer "
                        "--basic-auth-file or BOUNCEDESK_BASIC_AUTH."),
         QStringLiteral("user:password")},
        {QStringLiteral("basic-auth-file"),
         QStringLiteral("Read user:password for basic auth from a file only its owner may access (mode 0600)."),
         QStringLiteral("file")},
        {QStringLiteral("max-connections"),
         QStringLiteral("Most connections open at once; more are closed at once (default 2000)."), QStringLiteral("n"),
         QStringLiteral("2000")},
        {QStringLiteral("idle-timeout"),
         QStringLiteral("Close keep-alive connections idle this many seconds (default 60)."), QStringLiteral("seconds"),
         QStringLiteral("60")},
        {QStringLiteral("head-timeout"),
         QStringLiteral("Close connections whose request head has not arrived within this many seconds (default 10)."),
         QStringLiteral("seconds"), QStringLiteral("10")},
        {QStringLiteral("body-timeout"),
         QStringLiteral("Close connections whose request body stalls this many seconds (default 30)."),
         QStringLiteral("seconds"), QStringLiteral("30")},
        {QStringLiteral("ops-token-required"),
         QStringLiteral("Require the API token (Authorization: Bearer) on /healthz and /metrics.")},
        {QStringLiteral("ops-listen"),
         QStringLiteral("Serve /healthz and /metrics only on this address and port (plain HTTP), e.g. "
                        "127.0.0.1:9025."),
         QStringLiteral("addr:port")},
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
         QStringLiteral("Bearer token for GET /v1/suppressions/{email}; off if unset. Visible to other users in ps: "
                        "prefer --api-token-file or BOUNCEDESK_API_TOKEN."),
         QStringLiteral("token")},
        {QStringLiteral("api-token-file"),
         QStringLiteral("Read the API token from a file only its owner may access (mode 0600)."), QStringLiteral("file")},
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
    auto auth = secretOption(parser, QStringLiteral("basic-auth"), "BOUNCEDESK_BASIC_AUTH");
    if (!auth)
        return fail(auth.errorText(), Usage);
    if (!auth->isEmpty() && !splitPair(*auth, u':', &settings.basicAuthUser, &settings.basicAuthPassword))
        return fail(QStringLiteral("basic auth wants user:password"), Usage);
    const struct {
        const char *option;
        int *value;
        int minimum;
    } limits[] = {{"max-connections", &settings.maxConnections, 1},
                  {"idle-timeout", &settings.idleTimeoutSeconds, 1},
                  {"head-timeout", &settings.headTimeoutSeconds, 1},
                  {"body-timeout", &settings.bodyTimeoutSeconds, 1}};
    for (const auto &limit : limits) {
        *limit.value = parser.value(QLatin1String(limit.option)).toInt(&ok);
        if (!ok || *limit.value < limit.minimum)
            return fail(QStringLiteral("--%1 must be a whole number of at least %2")
                            .arg(QLatin1String(limit.option))
                            .arg(limit.minimum),
                        Usage);
    }
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
    auto token = secretOption(parser, QStringLiteral("api-token"), "BOUNCEDESK_API_TOKEN");
    if (!token)
        return fail(token.errorText(), Usage);
    settings.suppressionApiToken = *token;
    settings.opsTokenRequired = parser.isSet(QStringLiteral("ops-token-required"));
    if (settings.opsTokenRequired && settings.suppressionApiToken.isEmpty())
        return fail(QStringLiteral("--ops-token-required needs an API token (--api-token-file or BOUNCEDESK_API_TOKEN)"),
                    Usage);
    if (parser.isSet(QStringLiteral("ops-listen"))) {
        quint16 opsPort = 0;
        if (!parseAddress(parser.value(QStringLiteral("ops-listen")), &settings.opsAddress, &opsPort))
            return fail(QStringLiteral("--ops-listen wants addr:port, got '%1'").arg(parser.value(QStringLiteral("ops-listen"))),
                        Usage);
        settings.opsPort = opsPort;
    }
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
    if (listener.opsPort()) {
        QString opsHost = settings.opsAddress.toString();
        if (settings.opsAddress.protocol() == QAbstractSocket::IPv6Protocol)
            opsHost = u'[' + opsHost + u']';
        out(QStringLiteral("health and metrics on http://%1:%2/healthz").arg(opsHost).arg(listener.opsPort()));
    }

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
