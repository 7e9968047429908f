// bouncedesk-cli listen end to end: secrets from files or the environment (never visible in ps), files
// others can read refused, secrets on the command line warned about, the slow-client options wired.
#include "CliRunner.h"
#include "HttpClient.h"
#include "TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Bouncedesk;
using namespace Bouncedesk::Test;

namespace {
// A running `bouncedesk-cli listen`, stopped with SIGTERM when it goes out of scope.
class RunningListener final {
public:
    RunningListener(const QStringList &args, const QProcessEnvironment &env)
    {
        m_process.setProcessEnvironment(env);
        m_process.start(qEnvironmentVariable("BOUNCEDESK_CLI"), QStringList{QStringLiteral("listen")} + args);
        static const QRegularExpression listening(QStringLiteral("listening on http://127.0.0.1:(\\d+)/sns"));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(100);
            m_out += QString::fromUtf8(m_process.readAllStandardOutput());
            if (const auto match = listening.match(m_out); match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                break;
            }
        }
        m_err += QString::fromUtf8(m_process.readAllStandardError());
    }
    ~RunningListener() { stop(); }
    Q_DISABLE_COPY_MOVE(RunningListener)

    int stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(20000))
                m_process.kill();
            m_process.waitForFinished();
        }
        m_err += QString::fromUtf8(m_process.readAllStandardError());
        return m_process.exitCode();
    }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QString err() const { return m_err; }
    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)); }

private:
    QProcess m_process;
    QString m_out, m_err;
    quint16 m_port = 0;
};

QString writeSecret(const QTemporaryDir &dir, const QString &name, const QByteArray &content, int mode)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    file.close();
    ::chmod(QFile::encodeName(path).constData(), mode_t(mode));
    return path;
}

Headers basic(const QByteArray &credentials)
{
    return {{"Authorization", "Basic " + credentials.toBase64()}, {"x-amz-sns-message-type", "Notification"}};
}
} // namespace

class TestCliListen final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void secretsComeFromFilesAndTheEnvironment();
    void secretFileOthersCanReadIsRefused_data();
    void secretFileOthersCanReadIsRefused();
    void secretsOnTheCommandLineAreWarnedAbout();
    void secretAndSecretFileExcludeEachOther();
    void slowClientOptionsAreChecked_data();
    void slowClientOptionsAreChecked();
    void headTimeoutOptionClosesSilentConnections();

private:
    std::unique_ptr<TempDatabase> m_db;
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

void TestCliListen::init()
{
    QString error;
    m_db = TempDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.remove(QStringLiteral("BOUNCEDESK_BASIC_AUTH"));
    m_env.remove(QStringLiteral("BOUNCEDESK_API_TOKEN"));
    // The database URL (a password, for PostgreSQL) comes from the environment, as under systemd.
    m_env.insert(QStringLiteral("BOUNCEDESK_DATABASE"), m_db->url().toString());
}

void TestCliListen::secretsComeFromFilesAndTheEnvironment()
{
    const QString auth = writeSecret(m_dir, QStringLiteral("basic-auth"), "sns:s3cret-from-file\n", 0600);
    const QString token = writeSecret(m_dir, QStringLiteral("api-token"), "token-from-file\r\n", 0400);
    RunningListener listener({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--basic-auth-file"),
                              auth, QStringLiteral("--api-token-file"), token},
                             m_env);
    QVERIFY2(listener.port() != 0, qPrintable(listener.err()));

    // What every user on the host sees in ps: no password, token or database URL.
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(listener.pid()));
    if (cmdline.open(QIODevice::ReadOnly)) {
        const QByteArray args = cmdline.readAll();
        QVERIFY(!args.isEmpty());
        QVERIFY2(!args.contains("s3cret") && !args.contains("token-from-file") && !args.contains(m_db->url().toString().toUtf8()),
                 args.constData());
    }

    // The file's trailing newline is not part of the password.
    QCOMPARE(httpPost(listener.url(QStringLiteral("/sns")), "{", basic("sns:s3cret-from-file")).status, 400);
    QCOMPARE(httpPost(listener.url(QStringLiteral("/sns")), "{", basic("sns:s3cret-from-file\n")).status, 401);
    QCOMPARE(httpPost(listener.url(QStringLiteral("/sns")), "{", {{"x-amz-sns-message-type", "Notification"}}).status, 401);
    const QUrl lookup = listener.url(QStringLiteral("/v1/suppressions/a@b.example"));
    QCOMPARE(httpGet(lookup, {{"Authorization", "Bearer token-from-file"}}).status, 200); // the CRLF was trimmed
    QCOMPARE(httpGet(lookup, {{"Authorization", "Bearer token-from"}}).status, 401);
    QCOMPARE(listener.stop(), 0);
    QVERIFY2(!listener.err().contains(u"warning"), qPrintable(listener.err()));
}

