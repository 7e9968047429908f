// The console's main window: tabs for each view, status bar, tray notifications, refresh wiring.
#include "main/MainWindow.h"

#include "aws/AwsConfig.h"
#include "bounces/BouncesView.h"
#include "common/Dialogs.h"
#include "complaints/ComplaintsView.h"
#include "core/Settings.h"
#include "dashboard/DashboardView.h"
#include "listener/ListenerService.h"
#include "listener/ListenerView.h"
#include "listener/QueuePullerService.h"
#include "notifications/NotificationsView.h"
#include "settings/MaintenanceDialog.h"
#include "dashboard/GetStartedPanel.h"
#include "main/GuideDialog.h"
#include "settings/SettingsDialog.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "suppressions/SuppressionsView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QSslSocket>
#include <QTimer>

namespace Bouncedesk::Ui {

using Key = Model::Settings::Key;

MainWindow::MainWindow(Model::DatabaseUrl url, Model::Settings *settings, Model::ListenerService *listener,
                       QWidget *parent)
    : QMainWindow(parent), m_url(std::move(url)), m_settings(settings), m_listener(listener)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Bouncedesk"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_dashboard = new DashboardView(m_url, m_settings, m_tabs);
    m_bounces = new BouncesView(m_url, m_tabs);
    m_complaints = new ComplaintsView(m_url, m_tabs);
    m_suppressions = new SuppressionsView(m_url, m_tabs);
    m_notifications = new NotificationsView(m_url, m_tabs);
    m_listenerView = new ListenerView(m_url, m_listener, m_tabs);
    if (m_settings) {
        m_listenerView->setConfiguredTopics(m_settings->listenerSettings().topicAllowlist);
        const auto awsAccount = [settings = m_settings] { return Model::Aws::resolveAccount(settings->awsInputs()); };
        m_suppressions->setAwsAccount(awsAccount);
        m_dashboard->setAwsAccount(awsAccount);
        connect(m_settings, &Model::Settings::changed, this, [this, awsAccount](Key key) {
            if (key == Key::ListenerTopics)
                m_listenerView->setConfiguredTopics(m_settings->listenerSettings().topicAllowlist);
            if (Model::Settings::name(key).startsWith(u"aws/")) {
                m_suppressions->setAwsAccount(awsAccount); // a new client with the new account
                m_dashboard->setAwsAccount(awsAccount);
            }
        });
    }
    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    m_tabs->addTab(m_bounces, tr("&Bounces"));
    m_tabs->addTab(m_complaints, tr("&Complaints"));
    m_tabs->addTab(m_suppressions, tr("&Suppressions"));
    m_tabs->addTab(m_notifications, tr("&Notifications"));
    m_tabs->addTab(m_listenerView, tr("&Listener"));
    setCentralWidget(m_tabs);

    m_listenerStatus = new QLabel(this);
    m_listenerStatus->setObjectName(QStringLiteral("listenerStatus"));
    m_unreviewedLabel = new QLabel(this);
    m_unreviewedLabel->setObjectName(QStringLiteral("unreviewedStatus"));
    m_databaseLabel = new QLabel(m_url.displayString(), this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("statusMessage"));
    m_message->setMinimumWidth(0);
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // never pushes the others out
    m_messageClear = new QTimer(this);
    m_messageClear->setSingleShot(true);
    connect(m_messageClear, &QTimer::timeout, m_message, &QLabel::clear);
    for (QLabel *label : {m_listenerStatus, m_unreviewedLabel})
        label->setContentsMargins(0, 0, 12, 0);
    statusBar()->addWidget(m_listenerStatus);
    statusBar()->addWidget(m_unreviewedLabel);
    statusBar()->addWidget(m_message, 1);
    m_keyringStatus = new QLabel(tr("No keyring"), this);
    m_keyringStatus->setObjectName(QStringLiteral("keyringStatus"));
    m_keyringStatus->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold"));
    m_keyringStatus->setContentsMargins(0, 0, 12, 0);
    m_keyringStatus->hide();
    statusBar()->addPermanentWidget(m_keyringStatus);
    statusBar()->addPermanentWidget(m_databaseLabel);

