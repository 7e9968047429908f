// Building ingest items for SES messages that did not come through SNS.
#include "ingest/IngestItem.h"

#include "core/Time.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace Bouncedesk::Model {

IngestItem IngestItem::fromSesMessage(const QString &sesMessage, const QString &topicArn, const QDateTime &at,
                                      const QString &signatureVersion, const QString &signingCertUrl,
                                      const QString &messageId)
{
    IngestItem item;
    Sns::Envelope &e = item.envelope;
    e.type = Sns::Envelope::Type::Notification;
    e.typeName = QStringLiteral("Notification");
    e.messageId = messageId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : messageId;
    e.topicArn = topicArn;
    e.message = sesMessage.toUtf8();
    e.timestampUtc = at.toUTC();
    e.timestamp = Time::isoUtcMs(e.timestampUtc);
    e.signatureVersion = signatureVersion;
    e.signingCertUrl = signingCertUrl;
    item.rawBody = QJsonDocument(QJsonObject{{QStringLiteral("Type"), e.typeName},
                                             {QStringLiteral("MessageId"), e.messageId},
                                             {QStringLiteral("TopicArn"), e.topicArn},
                                             {QStringLiteral("Message"), sesMessage},
                                             {QStringLiteral("Timestamp"), e.timestamp},
                                             {QStringLiteral("SignatureVersion"), signatureVersion}})
                       .toJson(QJsonDocument::Compact);
    item.receivedAt = at.toMSecsSinceEpoch();
    item.ses = Ses::parseSesMessage(sesMessage);
    return item;
}

} // namespace Bouncedesk::Model
