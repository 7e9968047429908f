// The console writing to the listener's SQLite file during a burst: its actions never fail with
// "database is locked", and the listener never answers 503 for longer than one SNS retry interval.
#include "Burst.h"
#include "ListenerHarness.h"
#include "ListenerProcess.h"
#include "SesMessages.h"
#include "StoreAudit.h"
#include "TempDatabase.h"
#include "TestCa.h"
#include "policy/AddressActions.h"
#include "policy/ComplaintReview.h"
#include "policy/SuppressionList.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace Bouncedesk;
using namespace Bouncedesk::Test;

namespace {
constexpr int kHardBounced = 150;
constexpr qint64 kSnsRetryMs = 20000; // SNS's first retry comes after 20 s: a longer 503 stretch loses time

QString hardAddress(int i)
{
    return QStringLiteral("hard%1@example.org").arg(i);
}

struct ConsoleFigures {
    int resets = 0;
    int reviewed = 0;
    int suppressed = 0;
    qint64 longestActionMs = 0;
    QStringList failures;
};

// What a person at the console does, far faster than they can click: reset bounce status, mark complaints
// reviewed, add suppressions. Each action is the model's own write (BEGIN IMMEDIATE, 10 s busy timeout).
ConsoleFigures consoleLoop(const Model::DatabaseUrl &url, const std::atomic<bool> &stop)
{
    ConsoleFigures figures;
    {
        auto db = Model::Database::connection(url);
        if (!db) {
            figures.failures << db.errorText();
            return figures;
        }
        const Model::Actor actor{QStringLiteral("console-test"), {}};
        Model::AddressActions addresses(*db, actor);
        Model::ComplaintReview review(*db, actor);
        Model::SuppressionList suppressions(*db, actor);
        for (int i = 0; !stop.load(); ++i) {
            QElapsedTimer t;
            t.start();
            QString failure;
            switch (i % 3) {
            case 0:
                if (figures.resets < kHardBounced) {
                    auto r = addresses.resetBounceStatus(hardAddress(figures.resets), QStringLiteral("fault test"));
                    if (r)
                        ++figures.resets;
                    else
                        failure = QStringLiteral("reset: ") + r.errorText();
                }
                break;
            case 1: {
                QList<qint64> ids;
                QSqlQuery q(*db);
                if (q.exec(QStringLiteral("SELECT id FROM complaints WHERE reviewed = 0 ORDER BY id LIMIT 5")))
                    while (q.next())
                        ids << q.value(0).toLongLong();
                q = QSqlQuery();
                if (ids.isEmpty())
                    break;
                auto r = review.markReviewed(ids, QStringLiteral("fault test"));
                if (r)
                    figures.reviewed += r->reviewed;
                else
                    failure = QStringLiteral("review: ") + r.errorText();
                break;
            }
            default: {
                auto r = suppressions.add(QStringLiteral("manual%1@example.org").arg(i), QStringLiteral("manual"),
                                          QStringLiteral("fault test"));
                if (r)
                    ++figures.suppressed;
                else
                    failure = QStringLiteral("suppress: ") + r.errorText();
                break;
            }
            }
            figures.longestActionMs = std::max(figures.longestActionMs, t.elapsed());
            if (!failure.isEmpty())
                figures.failures << failure;
            // Faster than anyone clicks, but not a loop that takes the write lock back at once: SQLite's
            // busy handler would then starve the listener, which no console user can do.
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }
    Model::Database::closeConnection(url);
    return figures;
}
} // namespace

class TestListenerConsoleWrites final : public QObject {
    Q_OBJECT

private slots:
    void consoleWritesDuringBurst();
};

void TestListenerConsoleWrites::consoleWritesDuringBurst()
{
    constexpr int kSeed = 300;
    constexpr int kMessages = 8000;
    QString error;
    auto db = TempDatabase::create(Backend::Sqlite, &error);
    QVERIFY2(db, qPrintable(error));
    TestCa ca;
    const TestCa::Leaf leaf = ca.issue();
    const QString pin = ca.writeFile(QStringLiteral("pin.pem"), leaf.certPem);
    // Something for the console to act on: hard-bounced addresses and complaints.
    const QList<SignedRequest> seed = signedNotifications(
        kSeed, leaf.keyPem, ListenerHarness::topicArn, ListenerHarness::certUrl, 1, [](int i) {
            return i < kHardBounced
                ? Ses::bounce({hardAddress(i)}, QStringLiteral("Permanent"), QStringLiteral("General"))
                : Ses::complaint({QStringLiteral("plaint%1@example.org").arg(i)});
        });
    const QList<SignedRequest> burst =
        signedNotifications(kMessages, leaf.keyPem, ListenerHarness::topicArn, ListenerHarness::certUrl);

    ListenerProcess listener;
    QVERIFY2(listener.start(db->url().toString(), ListenerHarness::topicArn, ListenerHarness::certUrl, pin, &error),
             qPrintable(error));
    Burst seeding(listener.port(), seed, 8);
    Burst::runAll({&seeding}, 30000);
    QVERIFY2(seeding.result().answered2xx == kSeed, qPrintable(seeding.result().summary()));

    std::atomic<bool> stop = false;
    ConsoleFigures console;
    std::thread person([&] { console = consoleLoop(db->url(), stop); });
    Burst load(listener.port(), burst, 16);
    Burst::runAll({&load}, 120000);
    stop = true;
    person.join();
    const BurstResult &r = load.result();
    qInfo().noquote() << "burst:" << r.summary();
    qInfo().noquote() << QStringLiteral("console: %1 resets, %2 complaints reviewed, %3 suppressions added, longest "
                                        "action %4 ms, %5 failures; longest 503 stretch %6 ms")
                             .arg(console.resets)
                             .arg(console.reviewed)
                             .arg(console.suppressed)
                             .arg(console.longestActionMs)
                             .arg(console.failures.size())
                             .arg(r.longest503StretchMs);
    const QString logs = listener.errorOutput();
    QVERIFY(listener.stop());

    QVERIFY2(console.failures.isEmpty(), qPrintable(console.failures.mid(0, 5).join(u'\n')));
    QVERIFY(console.resets > 0 && console.reviewed > 0 && console.suppressed > 0);
    QVERIFY2(r.longest503StretchMs < kSnsRetryMs, qPrintable(logs));
    QCOMPARE(r.answeredOther + r.unanswered + r.notSent, 0);
    // What was answered 503 SNS sends again; everything else is stored once.
    const StoreAudit audit = auditStore(db->url());
    QCOMPARE(audit.messages, qint64(kSeed + r.answered2xx));
    QCOMPARE(audit.duplicateEvents, 0);
    db->closeConnections();
}

QTEST_GUILESS_MAIN(TestListenerConsoleWrites)
#include "tst_listener_console_writes.moc"
