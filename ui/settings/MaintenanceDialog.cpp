// The maintenance window: runs Model::Maintenance and the health report on a pool thread.
#include "settings/MaintenanceDialog.h"

#include "common/Dialogs.h"
#include "policy/HealthReport.h"
#include "policy/Maintenance.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Bouncedesk::Ui {

MaintenanceDialog::MaintenanceDialog(Model::DatabaseUrl url, Model::PolicySettings settings, QWidget *parent)
    : QDialog(parent), m_url(std::move(url)), m_settings(settings)
{
    setObjectName(QStringLiteral("maintenanceDialog"));
    setWindowTitle(tr("Maintenance"));

    auto *intro = new QLabel(
        tr("Soft-bounced addresses quiet for %1 days recover and their soft-bounce suppressions are lifted. "
           "Transient bounces older than %2 days and other records older than %3 days are removed. Hard, "
           "complaint and manual suppressions, the audit log, rate history and complaints awaiting review "
           "are kept.")
            .arg(m_settings.softRecoveryDays)
            .arg(m_settings.transientRetentionDays)
            .arg(m_settings.staleRetentionDays),
        this);
    intro->setWordWrap(true);

    m_dryRun = new QPushButton(tr("Dry run"), this);
    m_dryRun->setObjectName(QStringLiteral("dryRunButton"));
    m_dryRun->setToolTip(tr("Show what maintenance would do without changing anything"));
    m_run = new QPushButton(tr("Run maintenance"), this);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_report = new QPushButton(tr("Report"), this);
    m_report->setObjectName(QStringLiteral("reportButton"));
    m_reportDays = new QSpinBox(this);
    m_reportDays->setObjectName(QStringLiteral("reportDays"));
    m_reportDays->setRange(1, 366);
    m_reportDays->setValue(7);
    m_reportDays->setSuffix(tr(" days"));
    m_reportDays->setToolTip(tr("The report covers this many days up to now"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_dryRun);
    buttons->addWidget(m_run);
    buttons->addSpacing(24);
    buttons->addWidget(m_report);
    buttons->addWidget(m_reportDays);
    buttons->addStretch();

    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("maintenanceOutput"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setPlaceholderText(tr("The plan or the report appears here."));

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_output, 1);
    layout->addWidget(close);
    resize(760, 520);

    connect(m_dryRun, &QPushButton::clicked, this, [this] { start(Task::DryRun); });
    connect(m_run, &QPushButton::clicked, this, &MaintenanceDialog::runMaintenance);
    connect(m_report, &QPushButton::clicked, this, [this] { start(Task::Report); });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        if (m_progress) {
            m_progress->reset();
            m_progress->deleteLater();
        }
        setBusy(false);
        if (outcome.ok)
            m_output->setPlainText(outcome.text);
        else if (outcome.cancelled)
            m_output->setPlainText(tr("Maintenance was cancelled; nothing was changed."));
        else
            Dialogs::error(this, tr("Maintenance failed"), outcome.text);
        emit taskFinished(outcome.ok);
    });
}

MaintenanceDialog::~MaintenanceDialog()
{
    // The task posts progress to m_progress and its result to m_watcher: both must outlive it.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void MaintenanceDialog::runMaintenance()
{
    if (m_busy)
        return;
    if (!Dialogs::confirm(this, tr("Run maintenance"),
                          tr("Run maintenance on %1 now? Old records are deleted and cannot be brought back. "
                             "Use Dry run first to see what would change.")
                              .arg(m_url.displayString()),
                          tr("Run maintenance")))
        return;
    start(Task::Run);
}

void MaintenanceDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : {static_cast<QWidget *>(m_dryRun), static_cast<QWidget *>(m_run),
                       static_cast<QWidget *>(m_report), static_cast<QWidget *>(m_reportDays)})
        w->setEnabled(!busy);
}

void MaintenanceDialog::start(Task task)
{
    if (m_busy)
        return;
    setBusy(true);
    m_output->clear();
    const QDateTime now = m_clock.isValid() ? m_clock.toUTC() : QDateTime::currentDateTimeUtc();

    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress = new QProgressDialog(task == Task::Report ? tr("Building the report…")
                                     : task == Task::DryRun ? tr("Working out what maintenance would do…")
                                                            : tr("Running maintenance…"),
                                     task == Task::Report ? QString() : tr("Cancel"), 0, 100, this);
    m_progress->setObjectName(QStringLiteral("maintenanceProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    if (task == Task::Report)
        m_progress->setRange(0, 0); // no steps to report: a busy indicator
    connect(m_progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { cancel->store(true); });

    // The worker gets copies only; progress is queued to the GUI thread through the progress window,
    // which lives until the task has finished (see the finished handler and the destructor).
    QProgressDialog *progressWindow = m_progress;
    const auto cancel = m_cancel;
    const Model::DatabaseUrl url = m_url;
    const Model::PolicySettings settings = m_settings;
    const int reportDays = m_reportDays->value();
    m_watcher.setFuture(QtConcurrent::run([url, settings, now, task, cancel, progressWindow, reportDays]() {
        Outcome outcome;
        {
            auto db = Model::Store::open(url, Model::Store::Mode::RequireCurrent);
            if (!db) {
                outcome.text = db.errorText();
            } else if (task == Task::Report) {
                auto report = Model::buildHealthReport(*db, now.addDays(-reportDays), now);
                outcome.ok = report.ok();
                outcome.text = report ? report->toText() : report.errorText();
            } else {
                Model::Maintenance maintenance(*db, settings, Model::Actor::current(*db), now);
                auto plan = maintenance.run(task == Task::DryRun, [cancel, progressWindow](int percent) {
                    QMetaObject::invokeMethod(
                        progressWindow, [progressWindow, percent] { progressWindow->setValue(percent); },
                        Qt::QueuedConnection);
                    return !cancel->load();
                });
                outcome.ok = plan.ok();
                outcome.cancelled = !plan.ok() && plan.error().code == u"cancelled";
                outcome.text = plan ? plan->toText() : plan.errorText();
            }
        }
        // Pool threads are reused: leave no connection behind.
        Model::Database::closeConnection(url);
        return outcome;
    }));
}

} // namespace Bouncedesk::Ui
