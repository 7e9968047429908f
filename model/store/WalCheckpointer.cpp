// The background checkpoint of an SQLite database in WAL mode, on its own connection and thread.
#include "store/WalCheckpointer.h"

#include "store/Sql.h"

#include <QLoggingCategory>

#include <pthread.h>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcCheckpoint, "bouncedesk.store.checkpoint")

namespace Bouncedesk::Model {

WalCheckpointer::WalCheckpointer(QString path) : m_path(std::move(path)), m_thread([this] { run(); }) { }

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

Result<void> WalCheckpointer::attach(const QSqlDatabase &db)
{
    sqlite3 *handle = Sql::sqliteHandle(db);
    if (!handle)
        // Only ever logged (the writer then keeps SQLite's inline checkpoint): English, like every log line.
        return Error::invalid(QStringLiteral("a background checkpoint needs an open SQLite connection"));
    // Replaces the hook sqlite3_wal_autocheckpoint() installed: only one hook per connection.
    sqlite3_wal_hook(handle, &WalCheckpointer::onCommit, this);
    return {};
}

int WalCheckpointer::onCommit(void *self, sqlite3 *db, const char *schema, int pages)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    if (pages >= InlinePages) {
        // The thread is starved or blocked: do what SQLite's own automatic checkpoint would have done.
        sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        return SQLITE_OK;
    }
    if (pages >= BackgroundPages) {
        {
            std::lock_guard lock(checkpointer->m_mutex);
            checkpointer->m_pending = true;
        }
        checkpointer->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    pthread_setname_np(pthread_self(), "bd-wal-checkpt"); // told apart from the writer in top -H and perf
    sqlite3 *db = nullptr;
    // Opened here, not in the constructor: the connection belongs to this thread alone.
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        qCWarning(lcCheckpoint) << "cannot open" << m_path << "for background checkpoints:"
                                << (db ? sqlite3_errmsg(db) : "out of memory")
                                << "; commits will checkpoint the log themselves when it grows large";
        sqlite3_close(db);
        db = nullptr;
    }
    // A new connection learns that the database is in WAL mode when it first reads it; until then a
    // checkpoint on it does nothing.
    if (db && sqlite3_exec(db, "PRAGMA journal_mode", nullptr, nullptr, nullptr) != SQLITE_OK) {
        qCWarning(lcCheckpoint) << "cannot read" << m_path << "for background checkpoints:" << sqlite3_errmsg(db);
        sqlite3_close(db);
        db = nullptr;
    }
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_pending || m_stop; });
        const bool stopping = m_stop;
        m_pending = false;
        lock.unlock();
        if (db) {
            // PASSIVE: copies what no reader still needs and never blocks the writer or a reader. Once the
            // whole log is copied, the next commit starts the log again from its beginning.
            int logPages = 0;
            int copied = 0;
            const int rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logPages, &copied);
            if (rc == SQLITE_OK && logPages >= 0)
                ++m_checkpoints;
            else if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
                qCWarning(lcCheckpoint) << "background checkpoint of" << m_path << "failed:" << sqlite3_errmsg(db);
        }
        lock.lock();
        if (stopping)
            break;
    }
    lock.unlock();
    sqlite3_close(db);
}

} // namespace Bouncedesk::Model
