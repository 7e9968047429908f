// The suppression policy: hard bounces and complaints suppress at once, soft bounces by streak.
#include "policy/AddressPolicy.h"

#include "store/Database.h"

#include <QDateTime>

#include <QSqlError>
#include <QVariant>

namespace Bouncedesk::Model {

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
} // namespace

AddressPolicy::AddressPolicy(QSqlDatabase db, PolicySettings settings)
    : m_db(std::move(db)), m_settings(settings), m_select(m_db), m_upsert(m_db), m_change(m_db), m_suppress(m_db)
{
}

Result<QSqlQuery *> AddressPolicy::prepared(QSqlQuery &query, const QString &sql)
{
    if (query.lastQuery() != sql && !query.prepare(sql))
        return Database::toError(query.lastError(), QStringLiteral("cannot prepare policy statement"));
    return &query;
}

Result<AddressPolicy::State> AddressPolicy::load(const QString &email)
{
    auto q = prepared(m_select, QStringLiteral("SELECT status, consecutive_soft, soft_streak_started_at, bounce_count, "
                                               "complaint_count, delivery_count, on_account_suppression_list, "
                                               "last_bounce_at FROM address_state WHERE email = ?"));
    if (!q)
        return q.error();
    QSqlQuery &query = **q;
    query.addBindValue(email);
    if (!query.exec())
        return Database::toError(query.lastError(), QStringLiteral("cannot read address state"));
    State state;
    if (query.next()) {
        state.exists = true;
        state.status = query.value(0).toString();
        state.consecutiveSoft = query.value(1).toInt();
        state.streakStartedAt = query.value(2);
        state.bounceCount = query.value(3).toInt();
        state.complaintCount = query.value(4).toInt();
        state.deliveryCount = query.value(5).toInt();
        state.onAccountList = query.value(6).toInt() != 0;
        state.lastBounceAt = query.value(7);
    }
    query.finish();
    return state;
}

