// SubscriptionRepository: SNS subscription requests and where each stands.
#pragma once

#include "core/Result.h"
#include "core/SubscriptionState.h"
#include "store/Sql.h"

#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace Bouncedesk::Model {

struct SubscriptionRow {
    QString messageId;
    QString topicArn;
    SubscriptionState state = SubscriptionState::Pending;
    QString lastError;
    qint64 updatedAt = 0;
};

class SubscriptionRepository final {
public:
    explicit SubscriptionRepository(QSqlDatabase db);
    ~SubscriptionRepository();
    Q_DISABLE_COPY_MOVE(SubscriptionRepository)

    Result<void> insert(const QString &topicArn, const QString &messageId, SubscriptionState state,
                        const QString &subscribeUrl, const QString &token, qint64 now);
    Result<void> setState(const QString &messageId, SubscriptionState state, const QString &error, qint64 now);
    struct Confirmable {
        QString topicArn;
        QString token;
    };
    // A request a person may confirm (pending or failed), with what confirming needs.
    Result<std::optional<Confirmable>> confirmable(const QString &messageId);
    struct Request {
        QString messageId;
        QString topicArn;
        QString token;
    };
    // Requests still pending, oldest first: a listener confirms those whose topic became trusted.
    Result<QList<Request>> pending(int limit);
    // Most recently changed first.
    Result<QList<SubscriptionRow>> list(int limit);

private:
    QSqlDatabase m_db;
    std::unique_ptr<Sql::Statement> m_insert;
};

} // namespace Bouncedesk::Model