void TestCliListen::secretFileOthersCanReadIsRefused_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<int>("mode");
    for (const char *option : {"--basic-auth-file", "--api-token-file"})
        for (int mode : {0640, 0604, 0620, 0666})
            QTest::addRow("%s %o", option, mode) << QString::fromLatin1(option) << mode;
}

void TestCliListen::secretFileOthersCanReadIsRefused()
{
    QFETCH(QString, option);
    QFETCH(int, mode);
    const QString file = writeSecret(m_dir, QStringLiteral("secret"), "sns:pw\n", mode);
    const CliRun run = runCli({QStringLiteral("listen"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), option, file},
                              m_env);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"accessible by group or others") && run.err.contains(u"chmod 600"), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("mode 0%1").arg(mode, 0, 8)), qPrintable(run.err));
    QVERIFY(!run.out.contains(u"listening"));
}

void TestCliListen::secretsOnTheCommandLineAreWarnedAbout()
{
    RunningListener listener({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--basic-auth"),
                              QStringLiteral("sns:pw"), QStringLiteral("--api-token"), QStringLiteral("tok")},
                             m_env);
    QVERIFY2(listener.port() != 0, qPrintable(listener.err()));
    QCOMPARE(httpPost(listener.url(QStringLiteral("/sns")), "{", basic("sns:pw")).status, 400); // still works
    listener.stop();
    for (const char *option : {"--basic-auth puts the secret on the command line", "--api-token puts the secret"})
        QVERIFY2(listener.err().contains(QLatin1String(option)), qPrintable(listener.err()));
    QVERIFY(listener.err().contains(u"--basic-auth-file"));
}

void TestCliListen::secretAndSecretFileExcludeEachOther()
{
    const QString file = writeSecret(m_dir, QStringLiteral("secret"), "sns:pw\n", 0600);
    const CliRun run = runCli({QStringLiteral("listen"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                               QStringLiteral("--basic-auth"), QStringLiteral("sns:pw"), QStringLiteral("--basic-auth-file"), file},
                              m_env);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"exclude each other"), qPrintable(run.err));
}

void TestCliListen::slowClientOptionsAreChecked_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no connections") << QStringList{QStringLiteral("--max-connections"), QStringLiteral("0")}
                                    << QStringLiteral("--max-connections");
    QTest::newRow("idle words") << QStringList{QStringLiteral("--idle-timeout"), QStringLiteral("soon")}
                                << QStringLiteral("--idle-timeout");
    QTest::newRow("head negative") << QStringList{QStringLiteral("--head-timeout"), QStringLiteral("-1")}
                                   << QStringLiteral("--head-timeout");
    QTest::newRow("body zero") << QStringList{QStringLiteral("--body-timeout"), QStringLiteral("0")}
                               << QStringLiteral("--body-timeout");
    QTest::newRow("ops token without token") << QStringList{QStringLiteral("--ops-token-required")}
                                             << QStringLiteral("--ops-token-required needs an API token");
    QTest::newRow("ops address") << QStringList{QStringLiteral("--ops-listen"), QStringLiteral("nowhere")}
                                 << QStringLiteral("--ops-listen wants addr:port");
}

void TestCliListen::slowClientOptionsAreChecked()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const CliRun run = runCli(QStringList{QStringLiteral("listen"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + args,
                              m_env);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
}

void TestCliListen::headTimeoutOptionClosesSilentConnections()
{
    RunningListener listener({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--head-timeout"),
                              QStringLiteral("1"), QStringLiteral("--ops-listen"), QStringLiteral("127.0.0.1:0")},
                             m_env);
    QVERIFY2(listener.port() != 0, qPrintable(listener.err()));
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, listener.port());
    QVERIFY(silent.waitForConnected(5000));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(silent.waitForDisconnected(6000));
    QVERIFY2(timer.elapsed() >= 700 && timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(httpGet(listener.url(QStringLiteral("/healthz"))).status, 404); // served on the ops address instead
}

QTEST_GUILESS_MAIN(TestCliListen)
#include "tst_cli_listen.moc"
