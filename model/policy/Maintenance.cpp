// Periodic maintenance: soft addresses recover, transient bounces and stale records are removed.
#include "policy/Maintenance.h"

#include "policy/SuppressionList.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcMaintenance, "bouncedesk.maintenance", QtInfoMsg)

namespace Bouncedesk::Model {

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr int kMaxAddressDetails = 50;

// Event tables whose rows reference sns_messages(id) ON DELETE CASCADE.
const QStringList &eventTables()
{
    static const QStringList tables{QStringLiteral("bounces"),    QStringLiteral("complaints"),
                                    QStringLiteral("deliveries"), QStringLiteral("sends"),
                                    QStringLiteral("delivery_delays"), QStringLiteral("other_events")};
    return tables;
}

// Messages old enough to go, except those still needed: a complaint under review, or an event that
// is the source of an active suppression (its evidence). One positional parameter: the cutoff.
const QString kStaleMessages = QStringLiteral(
    "SELECT id FROM sns_messages WHERE received_at < ? "
    "AND NOT EXISTS (SELECT 1 FROM complaints c WHERE c.message_ref = sns_messages.id AND c.reviewed = 0) "
    "AND NOT EXISTS (SELECT 1 FROM bounces b JOIN suppressions s ON s.source_table = 'bounces' "
    "AND s.source_event_id = b.id AND s.active = 1 WHERE b.message_ref = sns_messages.id) "
    "AND NOT EXISTS (SELECT 1 FROM complaints c2 JOIN suppressions s2 ON s2.source_table = 'complaints' "
    "AND s2.source_event_id = c2.id AND s2.active = 1 WHERE c2.message_ref = sns_messages.id)");

QString isoUtc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

Result<qint64> count(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    auto q = exec(db, sql, values);
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<qint64> affected(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    auto q = exec(db, sql, values);
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

// A write transaction. On SQLite it takes the write lock up front (BEGIN IMMEDIATE) so a concurrent
// listener cannot make the upgrade from reader to writer fail halfway through.
class WriteTransaction final {
public:
    explicit WriteTransaction(QSqlDatabase db) : m_db(std::move(db)) { }
    ~WriteTransaction() { rollback(); }
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    Result<void> begin()
    {
        if (m_db.driverName() == u"QSQLITE") {
            QSqlQuery q(m_db);
            if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
                return Database::toError(q.lastError(), QStringLiteral("cannot lock the database for maintenance"));
        } else if (!m_db.transaction()) {
            return Database::toError(m_db.lastError(), QStringLiteral("cannot begin maintenance"));
        }
        m_open = true;
        return {};
    }
    Result<void> commit()
    {
        m_open = false;
        if (m_db.driverName() == u"QSQLITE") {
            QSqlQuery q(m_db);
            if (q.exec(QStringLiteral("COMMIT")))
                return {};
            const Error error = Database::toError(q.lastError(), QStringLiteral("cannot commit maintenance"));
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            return error;
        }
        if (m_db.commit())
            return {};
        const Error error = Database::toError(m_db.lastError(), QStringLiteral("cannot commit maintenance"));
        m_db.rollback();
        return error;
    }
    void rollback()
    {
        if (!m_open)
            return;
        m_open = false;
        if (m_db.driverName() == u"QSQLITE")
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        else
            m_db.rollback();
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};
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
    lines << (dryRun ? QStringLiteral("Maintenance dry run at %1 (nothing was changed): would do").arg(isoUtc(now))
                     : QStringLiteral("Maintenance at %1: done").arg(isoUtc(now)));
    auto line = [&lines](const QString &label, qint64 n) {
        lines << QStringLiteral("  %1 %2").arg(label + u':', -34).arg(n);
    };
    line(QStringLiteral("soft addresses recovered"), softRecovered);
    line(QStringLiteral("soft-bounce suppressions lifted"), suppressionsLifted);
    line(QStringLiteral("transient bounces removed"), transientBouncesRemoved);
    line(QStringLiteral("stale messages removed"), staleMessagesRemoved);
    line(QStringLiteral("stale event rows removed"), staleEventsRemoved);
    line(QStringLiteral("old address history rows removed"), stateChangesRemoved);
    if (!details.isEmpty()) {
        lines << QString() << QStringLiteral("Details:");
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
            return Error::invalid(QStringLiteral("maintenance periods must be at least one day (got %1)").arg(days),
                                  QStringLiteral("period"));

    MaintenancePlan plan;
    plan.dryRun = dryRun;
    plan.now = m_now;

    using Step = Result<void> (Maintenance::*)(MaintenancePlan &);
    const Step steps[] = {&Maintenance::recoverSoftAddresses, &Maintenance::removeTransientBounces,
                          &Maintenance::removeStaleMessages, &Maintenance::removeStaleEvents,
                          &Maintenance::removeOldStateChanges};
    const int stepCount = int(std::size(steps));
    const Error cancelled = Error::refused(QStringLiteral("maintenance was cancelled; nothing was changed"),
                                           QStringLiteral("cancelled"));

    WriteTransaction tx(m_db);
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
    auto selected = exec(m_db,
                         QStringLiteral("SELECT email, last_bounce_at FROM address_state WHERE status = 'soft' "
                                        "AND last_bounce_at IS NOT NULL AND last_bounce_at < ? ORDER BY email"),
                         {cutoff(m_settings.softRecoveryDays)});
    if (!selected)
        return selected.error();
    struct Candidate {
        QString email;
        qint64 lastBounceAt;
    };
    QList<Candidate> candidates;
    for (QSqlQuery q = std::move(selected).value(); q.next();)
        candidates << Candidate{q.value(0).toString(), q.value(1).toLongLong()};

    SuppressionList list(m_db, m_actor);
    for (const Candidate &c : candidates) {
        const qint64 quietDays = (now - c.lastBounceAt) / kDayMs;
        const QString why = QStringLiteral("recovered after %1 quiet days").arg(quietDays);
        auto updated = affected(m_db,
                                QStringLiteral("UPDATE address_state SET status = 'clean', consecutive_soft = 0, "
                                               "soft_streak_started_at = NULL, updated_at = ? "
                                               "WHERE email = ? AND status = 'soft'"),
                                {now, c.email});
        if (!updated)
            return updated.error();
        if (*updated != 1)
            continue; // changed by the listener meanwhile
        auto change = exec(m_db,
                           QStringLiteral("INSERT INTO address_state_changes (email, old_status, new_status, reason, "
                                          "actor, changed_at) VALUES (?, 'soft', 'clean', ?, ?, ?)"),
                           {c.email, why, actorName(), now});
        if (!change)
            return change.error();
        ++plan.softRecovered;
        QString detail = c.email + QStringLiteral(": ") + why;

        auto active = list.find(c.email);
        if (!active)
            return active.error();
        if (active->has_value() && (*active)->reason == u"soft-bounce") {
            const Suppression before = **active;
            auto lifted = affected(m_db,
                                   QStringLiteral("UPDATE suppressions SET active = 0, removed_by = ?, removed_at = ?, "
                                                  "removal_reason = ? WHERE id = ? AND active = 1 "
                                                  "AND reason = 'soft-bounce'"),
                                   {actorName(), now, why, before.id});
            if (!lifted)
                return lifted.error();
            if (*lifted == 1) {
                Suppression after = before;
                after.active = false;
                after.removedBy = actorName();
                after.removedAt = m_now;
                after.removalReason = why;
                if (auto audited = writeAudit(m_db, m_actor, QStringLiteral("suppression.lift"), c.email,
                                              before.toJson(), after.toJson(), why);
                    !audited)
                    return audited;
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
    auto removed = affected(m_db,
                            QStringLiteral("DELETE FROM bounces WHERE bounce_type = 'Transient' AND event_at < ? "
                                           "AND NOT EXISTS (SELECT 1 FROM suppressions s WHERE s.active = 1 "
                                           "AND s.source_table = 'bounces' AND s.source_event_id = bounces.id)"),
                            {cutoff(m_settings.transientRetentionDays)});
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
    // Event rows go with their message by ON DELETE CASCADE; count them first for the plan.
    qint64 events = 0;
    for (const QString &table : eventTables()) {
        auto n = count(m_db,
                       QStringLiteral("SELECT COUNT(*) FROM ") + table
                           + QStringLiteral(" WHERE message_ref IN (") + kStaleMessages + u')',
                       {before});
        if (!n)
            return n.error();
        events += *n;
    }
    auto removed = affected(m_db, QStringLiteral("DELETE FROM sns_messages WHERE id IN (") + kStaleMessages + u')',
                            {before});
    if (!removed)
        return removed.error();
    plan.staleMessagesRemoved = *removed;
    plan.staleEventsRemoved += events;
    if (*removed)
        plan.details << QStringLiteral("%1 message(s) older than %2 days removed with %3 event row(s)")
                            .arg(*removed)
                            .arg(m_settings.staleRetentionDays)
                            .arg(events);
    return {};
}

Result<void> Maintenance::removeStaleEvents(MaintenancePlan &plan)
{
    // Rows of the high-volume tables whose message is kept (or arrived late) also age out.
    const qint64 before = cutoff(m_settings.staleRetentionDays);
    qint64 events = 0;
    for (const QString &table : {QStringLiteral("deliveries"), QStringLiteral("sends"),
                                 QStringLiteral("delivery_delays"), QStringLiteral("other_events")}) {
        auto removed = affected(m_db, QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE event_at < ?"),
                                {before});
        if (!removed)
            return removed.error();
        events += *removed;
    }
    plan.staleEventsRemoved += events;
    if (events)
        plan.details << QStringLiteral("%1 other delivery/send/delay/event row(s) older than %2 days removed")
                            .arg(events)
                            .arg(m_settings.staleRetentionDays);
    return {};
}

Result<void> Maintenance::removeOldStateChanges(MaintenancePlan &plan)
{
    // History is only dropped for addresses with nothing to explain: clean ones.
    auto removed = affected(m_db,
                            QStringLiteral("DELETE FROM address_state_changes WHERE changed_at < ? AND email IN "
                                           "(SELECT email FROM address_state WHERE status = 'clean')"),
                            {cutoff(m_settings.staleRetentionDays)});
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
