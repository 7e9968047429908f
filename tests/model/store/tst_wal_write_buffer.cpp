// WalWriteBuffer: a commit's log frames reach the file in a few writes, every commit is in the file when
// it returns (another connection reads it at once), whatever its size, and a write that fails fails its
// commit and loses nothing committed before.
#include "store/Database.h"
#include "store/DatabaseUrl.h"
#include "store/WalWriteBuffer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <csignal>
#include <sys/resource.h>

using namespace Bouncedesk::Model;

class TestWalWriteBuffer final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theStoreInstallsIt();
    void aCommitIsFewWritesNotTwoAPage();
    void everyCommitIsInTheFileWhenItReturns_data();
    void everyCommitIsInTheFileWhenItReturns();
    void aLargeTransactionThatSpillsIsWhole();
    void aFailedWriteFailsItsCommitAndKeepsWhatWasCommitted();
    void aWriteThatFailedWhereTheCodeIsIgnoredStillFailsTheCommit();

private:
    QTemporaryDir m_dir;
};

namespace {
// A raw connection through the default VFS (this one, once installed).
struct Connection {
    Q_DISABLE_COPY_MOVE(Connection)
    sqlite3 *db = nullptr;
    explicit Connection(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
            sqlite3_close(db);
            db = nullptr;
        }
    }
    ~Connection() { sqlite3_close(db); }
    int exec(const QByteArray &sql) const { return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr); }
    // The database in WAL mode with settings (more PRAGMAs), and the table t the tests fill.
    int createLog(const QByteArray &settings, const QByteArray &extraColumns = {}) const
    {
        return exec("PRAGMA journal_mode=WAL; " + settings + "; CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB"
                    + extraColumns + ")");
    }
    qint64 scalar(const QByteArray &sql) const
    {
        sqlite3_stmt *st = nullptr;
        qint64 value = -1;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            value = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        return value;
    }
    QByteArray text(const QByteArray &sql) const
    {
        sqlite3_stmt *st = nullptr;
        QByteArray value;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            value = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
        return value;
    }
};

// While alive, files may grow only to bytes: writes past it fail (EFBIG), standing in for a full
// disk, instead of the process getting SIGXFSZ.
struct FileSizeLimit {
    rlimit old {};
    void (*previous)(int) = SIG_DFL;
    bool saved = false;
    bool set = false;
    explicit FileSizeLimit(rlim_t bytes)
    {
        saved = getrlimit(RLIMIT_FSIZE, &old) == 0;
        if (!saved)
            return;
        previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = old;
        limited.rlim_cur = bytes;
        set = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        if (!saved)
            return;
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previous);
    }
};

// Inserts rows rows of size bytes each (random, so pages do not compress into few) in one transaction.
int insertRows(const Connection &c, int rows, int size)
{
    return c.exec("BEGIN; INSERT INTO t (body) SELECT randomblob(" + QByteArray::number(size) + ") FROM "
                  "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                  + QByteArray::number(rows) + ") SELECT i FROM n); COMMIT;");
}
} // namespace

void TestWalWriteBuffer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(WalWriteBuffer::install(), "the VFS must register");
}

void TestWalWriteBuffer::theStoreInstallsIt()
{
    // Opening a database through the store leaves it the default for every later connection.
    const DatabaseUrl url = *DatabaseUrl::parse(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("store.db")));
    {
        auto db = Database::connection(url);
        QVERIFY2(db, qPrintable(db.errorText()));
    }
    QCOMPARE(QByteArray(sqlite3_vfs_find(nullptr)->zName), QByteArray("bouncedesk-wal-buffer"));
    Database::closeConnection(url);
}

void TestWalWriteBuffer::aCommitIsFewWritesNotTwoAPage()
{
    const QString path = m_dir.filePath(QStringLiteral("few.db"));
    Connection c(path);
    QVERIFY(c.db);
    QCOMPARE(c.createLog("PRAGMA synchronous=NORMAL"), SQLITE_OK);
    const qint64 framesBefore = c.scalar("PRAGMA wal_checkpoint(PASSIVE)"); // 0: not busy
    QCOMPARE(framesBefore, 0);
    const long long before = WalWriteBuffer::realWrites();
    QCOMPARE(insertRows(c, 100, 3000), SQLITE_OK); // about 100 pages: 200 writes without the buffer
    const long long writes = WalWriteBuffer::realWrites() - before;
    QVERIFY2(writes >= 1 && writes <= 6, qPrintable(QString::number(writes)));
    QCOMPARE(c.scalar("SELECT count(*) FROM t"), 100);
}

