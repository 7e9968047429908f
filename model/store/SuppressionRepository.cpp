// Statements on suppressions.
#include "store/SuppressionRepository.h"

#include <QCoreApplication>

#include <array>

#include "core/Time.h"
#include "store/Database.h"

namespace Bouncedesk::Model {

namespace {
    const QString kColumns
        = QStringLiteral("id, email, reason, source_table, source_event_id, added_by, added_at, notes, "
                         "active, removed_by, removed_at, removal_reason");

    Suppression fromRow(const QSqlQuery &q)
    {
        Suppression s;
        s.id = q.value(0).toLongLong();
        s.email = q.value(1).toString();
        s.reason = q.value(2).toString();
        s.sourceTable = q.value(3).toString();
        s.sourceEventId = q.value(4).toLongLong();
        s.addedBy = q.value(5).toString();
        s.addedAt = Time::fromMs(q.value(6));
        s.notes = q.value(7).toString();
        s.active = q.value(8).toInt() != 0;
        s.removedBy = q.value(9).toString();
        s.removedAt = Time::fromMs(q.value(10));
        s.removalReason = q.value(11).toString();
        return s;
    }

    Result<QList<Suppression>> readAll(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
    {
        return Sql::rows<Suppression>(db, sql, values, [](const QSqlQuery &q) { return fromRow(q); });
    }

    // The filter list() and count() share.
    QString activeWhere(const QString &reason, const QString &search, QVariantList &values)
    {
        QString where = QStringLiteral(" WHERE active = 1");
        if (!reason.isEmpty()) {
            where += QStringLiteral(" AND reason = ?");
            values << reason;
        }
        const QString needle = search.trimmed().toLower();
        if (!needle.isEmpty()) {
            where += QStringLiteral(" AND email LIKE ? ESCAPE '\\'");
            values << Sql::likeContaining(needle);
        }
        return where;
    }

    Result<QList<std::pair<QString, qint64>>> reasonCounts(
        const QSqlDatabase &db, const QString &sql, qint64 from, qint64 to)
    {
        return Sql::rows<std::pair<QString, qint64>>(
            db, sql, { from, to }, [](const QSqlQuery &q) -> std::pair<QString, qint64> {
                return { q.value(0).toString(), q.value(1).toLongLong() };
            });
    }
} // namespace

QJsonObject Suppression::toJson() const
{
    QJsonObject o {
        { QStringLiteral("id"), id },
        { QStringLiteral("email"), email },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("added_by"), addedBy },
        { QStringLiteral("added_at"), Time::isoUtc(addedAt) },
        { QStringLiteral("active"), active },
    };
    if (!sourceTable.isEmpty()) {
        o.insert(QStringLiteral("source_table"), sourceTable);
        o.insert(QStringLiteral("source_event_id"), sourceEventId);
    }
    if (!notes.isEmpty())
        o.insert(QStringLiteral("notes"), notes);
    if (!active) {
        o.insert(QStringLiteral("removed_by"), removedBy);
        o.insert(QStringLiteral("removed_at"), Time::isoUtc(removedAt));
        o.insert(QStringLiteral("removal_reason"), removalReason);
    }
    return o;
}

SuppressionRepository::SuppressionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

SuppressionRepository::~SuppressionRepository() = default;

Result<std::optional<Suppression>> SuppressionRepository::active(const QString &email)
{
    auto rows = readAll(m_db,
        QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" FROM suppressions "
                             "WHERE email = ? AND active = 1"),
        { email });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Suppression>();
    return std::optional<Suppression>(rows->constFirst());
}

Result<qint64> SuppressionRepository::insert(const Suppression &s)
{
    auto inserted = exec(m_db,
        QStringLiteral("INSERT INTO suppressions (email, reason, added_by, added_at, notes, active) "
                       "VALUES (?, ?, ?, ?, ?, 1) RETURNING id"),
        { s.email, s.reason, s.addedBy, Time::msOrZero(s.addedAt), Sql::textOrNull(s.notes) });
    if (!inserted) {
        // Another writer suppressed the address between the caller's check and this insert.
        if (inserted.error().code == u"duplicate")
            return Error::conflict(
                QCoreApplication::translate("Store", "%1 is already suppressed").arg(s.email), QStringLiteral("already-suppressed"));
        return inserted.error();
    }
    QSqlQuery row = std::move(inserted).value();
    if (!row.next())
        return Error::internal(QCoreApplication::translate("Store", "the new suppression of %1 has no id").arg(s.email));
    const qint64 id = row.value(0).toLongLong();
    row.finish();
    return id;
}

namespace {
    constexpr Sql::Column kFromEventColumns[] = { { "email", "text" }, { "reason", "text" },
        { "source_table", "text" }, { "source_event_id", "bigint" }, { "added_by", "text" }, { "added_at", "bigint" } };
    const QString kFromEventConflict = QStringLiteral(" ON CONFLICT (email) WHERE active = 1 DO NOTHING");

    std::array<QVariant, std::size(kFromEventColumns)> fromEventValues(const QString &email, SuppressionReason reason, const EventRef &ref)
    {
        return { email, suppressionReasonText(reason), eventTableName(ref.table), ref.id, QStringLiteral("policy"),
            ref.at };
    }

    Error addFailed(const Error &error)
    {
        return Error { error.kind, QCoreApplication::translate("Store", "cannot add suppression: %1").arg(error.message),
            error.code };
    }
} // namespace

