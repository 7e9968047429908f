// bench_ingest_micro: the ingest path's stages one at a time (Qt Test's QBENCHMARK, wall time per call):
// envelope parse, SES parse, signature check (SignatureVersion 1 and 2) and one group commit of 64
// messages into a fresh SQLite database (or BOUNCEDESK_BENCH_DATABASE). Figures in bench/README.md.
#include "SesMessages.h"
#include "TempDatabase.h"
#include "TestCa.h"

#include "ingest/IngestWriter.h"
#include "ses/SesEvent.h"
#include "sns/Certificate.h"
#include "sns/Envelope.h"
#include "sns/SignatureVerifier.h"
#include "store/Store.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace Bouncedesk;
using namespace Bouncedesk::Test;

namespace {
const QString kTopic = QStringLiteral("arn:aws:sns:us-east-1:123456789012:bench");
const QString kCertUrl = QStringLiteral("https://sns.us-east-1.amazonaws.com/SimpleNotificationService-bench.pem");
} // namespace

class BenchIngestMicro final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_leaf = m_ca.issue();
        auto certificate = Model::Sns::Certificate::fromPem(m_leaf.certPem);
        QVERIFY(certificate.ok());
        m_certificate = std::make_unique<Model::Sns::Certificate>(*certificate);
        m_message = Ses::bounce({QStringLiteral("jane@example.org")}, QStringLiteral("Transient"),
                                QStringLiteral("MailboxFull"));
        for (const QString &version : {QStringLiteral("1"), QStringLiteral("2")}) {
            const QJsonObject fields{{QStringLiteral("Type"), QStringLiteral("Notification")},
                                     {QStringLiteral("MessageId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("TopicArn"), kTopic},
                                     {QStringLiteral("Message"), m_message},
                                     {QStringLiteral("Timestamp"),
                                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
            m_bodies << signedEnvelope(fields, m_leaf.keyPem, version, kCertUrl);
        }
    }

    // Each case runs once before it is timed: under -callgrind QBENCHMARK counts a single iteration,
    // which must not include first-use costs (a regular expression compiled, statements prepared).
    void envelopeParse()
    {
        QVERIFY(Model::Sns::Envelope::parse(m_bodies.at(1)).ok());
        QBENCHMARK {
            auto envelope = Model::Sns::Envelope::parse(m_bodies.at(1));
            QVERIFY(envelope.ok());
        }
    }

    void sesParse()
    {
        QVERIFY(Model::Ses::parseSesMessage(m_message).event.has_value());
        QBENCHMARK {
            const auto outcome = Model::Ses::parseSesMessage(m_message);
            QVERIFY(outcome.event.has_value());
        }
    }

    void signatureVerify_data()
    {
        QTest::addColumn<int>("body");
        QTest::newRow("SignatureVersion 1 (SHA1)") << 0;
        QTest::newRow("SignatureVersion 2 (SHA256)") << 1;
    }

    void signatureVerify()
    {
        QFETCH(int, body);
        const auto envelope = Model::Sns::Envelope::parse(m_bodies.at(body));
        QVERIFY(envelope.ok());
        QVERIFY(Model::Sns::verifySignature(*envelope, *m_certificate).ok());
        QBENCHMARK {
            QVERIFY(Model::Sns::verifySignature(*envelope, *m_certificate).ok());
        }
    }

    // One batch as the listener's writer gets it under load: 64 messages, one transaction, policy and
    // rollups included; the clock runs until the last of the 64 is committed.
    void groupCommit64()
    {
        QString error;
        auto database = TempDatabase::create(&error);
        QVERIFY2(database, qPrintable(error));
        auto opened = Model::Store::open(database->url());
        QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
        Model::IngestWriter writer(database->url(), Model::PolicySettings{});
        std::vector<Model::IngestItem> templates;
        for (int i = 0; i < 64; ++i) {
            const QString to = QStringLiteral("user%1@example.org").arg(i);
            const QString message = i % 10 == 0 ? Ses::bounce({to}, QStringLiteral("Transient"), QStringLiteral("MailboxFull"))
                                                : Ses::delivery({to});
            templates.push_back(Model::IngestItem::fromSesMessage(message, kTopic, QDateTime::currentDateTimeUtc(),
                                                                  QStringLiteral("2"), kCertUrl));
        }
        qint64 serial = 0;
        const auto commit64 = [&]() -> bool {
            QList<QFuture<Model::Result<Model::IngestReply>>> replies;
            for (const Model::IngestItem &item : templates) {
                Model::IngestItem copy = item;
                copy.envelope.messageId = QStringLiteral("bench-%1").arg(++serial);
                replies << writer.submit(std::move(copy));
            }
            bool ok = true;
            for (auto &reply : replies) {
                reply.waitForFinished();
                ok = ok && reply.result().ok() && reply.result()->status == Model::IngestReply::Status::Stored;
            }
            return ok;
        };
        QVERIFY(commit64());
        QBENCHMARK {
            QVERIFY(commit64());
        }
    }

private:
    TestCa m_ca;
    TestCa::Leaf m_leaf;
    std::unique_ptr<Model::Sns::Certificate> m_certificate;
    QString m_message;
    QList<QByteArray> m_bodies;
};

QTEST_GUILESS_MAIN(BenchIngestMicro)
#include "bench_ingest_micro.moc"
