// The write path of the listener: one transaction per batch of concurrent requests (group commit).
#include "ingest/IngestWriter.h"

#include "core/Time.h"
#include "policy/AddressPolicy.h"
#include "store/BounceRepository.h"
#include "store/ComplaintRepository.h"
#include "store/Database.h"
#include "store/DeliveryRepository.h"
#include "store/FacetRepository.h"
#include "store/MessageRepository.h"
#include "store/RollupRepository.h"
#include "store/SubscriptionRepository.h"
#include "store/WalCheckpointer.h"
#include "store/WalSyncer.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMutex>
#include <QPromise>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <deque>
#include <map>
#include <tuple>

Q_LOGGING_CATEGORY(lcIngest, "bouncedesk.ingest")

namespace Bouncedesk::Model {

namespace {
constexpr qsizetype kMaxBatch = 1000;
// PostgreSQL writers, each a thread with its own connection: while one waits for its commit, the other
// writes. They lock rows in the same order (MessageId, address, rollup key), like two listeners on one
// database do, and retry a transaction the server rolled back. Two measured faster than one or four
// once a batch became a few set-based statements (bench/README.md, "Fourth stop").
constexpr int kPostgresWriters = 2;
// A transaction PostgreSQL rolled back for a deadlock or serialization failure (two listeners on one
// database) is run again this many times, after a short jittered pause, before its requests get 503.
constexpr int kConflictRetries = 6;
constexpr qint64 kHourMs = 3600LL * 1000;

struct Pending {
    IngestItem item;
    IngestWriter::Completion done;
};

// Rollup deltas of one transaction, written once per (hour, source, topic) in key order at its end:
// the hot rate_hourly rows are then locked last and in the same order by every writer.
using RollupDeltas = std::map<std::tuple<qint64, QString, QString>, RollupCounts>;

bool hasEvents(const IngestItem &item, bool derive)
{
    return item.envelope.type == Sns::Envelope::Type::Notification && derive
        && item.ses.kind == Ses::ParseOutcome::Kind::Ses && item.ses.event
        && item.ses.event->kind != Ses::EventKind::SubscriptionSucceeded;
}

// Address rows (address_state, suppressions) are locked in this order within a batch.
QString lockKey(const IngestItem &item)
{
    if (!item.ses.event || item.ses.event->recipients.isEmpty())
        return {};
    return item.ses.event->recipients.front().email.toLower();
}

qint64 eventAt(const Ses::SesEvent &e)
{
    return Time::msOrZero(e.eventTimestamp.isValid() ? e.eventTimestamp : e.mailTimestamp);
}

NewDelivery deliveryRow(const Ses::SesEvent &e, const EventBase &base)
{
    NewDelivery d;
    static_cast<EventBase &>(d) = base;
    d.processingMs = e.processingTimeMillis;
    d.smtpResponse = e.smtpResponse;
    d.reportingMta = e.reportingMta;
    d.remoteMtaIp = e.remoteMtaIp;
    return d;
}

NewBounce bounceRow(const Ses::SesEvent &e, const Ses::Recipient &rcpt, qint64 ref, const QString &topic, qint64 at)
{
    // Bounces to addresses on the SES account suppression list do not count toward the bounce rate.
    return {ref, rcpt.email, e.bounceType, e.bounceSubType, rcpt.action, rcpt.status, rcpt.diagnosticCode,
            e.reportingMta, e.remoteMtaIp, e.feedbackId, e.sesMessageId, e.source, e.sourceArn, topic, at,
            e.mailTimestamp, !e.onAccountSuppressionList()};
}

// Event rows a set-based batch wrote ahead of the per-event pass, their ids taken in the order that
// pass meets them.
struct WrittenAhead {
    struct Ids {
        std::vector<qint64> ids;
        size_t next = 0;

        Result<qint64> take()
        {
            if (next >= ids.size())
                return Error::internal(QStringLiteral("cannot store: more events than were written ahead"));
            return ids[next++];
        }
    };
    Ids deliveries, bounces;
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
        ++m_depth;
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
                    m_repos.reset(); // the policy is rebuilt with the new settings
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
            m_depth -= qsizetype(batch.size());
        }
    }

    // Queued or being written now; any thread.
    qsizetype depth() const { return m_depth.load(); }