void TestWalWriteBuffer::everyCommitIsInTheFileWhenItReturns_data()
{
    QTest::addColumn<QByteArray>("synchronous");
    QTest::newRow("NORMAL (the listener's writer)") << QByteArray("NORMAL");
    QTest::newRow("FULL (every other connection)") << QByteArray("FULL");
}

void TestWalWriteBuffer::everyCommitIsInTheFileWhenItReturns()
{
    QFETCH(QByteArray, synchronous);
    const QString path = m_dir.filePath(QStringLiteral("commits-%1.db").arg(QString::fromLatin1(synchronous)));
    Connection writer(path);
    QVERIFY(writer.db);
    QCOMPARE(writer.createLog("PRAGMA synchronous=" + synchronous), SQLITE_OK);
    Connection reader(path);
    QVERIFY(reader.db);
    qint64 expected = 0;
    // One row to 200 rows, rows of 10 bytes to 200 KiB (a write above the real file's 128 KiB limit),
    // with checkpoints that reset the log in between: after each commit the other connection reads it.
    const int sizes[] = {10, 900, 5000, 200 * 1024};
    for (int round = 0; round < 24; ++round) {
        const int rows = 1 + (round * 37) % 200;
        const int size = sizes[round % 4];
        QCOMPARE(insertRows(writer, rows, size), SQLITE_OK);
        expected += rows;
        QCOMPARE(reader.scalar("SELECT count(*) FROM t"), expected);
        QCOMPARE(reader.scalar("SELECT sum(length(body)) FROM t WHERE id > (SELECT max(id) FROM t) - " + QByteArray::number(rows)),
                 qint64(rows) * size);
        if (round % 5 == 4)
            QCOMPARE(writer.exec("PRAGMA wal_checkpoint(TRUNCATE)"), SQLITE_OK);
    }
    QCOMPARE(reader.text("PRAGMA integrity_check"), QByteArray("ok"));
}

void TestWalWriteBuffer::aLargeTransactionThatSpillsIsWhole()
{
    // A cache of 10 pages makes SQLite write frames before the commit and rewrite some of them in
    // place when a page changes again (writes that do not follow the last one).
    const QString path = m_dir.filePath(QStringLiteral("spill.db"));
    Connection writer(path);
    QVERIFY(writer.db);
    QCOMPARE(writer.createLog("PRAGMA synchronous=NORMAL; PRAGMA cache_size=10", ", n INTEGER DEFAULT 0"), SQLITE_OK);
    QCOMPARE(writer.exec("BEGIN; INSERT INTO t (body) SELECT randomblob(2000) FROM "
                         "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) SELECT i FROM n);"
                         "UPDATE t SET n = id % 7 WHERE id % 3 = 0; UPDATE t SET n = n + 1 WHERE id % 5 = 0; COMMIT;"),
             SQLITE_OK);
    Connection reader(path);
    QVERIFY(reader.db);
    QCOMPARE(reader.scalar("SELECT count(*) FROM t"), 3000);
    qint64 sum = 0;
    for (int id = 1; id <= 3000; ++id)
        sum += (id % 3 == 0 ? id % 7 : 0) + (id % 5 == 0 ? 1 : 0);
    QCOMPARE(reader.scalar("SELECT sum(n) FROM t"), sum);
    QCOMPARE(reader.text("PRAGMA integrity_check"), QByteArray("ok"));
}

