// Statements on subscriptions.
#include "store/SubscriptionRepository.h"

#include "store/Database.h"

namespace Bouncedesk::Model {

SubscriptionRepository::SubscriptionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

SubscriptionRepository::~SubscriptionRepository() = default;

Result<void> SubscriptionRepository::insert(const QString &topicArn, const QString &messageId, SubscriptionState state,
    const QString &subscribeUrl, const QString &token, qint64 now)
{
    if (!m_insert)
        m_insert = std::make_unique<Sql::Statement>(m_db,
            QStringLiteral("INSERT INTO subscriptions (topic_arn, message_id, state, subscribe_url, token, "
                           "first_seen_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    auto ran = m_insert->run({ topicArn, messageId, subscriptionStateText(state), subscribeUrl, token, now, now });
    if (!ran)
        return ran.error();
    return {};
}

Result<void> SubscriptionRepository::setState(
    const QString &messageId, SubscriptionState state, const QString &error, qint64 now)
{
    auto updated = exec(m_db,
        QStringLiteral("UPDATE subscriptions SET state = ?, last_error = ?, updated_at = ? "
                       "WHERE message_id = ?"),
        { subscriptionStateText(state), Sql::textOrNull(error), now, messageId });
    if (!updated)
        return updated.error();
    return {};
}

Result<std::optional<SubscriptionRepository::Confirmable>> SubscriptionRepository::confirmable(const QString &messageId)
{
    auto row = exec(m_db,
        QStringLiteral("SELECT topic_arn, token FROM subscriptions WHERE message_id = ? AND state IN (?, ?)"),
        { messageId, subscriptionStateText(SubscriptionState::Pending),
            subscriptionStateText(SubscriptionState::Failed) });
    if (!row)
        return row.error();
    QSqlQuery q = std::move(row).value();
    if (!q.next())
        return std::optional<Confirmable>();
    return std::optional<Confirmable>(Confirmable { q.value(0).toString(), q.value(1).toString() });
}

Result<QList<SubscriptionRepository::Request>> SubscriptionRepository::pending(int limit)
{
    return Sql::rows<Request>(m_db,
        QStringLiteral("SELECT message_id, topic_arn, COALESCE(token, '') FROM subscriptions "
                       "WHERE state = ? ORDER BY first_seen_at LIMIT ?"),
        { subscriptionStateText(SubscriptionState::Pending), limit }, [](const QSqlQuery &q) {
            return Request { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() };
        });
}

Result<QList<SubscriptionRow>> SubscriptionRepository::list(int limit)
{
    return Sql::rows<SubscriptionRow>(m_db,
        QStringLiteral("SELECT message_id, topic_arn, state, COALESCE(last_error, ''), updated_at "
                       "FROM subscriptions ORDER BY updated_at DESC LIMIT ?"),
        { limit }, [](const QSqlQuery &q) {
            return SubscriptionRow { q.value(0).toString(), q.value(1).toString(),
                subscriptionStateFrom(q.value(2).toString()).value_or(SubscriptionState::Failed), q.value(3).toString(),
                q.value(4).toLongLong() };
        });
}

} // namespace Bouncedesk::Model
