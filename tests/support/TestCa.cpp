// A throwaway signing CA built with OpenSSL 3 EVP APIs, and SNS envelope signing for tests.
#include "TestCa.h"

#include <QFile>
#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <stdexcept>

namespace Bouncedesk::Test {

namespace {

struct Free {
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
};
template <typename T>
using Ptr = std::unique_ptr<T, Free>;

[[noreturn]] void fail(const char *what)
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    ERR_clear_error();
    throw std::runtime_error(std::string("TestCa: ") + what + ": " + buffer);
}

void check(int ok, const char *what)
{
    if (ok != 1)
        fail(what);
}

Ptr<EVP_PKEY> generateKey()
{
    Ptr<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    if (!ctx)
        fail("EVP_PKEY_CTX_new_from_name");
    check(EVP_PKEY_keygen_init(ctx.get()), "EVP_PKEY_keygen_init");
    if (EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), 2048) <= 0)
        fail("EVP_PKEY_CTX_set_rsa_keygen_bits");
    EVP_PKEY *key = nullptr;
    check(EVP_PKEY_generate(ctx.get(), &key), "EVP_PKEY_generate");
    return Ptr<EVP_PKEY>(key);
}

QByteArray bioContents(BIO *bio)
{
    char *bytes = nullptr;
    const long length = BIO_get_mem_data(bio, &bytes);
    return QByteArray(bytes, static_cast<qsizetype>(length));
}

QByteArray certToPem(X509 *cert)
{
    Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    check(PEM_write_bio_X509(bio.get(), cert), "PEM_write_bio_X509");
    return bioContents(bio.get());
}

QByteArray keyToPem(EVP_PKEY *key)
{
    Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    check(PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr), "PEM_write_bio_PrivateKey");
    return bioContents(bio.get());
}

Ptr<EVP_PKEY> keyFromPem(const QByteArray &pem)
{
    Ptr<BIO> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    Ptr<EVP_PKEY> key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    ERR_clear_error();
    return key;
}

Ptr<X509> certFromPem(const QByteArray &pem)
{
    Ptr<BIO> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    Ptr<X509> cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        fail("PEM_read_bio_X509");
    return cert;
}

void addExtension(X509 *cert, X509 *issuer, int nid, const QString &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    Ptr<X509_EXTENSION> extension(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.toLatin1().constData()));
    if (!extension)
        fail("X509V3_EXT_conf_nid");
    check(X509_add_ext(cert, extension.get(), -1), "X509_add_ext");
}

// A certificate for subjectKey named commonName, signed by issuerKey (self-signed if issuer is null).
Ptr<X509> makeCertificate(const QString &commonName, EVP_PKEY *subjectKey, X509 *issuer, EVP_PKEY *issuerKey,
                          const QDateTime &notBefore, const QDateTime &notAfter, bool isCa)
{
    Ptr<X509> cert(X509_new());
    if (!cert)
        fail("X509_new");
    check(X509_set_version(cert.get(), X509_VERSION_3), "X509_set_version");

    unsigned char serialBytes[16];
    check(RAND_bytes(serialBytes, sizeof serialBytes), "RAND_bytes");
    serialBytes[0] &= 0x7f;
    Ptr<BIGNUM> serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));
    if (!serial || BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())) == nullptr)
        fail("serial number");

    if (ASN1_TIME_set(X509_getm_notBefore(cert.get()), static_cast<time_t>(notBefore.toSecsSinceEpoch())) == nullptr
        || ASN1_TIME_set(X509_getm_notAfter(cert.get()), static_cast<time_t>(notAfter.toSecsSinceEpoch())) == nullptr)
        fail("ASN1_TIME_set");

    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    check(X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Bouncedesk tests"),
                                     -1, -1, 0),
          "X509_NAME_add_entry_by_txt");
    check(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
                                     -1, -1, 0),
          "X509_NAME_add_entry_by_txt");
    check(X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name), "X509_set_issuer_name");
    check(X509_set_pubkey(cert.get(), subjectKey), "X509_set_pubkey");

    X509 *issuerCert = issuer ? issuer : cert.get();
    if (isCa) {
        addExtension(cert.get(), issuerCert, NID_basic_constraints, QStringLiteral("critical,CA:TRUE"));
        addExtension(cert.get(), issuerCert, NID_key_usage, QStringLiteral("critical,keyCertSign,cRLSign"));
        addExtension(cert.get(), issuerCert, NID_subject_key_identifier, QStringLiteral("hash"));
    } else {
        addExtension(cert.get(), issuerCert, NID_basic_constraints, QStringLiteral("critical,CA:FALSE"));
        addExtension(cert.get(), issuerCert, NID_key_usage, QStringLiteral("critical,digitalSignature,keyEncipherment"));
        addExtension(cert.get(), issuerCert, NID_subject_alt_name, u"DNS:" + commonName);
        addExtension(cert.get(), issuerCert, NID_authority_key_identifier, QStringLiteral("keyid:always"));
    }
    if (X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0)
        fail("X509_sign");
    return cert;
}

} // namespace