    void shutdown()
    {
        drain();
        dropConnection();
    }

private:
    // Every statement the write path runs, prepared once per connection.
    struct Repositories {
        Repositories(const QSqlDatabase &db, PolicySettings settings)
            : messages(db), bounces(db), complaints(db), deliveries(db), subscriptions(db), rollups(db), facets(db),
              policy(db, settings)
        {
        }
        MessageRepository messages;
        BounceRepository bounces;
        ComplaintRepository complaints;
        DeliveryRepository deliveries;
        SubscriptionRepository subscriptions;
        RollupRepository rollups;
        FacetRepository facets;
        AddressPolicy policy;
    };

    Result<QSqlDatabase> connection()
    {
        auto db = Database::connection(m_url);
        if (!db) {
            m_repos.reset();
            return db;
        }
        if (!m_repos)
            m_repos = std::make_unique<Repositories>(*db, m_settings);
        if (m_url.isSqlite() && !m_offloadTried) {
            // Once per connection, so that one that cannot take them does not start threads per batch.
            m_offloadTried = true;
            // Checkpoints off the commit path: the batch after the one that fills the log need not wait.
            auto checkpointer = std::make_unique<WalCheckpointer>(m_url.path());
            if (auto attached = checkpointer->attach(*db); attached)
                m_checkpointer = std::move(checkpointer);
            else
                qCWarning(lcIngest) << "checkpoints stay inline:" << attached.errorText();
            // Syncs off the commit path: the next batch is written while this one reaches the disk.
            auto syncer = std::make_unique<WalSyncer>();
            if (auto attached = syncer->attach(*db); attached)
                m_syncer = std::move(syncer);
            else
                qCWarning(lcIngest) << "each commit keeps syncing the log itself:" << attached.errorText();
        }
        return db;
    }

    void dropConnection()
    {
        m_syncer.reset(); // answers what waits for a sync, before the connection goes
        m_repos.reset();
        Database::closeConnection(m_url);
        m_checkpointer.reset(); // after the close: the connection's hook points at it until then
        m_offloadTried = false;
    }

