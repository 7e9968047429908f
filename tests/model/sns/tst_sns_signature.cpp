// Signature and certificate checks with real OpenSSL keys from a test CA generated here.
#include "TestCa.h"

#include "sns/CertificateValidator.h"
#include "sns/Envelope.h"
#include "sns/SignatureVerifier.h"

#include <QJsonObject>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

#include <memory>

using namespace Bouncedesk::Model;
using namespace Bouncedesk::Model::Sns;
using Bouncedesk::Test::TestCa;

namespace {

const QString topicArn = QStringLiteral("arn:aws:sns:eu-west-1:123456789012:ses-feedback");
const QString certUrl = QStringLiteral("https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-test.pem");

QJsonObject fieldsFor(const QString &type, int n = 0)
{
    QJsonObject fields {
        {QStringLiteral("Type"), type},
        {QStringLiteral("MessageId"), QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'))},
        {QStringLiteral("TopicArn"), topicArn},
        {QStringLiteral("Message"), QStringLiteral(R"({"notificationType":"Bounce","n":%1,"text":"caf\u00e9"})").arg(n)},
        {QStringLiteral("Timestamp"), QStringLiteral("2024-03-01T12:34:56.789Z")},
    };
    if (type == u"Notification") {
        fields.insert(QStringLiteral("Subject"), QStringLiteral("Amazon SES Email Event Notification"));
    } else {
        fields.insert(QStringLiteral("Token"), QStringLiteral("2336412f37fb687f5d51e6e241d164b0"));
        fields.insert(QStringLiteral("SubscribeURL"),
                      QStringLiteral("https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=%1&Token=2336412f37fb687f5d51e6e241d164b0")
                          .arg(topicArn));
    }
    return fields;
}

Envelope parsed(const QByteArray &body)
{
    Result<Envelope> envelope = Envelope::parse(body);
    if (!envelope)
        qFatal("test envelope does not parse: %s", qPrintable(envelope.errorText()));
    return std::move(envelope).value();
}

} // namespace

class TstSnsSignature : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void verifies_data();
    void verifies();
    void otherKeyFails();
    void truncatedSignatureFails();
    void unknownVersionFails();
    void certificateProperties();
    void validatorAcceptsLeaf();
    void validatorChecksDates_data();
    void validatorChecksDates();
    void validatorRejectsOtherCa();
    void validatorRejectsWrongName_data();
    void validatorRejectsWrongName();
    void validatorTakesLeafFirst();
    void pinnedChecksDatesOnly();
    void concurrentVerification();

private:
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
    TestCa::Leaf m_otherLeaf; // same name, same CA, another key
};

void TstSnsSignature::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    m_leaf = m_ca->issue();
    m_otherLeaf = m_ca->issue();
    QVERIFY(!m_leaf.certPem.isEmpty());
    QVERIFY(!m_leaf.keyPem.isEmpty());
}

void TstSnsSignature::verifies_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("version");
    for (const QString &type : {QStringLiteral("Notification"), QStringLiteral("SubscriptionConfirmation"),
                                QStringLiteral("UnsubscribeConfirmation")}) {
        for (const QString &version : {QStringLiteral("1"), QStringLiteral("2")})
            QTest::addRow("%s/SigV%s", qPrintable(type), qPrintable(version)) << type << version;
    }
}

void TstSnsSignature::verifies()
{
    QFETCH(QString, type);
    QFETCH(QString, version);
    const Envelope envelope = parsed(Bouncedesk::Test::signedEnvelope(fieldsFor(type), m_leaf.keyPem, version, certUrl));
    QCOMPARE(envelope.signatureVersion, version);
    QCOMPARE(envelope.signature.size(), 256);
    const Result<Certificate> certificate = Certificate::fromPem(m_leaf.certPem);
    QVERIFY2(certificate.ok(), qPrintable(certificate.errorText()));
    const Result<void> result = verifySignature(envelope, *certificate);
    QVERIFY2(result.ok(), qPrintable(result.errorText()));

    // The same envelope checked with the other digest does not verify.
    Envelope otherDigest = envelope;
    otherDigest.signatureVersion = version == u"1" ? QStringLiteral("2") : QStringLiteral("1");
    QCOMPARE(verifySignature(otherDigest, *certificate).error().code, QStringLiteral("signature"));

    // The Subject is signed: the same Notification without it does not verify.
    if (type == u"Notification") {
        Envelope withoutSubject = envelope;
        withoutSubject.subject.reset();
        QVERIFY(!verifySignature(withoutSubject, *certificate).ok());
    }
}

