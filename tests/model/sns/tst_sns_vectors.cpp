// Genuine AWS-signed SNS messages verify, and any change to a signed part of them does not.
#include "TempDatabase.h"

#include "sns/CertUrlPolicy.h"
#include "sns/CertificateValidator.h"
#include "sns/Envelope.h"
#include "sns/SignatureVerifier.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Bouncedesk::Model;
using namespace Bouncedesk::Model::Sns;
using Bouncedesk::Test::testData;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList vectorNames()
{
    return QDir(testData(QStringLiteral("sns-real"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray vectorMessage(const QString &name)
{
    return readFile(testData(QStringLiteral("sns-real/%1/message.json").arg(name)));
}

QByteArray vectorCert(const QString &name)
{
    return readFile(testData(QStringLiteral("sns-real/%1/cert.pem").arg(name)));
}

// Changes one character of a field's value so that it still parses: the last millisecond digit of
// a Timestamp, the last character of a TopicArn's topic name, the middle character of anything else.
QString changeOneCharacter(const QString &field, const QString &text)
{
    QString changed = text;
    if (field == u"Timestamp") {
        const qsizetype at = text.size() - 2; // before the "Z"
        changed[at] = QChar(u'0' + (text.at(at).unicode() - u'0' + 1) % 10);
        return changed;
    }
    const qsizetype at = field == u"TopicArn" ? text.size() - 1 : text.size() / 2;
    changed[at] = text.at(at) == u'x' ? u'y' : u'x';
    return changed;
}

QJsonObject vectorObject(const QString &name)
{
    return QJsonDocument::fromJson(vectorMessage(name)).object();
}

QByteArray toBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// Parses body and verifies it with the vector's own certificate.
Result<void> parseAndVerify(const QByteArray &body, const QString &name)
{
    Result<Envelope> envelope = Envelope::parse(body);
    if (!envelope)
        return envelope.error();
    Result<Certificate> certificate = Certificate::fromPem(vectorCert(name));
    if (!certificate)
        return certificate.error();
    return verifySignature(*envelope, *certificate);
}

} // namespace

class TstSnsVectors : public QObject {
    Q_OBJECT

private slots:
    void allVectorsPresent();
    void verifies_data();
    void verifies();
    void changedFieldFails_data();
    void changedFieldFails();
    void changedSignatureByteFails_data();
    void changedSignatureByteFails();
    void otherSignatureVersionFails_data();
    void otherSignatureVersionFails();
};

void TstSnsVectors::allVectorsPresent()
{
    const QStringList names = vectorNames();
    QCOMPARE(names.size(), 15);
    int sigV2 = 0;
    for (const QString &name : names) {
        QVERIFY2(!vectorMessage(name).isEmpty(), qPrintable(name));
        QVERIFY2(!vectorCert(name).isEmpty(), qPrintable(name));
        sigV2 += vectorObject(name).value(u"SignatureVersion").toString() == u"2";
    }
    QCOMPARE(sigV2, 2);
}

void TstSnsVectors::verifies_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : vectorNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TstSnsVectors::verifies()
{
    QFETCH(QString, name);
    const Result<Envelope> envelope = Envelope::parse(vectorMessage(name));
    QVERIFY2(envelope.ok(), qPrintable(envelope.errorText()));
    QCOMPARE(envelope->topic.snsHost(), QUrl(envelope->signingCertUrl).host());

    // The certificates are long expired: check the dates at the message's own time.
    const CertificateValidator validator;
    const Result<Certificate> certificate = validator.validatePinned(vectorCert(name), envelope->timestampUtc);
    QVERIFY2(certificate.ok(), qPrintable(certificate.errorText()));
    QCOMPARE(certificate->subjectCommonName(), QStringLiteral("sns.amazonaws.com"));
    // ...and the same certificate is refused today, so the date check is real.
    const Result<Certificate> today = validator.validatePinned(vectorCert(name), QDateTime::currentDateTimeUtc());
    QVERIFY(!today.ok());
    QCOMPARE(today.error().code, QStringLiteral("cert-expired"));

    const Result<void> url = checkSigningCertUrl(envelope->signingCertUrl, envelope->topic);
    QVERIFY2(url.ok(), qPrintable(url.errorText()));

    const Result<void> verified = verifySignature(*envelope, *certificate);
    QVERIFY2(verified.ok(), qPrintable(verified.errorText()));
}

void TstSnsVectors::changedFieldFails_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("change"); // "edit", "remove" or "add"
    for (const QString &name : vectorNames()) {
        const QJsonObject object = vectorObject(name);
        QStringList fields = {QStringLiteral("Message"), QStringLiteral("MessageId"), QStringLiteral("Timestamp"),
                              QStringLiteral("TopicArn")};
        if (object.contains(u"Subject"))
            fields << QStringLiteral("Subject");
        if (object.value(u"Type").toString() != u"Notification")
            fields << QStringLiteral("SubscribeURL") << QStringLiteral("Token");
        for (const QString &field : std::as_const(fields))
            QTest::addRow("%s/%s", qPrintable(name), qPrintable(field)) << name << field << QStringLiteral("edit");
        if (object.value(u"Type").toString() == u"Notification") {
            // Subject is signed when present: dropping it, or adding one, must break the signature.
            const QString change = object.contains(u"Subject") ? QStringLiteral("remove") : QStringLiteral("add");
            QTest::addRow("%s/Subject-%s", qPrintable(name), qPrintable(change)) << name << QStringLiteral("Subject") << change;
        }
    }
}

void TstSnsVectors::changedFieldFails()
{
    QFETCH(QString, name);
    QFETCH(QString, field);
    QFETCH(QString, change);

    QJsonObject object = vectorObject(name);
    QVERIFY(parseAndVerify(toBody(object), name).ok()); // re-serialised, still valid
    if (change == u"edit") {
        const QString before = object.value(field).toString();
        QVERIFY(!before.isEmpty());
        object.insert(field, changeOneCharacter(field, before));
        QVERIFY(Envelope::parse(toBody(object)).ok()); // still well-formed: only the signature can catch it
    } else if (change == u"remove") {
        object.remove(field);
    } else {
        object.insert(field, QStringLiteral("Hello"));
    }
    const Result<void> result = parseAndVerify(toBody(object), name);
    QVERIFY2(!result.ok(), "a changed message still verified");
    QCOMPARE(result.error().code, QStringLiteral("signature"));
}

void TstSnsVectors::changedSignatureByteFails_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("position"); // 0: first byte, 1: middle, 2: last
    for (const QString &name : vectorNames()) {
        QTest::addRow("%s/first", qPrintable(name)) << name << 0;
        QTest::addRow("%s/middle", qPrintable(name)) << name << 1;
        QTest::addRow("%s/last", qPrintable(name)) << name << 2;
    }
}

void TstSnsVectors::changedSignatureByteFails()
{
    QFETCH(QString, name);
    QFETCH(int, position);
    QJsonObject object = vectorObject(name);
    QByteArray signature = QByteArray::fromBase64(object.value(u"Signature").toString().toLatin1());
    const qsizetype at = position == 0 ? 0 : position == 1 ? signature.size() / 2 : signature.size() - 1;
    signature[at] = static_cast<char>(signature.at(at) ^ 0x01);
    object.insert(QStringLiteral("Signature"), QString::fromLatin1(signature.toBase64()));
    const Result<void> result = parseAndVerify(toBody(object), name);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("signature"));
}

void TstSnsVectors::otherSignatureVersionFails_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : vectorNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TstSnsVectors::otherSignatureVersionFails()
{
    QFETCH(QString, name);
    QJsonObject object = vectorObject(name);
    const QString version = object.value(u"SignatureVersion").toString();
    object.insert(QStringLiteral("SignatureVersion"), version == u"1" ? QStringLiteral("2") : QStringLiteral("1"));
    const Result<void> result = parseAndVerify(toBody(object), name);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("signature"));
}

QTEST_GUILESS_MAIN(TstSnsVectors)
#include "tst_sns_vectors.moc"
