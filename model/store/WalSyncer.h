// WalSyncer: makes an SQLite write-ahead log durable on a thread of its own, so that the writer can run
// its next transaction while the last one's commit is still on its way to the disk.
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace Bouncedesk::Model {

// With synchronous=FULL every SQLite commit waits for its fdatasync (about 1 to 5 ms here) and the
// writer does nothing meanwhile. Attached, the writer's connection commits with synchronous=NORMAL
// (frames written to the log, no sync) and hands what waits on the commit to whenDurable(): this
// thread syncs the log file and only then runs it. One sync covers every commit written before it
// started, so commits made while a sync runs share the next one (group commit for the disk, too).
// Checkpoints keep SQLite's own syncs (NORMAL syncs the log before and the database after each one).
class WalSyncer final {
    Q_DISABLE_COPY_MOVE(WalSyncer)

public:
    // Makes the log durable: 0 on success, else an errno value.
    using SyncFunction = std::function<int()>;
    using Done = std::function<void(Result<void>)>;

    WalSyncer();
    // For tests: sync in place of fdatasync() on the log.
    explicit WalSyncer(SyncFunction sync);
    // Syncs once more for what still waits, runs it, then stops the thread.
    ~WalSyncer();

    // Opens db's log file and switches db (an open SQLite connection in WAL mode) to synchronous=NORMAL;
    // on an error db keeps syncing its own commits. Detach (destroy this) before closing db.
    Result<void> attach(const QSqlDatabase &db);
    // Thread-safe. Runs done on this syncer's thread once everything committed before the call is on
    // the disk, or with the error that stopped it. After a failed sync nothing is known about the
    // page cache (Linux reports a write-back error once): every later call fails too, and the writer
    // must open the database again.
    void whenDurable(Done done);
    bool failed() const { return m_failed.load(); }
    int syncs() const { return m_syncs.load(); }

private:
    void run();

    int m_fd = -1;
    SyncFunction m_sync;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Done> m_waiting;
    bool m_stop = false;
    std::atomic<bool> m_failed = false;
    std::atomic<int> m_syncs = 0;
    std::thread m_thread;
};

} // namespace Bouncedesk::Model
