// TrustedTopicRepository: the SNS topics an admin trusts (trusted_topics), shared by every listener and console.
#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Bouncedesk::Model {

struct TrustedTopic {
    QString topicArn;
    QString accountId;
    QString region;
    QString trustedBy;
    qint64 trustedAt = 0;
    QString note;
};

class TrustedTopicRepository final {
public:
    explicit TrustedTopicRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    Result<QList<TrustedTopic>> list();
    Result<QStringList> arns();
    Result<bool> contains(const QString &topicArn);
    // Conflict "already-trusted" when the topic is trusted already.
    Result<void> add(const TrustedTopic &topic);
    // Rows removed (0 when it was not trusted).
    Result<qint64> remove(const QString &topicArn);

private:
    QSqlDatabase m_db;
};

} // namespace Bouncedesk::Model
