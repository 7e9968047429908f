// The write path of the listener: one transaction per batch of concurrent requests (group commit).
#include "store/IngestWriter.h"

#include "policy/AddressPolicy.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QPromise>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <deque>

Q_LOGGING_CATEGORY(lcIngest, "bouncedesk.ingest")

namespace Bouncedesk::Model {

namespace {
constexpr qsizetype kMaxBatch = 1000;
constexpr qint64 kHourMs = 3600LL * 1000;

struct Pending {
    IngestItem item;
    std::shared_ptr<QPromise<Result<IngestReply>>> promise;
};

qint64 msOrZero(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// Per-hour counters for one event, added to rate_hourly in the same transaction.
struct RollupDelta {
    int sends = 0, deliveries = 0, bounces = 0, hard = 0, soft = 0, suppressedList = 0, complaints = 0;
    bool empty() const { return !(sends || deliveries || bounces || hard || soft || suppressedList || complaints); }
};
} // namespace

class IngestWriterWorker final : public QObject {
    Q_OBJECT

public:
    IngestWriterWorker(DatabaseUrl url, PolicySettings settings) : m_url(std::move(url)), m_settings(settings) { }

    void enqueue(Pending pending)
    {
        QMutexLocker lock(&m_mutex);
        m_queue.push_back(std::move(pending));
        if (m_scheduled)
            return;
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &IngestWriterWorker::drain, Qt::QueuedConnection);
    }

    void setSettings(PolicySettings settings)
    {
        QMutexLocker lock(&m_mutex);
        m_pendingSettings = settings;
        m_settingsChanged = true;
    }

    void drain()
    {
        for (;;) {
            std::vector<Pending> batch;
            {
                QMutexLocker lock(&m_mutex);
                if (m_settingsChanged) {
                    m_settings = m_pendingSettings;
                    m_settingsChanged = false;
                    m_policy.reset();
                }
                while (!m_queue.empty() && qsizetype(batch.size()) < kMaxBatch) {
                    batch.push_back(std::move(m_queue.front()));
                    m_queue.pop_front();
                }
                if (batch.empty()) {
                    m_scheduled = false;
                    return;
                }
            }
            writeBatch(batch);
        }
    }

    void shutdown()
    {
        drain();
        m_policy.reset();
        m_queries.reset();
        Database::closeConnection(m_url);
    }

private:
    struct Queries {
        explicit Queries(const QSqlDatabase &db)
            : message(db), bounce(db), complaint(db), delivery(db), send(db), delay(db), other(db), rollup(db),
              subscription(db), unsubscribe(db)
        {
        }
        QSqlQuery message, bounce, complaint, delivery, send, delay, other, rollup, subscription, unsubscribe;
    };

    Result<QSqlDatabase> connection()
    {
        auto db = Database::connection(m_url);
        if (!db) {
            m_queries.reset();
            m_policy.reset();
            return db;
        }
        if (!m_queries) {
            m_queries = std::make_unique<Queries>(*db);
            m_policy = std::make_unique<AddressPolicy>(*db, m_settings);
        }
        if (!m_policy)
            m_policy = std::make_unique<AddressPolicy>(*db, m_settings);
        return db;
    }

    void dropConnection()
    {
        m_policy.reset();
        m_queries.reset();
        Database::closeConnection(m_url);
    }

    static Result<void> run(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values)
    {
        if (query.lastQuery() != sql && !query.prepare(sql))
            return Database::toError(query.lastError(), QStringLiteral("cannot prepare"));
        for (const QVariant &v : values)
            query.addBindValue(v);
        if (!query.exec())
            return Database::toError(query.lastError(), QStringLiteral("cannot store"));
        return {};
    }

    // Inserts one row and returns its id, or nothing when ON CONFLICT skipped it. SQLite buffers
    // RETURNING rows in an ephemeral table (a new page cache per statement, measurably slow at
    // thousands of rows a second), so there the id comes from last_insert_rowid() instead.
    Result<std::optional<qint64>> insertReturningId(QSqlQuery &query, const QString &sql,
                                                   std::initializer_list<QVariant> values)
    {
        const bool sqlite = m_url.isSqlite();
        if (auto done = run(query, sqlite ? sql : QString(sql + QStringLiteral(" RETURNING id")), values); !done)
            return done.error();
        std::optional<qint64> id;
        if (sqlite) {
            if (query.numRowsAffected() > 0)
                id = query.lastInsertId().toLongLong();
        } else if (query.next()) {
            id = query.value(0).toLongLong();
        }
        query.finish();
        return id;
    }