    void writeBatch(std::vector<Pending> &batch)
    {
        if (m_syncer && m_syncer->failed()) {
            // After a failed sync the page cache is not to be trusted: start again from the disk.
            dropConnection();
        }
        auto db = connection();
        if (!db) {
            failAll(batch, db.error());
            return;
        }
        // Rows are locked in MessageId order so that two listeners writing the same messages do not
        // deadlock (replies follow the batch, so the order of answers does not change).
        std::stable_sort(batch.begin(), batch.end(), [](const Pending &a, const Pending &b) {
            return a.item.envelope.messageId < b.item.envelope.messageId;
        });
        std::vector<Result<IngestReply>> replies;
        Result<void> ok = inTransaction(*db, [&] { return writeAll(batch, replies); });
        if (ok) {
            finish(batch, replies);
            return;
        }
        if (ok.error().kind == Error::Kind::Unavailable && !Database::isTransactionConflict(ok.error())) {
            qCWarning(lcIngest) << "database unavailable, answering 503:" << ok.errorText();
            failAll(batch, ok.error());
            dropConnection();
            return;
        }
        qCWarning(lcIngest) << "batch failed, retrying one by one:" << ok.errorText();
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

    // Runs body in one transaction; again, after a short jittered pause, if the server rolled it back
    // for a deadlock or serialization failure.
    template <typename Body>
    Result<void> inTransaction(const QSqlDatabase &db, Body body)
    {
        for (int attempt = 0;; ++attempt) {
            Result<void> ok;
            {
                Transaction tx(db);
                ok = tx.begin();
                if (ok)
                    ok = body();
                if (ok)
                    ok = tx.commit();
            }
            if (ok || !Database::isTransactionConflict(ok.error()) || attempt == kConflictRetries)
                return ok;
            const int pauseMs = (5 << std::min(attempt, 4)) + int(QRandomGenerator::global()->bounded(20));
            qCInfo(lcIngest) << "transaction conflict, retry" << attempt + 1 << "in" << pauseMs << "ms:" << ok.errorText();
            QThread::msleep(ulong(pauseMs));
        }
    }

    // The batch in two passes: first every sns_messages row (MessageId order: a writer only waits for
    // another's uncommitted copy of a message while it holds no address or rollup locks), then the
    // derived rows by address, then the rollups in key order. On PostgreSQL, where every statement is a
    // round trip, the batch's messages, deliveries, bounces, facets, address states and suppressions go
    // in one set-based statement per table (complaints and rarer events stay per row); SQLite runs
    // in-process, where the per-row statements measured faster.
    Result<void> writeAll(const std::vector<Pending> &batch, std::vector<Result<IngestReply>> &replies)
    {
        replies.clear();
        replies.reserve(batch.size());
        auto refs = m_url.isSqlite() ? insertEach(batch) : insertAtOnce(batch);
        if (!refs)
            return refs.error();
        std::vector<size_t> stored;
        for (size_t i = 0; i < batch.size(); ++i) {
            const std::optional<qint64> ref = (*refs)[i];
            if (ref)
                stored.push_back(i);
            replies.push_back(ref ? IngestReply{IngestReply::Status::Stored, *ref, false}
                                  : IngestReply{IngestReply::Status::Duplicate, 0, false});
        }
        std::stable_sort(stored.begin(), stored.end(),
                         [&batch](size_t a, size_t b) { return lockKey(batch[a].item) < lockKey(batch[b].item); });
        // Whatever happens below, no batch mode outlives this transaction (ending one never begun is a no-op).
        struct EndBatch {
            Repositories &r;
            ~EndBatch()
            {
                r.policy.endBatch();
                r.facets.endBatch();
            }
        } endBatch{*m_repos};
        std::optional<WrittenAhead> ahead;
        if (!m_url.isSqlite()) {
            auto written = writeAhead(batch, stored, replies);
            if (!written)
                return written.error();
            ahead = std::move(*written);
        }
        RollupDeltas rollups;
        for (size_t i : stored) {
            if (auto derived = writeDerived(batch[i].item, true, replies[i]->messageRef, rollups, ahead ? &*ahead : nullptr);
                !derived)
                return derived;
        }
        if (ahead) {
            if (auto flushed = m_repos->policy.flushBatch(); !flushed)
                return flushed;
            if (auto flushed = m_repos->facets.flushBatch(); !flushed)
                return flushed;
        }
        return writeRollups(rollups);
    }

    Result<std::vector<std::optional<qint64>>> insertEach(const std::vector<Pending> &batch)
    {
        std::vector<std::optional<qint64>> refs;
        refs.reserve(batch.size());
        for (const Pending &pending : batch) {
            auto inserted = m_repos->messages.insert(messageRow(pending.item, true));
            if (!inserted)
                return inserted.error();
            refs.push_back(*inserted);
        }
        return refs;
    }

    Result<std::vector<std::optional<qint64>>> insertAtOnce(const std::vector<Pending> &batch)
    {
        std::vector<NewMessage> rows;
        rows.reserve(batch.size());
        for (const Pending &pending : batch)
            rows.push_back(messageRow(pending.item, true));
        return m_repos->messages.insertMany(rows);
    }

    // The set-based part of a PostgreSQL batch: the address states of every recipient read and locked
    // in address order (the policy's writes and the facets kept until flushBatch()), every delivery and
    // bounce written.
    Result<WrittenAhead> writeAhead(const std::vector<Pending> &batch, const std::vector<size_t> &stored,
                                    const std::vector<Result<IngestReply>> &replies)
    {
        QStringList written, read;
        std::vector<NewDelivery> deliveries;
        std::vector<NewBounce> bounces;
        for (size_t i : stored) {
            const IngestItem &item = batch[i].item;
            if (!hasEvents(item, true))
                continue;
            const Ses::SesEvent &e = *item.ses.event;
            for (const Ses::Recipient &rcpt : e.recipients) {
                if (e.kind == Ses::EventKind::Bounce) {
                    written.append(rcpt.email);
                    bounces.push_back(bounceRow(e, rcpt, replies[i]->messageRef, item.envelope.topicArn, eventAt(e)));
                } else if (e.kind == Ses::EventKind::Complaint) {
                    written.append(rcpt.email);
                } else if (e.kind == Ses::EventKind::Delivery) {
                    read.append(rcpt.email);
                    deliveries.push_back(deliveryRow(e, EventBase{replies[i]->messageRef, rcpt.email, e.sesMessageId,
                                                                  e.source, item.envelope.topicArn, eventAt(e)}));
                }
            }
        }
        m_repos->facets.beginBatch();
        if (auto begun = m_repos->policy.beginBatch(written, read, QDateTime::currentMSecsSinceEpoch()); !begun)
            return begun.error();
        WrittenAhead ahead;
        auto deliveryIds = m_repos->deliveries.insertDeliveries(deliveries);
        if (!deliveryIds)
            return deliveryIds.error();
        ahead.deliveries.ids = std::move(*deliveryIds);
        auto bounceIds = m_repos->bounces.insertMany(bounces);
        if (!bounceIds)
            return bounceIds.error();
        ahead.bounces.ids = std::move(*bounceIds);
        return ahead;
    }

    Result<IngestReply> writeAlone(const QSqlDatabase &db, const IngestItem &item, bool derive)
    {
        std::optional<Result<IngestReply>> reply;
        Result<void> ok = inTransaction(db, [&]() -> Result<void> {
            reply = writeMessage(item, derive);
            if (!*reply)
                return reply->error();
            if ((*reply)->status != IngestReply::Status::Stored)
                return {};
            RollupDeltas rollups;
            if (auto derived = writeDerived(item, derive, (*reply)->messageRef, rollups); !derived)
                return derived;
            return writeRollups(rollups);
        });
        if (!ok)
            return ok.error();
        return *reply;
    }

    // Answers the batch once its commit is on the disk: at once when the commit synced itself, else
    // on the syncer's thread after its next sync (a failed sync answers every request with its error).
    void finish(std::vector<Pending> &batch, std::vector<Result<IngestReply>> &replies)
    {
        if (!m_syncer) {
            for (size_t i = 0; i < batch.size(); ++i)
                batch[i].done(std::move(replies[i]));
            return;
        }
        std::vector<IngestWriter::Completion> dones;
        dones.reserve(batch.size());
        for (Pending &pending : batch)
            dones.push_back(std::move(pending.done));
        m_syncer->whenDurable([dones = std::move(dones), replies = std::move(replies)](Result<void> durable) mutable {
            for (size_t i = 0; i < dones.size(); ++i)
                dones[i](durable ? std::move(replies[i]) : Result<IngestReply>(durable.error()));
        });
    }

    static void failAll(std::vector<Pending> &batch, const Error &error)
    {
        for (Pending &p : batch)
            p.done(Result<IngestReply>(error));
    }

    static NewMessage messageRow(const IngestItem &item, bool derive);
    Result<IngestReply> writeMessage(const IngestItem &item, bool derive);
    // ahead: what a set-based batch already wrote (nullptr: write every row here).
    Result<void> writeDerived(const IngestItem &item, bool derive, qint64 ref, RollupDeltas &rollups,
                              WrittenAhead *ahead = nullptr);
    Result<void> writeEvent(const Ses::SesEvent &event, qint64 ref, const QString &topic, RollupDeltas &rollups,
                            WrittenAhead *ahead);
    // The recipient's domain, the identity, the configuration set and the sender's own tags.
    Result<void> writeFacets(const Ses::SesEvent &event, const QString &email, qint64 ref, qint64 at,
        const QString &topic, FacetKind kind);
    Result<void> writeRollups(const RollupDeltas &rollups);

    DatabaseUrl m_url;
    PolicySettings m_settings;
    PolicySettings m_pendingSettings;
    bool m_settingsChanged = false;
    QMutex m_mutex;
    std::deque<Pending> m_queue;
    std::atomic<qsizetype> m_depth = 0;
    bool m_scheduled = false;
    std::unique_ptr<Repositories> m_repos;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // SQLite only; outlives the connection it is attached to
    std::unique_ptr<WalSyncer> m_syncer; // SQLite only; gone before the connection it is attached to
    bool m_offloadTried = false; // the checkpointer and the syncer were tried on this connection
};

NewMessage IngestWriterWorker::messageRow(const IngestItem &item, bool derive)
{
    const Sns::Envelope &env = item.envelope;
    NewMessage message;
    message.content = MessageContent::Subscription;
    if (env.type == Sns::Envelope::Type::Notification) {
        if (derive && item.ses.kind == Ses::ParseOutcome::Kind::Ses && item.ses.event) {
            message.eventType = Ses::eventKindName(item.ses.event->kind);
            message.content = item.ses.event->kind == Ses::EventKind::SubscriptionSucceeded ? MessageContent::SesSubscription
                                                                                          : MessageContent::Ses;
            // SES in another account may publish to a trusted topic (cross-account feedback): kept and
            // shown, not refused. Trust belongs to the topic; who can publish to it is the operator's policy.
            const QString sender = item.ses.event->sendingAccountId;
            if (!sender.isEmpty() && !env.topic.account.isEmpty() && sender != env.topic.account)
                message.foreignSendingAccount = sender;
        } else {
            message.content = MessageContent::NotSes;
            message.parseNote = item.ses.note;
        }
    }
    message.messageId = env.messageId;
    message.type = env.typeName;
    message.topicArn = env.topicArn;
    message.subject = env.subject;
    message.signatureVersion = env.signatureVersion;
    message.signingCertUrl = env.signingCertUrl;
    message.snsTimestamp = Time::msOrZero(env.timestampUtc);
    message.receivedAt = item.receivedAt;
    message.rawBody = item.rawBody;
    return message;
}

Result<IngestReply> IngestWriterWorker::writeMessage(const IngestItem &item, bool derive)
{
    auto inserted = m_repos->messages.insert(messageRow(item, derive));
    if (!inserted)
        return inserted.error();
    if (!inserted->has_value())
        return IngestReply{IngestReply::Status::Duplicate, 0, false};
    return IngestReply{IngestReply::Status::Stored, **inserted, false};
}

Result<void> IngestWriterWorker::writeDerived(const IngestItem &item, bool derive, qint64 ref, RollupDeltas &rollups,
                                              WrittenAhead *ahead)
{
    const Sns::Envelope &env = item.envelope;
    if (env.type != Sns::Envelope::Type::Notification) {
        auto sub = m_repos->subscriptions.insert(env.topicArn, env.messageId,
                                                 item.subscription.value_or(SubscriptionState::Pending),
                                                 env.subscribeUrl, env.token, QDateTime::currentMSecsSinceEpoch());
        if (!sub)
            return sub.error();
        return {};
    }
    return hasEvents(item, derive) ? writeEvent(*item.ses.event, ref, env.topicArn, rollups, ahead) : Result<void>();
}

Result<void> IngestWriterWorker::writeRollups(const RollupDeltas &rollups)
{
    for (const auto &[key, delta] : rollups) {
        const auto &[hour, source, topic] = key;
        if (auto added = m_repos->rollups.add(hour, source, topic, delta); !added)
            return added;
    }
    return {};
}

Result<void> IngestWriterWorker::writeFacets(const Ses::SesEvent &e, const QString &email, qint64 ref, qint64 at,
    const QString &topic, FacetKind kind)
{
    // The same domain as bounces.recipient_domain and the back-fills compute.
    NewFacet facet {ref, at, Facet::Domain, BounceRepository::recipientDomain(email), kind, e.source, topic};
    QList<QPair<Facet, QString>> values {{Facet::Domain, facet.value}};
    if (!e.source.isEmpty())
        values.append({Facet::Identity, e.source});
    for (const Ses::MessageTag &tag : e.tags) {
        for (const QString &value : tag.values) {
            if (tag.name == u"ses:configuration-set")
                values.append({Facet::ConfigurationSet, value});
            else if (!tag.name.startsWith(u"ses:") && !tag.name.startsWith(u"aws:"))
                values.append({Facet::Tag, tag.name + u'=' + value});
        }
    }
    for (const auto &[which, value] : std::as_const(values)) {
        if (value.isEmpty())
            continue;
        facet.facet = which;
        facet.value = value;
        if (auto done = m_repos->facets.insert(facet); !done)
            return done;
    }
    return {};
}

Result<void> IngestWriterWorker::writeEvent(const Ses::SesEvent &e, qint64 ref, const QString &topic,
                                            RollupDeltas &rollups, WrittenAhead *ahead)
{
    using Ses::EventKind;
    const qint64 at = eventAt(e);
    const BounceType bounceType = e.bounceKind();
    const bool accountList = e.kind == EventKind::Bounce && e.onAccountSuppressionList();
    Repositories &r = *m_repos;
    RollupCounts delta;
    for (const Ses::Recipient &rcpt : e.recipients) {
        const EventBase base{ref, rcpt.email, e.sesMessageId, e.source, topic, at};
        Result<void> done;
        switch (e.kind) {
        case EventKind::Bounce: {
            auto id = ahead ? ahead->bounces.take() : r.bounces.insert(bounceRow(e, rcpt, ref, topic, at));
            done = id ? r.policy.onBounce(rcpt.email, bounceType, e.bounceSubType,
                                          EventRef{EventRef::Table::Bounces, *id, at})
                      : Result<void>(id.error());
            if (done)
                done = writeFacets(e, rcpt.email, ref, at, topic,
                    accountList                          ? FacetKind::Other
                        : bounceType == BounceType::Permanent ? FacetKind::Hard
                        : bounceType == BounceType::Transient ? FacetKind::Soft
                                                              : FacetKind::Other);
            if (accountList) {
                delta.suppressedList += 1;
            } else {
                delta.bounces += 1;
                delta.hard += bounceType == BounceType::Permanent ? 1 : 0;
                delta.soft += bounceType == BounceType::Transient ? 1 : 0;
            }
            break;
        }
        case EventKind::Complaint: {
            auto id = r.complaints.insert({ref, rcpt.email, e.complaintFeedbackType, e.complaintSubType, e.userAgent,
                                           e.arrivalDate, e.feedbackId, e.sesMessageId, e.source, e.sourceArn, topic,
                                           at});
            done = id ? r.policy.onComplaint(rcpt.email, e.complaintFeedbackType,
                                             EventRef{EventRef::Table::Complaints, *id, at})
                      : Result<void>(id.error());
            if (done)
                done = writeFacets(e, rcpt.email, ref, at, topic, FacetKind::Complaint);
            delta.complaints += 1;
            break;
        }
        case EventKind::Delivery: {
            auto id = ahead ? ahead->deliveries.take() : r.deliveries.insertDelivery(deliveryRow(e, base));
            done = id ? r.policy.onDelivery(rcpt.email, EventRef{EventRef::Table::Deliveries, *id, at})
                      : Result<void>(id.error());
            delta.deliveries += 1;
            break;
        }
        case EventKind::Send:
            done = r.deliveries.insertSend(base);
            delta.sends += 1;
            break;
        case EventKind::DeliveryDelay: {
            NewDelay d;
            static_cast<EventBase &>(d) = base;
            d.delayType = e.delayType;
            d.status = rcpt.status;
            d.diagnosticCode = rcpt.diagnosticCode;
            d.expiresAt = e.expirationTime;
            done = r.deliveries.insertDelay(d);
            break;
        }
        default: {
            NewOtherEvent o;
            static_cast<EventBase &>(o) = base;
            o.eventType = Ses::eventKindName(e.kind);
            o.detailJson = QString::fromUtf8(e.detail);
            done = r.deliveries.insertOther(o);
            break;
        }
        }
        if (!done)
            return done;
    }
    if (!delta.empty())
        rollups[{at - at % kHourMs, e.source, topic}] += delta;
    return {};
}

IngestWriter::IngestWriter(DatabaseUrl url, PolicySettings settings, QObject *parent) : QObject(parent)
{
    const int writers = url.isSqlite() ? 1 : kPostgresWriters;
    for (int i = 0; i < writers; ++i) {
        Writer writer{std::make_unique<QThread>(), new IngestWriterWorker(url, settings)};
        writer.thread->setObjectName(QStringLiteral("bouncedesk-ingest"));
        writer.worker->moveToThread(writer.thread.get());
        connect(writer.thread.get(), &QThread::finished, writer.worker, &QObject::deleteLater);
        writer.thread->start();
        m_writers.push_back(std::move(writer));
    }
}

IngestWriter::~IngestWriter()
{
    // Finish what is queued on the writer threads (promises must not be left unfinished), then stop them.
    for (Writer &writer : m_writers)
        QMetaObject::invokeMethod(writer.worker, &IngestWriterWorker::shutdown, Qt::BlockingQueuedConnection);
    for (Writer &writer : m_writers) {
        writer.thread->quit();
        writer.thread->wait();
    }
}

QFuture<Result<IngestReply>> IngestWriter::submit(IngestItem item)
{
    auto promise = std::make_shared<QPromise<Result<IngestReply>>>();
    QFuture<Result<IngestReply>> future = promise->future();
    promise->start();
    submit(std::move(item), [promise](Result<IngestReply> reply) {
        promise->addResult(std::move(reply));
        promise->finish();
    });
    return future;
}

void IngestWriter::submit(IngestItem item, Completion done)
{
    // The writer with the least to do: one held up by a conflict retry or a slow commit gets less.
    IngestWriterWorker *least = m_writers.front().worker;
    for (const Writer &writer : m_writers) {
        if (writer.worker->depth() < least->depth())
            least = writer.worker;
    }
    least->enqueue(Pending{std::move(item), std::move(done)});
}

qsizetype IngestWriter::queueDepth() const
{
    qsizetype depth = 0;
    for (const Writer &writer : m_writers)
        depth += writer.worker->depth();
    return depth;
}

bool IngestWriter::running() const
{
    return std::all_of(m_writers.begin(), m_writers.end(), [](const Writer &w) { return w.thread->isRunning(); });
}

void IngestWriter::setPolicySettings(PolicySettings settings)
{
    for (const Writer &writer : m_writers)
        writer.worker->setSettings(settings);
}

} // namespace Bouncedesk::Model

#include "IngestWriter.moc"
