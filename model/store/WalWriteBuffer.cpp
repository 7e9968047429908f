// An SQLite VFS that hands each commit's log frames to the write-ahead log in one write (see WalWriteBuffer.h).
#include "store/WalWriteBuffer.h"

#include <QString>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <string>

namespace Bouncedesk::Model::WalWriteBuffer {

namespace {

constexpr char kName[] = "bouncedesk-wal-buffer";
// SQLite's frame header (file format, "WAL File Format"): page number, then the database size in
// pages after the commit for a commit frame and zero for every other frame, salts and checksums.
constexpr int kFrameHeader = 24;
// A transaction larger than this (a bulk import, a migration) goes out in pieces of about this size.
constexpr size_t kMaxBuffered = size_t(4) << 20;
// The unix VFS writes at most 128 KiB less a byte in one call (seekAndWriteFd masks the length with
// 0x1ffff and reports a longer write as a full disk), so the gathered bytes go out in pieces this large.
constexpr size_t kMaxWrite = 0x1ffff;

std::atomic<long long> g_realWrites = 0;
sqlite3_vfs *g_real = nullptr; // the default VFS this one wraps
sqlite3_vfs g_vfs {};

// A write-ahead log file: the real file's state follows this struct in the block SQLite allocates.
struct LogFile {
    sqlite3_file base;
    sqlite3_file *real;
    std::string *pending; // gathered bytes not yet in the file; owned, freed at close
    sqlite3_int64 pendingAt;
    bool commitPageNext; // the last write was a commit frame's header: its page ends the commit
    // Gathered bytes from lostAt on could not be written. Until SQLite writes from there or earlier
    // again (the next transaction, after its rollback), nothing past it is read, written or synced:
    // a failure that surfaced where SQLite ignores the code (a file-control hint) cannot leave a hole
    // in the log under a later commit.
    bool failed;
    sqlite3_int64 lostAt;
};

LogFile *logFile(sqlite3_file *file)
{
    return reinterpret_cast<LogFile *>(file);
}

sqlite3_file *real(sqlite3_file *file)
{
    return logFile(file)->real;
}

int flush(LogFile *f)
{
    if (f->pending->empty())
        return SQLITE_OK;
    int rc = SQLITE_OK;
    for (size_t done = 0; done < f->pending->size() && rc == SQLITE_OK; done += kMaxWrite) {
        const size_t amount = std::min(kMaxWrite, f->pending->size() - done);
        ++g_realWrites;
        rc = f->real->pMethods->xWrite(f->real, f->pending->data() + done, int(amount), f->pendingAt + sqlite3_int64(done));
    }
    if (rc != SQLITE_OK && !f->failed) {
        f->failed = true;
        f->lostAt = f->pendingAt;
    }
    f->pending->clear();
    f->commitPageNext = false;
    if (f->pending->capacity() > kMaxBuffered)
        std::string().swap(*f->pending);
    return rc;
}

quint32 bigEndian32(const unsigned char *p)
{
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
}

int logWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    LogFile *f = logFile(file);
    if (f->failed) {
        if (offset > f->lostAt)
            return SQLITE_IOERR_WRITE;
        f->failed = false;
    }
    const bool endsCommit = f->commitPageNext;
    if (!f->pending->empty() && offset != f->pendingAt + sqlite3_int64(f->pending->size())) {
        // Not the next bytes (the log's header after a restart, a frame rewritten in place): the
        // gathered bytes go first, so the file sees every write in the order SQLite made it.
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
    }
    if (f->pending->empty())
        f->pendingAt = offset;
    f->pending->append(static_cast<const char *>(data), size_t(amount));
    f->commitPageNext = amount == kFrameHeader && bigEndian32(static_cast<const unsigned char *>(data) + 4) != 0;
    if (endsCommit || f->pending->size() >= kMaxBuffered)
        return flush(f);
    return SQLITE_OK;
}

// Everything else that touches the file first writes out what is gathered.
int logRead(sqlite3_file *file, void *data, int amount, sqlite3_int64 offset)
{
    LogFile *f = logFile(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    if (f->failed && offset + amount > f->lostAt)
        return SQLITE_IOERR_READ;
    return f->real->pMethods->xRead(f->real, data, amount, offset);
}

int logTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    LogFile *f = logFile(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    if (f->failed && size <= f->lostAt)
        f->failed = false;
    return f->real->pMethods->xTruncate(f->real, size);
}

int logSync(sqlite3_file *file, int flags)
{
    LogFile *f = logFile(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    if (f->failed)
        return SQLITE_IOERR_FSYNC;
    return f->real->pMethods->xSync(f->real, flags);
}

int logFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    if (const int rc = flush(logFile(file)); rc != SQLITE_OK)
        return rc;
    return real(file)->pMethods->xFileSize(real(file), size);
}

int logFileControl(sqlite3_file *file, int op, void *arg)
{
    if (const int rc = flush(logFile(file)); rc != SQLITE_OK)
        return rc;
    return real(file)->pMethods->xFileControl(real(file), op, arg);
}

int logClose(sqlite3_file *file)
{
    LogFile *f = logFile(file);
    const int flushed = flush(f);
    const int closed = f->real->pMethods->xClose(f->real);
    delete f->pending;
    f->pending = nullptr;
    return flushed != SQLITE_OK ? flushed : closed;
}

// The rest only passes through (SQLite neither maps nor fetches a log file; forwarded all the same).
int logLock(sqlite3_file *file, int level) { return real(file)->pMethods->xLock(real(file), level); }
int logUnlock(sqlite3_file *file, int level) { return real(file)->pMethods->xUnlock(real(file), level); }
int logCheckReservedLock(sqlite3_file *file, int *out) { return real(file)->pMethods->xCheckReservedLock(real(file), out); }
int logSectorSize(sqlite3_file *file) { return real(file)->pMethods->xSectorSize(real(file)); }
int logDeviceCharacteristics(sqlite3_file *file) { return real(file)->pMethods->xDeviceCharacteristics(real(file)); }
int logShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **out)
{
    return real(file)->pMethods->xShmMap(real(file), region, size, extend, out);
}
int logShmLock(sqlite3_file *file, int offset, int n, int flags) { return real(file)->pMethods->xShmLock(real(file), offset, n, flags); }
void logShmBarrier(sqlite3_file *file) { real(file)->pMethods->xShmBarrier(real(file)); }
int logShmUnmap(sqlite3_file *file, int deleteFlag) { return real(file)->pMethods->xShmUnmap(real(file), deleteFlag); }
int logFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    if (const int rc = flush(logFile(file)); rc != SQLITE_OK)
        return rc;
    return real(file)->pMethods->xFetch(real(file), offset, amount, out);
}
int logUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page) { return real(file)->pMethods->xUnfetch(real(file), offset, page); }

