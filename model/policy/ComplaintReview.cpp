// Complaint review: the queue's "done" mark, with who, when and why in the audit log.
#include "policy/ComplaintReview.h"

#include "store/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace Bouncedesk::Model {

namespace {
QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}
} // namespace

ComplaintReview::ComplaintReview(QSqlDatabase db, Actor actor) : m_db(std::move(db)), m_actor(std::move(actor)) { }

Result<ComplaintReview::Outcome> ComplaintReview::markReviewed(const QList<qint64> &complaintIds, const QString &note)
{
    Outcome outcome;
    if (complaintIds.isEmpty())
        return outcome;
    const QString text = note.trimmed();
    const QString by = m_actor.label();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    QSet<qint64> seen;
    for (const qint64 id : complaintIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        // Update first: on SQLite this takes the write lock before anything is read, and the
        // "reviewed = 0" condition makes a concurrent reviewer's mark win instead of being overwritten.
        auto updated = exec(m_db,
                            QStringLiteral("UPDATE complaints SET reviewed = 1, reviewed_by = ?, reviewed_at = ?, "
                                           "review_note = ? WHERE id = ? AND reviewed = 0 RETURNING email"),
                            {by, now, textOrNull(text), id});
        if (!updated)
            return Error{updated.error().kind,
                         QStringLiteral("cannot mark complaint %1 reviewed: %2").arg(id).arg(updated.errorText()),
                         updated.error().code};
        QSqlQuery row = std::move(updated).value();
        if (!row.next()) {
            row.finish();
            auto existing = exec(m_db, QStringLiteral("SELECT reviewed FROM complaints WHERE id = ?"), {id});
            if (!existing)
                return existing.error();
            QSqlQuery found = std::move(existing).value();
            if (!found.next())
                return Error::invalid(QStringLiteral("complaint %1 does not exist (deleted meanwhile?); nothing was "
                                                     "marked reviewed")
                                          .arg(id),
                                      QStringLiteral("not-found"));
            ++outcome.alreadyReviewed;
            continue;
        }
        const QString email = row.value(0).toString();
        row.finish();
        const QJsonObject before{{QStringLiteral("id"), id}, {QStringLiteral("reviewed"), false}};
        QJsonObject after{{QStringLiteral("id"), id},
                          {QStringLiteral("reviewed"), true},
                          {QStringLiteral("reviewed_by"), by},
                          {QStringLiteral("reviewed_at"), isoUtc(now)}};
        if (!text.isEmpty())
            after.insert(QStringLiteral("review_note"), text);
        if (auto audited = writeAudit(m_db, m_actor, QStringLiteral("complaint.review"), email.toLower(), before,
                                      after, text);
            !audited)
            return audited.error();
        ++outcome.reviewed;
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return outcome;
}

Result<qint64> ComplaintReview::unreviewedCount()
{
    auto query = exec(m_db, QStringLiteral("SELECT COUNT(*) FROM complaints WHERE reviewed = 0"));
    if (!query)
        return query.error();
    QSqlQuery q = std::move(query).value();
    if (!q.next())
        return Error::internal(QStringLiteral("cannot count unreviewed complaints"));
    return q.value(0).toLongLong();
}

Result<void> ComplaintReview::checkMayReview(const QSqlDatabase &db)
{
    return Database::checkWriteAccess(db, {{"complaints", "UPDATE"}, {"audit_log", "INSERT"}},
                                      QStringLiteral("mark complaints reviewed"));
}

} // namespace Bouncedesk::Model
