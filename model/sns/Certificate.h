// Certificate: an immutable X.509 certificate (OpenSSL 3) with its public key, for SNS signature checks.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

typedef struct x509_st X509;

namespace Bouncedesk::Model::Sns {

// Cheap to copy (shares the parsed certificate and key); const methods are safe to call from
// several threads at once.
class Certificate final {
public:
    // Reads the first certificate of a PEM text. Errors: code "cert-invalid".
    static Result<Certificate> fromPem(const QByteArray &pem);
    // Every certificate of a PEM text, leaf first (for chains). Errors: code "cert-invalid".
    static Result<QList<Certificate>> chainFromPem(const QByteArray &pem);

    QDateTime notBefore() const;
    QDateTime notAfter() const;
    QString subjectCommonName() const;
    // DNS names of the subjectAltName extension, in order.
    QStringList dnsNames() const;
    // Size of the public key in bits.
    int keyBits() const;
    QByteArray toPem() const;

    // PKCS#1 v1.5 RSA signature over data: SignatureVersion "1" is SHA1, "2" is SHA256.
    // Errors: code "signature" on mismatch, "signature-version" for any other version.
    Result<void> verify(const QByteArray &data, const QByteArray &signature, const QString &signatureVersion) const;

    // The underlying certificate, owned by this object; for the validator.
    X509 *x509() const;

private:
    struct Data;
    explicit Certificate(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> m_data;
};

} // namespace Bouncedesk::Model::Sns
