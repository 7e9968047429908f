// Statements on address_state and address_state_changes.
#include "store/AddressStateRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <map>
#include <vector>

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

namespace {
    const QString kStateColumns = QStringLiteral(
        "status, consecutive_soft, soft_streak_started_at, bounce_count, complaint_count, delivery_count, "
        "on_account_suppression_list, last_bounce_at");
    constexpr Sql::Column kSaveColumns[] = { { "email", "text" }, { "status", "text" },
        { "consecutive_soft", "integer" }, { "soft_streak_started_at", "bigint" }, { "bounce_count", "integer" },
        { "complaint_count", "integer" }, { "delivery_count", "integer" },
        { "on_account_suppression_list", "integer" }, { "last_bounce_at", "bigint" }, { "last_event_at", "bigint" },
        { "updated_at", "bigint" } };
    const QString kSaveConflict = QStringLiteral(
        " ON CONFLICT (email) DO UPDATE SET status = excluded.status, "
        "consecutive_soft = excluded.consecutive_soft, "
        "soft_streak_started_at = excluded.soft_streak_started_at, "
        "bounce_count = excluded.bounce_count, complaint_count = excluded.complaint_count, "
        "delivery_count = excluded.delivery_count, "
        "on_account_suppression_list = excluded.on_account_suppression_list, "
        "last_bounce_at = excluded.last_bounce_at, "
        "last_event_at = CASE WHEN address_state.last_event_at > excluded.last_event_at "
        "THEN address_state.last_event_at ELSE excluded.last_event_at END, "
        "updated_at = excluded.updated_at");
    constexpr Sql::Column kChangeColumns[] = { { "email", "text" }, { "old_status", "text" },
        { "new_status", "text" }, { "reason", "text" }, { "event_table", "text" }, { "event_id", "bigint" },
        { "actor", "text" }, { "changed_at", "bigint" } };

    std::array<QVariant, std::size(kSaveColumns)> saveValues(const QString &email, const AddressState &s, qint64 lastEventAt, qint64 now)
    {
        return { email, addressStatusText(s.status), s.consecutiveSoft, s.streakStartedAt, s.bounceCount,
            s.complaintCount, s.deliveryCount, s.onAccountList ? 1 : 0, s.lastBounceAt, lastEventAt, now };
    }

    std::array<QVariant, std::size(kChangeColumns)> changeValues(const StateChange &c)
    {
        const bool event = c.ref.table != EventRef::Table::None;
        return { c.email, addressStatusText(c.oldStatus), addressStatusText(c.newStatus), c.reason,
            event ? QVariant(eventTableName(c.ref.table)) : QVariant(), event ? QVariant(c.ref.id) : QVariant(),
            Sql::textOrNull(c.actor), c.at };
    }

    // The addresses as one PostgreSQL text[] literal.
    QVariant textArray(const QStringList &emails)
    {
        Sql::PgRows rows(1);
        for (const QString &email : emails)
            rows.add({ email });
        return rows.columns().front();
    }

    Error readFailed(const Error &error)
    {
        return Error { error.kind, QCoreApplication::translate("Store", "cannot read address state: %1").arg(error.message),
            error.code };
    }
    Error updateFailed(const Error &error)
    {
        return Error { error.kind,
            QCoreApplication::translate("Store", "cannot update address state: %1").arg(error.message), error.code };
    }
    Error changeFailed(const Error &error)
    {
        return Error { error.kind,
            QCoreApplication::translate("Store", "cannot record address state change: %1").arg(error.message),
            error.code };
    }
} // namespace

// What a batch read, and what it wrote, until flushBatch().
struct AddressStateRepository::Batch {
    QHash<QString, AddressState> states; // every address of the batch, as the batch has left it
    struct Save {
        AddressState state;
        qint64 lastEventAt = 0;
    };
    std::map<QString, Save> saves; // written in address order
    std::vector<StateChange> changes;
};

AddressStateRepository::AddressStateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

AddressStateRepository::~AddressStateRepository() = default;

AddressState AddressStateRepository::stateFromRow(const Sql::Statement &q, int first)
{
    AddressState state;
    state.exists = true;
    state.status = addressStatusFrom(q.value(first).toString());
    state.consecutiveSoft = q.value(first + 1).toInt();
    state.streakStartedAt = q.value(first + 2);
    state.bounceCount = q.value(first + 3).toInt();
    state.complaintCount = q.value(first + 4).toInt();
    state.deliveryCount = q.value(first + 5).toInt();
    state.onAccountList = q.value(first + 6).toInt() != 0;
    state.lastBounceAt = q.value(first + 7);
    return state;
}

Result<AddressState> AddressStateRepository::load(const QString &email)
{
    if (m_batch) {
        if (const auto found = m_batch->states.constFind(email); found != m_batch->states.cend())
            return *found;
    }
    if (!m_select)
        m_select = std::make_unique<Sql::Statement>(m_db,
            QStringLiteral("SELECT ") + kStateColumns + QStringLiteral(" FROM address_state WHERE email = ?")
                + Dialect::of(m_db).forUpdate());
    auto ran = m_select->run({ email });
    if (!ran)
        return readFailed(ran.error());
    Sql::Statement &q = *m_select;
    AddressState state;
    if (q.next())
        state = stateFromRow(q, 0);
    q.finish();
    if (m_batch)
        m_batch->states.insert(email, state);
    return state;
}