const sqlite3_io_methods kLogMethods = {
    3,
    logClose,
    logRead,
    logWrite,
    logTruncate,
    logSync,
    logFileSize,
    logLock,
    logUnlock,
    logCheckReservedLock,
    logFileControl,
    logSectorSize,
    logDeviceCharacteristics,
    logShmMap,
    logShmLock,
    logShmBarrier,
    logShmUnmap,
    logFetch,
    logUnfetch,
};

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    if (!(flags & SQLITE_OPEN_WAL)) // every other file is the real VFS's own, in the same block
        return g_real->xOpen(g_real, name, file, flags, outFlags);
    LogFile *f = logFile(file);
    f->base.pMethods = nullptr;
    f->real = reinterpret_cast<sqlite3_file *>(f + 1);
    const int rc = g_real->xOpen(g_real, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc; // pMethods stays null: SQLite does not close a file it could not open
    if (f->real->pMethods->iVersion < 3) {
        // A default VFS without shared memory and fetch methods: leave its file as it is.
        f->real->pMethods->xClose(f->real);
        return g_real->xOpen(g_real, name, file, flags, outFlags);
    }
    f->pending = new std::string;
    f->pendingAt = 0;
    f->commitPageNext = false;
    f->failed = false;
    f->lostAt = 0;
    f->base.pMethods = &kLogMethods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDir) { return g_real->xDelete(g_real, name, syncDir); }
