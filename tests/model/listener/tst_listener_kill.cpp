// kill -9 of the headless listener mid-burst: whatever was answered 2xx is stored, and after a restart
// and SNS's resend every MessageId and every event is stored exactly once.
#include "Burst.h"
#include "ListenerHarness.h"
#include "ListenerProcess.h"
#include "StoreAudit.h"
#include "TempDatabase.h"
#include "TestCa.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Test;

class TestListenerKill final : public QObject {
    Q_OBJECT

private slots:
    void killedMidBurstLosesNothingAcknowledged();
};

void TestListenerKill::killedMidBurstLosesNothingAcknowledged()
{
    constexpr int kMessages = 3000;
    constexpr int kConnections = 16;
    QString error;
    auto db = TempDatabase::create(&error);
    QVERIFY2(db, qPrintable(error));
    TestCa ca;
    const TestCa::Leaf leaf = ca.issue();
    const QString pin = ca.writeFile(QStringLiteral("pin.pem"), leaf.certPem);
    const QList<SignedRequest> requests =
        signedNotifications(kMessages, leaf.keyPem, ListenerHarness::topicArn, ListenerHarness::certUrl);

    ListenerProcess listener;
    QVERIFY2(listener.start(db->url().toString(), ListenerHarness::topicArn, ListenerHarness::certUrl, pin, &error),
             qPrintable(error));
    // Somewhere in the first half, with 16 requests in flight and a batch probably being committed.
    const int killAt = 600 + int(QRandomGenerator::global()->bounded(900));
    Burst first(listener.port(), requests, kConnections);
    first.onAnswer([&listener, killAt](int answered) {
        if (answered == killAt)
            listener.kill();
    });
    Burst::runAll({&first}, 60000);
    QVERIFY2(!listener.running(), "the listener was not killed: the burst ended first");
    const BurstResult &before = first.result();
    qInfo().noquote() << "before kill -9:" << before.summary();
    QCOMPARE(before.answeredOther, 0);

    // Nothing answered 2xx may be missing, before any resend.
    const StoreAudit afterKill = auditStore(db->url());
    QVERIFY2(afterKill.error.isEmpty(), qPrintable(afterKill.error));
    QStringList lost;
    for (const QString &id : before.acked)
        if (!afterKill.messageIds.contains(id))
            lost << id;
    qInfo().noquote() << QStringLiteral("acked before kill %1, stored after kill %2 (%3 stored but not acked), lost %4")
                             .arg(before.acked.size())
                             .arg(afterKill.messages)
                             .arg(afterKill.messages - before.acked.size())
                             .arg(lost.size());
    QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("acknowledged but not stored: ") + lost.mid(0, 5).join(u' ')));
    QCOMPARE(afterKill.duplicateEvents, 0);
    db->closeConnections();

    // SNS resends everything not acknowledged; here: everything, as a worst case.
    QVERIFY2(listener.start(db->url().toString(), ListenerHarness::topicArn, ListenerHarness::certUrl, pin, &error),
             qPrintable(error));
    Burst resend(listener.port(), requests, kConnections);
    Burst::runAll({&resend}, 60000);
    qInfo().noquote() << "resend after restart:" << resend.result().summary();
    QVERIFY2(resend.result().answered2xx == kMessages, qPrintable(resend.result().summary()));
    QVERIFY(listener.stop());

    const StoreAudit end = auditStore(db->url());
    qInfo().noquote() << "at the end:" << end.summary();
    QCOMPARE(end.messages, qint64(kMessages));
    QCOMPARE(qsizetype(end.messageIds.size()), qsizetype(kMessages));
    for (const SignedRequest &r : requests)
        QVERIFY2(end.messageIds.contains(r.messageId), qPrintable(r.messageId));
    QCOMPARE(end.events, qint64(kMessages)); // one recipient each
    QCOMPARE(end.duplicateEvents, 0);
    QCOMPARE(end.rollupEvents, qint64(kMessages));
}

QTEST_GUILESS_MAIN(TestListenerKill)
#include "tst_listener_kill.moc"