void TstSnsSignature::otherKeyFails()
{
    const Envelope envelope = parsed(Bouncedesk::Test::signedEnvelope(fieldsFor(QStringLiteral("Notification")),
                                                                       m_otherLeaf.keyPem, QStringLiteral("2"), certUrl));
    const Result<void> result = verifySignature(envelope, *Certificate::fromPem(m_leaf.certPem));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("signature"));
    QCOMPARE(result.error().kind, Error::Kind::Invalid);
    QVERIFY(verifySignature(envelope, *Certificate::fromPem(m_otherLeaf.certPem)).ok());
}

void TstSnsSignature::truncatedSignatureFails()
{
    Envelope envelope = parsed(Bouncedesk::Test::signedEnvelope(fieldsFor(QStringLiteral("Notification")), m_leaf.keyPem,
                                                                 QStringLiteral("1"), certUrl));
    const Certificate certificate = *Certificate::fromPem(m_leaf.certPem);
    QVERIFY(verifySignature(envelope, certificate).ok());
    for (const qsizetype length : {qsizetype(255), qsizetype(128), qsizetype(1)}) {
        Envelope truncated = envelope;
        truncated.signature.truncate(length);
        const Result<void> result = verifySignature(truncated, certificate);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("signature"));
    }
    Envelope padded = envelope;
    padded.signature.append('\0');
    QVERIFY(!verifySignature(padded, certificate).ok());
}

void TstSnsSignature::unknownVersionFails()
{
    const Envelope envelope = parsed(Bouncedesk::Test::signedEnvelope(fieldsFor(QStringLiteral("Notification")), m_leaf.keyPem,
                                                                       QStringLiteral("3"), certUrl));
    const Certificate certificate = *Certificate::fromPem(m_leaf.certPem);
    for (const QString &version : {QStringLiteral("3"), QString(), QStringLiteral("2 "), QStringLiteral("SHA256")}) {
        Envelope withVersion = envelope;
        withVersion.signatureVersion = version;
        const Result<void> result = verifySignature(withVersion, certificate);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("signature-version"));
        QCOMPARE(certificate.verify(envelope.stringToSign(), envelope.signature, version).error().code,
                 QStringLiteral("signature-version"));
    }
    // The signature itself is a valid SHA256 one: only the version was wrong.
    QVERIFY(certificate.verify(envelope.stringToSign(), envelope.signature, QStringLiteral("2")).ok());
}

void TstSnsSignature::certificateProperties()
{
    const QDateTime notBefore = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime notAfter = QDateTime(QDate(2025, 1, 1), QTime(12, 30), Qt::UTC);
    const TestCa::Leaf leaf = m_ca->issue(QStringLiteral("sns.eu-west-1.amazonaws.com"), notBefore, notAfter);
    const Result<Certificate> certificate = Certificate::fromPem(leaf.certPem);
    QVERIFY2(certificate.ok(), qPrintable(certificate.errorText()));
    QCOMPARE(certificate->notBefore(), notBefore);
    QCOMPARE(certificate->notAfter(), notAfter);
    QCOMPARE(certificate->subjectCommonName(), QStringLiteral("sns.eu-west-1.amazonaws.com"));
    QCOMPARE(certificate->dnsNames(), QStringList {QStringLiteral("sns.eu-west-1.amazonaws.com")});
    QCOMPARE(certificate->keyBits(), 2048);
    QCOMPARE(certificate->toPem(), leaf.certPem);

    for (const QByteArray &bad : {QByteArray(), QByteArray("not a certificate"), leaf.keyPem,
                                  QByteArray("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")}) {
        const Result<Certificate> refused = Certificate::fromPem(bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("cert-invalid"));
    }
}

