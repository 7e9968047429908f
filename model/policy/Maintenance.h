// Maintenance: soft-bounce recovery and retention clean-up in one transaction, with a dry run.
#pragma once

#include "core/Result.h"
#include "policy/PolicySettings.h"
#include "store/AuditLog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace Bouncedesk::Model {

struct MaintenancePlan {
    qint64 softRecovered = 0;           // soft addresses set back to clean
    qint64 suppressionsLifted = 0;      // their soft-bounce suppressions ended
    qint64 transientBouncesRemoved = 0; // old Transient bounce rows
    qint64 staleMessagesRemoved = 0;    // old SNS messages (their event rows go with them)
    qint64 staleEventsRemoved = 0;      // event rows removed with stale messages or on their own
    qint64 stateChangesRemoved = 0;     // old address_state_changes of clean addresses
    bool dryRun = false;
    QDateTime now; // the clock the plan was made with (UTC)
    QStringList details; // one line per recovered address (capped), then per step

    QJsonObject toJson() const;
    QString toText() const;
    bool isEmpty() const;
};

class Maintenance final {
public:
    // now is injected so that tests and reproducible runs use a fixed clock.
    Maintenance(QSqlDatabase db, PolicySettings settings, Actor actor, QDateTime now);

    // Applies every rule in one transaction. dryRun runs the same statements and rolls back, so the
    // plan is exactly what a real run would do now. progress(percent) returning false cancels: the
    // transaction is rolled back and the result is an error with code "cancelled".
    Result<MaintenancePlan> run(bool dryRun, std::function<bool(int percent)> progress = {});

    // The actor label written to removed_by and address_state_changes.actor.
    static QString actorName() { return QStringLiteral("maintenance"); }

private:
    Result<void> recoverSoftAddresses(MaintenancePlan &plan);
    Result<void> removeTransientBounces(MaintenancePlan &plan);
    Result<void> removeStaleMessages(MaintenancePlan &plan);
    Result<void> removeStaleEvents(MaintenancePlan &plan);
    Result<void> removeOldStateChanges(MaintenancePlan &plan);
    qint64 cutoff(int days) const;

    QSqlDatabase m_db;
    PolicySettings m_settings;
    Actor m_actor;
    QDateTime m_now;
};

} // namespace Bouncedesk::Model