struct TestCa::Private {
    QTemporaryDir dir;
    QByteArray certPem;
    QByteArray keyPem;
    QString caFile;
};

TestCa::TestCa() : d(std::make_unique<Private>())
{
    if (!d->dir.isValid())
        throw std::runtime_error("TestCa: cannot create a temporary directory");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Ptr<EVP_PKEY> key = generateKey();
    Ptr<X509> cert = makeCertificate(QStringLiteral("Bouncedesk Test Root CA"), key.get(), nullptr, key.get(),
                                     now.addDays(-1), now.addYears(10), true);
    d->certPem = certToPem(cert.get());
    d->keyPem = keyToPem(key.get());
    d->caFile = writeFile(QStringLiteral("test-ca.pem"), d->certPem);
}

TestCa::~TestCa() = default;

QByteArray TestCa::caPem() const
{
    return d->certPem;
}

QString TestCa::caFile() const
{
    return d->caFile;
}

TestCa::Leaf TestCa::issue(const QString &commonName, QDateTime notBefore, QDateTime notAfter) const
{
    Ptr<X509> caCert = certFromPem(d->certPem);
    Ptr<EVP_PKEY> caKey = keyFromPem(d->keyPem);
    if (!caKey)
        fail("CA key");
    Ptr<EVP_PKEY> key = generateKey();
    Ptr<X509> cert = makeCertificate(commonName, key.get(), caCert.get(), caKey.get(), notBefore, notAfter, false);
    return {certToPem(cert.get()), keyToPem(key.get())};
}

QString TestCa::writeFile(const QString &name, const QByteArray &data) const
{
    const QString path = d->dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        throw std::runtime_error("TestCa: cannot write " + path.toStdString());
    return path;
}

QByteArray signWithKey(const QByteArray &keyPem, const QByteArray &data, const QString &signatureVersion)
{
    const EVP_MD *digest = signatureVersion == u"1" ? EVP_sha1() : signatureVersion == u"2" ? EVP_sha256() : nullptr;
    Ptr<EVP_PKEY> key = keyFromPem(keyPem);
    if (!digest || !key)
        return {};
    Ptr<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyCtx = nullptr;
    if (!ctx || EVP_DigestSignInit(ctx.get(), &keyCtx, digest, nullptr, key.get()) != 1
        || EVP_PKEY_CTX_set_rsa_padding(keyCtx, RSA_PKCS1_PADDING) <= 0) {
        ERR_clear_error();
        return {};
    }
    const auto *in = reinterpret_cast<const unsigned char *>(data.constData());
    size_t length = 0;
    if (EVP_DigestSign(ctx.get(), nullptr, &length, in, static_cast<size_t>(data.size())) != 1) {
        ERR_clear_error();
        return {};
    }
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, in,
                       static_cast<size_t>(data.size()))
        != 1) {
        ERR_clear_error();
        return {};
    }
    signature.truncate(static_cast<qsizetype>(length));
    return signature;
}

QByteArray snsStringToSign(const QJsonObject &fields)
{
    // https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html:
    // "Name\nValue\n" for each field, in byte order of the names; Subject only when present.
    const bool notification = fields.value(u"Type").toString() == u"Notification";
    const QStringList names = notification
        ? QStringList {QStringLiteral("Message"), QStringLiteral("MessageId"), QStringLiteral("Subject"),
                       QStringLiteral("Timestamp"), QStringLiteral("TopicArn"), QStringLiteral("Type")}
        : QStringList {QStringLiteral("Message"), QStringLiteral("MessageId"), QStringLiteral("SubscribeURL"),
                       QStringLiteral("Timestamp"), QStringLiteral("Token"), QStringLiteral("TopicArn"),
                       QStringLiteral("Type")};
    QString text;
    for (const QString &name : names) {
        const QJsonValue value = fields.value(name);
        if (value.isUndefined() || value.isNull())
            continue;
        text += name + u'\n' + value.toString() + u'\n';
    }
    return text.toUtf8();
}

QByteArray signedEnvelope(QJsonObject fields, const QByteArray &keyPem, const QString &signatureVersion,
                          const QString &signingCertUrl)
{
    // A version the key cannot sign with ("3") still gets a SHA256 signature, so the envelope is
    // well-formed and only the version is wrong.
    const QString signingVersion = signatureVersion == u"1" ? signatureVersion : QStringLiteral("2");
    const QByteArray signature = signWithKey(keyPem, snsStringToSign(fields), signingVersion);
    fields.insert(QStringLiteral("SignatureVersion"), signatureVersion);
    fields.insert(QStringLiteral("SigningCertURL"), signingCertUrl);
    fields.insert(QStringLiteral("Signature"), QString::fromLatin1(signature.toBase64()));
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

} // namespace Bouncedesk::Test