void TstSnsSignature::validatorAcceptsLeaf()
{
    const CertificateValidator validator({m_ca->caFile()}, false);
    QVERIFY2(validator.setupError().isEmpty(), qPrintable(validator.setupError()));
    const Result<Certificate> certificate = validator.validate(m_leaf.certPem, QDateTime::currentDateTimeUtc());
    QVERIFY2(certificate.ok(), qPrintable(certificate.errorText()));
    QCOMPARE(certificate->subjectCommonName(), QStringLiteral("sns.amazonaws.com"));

    // The system store alone does not know the test CA.
    const CertificateValidator system;
    const Result<Certificate> untrusted = system.validate(m_leaf.certPem, QDateTime::currentDateTimeUtc());
    QVERIFY(!untrusted.ok());
    QCOMPARE(untrusted.error().code, QStringLiteral("cert-untrusted"));
    // ...and with the test CA added to it, it does.
    QVERIFY(CertificateValidator({m_ca->caFile()}).validate(m_leaf.certPem, QDateTime::currentDateTimeUtc()).ok());
}

void TstSnsSignature::validatorChecksDates_data()
{
    QTest::addColumn<int>("fromDays");
    QTest::addColumn<int>("toDays");
    QTest::addColumn<int>("atDays");
    QTest::addColumn<bool>("valid");
    QTest::newRow("expired") << -30 << -1 << 0 << false;
    QTest::newRow("not yet valid") << 1 << 30 << 0 << false;
    QTest::newRow("valid") << -1 << 30 << 0 << true;
    QTest::newRow("valid later by the clock") << -1 << 30 << 20 << true;
    // The leaf is valid then, but the CA (valid from a day ago) is not: the chain's dates count too.
    QTest::newRow("CA not yet valid by the clock") << -30 << 30 << -10 << false;
    QTest::newRow("after expiry by the clock") << -1 << 30 << 31 << false;
}

void TstSnsSignature::validatorChecksDates()
{
    QFETCH(int, fromDays);
    QFETCH(int, toDays);
    QFETCH(int, atDays);
    QFETCH(bool, valid);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TestCa::Leaf leaf = m_ca->issue(QStringLiteral("sns.amazonaws.com"), now.addDays(fromDays), now.addDays(toDays));
    const CertificateValidator validator({m_ca->caFile()}, false);
    const Result<Certificate> result = validator.validate(leaf.certPem, now.addDays(atDays));
    QCOMPARE(result.ok(), valid);
    if (!valid)
        QCOMPARE(result.error().code, QStringLiteral("cert-expired"));
}

void TstSnsSignature::validatorRejectsOtherCa()
{
    const TestCa otherCa;
    const TestCa::Leaf stranger = otherCa.issue();
    const CertificateValidator validator({m_ca->caFile()}, false);
    const Result<Certificate> result = validator.validate(stranger.certPem, QDateTime::currentDateTimeUtc());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("cert-untrusted"));

    // Sending the other root along in the chain does not make it trusted.
    const Result<Certificate> withRoot = validator.validate(stranger.certPem + otherCa.caPem(), QDateTime::currentDateTimeUtc());
    QVERIFY(!withRoot.ok());
    QCOMPARE(withRoot.error().code, QStringLiteral("cert-untrusted"));

    // Nor does a self-signed certificate for the right name.
    const Result<Certificate> selfSigned = validator.validate(otherCa.caPem(), QDateTime::currentDateTimeUtc());
    QVERIFY(!selfSigned.ok());
    QVERIFY(selfSigned.error().code == u"cert-untrusted" || selfSigned.error().code == u"cert-name");
}

void TstSnsSignature::validatorRejectsWrongName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("sns.amazonaws.com") << QStringLiteral("sns.amazonaws.com") << true;
    QTest::newRow("regional") << QStringLiteral("sns.us-east-1.amazonaws.com") << true;
    QTest::newRow("china") << QStringLiteral("sns.cn-north-1.amazonaws.com.cn") << true;
    QTest::newRow("other host") << QStringLiteral("evil.example") << false;
    QTest::newRow("suffix") << QStringLiteral("sns.amazonaws.com.evil.example") << false;
    QTest::newRow("other service") << QStringLiteral("s3.amazonaws.com") << false;
    QTest::newRow("wildcard") << QStringLiteral("*.amazonaws.com") << false;
    QTest::newRow("S3-style") << QStringLiteral("sns.s3.amazonaws.com") << false;
}

