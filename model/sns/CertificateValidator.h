// CertificateValidator: checks an SNS signing certificate's dates, issuer chain and name at a given time.
#pragma once

#include "core/Result.h"
#include "sns/Certificate.h"

#include <QDateTime>
#include <QStringList>

#include <memory>

namespace Bouncedesk::Model::Sns {

// Copyable (the trust store is shared); validate() is safe to call from several threads at once.
class CertificateValidator final {
public:
    // Trusts the system store unless useSystemStore is false, plus the PEM CA files given.
    explicit CertificateValidator(QStringList extraCaFiles = {}, bool useSystemStore = true);

    // Non-empty if the trust store could not be set up; validate() then fails with code "cert-store".
    QString setupError() const;

    // pemChain: the leaf followed by any intermediates. at: the clock (dates are always checked).
    // Errors: "cert-invalid" (unreadable), "cert-expired" (not yet valid or expired, any certificate
    // of the chain), "cert-untrusted" (no chain to a trusted root), "cert-name" (the leaf is not for
    // sns.amazonaws.com, sns.<region>.amazonaws.com or their .amazonaws.com.cn forms).
    Result<Certificate> validate(const QByteArray &pemChain, const QDateTime &at) const;

    // The leaf alone, without its issuer chain: dates and the SNS name as validate() checks them
    // (errors "cert-invalid", "cert-expired", "cert-name"). For certificates downloaded over TLS
    // verified for the topic's SNS host, when no chain to a trusted root is required.
    Result<Certificate> validateLeaf(const QByteArray &pem, const QDateTime &at) const;

    // For certificates the administrator pinned (--sns-cert URL=FILE): dates only.
    Result<Certificate> validatePinned(const QByteArray &pem, const QDateTime &at) const;

    // Whether a DNS name is one an SNS signing certificate may be issued to.
    static bool isSnsCertificateName(const QString &name);

private:
    struct Store;
    std::shared_ptr<const Store> m_store;
};

} // namespace Bouncedesk::Model::Sns
