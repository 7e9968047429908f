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

#include <QDateTime>
#include <QLoggingCategory>
#include <QMutex>
#include <QPromise>
#include <QRandomGenerator>
#include <QSet>
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

// The ids of event rows a batch inserted together, handed out in the order the batch meets them.
struct InsertedIds {
    std::vector<qint64> ids;
    size_t next = 0;

    Result<qint64> take()
    {
        if (next < ids.size())
            return ids[next++];
        return Error::internal(QStringLiteral("cannot store: fewer event rows than events"));
    }
};

// Rows a batch writes together: the delivery, bounce and complaint rows it inserted before the policy
// ran, and the facet rows to insert at its end.
struct BatchRows {
    InsertedIds deliveries, bounces, complaints;
    std::vector<NewFacet> facets;
};

qint64 eventAt(const Ses::SesEvent &e)
{
    return Time::msOrZero(e.eventTimestamp.isValid() ? e.eventTimestamp : e.mailTimestamp);
}

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
        scheduleLocked();
    }

    // Under one lock, so that a drain takes them together.
    void enqueue(std::vector<Pending> pendings)
    {
        QMutexLocker lock(&m_mutex);
        for (Pending &pending : pendings)
            m_queue.push_back(std::move(pending));
        m_depth += qsizetype(pendings.size());
        scheduleLocked();
    }

    void scheduleLocked()
    {
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
        if (m_url.isSqlite() && !m_checkpointer) {
            // Checkpoints off the commit path: the batch after the one that fills the log need not wait.
            auto checkpointer = std::make_unique<WalCheckpointer>(m_url.path());
            if (auto attached = checkpointer->attach(*db); attached)
                m_checkpointer = std::move(checkpointer);
            else
                qCWarning(lcIngest) << "checkpoints stay inline:" << attached.errorText();
        }
        return db;
    }

    void dropConnection()
    {
        m_repos.reset();
        Database::closeConnection(m_url);
        m_checkpointer.reset(); // after the close: the connection's hook points at it until then
    }

    void writeBatch(std::vector<Pending> &batch)
    {
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
    // derived rows by address (the existing address rows all locked at once, in address order), then
    // the rollups in key order. Set-based where it can be: the messages, the address states and the
    // delivery rows each take one statement per chunk of rows, not one per message (on PostgreSQL every
    // statement is a round trip of about 80 us on each side).
    Result<void> writeAll(const std::vector<Pending> &batch, std::vector<Result<IngestReply>> &replies)
    {
        replies.clear();
        replies.reserve(batch.size());
        m_repos->policy.forgetPreloaded();
        // A MessageId twice in one batch is stored once; the later copy is answered as a duplicate.
        std::vector<NewMessage> messages;
        messages.reserve(batch.size());
        QSet<QString> seen;
        seen.reserve(qsizetype(batch.size()));
        for (const Pending &pending : batch) {
            if (!seen.contains(pending.item.envelope.messageId)) {
                seen.insert(pending.item.envelope.messageId);
                messages.push_back(newMessage(pending.item, true));
            }
        }
        auto inserted = m_repos->messages.insertAll(messages);
        if (!inserted)
            return inserted.error();
        QHash<QString, qint64> ids = std::move(inserted).value();
        std::vector<size_t> stored;
        for (size_t i = 0; i < batch.size(); ++i) {
            const auto id = ids.find(batch[i].item.envelope.messageId);
            if (id == ids.end()) {
                replies.push_back(IngestReply{IngestReply::Status::Duplicate, 0, false});
                continue;
            }
            replies.push_back(IngestReply{IngestReply::Status::Stored, *id, false});
            stored.push_back(i);
            ids.erase(id); // a later copy of the MessageId is a duplicate
        }
        std::stable_sort(stored.begin(), stored.end(),
                         [&batch](size_t a, size_t b) { return lockKey(batch[a].item) < lockKey(batch[b].item); });
        if (auto preloaded = preloadAddresses(batch, stored); !preloaded)
            return preloaded;
        BatchRows rows;
        if (auto events = insertEvents(batch, stored, replies, rows); !events)
            return events;
        RollupDeltas rollups;
        for (size_t i : stored) {
            if (auto derived = writeDerived(batch[i].item, true, replies[i]->messageRef, rollups, &rows); !derived)
                return derived;
        }
        if (auto flushed = m_repos->policy.flushPreloaded(); !flushed)
            return flushed;
        if (!rows.facets.empty()) {
            if (auto facets = m_repos->facets.insertAll(rows.facets); !facets)
                return facets;
        }
        return writeRollups(rollups);
    }

    // The address state of every recipient of the batch's bounces, complaints and deliveries in one
    // read (after creating the rows bounces and complaints will write, on PostgreSQL): it locks their
    // rows in address order, the policy needs no read per event, and a delivery to an address without
    // state (the common case) needs no statement at all.
    Result<void> preloadAddresses(const std::vector<Pending> &batch, const std::vector<size_t> &stored)
    {
        QStringList emails, written;
        for (size_t i : stored) {
            const IngestItem &item = batch[i].item;
            if (!hasEvents(item, true))
                continue;
            const Ses::EventKind kind = item.ses.event->kind;
            if (kind != Ses::EventKind::Bounce && kind != Ses::EventKind::Complaint && kind != Ses::EventKind::Delivery)
                continue;
            for (const Ses::Recipient &rcpt : item.ses.event->recipients) {
                emails << rcpt.email;
                if (kind != Ses::EventKind::Delivery)
                    written << rcpt.email;
            }
        }
        if (emails.isEmpty())
            return {};
        return m_repos->policy.preload(emails, written);
    }

    // The delivery, bounce and complaint rows of the batch in one statement per table and chunk, in
    // the order writeDerived() will meet them (stored order, recipients in order); their ids in rows.
    Result<void> insertEvents(const std::vector<Pending> &batch, const std::vector<size_t> &stored,
                              const std::vector<Result<IngestReply>> &replies, BatchRows &rows)
    {
        std::vector<NewDelivery> deliveries;
        std::vector<NewBounce> bounces;
        std::vector<NewComplaint> complaints;
        for (size_t i : stored) {
            const IngestItem &item = batch[i].item;
            if (!hasEvents(item, true))
                continue;
            const Ses::SesEvent &e = *item.ses.event;
            const qint64 ref = replies[i]->messageRef;
            for (const Ses::Recipient &rcpt : e.recipients) {
                if (e.kind == Ses::EventKind::Delivery)
                    deliveries.push_back(newDelivery(e, rcpt, ref, item.envelope.topicArn));
                else if (e.kind == Ses::EventKind::Bounce)
                    bounces.push_back(newBounce(e, rcpt, ref, item.envelope.topicArn));
                else if (e.kind == Ses::EventKind::Complaint)
                    complaints.push_back(newComplaint(e, rcpt, ref, item.envelope.topicArn));
            }
        }
        const auto keep = [](Result<std::vector<qint64>> ids, InsertedIds &into) -> Result<void> {
            if (!ids)
                return ids.error();
            into.ids = std::move(ids).value();
            return {};
        };
        if (!deliveries.empty()) {
            if (auto kept = keep(m_repos->deliveries.insertDeliveries(deliveries), rows.deliveries); !kept)
                return kept;
        }
        if (!bounces.empty()) {
            if (auto kept = keep(m_repos->bounces.insertAll(bounces), rows.bounces); !kept)
                return kept;
        }
        if (!complaints.empty())
            return keep(m_repos->complaints.insertAll(complaints), rows.complaints);
        return {};
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
            m_repos->policy.forgetPreloaded();
            RollupDeltas rollups;
            if (auto derived = writeDerived(item, derive, (*reply)->messageRef, rollups, nullptr); !derived)
                return derived;
            return writeRollups(rollups);
        });
        if (!ok)
            return ok.error();
        return *reply;
    }

    void finish(std::vector<Pending> &batch, const std::vector<Result<IngestReply>> &replies)
    {
        for (size_t i = 0; i < batch.size(); ++i)
            batch[i].done(replies[i]);
    }

    static void failAll(std::vector<Pending> &batch, const Error &error)
    {
        for (Pending &p : batch)
            p.done(Result<IngestReply>(error));
    }

    static NewMessage newMessage(const IngestItem &item, bool derive);
    static NewDelivery newDelivery(const Ses::SesEvent &event, const Ses::Recipient &rcpt, qint64 ref,
                                   const QString &topic);
    static NewBounce newBounce(const Ses::SesEvent &event, const Ses::Recipient &rcpt, qint64 ref,
                               const QString &topic);
    static NewComplaint newComplaint(const Ses::SesEvent &event, const Ses::Recipient &rcpt, qint64 ref,
                                     const QString &topic);
    Result<IngestReply> writeMessage(const IngestItem &item, bool derive);
    // batchRows: what writeAll() stores for the whole batch (null: each row is inserted here).
    Result<void> writeDerived(const IngestItem &item, bool derive, qint64 ref, RollupDeltas &rollups,
                              BatchRows *batchRows);
    Result<void> writeEvent(const Ses::SesEvent &event, qint64 ref, const QString &topic, RollupDeltas &rollups,
                            BatchRows *batchRows);
    // The recipient's domain, the identity, the configuration set and the sender's own tags.
    Result<void> writeFacets(const Ses::SesEvent &event, const QString &email, qint64 ref, qint64 at,
        const QString &topic, FacetKind kind, BatchRows *batchRows);
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
};