    void writeBatch(std::vector<Pending> &batch)
    {
        auto db = connection();
        if (!db) {
            failAll(batch, db.error());
            return;
        }
        std::vector<Result<IngestReply>> replies;
        replies.reserve(batch.size());
        {
            Transaction tx(*db);
            Result<void> ok = tx.begin();
            for (size_t i = 0; ok && i < batch.size(); ++i) {
                auto reply = writeItem(*db, batch[i].item, /*derive=*/true);
                if (!reply)
                    ok = reply.error();
                else
                    replies.push_back(*reply);
            }
            if (ok)
                ok = tx.commit();
            if (ok) {
                finish(batch, replies);
                return;
            }
            if (ok.error().kind == Error::Kind::Unavailable) {
                qCWarning(lcIngest) << "database unavailable, answering 503:" << ok.errorText();
                failAll(batch, ok.error());
                dropConnection();
                return;
            }
            qCWarning(lcIngest) << "batch failed, retrying one by one:" << ok.errorText();
        }
        // Isolate the message that broke the batch: each alone, and if its derived rows cannot be
        // stored, keep the message itself (marked not understood) rather than lose it.
        replies.clear();
        for (Pending &pending : batch) {
            Result<IngestReply> reply = writeAlone(*db, pending.item, true);
            if (!reply && reply.error().kind != Error::Kind::Unavailable) {
                qCWarning(lcIngest) << "storing derived rows failed for" << pending.item.envelope.messageId << ":"
                                    << reply.errorText();
                pending.item.ses.kind = Ses::ParseOutcome::Kind::NotSes;
                pending.item.ses.note = QStringLiteral("could not store the events: ") + reply.errorText();
                reply = writeAlone(*db, pending.item, false);
                if (reply)
                    reply.value().fellBack = true;
            }
            replies.push_back(reply);
        }
        finish(batch, replies);
    }

    Result<IngestReply> writeAlone(const QSqlDatabase &db, const IngestItem &item, bool derive)
    {
        Transaction tx(db);
        if (auto b = tx.begin(); !b)
            return b.error();
        auto reply = writeItem(db, item, derive);
        if (!reply)
            return reply;
        if (auto c = tx.commit(); !c)
            return c.error();
        return reply;
    }

    void finish(std::vector<Pending> &batch, const std::vector<Result<IngestReply>> &replies)
    {
        for (size_t i = 0; i < batch.size(); ++i) {
            batch[i].promise->addResult(replies[i]);
            batch[i].promise->finish();
        }
    }

    static void failAll(std::vector<Pending> &batch, const Error &error)
    {
        for (Pending &p : batch) {
            p.promise->addResult(Result<IngestReply>(error));
            p.promise->finish();
        }
    }

    Result<IngestReply> writeItem(const QSqlDatabase &db, const IngestItem &item, bool derive);
    Result<void> writeEvent(const Ses::SesEvent &event, qint64 ref, const QString &topic);
    Result<void> addRollup(qint64 at, const QString &source, const QString &topic, const RollupDelta &d);

