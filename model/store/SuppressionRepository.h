// SuppressionRepository: the suppressions table, active rows and their removal history.
#pragma once

#include "core/Result.h"
#include "core/SuppressionReason.h"
#include "store/AddressStateRepository.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <vector>

namespace Bouncedesk::Model {

struct Suppression {
    qint64 id = 0;
    QString email;  // lower-case
    QString reason; // suppressionReasonText() of a SuppressionReason
    QString sourceTable; // the event table for policy rows ("bounces", "complaints"); empty for manual rows
    qint64 sourceEventId = 0;
    QString addedBy;
    QDateTime addedAt; // UTC
    QString notes;
    // History rows (history()) may be removed ones; list(), find() and check() only return active rows.
    bool active = true;
    QString removedBy;
    QDateTime removedAt;
    QString removalReason;

    std::optional<SuppressionReason> reasonKind() const { return suppressionReasonFrom(reason); }
    QJsonObject toJson() const;
};

class SuppressionRepository final {
public:
    explicit SuppressionRepository(QSqlDatabase db);
    ~SuppressionRepository();
    Q_DISABLE_COPY_MOVE(SuppressionRepository)

    // The active suppression of a lower-case address.
    Result<std::optional<Suppression>> active(const QString &email);
    // A new active row (id is filled in); Conflict "already-suppressed" if the address already has one.
    Result<qint64> insert(const Suppression &suppression);
    // The policy's suppression: an address already suppressed keeps its first reason.
    Result<void> insertFromEvent(const QString &email, SuppressionReason reason, const EventRef &ref);
    // Batch mode (PostgreSQL group commit): insertFromEvent() keeps its rows until flushBatch() writes
    // them in one statement (the first for an address still wins); endBatch() forgets what was not flushed.
    void beginBatch() { m_batch.emplace(); }
    Result<void> flushBatch();
    void endBatch() { m_batch.reset(); }
    // For imports: inserted unless the address is already actively suppressed; true when inserted.
    Result<bool> insertUnlessActive(const QString &email, SuppressionReason reason, const QString &addedBy, qint64 at,
                                    const QString &notes);
    // Ends the active row before (kept as history) and returns it as it is now, or nothing when it was
    // changed or lifted by someone else meanwhile.
    Result<std::optional<Suppression>> lift(const Suppression &before, const QString &by, const QDateTime &at,
                                            const QString &why);
    Result<void> setNotes(qint64 id, const QString &notes);

    // Active rows, newest first; reason exact, search a part of the address (case-insensitive).
    Result<QList<Suppression>> list(const QString &reason, const QString &search, int limit, int offset);
    Result<qint64> count(const QString &reason, const QString &search);
    // Active and removed rows of one address, newest first.
    Result<QList<Suppression>> history(const QString &email, int limit = 1000);
    // Every active row ordered by address: (email, reason).
    Result<QList<std::pair<QString, QString>>> activeByAddress();
    Result<qint64> activeCount();

    // Health report: per reason, rows added and rows lifted in [from, to).
    Result<QList<std::pair<QString, qint64>>> addedByReason(qint64 from, qint64 to);
    Result<QList<std::pair<QString, qint64>>> liftedByReason(qint64 from, qint64 to);

private:
    QSqlDatabase m_db;
    struct FromEvent {
        QString email;
        SuppressionReason reason;
        EventRef ref;
    };
    std::unique_ptr<Sql::Statement> m_fromEvent, m_fromEvents, m_import;
    std::optional<std::vector<FromEvent>> m_batch;
};

} // namespace Bouncedesk::Model
