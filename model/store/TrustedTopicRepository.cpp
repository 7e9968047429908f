// Statements on trusted_topics.
#include "store/TrustedTopicRepository.h"

#include <QCoreApplication>

#include "store/Database.h"

namespace Bouncedesk::Model {

Result<QList<TrustedTopic>> TrustedTopicRepository::list()
{
    auto rows = Sql::rows<TrustedTopic>(m_db,
        QStringLiteral("SELECT topic_arn, account_id, region, trusted_by, trusted_at, "
                       "COALESCE(note, '') FROM trusted_topics ORDER BY topic_arn"),
        {}, [](const QSqlQuery &q) {
            return TrustedTopic { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString() };
        });
    if (!rows)
        return Error { rows.error().kind, QCoreApplication::translate("Store", "cannot read the trusted topics: %1").arg(rows.errorText()),
            rows.error().code };
    return rows;
}

Result<QStringList> TrustedTopicRepository::arns()
{
    return Sql::rows<QString>(m_db, QStringLiteral("SELECT topic_arn FROM trusted_topics"), {},
        [](const QSqlQuery &q) { return q.value(0).toString(); });
}

Result<bool> TrustedTopicRepository::contains(const QString &topicArn)
{
    auto found = Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM trusted_topics WHERE topic_arn = ?"), { topicArn });
    if (!found)
        return found.error();
    return !found->isNull();
}

Result<void> TrustedTopicRepository::add(const TrustedTopic &t)
{
    auto inserted = exec(m_db,
        QStringLiteral("INSERT INTO trusted_topics (topic_arn, account_id, region, trusted_by, "
                       "trusted_at, note) VALUES (?, ?, ?, ?, ?, ?)"),
        { t.topicArn, t.accountId, t.region, t.trustedBy, t.trustedAt, Sql::textOrNull(t.note) });
    if (!inserted) {
        if (inserted.error().code == u"duplicate")
            return Error::conflict(
                QCoreApplication::translate("Store", "%1 is already trusted").arg(t.topicArn), QStringLiteral("already-trusted"));
        return inserted.error();
    }
    return {};
}

Result<qint64> TrustedTopicRepository::remove(const QString &topicArn)
{
    return Sql::affected(m_db, QStringLiteral("DELETE FROM trusted_topics WHERE topic_arn = ?"), { topicArn });
}

} // namespace Bouncedesk::Model
