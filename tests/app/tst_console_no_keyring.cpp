// With no D-Bus session (so no keyring) the console says so, asks for the database password, keeps
// working, and writes no secret in plain text; plain-text secrets already in the file are not lost.
#include "Console.h"
#include "ConsoleStart.h"
#include "PasswordLogin.h"
#include "TempDatabase.h"
#include "UserSettings.h"
#include "common/Dialogs.h"
#include "core/Settings.h"
#include "listener/ListenerSettings.h"
#include "main/MainWindow.h"
#include "secrets/ConsoleSecrets.h"
#include "secrets/SecretStore.h"
#include "settings/SettingsDialog.h"

#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Bouncedesk;
using Key = Model::Settings::Key;
using Model::SecretStore;

class TestConsoleNoKeyring final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void saysSoAndAsksForTheDatabasePassword();
    void declinedItDoesNotStart();
    void plainSecretsStayAndNewOnesAreNotWritten();
    void aPlainDatabasePasswordKeepsWorkingAndIsNotLost();

private:
    QString statusText() const;
    std::unique_ptr<Test::TempDatabase> m_db;
    Model::DatabaseUrl m_login;
    QString m_password;
    std::unique_ptr<Console> m_console;
};

void TestConsoleNoKeyring::initTestCase()
{
    Test::isolateUserSettings();
    Ui::Dialogs::Testing::enable();
    // no-dbus-session.sh unsets the bus address: a keyring reachable here would make this test meaningless.
    QVERIFY2(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
        "DBUS_SESSION_BUS_ADDRESS is set: run through ctest (tests/support/no-dbus-session.sh)");
}

void TestConsoleNoKeyring::init()
{
    Ui::Dialogs::Testing::reset();
    QString error;
    m_db = Test::TempDatabase::create(Test::Backend::Postgres, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_password = QStringLiteral("Pg-Asked-") + QString::number(QDateTime::currentMSecsSinceEpoch());
    m_login = Test::createPasswordLogin(*m_db, m_password, &error);
    QVERIFY2(!m_login.host().isEmpty(), qPrintable(error));
    auto file = Test::userFile();
    file->clear();
    file->setValue(QStringLiteral("database/url"), m_login.toString());
}

void TestConsoleNoKeyring::cleanup()
{
    m_console.reset();
    if (m_db)
        m_db->closeConnections();
    m_db.reset();
}

QString TestConsoleNoKeyring::statusText() const
{
    return m_console->window()->findChild<QLabel *>(QStringLiteral("statusMessage"))->text();
}

void TestConsoleNoKeyring::saysSoAndAsksForTheDatabasePassword()
{
    Ui::Dialogs::Testing::setNextPassword(m_password);
    QString failure;
    QVERIFY2(Test::startConsole(m_console, &failure), qPrintable(failure));
    QCOMPARE(m_console->secretStore()->state(), SecretStore::State::Unavailable);
    QCOMPARE(m_console->databaseUrl().password(), m_password);

    // Asked once, told why it is not kept.
    const QStringList asked = Ui::Dialogs::Testing::shownMessages().filter(QStringLiteral("Database password"));
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(u"no desktop keyring") && asked.first().contains(u"not kept"),
        qPrintable(asked.first()));
    // The window says so: a permanent mark and the message, which names the listener's file.
    Ui::MainWindow *window = m_console->window();
    auto *mark = window->findChild<QLabel *>(QStringLiteral("keyringStatus"));
    QVERIFY(mark->isVisibleTo(window));
    QVERIFY2(statusText().contains(u"No desktop keyring") && statusText().contains(u"/etc/bouncedesk/listener.env"),
        qPrintable(statusText()));
    // So does the settings dialog, with the console's reason.
    Ui::SettingsDialog dialog(m_console->settings());
    dialog.setKeyringProblem(m_console->secretStore()->problem());
    const QString note = dialog.findChild<QLabel *>(QStringLiteral("keyringNote"))->text();
    QVERIFY2(note.contains(u"No desktop keyring") && note.contains(u"listener.env"), qPrintable(note));

    // Used, never written: not in the settings file, which still names the database.
    m_console->settings()->sync();
    const QByteArray bytes = Test::userSettingsBytes();
    QVERIFY2(!bytes.contains(m_password.toUtf8()), bytes.constData());
    QVERIFY2(bytes.contains(m_login.user().toUtf8()), bytes.constData());
}

void TestConsoleNoKeyring::declinedItDoesNotStart()
{
    Ui::Dialogs::Testing::setNextPassword(QString(), false);
    QString failure;
    QVERIFY(!Test::startConsole(m_console, &failure));
    QVERIFY2(failure.contains(u"no password given"), qPrintable(failure));
    QVERIFY(!m_console->window());
}

void TestConsoleNoKeyring::plainSecretsStayAndNewOnesAreNotWritten()
{
    {
        auto file = Test::userFile();
        file->setValue(QStringLiteral("listener/basicAuthUser"), QStringLiteral("sns"));
        file->setValue(QStringLiteral("listener/apiToken"), QStringLiteral("Token-Plain-1"));
    }
    Ui::Dialogs::Testing::setNextPassword(m_password);
    QString failure;
    QVERIFY2(Test::startConsole(m_console, &failure), qPrintable(failure));
    Model::Settings *settings = m_console->settings();

    // With nowhere to move it, the old plain value stays and keeps working: nothing is lost.
    QVERIFY(Test::userSettingsBytes().contains("Token-Plain-1"));
    QCOMPARE(settings->listenerSettings().suppressionApiToken, QStringLiteral("Token-Plain-1"));
    QVERIFY2(statusText().contains(u"stay there"), qPrintable(statusText()));
    {
        // OK in the settings dialog confirms it: still not lost.
        Ui::SettingsDialog dialog(settings);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QVERIFY(Test::userSettingsBytes().contains("Token-Plain-1"));

    // A secret set now is used but goes nowhere; replacing the plain token drops the plain copy.
    settings->set(Key::ListenerBasicAuthPassword, QStringLiteral("Auth-New-2"));
    settings->set(Key::ListenerApiToken, QStringLiteral("Token-New-3"));
    settings->sync();
    QCOMPARE(settings->listenerSettings().basicAuthPassword, QStringLiteral("Auth-New-2"));
    const QByteArray bytes = Test::userSettingsBytes();
    for (const char *secret : { "Auth-New-2", "Token-New-3", "Token-Plain-1" })
        QVERIFY2(!bytes.contains(secret), bytes.constData());
    QTRY_VERIFY2(statusText().contains(u"Not kept"), qPrintable(statusText()));
}

void TestConsoleNoKeyring::aPlainDatabasePasswordKeepsWorkingAndIsNotLost()
{
    Test::userFile()->setValue(QStringLiteral("database/url"), m_login.withPassword(m_password).toString());
    QString failure;
    QVERIFY2(Test::startConsole(m_console, &failure), qPrintable(failure));
    QCOMPARE(m_console->databaseUrl().password(), m_password);
    QVERIFY2(Ui::Dialogs::Testing::shownMessages().filter(QStringLiteral("Database password")).isEmpty(),
        qPrintable(Ui::Dialogs::Testing::shownMessages().join(u'\n')));
    {
        Ui::SettingsDialog dialog(m_console->settings());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    m_console->settings()->sync();
    QVERIFY2(Test::userSettingsBytes().contains(m_password.toUtf8()), Test::userSettingsBytes().constData());
}

QTEST_MAIN(TestConsoleNoKeyring)
#include "tst_console_no_keyring.moc"
