// The settings dialog: validation keeps what was typed; accepted values reach the typed settings.
#include "core/Settings.h"
#include "listener/ListenerSettings.h"
#include "settings/SettingsDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Bouncedesk;
using Key = Model::Settings::Key;

class TestSettingsDialog final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void badDatabaseUrlKeepsTheDialogOpen();
    void acceptedValuesAreStoredAndSignalled();

private:
    template <typename T>
    T *child(Ui::SettingsDialog &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Model::Settings> m_settings;
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Model::Settings>(m_dir->filePath(QStringLiteral("s.ini")));
}

void TestSettingsDialog::badDatabaseUrlKeepsTheDialogOpen()
{
    Ui::SettingsDialog dialog(m_settings.get());
    dialog.show();
    auto *url = child<QLineEdit>(dialog, "databaseUrl");
    QTest::keyClicks(url, QStringLiteral("mysql://nope"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.isVisible());
    QVERIFY2(child<QLabel>(dialog, "settingsError")->text().contains(u"unknown scheme"),
             qPrintable(child<QLabel>(dialog, "settingsError")->text()));
    QCOMPARE(url->text(), QStringLiteral("mysql://nope")); // what was typed is still there
    QCOMPARE(m_settings->get(Key::DatabaseUrl).toString(), QString());
}

void TestSettingsDialog::acceptedValuesAreStoredAndSignalled()
{
    QSignalSpy changed(m_settings.get(), &Model::Settings::changed);
    Ui::SettingsDialog dialog(m_settings.get());
    dialog.show();
    child<QSpinBox>(dialog, "listenerPort")->setValue(9443);
    child<QPlainTextEdit>(dialog, "listenerTopics")->setPlainText(QStringLiteral("arn:aws:sns:us-east-1:1:a\n\narn:aws:sns:us-east-1:1:b\n"));
    child<QCheckBox>(dialog, "listenerAutoConfirm")->setChecked(false);
    child<QSpinBox>(dialog, "softThreshold")->setValue(5);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const Model::ListenerSettings listener = m_settings->listenerSettings();
    QCOMPARE(listener.port, quint16(9443));
    QCOMPARE(listener.topicAllowlist, (QStringList{QStringLiteral("arn:aws:sns:us-east-1:1:a"),
                                                   QStringLiteral("arn:aws:sns:us-east-1:1:b")}));
    QCOMPARE(listener.autoConfirm, false);
    QCOMPARE(listener.policy.softBounceThreshold, 5);
    QVERIFY(changed.count() >= 4);
    // A new settings object on the same file sees the values (they were written, not just cached).
    Model::Settings again(m_dir->filePath(QStringLiteral("s.ini")));
    QCOMPARE(again.listenerSettings().port, quint16(9443));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settings_dialog.moc"
