// QueuePuller: feedback from an SQS queue subscribed to the SNS topic, for hosts SNS cannot reach.
// Each message is verified by the same SnsIntake as POST /sns, stored, and deleted from the queue
// only after its commit; a refused one stays, so the queue's redrive policy moves it to a DLQ.
#pragma once

#include "aws/AwsConfig.h"
#include "core/Result.h"
#include "listener/ListenerMetrics.h"
#include "listener/ListenerSettings.h"
#include "store/DatabaseUrl.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace Bouncedesk::Model {

namespace Aws {
    class AwsClient;
    class SqsQueue;
    struct SqsMessage;
} // namespace Aws

class IngestWriter;
class SnsIntake;

struct PullerSettings {
    QString queueUrl;
    // The queue's SNS subscription has raw message delivery on: bodies are bare SES JSON without a
    // signature. Only when the operator says so; such messages are stored marked "unsigned".
    bool rawDelivery = false;
    bool once = false; // stop when a receive comes back empty
    int waitSeconds = 20; // long polling
    int visibilityTimeout = -1; // -1: the queue's own
    int maxMessages = 10;
    int retryDelayMs = 5000; // first wait after a failed receive; doubles up to a minute
};

class QueuePuller final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuePuller)

public:
    QueuePuller(DatabaseUrl url, ListenerSettings settings, Aws::Account account, PullerSettings puller,
        QObject *parent = nullptr);
    ~QueuePuller() override;

    // Opens the database, loads certificates and trust, and starts receiving.
    Result<void> start();
    // No new receive; the batch in hand is stored and deleted first, then finished() is emitted.
    void stop();

    const ListenerMetrics &metrics() const { return m_metrics; }
    const PullerSettings &settings() const { return m_puller; }
    Aws::AwsClient *client() const { return m_client; }
    // Messages deleted from the queue after being stored (or found already stored).
    qint64 deleted() const { return m_deleted; }

signals:
    void messageStored(const QString &messageType, const QString &eventType);
    void messageRefused(const QString &reason, const QString &detail);
    void batchDone(int received);
    // With once, after the first empty receive; after stop(); or on an error a retry cannot cure
    // (credentials, permissions, a wrong queue URL). error is empty when all went well.
    void finished(const QString &error);

private:
    struct Batch;
    void receive();
    void handle(const std::shared_ptr<Batch> &batch, const Aws::SqsMessage &message);
    void settle(const std::shared_ptr<Batch> &batch);
    void receiveFailed(const Error &error);

    DatabaseUrl m_url;
    ListenerSettings m_settings;
    PullerSettings m_puller;
    Aws::AwsClient *m_client = nullptr;
    std::unique_ptr<Aws::SqsQueue> m_queue;
    SnsIntake *m_intake = nullptr;
    std::unique_ptr<IngestWriter> m_writer;
    ListenerMetrics m_metrics;
    bool m_stopping = false;
    bool m_busy = false;
    int m_retryDelayMs = 0;
    std::atomic<qint64> m_deleted = 0; // read by the console thread
};

} // namespace Bouncedesk::Model
