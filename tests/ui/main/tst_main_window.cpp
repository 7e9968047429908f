// The console window as a whole: views wired together, badges, raw notifications, live updates, screenshots.
#include "DbProbe.h"
#include "Seed.h"
#include "SesMessages.h"
#include "TempDatabase.h"
#include "UserSettings.h"
#include "common/Dialogs.h"
#include "core/Settings.h"
#include "dashboard/DashboardView.h"
#include "main/GuideDialog.h"
#include "main/MainWindow.h"
#include "store/Database.h"
#include "ingest/IngestWriter.h"
#include "store/Migrations.h"
#include "store/Store.h"
#include "tables/BounceTableModel.h"
#include "tables/ComplaintTableModel.h"
#include "dashboard/GetStartedPanel.h"
#include "listener/ListenerService.h"
#include "sns/SimulatorKey.h"


#include <QAction>
#include <QComboBox>
#include <QStatusBar>
#include <QImage>
#include <QJsonObject>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Bouncedesk;

class TestMainWindow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hasEveryView();
    void unreviewedComplaintsShowInTabAndStatusBar();
    void rawNotificationOpensFromAnotherView();
    void notUnderstoodMessagesAreVisible();
    void newEventsAppearWithoutManualRefresh();
    void screenshotOptionWritesAPng();
    void helpMenuSaysVersionsAndWhatRatesMean();
    void statusBarTextNeverOverlaps();
    void emptyDatabaseShowsGetStartedAndTestTrafficFillsEveryView();
    void getStartedSaysWhyTestTrafficIsUnavailable();
    void dashboardDrillDownOpensFilteredViews();
    void helpOpensTheOperatorsGuideLocally();

private:
    qint64 store(const QString &message, const QString &messageId = {});
    std::unique_ptr<Test::TempDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Model::Settings> m_settings;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    Test::isolateUserSettings(); // what the views remember
    Ui::Dialogs::Testing::enable();
}

void TestMainWindow::init()
{
    QString error;
    m_db = Test::TempDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY(Model::Store::open(m_db->url()).ok());
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Model::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_settings->set(Model::Settings::Key::PollIntervalSeconds, 2);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_db.reset();
}

qint64 TestMainWindow::store(const QString &message, const QString &messageId)
{
    Model::IngestWriter writer(m_db->url(), Model::PolicySettings{});
    // sesItem's raw body is the envelope as JSON, so the raw view shows it and the decoded Message.
    const auto stored = Test::store(writer, Test::sesItem(message, QDateTime::currentDateTimeUtc(), messageId));
    return stored.ok() ? stored->messageRef : -1;
}

void TestMainWindow::hasEveryView()
{
    m_window = std::make_unique<Ui::MainWindow>(m_db->url(), m_settings.get(), nullptr);
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), Ui::MainWindow::viewNames().size());
    for (const QString &name : Ui::MainWindow::viewNames()) {
        QVERIFY(m_window->showView(name));
        QCOMPARE(tabs->currentIndex(), Ui::MainWindow::viewNames().indexOf(name));
    }
    QVERIFY(!m_window->showView(QStringLiteral("nonsense")));
}

void TestMainWindow::unreviewedComplaintsShowInTabAndStatusBar()
{
    store(Test::Ses::complaint({QStringLiteral("a@example.org")}));
    store(Test::Ses::complaint({QStringLiteral("b@example.org")}));
    m_window = std::make_unique<Ui::MainWindow>(m_db->url(), m_settings.get(), nullptr);
    m_window->show();
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QTRY_COMPARE(tabs->tabText(2), QStringLiteral("&Complaints (2)"));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("unreviewedStatus"))->text().contains(u'2'));
}

void TestMainWindow::rawNotificationOpensFromAnotherView()
{
    const QString id = QStringLiteral("4b2a1b70-0000-4000-8000-00000000abcd");
    const qint64 ref = store(Test::Ses::bounce({QStringLiteral("gone@example.org")}, QStringLiteral("Permanent"),
                                               QStringLiteral("General")),
                             id);
    QVERIFY(ref > 0);
    m_window = std::make_unique<Ui::MainWindow>(m_db->url(), m_settings.get(), nullptr);
    m_window->show();
    QVERIFY(m_window->showView(QStringLiteral("bounces")));
    QObject *bounces = m_window->findChild<QObject *>(QStringLiteral("bouncesView"));
    QVERIFY(bounces);
    QVERIFY(QMetaObject::invokeMethod(bounces, "openNotification", Q_ARG(qint64, ref)));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QCOMPARE(tabs->currentIndex(), Ui::MainWindow::viewNames().indexOf(QStringLiteral("notifications")));
    auto *raw = m_window->findChild<QPlainTextEdit *>(QStringLiteral("rawJson"));
    QTRY_VERIFY(raw->toPlainText().contains(id));
    QVERIFY2(raw->toPlainText().contains(u"Message (decoded)"), qPrintable(raw->toPlainText()));
    QVERIFY(raw->toPlainText().contains(u"\"bounceType\": \"Permanent\""));
}