    // Cross-view navigation and change propagation.
    connect(m_bounces, &BouncesView::openNotification, this, [this](qint64 ref) {
        m_tabs->setCurrentWidget(m_notifications);
        m_notifications->showMessage(ref);
    });
    connect(m_complaints, &ComplaintsView::openNotification, this, [this](qint64 ref) {
        m_tabs->setCurrentWidget(m_notifications);
        m_notifications->showMessage(ref);
    });
    connect(m_complaints, &ComplaintsView::unreviewedCountChanged, this, &MainWindow::setUnreviewed);
    for (auto signal : {&BouncesView::dataChanged})
        connect(m_bounces, signal, this, &MainWindow::scheduleRefresh);
    connect(m_complaints, &ComplaintsView::dataChanged, this, &MainWindow::scheduleRefresh);
    connect(m_suppressions, &SuppressionsView::dataChanged, this, &MainWindow::scheduleRefresh);
    connect(m_dashboard, &DashboardView::alarm, this, &MainWindow::notify);
    connect(m_dashboard, &DashboardView::drillDown, this, [this](const DrillDown &request) {
        if (request.complaints) {
            m_tabs->setCurrentWidget(m_complaints);
            m_complaints->showScope(request.scope);
        } else {
            m_tabs->setCurrentWidget(m_bounces);
            m_bounces->showScope(request.scope);
        }
    });
    GetStartedPanel *getStarted = m_dashboard->getStarted();
    connect(getStarted, &GetStartedPanel::awsSetupRequested, this, [this] { openSettings(SettingsDialog::Page::Aws); });
    connect(getStarted, &GetStartedPanel::databaseSetupRequested, this,
        [this] { openSettings(SettingsDialog::Page::Database); });
    connect(getStarted, &GetStartedPanel::trafficFinished, this, [this](const Model::TrafficReport &report) {
        // Refreshed first: an alarm the test traffic raises comes now, and the summary stays on top of it.
        refresh();
        showStatus(report.allAccepted()
                ? tr("Test traffic: %1 sent, %2 stored. See Bounces, Complaints, Suppressions and Notifications.")
                      .arg(report.posted)
                      .arg(report.stored)
                : tr("Test traffic: %1 sent; the listener answered %2").arg(report.posted).arg(report.answerText()),
            15000);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::refresh);

    m_refreshDelay = new QTimer(this);
    m_refreshDelay->setSingleShot(true);
    m_refreshDelay->setInterval(500);
    connect(m_refreshDelay, &QTimer::timeout, this, &MainWindow::refresh);
    if (m_listener) {
        connect(m_listener, &Model::ListenerService::messageStored, this, &MainWindow::scheduleRefresh);
        connect(m_listener, &Model::ListenerService::stateChanged, this, &MainWindow::refreshCounts);
        connect(m_listener, &Model::ListenerService::stateChanged, this, &MainWindow::updateTestTarget);
    }
    // Another listener (headless, shared database) writes without telling us: poll cheaply.
    m_poll = new QTimer(this);
    m_poll->setInterval(qMax(2, m_settings->get(Key::PollIntervalSeconds).toInt()) * 1000);
    connect(m_poll, &QTimer::timeout, this, &MainWindow::refreshCounts);
    m_poll->start();

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Bouncedesk"));
        m_tray->show();
    }
    buildMenus();
    updateTestTarget();
    resize(1200, 800);
    restoreGeometry(m_settings->get(Key::WindowGeometry).toByteArray());
    restoreState(m_settings->get(Key::WindowState).toByteArray());
    refreshCounts();
}

MainWindow::~MainWindow() = default;

void MainWindow::setQueueService(Model::QueuePullerService *queue)
{
    m_listenerView->setQueueService(queue);
    if (queue)
        connect(queue, &Model::QueuePullerService::messageStored, this, &MainWindow::scheduleRefresh);
}

QStringList MainWindow::viewNames()
{
    return {QStringLiteral("dashboard"), QStringLiteral("bounces"),       QStringLiteral("complaints"),
            QStringLiteral("suppressions"), QStringLiteral("notifications"), QStringLiteral("listener")};
}

