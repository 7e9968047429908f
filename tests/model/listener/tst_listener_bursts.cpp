// Repeated large bursts against one listener process: every request answered 2xx, every time.
#include "Burst.h"
#include "ListenerHarness.h"
#include "ListenerProcess.h"
#include "StoreAudit.h"
#include "TempDatabase.h"
#include "TestCa.h"

#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Test;

class TestListenerBursts final : public QObject {
    Q_OBJECT

private slots:
    void repeatedBurstsWithoutAFailedRequest();
};

void TestListenerBursts::repeatedBurstsWithoutAFailedRequest()
{
    // make check keeps it small; bench/ingest/repeat-bursts.sh runs 20 x 20,000.
    const int runs = qEnvironmentVariableIntValue("BOUNCEDESK_BURST_RUNS") > 0 ? qEnvironmentVariableIntValue("BOUNCEDESK_BURST_RUNS") : 3;
    const int messages = qEnvironmentVariableIntValue("BOUNCEDESK_BURST_MESSAGES") > 0
        ? qEnvironmentVariableIntValue("BOUNCEDESK_BURST_MESSAGES")
        : 5000;
    constexpr int kConnections = 64;
    QString error;
    auto db = TempDatabase::create(Backend::Sqlite, &error);
    QVERIFY2(db, qPrintable(error));
    TestCa ca;
    const TestCa::Leaf leaf = ca.issue();
    const QString pin = ca.writeFile(QStringLiteral("pin.pem"), leaf.certPem);

    ListenerProcess listener;
    QVERIFY2(listener.start(db->url().toString(), ListenerHarness::topicArn, ListenerHarness::certUrl, pin, &error),
             qPrintable(error));
    for (int run = 1; run <= runs; ++run) {
        const QList<SignedRequest> requests =
            signedNotifications(messages, leaf.keyPem, ListenerHarness::topicArn, ListenerHarness::certUrl, 5000);
        Burst burst(listener.port(), requests, kConnections);
        Burst::runAll({&burst}, 120000);
        const BurstResult &r = burst.result();
        qInfo().noquote() << QStringLiteral("run %1/%2: %3 messages over %4 connections: %5 (%6/s)")
                                 .arg(run)
                                 .arg(runs)
                                 .arg(messages)
                                 .arg(kConnections)
                                 .arg(r.summary())
                                 .arg(r.elapsedMs > 0 ? messages * 1000 / r.elapsedMs : 0);
        // A listener that died (a crash: connections refused from then on) is named as such; its
        // stderr holds the sanitizer report in a sanitizer build, and a core is left where it ran.
        QVERIFY2(r.answered2xx == messages,
                 qPrintable(r.summary() + (listener.running() ? QString() : QStringLiteral("; the listener process died"))
                            + u'\n' + listener.errorOutput()));
    }
    QVERIFY(listener.stop());
    const StoreAudit audit = auditStore(db->url());
    QCOMPARE(audit.messages, qint64(runs) * messages);
    QCOMPARE(audit.duplicateEvents, 0);
    db->closeConnections();
}

QTEST_GUILESS_MAIN(TestListenerBursts)
#include "tst_listener_bursts.moc"
