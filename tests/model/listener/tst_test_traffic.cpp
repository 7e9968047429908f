// Test traffic: the simulator's key is trusted for its own topic only, from loopback only, and what it
// posts takes the whole path (verify, store, policy) a real notification takes.
#include "ListenerHarness.h"
#include "SesMessages.h"
#include "listener/SnsIntake.h"
#include "listener/TestTraffic.h"
#include "ses/SimulatedFeedback.h"
#include "sns/SimulatorKey.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Test;
using Model::Ses::SimulatedOutcome;

class TestTestTraffic final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void keyIsKeptPrivateAndReloaded();
    void loadWithoutKeySaysHowToMakeOne();
    void mixParsesAndRefusesBadParts();
    void trafficLandsInEveryTable();
    void listenerWithoutSimulatorTrustRefusesIt();
    void simulatorKeyCannotVouchForAnotherTopic();
    void simulatorTopicIsRefusedFromAnotherMachine();

private:
    Model::TrafficReport send(const QUrl &target, int count, const Model::Ses::TrafficMix &mix);
    QTemporaryDir m_dir;
    std::optional<Model::Sns::SimulatorKey> m_key;
};

void TestTestTraffic::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto key = Model::Sns::SimulatorKey::loadOrCreate(m_dir.filePath(QStringLiteral("sim")));
    QVERIFY2(key, qPrintable(key.errorText()));
    m_key = *key;
}

void TestTestTraffic::keyIsKeptPrivateAndReloaded()
{
    const QString keyFile = m_dir.filePath(QStringLiteral("sim/simulator-key.pem"));
    QVERIFY(QFile::exists(keyFile));
    QCOMPARE(QFile::permissions(keyFile) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
        QFile::Permissions());
    auto again = Model::Sns::SimulatorKey::loadOrCreate(m_dir.filePath(QStringLiteral("sim")));
    QVERIFY2(again, qPrintable(again.errorText()));
    QCOMPARE(again->certificatePem(), m_key->certificatePem());
    QCOMPARE(again->certificate().keyBits(), 2048);
}

void TestTestTraffic::loadWithoutKeySaysHowToMakeOne()
{
    auto none = Model::Sns::SimulatorKey::load(m_dir.filePath(QStringLiteral("nothing-here")));
    QVERIFY(!none);
    QVERIFY2(none.errorText().contains(u"--trust-simulator"), qPrintable(none.errorText()));
}

void TestTestTraffic::mixParsesAndRefusesBadParts()
{
    auto mix = Model::Ses::TrafficMix::parse(QStringLiteral("bounce=3, complaint=1"));
    QVERIFY2(mix, qPrintable(mix.errorText()));
    QCOMPARE(mix->weights.size(), 2);
    QCOMPARE(mix->toString(), QStringLiteral("bounce=3,complaint=1"));
    QVERIFY(!Model::Ses::TrafficMix::parse(QStringLiteral("bouncy=3")));
    QVERIFY(!Model::Ses::TrafficMix::parse(QStringLiteral("bounce")));
    QVERIFY(!Model::Ses::TrafficMix::parse(QStringLiteral("bounce=-1")));
    QVERIFY(!Model::Ses::TrafficMix::parse(QStringLiteral("bounce=0")));
    auto standard = Model::Ses::TrafficMix::parse(Model::Ses::TrafficMix::standard().toString());
    QVERIFY(standard);
    QCOMPARE(standard->weights, Model::Ses::TrafficMix::standard().weights);
}

Model::TrafficReport TestTestTraffic::send(const QUrl &target, int count, const Model::Ses::TrafficMix &mix)
{
    Model::TrafficPlan plan;
    plan.target = target;
    plan.count = count;
    plan.mix = mix;
    plan.seed = 7;
    Model::TestTraffic traffic(*m_key, plan);
    QSignalSpy done(&traffic, &Model::TestTraffic::finished);
    traffic.start();
    if (done.isEmpty())
        done.wait(30000);
    return traffic.report();
}