void TestMainWindow::notUnderstoodMessagesAreVisible()
{
    store(QStringLiteral("Hello from a topic that is not SES"));
    store(Test::Ses::delivery({QStringLiteral("ok@example.org")}));
    m_window = std::make_unique<Ui::MainWindow>(m_db->url(), m_settings.get(), nullptr);
    m_window->show();
    QVERIFY(m_window->showView(QStringLiteral("notifications")));
    auto *kind = m_window->findChild<QComboBox *>(QStringLiteral("kindFilter"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("not-ses")));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("notificationsTable"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("Not understood"));
}

void TestMainWindow::newEventsAppearWithoutManualRefresh()
{
    m_window = std::make_unique<Ui::MainWindow>(m_db->url(), m_settings.get(), nullptr);
    m_window->show();
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("&Complaints"));
    // Written by "another listener" (no signal reaches the window): the poll picks it up.
    store(Test::Ses::complaint({QStringLiteral("late@example.org")}));
    QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(2), QStringLiteral("&Complaints (1)"), 10000);
}

void TestMainWindow::screenshotOptionWritesAPng()
{
    store(Test::Ses::delivery({QStringLiteral("ok@example.org")}));
    m_db->closeConnections();
    const QString png = m_dir->filePath(QStringLiteral("shot.png"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path()); // keep the user's settings out of it
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->path());
    p.setProcessEnvironment(env);
    const QString binary = qEnvironmentVariable("BOUNCEDESK_CLI").replace(QStringLiteral("bouncedesk-cli"), QStringLiteral("bouncedesk"));
    p.start(binary, {QStringLiteral("--database"), m_db->url().toString(), QStringLiteral("--screenshot"), png,
                     QStringLiteral("--view"), QStringLiteral("notifications")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), 1280);
    QVERIFY(image.height() > 600);
}

void TestMainWindow::helpMenuSaysVersionsAndWhatRatesMean()
{
    m_window = std::make_unique<Ui::MainWindow>(m_db->url(), m_settings.get(), nullptr);
    Ui::Dialogs::Testing::reset();
    auto *about = m_window->findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    about->trigger();
    const QString shown = Ui::Dialogs::Testing::shownMessages().value(0);
    QVERIFY2(shown.startsWith(QStringLiteral("About Bouncedesk: Bouncedesk " BOUNCEDESK_VERSION)), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("OpenSSL 3")), qPrintable(shown));
    QVERIFY2(shown.contains(m_db->url().displayString()) && shown.contains(QStringLiteral("schema version %1").arg(Model::Migrations::latestVersion())),
             qPrintable(shown));
    m_window->findChild<QAction *>(QStringLiteral("ratesHelpAction"))->trigger();
    const QString rates = Ui::Dialogs::Testing::shownMessages().value(1);
    QVERIFY2(rates.contains(QStringLiteral("hard bounces over sends")) && rates.contains(QStringLiteral("Permanent")),
             qPrintable(rates));
}

void TestMainWindow::statusBarTextNeverOverlaps()
{
    m_window = std::make_unique<Ui::MainWindow>(m_db->url(), m_settings.get(), nullptr);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *dashboard = m_window->findChild<Ui::DashboardView *>();
    QVERIFY(dashboard);
    const QString alarm = QStringLiteral("Bounce rate 4.10% is over the warning level 4.00% (80% of the 5% review "
                                         "limit) for the last 24 hours");
    QVERIFY(QMetaObject::invokeMethod(dashboard, "alarm", Q_ARG(QString, alarm)));
    auto *message = m_window->findChild<QLabel *>(QStringLiteral("statusMessage"));
    QCOMPARE(message->text(), alarm);
    QTRY_VERIFY(message->isVisible());
    QList<QLabel *> labels;
    for (const char *name : {"listenerStatus", "unreviewedStatus", "statusMessage", "databaseLabel"}) {
        auto *label = m_window->findChild<QLabel *>(QString::fromLatin1(name));
        QVERIFY2(label && label->isVisible(), name);
        labels << label;
    }
    for (int a = 0; a < labels.size(); ++a)
        for (int b = a + 1; b < labels.size(); ++b)
            QVERIFY2(!labels[a]->geometry().intersects(labels[b]->geometry()),
                     qPrintable(labels[a]->objectName() + u" overlaps " + labels[b]->objectName()));
    // A temporary message from QStatusBar itself would be drawn across the labels: none is used.
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
}

