// `listen`: the headless webhook listener; runs until SIGINT/SIGTERM, then finishes in-flight requests.
#include "Cli.h"

#include "listener/Listener.h"
#include "sns/SimulatorKey.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <sys/stat.h>
#include <unistd.h>

namespace Bouncedesk::Cli {

using namespace Model;

namespace {
// A secret kept in a file: its content without the trailing newline. Like ssh with a private key, a
// file that group or others may read or write is refused: the secret would not be one.
Result<QString> readSecretFile(const QString &option, const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Error::invalid(Text::tr("--%1: cannot read %2").arg(option, path));
    if ((st.st_mode & 077) != 0)
        return Error::invalid(Text::tr("--%1: %2 is accessible by group or others (mode %3); "
                                             "chmod 600 it, it holds a secret")
                                  .arg(option, path)
                                  .arg(st.st_mode & 0777, 4, 8, QChar(u'0')));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(Text::tr("--%1: cannot read %2: %3").arg(option, path, file.errorString()));
    QByteArray content = file.read(64 * 1024);
    while (content.endsWith('\n') || content.endsWith('\r'))
        content.chop(1);
    if (content.isEmpty())
        return Error::invalid(Text::tr("--%1: %2 is empty").arg(option, path));
    return QString::fromUtf8(content);
}

// A secret from --NAME (warned about: ps shows it to every user), --NAME-file or the environment.
Result<QString> secretOption(const QCommandLineParser &parser, const QString &name, const char *environment)
{
    const QString fileOption = name + QStringLiteral("-file");
    if (parser.isSet(name) && parser.isSet(fileOption))
        return Error::invalid(Text::tr("--%1 and --%2 exclude each other").arg(name, fileOption));
    if (parser.isSet(name)) {
        warn(Text::tr("--%1 puts the secret on the command line, where other users can read it (ps); "
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

void addHttpOptions(QCommandLineParser &parser)
{
    const ListenerSettings defaults;
    const QString listenDefault = defaults.address.toString() + u':' + QString::number(defaults.port);
    parser.addOptions({
        {QStringLiteral("listen"), Text::tr("Address and port to listen on (default %1; port 0: any).")
                                       .arg(listenDefault),
         QStringLiteral("addr:port"), listenDefault},
        {QStringLiteral("tls-cert"), Text::tr("Serve HTTPS with this certificate chain (PEM)."),
         QStringLiteral("file")},
        {QStringLiteral("tls-key"), Text::tr("Private key for --tls-cert (PEM)."), QStringLiteral("file")},
        {QStringLiteral("basic-auth"),
         Text::tr("Require HTTP basic auth user:password on /sns. Visible to other users in ps: prefer "
                        "--basic-auth-file or BOUNCEDESK_BASIC_AUTH."),
         QStringLiteral("user:password")},
        {QStringLiteral("basic-auth-file"),
         Text::tr("Read user:password for basic auth from a file only its owner may access (mode 0600)."),
         QStringLiteral("file")},
        {QStringLiteral("ops-token-required"),
         Text::tr("Require the API token (Authorization: Bearer) on /healthz and /metrics.")},
        {QStringLiteral("ops-listen"),
         Text::tr("Serve /healthz and /metrics only on this address and port (plain HTTP), e.g. "
                        "127.0.0.1:9025."),
         QStringLiteral("addr:port")},
        {QStringLiteral("api-token"),
         Text::tr("Bearer token for GET /v1/suppressions/{email}; off if unset. Visible to other users in ps: "
                        "prefer --api-token-file or BOUNCEDESK_API_TOKEN."),
         QStringLiteral("token")},
        {QStringLiteral("api-token-file"),
         Text::tr("Read the API token from a file only its owner may access (mode 0600)."), QStringLiteral("file")},
        {QStringLiteral("trust-simulator"),
         Text::tr("Take `bouncedesk-cli simulate --target` test traffic: its key (created in %1 if missing) is "
                        "trusted for the simulator's own topic only, from this machine only; needs a loopback "
                        "--listen address.")
             .arg(Sns::SimulatorKey::defaultDirectory())},
    });
    addNumberOptions(parser, true);
    addTrustOptions(parser);
}

// Every option into settings; a usage error says which option and why.
Result<ListenerSettings> listenerSettingsFrom(const QCommandLineParser &parser)
{
    const auto usage = [](const QString &message) { return Error::invalid(message, QStringLiteral("usage")); };
    auto trusted = listenerSettingsWithTrust(parser, true);
    if (!trusted)
        return trusted.error();
    ListenerSettings settings = std::move(trusted).value();
    if (!parseAddress(parser.value(QStringLiteral("listen")), &settings.address, &settings.port))
        return usage(Text::tr("--listen wants addr:port, got '%1'").arg(parser.value(QStringLiteral("listen"))));
    settings.tlsCertFile = parser.value(QStringLiteral("tls-cert"));
    settings.tlsKeyFile = parser.value(QStringLiteral("tls-key"));
    if (settings.tlsCertFile.isEmpty() != settings.tlsKeyFile.isEmpty())
        return usage(Text::tr("--tls-cert and --tls-key go together"));
    auto auth = secretOption(parser, QStringLiteral("basic-auth"), "BOUNCEDESK_BASIC_AUTH");
    if (!auth)
        return usage(auth.errorText());
    if (!auth->isEmpty() && !splitPair(*auth, u':', &settings.basicAuthUser, &settings.basicAuthPassword))
        return usage(Text::tr("basic auth wants user:password"));
    auto token = secretOption(parser, QStringLiteral("api-token"), "BOUNCEDESK_API_TOKEN");
    if (!token)
        return usage(token.errorText());
    settings.suppressionApiToken = *token;
    settings.opsTokenRequired = parser.isSet(QStringLiteral("ops-token-required"));
    if (settings.opsTokenRequired && settings.suppressionApiToken.isEmpty())
        return usage(Text::tr("--ops-token-required needs an API token (--api-token-file or BOUNCEDESK_API_TOKEN)"));
    if (parser.isSet(QStringLiteral("ops-listen"))) {
        quint16 opsPort = 0;
        if (!parseAddress(parser.value(QStringLiteral("ops-listen")), &settings.opsAddress, &opsPort))
            return usage(Text::tr("--ops-listen wants addr:port, got '%1'")
                             .arg(parser.value(QStringLiteral("ops-listen"))));
        settings.opsPort = opsPort;
    }
    if (parser.isSet(QStringLiteral("trust-simulator"))) {
        if (!settings.address.isLoopback())
            return usage(Text::tr("--trust-simulator needs a loopback --listen address (127.0.0.1 or [::1]), "
                                        "got %1")
                             .arg(settings.address.toString()));
        auto key = Sns::SimulatorKey::loadOrCreate(Sns::SimulatorKey::defaultDirectory());
        if (!key)
            return key.error();
        settings.simulatorCertificatePem = key->certificatePem();
    }
    return settings;
}
} // namespace

int listenCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Receive Amazon SNS messages on POST /sns and store them."));
    addCommonOptions(parser);
    addHttpOptions(parser);
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
    out(Text::tr("listening on %1://%2:%3/sns (database %4)").arg(scheme, host).arg(*port).arg(url->displayString()));
    if (!settings.simulatorCertificatePem.isEmpty())
        out(Text::tr("trusting test traffic on %1 signed with the key in %2, from this machine only")
                .arg(Sns::SimulatorTopicArn, Sns::SimulatorKey::defaultDirectory()));
    if (listener.opsPort()) {
        QString opsHost = settings.opsAddress.toString();
        if (settings.opsAddress.protocol() == QAbstractSocket::IPv6Protocol)
            opsHost = u'[' + opsHost + u']';
        out(Text::tr("health and metrics on http://%1:%2/healthz").arg(opsHost).arg(listener.opsPort()));
    }

    if (!onTerminationSignal(&listener, [&listener] {
            out(Text::tr("stopping: finishing requests in flight"));
            listener.stop();
            if (listener.idle())
                QCoreApplication::quit();
            else
                QObject::connect(&listener, &Listener::idleChanged, qApp, &QCoreApplication::quit);
            // Never hang on a stuck request: SNS retries whatever was not answered.
            QTimer::singleShot(20000, qApp, &QCoreApplication::quit);
        }))
        return fail(Text::tr("cannot set up signal handling"));
    const int code = QCoreApplication::exec();
    out(Text::tr("stopped"));
    return code;
}

} // namespace Bouncedesk::Cli