void TestWalWriteBuffer::aFailedWriteFailsItsCommitAndKeepsWhatWasCommitted()
{
    const QString path = m_dir.filePath(QStringLiteral("full.db"));
    Connection writer(path);
    QVERIFY(writer.db);
    QCOMPARE(writer.createLog("PRAGMA synchronous=NORMAL"), SQLITE_OK);
    QCOMPARE(insertRows(writer, 10, 1000), SQLITE_OK);
    const long long before = WalWriteBuffer::realWrites();
    int rc = SQLITE_OK;
    {
        // Room for half of the next commit's frames; the commit fits in the page cache, so every one
        // of its frames is gathered and the failing write is the one its commit frame sets off.
        const FileSizeLimit full(rlim_t(QFileInfo(path + QStringLiteral("-wal")).size() + 600 * 1024));
        QVERIFY(full.set);
        rc = insertRows(writer, 300, 3000); // about 1.2 MB of log
        writer.exec("ROLLBACK");
    }
    QVERIFY2(rc != SQLITE_OK, "a commit whose frames could not be written must fail");
    QVERIFY(WalWriteBuffer::realWrites() - before <= 12);
    Connection reader(path);
    QVERIFY(reader.db);
    QCOMPARE(reader.scalar("SELECT count(*) FROM t"), 10);
    // The same connection goes on once the disk has room again.
    QCOMPARE(insertRows(writer, 5, 1000), SQLITE_OK);
    QCOMPARE(reader.scalar("SELECT count(*) FROM t"), 15);
    QCOMPARE(reader.text("PRAGMA integrity_check"), QByteArray("ok"));
}

void TestWalWriteBuffer::aWriteThatFailedWhereTheCodeIsIgnoredStillFailsTheCommit()
{
    // SQLite ignores what some file controls return (hints): if gathered frames fail to go out
    // there, the commit that follows must fail rather than leave a hole in the log under it.
    const QString path = m_dir.filePath(QStringLiteral("hint.db"));
    Connection writer(path);
    QVERIFY(writer.db);
    QCOMPARE(writer.createLog("PRAGMA synchronous=NORMAL; PRAGMA cache_size=10"), SQLITE_OK);
    QCOMPARE(insertRows(writer, 10, 1000), SQLITE_OK);
    // Rows one page each, in a cache of 10 pages: SQLite spills frames before the commit, and they
    // wait in the buffer.
    QCOMPARE(writer.exec("BEGIN"), SQLITE_OK);
    for (int i = 0; i < 40; ++i)
        QCOMPARE(writer.exec("INSERT INTO t (body) VALUES (randomblob(3000))"), SQLITE_OK);
    sqlite3_file *log = nullptr;
    QCOMPARE(sqlite3_file_control(writer.db, "main", SQLITE_FCNTL_JOURNAL_POINTER, &log), SQLITE_OK);
    QVERIFY(log && log->pMethods);
    const long long before = WalWriteBuffer::realWrites();
    {
        const FileSizeLimit full(4096); // below the log's size: no gathered byte can go out
        QVERIFY(full.set);
        int moved = 0;
        [[maybe_unused]] const int ignored = log->pMethods->xFileControl(log, SQLITE_FCNTL_HAS_MOVED, &moved);
    }
    const long long attempted = WalWriteBuffer::realWrites() - before;
    QVERIFY2(attempted > 0, "the spilled frames should have been waiting in the buffer");
    // The disk has room again, but the frames are gone: the transaction must not commit (its next
    // write past the hole fails, or its commit does).
    const int insert = writer.exec("INSERT INTO t (body) VALUES (randomblob(3000))");
    const int commit = writer.exec("COMMIT");
    QVERIFY2(insert != SQLITE_OK || commit != SQLITE_OK, "a transaction whose frames were lost must not commit");
    writer.exec("ROLLBACK");
    Connection reader(path);
    QVERIFY(reader.db);
    QCOMPARE(reader.scalar("SELECT count(*) FROM t"), 10);
    QCOMPARE(insertRows(writer, 5, 1000), SQLITE_OK); // the next transaction writes again
    QCOMPARE(reader.scalar("SELECT count(*) FROM t"), 15);
    QCOMPARE(reader.text("PRAGMA integrity_check"), QByteArray("ok"));
}

QTEST_GUILESS_MAIN(TestWalWriteBuffer)
#include "tst_wal_write_buffer.moc"