void TestMainWindow::emptyDatabaseShowsGetStartedAndTestTrafficFillsEveryView()
{
    auto key = Model::Sns::SimulatorKey::generate();
    QVERIFY2(key, qPrintable(key.errorText()));
    Model::ListenerService service;
    Model::ListenerSettings settings;
    settings.port = 0;
    settings.simulatorCertificatePem = key->certificatePem();
    service.start(m_db->url(), settings);
    QTRY_VERIFY2(service.isRunning(), qPrintable(service.lastStartError()));
    m_window = std::make_unique<Ui::MainWindow>(m_db->url(), m_settings.get(), &service);
    m_window->setTestTrafficKey(*key);
    m_window->resize(1280, 800);
    m_window->show();
    m_window->refresh();
    auto *dashboard = m_window->dashboard();
    QVERIFY(dashboard->isShowingGetStarted());
    auto *panel = m_window->findChild<Ui::GetStartedPanel *>(QStringLiteral("getStartedPanel"));
    QVERIFY(panel && panel->isVisible());
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("chartsPanel"))->isVisible());
    // The endpoint to give SNS is the listener's own.
    QVERIFY2(m_window->findChild<QLabel *>(QStringLiteral("endpointLabel"))->text().contains(service.address()),
        qPrintable(service.address()));
    auto *send = m_window->findChild<QPushButton *>(QStringLiteral("sendTestTrafficButton"));
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(panel->isSending());
    // When it is done the charts replace the panel, and the status bar says what happened.
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isShowingGetStarted(), 30000);
    auto *message = m_window->findChild<QLabel *>(QStringLiteral("statusMessage"));
    QVERIFY2(message->text().contains(QStringLiteral("%1 sent, %1 stored").arg(Ui::GetStartedPanel::TestTrafficCount)),
        qPrintable(message->text()));
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("chartsPanel"))->isVisible());
    // Rows in every view, through the whole path: verified, stored, policy applied.
    for (const auto &[view, table] : {std::pair {"bounces", "bouncesTable"}, {"complaints", "complaintsTable"},
             {"suppressions", "suppressionsTable"}, {"notifications", "notificationsTable"}}) {
        QVERIFY(m_window->showView(QString::fromLatin1(view)));
        auto *tableView = m_window->findChild<QTableView *>(QString::fromLatin1(table));
        QVERIFY2(tableView, table);
        QTRY_VERIFY2(tableView->model()->rowCount() > 0, view);
    }
    auto db = Model::Database::connection(m_db->url());
    QVERIFY(db);
    QCOMPARE(Test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM sns_messages")),
        qint64(Ui::GetStartedPanel::TestTrafficCount));
    m_window.reset();
}

void TestMainWindow::getStartedSaysWhyTestTrafficIsUnavailable()
{
    m_window = std::make_unique<Ui::MainWindow>(m_db->url(), m_settings.get(), nullptr);
    m_window->show();
    m_window->refresh();
    QVERIFY(m_window->dashboard()->isShowingGetStarted());
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("sendTestTrafficButton"))->isEnabled());
    const QString why = m_window->findChild<QLabel *>(QStringLiteral("testTrafficStatus"))->text();
    QVERIFY2(why.contains(u"without its listener"), qPrintable(why));
    // Hiding it shows the (empty) charts; Help ▸ Get started brings it back.
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("hideGetStartedButton")), Qt::LeftButton);
    QVERIFY(!m_window->dashboard()->isShowingGetStarted());
    m_window->findChild<QAction *>(QStringLiteral("getStartedAction"))->trigger();
    QVERIFY(m_window->dashboard()->isShowingGetStarted());
}

