// The console opens a password-protected PostgreSQL database with the password from the keyring.
#include "Console.h"
#include "ConsoleStart.h"
#include "KeyringProbe.h"
#include "PasswordLogin.h"
#include "TempDatabase.h"
#include "UserSettings.h"
#include "common/Dialogs.h"
#include "core/Settings.h"
#include "main/MainWindow.h"
#include "secrets/ConsoleSecrets.h"
#include "secrets/SecretStore.h"

#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Bouncedesk;
using Model::SecretStore;

class TestConsoleKeyring final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensTheDatabaseWithThePasswordFromTheKeyring();
    void withoutAKeptPasswordItAsks();
    void aRefusedPasswordIsAskedForAndTheRightOneKept();
    void aPasswordInThePlainSettingsMovesToTheKeyring();

private:
    std::unique_ptr<Test::TempDatabase> m_db;
    Model::DatabaseUrl m_login; // without the password
    QString m_password;
    std::unique_ptr<Console> m_console;
};

void TestConsoleKeyring::initTestCase()
{
    Test::isolateUserSettings();
    Ui::Dialogs::Testing::enable();
    SecretStore store;
    bool probed = false;
    store.probe(this, [&] { probed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(probed, 10000);
    QVERIFY2(store.state() == SecretStore::State::Available,
        qPrintable(QStringLiteral("no keyring in the test's D-Bus session: %1").arg(store.problem())));
}

void TestConsoleKeyring::init()
{
    Ui::Dialogs::Testing::reset();
    QString error;
    m_db = Test::TempDatabase::create(Test::Backend::Postgres, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_password = QStringLiteral("Pg-Kept-") + QString::number(QDateTime::currentMSecsSinceEpoch());
    m_login = Test::createPasswordLogin(*m_db, m_password, &error);
    QVERIFY2(!m_login.host().isEmpty(), qPrintable(error));
    auto file = Test::userFile();
    file->clear();
    file->setValue(QStringLiteral("database/url"), m_login.toString());
    file->sync();
}

void TestConsoleKeyring::cleanup()
{
    m_console.reset();
    if (m_db)
        m_db->closeConnections();
    m_db.reset();
}

void TestConsoleKeyring::opensTheDatabaseWithThePasswordFromTheKeyring()
{
    QVERIFY(Test::writeSecretNow(Model::ConsoleSecrets::databasePasswordKey(m_login), m_password));
    QString failure;
    QVERIFY2(Test::startConsole(m_console, &failure), qPrintable(failure));
    QCOMPARE(m_console->databaseUrl().password(), m_password);
    QVERIFY(m_console->window());
    // Nobody was asked, and the window names the database without its password.
    QVERIFY2(Ui::Dialogs::Testing::shownMessages().filter(QStringLiteral("Database password")).isEmpty(),
        qPrintable(Ui::Dialogs::Testing::shownMessages().join(u'\n')));
    const QString shown = m_console->window()->findChild<QLabel *>(QStringLiteral("databaseLabel"))->text();
    QVERIFY2(shown.contains(m_login.user()) && !shown.contains(m_password), qPrintable(shown));
    QVERIFY(
        !m_console->window()->findChild<QLabel *>(QStringLiteral("keyringStatus"))->isVisibleTo(m_console->window()));
    QVERIFY(!Test::userSettingsBytes().contains(m_password.toUtf8()));
}

void TestConsoleKeyring::withoutAKeptPasswordItAsks()
{
    // Nothing in the keyring for this role: the server refuses, the console asks; declined, it does not start.
    QString failure;
    QVERIFY(!Test::startConsole(m_console, &failure));
    QVERIFY2(failure.contains(u"password"), qPrintable(failure));
    const QStringList asked = Ui::Dialogs::Testing::shownMessages().filter(QStringLiteral("Database password"));
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(u"kept in the desktop keyring"), qPrintable(asked.first()));
}

void TestConsoleKeyring::aRefusedPasswordIsAskedForAndTheRightOneKept()
{
    const QString key = Model::ConsoleSecrets::databasePasswordKey(m_login);
    QVERIFY(Test::writeSecretNow(key, QStringLiteral("not-the-password")));
    Ui::Dialogs::Testing::setNextPassword(m_password);
    QString failure;
    QVERIFY2(Test::startConsole(m_console, &failure), qPrintable(failure));
    const QStringList asked = Ui::Dialogs::Testing::shownMessages().filter(QStringLiteral("Database password"));
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(u"refused"), qPrintable(asked.first()));
    QTRY_COMPARE_WITH_TIMEOUT(Test::readSecretBack(key), m_password, 10000);
    QVERIFY(!Test::userSettingsBytes().contains(m_password.toUtf8()));
}

void TestConsoleKeyring::aPasswordInThePlainSettingsMovesToTheKeyring()
{
    Test::userFile()->setValue(QStringLiteral("database/url"), m_login.withPassword(m_password).toString());
    QVERIFY(Test::userSettingsBytes().contains(m_password.toUtf8())); // the check below can fail
    QString failure;
    QVERIFY2(Test::startConsole(m_console, &failure), qPrintable(failure));
    QCOMPARE(m_console->databaseUrl().password(), m_password);
    QVERIFY2(!Test::userSettingsBytes().contains(m_password.toUtf8()), Test::userSettingsBytes().constData());
    QVERIFY2(Test::userSettingsBytes().contains(m_login.user().toUtf8()), Test::userSettingsBytes().constData());
    QCOMPARE(Test::readSecretBack(Model::ConsoleSecrets::databasePasswordKey(m_login)), m_password);
    const QString notice = m_console->window()->findChild<QLabel *>(QStringLiteral("statusMessage"))->text();
    QVERIFY2(notice.contains(u"Moved from the settings file to the desktop keyring"), qPrintable(notice));
}

QTEST_MAIN(TestConsoleKeyring)
#include "tst_console_keyring.moc"