NewMessage IngestWriterWorker::newMessage(const IngestItem &item, bool derive)
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

NewDelivery IngestWriterWorker::newDelivery(const Ses::SesEvent &e, const Ses::Recipient &rcpt, qint64 ref,
                                            const QString &topic)
{
    NewDelivery d;
    static_cast<EventBase &>(d) = EventBase{ref, rcpt.email, e.sesMessageId, e.source, topic, eventAt(e)};
    d.processingMs = e.processingTimeMillis;
    d.smtpResponse = e.smtpResponse;
    d.reportingMta = e.reportingMta;
    d.remoteMtaIp = e.remoteMtaIp;
    return d;
}

NewBounce IngestWriterWorker::newBounce(const Ses::SesEvent &e, const Ses::Recipient &rcpt, qint64 ref,
                                        const QString &topic)
{
    const bool accountList = e.onAccountSuppressionList();
    return {ref, rcpt.email, e.bounceType, e.bounceSubType, rcpt.action, rcpt.status, rcpt.diagnosticCode,
            e.reportingMta, e.remoteMtaIp, e.feedbackId, e.sesMessageId, e.source, e.sourceArn, topic, eventAt(e),
            e.mailTimestamp, !accountList};
}

NewComplaint IngestWriterWorker::newComplaint(const Ses::SesEvent &e, const Ses::Recipient &rcpt, qint64 ref,
                                              const QString &topic)
{
    return {ref, rcpt.email, e.complaintFeedbackType, e.complaintSubType, e.userAgent, e.arrivalDate, e.feedbackId,
            e.sesMessageId, e.source, e.sourceArn, topic, eventAt(e)};
}

