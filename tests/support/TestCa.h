// TestCa: a throwaway signing CA, leaf certificates and SNS-style signed envelopes for tests.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Bouncedesk::Test {

class TestCa final {
public:
    // A fresh 2048-bit RSA root CA (self-signed, CA:TRUE), valid from a day ago for ten years.
    TestCa();
    ~TestCa();
    Q_DISABLE_COPY_MOVE(TestCa)

    QByteArray caPem() const;
    // The CA certificate as a PEM file in a temporary directory owned by this object.
    QString caFile() const;

    struct Leaf {
        QByteArray certPem;
        QByteArray keyPem; // PKCS#8 PEM, unencrypted
    };
    // A leaf certificate for commonName (also its DNS subjectAltName) with a new 2048-bit RSA key,
    // signed by this CA. Default validity: a day ago to a year ahead.
    Leaf issue(const QString &commonName = QStringLiteral("sns.amazonaws.com"),
               QDateTime notBefore = QDateTime::currentDateTimeUtc().addDays(-1),
               QDateTime notAfter = QDateTime::currentDateTimeUtc().addYears(1)) const;

    // Writes data to a file in the temporary directory and returns its path.
    QString writeFile(const QString &name, const QByteArray &data) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Signs data with an RSA private key (PEM): SignatureVersion "1" SHA1, "2" SHA256, PKCS#1 v1.5.
// Returns the raw signature, or an empty array if the key or version is unusable.
QByteArray signWithKey(const QByteArray &keyPem, const QByteArray &data, const QString &signatureVersion);

// The AWS string to sign for an envelope given as JSON fields, written independently of the
// production code so that a mistake there shows up in tests.
QByteArray snsStringToSign(const QJsonObject &fields);

// A complete signed SNS envelope as compact JSON: fields (Type, MessageId, TopicArn, Message,
// Timestamp, and Subject or SubscribeURL/Token as the type needs) plus SignatureVersion,
// SigningCertURL and Signature (base64, over the string to sign).
QByteArray signedEnvelope(QJsonObject fields, const QByteArray &keyPem, const QString &signatureVersion,
                          const QString &signingCertUrl);

} // namespace Bouncedesk::Test
