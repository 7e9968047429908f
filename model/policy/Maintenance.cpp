// Periodic maintenance: soft addresses recover, transient bounces and stale records are removed.
#include "policy/Maintenance.h"

#include "core/Time.h"
#include "policy/SuppressionList.h"
#include "store/AddressStateRepository.h"
#include "store/BounceRepository.h"
#include "store/Database.h"
#include "store/DeliveryRepository.h"
#include "store/MessageRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMaintenance, "bouncedesk.maintenance", QtInfoMsg)

namespace Bouncedesk::Model {

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr int kMaxAddressDetails = 50;

QString isoUtc(const QDateTime &at)
{
    return Time::isoUtc(at);
}
} // namespace

QJsonObject MaintenancePlan::toJson() const
{
    return {{QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("now"), isoUtc(now)},
            {QStringLiteral("soft_recovered"), softRecovered},
            {QStringLiteral("suppressions_lifted"), suppressionsLifted},
            {QStringLiteral("transient_bounces_removed"), transientBouncesRemoved},
            {QStringLiteral("stale_messages_removed"), staleMessagesRemoved},
            {QStringLiteral("stale_events_removed"), staleEventsRemoved},
            {QStringLiteral("state_changes_removed"), stateChangesRemoved},
            {QStringLiteral("details"), QJsonArray::fromStringList(details)}};
}

QString MaintenancePlan::toText() const
{
    QStringList lines;
    lines << (dryRun ? QCoreApplication::translate("Policy", "Maintenance dry run at %1 (nothing was changed): would do")
                           .arg(isoUtc(now))
                     : QCoreApplication::translate("Policy", "Maintenance at %1: done").arg(isoUtc(now)));
    auto line = [&lines](const QString &label, qint64 n) {
        lines << QStringLiteral("  %1 %L2").arg(label + u':', -34).arg(n);
    };
    line(QCoreApplication::translate("Policy", "soft addresses recovered"), softRecovered);
    line(QCoreApplication::translate("Policy", "soft-bounce suppressions lifted"), suppressionsLifted);
    line(QCoreApplication::translate("Policy", "transient bounces removed"), transientBouncesRemoved);
    line(QCoreApplication::translate("Policy", "stale messages removed"), staleMessagesRemoved);
    line(QCoreApplication::translate("Policy", "stale event rows removed"), staleEventsRemoved);
    line(QCoreApplication::translate("Policy", "old address history rows removed"), stateChangesRemoved);
    if (!details.isEmpty()) {
        // The details themselves stay English: they are the JSON's "details" and the audit rows' words.
        lines << QString() << QCoreApplication::translate("Policy", "Details:");
        for (const QString &d : details)
            lines << QStringLiteral("  ") + d;
    }
    return lines.join(u'\n');
}

bool MaintenancePlan::isEmpty() const
{
    return !(softRecovered || suppressionsLifted || transientBouncesRemoved || staleMessagesRemoved
             || staleEventsRemoved || stateChangesRemoved);
}

Maintenance::Maintenance(QSqlDatabase db, PolicySettings settings, Actor actor, QDateTime now)
    : m_db(std::move(db)), m_settings(settings), m_actor(std::move(actor)), m_now(std::move(now))
{
    if (!m_now.isValid())
        m_now = QDateTime::currentDateTimeUtc();
    m_now = m_now.toUTC();
}

qint64 Maintenance::cutoff(int days) const
{
    return m_now.toMSecsSinceEpoch() - qint64(days) * kDayMs;
}

Result<MaintenancePlan> Maintenance::run(bool dryRun, std::function<bool(int percent)> progress)
{
    for (int days : {m_settings.softRecoveryDays, m_settings.transientRetentionDays, m_settings.staleRetentionDays})
        if (days < 1)
            return Error::invalid(
                QCoreApplication::translate("Policy", "maintenance periods must be at least one day (got %1)")
                    .arg(days),
                                  QStringLiteral("period"));

    MaintenancePlan plan;
    plan.dryRun = dryRun;
    plan.now = m_now;

    using Step = Result<void> (Maintenance::*)(MaintenancePlan &);
    const Step steps[] = {&Maintenance::recoverSoftAddresses, &Maintenance::removeTransientBounces,
                          &Maintenance::removeStaleMessages, &Maintenance::removeStaleEvents,
                          &Maintenance::removeOldStateChanges};
    const int stepCount = int(std::size(steps));
    const Error cancelled = Error::refused(
        QCoreApplication::translate("Policy", "maintenance was cancelled; nothing was changed"),
                                           QStringLiteral("cancelled"));

    // Write mode: a concurrent listener cannot make the upgrade from reader to writer fail halfway.
    Transaction tx(m_db, Transaction::Mode::Write);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (progress && !progress(0))
        return cancelled;
    for (int i = 0; i < stepCount; ++i) {
        if (auto done = (this->*steps[i])(plan); !done)
            return done.error(); // tx rolls back
        if (progress && !progress((i + 1) * 100 / (stepCount + 1)))
            return cancelled;
    }

    if (dryRun) {
        tx.rollback();
    } else {
        const QString note = plan.isEmpty() ? QStringLiteral("nothing to do") : QString();
        QJsonObject after = plan.toJson();
        after.remove(QStringLiteral("details")); // the per-address lines are in their own audit rows
        if (auto audited = writeAudit(m_db, m_actor, QStringLiteral("maintenance.run"), QStringLiteral("database"), {},
                                      after, note);
            !audited)
            return audited.error();
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        qCDebug(lcMaintenance).noquote() << "maintenance done:" << plan.softRecovered << "recovered,"
                                        << plan.suppressionsLifted << "lifted," << plan.transientBouncesRemoved
                                        << "transient bounces," << plan.staleMessagesRemoved << "messages,"
                                        << plan.staleEventsRemoved << "events removed";
    }
    if (progress)
        progress(100);
    return plan;
}

