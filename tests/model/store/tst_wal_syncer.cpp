// WalSyncer: what waits on a commit runs only after the log is synced; commits made during a sync share
// the next one; a failed sync fails everything after it; attached, a connection stops syncing itself.
#include "store/Database.h"
#include "store/DatabaseUrl.h"
#include "store/WalSyncer.h"

#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cerrno>

using namespace Bouncedesk::Model;

class TestWalSyncer final : public QObject {
    Q_OBJECT

private slots:
    void answersOnlyAfterTheSync();
    void commitsDuringASyncShareTheNext();
    void aFailedSyncFailsEverythingAfterIt();
    void attachedConnectionStopsSyncingItself();
    void refusesAConnectionThatIsNotSqlite();
};

namespace {
// A sync that waits until the test lets it finish, and counts how often it ran.
struct HeldSync {
    QSemaphore started;
    QSemaphore release;
    std::atomic<int> runs = 0;
    WalSyncer::SyncFunction function()
    {
        return [this] {
            started.release();
            release.acquire();
            ++runs;
            return 0;
        };
    }
};
} // namespace

void TestWalSyncer::answersOnlyAfterTheSync()
{
    HeldSync sync;
    WalSyncer syncer(sync.function());
    std::atomic<int> answered = 0;
    std::atomic<int> durable = 0;
    syncer.whenDurable([&](Result<void> ok) {
        durable += ok ? 1 : 0;
        ++answered;
    });
    QVERIFY(sync.started.tryAcquire(1, 5000));
    QTest::qWait(100); // the sync is held: nothing may be answered yet
    QCOMPARE(answered.load(), 0);
    sync.release.release();
    QTRY_COMPARE(answered.load(), 1);
    QCOMPARE(durable.load(), 1);
    QCOMPARE(syncer.syncs(), 1);
}

void TestWalSyncer::commitsDuringASyncShareTheNext()
{
    HeldSync sync;
    std::atomic<int> answered = 0;
    auto answer = [&answered](Result<void> ok) { answered += ok ? 1 : 1000; };
    {
        WalSyncer syncer(sync.function());
        syncer.whenDurable(answer);
        QVERIFY(sync.started.tryAcquire(1, 5000));
        // Three commits while the first sync runs: one more sync covers them all.
        for (int i = 0; i < 3; ++i)
            syncer.whenDurable(answer);
        sync.release.release(2);
        QTRY_COMPARE(answered.load(), 4);
        QCOMPARE(sync.runs.load(), 2);
        // Waiting when the syncer goes: synced and answered by its destructor, not dropped.
        syncer.whenDurable(answer);
        sync.release.release();
    }
    QCOMPARE(answered.load(), 5);
    QCOMPARE(sync.runs.load(), 3);
}

void TestWalSyncer::aFailedSyncFailsEverythingAfterIt()
{
    std::atomic<int> runs = 0;
    WalSyncer syncer([&runs] { return ++runs == 1 ? EIO : 0; });
    std::atomic<int> failed = 0;
    // 503 (Unavailable): SNS sends it again; the text says what went wrong.
    auto expectFailure = [&](Result<void> durable) {
        if (!durable && durable.error().kind == Error::Kind::Unavailable
            && durable.errorText().contains(QStringLiteral("write-ahead log")))
            ++failed;
    };
    syncer.whenDurable(expectFailure);
    QTRY_COMPARE(failed.load(), 1);
    QVERIFY(syncer.failed());
    // A later sync that "succeeds" proves nothing after a write-back error: it fails too.
    syncer.whenDurable(expectFailure);
    QTRY_COMPARE(failed.load(), 2);
    QCOMPARE(runs.load(), 1);
    QCOMPARE(syncer.syncs(), 0);
}

void TestWalSyncer::attachedConnectionStopsSyncingItself()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sync.db"));
    auto url = DatabaseUrl::parse(QStringLiteral("sqlite://") + path);
    QVERIFY2(url, qPrintable(url.errorText()));
    {
        auto db = Database::connection(*url);
        QVERIFY2(db, qPrintable(db.errorText()));
        QSqlQuery q(*db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL: every commit syncs itself
        q.finish();
        {
            WalSyncer syncer;
            QVERIFY2(syncer.attach(*db), "attach");
            QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1); // NORMAL: the syncer syncs the log
            q.finish();
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO rows (body) VALUES ('kept')")));
            std::atomic<bool> durable = false;
            syncer.whenDurable([&](Result<void> ok) { durable = bool(ok); });
            QTRY_VERIFY(durable.load()); // fdatasync() on the real log file
            QCOMPARE(syncer.syncs(), 1);
        }
        q = QSqlQuery();
        Database::closeConnection(*url);
    }
    auto again = Database::connection(*url);
    QVERIFY2(again, qPrintable(again.errorText()));
    QSqlQuery q(*again);
    QVERIFY(q.exec(QStringLiteral("SELECT body FROM rows")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
    q = QSqlQuery();
    Database::closeConnection(*url);
}

void TestWalSyncer::refusesAConnectionThatIsNotSqlite()
{
    WalSyncer syncer;
    QVERIFY(!syncer.attach(QSqlDatabase()));
    // Never attached: nothing can be made durable, so nothing is claimed to be.
    std::atomic<int> refused = 0;
    syncer.whenDurable([&](Result<void> ok) { refused += ok ? 1000 : 1; });
    QTRY_COMPARE(refused.load(), 1);
}

QTEST_GUILESS_MAIN(TestWalSyncer)
#include "tst_wal_syncer.moc"
