// Date, chain and name checks of SNS signing certificates against an OpenSSL trust store.
#include "sns/CertificateValidator.h"

#include "core/Time.h"

#include <QFile>
#include <QRegularExpression>

#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace Bouncedesk::Model::Sns {

namespace {

struct StoreFree {
    void operator()(X509_STORE *store) const { X509_STORE_free(store); }
};
struct StoreCtxFree {
    void operator()(X509_STORE_CTX *ctx) const { X509_STORE_CTX_free(ctx); }
};
struct StackFree {
    // The certificates belong to their Certificate objects; only the stack is freed.
    void operator()(STACK_OF(X509) * stack) const { sk_X509_free(stack); }
};

Result<void> checkDates(const Certificate &certificate, const QDateTime &at)
{
    if (!at.isValid())
        return Error::internal(QStringLiteral("no valid time to check the certificate against"), QStringLiteral("cert-expired"));
    const QString subject = certificate.subjectCommonName();
    if (at < certificate.notBefore())
        return Error::invalid(QStringLiteral("the certificate for %1 is not valid before %2 (checked at %3)")
                                  .arg(subject, Time::isoUtc(certificate.notBefore()), Time::isoUtc(at)),
                              QStringLiteral("cert-expired"));
    if (at > certificate.notAfter())
        return Error::invalid(QStringLiteral("the certificate for %1 expired at %2 (checked at %3)")
                                  .arg(subject, Time::isoUtc(certificate.notAfter()), Time::isoUtc(at)),
                              QStringLiteral("cert-expired"));
    return {};
}

// RFC 6125: with DNS subjectAltNames present, the common name is not consulted.
Result<void> checkSnsName(const Certificate &leaf)
{
    QStringList names = leaf.dnsNames();
    if (names.isEmpty())
        names.append(leaf.subjectCommonName());
    for (const QString &name : std::as_const(names)) {
        if (CertificateValidator::isSnsCertificateName(name))
            return {};
    }
    return Error::invalid(QStringLiteral("the certificate is for %1, not for an Amazon SNS host").arg(names.join(u", ")),
                          QStringLiteral("cert-name"));
}

} // namespace

struct CertificateValidator::Store {
    std::unique_ptr<X509_STORE, StoreFree> store;
    QString error;
};

CertificateValidator::CertificateValidator(QStringList extraCaFiles, bool useSystemStore)
{
    auto store = std::make_shared<Store>();
    store->store.reset(X509_STORE_new());
    if (!store->store) {
        store->error = QStringLiteral("out of memory creating a certificate store");
    } else {
        if (useSystemStore && X509_STORE_set_default_paths(store->store.get()) != 1)
            store->error = QStringLiteral("cannot load the system certificate store");
        for (const QString &file : std::as_const(extraCaFiles)) {
            if (X509_STORE_load_file(store->store.get(), QFile::encodeName(file).constData()) != 1)
                store->error = QStringLiteral("cannot load CA certificates from %1").arg(file);
        }
        if (!useSystemStore && extraCaFiles.isEmpty())
            store->error = QStringLiteral("no trusted CA certificates configured");
    }
    ERR_clear_error();
    m_store = std::move(store);
}

QString CertificateValidator::setupError() const
{
    return m_store->error;
}

bool CertificateValidator::isSnsCertificateName(const QString &name)
{
    // No wildcards: SNS signing certificates name the SNS host itself.
    static const QRegularExpression pattern(QStringLiteral("^sns(\\.[a-z]{2}(-[a-z]+)+-[0-9]{1,2})?\\.amazonaws\\.com(\\.cn)?$"));
    return pattern.match(name.toLower()).hasMatch();
}

Result<Certificate> CertificateValidator::validate(const QByteArray &pemChain, const QDateTime &at) const
{
    if (!m_store->error.isEmpty())
        return Error::internal(m_store->error, QStringLiteral("cert-store"));
    Result<QList<Certificate>> chain = Certificate::chainFromPem(pemChain);
    if (!chain)
        return chain.error();
    const Certificate &leaf = chain->first();
    if (Result<void> dates = checkDates(leaf, at); !dates)
        return dates.error();

    std::unique_ptr<STACK_OF(X509), StackFree> untrusted(sk_X509_new_null());
    std::unique_ptr<X509_STORE_CTX, StoreCtxFree> ctx(X509_STORE_CTX_new());
    if (!untrusted || !ctx)
        return Error::internal(QStringLiteral("out of memory checking a certificate"), QStringLiteral("cert-untrusted"));
    for (qsizetype i = 1; i < chain->size(); ++i)
        sk_X509_push(untrusted.get(), chain->at(i).x509());
    // The store is only read here; OpenSSL locks its lazy lookups, so one store serves all threads.
    if (X509_STORE_CTX_init(ctx.get(), m_store->store.get(), leaf.x509(), untrusted.get()) != 1) {
        ERR_clear_error();
        return Error::internal(QStringLiteral("cannot set up certificate verification"), QStringLiteral("cert-untrusted"));
    }
    X509_STORE_CTX_set_time(ctx.get(), 0, static_cast<time_t>(at.toSecsSinceEpoch()));
    const int verified = X509_verify_cert(ctx.get());
    const int status = X509_STORE_CTX_get_error(ctx.get());
    ERR_clear_error();
    if (verified != 1) {
        const QString why = QString::fromLatin1(X509_verify_cert_error_string(status));
        if (status == X509_V_ERR_CERT_HAS_EXPIRED || status == X509_V_ERR_CERT_NOT_YET_VALID)
            return Error::invalid(QStringLiteral("a certificate in the chain of %1 is outside its validity period: %2")
                                      .arg(leaf.subjectCommonName(), why),
                                  QStringLiteral("cert-expired"));
        return Error::invalid(QStringLiteral("the certificate for %1 is not trusted: %2").arg(leaf.subjectCommonName(), why),
                              QStringLiteral("cert-untrusted"));
    }

    if (Result<void> name = checkSnsName(leaf); !name)
        return name.error();
    return leaf;
}

Result<Certificate> CertificateValidator::validateLeaf(const QByteArray &pem, const QDateTime &at) const
{
    Result<Certificate> certificate = validatePinned(pem, at);
    if (!certificate)
        return certificate;
    if (Result<void> name = checkSnsName(*certificate); !name)
        return name.error();
    return certificate;
}

Result<Certificate> CertificateValidator::validatePinned(const QByteArray &pem, const QDateTime &at) const
{
    Result<Certificate> certificate = Certificate::fromPem(pem);
    if (!certificate)
        return certificate.error();
    if (Result<void> dates = checkDates(*certificate, at); !dates)
        return dates.error();
    return certificate;
}

} // namespace Bouncedesk::Model::Sns
