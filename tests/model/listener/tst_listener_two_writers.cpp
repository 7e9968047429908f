// Two headless listeners on one PostgreSQL database receive the same messages at the same time: their
// group commits must not deadlock into 503s, and each message and event is stored once.
#include "Burst.h"
#include "DbProbe.h"
#include "SesMessages.h"
#include "ListenerHarness.h"
#include "ListenerProcess.h"
#include "StoreAudit.h"
#include "TempDatabase.h"
#include "TestCa.h"
#include "store/Database.h"

#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Test;

class TestListenerTwoWriters final : public QObject {
    Q_OBJECT

private slots:
    void sameMessagesThroughTwoListeners();
    void differentEventsForTheSameAddressesAreAllCounted();
};

void TestListenerTwoWriters::sameMessagesThroughTwoListeners()
{
    constexpr int kMessages = 2000;
    constexpr int kConnections = 16;
    QString error;
    auto db = TempDatabase::create(Backend::Postgres, &error);
    QVERIFY2(db, qPrintable(error));
    TestCa ca;
    const TestCa::Leaf leaf = ca.issue();
    const QString pin = ca.writeFile(QStringLiteral("pin.pem"), leaf.certPem);
    // Few addresses, so that both listeners' batches share address and rollup rows.
    const QList<SignedRequest> requests =
        signedNotifications(kMessages, leaf.keyPem, ListenerHarness::topicArn, ListenerHarness::certUrl, 200);

    ListenerProcess a, b;
    // One after the other: the first creates the schema.
    QVERIFY2(a.start(db->url().toString(), ListenerHarness::topicArn, ListenerHarness::certUrl, pin, &error),
             qPrintable(error));
    QVERIFY2(b.start(db->url().toString(), ListenerHarness::topicArn, ListenerHarness::certUrl, pin, &error),
             qPrintable(error));
    Burst toA(a.port(), requests, kConnections);
    Burst toB(b.port(), requests, kConnections);
    Burst::runAll({&toA, &toB}, 120000);
    const BurstResult &ra = toA.result();
    const BurstResult &rb = toB.result();
    qInfo().noquote() << "listener A:" << ra.summary();
    qInfo().noquote() << "listener B:" << rb.summary();
    const QString logs = QStringLiteral("\nA: ") + a.errorOutput() + QStringLiteral("\nB: ") + b.errorOutput();
    QVERIFY(a.stop());
    QVERIFY(b.stop());

    const StoreAudit audit = auditStore(db->url());
    qInfo().noquote() << QStringLiteral("sent %1 to each listener; stored %2 messages, %3 events; 503s %4 + %5")
                             .arg(kMessages)
                             .arg(audit.messages)
                             .arg(audit.events)
                             .arg(ra.answered503)
                             .arg(rb.answered503);
    qInfo().noquote() << audit.summary();
    QVERIFY2(ra.answered2xx == kMessages && rb.answered2xx == kMessages, qPrintable(logs));
    QCOMPARE(audit.messages, qint64(kMessages));
    QCOMPARE(audit.events, qint64(kMessages));
    QCOMPARE(audit.duplicateEvents, 0);
    QCOMPARE(audit.rollupEvents, qint64(kMessages));
    db->closeConnections();
}

void TestListenerTwoWriters::differentEventsForTheSameAddressesAreAllCounted()
{
    // Each listener reads an address's state and writes it back: without a row lock on PostgreSQL two
    // listeners updating one address at once lose one of the two updates (a bounce count, a streak).
    constexpr int kEach = 600;
    constexpr int kAddresses = 8;
    QString error;
    auto db = TempDatabase::create(Backend::Postgres, &error);
    QVERIFY2(db, qPrintable(error));
    TestCa ca;
    const TestCa::Leaf leaf = ca.issue();
    const QString pin = ca.writeFile(QStringLiteral("pin.pem"), leaf.certPem);
    const auto bounce = [](int i) {
        return Ses::bounce({QStringLiteral("shared%1@example.org").arg(i % kAddresses)}, QStringLiteral("Transient"),
                           QStringLiteral("MailboxFull"));
    };
    const QList<SignedRequest> forA =
        signedNotifications(kEach, leaf.keyPem, ListenerHarness::topicArn, ListenerHarness::certUrl, kAddresses, bounce);
    const QList<SignedRequest> forB =
        signedNotifications(kEach, leaf.keyPem, ListenerHarness::topicArn, ListenerHarness::certUrl, kAddresses, bounce);
    ListenerProcess a, b;
    QVERIFY2(a.start(db->url().toString(), ListenerHarness::topicArn, ListenerHarness::certUrl, pin, &error),
             qPrintable(error));
    QVERIFY2(b.start(db->url().toString(), ListenerHarness::topicArn, ListenerHarness::certUrl, pin, &error),
             qPrintable(error));
    Burst toA(a.port(), forA, 16);
    Burst toB(b.port(), forB, 16);
    Burst::runAll({&toA, &toB}, 120000);
    const QString logs = QStringLiteral("\nA: ") + a.errorOutput() + QStringLiteral("\nB: ") + b.errorOutput();
    QVERIFY(a.stop());
    QVERIFY(b.stop());
    QVERIFY2(toA.result().answered2xx == kEach && toB.result().answered2xx == kEach, qPrintable(logs));
    auto conn = Model::Database::connection(db->url());
    QVERIFY(conn.ok());
    const qint64 counted = Test::scalar(*conn, QStringLiteral("SELECT SUM(bounce_count) FROM address_state"));
    qInfo().noquote() << QStringLiteral("bounces sent %1, counted in address_state %2").arg(2 * kEach).arg(counted);
    QCOMPARE(counted, qint64(2 * kEach));
    db->closeConnections();
}

QTEST_GUILESS_MAIN(TestListenerTwoWriters)
#include "tst_listener_two_writers.moc"