void TstSnsSignature::validatorRejectsWrongName()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    const TestCa::Leaf leaf = m_ca->issue(name);
    const CertificateValidator validator({m_ca->caFile()}, false);
    const Result<Certificate> result = validator.validate(leaf.certPem, QDateTime::currentDateTimeUtc());
    QCOMPARE(result.ok(), accepted);
    if (!accepted)
        QCOMPARE(result.error().code, QStringLiteral("cert-name"));
}

void TstSnsSignature::validatorTakesLeafFirst()
{
    // The leaf comes first; a trailing copy of the root is harmless.
    const CertificateValidator validator({m_ca->caFile()}, false);
    const Result<Certificate> result = validator.validate(m_leaf.certPem + m_ca->caPem(), QDateTime::currentDateTimeUtc());
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result->toPem(), m_leaf.certPem);
    // With the root first, the "leaf" is the CA, which is not an SNS certificate.
    QVERIFY(!validator.validate(m_ca->caPem() + m_leaf.certPem, QDateTime::currentDateTimeUtc()).ok());
}

void TstSnsSignature::pinnedChecksDatesOnly()
{
    const TestCa otherCa;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TestCa::Leaf leaf = otherCa.issue(QStringLiteral("whatever.example"), now.addDays(-10), now.addDays(10));
    const CertificateValidator validator({m_ca->caFile()}, false);
    QVERIFY(validator.validatePinned(leaf.certPem, now).ok());
    const Result<Certificate> expired = validator.validatePinned(leaf.certPem, now.addDays(11));
    QVERIFY(!expired.ok());
    QCOMPARE(expired.error().code, QStringLiteral("cert-expired"));
    const Result<Certificate> early = validator.validatePinned(leaf.certPem, now.addDays(-11));
    QVERIFY(!early.ok());
    QCOMPARE(early.error().code, QStringLiteral("cert-expired"));
    QCOMPARE(validator.validatePinned("junk", now).error().code, QStringLiteral("cert-invalid"));
}

void TstSnsSignature::concurrentVerification()
{
    QList<QByteArray> bodies;
    for (int i = 0; i < 1000; ++i) {
        const QString type = i % 3 == 0 ? QStringLiteral("Notification")
                                        : i % 3 == 1 ? QStringLiteral("SubscriptionConfirmation") : QStringLiteral("UnsubscribeConfirmation");
        bodies.append(Bouncedesk::Test::signedEnvelope(fieldsFor(type, i), m_leaf.keyPem,
                                                       i % 2 ? QStringLiteral("1") : QStringLiteral("2"), certUrl));
    }
    // One certificate and one validator shared by all threads, as the listener does.
    const CertificateValidator validator({m_ca->caFile()}, false);
    const Certificate certificate = *Certificate::fromPem(m_leaf.certPem);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray leafPem = m_leaf.certPem;

    QThreadPool pool;
    pool.setMaxThreadCount(4);
    const QList<QString> errors = QtConcurrent::blockingMapped(&pool, bodies, [&](const QByteArray &body) -> QString {
        const Result<Envelope> envelope = Envelope::parse(body);
        if (!envelope)
            return envelope.errorText();
        const Result<void> verified = verifySignature(*envelope, certificate);
        if (!verified)
            return verified.errorText();
        // Every tenth message also validates the certificate chain concurrently.
        if (envelope->messageId.endsWith(u'0')) {
            const Result<Certificate> validated = validator.validate(leafPem, now);
            if (!validated)
                return validated.errorText();
            if (const Result<void> again = verifySignature(*envelope, *validated); !again)
                return again.errorText();
        }
        return {};
    });
    QCOMPARE(errors.size(), 1000);
    for (const QString &error : errors)
        QVERIFY2(error.isEmpty(), qPrintable(error));
}

QTEST_GUILESS_MAIN(TstSnsSignature)
#include "tst_sns_signature.moc"
