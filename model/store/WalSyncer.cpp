// The log syncs of an SQLite writer in WAL mode, on their own thread (see WalSyncer.h).
#include "store/WalSyncer.h"

#include "store/Sql.h"

#include <QLoggingCategory>

#include <pthread.h>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSync, "bouncedesk.store.sync")

namespace Bouncedesk::Model {

namespace {
// Only ever logged or sent to SNS as a 503 body: English, like every log line.
Error syncError(int code)
{
    return Error::unavailable(QStringLiteral("cannot make the write-ahead log durable: %1")
                                  .arg(QString::fromLocal8Bit(std::strerror(code))),
                              QStringLiteral("database-unavailable"));
}
} // namespace

WalSyncer::WalSyncer() : WalSyncer(SyncFunction()) { }

WalSyncer::WalSyncer(SyncFunction sync) : m_sync(std::move(sync)), m_thread([this] { run(); }) { }

WalSyncer::~WalSyncer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<void> WalSyncer::attach(const QSqlDatabase &db)
{
    sqlite3 *handle = Sql::sqliteHandle(db);
    if (!handle)
        return Error::invalid(QStringLiteral("syncing the log apart needs an open SQLite connection"));
    // A read opens (and if need be creates) the log of a database in WAL mode.
    if (sqlite3_exec(handle, "SELECT 1 FROM sqlite_schema LIMIT 1", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error::unavailable(QStringLiteral("cannot read the database: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    if (!m_sync) {
        const char *log = sqlite3_filename_wal(sqlite3_db_filename(handle, "main"));
        if (!log || !*log)
            return Error::invalid(QStringLiteral("the database has no write-ahead log file"));
        // Any descriptor of the file flushes it: the sync is of the file, not of the descriptor.
        m_fd = ::open(log, O_RDONLY | O_CLOEXEC);
        if (m_fd < 0)
            return Error::unavailable(QStringLiteral("cannot open the write-ahead log %1: %2")
                                          .arg(QString::fromLocal8Bit(log), QString::fromLocal8Bit(std::strerror(errno))));
        m_sync = [fd = m_fd] { return ::fdatasync(fd) == 0 ? 0 : errno; };
    }
    if (sqlite3_exec(handle, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error::unavailable(QStringLiteral("cannot change how the database syncs: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    return {};
}

void WalSyncer::whenDurable(Done done)
{
    {
        std::lock_guard lock(m_mutex);
        m_waiting.push_back(std::move(done));
    }
    m_wake.notify_one();
}

void WalSyncer::run()
{
    pthread_setname_np(pthread_self(), "bd-wal-sync"); // told apart from the writer in top -H and perf
    std::vector<Done> batch;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return !m_waiting.empty() || m_stop; });
        if (m_waiting.empty())
            break; // stopping, and nothing waits
        batch.swap(m_waiting);
        lock.unlock();
        Result<void> durable;
        if (m_failed.load()) {
            durable = syncError(EIO);
        } else if (const int code = m_sync ? m_sync() : EBADF; code != 0) {
            qCCritical(lcSync) << "syncing the write-ahead log failed:" << std::strerror(code)
                               << "; what was committed since the last sync is answered 503 (SNS sends it again)";
            m_failed = true;
            durable = syncError(code);
        } else {
            ++m_syncs;
        }
        for (Done &done : batch)
            done(durable);
        batch.clear();
        lock.lock();
    }
}

} // namespace Bouncedesk::Model
