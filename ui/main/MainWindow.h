// MainWindow: the console's frame. It only wires the per-feature views, the status bar and the tray.
#pragma once

#include "settings/SettingsDialog.h"
#include "sns/SimulatorKey.h"
#include "store/DatabaseUrl.h"
#include "store/Stats.h"

#include <optional>

#include <QMainWindow>

class QLabel;
class QSystemTrayIcon;
class QTabWidget;
class QTimer;

namespace Bouncedesk::Model {
class ListenerService;
class QueuePullerService;
class Settings;
}

namespace Bouncedesk::Ui {

class BouncesView;
class ComplaintsView;
class DashboardView;
class ListenerView;
class NotificationsView;
class SuppressionsView;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // listener may be null (the listener runs elsewhere; the window then polls the database).
    MainWindow(Model::DatabaseUrl url, Model::Settings *settings, Model::ListenerService *listener,
               QWidget *parent = nullptr);
    // The console's SQS puller, if any: shown in the Listener tab; what it stores refreshes the views.
    void setQueueService(Model::QueuePullerService *queue);
    // The key the console's listener trusts for test traffic (none: the first-run panel says why).
    void setTestTrafficKey(std::optional<Model::Sns::SimulatorKey> key, const QString &unavailable = QString());
    DashboardView *dashboard() const { return m_dashboard; }
    // No desktop keyring, and why: a permanent status-bar mark and a note in the settings dialog.
    void setKeyringProblem(const QString &problem);
    const QString &keyringProblem() const { return m_keyringProblem; }
    ~MainWindow() override;

    // Names for --view and for tests: dashboard, bounces, complaints, suppressions, notifications, listener.
    static QStringList viewNames();
    bool showView(const QString &name);

public slots:
    // Re-reads the counts and refreshes the visible view.
    void refresh();
    // A message for the user in the status bar until the next one.
    void showNotice(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void openSettings(SettingsDialog::Page page);
    // Points the first-run panel at the console's listener as it is now.
    void updateTestTarget();
    // Shows text in the status bar's message label for ms milliseconds (0: until replaced).
    void showStatus(const QString &text, int ms = 0);
    QString aboutText() const;
    static QString ratesHelpText();
    void refreshCounts();
    void scheduleRefresh();
    void setUnreviewed(qint64 count);
    void notify(const QString &message);

    Model::DatabaseUrl m_url;
    Model::Settings *m_settings;
    Model::ListenerService *m_listener;
    QTabWidget *m_tabs = nullptr;
    DashboardView *m_dashboard = nullptr;
    BouncesView *m_bounces = nullptr;
    ComplaintsView *m_complaints = nullptr;
    SuppressionsView *m_suppressions = nullptr;
    NotificationsView *m_notifications = nullptr;
    ListenerView *m_listenerView = nullptr;
    QLabel *m_listenerStatus = nullptr;
    QLabel *m_unreviewedLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_keyringStatus = nullptr;
    QString m_keyringProblem;
    // Messages (alarms, errors, "settings saved") get a label of their own: QStatusBar's temporary
    // message is painted over the other labels instead of beside them.
    QLabel *m_message = nullptr;
    QTimer *m_messageClear = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_refreshDelay = nullptr;
    QTimer *m_poll = nullptr;
    Model::Activity m_lastActivity;
    std::optional<Model::Sns::SimulatorKey> m_testKey;
    QString m_testKeyError;
};

} // namespace Bouncedesk::Ui
