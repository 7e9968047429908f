// The keyring through SecretStore, and ConsoleSecrets moving plain-text secrets out of the settings file.
#include "aws/AwsConfig.h"
#include "KeyringProbe.h"
#include "core/Settings.h"
#include "listener/ListenerSettings.h"
#include "secrets/ConsoleSecrets.h"
#include "secrets/SecretStore.h"
#include "store/DatabaseUrl.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Bouncedesk;
using Key = Model::Settings::Key;
using Model::SecretStore;

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}
} // namespace

class TestConsoleSecrets final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void storeKeepsWhatItIsGiven();
    void plainSecretsMoveToTheKeyringAndLeaveTheFile();
    void secretsSetLaterGoToTheKeyringOnly();

private:
    void startSecrets(Model::Settings &settings, SecretStore &store);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
};

void TestConsoleSecrets::initTestCase()
{
    // keyring-session.sh starts a real Secret Service: without it this test has nothing to test, and says so.
    SecretStore store;
    bool probed = false;
    store.probe(this, [&] { probed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(probed, 10000);
    QVERIFY2(store.state() == SecretStore::State::Available,
        qPrintable(QStringLiteral("no keyring in the test's D-Bus session (%1); run through ctest, which starts "
                                  "one with tests/support/keyring-session.sh")
                       .arg(store.problem())));
}

void TestConsoleSecrets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ini = m_dir->filePath(QStringLiteral("settings.ini"));
}

void TestConsoleSecrets::startSecrets(Model::Settings &settings, SecretStore &store)
{
    Model::ConsoleSecrets *secrets = new Model::ConsoleSecrets(&settings, &store, &settings);
    QSignalSpy ready(secrets, &Model::ConsoleSecrets::ready);
    secrets->start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
}

void TestConsoleSecrets::storeKeepsWhatItIsGiven()
{
    SecretStore store;
    bool probed = false;
    store.probe(this, [&] { probed = true; });
    QTRY_VERIFY(probed);
    const QString key = QStringLiteral("test/roundTrip");
    QVERIFY(Test::writeSecretNow(store, key, QStringLiteral("s3cret \u00e9\u20ac")));
    QCOMPARE(Test::readSecretBack(key), QStringLiteral("s3cret \u00e9\u20ac"));
    QVERIFY(Test::writeSecretNow(store, key, QString())); // empty: deleted
    QCOMPARE(Test::readSecretBack(key), QString());
    QCOMPARE(Test::readSecretBack(QStringLiteral("test/neverWritten")), QString());
}

void TestConsoleSecrets::plainSecretsMoveToTheKeyringAndLeaveTheFile()
{
    {
        // What an older console left behind, in plain text.
        QSettings old(m_ini, QSettings::IniFormat);
        old.setValue(
            QStringLiteral("database/url"), QStringLiteral("postgresql://bd:Db-Plain-1@db.example:5433/bounces"));
        old.setValue(QStringLiteral("listener/basicAuthUser"), QStringLiteral("sns"));
        old.setValue(QStringLiteral("listener/basicAuthPassword"), QStringLiteral("Auth-Plain-2"));
        old.setValue(QStringLiteral("listener/apiToken"), QStringLiteral("Token-Plain-3"));
        old.setValue(QStringLiteral("aws/accessKeyId"), QStringLiteral("AKIAOLDEXAMPLE"));
        old.setValue(QStringLiteral("aws/secretAccessKey"), QStringLiteral("Aws-Plain-4"));
    }
    const QByteArray before = fileBytes(m_ini);
    QVERIFY2(
        before.contains("Auth-Plain-2") && before.contains("Db-Plain-1"), before.constData()); // the check can fail

    Model::Settings settings(m_ini);
    SecretStore store;
    startSecrets(settings, store);

    const QByteArray after = fileBytes(m_ini);
    for (const char *secret : { "Db-Plain-1", "Auth-Plain-2", "Token-Plain-3", "Aws-Plain-4" })
        QVERIFY2(!after.contains(secret),
            qPrintable(
                QStringLiteral("%1 is still in the file:\n%2").arg(QLatin1String(secret), QString::fromUtf8(after))));
    QVERIFY2(after.contains("bd@db.example:5433/bounces") && after.contains("AKIAOLDEXAMPLE"), after.constData());
    QCOMPARE(Model::Settings(m_ini).get(Key::DatabaseUrl).toString(),
        QStringLiteral("postgresql://bd@db.example:5433/bounces"));

    // In the keyring, one key per secret, as another client sees them.
    const auto url = Model::DatabaseUrl::parse(QStringLiteral("postgresql://bd@db.example:5433/bounces"));
    QVERIFY(url);
    QCOMPARE(Test::readSecretBack(Model::ConsoleSecrets::databasePasswordKey(*url)), QStringLiteral("Db-Plain-1"));
    QCOMPARE(Test::readSecretBack(QStringLiteral("listener/basicAuthPassword")), QStringLiteral("Auth-Plain-2"));
    QCOMPARE(Test::readSecretBack(QStringLiteral("listener/apiToken")), QStringLiteral("Token-Plain-3"));
    QCOMPARE(Test::readSecretBack(QStringLiteral("aws/secretAccessKey")), QStringLiteral("Aws-Plain-4"));

    // This run goes on with them, and so does the next one, from the keyring alone.
    QCOMPARE(settings.listenerSettings().basicAuthPassword, QStringLiteral("Auth-Plain-2"));
    Model::Settings next(m_ini);
    QCOMPARE(next.listenerSettings().suppressionApiToken, QString());
    SecretStore nextStore;
    startSecrets(next, nextStore);
    QCOMPARE(next.listenerSettings().basicAuthPassword, QStringLiteral("Auth-Plain-2"));
    QCOMPARE(next.listenerSettings().suppressionApiToken, QStringLiteral("Token-Plain-3"));
    QCOMPARE(next.get(Key::DatabasePassword).toString(), QStringLiteral("Db-Plain-1"));
    QCOMPARE(next.awsInputs().explicitCredentials.secretAccessKey, QStringLiteral("Aws-Plain-4"));
    QCOMPARE(next.awsInputs().explicitCredentials.accessKeyId, QStringLiteral("AKIAOLDEXAMPLE"));
}

void TestConsoleSecrets::secretsSetLaterGoToTheKeyringOnly()
{
    Model::Settings settings(m_ini);
    SecretStore store;
    startSecrets(settings, store);
    settings.set(Key::ListenerApiToken, QStringLiteral("Token-New-5"));
    settings.set(Key::DatabaseUrl, QStringLiteral("postgresql://ops:Db-InUrl-6@db.example/bounces"));
    settings.sync();
    QTRY_COMPARE_WITH_TIMEOUT(Test::readSecretBack(QStringLiteral("listener/apiToken")), QStringLiteral("Token-New-5"), 10000);
    const auto url = Model::DatabaseUrl::parse(QStringLiteral("postgresql://ops@db.example/bounces"));
    QVERIFY(url);
    QTRY_COMPARE_WITH_TIMEOUT(
        Test::readSecretBack(Model::ConsoleSecrets::databasePasswordKey(*url)), QStringLiteral("Db-InUrl-6"), 10000);
    const QByteArray bytes = fileBytes(m_ini);
    QVERIFY2(!bytes.contains("Token-New-5") && !bytes.contains("Db-InUrl-6"), bytes.constData());
    QVERIFY2(bytes.contains("ops@db.example"), bytes.constData());
}

QTEST_GUILESS_MAIN(TestConsoleSecrets)
#include "tst_console_secrets.moc"
