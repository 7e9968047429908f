// MaintenanceDialog: dry run, real run and health report, off the GUI thread with progress.
#pragma once

#include "policy/PolicySettings.h"
#include "store/DatabaseUrl.h"

#include <QDateTime>
#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <memory>

class QPlainTextEdit;
class QProgressDialog;
class QPushButton;
class QSpinBox;

namespace Bouncedesk::Ui {

class MaintenanceDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceDialog)

public:
    MaintenanceDialog(Model::DatabaseUrl url, Model::PolicySettings settings, QWidget *parent = nullptr);
    // Waits for a task still running (after asking it to stop): it uses this dialog's progress window.
    ~MaintenanceDialog() override;

    // A fixed "now" for reproducible runs and tests; an invalid time means the real clock.
    void setClock(const QDateTime &now) { m_clock = now; }
    bool isBusy() const { return m_busy; }

signals:
    // After each task, on the GUI thread; ok is false for failures and cancellations.
    void taskFinished(bool ok);

private:
    enum class Task { DryRun, Run, Report };
    struct Outcome {
        bool ok = false;
        bool cancelled = false;
        QString text; // the plan or the report, or the error message
    };
    void runMaintenance();
    void start(Task task);
    void setBusy(bool busy);

    Model::DatabaseUrl m_url;
    Model::PolicySettings m_settings;
    QDateTime m_clock;
    QPushButton *m_dryRun = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_report = nullptr;
    QSpinBox *m_reportDays = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Outcome> m_watcher;
    bool m_busy = false;
};

} // namespace Bouncedesk::Ui