void TestTestTraffic::trafficLandsInEveryTable()
{
    ListenerHarness h;
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.simulatorCertificatePem = m_key->certificatePem();
    QString error;
    QVERIFY2(h.start(settings, &error), qPrintable(error));
    const auto mix = Model::Ses::TrafficMix::parse(
        QStringLiteral("send=10,delivery=10,bounce=6,soft-bounce=3,complaint=3,suppressed=2"));
    QVERIFY(mix);
    const auto report = send(h.endpoint(), 60, *mix);
    QCOMPARE(report.posted, 60);
    QVERIFY2(report.allAccepted(), qPrintable(report.answerText()));
    QCOMPARE(report.answers.value(QStringLiteral("200 stored")), 60);
    QCOMPARE(h.counts().notifications, 60);
    // Each outcome became the row it stands for.
    const auto outcome = [&report](SimulatedOutcome o) {
        return qint64(report.outcomes.value(Model::Ses::kSimulatedOutcomeText.text(o)));
    };
    QCOMPARE(h.counts().sends, outcome(SimulatedOutcome::Send));
    QCOMPARE(h.counts().deliveries, outcome(SimulatedOutcome::Delivery));
    QCOMPARE(h.counts().complaints, outcome(SimulatedOutcome::Complaint));
    QCOMPARE(h.counts().bounces,
        outcome(SimulatedOutcome::HardBounce) + outcome(SimulatedOutcome::SoftBounce) + outcome(SimulatedOutcome::Suppressed));
    QVERIFY(outcome(SimulatedOutcome::HardBounce) > 0);
    // Policy ran: hard bounces and complaints suppress.
    QVERIFY(h.scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions")) > 0);
    QCOMPARE(h.scalar(QStringLiteral("SELECT COUNT(*) FROM sns_messages WHERE topic_arn <> ?"),
                 {QString(Model::Sns::SimulatorTopicArn)}),
        0);
}

void TestTestTraffic::listenerWithoutSimulatorTrustRefusesIt()
{
    ListenerHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    const auto report = send(h.endpoint(), 5, Model::Ses::TrafficMix::standard());
    QVERIFY(!report.allAccepted());
    QCOMPARE(report.stored, 0);
    const QString answers = report.answerText();
    QVERIFY2(answers.startsWith(u"403 topic:") && answers.contains(u"--trust-simulator"), qPrintable(answers));
    QCOMPARE(h.counts().notifications, 0);
}

void TestTestTraffic::simulatorKeyCannotVouchForAnotherTopic()
{
    // A message on a trusted, real topic, signed with the simulator's key and naming the simulator's
    // certificate URL: the listener must not check it with the simulator's certificate.
    ListenerHarness h;
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.simulatorCertificatePem = m_key->certificatePem();
    // The certificate URL cannot be downloaded: nothing answers there.
    settings.snsEndpointOverrides.insert(QStringLiteral("sns.us-east-1.amazonaws.com"), QStringLiteral("127.0.0.1:9"));
    QString error;
    QVERIFY2(h.start(settings, &error), qPrintable(error));
    QFile keyFile(m_dir.filePath(QStringLiteral("sim/simulator-key.pem")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QByteArray keyPem = keyFile.readAll();
    const QByteArray body = h.sign(
        ListenerHarness::notification(
            Test::Ses::bounce({QStringLiteral("victim@example.org")}, QStringLiteral("Permanent"), QStringLiteral("General"))),
        QStringLiteral("2"), QString(Model::Sns::SimulatorCertUrl), keyPem);
    const HttpResponse r = h.post(body);
    QVERIFY2(r.status != 200, r.body.constData());
    QCOMPARE(h.counts().notifications, 0);
    QCOMPARE(h.scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions")), 0);
    // And the simulator's own topic with the harness's (real-looking) key fails its signature check.
    QJsonObject fields = ListenerHarness::notification(QStringLiteral("{}"));
    fields.insert(QStringLiteral("TopicArn"), QString(Model::Sns::SimulatorTopicArn));
    const HttpResponse forged = h.post(h.sign(fields, QStringLiteral("2"), QString(Model::Sns::SimulatorCertUrl)));
    QCOMPARE(forged.status, 403);
    QCOMPARE(QJsonDocument::fromJson(forged.body).object().value(QStringLiteral("reason")).toString(),
        QStringLiteral("signature"));
}

void TestTestTraffic::simulatorTopicIsRefusedFromAnotherMachine()
{
    // The intake itself: the same signed message, once from loopback and once not.
    ListenerHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.simulatorCertificatePem = m_key->certificatePem();
    Model::SnsIntake intake(h.url(), settings, [] { return QDateTime::currentDateTimeUtc(); });
    QVERIFY(intake.start());
    auto body = m_key->notification(QStringLiteral("6f1c2b2e-0000-4000-8000-000000000001"),
        Model::Ses::simulatedEvent(SimulatedOutcome::Delivery,
            {QStringLiteral("success+1@simulator.amazonses.com"), QStringLiteral("news@shop.example"),
                QDateTime::currentDateTimeUtc(), {}, {}}),
        QDateTime::currentDateTimeUtc(), QStringLiteral("1"));
    QVERIFY(body);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto local = intake.verify(*body, QByteArray("Notification"), now, Model::Delivery::Push, true);
    auto remote = intake.verify(*body, QByteArray("Notification"), now, Model::Delivery::Push, false);
    QTRY_VERIFY(local.isFinished() && remote.isFinished());
    QVERIFY2(local.result(), qPrintable(local.result().errorText()));
    QVERIFY(local.result()->item.ses.event);
    QVERIFY(!remote.result());
    QCOMPARE(remote.result().error().code, QStringLiteral("topic"));
}

QTEST_GUILESS_MAIN(TestTestTraffic)
#include "tst_test_traffic.moc"
