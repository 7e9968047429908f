// Statements on address_state and address_state_changes.
#include "store/AddressStateRepository.h"

#include <QCoreApplication>

#include "store/Database.h"
#include "store/Dialect.h"

namespace Bouncedesk::Model {

QString eventTableName(EventRef::Table table)
{
    switch (table) {
    case EventRef::Table::Bounces:
        return QStringLiteral("bounces");
    case EventRef::Table::Complaints:
        return QStringLiteral("complaints");
    case EventRef::Table::Deliveries:
        return QStringLiteral("deliveries");
    case EventRef::Table::None:
        break;
    }
    return {};
}

AddressStateRepository::AddressStateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

AddressStateRepository::~AddressStateRepository() = default;

Result<AddressState> AddressStateRepository::load(const QString &email)
{
    if (!m_select)
        m_select = std::make_unique<Sql::Statement>(m_db,
            QStringLiteral("SELECT status, consecutive_soft, soft_streak_started_at, bounce_count, complaint_count, "
                           "delivery_count, on_account_suppression_list, last_bounce_at FROM address_state "
                           "WHERE email = ?")
                + Dialect::of(m_db).forUpdate());
    auto ran = m_select->run({ email });
    if (!ran)
        return Error { ran.error().kind, QCoreApplication::translate("Store", "cannot read address state: %1").arg(ran.errorText()),
            ran.error().code };
    Sql::Statement &q = *m_select;
    AddressState state;
    if (q.next()) {
        state.exists = true;
        state.status = addressStatusFrom(q.value(0).toString());
        state.consecutiveSoft = q.value(1).toInt();
        state.streakStartedAt = q.value(2);
        state.bounceCount = q.value(3).toInt();
        state.complaintCount = q.value(4).toInt();
        state.deliveryCount = q.value(5).toInt();
        state.onAccountList = q.value(6).toInt() != 0;
        state.lastBounceAt = q.value(7);
    }
    q.finish();
    return state;
}

Result<AddressState> AddressStateRepository::loadForWrite(const QString &email, qint64 now)
{
    bool created = false;
    if (Dialect::of(m_db).isPostgres()) {
        if (!m_ensure)
            m_ensure = std::make_unique<Sql::Statement>(
                m_db, QStringLiteral("INSERT INTO address_state (email, updated_at) VALUES (?, ?) "
                                     "ON CONFLICT (email) DO NOTHING"));
        auto ran = m_ensure->run({email, now});
        if (!ran)
            return Error{ran.error().kind, QCoreApplication::translate("Store", "cannot read address state: %1").arg(ran.errorText()),
                         ran.error().code};
        created = m_ensure->rowsAffected() > 0;
    }
    auto state = load(email);
    if (state && created)
        state.value().exists = false; // the placeholder row holds the defaults: a new address
    return state;
}

Result<void> AddressStateRepository::save(const QString &email, const AddressState &s, qint64 lastEventAt, qint64 now)
{
    if (!m_upsert)
        m_upsert = std::make_unique<Sql::Statement>(m_db,
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
    auto ran = m_upsert->run({ email, addressStatusText(s.status), s.consecutiveSoft, s.streakStartedAt, s.bounceCount,
        s.complaintCount, s.deliveryCount, s.onAccountList ? 1 : 0, s.lastBounceAt, lastEventAt, now });
    if (!ran)
        return Error { ran.error().kind, QCoreApplication::translate("Store", "cannot update address state: %1").arg(ran.errorText()),
            ran.error().code };
    return {};
}

Result<void> AddressStateRepository::recordChange(const StateChange &c)
{
    if (!m_change)
        m_change = std::make_unique<Sql::Statement>(m_db,
            QStringLiteral("INSERT INTO address_state_changes (email, old_status, new_status, reason, "
                           "event_table, event_id, actor, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool event = c.ref.table != EventRef::Table::None;
    auto ran = m_change->run({ c.email, addressStatusText(c.oldStatus), addressStatusText(c.newStatus), c.reason,
        event ? QVariant(eventTableName(c.ref.table)) : QVariant(), event ? QVariant(c.ref.id) : QVariant(),
        Sql::textOrNull(c.actor), c.at });
    if (!ran)
        return Error { ran.error().kind, QCoreApplication::translate("Store", "cannot record address state change: %1").arg(ran.errorText()),
            ran.error().code };
    return {};
}

Result<qint64> AddressStateRepository::resetStatus(const QString &email, AddressStatus newStatus,
    AddressStatus expectedStatus, int expectedConsecutiveSoft, qint64 now)
{
    return Sql::affected(m_db,
        QStringLiteral("UPDATE address_state SET status = ?, consecutive_soft = 0, "
                       "soft_streak_started_at = NULL, updated_at = ? "
                       "WHERE email = ? AND status = ? AND consecutive_soft = ?"),
        { addressStatusText(newStatus), now, email, addressStatusText(expectedStatus), expectedConsecutiveSoft });
}

Result<QList<AddressStateRepository::SoftAddress>> AddressStateRepository::softQuietSince(qint64 before)
{
    return Sql::rows<SoftAddress>(m_db,
        QStringLiteral("SELECT email, last_bounce_at FROM address_state WHERE status = ? "
                       "AND last_bounce_at IS NOT NULL AND last_bounce_at < ? ORDER BY email"),
        { addressStatusText(AddressStatus::Soft), before }, [](const QSqlQuery &q) {
            return SoftAddress { q.value(0).toString(), q.value(1).toLongLong() };
        });
}

Result<qint64> AddressStateRepository::recoverSoft(const QString &email, qint64 now)
{
    return Sql::affected(m_db,
        QStringLiteral("UPDATE address_state SET status = ?, consecutive_soft = 0, "
                       "soft_streak_started_at = NULL, updated_at = ? WHERE email = ? AND status = ?"),
        { addressStatusText(AddressStatus::Clean), now, email, addressStatusText(AddressStatus::Soft) });
}

Result<QList<StateChangeRow>> AddressStateRepository::changesOf(const QString &email, int limit)
{
    return Sql::rows<StateChangeRow>(m_db,
        QStringLiteral("SELECT changed_at, old_status, new_status, reason, actor FROM "
                       "address_state_changes WHERE email = ? ORDER BY changed_at DESC LIMIT ?"),
        { email, limit }, [](const QSqlQuery &q) {
            return StateChangeRow { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString() };
        });
}

Result<qint64> AddressStateRepository::removeCleanChangesBefore(qint64 before)
{
    // History is only dropped for addresses with nothing to explain: clean ones.
    return Sql::affected(m_db,
        QStringLiteral("DELETE FROM address_state_changes WHERE changed_at < ? AND email IN "
                       "(SELECT email FROM address_state WHERE status = ?)"),
        { before, addressStatusText(AddressStatus::Clean) });
}

} // namespace Bouncedesk::Model