Result<void> SuppressionRepository::insertFromEvent(const QString &email, SuppressionReason reason, const EventRef &ref)
{
    if (m_batch) {
        m_batch->push_back({ email, reason, ref });
        return {};
    }
    if (!m_fromEvent)
        m_fromEvent = std::make_unique<Sql::Statement>(m_db,
            Sql::insertValuesSql("suppressions", kFromEventColumns) + kFromEventConflict);
    const auto values = fromEventValues(email, reason, ref);
    if (auto ran = m_fromEvent->run(values); !ran)
        return addFailed(ran.error());
    return {};
}

Result<void> SuppressionRepository::flushBatch()
{
    if (!m_batch || m_batch->empty())
        return {};
    if (!m_fromEvents)
        m_fromEvents = std::make_unique<Sql::Statement>(m_db,
            Sql::insertUnnestSql("suppressions", kFromEventColumns) + kFromEventConflict);
    Sql::PgRows rows(std::size(kFromEventColumns));
    for (const FromEvent &row : *m_batch)
        rows.add(fromEventValues(row.email, row.reason, row.ref));
    if (auto ran = m_fromEvents->run(rows.columns()); !ran)
        return addFailed(ran.error());
    m_batch->clear();
    return {};
}

Result<bool> SuppressionRepository::insertUnlessActive(
    const QString &email, SuppressionReason reason, const QString &addedBy, qint64 at, const QString &notes)
{
    if (!m_import)
        m_import = std::make_unique<Sql::Statement>(m_db,
            QStringLiteral("INSERT INTO suppressions (email, reason, added_by, added_at, notes, active) "
                           "VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (email) WHERE active = 1 DO NOTHING"));
    auto ran = m_import->run({ email, suppressionReasonText(reason), addedBy, at, Sql::textOrNull(notes) });
    if (!ran)
        return Error { ran.error().kind, QCoreApplication::translate("Store", "cannot import %1: ").arg(email) + ran.errorText(),
            ran.error().code };
    return m_import->rowsAffected() > 0;
}

Result<std::optional<Suppression>> SuppressionRepository::lift(
    const Suppression &before, const QString &by, const QDateTime &at, const QString &why)
{
    // Guarded by id and reason: a suppression replaced or lifted meanwhile is not touched.
    auto updated = Sql::affected(m_db,
        QStringLiteral("UPDATE suppressions SET active = 0, removed_by = ?, removed_at = ?, "
                       "removal_reason = ? WHERE id = ? AND active = 1 AND reason = ?"),
        { by, at.toMSecsSinceEpoch(), why, before.id, before.reason });
    if (!updated)
        return updated.error();
    if (*updated != 1)
        return std::optional<Suppression>();
    Suppression after = before;
    after.active = false;
    after.removedBy = by;
    after.removedAt = at.toUTC();
    after.removalReason = why;
    return std::optional<Suppression>(after);
}

Result<void> SuppressionRepository::setNotes(qint64 id, const QString &notes)
{
    auto updated
        = exec(m_db, QStringLiteral("UPDATE suppressions SET notes = ? WHERE id = ?"), { Sql::textOrNull(notes), id });
    if (!updated)
        return updated.error();
    return {};
}

Result<QList<Suppression>> SuppressionRepository::list(
    const QString &reason, const QString &search, int limit, int offset)
{
    QVariantList values;
    const QString where = activeWhere(reason, search, values);
    values << qMax(0, limit) << qMax(0, offset);
    auto rows = readAll(m_db,
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM suppressions") + where
            + QStringLiteral(" ORDER BY added_at DESC, id DESC LIMIT ? OFFSET ?"),
        values);
    if (!rows)
        return Error { rows.error().kind, QCoreApplication::translate("Store", "cannot read the suppression list: %1").arg(rows.errorText()),
            rows.error().code };
    return rows;
}

Result<qint64> SuppressionRepository::count(const QString &reason, const QString &search)
{
    QVariantList values;
    auto n = Sql::scalar(
        m_db, QStringLiteral("SELECT COUNT(*) FROM suppressions") + activeWhere(reason, search, values), values);
    if (!n)
        return Error { n.error().kind, QCoreApplication::translate("Store", "cannot count the suppressions: %1").arg(n.errorText()),
            n.error().code };
    return n->toLongLong();
}

Result<QList<Suppression>> SuppressionRepository::history(const QString &email, int limit)
{
    return readAll(m_db,
        QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" FROM suppressions WHERE email = ? ORDER BY added_at DESC, id DESC LIMIT ?"),
        { email, limit });
}

Result<QList<std::pair<QString, QString>>> SuppressionRepository::activeByAddress()
{
    auto rows = Sql::rows<std::pair<QString, QString>>(m_db,
        QStringLiteral("SELECT email, reason FROM suppressions WHERE active = 1 ORDER BY email"), {},
        [](const QSqlQuery &q) -> std::pair<QString, QString> {
            return { q.value(0).toString(), q.value(1).toString() };
        });
    if (!rows)
        return Error { rows.error().kind, QCoreApplication::translate("Store", "cannot read the suppression list: %1").arg(rows.errorText()),
            rows.error().code };
    return rows;
}

Result<qint64> SuppressionRepository::activeCount()
{
    auto n = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<QList<std::pair<QString, qint64>>> SuppressionRepository::addedByReason(qint64 from, qint64 to)
{
    return reasonCounts(m_db,
        QStringLiteral("SELECT reason, COUNT(*) FROM suppressions WHERE added_at >= ? AND added_at < ? "
                       "GROUP BY reason"),
        from, to);
}

Result<QList<std::pair<QString, qint64>>> SuppressionRepository::liftedByReason(qint64 from, qint64 to)
{
    return reasonCounts(m_db,
        QStringLiteral("SELECT reason, COUNT(*) FROM suppressions WHERE active = 0 AND removed_at >= ? "
                       "AND removed_at < ? GROUP BY reason"),
        from, to);
}

} // namespace Bouncedesk::Model
