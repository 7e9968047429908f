// TopicTrust: admins trusting an SNS topic (or removing trust), audited; shared through the database.
#pragma once

#include "core/Result.h"
#include "store/AuditLog.h"
#include "store/TrustedTopicRepository.h"

#include <QSqlDatabase>

namespace Bouncedesk::Model {

class TopicTrust final {
public:
    TopicTrust(QSqlDatabase db, Actor actor);

    // topicArn must be a valid SNS topic ARN; Conflict "already-trusted" if it is trusted already.
    // Writes an audit row ("topic.trust") in the same transaction.
    Result<TrustedTopic> trust(const QString &topicArn, const QString &note);
    // Notifications from the topic are refused again (within a listener's refresh period, seconds).
    // Audited ("topic.untrust"); Invalid "not-trusted" if it was not trusted.
    Result<void> untrust(const QString &topicArn, const QString &why);
    Result<QList<TrustedTopic>> list();

    // Whether this connection may change trust (writable database, grants on trusted_topics and audit_log).
    static Result<void> checkMay(const QSqlDatabase &db);

private:
    QSqlDatabase m_db;
    Actor m_actor;
};

} // namespace Bouncedesk::Model