Result<void> AddressPolicy::save(const QString &email, const State &before, const State &after, const QString &reason,
                                 EventRef ref)
{
    auto q = prepared(m_upsert,
                      QStringLiteral("INSERT INTO address_state (email, status, consecutive_soft, soft_streak_started_at, "
                                     "bounce_count, complaint_count, delivery_count, on_account_suppression_list, "
                                     "last_bounce_at, last_event_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                     "ON CONFLICT (email) DO UPDATE SET status = excluded.status, "
                                     "consecutive_soft = excluded.consecutive_soft, "
                                     "soft_streak_started_at = excluded.soft_streak_started_at, "
                                     "bounce_count = excluded.bounce_count, complaint_count = excluded.complaint_count, "
                                     "delivery_count = excluded.delivery_count, "
                                     "on_account_suppression_list = excluded.on_account_suppression_list, "
                                     "last_bounce_at = excluded.last_bounce_at, "
                                     "last_event_at = CASE WHEN address_state.last_event_at > excluded.last_event_at "
                                     "THEN address_state.last_event_at ELSE excluded.last_event_at END, "
                                     "updated_at = excluded.updated_at"));
    if (!q)
        return q.error();
    QSqlQuery &upsert = **q;
    for (const QVariant &v : {QVariant(email), QVariant(after.status), QVariant(after.consecutiveSoft),
                              after.streakStartedAt, QVariant(after.bounceCount), QVariant(after.complaintCount),
                              QVariant(after.deliveryCount), QVariant(after.onAccountList ? 1 : 0), after.lastBounceAt,
                              QVariant(ref.at), QVariant(QDateTime::currentMSecsSinceEpoch())})
        upsert.addBindValue(v);
    if (!upsert.exec())
        return Database::toError(upsert.lastError(), QStringLiteral("cannot update address state"));

    if (before.exists && before.status == after.status)
        return {};
    auto c = prepared(m_change, QStringLiteral("INSERT INTO address_state_changes (email, old_status, new_status, reason, "
                                               "event_table, event_id, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!c)
        return c.error();
    QSqlQuery &change = **c;
    for (const QVariant &v :
         {QVariant(email), QVariant(before.exists ? before.status : QStringLiteral("new")), QVariant(after.status),
          QVariant(reason), ref.table ? QVariant(QString::fromLatin1(ref.table)) : QVariant(),
          ref.table ? QVariant(ref.id) : QVariant(), QVariant(ref.at)})
        change.addBindValue(v);
    if (!change.exec())
        return Database::toError(change.lastError(), QStringLiteral("cannot record address state change"));
    return {};
}

Result<void> AddressPolicy::suppress(const QString &email, const QString &reason, EventRef ref)
{
    // An address already suppressed keeps its first reason; the event is still in its history.
    auto q = prepared(m_suppress, QStringLiteral("INSERT INTO suppressions (email, reason, source_table, source_event_id, "
                                                 "added_by, added_at) VALUES (?, ?, ?, ?, 'policy', ?) "
                                                 "ON CONFLICT (email) WHERE active = 1 DO NOTHING"));
    if (!q)
        return q.error();
    QSqlQuery &query = **q;
    for (const QVariant &v : {QVariant(email), QVariant(reason), QVariant(QString::fromLatin1(ref.table)),
                              QVariant(ref.id), QVariant(ref.at)})
        query.addBindValue(v);
    if (!query.exec())
        return Database::toError(query.lastError(), QStringLiteral("cannot add suppression"));
    return {};
}

Result<void> AddressPolicy::onBounce(const QString &rawEmail, const QString &bounceType, const QString &subType,
                                     EventRef ref)
{
    const QString email = normalise(rawEmail);
    auto loaded = load(email);
    if (!loaded)
        return loaded.error();
    const State before = *loaded;
    State after = before;
    after.bounceCount += 1;
    if (!after.lastBounceAt.isValid() || after.lastBounceAt.isNull() || after.lastBounceAt.toLongLong() < ref.at)
        after.lastBounceAt = ref.at;
    if (subType == u"OnAccountSuppressionList")
        after.onAccountList = true;

    QString suppressReason;
    QString why;
    if (bounceType == u"Permanent") {
        if (after.status != u"complained")
            after.status = QStringLiteral("hard");
        suppressReason = QStringLiteral("hard-bounce");
        why = QStringLiteral("permanent bounce (%1)").arg(subType);
    } else if (bounceType == u"Transient") {
        const qint64 window = m_settings.softBounceWindowDays * kDayMs;
        const bool streakAlive = after.consecutiveSoft > 0 && !after.streakStartedAt.isNull()
            && ref.at - after.streakStartedAt.toLongLong() <= window;
        if (streakAlive) {
            after.consecutiveSoft += 1;
        } else {
            after.consecutiveSoft = 1;
            after.streakStartedAt = ref.at;
        }
        if (after.status == u"clean")
            after.status = QStringLiteral("soft");
        why = QStringLiteral("transient bounce %1 of %2 (%3)")
                  .arg(after.consecutiveSoft)
                  .arg(m_settings.softBounceThreshold)
                  .arg(subType);
        if (after.consecutiveSoft >= m_settings.softBounceThreshold)
            suppressReason = QStringLiteral("soft-bounce");
    } else {
        why = QStringLiteral("undetermined bounce");
    }
    if (auto saved = save(email, before, after, why, ref); !saved)
        return saved;
    if (!suppressReason.isEmpty())
        return suppress(email, suppressReason, ref);
    return {};
}

Result<void> AddressPolicy::onComplaint(const QString &rawEmail, const QString &feedbackType, EventRef ref)
{
    const QString email = normalise(rawEmail);
    auto loaded = load(email);
    if (!loaded)
        return loaded.error();
    const State before = *loaded;
    State after = before;
    after.complaintCount += 1;
    const bool notSpam = feedbackType.compare(u"not-spam", Qt::CaseInsensitive) == 0;
    if (!notSpam)
        after.status = QStringLiteral("complained");
    const QString why = QStringLiteral("complaint (%1)").arg(feedbackType.isEmpty() ? QStringLiteral("no feedback type")
                                                                                    : feedbackType);
    if (auto saved = save(email, before, after, why, ref); !saved)
        return saved;
    if (!notSpam)
        return suppress(email, QStringLiteral("complaint"), ref);
    return {};
}

Result<void> AddressPolicy::onDelivery(const QString &rawEmail, EventRef ref)
{
    const QString email = normalise(rawEmail);
    auto loaded = load(email);
    if (!loaded)
        return loaded.error();
    const State before = *loaded;
    // Addresses that never bounced or complained need no state row: deliveries are the common case.
    if (!before.exists)
        return {};
    State after = before;
    after.deliveryCount += 1;
    after.consecutiveSoft = 0;
    after.streakStartedAt = QVariant();
    if (after.status == u"soft")
        after.status = QStringLiteral("clean");
    return save(email, before, after, QStringLiteral("delivered: soft-bounce streak reset"), ref);
}

} // namespace Bouncedesk::Model
