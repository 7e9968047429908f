// Statements on complaints: ingest inserts, the review queue, history.
#include "store/ComplaintRepository.h"

#include <QCoreApplication>

#include "core/Time.h"
#include "store/Database.h"

namespace Bouncedesk::Model {

ComplaintRepository::ComplaintRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

ComplaintRepository::~ComplaintRepository() = default;

Result<qint64> ComplaintRepository::insert(const NewComplaint &c)
{
    if (!m_insert)
        m_insert = std::make_unique<Sql::Statement>(m_db,
            Sql::Statement::insertSql(m_db,
                QStringLiteral("INSERT INTO complaints (message_ref, email, feedback_type, "
                               "complaint_subtype, user_agent, arrival_at, feedback_id, ses_message_id, "
                               "source, source_arn, topic_arn, event_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    using Sql::textOrNull;
    auto id = m_insert->insert({ c.messageRef, c.email, textOrNull(c.feedbackType), textOrNull(c.subType),
        textOrNull(c.userAgent), Time::msOrNull(c.arrivalAt), textOrNull(c.feedbackId), textOrNull(c.sesMessageId),
        textOrNull(c.source), textOrNull(c.sourceArn), c.topicArn, c.eventAt });
    if (!id)
        return id.error();
    return id->value_or(0);
}

Result<QList<ComplaintRow>> ComplaintRepository::page(Filter filter, int limit, int offset, const FeedbackScope &scope)
{
    QStringList conditions;
    QVariantList values;
    if (filter == Filter::Unreviewed)
        conditions << QStringLiteral("reviewed = 0");
    else if (filter == Filter::Reviewed)
        conditions << QStringLiteral("reviewed = 1");
    appendScope(scope, QLatin1StringView("complaints"), conditions, values);
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    values << limit << offset;
    auto read = Sql::rows<ComplaintRow>(m_db,
        QStringLiteral("SELECT id, message_ref, email, feedback_type, complaint_subtype, user_agent, event_at, "
                       "arrival_at, reviewed, reviewed_by, reviewed_at, review_note FROM complaints")
            + where + QStringLiteral(" ORDER BY reviewed, event_at DESC, id DESC LIMIT ? OFFSET ?"),
        values, [](const QSqlQuery &q) {
            ComplaintRow r;
            r.id = q.value(0).toLongLong();
            r.messageRef = q.value(1).toLongLong();
            r.email = q.value(2).toString();
            r.feedbackType = q.value(3).toString();
            r.subType = q.value(4).toString();
            r.userAgent = q.value(5).toString();
            r.eventAt = q.value(6).toLongLong();
            r.arrivalAt = q.value(7).toLongLong();
            r.reviewed = q.value(8).toInt() != 0;
            r.reviewedBy = q.value(9).toString();
            r.reviewedAt = q.value(10).toLongLong();
            r.reviewNote = q.value(11).toString();
            return r;
        });
    if (!read)
        return Error { read.error().kind, QCoreApplication::translate("Store", "cannot read the complaints: %1").arg(read.errorText()),
            read.error().code };
    return read;
}

Result<std::optional<QString>> ComplaintRepository::markReviewed(
    qint64 id, const QString &by, qint64 at, const QString &note)
{
    auto updated = exec(m_db,
        QStringLiteral("UPDATE complaints SET reviewed = 1, reviewed_by = ?, reviewed_at = ?, "
                       "review_note = ? WHERE id = ? AND reviewed = 0 RETURNING email"),
        { by, at, Sql::textOrNull(note), id });
    if (!updated)
        return updated.error();
    QSqlQuery row = std::move(updated).value();
    if (!row.next())
        return std::optional<QString>();
    const QString email = row.value(0).toString();
    row.finish();
    return std::optional<QString>(email);
}

Result<bool> ComplaintRepository::exists(qint64 id)
{
    auto found = Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM complaints WHERE id = ?"), { id });
    if (!found)
        return found.error();
    return !found->isNull();
}

Result<qint64> ComplaintRepository::unreviewedCount()
{
    auto n = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM complaints WHERE reviewed = 0"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<QDateTime> ComplaintRepository::oldestUnreviewed()
{
    auto at = Sql::scalar(m_db, QStringLiteral("SELECT MIN(event_at) FROM complaints WHERE reviewed = 0"));
    if (!at)
        return at.error();
    return Time::fromMs(*at);
}

Result<QList<AddressEvent>> ComplaintRepository::forAddress(const QString &email, int limit)
{
    return Sql::rows<AddressEvent>(m_db,
        QStringLiteral("SELECT event_at, message_ref, feedback_type, complaint_subtype, "
                       "user_agent, source FROM complaints WHERE lower(email) = ? "
                       "ORDER BY event_at DESC LIMIT ?"),
        { email, limit }, [](const QSqlQuery &q) {
            AddressEvent e;
            e.kind = AddressEvent::Kind::Complaint;
            e.at = q.value(0).toLongLong();
            e.messageRef = q.value(1).toLongLong();
            e.type = q.value(2).toString();
            e.subType = q.value(3).toString();
            e.userAgent = q.value(4).toString();
            e.source = q.value(5).toString();
            return e;
        });
}

} // namespace Bouncedesk::Model