Result<IngestReply> IngestWriterWorker::writeMessage(const IngestItem &item, bool derive)
{
    auto inserted = m_repos->messages.insert(newMessage(item, derive));
    if (!inserted)
        return inserted.error();
    if (!inserted->has_value())
        return IngestReply{IngestReply::Status::Duplicate, 0, false};
    return IngestReply{IngestReply::Status::Stored, **inserted, false};
}

Result<void> IngestWriterWorker::writeDerived(const IngestItem &item, bool derive, qint64 ref, RollupDeltas &rollups,
                                              BatchRows *batchRows)
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
    return hasEvents(item, derive) ? writeEvent(*item.ses.event, ref, env.topicArn, rollups, batchRows)
                                   : Result<void>();
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
    const QString &topic, FacetKind kind, BatchRows *batchRows)
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
        if (batchRows)
            batchRows->facets.push_back(facet);
        else if (auto done = m_repos->facets.insert(facet); !done)
            return done;
    }
    return {};
}

Result<void> IngestWriterWorker::writeEvent(const Ses::SesEvent &e, qint64 ref, const QString &topic,
                                            RollupDeltas &rollups, BatchRows *batchRows)
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
            auto id = batchRows ? batchRows->bounces.take() : r.bounces.insert(newBounce(e, rcpt, ref, topic));
            done = id ? r.policy.onBounce(rcpt.email, bounceType, e.bounceSubType,
                                          EventRef{EventRef::Table::Bounces, *id, at})
                      : Result<void>(id.error());
            if (done)
                done = writeFacets(e, rcpt.email, ref, at, topic,
                    accountList                          ? FacetKind::Other
                        : bounceType == BounceType::Permanent ? FacetKind::Hard
                        : bounceType == BounceType::Transient ? FacetKind::Soft
                                                              : FacetKind::Other,
                    batchRows);
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
            auto id = batchRows ? batchRows->complaints.take()
                                : r.complaints.insert(newComplaint(e, rcpt, ref, topic));
            done = id ? r.policy.onComplaint(rcpt.email, e.complaintFeedbackType,
                                             EventRef{EventRef::Table::Complaints, *id, at})
                      : Result<void>(id.error());
            if (done)
                done = writeFacets(e, rcpt.email, ref, at, topic, FacetKind::Complaint, batchRows);
            delta.complaints += 1;
            break;
        }
        case EventKind::Delivery: {
            auto id = batchRows ? batchRows->deliveries.take()
                                : r.deliveries.insertDelivery(newDelivery(e, rcpt, ref, topic));
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
    submit(std::move(item), [promise](Result<IngestReply> reply) {
        promise->addResult(std::move(reply));
        promise->finish();
    });
    return future;
}

QList<QFuture<Result<IngestReply>>> IngestWriter::submitTogether(QList<IngestItem> items)
{
    QList<QFuture<Result<IngestReply>>> futures;
    std::vector<Pending> pendings;
    pendings.reserve(size_t(items.size()));
    for (IngestItem &item : items) {
        auto promise = std::make_shared<QPromise<Result<IngestReply>>>();
        futures << promise->future();
        promise->start();
        pendings.push_back(Pending{std::move(item), [promise](Result<IngestReply> reply) {
                                       promise->addResult(std::move(reply));
                                       promise->finish();
                                   }});
    }
    m_worker->enqueue(std::move(pendings));
    return futures;
}

void IngestWriter::submit(IngestItem item, Completion done)
{
    m_worker->enqueue(Pending{std::move(item), std::move(done)});
}

qsizetype IngestWriter::queueDepth() const
{
    return m_worker->depth();
}

bool IngestWriter::running() const
{
    return m_thread->isRunning();
}

void IngestWriter::setPolicySettings(PolicySettings settings)
{
    m_worker->setSettings(settings);
}

} // namespace Bouncedesk::Model

#include "IngestWriter.moc"
