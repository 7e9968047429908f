// AddressStateRepository: address_state (one row per address that ever bounced or complained) and its change log.
#pragma once

#include "core/AddressStatus.h"
#include "core/Result.h"
#include "store/Sql.h"

#include <QList>
#include <QStringList>
#include <QSqlDatabase>
#include <QVariant>

#include <memory>

namespace Bouncedesk::Model {

// Which stored row caused a change, for the history of an address.
struct EventRef {
    enum class Table { None, Bounces, Complaints, Deliveries };
    Table table = Table::None; // None: a manual action
    qint64 id = 0;
    qint64 at = 0; // event time, ms since the epoch (UTC)
};
QString eventTableName(EventRef::Table table); // "bounces", ...; empty for None

struct AddressState {
    bool exists = false;
    AddressStatus status = AddressStatus::Clean;
    int consecutiveSoft = 0;
    QVariant streakStartedAt; // ms or NULL
    int bounceCount = 0;
    int complaintCount = 0;
    int deliveryCount = 0;
    bool onAccountList = false;
    QVariant lastBounceAt; // ms or NULL
};

struct StateChange {
    QString email;
    AddressStatus oldStatus = AddressStatus::New;
    AddressStatus newStatus = AddressStatus::Clean;
    QString reason;
    EventRef ref;
    QString actor; // empty for the policy
    qint64 at = 0;
};

struct StateChangeRow {
    qint64 at = 0;
    QString oldStatus, newStatus, reason, actor;
};

class AddressStateRepository final {
public:
    explicit AddressStateRepository(QSqlDatabase db);
    ~AddressStateRepository();
    Q_DISABLE_COPY_MOVE(AddressStateRepository)

    // The state of an address (lower-case); exists is false when it has no row. On PostgreSQL the row
    // is locked until the caller's transaction ends, so read-modify-write by two listeners is serialised.
    Result<AddressState> load(const QString &email);
    // load() for an address the caller will write whatever it holds (a bounce, a complaint). On
    // PostgreSQL a missing row is created first, so that a concurrent writer waits for this
    // transaction instead of both starting from "no row"; the state still says !exists then.
    Result<AddressState> loadForWrite(const QString &email, qint64 now);
    // Inserts or replaces the row; last_event_at only moves forward.
    Result<void> save(const QString &email, const AddressState &state, qint64 lastEventAt, qint64 now);
    Result<void> recordChange(const StateChange &change);

    // Sets status and clears the soft streak, guarded by the values the caller read: 0 rows means a
    // concurrent event changed the address meanwhile.
    Result<qint64> resetStatus(const QString &email, AddressStatus newStatus, AddressStatus expectedStatus,
                               int expectedConsecutiveSoft, qint64 now);

    struct SoftAddress {
        QString email;
        qint64 lastBounceAt = 0;
    };
    // Soft addresses whose last bounce is older than before, by address.
    Result<QList<SoftAddress>> softQuietSince(qint64 before);
    // Soft -> clean, streak cleared; 0 rows when the address is no longer soft.
    Result<qint64> recoverSoft(const QString &email, qint64 now);

    // Batch mode, for the PostgreSQL listener's group commit. beginBatch() creates the rows of
    // `ensure` as loadForWrite() does and reads and locks the rows of `emails` (both sorted and
    // lower-case, ensure within emails) in one statement each; load() and loadForWrite() then answer
    // from memory, save() and recordChange() are kept until flushBatch() writes them as one statement
    // each. endBatch() forgets it all, flushed or not (the caller's transaction is then rolled back).
    Result<void> beginBatch(const QStringList &emails, const QStringList &ensure, qint64 now);
    Result<void> flushBatch(qint64 now);
    void endBatch();

    Result<QList<StateChangeRow>> changesOf(const QString &email, int limit);
    // Retention: change rows of clean addresses older than before.
    Result<qint64> removeCleanChangesBefore(qint64 before);

private:
    struct Batch;
    static AddressState stateFromRow(const Sql::Statement &row, int firstColumn);

    QSqlDatabase m_db;
    std::unique_ptr<Sql::Statement> m_select, m_upsert, m_change, m_ensure;
    std::unique_ptr<Sql::Statement> m_ensureMany, m_selectMany, m_upsertMany, m_changeMany;
    std::unique_ptr<Batch> m_batch;
};

} // namespace Bouncedesk::Model
