// WalCheckpointer: copies an SQLite write-ahead log back into the database on a thread of its own, so a
// writer's commits never wait for a checkpoint.
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace Bouncedesk::Model {

class WalCheckpointer final {
    Q_DISABLE_COPY_MOVE(WalCheckpointer)

public:
    // The log is checkpointed in the background once it holds this many pages (SQLite's own
    // automatic checkpoint uses the same figure, inline in the commit that crosses it).
    static constexpr int BackgroundPages = 4000;
    // If the background thread falls this far behind, the committing connection checkpoints itself
    // (passively, as SQLite would): the log never grows without bound.
    static constexpr int InlinePages = 20000;

    // path: the SQLite database file.
    explicit WalCheckpointer(QString path);
    // Stops the thread after a last passive checkpoint. Close every attached connection first.
    ~WalCheckpointer();

    // Takes over checkpointing for db (an open SQLite connection): its automatic checkpoint is replaced
    // by a hook that wakes this thread after a commit leaves BackgroundPages or more in the log.
    Result<void> attach(const QSqlDatabase &db);
    // Background checkpoints done so far (any thread).
    int checkpoints() const { return m_checkpoints.load(); }

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int pages);
    void run();

    const QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_pending = false;
    bool m_stop = false;
    std::atomic<int> m_checkpoints = 0;
    std::thread m_thread;
};

} // namespace Bouncedesk::Model
