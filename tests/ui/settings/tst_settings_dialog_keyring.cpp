// The settings dialog's password fields: read from and written to the keyring, never to the settings file.
#include "KeyringProbe.h"
#include "core/Settings.h"
#include "secrets/ConsoleSecrets.h"
#include "secrets/SecretStore.h"
#include "settings/SettingsDialog.h"
#include "store/DatabaseUrl.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Bouncedesk;
using Key = Model::Settings::Key;
using Model::SecretStore;

namespace {
QString databaseKey(const char *url)
{
    const auto parsed = Model::DatabaseUrl::parse(QString::fromLatin1(url));
    return parsed ? Model::ConsoleSecrets::databasePasswordKey(*parsed) : QString();
}
} // namespace

class TestSettingsDialogKeyring final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void typedSecretsGoToTheKeyringNotTheFile();
    void aPasswordInTheUrlIsKeptAsTheDatabasePassword();

private:
    // Settings on the temporary file with the console's secrets loaded, as the console has them.
    std::unique_ptr<Model::Settings> loadedSettings(SecretStore &store);
    QByteArray fileBytes() const;
    template <typename T> T *child(Ui::SettingsDialog &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettingsDialogKeyring::init() { m_dir = std::make_unique<QTemporaryDir>(); }

std::unique_ptr<Model::Settings> TestSettingsDialogKeyring::loadedSettings(SecretStore &store)
{
    auto settings = std::make_unique<Model::Settings>(m_dir->filePath(QStringLiteral("s.ini")));
    auto *secrets = new Model::ConsoleSecrets(settings.get(), &store, settings.get());
    QSignalSpy ready(secrets, &Model::ConsoleSecrets::ready);
    secrets->start();
    if (!ready.wait(10000))
        qWarning("the console's secrets never became ready");
    if (store.state() != SecretStore::State::Available)
        qWarning("no keyring in the test session: %s", qPrintable(store.problem()));
    return settings;
}

QByteArray TestSettingsDialogKeyring::fileBytes() const
{
    QFile file(m_dir->filePath(QStringLiteral("s.ini")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSettingsDialogKeyring::typedSecretsGoToTheKeyringNotTheFile()
{
    SecretStore store;
    auto settings = loadedSettings(store);
    QVERIFY2(store.state() == SecretStore::State::Available, qPrintable(store.problem()));
    {
        Ui::SettingsDialog dialog(settings.get());
        dialog.show();
        QVERIFY(child<QLabel>(dialog, "keyringNote")->text().contains(u"kept in the desktop keyring"));
        QTest::keyClicks(child<QLineEdit>(dialog, "databaseUrl"), QStringLiteral("postgresql://bd@db.example/bounces"));
        QTest::keyClicks(child<QLineEdit>(dialog, "databasePassword"), QStringLiteral("Db-Typed-1"));
        QTest::keyClicks(child<QLineEdit>(dialog, "listenerAuthUser"), QStringLiteral("sns"));
        QTest::keyClicks(child<QLineEdit>(dialog, "listenerAuthPassword"), QStringLiteral("Auth-Typed-2"));
        QTest::keyClicks(child<QLineEdit>(dialog, "listenerApiToken"), QStringLiteral("Token-Typed-3"));
        QTest::keyClicks(child<QLineEdit>(dialog, "awsAccessKeyId"), QStringLiteral("AKIATYPEDEXAMPLE"));
        QTest::keyClicks(child<QLineEdit>(dialog, "awsSecretAccessKey"), QStringLiteral("Aws-Typed-4"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QTRY_COMPARE_WITH_TIMEOUT(
        Test::readSecretBack(databaseKey("postgresql://bd@db.example/bounces")), QStringLiteral("Db-Typed-1"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        Test::readSecretBack(QStringLiteral("listener/basicAuthPassword")), QStringLiteral("Auth-Typed-2"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(Test::readSecretBack(QStringLiteral("listener/apiToken")), QStringLiteral("Token-Typed-3"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(Test::readSecretBack(QStringLiteral("aws/secretAccessKey")), QStringLiteral("Aws-Typed-4"), 10000);

    // The file got the rest of the dialog, and no secret.
    const QByteArray bytes = fileBytes();
    QVERIFY2(bytes.contains("AKIATYPEDEXAMPLE") && bytes.contains("bd@db.example"), bytes.constData());
    for (const char *typed : { "Db-Typed-1", "Auth-Typed-2", "Token-Typed-3", "Aws-Typed-4" })
        QVERIFY2(!bytes.contains(typed),
            qPrintable(
                QStringLiteral("%1 in the settings file:\n%2").arg(QLatin1String(typed), QString::fromUtf8(bytes))));

    // The next console shows them again, from the keyring.
    settings.reset();
    SecretStore nextStore;
    auto next = loadedSettings(nextStore);
    Ui::SettingsDialog dialog(next.get());
    QCOMPARE(child<QLineEdit>(dialog, "databasePassword")->text(), QStringLiteral("Db-Typed-1"));
    QCOMPARE(child<QLineEdit>(dialog, "listenerAuthPassword")->text(), QStringLiteral("Auth-Typed-2"));
    QCOMPARE(child<QLineEdit>(dialog, "listenerApiToken")->text(), QStringLiteral("Token-Typed-3"));
    QCOMPARE(child<QLineEdit>(dialog, "awsSecretAccessKey")->text(), QStringLiteral("Aws-Typed-4"));
    QCOMPARE(child<QLineEdit>(dialog, "databasePassword")->echoMode(), QLineEdit::PasswordEchoOnEdit);
}

void TestSettingsDialogKeyring::aPasswordInTheUrlIsKeptAsTheDatabasePassword()
{
    SecretStore store;
    auto settings = loadedSettings(store);
    Ui::SettingsDialog dialog(settings.get());
    dialog.show();
    auto *url = child<QLineEdit>(dialog, "databaseUrl");
    url->clear();
    QTest::keyClicks(url, QStringLiteral("postgresql://ops:Db-InUrl-5@db.example:6432/bounces"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QTRY_COMPARE_WITH_TIMEOUT(
        Test::readSecretBack(databaseKey("postgresql://ops@db.example:6432/bounces")), QStringLiteral("Db-InUrl-5"), 10000);
    const QByteArray bytes = fileBytes();
    QVERIFY2(!bytes.contains("Db-InUrl-5"), bytes.constData());
    QVERIFY2(bytes.contains("ops@db.example:6432/bounces"), bytes.constData());
    QCOMPARE(settings->get(Key::DatabasePassword).toString(), QStringLiteral("Db-InUrl-5"));
}

QTEST_MAIN(TestSettingsDialogKeyring)
#include "tst_settings_dialog_keyring.moc"
