// SqsQueue: receive and delete messages of one SQS queue (AWS JSON 1.0 protocol).
#pragma once

#include "aws/AwsClient.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>

namespace Bouncedesk::Model::Aws {

struct SqsMessage {
    QString messageId; // SQS's own id (not the SNS MessageId inside the body)
    QString receiptHandle;
    QByteArray body;
    int receiveCount = 0; // ApproximateReceiveCount
    QDateTime sentAt;
};

struct ReceiveOptions {
    int maxMessages = 10; // 1..10
    int waitSeconds = 20; // long polling, 0..20
    int visibilityTimeout = -1; // -1: the queue's own
};

class SqsQueue final {
public:
    // The queue URL names the region (https://sqs.<region>.amazonaws.com/<account>/<name>); requests
    // go to the account's SQS endpoint (or its override) and are signed for that region.
    SqsQueue(AwsClient *client, const QString &queueUrl);

    const QString &url() const { return m_url; }
    const QString &region() const { return m_region; }
    // Checks the URL's shape; an error says what is wrong with it.
    static Result<void> checkUrl(const QString &queueUrl);

    // Messages whose body does not match its MD5OfBody are left out (and left in the queue).
    QFuture<Result<QList<SqsMessage>>> receive(const ReceiveOptions &options) const;
    // DeleteMessageBatch in groups of 10. The value: receipt handles SQS did not delete (each is
    // received again after its visibility timeout), empty when all went.
    QFuture<Result<QStringList>> remove(const QStringList &receiptHandles) const;

private:
    AwsCall jsonCall(const char *action, const QJsonObject &body, int timeoutMs = 30000) const;

    AwsClient *m_client;
    QString m_url;
    QString m_region;
};

} // namespace Bouncedesk::Model::Aws
