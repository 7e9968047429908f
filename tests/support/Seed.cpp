// SES events stored for tests.
#include "Seed.h"

#include "SesMessages.h"

#include <QDebug>
#include <QJsonDocument>
#include <QJsonObject>

namespace Bouncedesk::Test {

Model::IngestItem sesItem(const QString &sesMessage, const QDateTime &receivedAt, const QString &messageId)
{
    return Model::IngestItem::fromSesMessage(sesMessage, QStringLiteral("arn:aws:sns:us-east-1:123456789012:t"),
                                             receivedAt, QStringLiteral("2"),
                                             QStringLiteral("https://sns.us-east-1.amazonaws.com/x.pem"), messageId);
}

Model::Result<Model::IngestReply> store(Model::IngestWriter &writer, Model::IngestItem item)
{
    auto future = writer.submit(std::move(item));
    future.waitForFinished();
    return future.result();
}

Model::Result<Model::IngestReply> storeSes(Model::IngestWriter &writer, const QString &sesMessage,
                                           const QDateTime &receivedAt)
{
    return store(writer, sesItem(sesMessage, receivedAt));
}

qint64 storeComplaint(Model::IngestWriter &writer, const QString &email)
{
    Model::IngestItem item = sesItem(Ses::complaint({email}, QStringLiteral("abuse")));
    item.envelope.topicArn = QStringLiteral("arn:aws:sns:us-east-1:123456789012:ses-complaints");
    const Model::Result<Model::IngestReply> reply = store(writer, std::move(item));
    if (!reply) {
        qWarning() << reply.errorText();
        return -1;
    }
    return reply->messageRef;
}

QString eventAt(const QString &sesMessage, const QDateTime &when)
{
    QJsonObject o = QJsonDocument::fromJson(sesMessage.toUtf8()).object();
    const QString iso = when.toString(Qt::ISODateWithMs);
    QJsonObject mail = o.value(QStringLiteral("mail")).toObject();
    mail.insert(QStringLiteral("timestamp"), iso);
    o.insert(QStringLiteral("mail"), mail);
    for (const QString &key : {QStringLiteral("bounce"), QStringLiteral("complaint"), QStringLiteral("delivery"),
                               QStringLiteral("deliveryDelay")}) {
        if (!o.contains(key))
            continue;
        QJsonObject event = o.value(key).toObject();
        event.insert(QStringLiteral("timestamp"), iso);
        o.insert(key, event);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace Bouncedesk::Test