    DatabaseUrl m_url;
    PolicySettings m_settings;
    PolicySettings m_pendingSettings;
    bool m_settingsChanged = false;
    QMutex m_mutex;
    std::deque<Pending> m_queue;
    bool m_scheduled = false;
    std::unique_ptr<Queries> m_queries;
    std::unique_ptr<AddressPolicy> m_policy;
};

Result<IngestReply> IngestWriterWorker::writeItem(const QSqlDatabase &db, const IngestItem &item, bool derive)
{
    Q_UNUSED(db);
    const Sns::Envelope &env = item.envelope;
    QString contentKind = QStringLiteral("subscription");
    QVariant eventType;
    QVariant note;
    const bool isNotification = env.type == Sns::Envelope::Type::Notification;
    if (isNotification) {
        const bool ses = derive && item.ses.kind == Ses::ParseOutcome::Kind::Ses && item.ses.event;
        if (ses) {
            eventType = Ses::eventKindName(item.ses.event->kind);
            contentKind = item.ses.event->kind == Ses::EventKind::SubscriptionSucceeded
                ? QStringLiteral("ses-subscription")
                : QStringLiteral("ses");
        } else {
            contentKind = QStringLiteral("not-ses");
            note = textOrNull(item.ses.note);
        }
    }
    auto inserted = insertReturningId(
        m_queries->message,
        QStringLiteral("INSERT INTO sns_messages (message_id, type, topic_arn, subject, signature_version, "
                       "signing_cert_url, sns_timestamp, received_at, content_kind, event_type, parse_note, raw_body) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING"),
        {env.messageId, env.typeName, env.topicArn, env.subject ? QVariant(*env.subject) : QVariant(),
         env.signatureVersion, env.signingCertUrl, msOrZero(env.timestampUtc), item.receivedAt, contentKind, eventType,
         note, QString::fromUtf8(item.rawBody)});
    if (!inserted)
        return inserted.error();
    if (!inserted->has_value())
        return IngestReply{IngestReply::Status::Duplicate, 0, false};
    const qint64 ref = **inserted;

    if (env.type != Sns::Envelope::Type::Notification) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto sub = run(m_queries->subscription,
                       QStringLiteral("INSERT INTO subscriptions (topic_arn, message_id, state, subscribe_url, token, "
                                      "first_seen_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {env.topicArn, env.messageId, item.subscriptionState, env.subscribeUrl, env.token, now, now});
        if (!sub)
            return sub.error();
        return IngestReply{IngestReply::Status::Stored, ref, false};
    }
    if (contentKind == u"ses") {
        if (auto written = writeEvent(*item.ses.event, ref, env.topicArn); !written)
            return written.error();
    }
    return IngestReply{IngestReply::Status::Stored, ref, false};
}

Result<void> IngestWriterWorker::writeEvent(const Ses::SesEvent &e, qint64 ref, const QString &topic)
{
    using Ses::EventKind;
    const qint64 at = msOrZero(e.eventTimestamp.isValid() ? e.eventTimestamp : e.mailTimestamp);
    const QVariant mailAt = e.mailTimestamp.isValid() ? QVariant(msOrZero(e.mailTimestamp)) : QVariant();
    RollupDelta delta;
    for (const Ses::Recipient &r : e.recipients) {
        Result<void> done;
        switch (e.kind) {
        case EventKind::Bounce: {
            const bool accountList = e.bounceSubType == u"OnAccountSuppressionList";
            auto id = insertReturningId(m_queries->bounce,
                       QStringLiteral("INSERT INTO bounces (message_ref, email, bounce_type, bounce_subtype, action, "
                                      "status, diagnostic_code, reporting_mta, remote_mta_ip, feedback_id, "
                                      "ses_message_id, source, source_arn, topic_arn, event_at, mail_at, "
                                      "counts_for_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {ref, r.email, e.bounceType, textOrNull(e.bounceSubType), textOrNull(r.action),
                        textOrNull(r.status), textOrNull(r.diagnosticCode), textOrNull(e.reportingMta),
                        textOrNull(e.remoteMtaIp), textOrNull(e.feedbackId), textOrNull(e.sesMessageId),
                        textOrNull(e.source), textOrNull(e.sourceArn), topic, at, mailAt, accountList ? 0 : 1});
            done = id ? m_policy->onBounce(r.email, e.bounceType, e.bounceSubType, EventRef{"bounces", id->value_or(0), at})
                      : Result<void>(id.error());
            if (accountList)
                delta.suppressedList += 1;
            else
                delta.bounces += 1;
            if (!accountList && e.bounceType == u"Permanent")
                delta.hard += 1;
            if (!accountList && e.bounceType == u"Transient")
                delta.soft += 1;
            break;
        }
        case EventKind::Complaint:
        {
            auto id = insertReturningId(m_queries->complaint,
                       QStringLiteral("INSERT INTO complaints (message_ref, email, feedback_type, complaint_subtype, "
                                      "user_agent, arrival_at, feedback_id, ses_message_id, source, source_arn, "
                                      "topic_arn, event_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {ref, r.email, textOrNull(e.complaintFeedbackType), textOrNull(e.complaintSubType),
                        textOrNull(e.userAgent), e.arrivalDate.isValid() ? QVariant(msOrZero(e.arrivalDate)) : QVariant(),
                        textOrNull(e.feedbackId), textOrNull(e.sesMessageId), textOrNull(e.source),
                        textOrNull(e.sourceArn), topic, at});
            done = id ? m_policy->onComplaint(r.email, e.complaintFeedbackType, EventRef{"complaints", id->value_or(0), at})
                      : Result<void>(id.error());
            delta.complaints += 1;
            break;
        }
        case EventKind::Delivery:
        {
            auto id = insertReturningId(m_queries->delivery,
                       QStringLiteral("INSERT INTO deliveries (message_ref, email, processing_ms, smtp_response, "
                                      "reporting_mta, remote_mta_ip, ses_message_id, source, topic_arn, event_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {ref, r.email, e.processingTimeMillis >= 0 ? QVariant(e.processingTimeMillis) : QVariant(),
                        textOrNull(e.smtpResponse), textOrNull(e.reportingMta), textOrNull(e.remoteMtaIp),
                        textOrNull(e.sesMessageId), textOrNull(e.source), topic, at});
            done = id ? m_policy->onDelivery(r.email, EventRef{"deliveries", id->value_or(0), at}) : Result<void>(id.error());
            delta.deliveries += 1;
            break;
        }
        case EventKind::Send:
            done = run(m_queries->send,
                       QStringLiteral("INSERT INTO sends (message_ref, email, ses_message_id, source, topic_arn, "
                                      "event_at) VALUES (?, ?, ?, ?, ?, ?)"),
                       {ref, r.email, textOrNull(e.sesMessageId), textOrNull(e.source), topic, at});
            delta.sends += 1;
            break;
        case EventKind::DeliveryDelay:
            done = run(m_queries->delay,
                       QStringLiteral("INSERT INTO delivery_delays (message_ref, email, delay_type, status, "
                                      "diagnostic_code, expiration_at, ses_message_id, source, topic_arn, event_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {ref, r.email, textOrNull(e.delayType), textOrNull(r.status), textOrNull(r.diagnosticCode),
                        e.expirationTime.isValid() ? QVariant(msOrZero(e.expirationTime)) : QVariant(),
                        textOrNull(e.sesMessageId), textOrNull(e.source), topic, at});
            break;
        default:
            done = run(m_queries->other,
                       QStringLiteral("INSERT INTO other_events (message_ref, event_type, email, ses_message_id, "
                                      "source, topic_arn, event_at, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {ref, Ses::eventKindName(e.kind), r.email, textOrNull(e.sesMessageId), textOrNull(e.source),
                        topic, at, QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact))});
            break;
        }
        if (!done)
            return done;
    }
    return delta.empty() ? Result<void>() : addRollup(at, e.source, topic, delta);
}

