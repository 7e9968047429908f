// `listen`: the headless webhook listener; runs until SIGINT/SIGTERM, then finishes in-flight requests.
#include "Cli.h"

#include "listener/Listener.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <functional>
#include <vector>
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

// The numeric options: their defaults are ListenerSettings' own, so help and behaviour cannot drift.
struct NumberOption {
    const char *name;
    const char *help;
    const char *valueName;
    qint64 minimum;
    std::function<qint64(const ListenerSettings &)> get;
    std::function<void(ListenerSettings &, qint64)> set;
};

const std::vector<NumberOption> &numberOptions()
{
    using S = ListenerSettings;
    static const std::vector<NumberOption> options{
        {"max-body", "Largest request body in bytes", "bytes", 1024, [](const S &s) { return s.maxBodyBytes; },
         [](S &s, qint64 v) { s.maxBodyBytes = v; }},
        {"max-connections", "Most connections open at once; more are closed at once", "n", 1,
         [](const S &s) { return qint64(s.maxConnections); }, [](S &s, qint64 v) { s.maxConnections = int(v); }},
        {"idle-timeout", "Close keep-alive connections idle this many seconds", "seconds", 1,
         [](const S &s) { return qint64(s.idleTimeoutSeconds); }, [](S &s, qint64 v) { s.idleTimeoutSeconds = int(v); }},
        {"head-timeout", "Close connections whose request head has not arrived within this many seconds", "seconds", 1,
         [](const S &s) { return qint64(s.headTimeoutSeconds); }, [](S &s, qint64 v) { s.headTimeoutSeconds = int(v); }},
        {"body-timeout", "Close connections whose request body stalls this many seconds", "seconds", 1,
         [](const S &s) { return qint64(s.bodyTimeoutSeconds); }, [](S &s, qint64 v) { s.bodyTimeoutSeconds = int(v); }},
        {"max-age", "Refuse messages older than this many seconds (0: off)", "seconds", 0,
         [](const S &s) { return qint64(s.maxMessageAgeSeconds); }, [](S &s, qint64 v) { s.maxMessageAgeSeconds = int(v); }},
        {"replay-window",
         "Refuse messages older than this many seconds plus the clock skew: SNS retries for at most an hour "
         "(0: off, e.g. to replay recorded messages)",
         "seconds", 0, [](const S &s) { return qint64(s.replayWindowSeconds); },
         [](S &s, qint64 v) { s.replayWindowSeconds = int(v); }},
        {"clock-skew", "Allowance for clock differences with SNS, both ways; messages dated further ahead are refused",
         "seconds", 0, [](const S &s) { return qint64(s.clockSkewSeconds); }, [](S &s, qint64 v) { s.clockSkewSeconds = int(v); }},
        {"soft-bounce-threshold", "Consecutive soft bounces that suppress", "n", 1,
         [](const S &s) { return qint64(s.policy.softBounceThreshold); },
         [](S &s, qint64 v) { s.policy.softBounceThreshold = int(v); }},
        {"soft-bounce-window", "Days a soft-bounce streak lasts", "days", 1,
         [](const S &s) { return qint64(s.policy.softBounceWindowDays); },
         [](S &s, qint64 v) { s.policy.softBounceWindowDays = int(v); }},
    };
    return options;
}

void addListenOptions(QCommandLineParser &parser)
{
    const ListenerSettings defaults;
    const QString listenDefault = defaults.address.toString() + u':' + QString::number(defaults.port);
    parser.addOptions({
        {QStringLiteral("listen"), QStringLiteral("Address and port to listen on (default %1; port 0: any).").arg(listenDefault),
         QStringLiteral("addr:port"), listenDefault},
        {QStringLiteral("topic"),
         QStringLiteral("Trust this TopicArn (repeatable), besides the topics trusted in the database "
                        "(bouncedesk-cli topics). Notifications from any other topic are refused."),
         QStringLiteral("arn")},
        {QStringLiteral("no-auto-confirm"), QStringLiteral("Keep subscription confirmations pending for an admin.")},
        {QStringLiteral("tls-cert"), QStringLiteral("Serve HTTPS with this certificate chain (PEM)."), QStringLiteral("file")},
        {QStringLiteral("tls-key"), QStringLiteral("Private key for --tls-cert (PEM)."), QStringLiteral("file")},
        {QStringLiteral("basic-auth"),
         QStringLiteral("Require HTTP basic auth user:password on /sns. Visible to other users in ps: prefer "
                        "--basic-auth-file or BOUNCEDESK_BASIC_AUTH."),
         QStringLiteral("user:password")},
        {QStringLiteral("basic-auth-file"),
         QStringLiteral("Read user:password for basic auth from a file only its owner may access (mode 0600)."),
         QStringLiteral("file")},
        {QStringLiteral("ops-token-required"),
         QStringLiteral("Require the API token (Authorization: Bearer) on /healthz and /metrics.")},
        {QStringLiteral("ops-listen"),
         QStringLiteral("Serve /healthz and /metrics only on this address and port (plain HTTP), e.g. "
                        "127.0.0.1:9025."),
         QStringLiteral("addr:port")},
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
    });
    for (const NumberOption &o : numberOptions()) {
        const QString value = QString::number(o.get(defaults));
        parser.addOption({QLatin1String(o.name), QStringLiteral("%1 (default %2).").arg(QLatin1String(o.help), value),
                          QLatin1String(o.valueName), value});
    }
}