void TestMainWindow::dashboardDrillDownOpensFilteredViews()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime earlier = now.addSecs(-5 * 3600);
    const auto storeAt = [this](const QString &message, const QDateTime &at) {
        Model::IngestWriter writer(m_db->url(), Model::PolicySettings {});
        QVERIFY(Test::store(writer, Test::sesItem(Test::eventAt(message, at), at)).ok());
    };
    storeAt(Test::Ses::bounce({QStringLiteral("gone@bad.example")}, QStringLiteral("Permanent"), QStringLiteral("General")), now);
    storeAt(Test::Ses::bounce({QStringLiteral("old@good.example")}, QStringLiteral("Permanent"), QStringLiteral("General")),
        earlier);
    storeAt(Test::Ses::complaint({QStringLiteral("angry@bad.example")}), now);
    storeAt(Test::Ses::complaint({QStringLiteral("earlier@good.example")}), earlier);
    m_window = std::make_unique<Ui::MainWindow>(m_db->url(), m_settings.get(), nullptr);
    m_window->resize(1280, 800);
    m_window->show();
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    auto *dashboard = m_window->dashboard();
    // A breakdown row: the bounces to one domain.
    Ui::DrillDown domain;
    domain.scope.from = now.addDays(-1);
    domain.scope.to = now.addSecs(3600);
    domain.scope.facet = Model::Facet::Domain;
    domain.scope.value = QStringLiteral("bad.example");
    QVERIFY(QMetaObject::invokeMethod(dashboard, "drillDown", Q_ARG(Bouncedesk::Ui::DrillDown, domain)));
    QCOMPARE(tabs->currentIndex(), Ui::MainWindow::viewNames().indexOf(QStringLiteral("bounces")));
    auto *bounces = m_window->findChild<QTableView *>(QStringLiteral("bouncesTable"));
    QTRY_COMPARE(bounces->model()->rowCount(), 1);
    QCOMPARE(bounces->model()->index(0, 0).data(Model::BounceTableModel::EmailRole).toString(),
        QStringLiteral("gone@bad.example"));
    auto *bar = m_window->findChild<QWidget *>(QStringLiteral("bouncesView"))->findChild<QWidget *>(QStringLiteral("scopeBar"));
    QVERIFY(bar && bar->isVisible());
    const QString said = bar->findChild<QLabel *>(QStringLiteral("scopeText"))->text();
    QVERIFY2(said.contains(u"recipient domain bad.example"), qPrintable(said));
    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("clearScopeButton")), Qt::LeftButton);
    QTRY_COMPARE(bounces->model()->rowCount(), 2);
    QVERIFY(!bar->isVisible());
    // A chart bucket: the complaints of that hour only, reviewed or not.
    Ui::DrillDown bucket;
    bucket.complaints = true;
    bucket.scope.from = QDateTime::fromMSecsSinceEpoch(earlier.toMSecsSinceEpoch() / 3600000 * 3600000, Qt::UTC);
    bucket.scope.to = bucket.scope.from.addSecs(3600);
    QVERIFY(QMetaObject::invokeMethod(dashboard, "drillDown", Q_ARG(Bouncedesk::Ui::DrillDown, bucket)));
    QCOMPARE(tabs->currentIndex(), Ui::MainWindow::viewNames().indexOf(QStringLiteral("complaints")));
    auto *complaints = m_window->findChild<QTableView *>(QStringLiteral("complaintsTable"));
    QTRY_COMPARE(complaints->model()->rowCount(), 1);
    QCOMPARE(complaints->model()->index(0, 0).data(Model::ComplaintTableModel::EmailRole).toString(),
        QStringLiteral("earlier@good.example"));
}

void TestMainWindow::helpOpensTheOperatorsGuideLocally()
{
    m_window = std::make_unique<Ui::MainWindow>(m_db->url(), m_settings.get(), nullptr);
    m_window->show();
    auto *guide = m_window->findChild<QAction *>(QStringLiteral("guideAction"));
    QVERIFY(guide);
    QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
    guide->trigger();
    auto *dialog = m_window->findChild<Ui::GuideDialog *>(QStringLiteral("GuideDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // The guide itself, rendered from its Markdown (headings, not '#'), from the local file.
    const QString text = dialog->browser()->toPlainText();
    QVERIFY2(text.contains(u"trust-simulator") && !text.startsWith(u'#'), qPrintable(text.left(300)));
    QVERIFY(dialog->browser()->source().isLocalFile());
    dialog->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