Result<AddressState> AddressStateRepository::loadForWrite(const QString &email, qint64 now)
{
    if (m_batch) {
        if (const auto found = m_batch->states.constFind(email); found != m_batch->states.cend())
            return *found;
    }
    bool created = false;
    if (Dialect::of(m_db).isPostgres()) {
        if (!m_ensure)
            m_ensure = std::make_unique<Sql::Statement>(
                m_db, QStringLiteral("INSERT INTO address_state (email, updated_at) VALUES (?, ?) "
                                     "ON CONFLICT (email) DO NOTHING"));
        auto ran = m_ensure->run({email, now});
        if (!ran)
            return readFailed(ran.error());
        created = m_ensure->rowsAffected() > 0;
    }
    auto state = load(email);
    if (state && created) {
        state.value().exists = false; // the placeholder row holds the defaults: a new address
        if (m_batch)
            m_batch->states[email].exists = false;
    }
    return state;
}

Result<void> AddressStateRepository::save(const QString &email, const AddressState &s, qint64 lastEventAt, qint64 now)
{
    if (m_batch) {
        AddressState saved = s;
        saved.exists = true;
        m_batch->states.insert(email, saved);
        const auto [pending, first] = m_batch->saves.try_emplace(email);
        pending->second.lastEventAt = first ? lastEventAt : std::max(pending->second.lastEventAt, lastEventAt);
        pending->second.state = saved;
        return {};
    }
    if (!m_upsert)
        m_upsert = std::make_unique<Sql::Statement>(m_db,
            Sql::insertValuesSql("address_state", kSaveColumns) + kSaveConflict);
    const auto values = saveValues(email, s, lastEventAt, now);
    if (auto ran = m_upsert->run(values); !ran)
        return updateFailed(ran.error());
    return {};
}

Result<void> AddressStateRepository::recordChange(const StateChange &c)
{
    if (m_batch) {
        m_batch->changes.push_back(c);
        return {};
    }
    if (!m_change)
        m_change = std::make_unique<Sql::Statement>(m_db,
            Sql::insertValuesSql("address_state_changes", kChangeColumns));
    const auto values = changeValues(c);
    if (auto ran = m_change->run(values); !ran)
        return changeFailed(ran.error());
    return {};
}

Result<void> AddressStateRepository::beginBatch(const QStringList &emails, const QStringList &ensure, qint64 now)
{
    m_batch = std::make_unique<Batch>();
    m_batch->states.reserve(emails.size());
    QSet<QString> created;
    if (!ensure.isEmpty()) {
        if (!m_ensureMany)
            m_ensureMany = std::make_unique<Sql::Statement>(m_db,
                QStringLiteral("INSERT INTO address_state (email, updated_at) SELECT e, ? FROM unnest(?::text[]) AS t(e) "
                               "ON CONFLICT (email) DO NOTHING RETURNING email"));
        if (auto ran = m_ensureMany->run({ now, textArray(ensure) }); !ran)
            return readFailed(ran.error());
        while (m_ensureMany->next())
            created.insert(m_ensureMany->value(0).toString());
        m_ensureMany->finish();
    }
    if (emails.isEmpty())
        return {};
    if (!m_selectMany)
        m_selectMany = std::make_unique<Sql::Statement>(m_db,
            QStringLiteral("SELECT email, ") + kStateColumns
                + QStringLiteral(" FROM address_state WHERE email = ANY (?::text[]) ORDER BY email FOR UPDATE"));
    if (auto ran = m_selectMany->run({ textArray(emails) }); !ran)
        return readFailed(ran.error());
    while (m_selectMany->next()) {
        AddressState state = stateFromRow(*m_selectMany, 1);
        const QString email = m_selectMany->value(0).toString();
        state.exists = !created.contains(email); // a placeholder row holds the defaults: a new address
        m_batch->states.insert(email, state);
    }
    m_selectMany->finish();
    for (const QString &email : emails) {
        if (!m_batch->states.contains(email))
            m_batch->states.insert(email, AddressState()); // no row: a new address
    }
    return {};
}

Result<void> AddressStateRepository::flushBatch(qint64 now)
{
    if (!m_batch)
        return {};
    if (!m_batch->saves.empty()) {
        if (!m_upsertMany)
            m_upsertMany = std::make_unique<Sql::Statement>(m_db,
                Sql::insertUnnestSql("address_state", kSaveColumns) + kSaveConflict);
        Sql::PgRows rows(std::size(kSaveColumns));
        for (const auto &[email, pending] : m_batch->saves)
            rows.add(saveValues(email, pending.state, pending.lastEventAt, now));
        if (auto ran = m_upsertMany->run(rows.columns()); !ran)
            return updateFailed(ran.error());
        m_batch->saves.clear();
    }
    if (!m_batch->changes.empty()) {
        if (!m_changeMany)
            m_changeMany = std::make_unique<Sql::Statement>(m_db,
                Sql::insertUnnestSql("address_state_changes", kChangeColumns));
        Sql::PgRows rows(std::size(kChangeColumns));
        for (const StateChange &change : m_batch->changes)
            rows.add(changeValues(change));
        if (auto ran = m_changeMany->run(rows.columns()); !ran)
            return changeFailed(ran.error());
        m_batch->changes.clear();
    }
    return {};
}

void AddressStateRepository::endBatch()
{
    m_batch.reset();
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