int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out) { return g_real->xAccess(g_real, name, flags, out); }
int vfsFullPathname(sqlite3_vfs *, const char *name, int n, char *out) { return g_real->xFullPathname(g_real, name, n, out); }
void *vfsDlOpen(sqlite3_vfs *, const char *name) { return g_real->xDlOpen(g_real, name); }
void vfsDlError(sqlite3_vfs *, int n, char *out) { g_real->xDlError(g_real, n, out); }
void (*vfsDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void) { return g_real->xDlSym(g_real, handle, symbol); }
void vfsDlClose(sqlite3_vfs *, void *handle) { g_real->xDlClose(g_real, handle); }
int vfsRandomness(sqlite3_vfs *, int n, char *out) { return g_real->xRandomness(g_real, n, out); }
int vfsSleep(sqlite3_vfs *, int micros) { return g_real->xSleep(g_real, micros); }
int vfsCurrentTime(sqlite3_vfs *, double *out) { return g_real->xCurrentTime(g_real, out); }
int vfsGetLastError(sqlite3_vfs *, int n, char *out) { return g_real->xGetLastError(g_real, n, out); }
int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out) { return g_real->xCurrentTimeInt64(g_real, out); }
int vfsSetSystemCall(sqlite3_vfs *, const char *name, sqlite3_syscall_ptr call)
{
    return g_real->xSetSystemCall(g_real, name, call);
}
sqlite3_syscall_ptr vfsGetSystemCall(sqlite3_vfs *, const char *name) { return g_real->xGetSystemCall(g_real, name); }
const char *vfsNextSystemCall(sqlite3_vfs *, const char *name) { return g_real->xNextSystemCall(g_real, name); }

Result<void> registerVfs()
{
    if (sqlite3_initialize() != SQLITE_OK)
        return Error::unavailable(QStringLiteral("cannot initialise SQLite"));
    g_real = sqlite3_vfs_find(nullptr);
    if (!g_real)
        return Error::unavailable(QStringLiteral("SQLite has no default VFS"));
    if (g_real->iVersion < 3)
        return Error::unavailable(QStringLiteral("SQLite's default VFS is too old to wrap"));
    g_vfs.iVersion = 3;
    g_vfs.szOsFile = int(sizeof(LogFile)) + g_real->szOsFile;
    g_vfs.mxPathname = g_real->mxPathname;
    g_vfs.zName = kName;
    g_vfs.xOpen = vfsOpen;
    g_vfs.xDelete = vfsDelete;
    g_vfs.xAccess = vfsAccess;
    g_vfs.xFullPathname = vfsFullPathname;
    g_vfs.xDlOpen = vfsDlOpen;
    g_vfs.xDlError = vfsDlError;
    g_vfs.xDlSym = vfsDlSym;
    g_vfs.xDlClose = vfsDlClose;
    g_vfs.xRandomness = vfsRandomness;
    g_vfs.xSleep = vfsSleep;
    g_vfs.xCurrentTime = vfsCurrentTime;
    g_vfs.xGetLastError = vfsGetLastError;
    g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    g_vfs.xSetSystemCall = vfsSetSystemCall;
    g_vfs.xGetSystemCall = vfsGetSystemCall;
    g_vfs.xNextSystemCall = vfsNextSystemCall;
    if (const int rc = sqlite3_vfs_register(&g_vfs, 1); rc != SQLITE_OK)
        return Error::unavailable(QStringLiteral("cannot register the log-buffering VFS: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

} // namespace

Result<void> install()
{
    static std::once_flag once;
    static Result<void> outcome;
    std::call_once(once, [] { outcome = registerVfs(); });
    return outcome;
}

long long realWrites()
{
    return g_realWrites.load();
}

} // namespace Bouncedesk::Model::WalWriteBuffer
