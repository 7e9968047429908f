// PostgreSQL stopped mid-run: the listener answers 503, acknowledges nothing unstored, and recovers by itself.
#include "ListenerHarness.h"
#include "SesMessages.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Test;

namespace {
bool pgServer(const QString &action, const QString &stateDir, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("bash"), {qEnvironmentVariable("BOUNCEDESK_PG_SCRIPT"), action, stateDir});
    const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    *output = QString::fromUtf8(p.readAll());
    return ok;
}
} // namespace

class TestListenerOutage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void databaseDownMeans503ThenRecovery();

private:
    QTemporaryDir m_state;
};

void TestListenerOutage::initTestCase()
{
    QString output;
    // This test stops its database, so it gets a server of its own rather than the shared one.
    QVERIFY2(pgServer(QStringLiteral("start"), m_state.path(), &output), qPrintable(output));
}

void TestListenerOutage::cleanupTestCase()
{
    QString output;
    pgServer(QStringLiteral("stop"), m_state.path(), &output);
}

void TestListenerOutage::databaseDownMeans503ThenRecovery()
{
    QFile urlFile(m_state.filePath(QStringLiteral("url")));
    QVERIFY(urlFile.open(QIODevice::ReadOnly));
    auto url = Model::DatabaseUrl::parse(QString::fromUtf8(urlFile.readAll()).trimmed());
    QVERIFY2(url.ok(), qPrintable(url.errorText()));

    ListenerHarness h;
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.pinnedCertificates.insert(ListenerHarness::certUrl, h.ca().writeFile(QStringLiteral("pin.pem"), h.leaf().certPem));
    QString error;
    QVERIFY2(h.startOn(*url, settings, &error), qPrintable(error));

    auto message = [&h](const QString &to) {
        return h.sign(ListenerHarness::notification(Ses::bounce({to}, QStringLiteral("Permanent"), QStringLiteral("General"))));
    };
    QCOMPARE(h.post(message(QStringLiteral("before@example.org"))).status, 200);

    QString output;
    QVERIFY2(pgServer(QStringLiteral("halt"), m_state.path(), &output), qPrintable(output));
    const QByteArray during = message(QStringLiteral("during@example.org"));
    for (int attempt = 0; attempt < 3; ++attempt) {
        const HttpResponse r = h.post(during);
        QVERIFY2(r.status == 503, qPrintable(QStringLiteral("attempt %1: %2 %3").arg(attempt).arg(r.status).arg(QString::fromUtf8(r.body))));
    }
    QVERIFY(h.listener()->metrics().snapshot().unavailable >= 3);
    QCOMPARE(h.listener()->metrics().snapshot().stored, 1);
    // The health check says so too.
    QCOMPARE(httpGet(h.endpoint(QStringLiteral("/healthz"))).status, 503);

    QVERIFY2(pgServer(QStringLiteral("resume"), m_state.path(), &output), qPrintable(output));
    // SNS retries the same message; once the server is back it is stored, without a listener restart.
    QTRY_COMPARE_WITH_TIMEOUT(h.post(during).status, 200, 30000);
    QCOMPARE(h.post(message(QStringLiteral("after@example.org"))).status, 200);
    QCOMPARE(h.post(during).status, 200); // a late duplicate: acknowledged, not stored twice

    const Model::Counts counts = h.counts();
    QCOMPARE(counts.notifications, 3);
    QCOMPARE(counts.bounces, 3);
    QCOMPARE(counts.suppressed, 3);
}

QTEST_GUILESS_MAIN(TestListenerOutage)
#include "tst_listener_outage.moc"
