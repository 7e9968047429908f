// X.509 certificate wrapper and RSA signature verification on OpenSSL 3 EVP APIs.
#include "sns/Certificate.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>
#include <vector>

namespace Bouncedesk::Model::Sns {

namespace {

struct BioFree {
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct X509Free {
    void operator()(X509 *x) const { X509_free(x); }
};
struct PkeyFree {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct NamesFree {
    void operator()(GENERAL_NAMES *names) const { GENERAL_NAMES_free(names); }
};
struct PkeyCtxFree {
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};

using BioPtr = std::unique_ptr<BIO, BioFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

// OpenSSL's error queue is per thread; leave it empty so a later call does not see our failures.
QString takeOpenSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown error");
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

QDateTime fromAsn1(const ASN1_TIME *time)
{
    std::tm tm {};
    if (time == nullptr || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

// The digests, fetched once: OpenSSL 3 otherwise looks each up in its providers on every use.
const EVP_MD *sha1()
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA1", nullptr);
    return md;
}

const EVP_MD *sha256()
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

// Per thread, a verification context per key and digest, set up once: EVP_DigestVerifyInit fetches
// the algorithms and builds a context on every call, a tenth of the cost of an RSA-2048 check. A
// context holds a reference to its key, so a cached key's address cannot be reused while it is here.
class VerifyContexts final {
public:
    EVP_PKEY_CTX *get(EVP_PKEY *key, const EVP_MD *md)
    {
        for (const Entry &e : m_entries) {
            if (e.key == key && e.md == md)
                return e.ctx.get();
        }
        std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new(key, nullptr));
        if (!ctx || EVP_PKEY_verify_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) <= 0
            || EVP_PKEY_CTX_set_signature_md(ctx.get(), md) <= 0)
            return nullptr;
        if (m_entries.size() >= 16) // certificates change rarely; never let the cache grow without bound
            m_entries.clear();
        m_entries.push_back({key, md, std::move(ctx)});
        return m_entries.back().ctx.get();
    }

private:
    struct Entry {
        const EVP_PKEY *key;
        const EVP_MD *md;
        std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx;
    };
    std::vector<Entry> m_entries;
};

thread_local VerifyContexts t_verifyContexts;

BioPtr memoryBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
}

} // namespace

struct Certificate::Data {
    X509Ptr x509;
    // Extracted once: the key is read-only afterwards, which OpenSSL 3 allows to share across threads.
    PkeyPtr key;
    QDateTime notBefore;
    QDateTime notAfter;
};

Certificate::Certificate(std::shared_ptr<const Data> data) : m_data(std::move(data)) { }

Result<QList<Certificate>> Certificate::chainFromPem(const QByteArray &pem)
{
    if (pem.isEmpty() || pem.size() > 1024 * 1024)
        return Error::invalid(QStringLiteral("the certificate PEM is empty or too large"), QStringLiteral("cert-invalid"));
    BioPtr bio = memoryBio(pem);
    if (!bio)
        return Error::internal(QStringLiteral("out of memory reading a certificate"), QStringLiteral("cert-invalid"));
    QList<Certificate> chain;
    for (;;) {
        X509Ptr x509(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!x509)
            break;
        auto data = std::make_shared<Data>();
        data->key.reset(X509_get_pubkey(x509.get()));
        if (!data->key) {
            return Error::invalid(QStringLiteral("cannot read the certificate's public key: %1").arg(takeOpenSslError()),
                                  QStringLiteral("cert-invalid"));
        }
        data->notBefore = fromAsn1(X509_get0_notBefore(x509.get()));
        data->notAfter = fromAsn1(X509_get0_notAfter(x509.get()));
        if (!data->notBefore.isValid() || !data->notAfter.isValid())
            return Error::invalid(QStringLiteral("the certificate has unreadable validity dates"), QStringLiteral("cert-invalid"));
        data->x509 = std::move(x509);
        chain.append(Certificate(std::move(data)));
    }
    // Reaching the end of the PEM text also leaves an error ("no start line") on the queue.
    const QString lastError = takeOpenSslError();
    if (chain.isEmpty())
        return Error::invalid(QStringLiteral("no PEM certificate found (%1)").arg(lastError), QStringLiteral("cert-invalid"));
    return chain;
}

Result<Certificate> Certificate::fromPem(const QByteArray &pem)
{
    Result<QList<Certificate>> chain = chainFromPem(pem);
    if (!chain)
        return chain.error();
    return chain->first();
}

QDateTime Certificate::notBefore() const
{
    return m_data->notBefore;
}

QDateTime Certificate::notAfter() const
{
    return m_data->notAfter;
}

QString Certificate::subjectCommonName() const
{
    const X509_NAME *name = X509_get_subject_name(m_data->x509.get());
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return {};
    QString result = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return result;
}

QStringList Certificate::dnsNames() const
{
    QStringList result;
    std::unique_ptr<GENERAL_NAMES, NamesFree> names(static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(m_data->x509.get(), NID_subject_alt_name, nullptr, nullptr)));
    if (!names)
        return result;
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type != GEN_DNS)
            continue;
        const ASN1_IA5STRING *dns = name->d.dNSName;
        result.append(QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(dns)),
                                          ASN1_STRING_length(dns)));
    }
    return result;
}

int Certificate::keyBits() const
{
    return EVP_PKEY_get_bits(m_data->key.get());
}

QByteArray Certificate::toPem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), m_data->x509.get()) != 1) {
        ERR_clear_error();
        return {};
    }
    char *bytes = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &bytes);
    return QByteArray(bytes, static_cast<qsizetype>(length));
}

X509 *Certificate::x509() const
{
    return m_data->x509.get();
}

Result<void> Certificate::verify(const QByteArray &data, const QByteArray &signature, const QString &signatureVersion) const
{
    const EVP_MD *digest = nullptr;
    if (signatureVersion == u"1")
        digest = sha1();
    else if (signatureVersion == u"2")
        digest = sha256();
    else
        return Error::invalid(QStringLiteral("unsupported SNS SignatureVersion \"%1\" (expected 1 or 2)").arg(signatureVersion.left(20)),
                              QStringLiteral("signature-version"));

    if (EVP_PKEY_get_base_id(m_data->key.get()) != EVP_PKEY_RSA)
        return Error::invalid(QStringLiteral("the signing certificate does not hold an RSA key"), QStringLiteral("signature"));

    // The digest, then PKCS#1 v1.5 over it with the digest's OID checked: what EVP_DigestVerify does,
    // with the context kept per thread (the shared key is only read, so concurrent calls are safe).
    unsigned char hash[EVP_MAX_MD_SIZE];
    unsigned int hashLength = 0;
    EVP_PKEY_CTX *ctx = digest ? t_verifyContexts.get(m_data->key.get(), digest) : nullptr;
    if (!ctx || EVP_Digest(data.constData(), static_cast<size_t>(data.size()), hash, &hashLength, digest, nullptr) != 1) {
        return Error::internal(QStringLiteral("cannot set up signature verification: %1").arg(takeOpenSslError()),
                               QStringLiteral("signature"));
    }
    const int verdict = EVP_PKEY_verify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                                        static_cast<size_t>(signature.size()), hash, hashLength);
    ERR_clear_error();
    if (verdict != 1)
        return Error::invalid(QStringLiteral("the SNS signature does not match the message (SignatureVersion %1)").arg(signatureVersion),
                              QStringLiteral("signature"));
    return {};
}

} // namespace Bouncedesk::Model::Sns
