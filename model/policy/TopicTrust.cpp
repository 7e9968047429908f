// Trusting SNS topics by hand: validated, audited, one transaction per change.
#include "policy/TopicTrust.h"

#include "core/Time.h"
#include "sns/TopicArn.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <QJsonObject>

namespace Bouncedesk::Model {

namespace {
QJsonObject toJson(const TrustedTopic &t)
{
    QJsonObject o{{QStringLiteral("topic_arn"), t.topicArn},
                  {QStringLiteral("account_id"), t.accountId},
                  {QStringLiteral("region"), t.region},
                  {QStringLiteral("trusted_by"), t.trustedBy},
                  {QStringLiteral("trusted_at"), Time::isoUtcMs(t.trustedAt)}};
    if (!t.note.isEmpty())
        o.insert(QStringLiteral("note"), t.note);
    return o;
}
} // namespace

TopicTrust::TopicTrust(QSqlDatabase db, Actor actor) : m_db(std::move(db)), m_actor(std::move(actor)) { }

Result<TrustedTopic> TopicTrust::trust(const QString &rawArn, const QString &note)
{
    auto arn = Sns::TopicArn::parse(rawArn.trimmed());
    if (!arn)
        return arn.error();
    TrustedTopic t{arn->toString(), arn->account, arn->region, m_actor.label(), QDateTime::currentMSecsSinceEpoch(),
                   note.trimmed()};
    Transaction tx(m_db, Transaction::Mode::Write);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (auto added = TrustedTopicRepository(m_db).add(t); !added)
        return added.error();
    if (auto audited = writeAudit(m_db, m_actor, QStringLiteral("topic.trust"), t.topicArn, {}, toJson(t), t.note);
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return t;
}

Result<void> TopicTrust::untrust(const QString &rawArn, const QString &rawWhy)
{
    const QString arn = rawArn.trimmed();
    const QString why = rawWhy.trimmed();
    if (why.isEmpty())
        return Error::invalid(QCoreApplication::translate("Policy", "say why %1 is no longer trusted")
                                  .arg(arn), QStringLiteral("reason"));
    Transaction tx(m_db, Transaction::Mode::Write);
    if (auto begun = tx.begin(); !begun)
        return begun;
    TrustedTopicRepository topics(m_db);
    auto all = topics.list();
    if (!all)
        return all.error();
    const auto it = std::find_if(all->cbegin(), all->cend(), [&arn](const TrustedTopic &t) { return t.topicArn == arn; });
    if (it == all->cend())
        return Error::invalid(QCoreApplication::translate("Policy", "%1 is not trusted")
                                  .arg(arn), QStringLiteral("not-trusted"));
    const TrustedTopic before = *it;
    auto removed = topics.remove(arn);
    if (!removed)
        return removed.error();
    if (auto audited = writeAudit(m_db, m_actor, QStringLiteral("topic.untrust"), arn, toJson(before), {}, why); !audited)
        return audited;
    return tx.commit();
}

Result<QList<TrustedTopic>> TopicTrust::list()
{
    return TrustedTopicRepository(m_db).list();
}

Result<void> TopicTrust::checkMay(const QSqlDatabase &db)
{
    return Database::checkMay(db, Database::WriteAction::TrustTopics);
}

} // namespace Bouncedesk::Model
