// WalCheckpointer: an SQLite writer's log is copied back in the background and stays bounded, nothing lost.
#include "store/Database.h"
#include "store/DatabaseUrl.h"
#include "store/WalCheckpointer.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Bouncedesk::Model;

class TestWalCheckpointer final : public QObject {
    Q_OBJECT

private slots:
    void logStaysBoundedWhileCommitsGoOn();
    void refusesAConnectionThatIsNotSqlite();
};

void TestWalCheckpointer::logStaysBoundedWhileCommitsGoOn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wal.db"));
    auto url = DatabaseUrl::parse(QStringLiteral("sqlite://") + path);
    QVERIFY2(url, qPrintable(url.errorText()));
    auto db = Database::connection(*url);
    QVERIFY2(db, qPrintable(db.errorText()));
    QSqlQuery q(*db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous=OFF"))); // the page count matters here, not durability
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE rows (id INTEGER PRIMARY KEY, body BLOB NOT NULL)")));
    {
        WalCheckpointer checkpointer(path);
        QVERIFY(checkpointer.attach(*db));
        // Each commit writes at least a leaf page and its parent: without a checkpoint the log would hold
        // more than 2 * rows pages, and SQLite's own automatic checkpoint is replaced by the hook.
        constexpr int rows = 6000;
        const QByteArray body(4000, 'x');
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO rows (body) VALUES (?)")));
        qint64 largestLog = 0;
        for (int i = 0; i < rows; ++i) {
            q.addBindValue(body);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            largestLog = std::max(largestLog, QFileInfo(path + QStringLiteral("-wal")).size());
        }
        QTRY_VERIFY(checkpointer.checkpoints() > 0);
        // Copied into the database file while the connection stayed open (this loop writes far faster
        // than a listener, so the thread may lag behind it: the inline limit bounds the log then).
        QTRY_VERIFY(QFileInfo(path).size() > qint64(rows / 2) * body.size());
        constexpr qint64 pageBytes = 4096 + 24; // a page and its frame header
        QVERIFY2(largestLog < qint64(WalCheckpointer::InlinePages + WalCheckpointer::BackgroundPages) * pageBytes,
                 qPrintable(QStringLiteral("the log grew to %1 bytes").arg(largestLog)));
        // SQLite's automatic checkpoint (every 1,000 pages) is off: the log grows past it.
        QVERIFY2(largestLog > qint64(WalCheckpointer::BackgroundPages / 2) * pageBytes,
                 qPrintable(QStringLiteral("the log never grew past %1 bytes").arg(largestLog)));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(length(body)) FROM rows")) && q.next());
        QCOMPARE(q.value(0).toInt(), rows);
        QCOMPARE(q.value(1).toLongLong(), qint64(rows) * body.size());
        q.finish();
        Database::closeConnection(*url); // before the checkpointer: the hook points at it
    }
    // What was committed is in the database file itself, readable on a new connection.
    auto again = Database::connection(*url);
    QVERIFY2(again, qPrintable(again.errorText()));
    QSqlQuery check(*again);
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(check.exec(QStringLiteral("SELECT count(*) FROM rows")) && check.next());
    QCOMPARE(check.value(0).toInt(), 6000);
    check = QSqlQuery();
    Database::closeConnection(*url);
}

void TestWalCheckpointer::refusesAConnectionThatIsNotSqlite()
{
    WalCheckpointer checkpointer(QStringLiteral("/nonexistent/none.db"));
    const Result<void> attached = checkpointer.attach(QSqlDatabase());
    QVERIFY(!attached);
    QVERIFY(!attached.errorText().isEmpty());
}

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_wal_checkpointer.moc"
