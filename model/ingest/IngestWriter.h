// IngestWriter: stores verified SNS messages and what derives from them, batching commits across requests.
#pragma once

#include "core/Result.h"
#include "ingest/IngestItem.h"
#include "policy/PolicySettings.h"
#include "store/DatabaseUrl.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace Bouncedesk::Model {

struct IngestReply {
    enum class Status { Stored, Duplicate };
    Status status = Status::Stored;
    qint64 messageRef = 0; // sns_messages.id (0 for a duplicate)
    bool fellBack = false; // derived rows failed; the message itself was kept as not understood
};

class IngestWriterWorker;

class IngestWriter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IngestWriter)

public:
    // Starts the writer threads; each opens its own connection to url on first use.
    IngestWriter(DatabaseUrl url, PolicySettings settings, QObject *parent = nullptr);
    // Writes what is queued, then stops the threads.
    ~IngestWriter() override;

    // Thread-safe. The future finishes once the item is committed (or refused): a reply is only
    // sent to SNS after that. Unavailable errors mean "retry later" (HTTP 503).
    QFuture<Result<IngestReply>> submit(IngestItem item);
    // Called once the item's commit is durable (or the item refused), on the writer thread or, on SQLite,
    // on the thread that syncs the log (WalSyncer): must be quick and thread-safe.
    using Completion = std::function<void(Result<IngestReply>)>;
    // Thread-safe, like submit(), without a future: the listener hands a whole batch's answers to its
    // event loop at once instead of one future (and one watcher) per request.
    void submit(IngestItem item, Completion done);
    void setPolicySettings(PolicySettings settings);
    // For /healthz, cheap and thread-safe: items submitted and not yet answered, and whether the
    // writer threads are still running.
    qsizetype queueDepth() const;
    bool running() const;

private:
    struct Writer {
        std::unique_ptr<QThread> thread;
        IngestWriterWorker *worker = nullptr; // lives on thread, deleted when it finishes
    };
    // One on SQLite (one writer at a time); several on PostgreSQL, each with its own connection, so
    // that one batch's round trips and commit overlap another's.
    std::vector<Writer> m_writers;
};

} // namespace Bouncedesk::Model