// Every option into settings; a usage error says which option and why.
Result<ListenerSettings> listenerSettingsFrom(const QCommandLineParser &parser)
{
    const auto usage = [](const QString &message) { return Error::invalid(message, QStringLiteral("usage")); };
    ListenerSettings settings;
    if (!parseAddress(parser.value(QStringLiteral("listen")), &settings.address, &settings.port))
        return usage(QStringLiteral("--listen wants addr:port, got '%1'").arg(parser.value(QStringLiteral("listen"))));
    for (const NumberOption &o : numberOptions()) {
        bool ok = false;
        const qint64 value = parser.value(QLatin1String(o.name)).toLongLong(&ok);
        if (!ok || value < o.minimum)
            return usage(QStringLiteral("--%1 must be a whole number of at least %2").arg(QLatin1String(o.name)).arg(o.minimum));
        o.set(settings, value);
    }
    settings.topicAllowlist = parser.values(QStringLiteral("topic"));
    settings.autoConfirm = !parser.isSet(QStringLiteral("no-auto-confirm"));
    settings.tlsCertFile = parser.value(QStringLiteral("tls-cert"));
    settings.tlsKeyFile = parser.value(QStringLiteral("tls-key"));
    if (settings.tlsCertFile.isEmpty() != settings.tlsKeyFile.isEmpty())
        return usage(QStringLiteral("--tls-cert and --tls-key go together"));
    auto auth = secretOption(parser, QStringLiteral("basic-auth"), "BOUNCEDESK_BASIC_AUTH");
    if (!auth)
        return usage(auth.errorText());
    if (!auth->isEmpty() && !splitPair(*auth, u':', &settings.basicAuthUser, &settings.basicAuthPassword))
        return usage(QStringLiteral("basic auth wants user:password"));
    for (const QString &pin : parser.values(QStringLiteral("sns-cert"))) {
        const int at = pin.lastIndexOf(u'=');
        if (at <= 0)
            return usage(QStringLiteral("--sns-cert wants url=file, got '%1'").arg(pin));
        settings.pinnedCertificates.insert(pin.left(at), pin.mid(at + 1));
    }
    auto token = secretOption(parser, QStringLiteral("api-token"), "BOUNCEDESK_API_TOKEN");
    if (!token)
        return usage(token.errorText());
    settings.suppressionApiToken = *token;
    settings.opsTokenRequired = parser.isSet(QStringLiteral("ops-token-required"));
    if (settings.opsTokenRequired && settings.suppressionApiToken.isEmpty())
        return usage(QStringLiteral("--ops-token-required needs an API token (--api-token-file or BOUNCEDESK_API_TOKEN)"));
    if (parser.isSet(QStringLiteral("ops-listen"))) {
        quint16 opsPort = 0;
        if (!parseAddress(parser.value(QStringLiteral("ops-listen")), &settings.opsAddress, &opsPort))
            return usage(QStringLiteral("--ops-listen wants addr:port, got '%1'").arg(parser.value(QStringLiteral("ops-listen"))));
        settings.opsPort = opsPort;
    }
    settings.extraCaFiles = parser.values(QStringLiteral("ca-file"));
    settings.useSystemTrustStore = !parser.isSet(QStringLiteral("no-system-ca"));
    settings.requireCertificateChain = parser.isSet(QStringLiteral("require-cert-chain"));
    for (const QString &endpoint : parser.values(QStringLiteral("sns-endpoint"))) {
        QString host, target;
        if (!splitPair(endpoint, u'=', &host, &target) || !target.contains(u':'))
            return usage(QStringLiteral("--sns-endpoint wants host=addr:port, got '%1'").arg(endpoint));
        settings.snsEndpointOverrides.insert(host.toLower(), target);
    }
    return settings;
}
} // namespace

int listenCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Receive Amazon SNS messages on POST /sns and store them."));
    addCommonOptions(parser);
    addListenOptions(parser);
    if (!parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    auto url = databaseUrl(parser);
    if (!url)
        return fail(url.errorText());
    auto configured = listenerSettingsFrom(parser);
    if (!configured)
        return fail(configured.errorText(), Usage);
    const ListenerSettings settings = std::move(configured).value();

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
