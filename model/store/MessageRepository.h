// MessageRepository: the sns_messages table, every SNS message stored as it arrived.
#pragma once

#include "core/EnumText.h"
#include "core/Result.h"
#include "store/Sql.h"

#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <vector>

namespace Bouncedesk::Model {

// What a stored message holds (sns_messages.content_kind).
enum class MessageContent { Ses, SesSubscription, NotSes, Subscription };

inline constexpr EnumText<MessageContent, 4> kMessageContentText{{{
    {MessageContent::Ses, u"ses"},
    {MessageContent::SesSubscription, u"ses-subscription"},
    {MessageContent::NotSes, u"not-ses"},
    {MessageContent::Subscription, u"subscription"},
}}};

struct NewMessage {
    QString messageId;
    QString type; // the envelope's Type as received
    QString topicArn;
    std::optional<QString> subject;
    QString signatureVersion;
    QString signingCertUrl;
    qint64 snsTimestamp = 0;
    qint64 receivedAt = 0;
    MessageContent content = MessageContent::NotSes;
    QString eventType; // SES event name for Ses content
    QString parseNote;
    QString foreignSendingAccount; // mail.sendingAccountId when it is not the topic's account
    QByteArray rawBody;
};

// One row of the notifications list.
struct MessageSummary {
    qint64 id = 0;
    qint64 receivedAt = 0;
    QString type;
    MessageContent content = MessageContent::NotSes;
    QString eventType;
    QString signatureVersion;
    QString topicArn;
    QString messageId;
    QString note; // parse note, else the subject
    QString foreignSendingAccount;
};

struct MessageFilter {
    enum class Show { All, SesEvents, NotSes, Subscriptions };
    Show show = Show::All;
    QString search; // an exact MessageId or TopicArn
    qint64 onlyId = 0; // > 0: just this message
};

class MessageRepository final {
public:
    explicit MessageRepository(QSqlDatabase db);
    ~MessageRepository();
    Q_DISABLE_COPY_MOVE(MessageRepository)

    // The new row's id, or nothing when the MessageId is already stored (a duplicate delivery).
    Result<std::optional<qint64>> insert(const NewMessage &message);
    // PostgreSQL: insert() for a whole batch in one statement, messages in the order their rows are to
    // be locked (MessageId). An id per message; nothing for one already stored, or for a later copy of
    // a MessageId the batch holds twice.
    Result<std::vector<std::optional<qint64>>> insertMany(const std::vector<NewMessage> &messages);
    // The body as SNS delivered it; nothing when the message is no longer stored.
    Result<std::optional<QString>> rawBody(qint64 id);
    // Newest first.
    Result<QList<MessageSummary>> list(const MessageFilter &filter, int limit, int offset);

    // Retention: messages received before `before` that nothing still needs (no complaint under
    // review, not the evidence of an active suppression). Event rows go with them (ON DELETE CASCADE).
    Result<qint64> countEventsOfStale(qint64 before);
    Result<qint64> removeStale(qint64 before);

private:
    QSqlDatabase m_db;
    std::unique_ptr<Sql::Statement> m_insert, m_insertMany;
};

} // namespace Bouncedesk::Model
