// `simulate --target` against `listen --trust-simulator` processes: what it sends lands, what it prints is
// what the listener answered, and a listener that does not trust the simulator refuses it.
#include "CliRunner.h"
#include "DbProbe.h"
#include "ListenerProcess.h"
#include "TempDatabase.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Test;

class TestCliSimulate final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void trafficReachesATrustingListener();
    void listenerWithoutTrustRefusesAndTheExitCodeSaysSo();
    void trustSimulatorNeedsLoopback();
    void withoutAKeySimulateSaysHowToGetOne();
    void badOptionsAreUsageErrors_data();
    void badOptionsAreUsageErrors();

private:
    QProcessEnvironment environment() const;
    QString target(const ListenerProcess &listener) const;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<TempDatabase> m_db;
};

void TestCliSimulate::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    // The key lives under XDG_DATA_HOME: a fresh one per test, shared by listener and simulate.
    qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toUtf8());
    QString error;
    m_db = TempDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY(Model::Store::open(m_db->url()));
    m_db->closeConnections();
}

void TestCliSimulate::cleanup()
{
    m_db.reset();
    m_home.reset();
}

QProcessEnvironment TestCliSimulate::environment() const { return QProcessEnvironment::systemEnvironment(); }

QString TestCliSimulate::target(const ListenerProcess &listener) const
{
    return QStringLiteral("http://127.0.0.1:%1/sns").arg(listener.port());
}

void TestCliSimulate::trafficReachesATrustingListener()
{
    ListenerProcess listener;
    QString error;
    QVERIFY2(listener.startWith(m_db->url().toString(), {QStringLiteral("--trust-simulator")}, &error),
        qPrintable(error));
    const QString keyFile = m_home->filePath(QStringLiteral("data/Bouncedesk/bouncedesk/simulator/simulator-key.pem"));
    QVERIFY2(QFile::exists(keyFile), qPrintable(keyFile));
    QCOMPARE(QFile::permissions(keyFile) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    const CliRun run = runCli({QStringLiteral("simulate"), QStringLiteral("--target"), target(listener),
                                  QStringLiteral("--count"), QStringLiteral("40"), QStringLiteral("--mix"),
                                  QStringLiteral("bounce=1,complaint=1,delivery=2")},
        environment());
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("sent 40 notification(s) to ") + target(listener)), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("the listener answered: 200 stored ×40")), qPrintable(run.out));
    QVERIFY2(!run.out.contains(u"soft-bounce") && !run.out.contains(u"send "), qPrintable(run.out));
    QVERIFY(listener.stop());
    auto db = Model::Database::connection(m_db->url());
    QVERIFY(db);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM sns_messages")), 40);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM sends")), 0);
    QVERIFY(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM bounces")) > 0);
    QVERIFY(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM complaints")) > 0);
}

void TestCliSimulate::listenerWithoutTrustRefusesAndTheExitCodeSaysSo()
{
    // A key exists (made by an earlier trusting listener), but this listener was not told to trust it.
    {
        ListenerProcess trusting;
        QString error;
        QVERIFY2(trusting.startWith(m_db->url().toString(), {QStringLiteral("--trust-simulator")}, &error),
            qPrintable(error));
    }
    ListenerProcess listener;
    QString error;
    QVERIFY2(listener.startWith(m_db->url().toString(), {}, &error), qPrintable(error));
    const CliRun run = runCli(
        {QStringLiteral("simulate"), QStringLiteral("--target"), target(listener), QStringLiteral("--count"), QStringLiteral("3")},
        environment());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("the listener answered: 403 topic:")), qPrintable(run.out));
    QVERIFY2(run.err.contains(QStringLiteral("3 of 3 notification(s) were not accepted")), qPrintable(run.err));
    auto db = Model::Database::connection(m_db->url());
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM sns_messages")), 0);
}

void TestCliSimulate::trustSimulatorNeedsLoopback()
{
    const CliRun run = runCli({QStringLiteral("listen"), QStringLiteral("--database"), m_db->url().toString(),
                                  QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"), QStringLiteral("--trust-simulator")},
        environment());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--trust-simulator needs a loopback --listen address")), qPrintable(run.err));
}

void TestCliSimulate::withoutAKeySimulateSaysHowToGetOne()
{
    const CliRun run = runCli(
        {QStringLiteral("simulate"), QStringLiteral("--target"), QStringLiteral("http://127.0.0.1:9/sns")}, environment());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("start the listener with --trust-simulator first")), qPrintable(run.err));
}

void TestCliSimulate::badOptionsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("target") << QStringList{QStringLiteral("--target"), QStringLiteral("ftp://x/")} << QStringLiteral("--target");
    QTest::newRow("count") << QStringList{QStringLiteral("--target"), QStringLiteral("http://127.0.0.1:9/sns"),
                                  QStringLiteral("--count"), QStringLiteral("0")}
                           << QStringLiteral("--count");
    QTest::newRow("mix") << QStringList{QStringLiteral("--target"), QStringLiteral("http://127.0.0.1:9/sns"),
                                QStringLiteral("--mix"), QStringLiteral("bounces=1")}
                         << QStringLiteral("--mix: bad mix part 'bounces=1'");
}

void TestCliSimulate::badOptionsAreUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun run = runCli(QStringList{QStringLiteral("simulate")} + args, environment());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliSimulate)
#include "tst_cli_simulate.moc"