Result<void> IngestWriterWorker::addRollup(qint64 at, const QString &source, const QString &topic, const RollupDelta &d)
{
    const qint64 hour = at - (at % kHourMs);
    return run(m_queries->rollup,
               QStringLiteral("INSERT INTO rate_hourly (hour, source, topic_arn, sends, deliveries, bounces, "
                              "hard_bounces, soft_bounces, suppressed_list_bounces, complaints) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hour, source, topic_arn) DO UPDATE SET "
                              "sends = rate_hourly.sends + excluded.sends, "
                              "deliveries = rate_hourly.deliveries + excluded.deliveries, "
                              "bounces = rate_hourly.bounces + excluded.bounces, "
                              "hard_bounces = rate_hourly.hard_bounces + excluded.hard_bounces, "
                              "soft_bounces = rate_hourly.soft_bounces + excluded.soft_bounces, "
                              "suppressed_list_bounces = rate_hourly.suppressed_list_bounces + "
                              "excluded.suppressed_list_bounces, "
                              "complaints = rate_hourly.complaints + excluded.complaints"),
               {hour, source, topic, d.sends, d.deliveries, d.bounces, d.hard, d.soft, d.suppressedList,
                d.complaints});
}

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
    e.message = sesMessage;
    e.timestampUtc = at.toUTC();
    e.timestamp = e.timestampUtc.toString(Qt::ISODateWithMs);
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

IngestWriter::IngestWriter(DatabaseUrl url, PolicySettings settings, QObject *parent)
    : QObject(parent), m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("bouncedesk-ingest"));
    m_worker = new IngestWriterWorker(std::move(url), settings);
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

IngestWriter::~IngestWriter()
{
    // Finish what is queued on the writer thread (promises must not be left unfinished), then stop it.
    QMetaObject::invokeMethod(m_worker, &IngestWriterWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QFuture<Result<IngestReply>> IngestWriter::submit(IngestItem item)
{
    auto promise = std::make_shared<QPromise<Result<IngestReply>>>();
    QFuture<Result<IngestReply>> future = promise->future();
    promise->start();
    m_worker->enqueue(Pending{std::move(item), std::move(promise)});
    return future;
}

void IngestWriter::setPolicySettings(PolicySettings settings)
{
    m_worker->setSettings(settings);
}

} // namespace Bouncedesk::Model

#include "IngestWriter.moc"