Result<void> Maintenance::recoverSoftAddresses(MaintenancePlan &plan)
{
    const qint64 now = m_now.toMSecsSinceEpoch();
    AddressStateRepository states(m_db);
    auto candidates = states.softQuietSince(cutoff(m_settings.softRecoveryDays));
    if (!candidates)
        return candidates.error();

    SuppressionList list(m_db, m_actor);
    for (const auto &c : std::as_const(*candidates)) {
        const qint64 quietDays = (now - c.lastBounceAt) / kDayMs;
        const QString why = QStringLiteral("recovered after %1 quiet days").arg(quietDays);
        auto updated = states.recoverSoft(c.email, now);
        if (!updated)
            return updated.error();
        if (*updated != 1)
            continue; // changed by the listener meanwhile
        if (auto change = states.recordChange(
                {c.email, AddressStatus::Soft, AddressStatus::Clean, why, EventRef{}, actorName(), now});
            !change)
            return change;
        ++plan.softRecovered;
        QString detail = c.email + QStringLiteral(": ") + why;

        auto active = list.find(c.email);
        if (!active)
            return active.error();
        if (active->has_value() && (*active)->reasonKind() == SuppressionReason::SoftBounce) {
            auto lifted = list.liftAudited(**active, actorName(), m_now, why, QStringLiteral("suppression.lift"));
            if (!lifted)
                return lifted.error();
            if (*lifted) {
                ++plan.suppressionsLifted;
                detail += QStringLiteral("; soft-bounce suppression lifted");
            }
        }
        if (plan.softRecovered <= kMaxAddressDetails)
            plan.details << detail;
    }
    if (plan.softRecovered > kMaxAddressDetails)
        plan.details << QStringLiteral("... and %1 more recovered addresses").arg(plan.softRecovered - kMaxAddressDetails);
    return {};
}

Result<void> Maintenance::removeTransientBounces(MaintenancePlan &plan)
{
    auto removed = BounceRepository(m_db).removeTransientBefore(cutoff(m_settings.transientRetentionDays));
    if (!removed)
        return removed.error();
    plan.transientBouncesRemoved = *removed;
    if (*removed)
        plan.details << QStringLiteral("%1 transient bounce record(s) older than %2 days removed")
                            .arg(*removed)
                            .arg(m_settings.transientRetentionDays);
    return {};
}

Result<void> Maintenance::removeStaleMessages(MaintenancePlan &plan)
{
    const qint64 before = cutoff(m_settings.staleRetentionDays);
    MessageRepository messages(m_db);
    // Event rows go with their message by ON DELETE CASCADE; count them first for the plan.
    auto events = messages.countEventsOfStale(before);
    if (!events)
        return events.error();
    auto removed = messages.removeStale(before);
    if (!removed)
        return removed.error();
    plan.staleMessagesRemoved = *removed;
    plan.staleEventsRemoved += *events;
    if (*removed)
        plan.details << QStringLiteral("%1 message(s) older than %2 days removed with %3 event row(s)")
                            .arg(*removed)
                            .arg(m_settings.staleRetentionDays)
                            .arg(*events);
    return {};
}

Result<void> Maintenance::removeStaleEvents(MaintenancePlan &plan)
{
    // Rows of the high-volume tables whose message is kept (or arrived late) also age out.
    auto events = DeliveryRepository(m_db).removeBefore(cutoff(m_settings.staleRetentionDays));
    if (!events)
        return events.error();
    plan.staleEventsRemoved += *events;
    if (*events)
        plan.details << QStringLiteral("%1 other delivery/send/delay/event row(s) older than %2 days removed")
                            .arg(*events)
                            .arg(m_settings.staleRetentionDays);
    return {};
}

Result<void> Maintenance::removeOldStateChanges(MaintenancePlan &plan)
{
    auto removed = AddressStateRepository(m_db).removeCleanChangesBefore(cutoff(m_settings.staleRetentionDays));
    if (!removed)
        return removed.error();
    plan.stateChangesRemoved = *removed;
    if (*removed)
        plan.details << QStringLiteral("%1 address history row(s) of clean addresses older than %2 days removed")
                            .arg(*removed)
                            .arg(m_settings.staleRetentionDays);
    return {};
}

} // namespace Bouncedesk::Model