bool MainWindow::showView(const QString &name)
{
    const int index = int(viewNames().indexOf(name.toLower()));
    if (index < 0)
        return false;
    m_tabs->setCurrentIndex(index);
    return true;
}

void MainWindow::buildMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    QAction *refreshAction = file->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    file->addAction(tr("&Settings…"), this, [this] { openSettings(SettingsDialog::Page::Database); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Maintenance and report…"), this, [this] {
        MaintenanceDialog dialog(m_url, m_settings->policySettings(), this);
        dialog.exec();
        refresh();
    });

    auto *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *action = view->addAction(m_tabs->tabText(i), this, [this, i] { m_tabs->setCurrentIndex(i); });
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }

    auto *help = menuBar()->addMenu(tr("&Help"));
    QAction *getStarted = help->addAction(tr("&Get started"), this, [this] {
        m_tabs->setCurrentWidget(m_dashboard);
        m_dashboard->showGetStarted();
    });
    getStarted->setObjectName(QStringLiteral("getStartedAction"));
    QAction *guide = help->addAction(tr("Operator's &guide"), this, [this] {
        auto *dialog = new GuideDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *rates = help->addAction(tr("What the &rates mean"), this, [this] {
        Dialogs::information(this, tr("What the rates mean"), ratesHelpText());
    });
    rates->setObjectName(QStringLiteral("ratesHelpAction"));
    QAction *about = help->addAction(tr("&About Bouncedesk"), this, [this] {
        Dialogs::information(this, tr("About Bouncedesk"), aboutText());
    });
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::setKeyringProblem(const QString &problem)
{
    m_keyringProblem = problem;
    m_keyringStatus->setVisible(!problem.isEmpty());
    m_keyringStatus->setToolTip(tr("No desktop keyring: %1. Passwords and tokens are asked for or entered in "
                                   "Settings and kept only until the console closes, never in the settings file.")
                                    .arg(problem));
}

void MainWindow::showNotice(const QString &text)
{
    showStatus(text);
}

void MainWindow::openSettings(SettingsDialog::Page page)
{
    SettingsDialog dialog(m_settings, this);
    dialog.setKeyringProblem(m_keyringProblem);
    dialog.showPage(page);
    if (dialog.exec() == QDialog::Accepted)
        showStatus(tr("Settings saved. Listener settings apply at once; a new database after a restart."), 8000);
}

void MainWindow::setTestTrafficKey(std::optional<Model::Sns::SimulatorKey> key, const QString &unavailable)
{
    m_testKey = std::move(key);
    m_testKeyError = unavailable;
    updateTestTarget();
}

void MainWindow::updateTestTarget()
{
    GetStartedPanel *panel = m_dashboard->getStarted();
    if (!m_listener)
        return panel->setTarget(QUrl(), std::nullopt, tr("this console runs without its listener"));
    if (!m_listener->isRunning())
        return panel->setTarget(QUrl(), std::nullopt,
            m_listener->lastStartError().isEmpty() ? tr("it is off (Settings ▸ Listener)")
                                                   : m_listener->lastStartError());
    QUrl target(m_listener->address());
    const Model::ListenerSettings settings = m_settings->listenerSettings();
    QString unavailable = m_testKey ? QString() : m_testKeyError;
    if (target.scheme() == u"https")
        unavailable = tr("it serves HTTPS with a certificate this console does not check test traffic against; "
                         "turn TLS off to try it");
    if (target.host() == u"0.0.0.0" || target.host() == u"::")
        target.setHost(target.host() == u"::" ? QStringLiteral("::1") : QStringLiteral("127.0.0.1"));
    if (!settings.basicAuthUser.isEmpty()) {
        target.setUserName(settings.basicAuthUser);
        target.setPassword(settings.basicAuthPassword);
    }
    panel->setTarget(target, m_testKey, unavailable);
}

QString MainWindow::aboutText() const
{
    QString schema = tr("unknown");
    if (auto db = Model::Database::connection(m_url)) {
        if (auto version = Model::Migrations::currentVersion(*db))
            schema = QString::number(*version);
    }
    return tr("Bouncedesk %1\nWatches Amazon SES bounces and complaints.\n\nQt %2, %3\nDatabase: %4 (schema version %5)")
        .arg(QStringLiteral(BOUNCEDESK_VERSION), QString::fromLatin1(qVersion()), QSslSocket::sslLibraryVersionString(),
             m_url.displayString(), schema);
}

QString MainWindow::ratesHelpText()
{
    return tr("Bounce rate: hard bounces over sends, as SES counts it. Hard means SES reported the bounce as "
              "Permanent; bounces to addresses already on the account suppression list are left out. Soft "
              "(Transient) and undetermined bounces are shown beside the rate, not in it. Without Send events "
              "(event publishing), the denominator is the delivery attempts SES told us about: deliveries plus "
              "bounces.\n\n"
              "Complaint rate: complaints over the same denominator.\n\n"
              "SES puts an account under review at a bounce rate of 5% or a complaint rate of 0.1%, and may "
              "pause sending at 10% or 0.5%. The dashboard's figures are Bouncedesk's estimate from the feedback "
              "that reached this database; AWS computes its own over a representative volume, shown beside ours "
              "when the console is connected to the AWS account (Settings → AWS).");
}

void MainWindow::refresh()
{
    refreshCounts();
    QWidget *current = m_tabs->currentWidget();
    if (current == m_dashboard)
        m_dashboard->refresh();
    else if (current == m_bounces)
        m_bounces->refresh();
    else if (current == m_complaints)
        m_complaints->refresh();
    else if (current == m_suppressions)
        m_suppressions->refresh();
    else if (current == m_notifications)
        m_notifications->refresh();
    else if (current == m_listenerView)
        m_listenerView->refresh();
}

void MainWindow::scheduleRefresh()
{
    if (!m_refreshDelay->isActive())
        m_refreshDelay->start();
}

void MainWindow::refreshCounts()
{
    if (m_listener)
        m_listenerStatus->setText(m_listener->isRunning() ? tr("Listening on %1").arg(m_listener->address())
                                  : m_listener->lastStartError().isEmpty()
                                      ? tr("Listener off")
                                      : tr("Listener not running: %1").arg(m_listener->lastStartError()));
    else
        m_listenerStatus->setText(tr("Listener off in this console"));
    auto db = Model::Database::connection(m_url);
    if (!db) {
        showStatus(db.errorText());
        return;
    }
    // Polled on the GUI thread every few seconds: only index-backed figures, never full counts.
    auto activity = Model::Stats::activity(*db);
    if (!activity) {
        showStatus(activity.errorText());
        return;
    }
    setUnreviewed(activity->unreviewedComplaints);
    const bool changed = !(*activity == m_lastActivity);
    m_lastActivity = *activity;
    // New data written by a listener elsewhere: refresh the dashboard, which people keep on screen.
    if (changed && m_tabs->currentWidget() == m_dashboard)
        m_dashboard->refresh();
}

void MainWindow::setUnreviewed(qint64 count)
{
    m_unreviewedLabel->setText(count == 0 ? tr("No complaints to review")
                                          : tr("%n complaint(s) to review", nullptr, int(count)));
    m_tabs->setTabText(2, count == 0 ? tr("&Complaints") : tr("&Complaints (%1)").arg(count));
}

void MainWindow::showStatus(const QString &text, int ms)
{
    m_message->setText(text);
    m_message->setToolTip(text); // the label elides when the window is narrow
    if (ms > 0)
        m_messageClear->start(ms);
    else
        m_messageClear->stop();
}

void MainWindow::notify(const QString &message)
{
    showStatus(message, 30000);
    if (m_tray)
        m_tray->showMessage(tr("Bouncedesk"), message, QSystemTrayIcon::Warning);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->set(Key::WindowGeometry, saveGeometry());
    m_settings->set(Key::WindowState, saveState());
    m_settings->sync();
    event->accept();
}

} // namespace Bouncedesk::Ui
