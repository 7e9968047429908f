// The simulator's signing key: OpenSSL 3 EVP key generation, a self-signed certificate, SNS-style signing.
#include "sns/SimulatorKey.h"

#include "sns/Envelope.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

namespace Bouncedesk::Model::Sns {

namespace {
    struct Free {
        void operator()(BIO *p) const { BIO_free(p); }
        void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
        void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
        void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
        void operator()(X509 *p) const { X509_free(p); }
        void operator()(BIGNUM *p) const { BN_free(p); }
    };
    template <typename T> using Ptr = std::unique_ptr<T, Free>;

    Error openSslError(const QString &what)
    {
        char buffer[256] = {};
        ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
        ERR_clear_error();
        return Error::unavailable(QStringLiteral("simulator key: %1 failed: %2").arg(what, QString::fromLatin1(buffer)));
    }

    QByteArray bioText(BIO *bio)
    {
        char *bytes = nullptr;
        const long length = BIO_get_mem_data(bio, &bytes);
        return QByteArray(bytes, qsizetype(length));
    }

    Ptr<EVP_PKEY> readKey(const QByteArray &pem)
    {
        Ptr<BIO> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
        Ptr<EVP_PKEY> key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
        ERR_clear_error();
        return key;
    }

    QString keyFile(const QString &dir) { return dir + QStringLiteral("/simulator-key.pem"); }
    QString certFile(const QString &dir) { return dir + QStringLiteral("/simulator-cert.pem"); }

    Result<QByteArray> readFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::invalid(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return file.read(64 * 1024);
    }

    Result<void> writeFile(const QString &path, const QByteArray &data, QFile::Permissions permissions)
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions) || file.write(data) != data.size()
            || !file.commit())
            return Error::unavailable(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        return {};
    }
} // namespace

struct SimulatorKey::Data {
    Ptr<EVP_PKEY> key;
    QByteArray keyPem;
    QByteArray certPem;
    Certificate certificate;
};

SimulatorKey::SimulatorKey(std::shared_ptr<const Data> data) : m_data(std::move(data)) { }
SimulatorKey::~SimulatorKey() = default;
SimulatorKey::SimulatorKey(const SimulatorKey &) = default;
SimulatorKey &SimulatorKey::operator=(const SimulatorKey &) = default;

Result<SimulatorKey> SimulatorKey::generate()
{
    Ptr<EVP_PKEY_CTX> context(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *rawKey = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1
        || EVP_PKEY_CTX_set_rsa_keygen_bits(context.get(), 2048) <= 0
        || EVP_PKEY_generate(context.get(), &rawKey) != 1)
        return openSslError(QStringLiteral("RSA key generation"));
    Ptr<EVP_PKEY> key(rawKey);

    Ptr<X509> cert(X509_new());
    unsigned char serialBytes[16];
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1 || RAND_bytes(serialBytes, sizeof serialBytes) != 1)
        return openSslError(QStringLiteral("certificate"));
    serialBytes[0] &= 0x7f;
    Ptr<BIGNUM> serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    X509_NAME *name = X509_get_subject_name(cert.get());
    const auto text = [](const char *s) { return reinterpret_cast<const unsigned char *>(s); };
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()))
        || !ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(now.addDays(-1).toSecsSinceEpoch()))
        || !ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(now.addYears(10).toSecsSinceEpoch()))
        || X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, text("Bouncedesk"), -1, -1, 0) != 1
        || X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, text("Bouncedesk test traffic"), -1, -1, 0) != 1
        || X509_set_issuer_name(cert.get(), name) != 1 || X509_set_pubkey(cert.get(), key.get()) != 1
        || X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return openSslError(QStringLiteral("certificate"));

    Ptr<BIO> keyBio(BIO_new(BIO_s_mem()));
    Ptr<BIO> certBio(BIO_new(BIO_s_mem()));
    if (!keyBio || !certBio
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1
        || PEM_write_bio_X509(certBio.get(), cert.get()) != 1)
        return openSslError(QStringLiteral("PEM encoding"));
    return fromPem(bioText(keyBio.get()), bioText(certBio.get()));
}

Result<SimulatorKey> SimulatorKey::fromPem(const QByteArray &keyPem, const QByteArray &certPem)
{
    Ptr<EVP_PKEY> key = readKey(keyPem);
    if (!key)
        return Error::invalid(QStringLiteral("the simulator key is not an RSA private key in PEM"));
    auto certificate = Certificate::fromPem(certPem);
    if (!certificate)
        return certificate.error();
    if (EVP_PKEY_eq(key.get(), X509_get0_pubkey(certificate->x509())) != 1) {
        ERR_clear_error();
        return Error::invalid(QStringLiteral("the simulator certificate is not the simulator key's"));
    }
    return SimulatorKey(
        std::make_shared<const Data>(Data {std::move(key), keyPem, certPem, std::move(certificate).value()}));
}

QString SimulatorKey::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/simulator");
}

Result<SimulatorKey> SimulatorKey::load(const QString &dir)
{
    if (!QFile::exists(keyFile(dir)))
        return Error::invalid(QStringLiteral("no simulator key in %1: start the listener with --trust-simulator first, "
                                             "it creates one")
                                  .arg(dir));
    auto keyPem = readFile(keyFile(dir));
    if (!keyPem)
        return keyPem.error();
    auto certPem = readFile(certFile(dir));
    if (!certPem)
        return certPem.error();
    return fromPem(*keyPem, *certPem);
}

Result<SimulatorKey> SimulatorKey::loadOrCreate(const QString &dir)
{
    if (QFile::exists(keyFile(dir)))
        return load(dir);
    if (!QDir().mkpath(dir))
        return Error::unavailable(QStringLiteral("cannot create %1").arg(dir));
    auto key = generate();
    if (!key)
        return key.error();
    if (auto written = writeFile(certFile(dir), key->m_data->certPem,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        !written)
        return written.error();
    if (auto written = writeFile(keyFile(dir), key->m_data->keyPem, QFile::ReadOwner | QFile::WriteOwner); !written)
        return written.error();
    return key;
}

QByteArray SimulatorKey::certificatePem() const { return m_data->certPem; }

const Certificate &SimulatorKey::certificate() const { return m_data->certificate; }

Result<QByteArray> SimulatorKey::notification(const QString &messageId, const QString &message,
    const QDateTime &timestamp, const QString &signatureVersion) const
{
    const EVP_MD *digest = signatureVersion == u"1" ? EVP_sha1() : signatureVersion == u"2" ? EVP_sha256() : nullptr;
    if (!digest)
        return Error::invalid(QStringLiteral("SignatureVersion must be 1 or 2"), QStringLiteral("signature-version"));
    Envelope envelope;
    envelope.type = Envelope::Type::Notification;
    envelope.typeName = Envelope::typeToString(envelope.type);
    envelope.messageId = messageId;
    envelope.topicArn = SimulatorTopicArn;
    envelope.message = message.toUtf8();
    envelope.timestamp = timestamp.toUTC().toString(Qt::ISODateWithMs);
    const QByteArray toSign = envelope.stringToSign();

    Ptr<EVP_MD_CTX> context(EVP_MD_CTX_new());
    size_t length = 0;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, digest, nullptr, m_data->key.get()) != 1
        || EVP_DigestSign(context.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(toSign.constData()),
               size_t(toSign.size()))
            != 1)
        return openSslError(QStringLiteral("signing"));
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
            reinterpret_cast<const unsigned char *>(toSign.constData()), size_t(toSign.size()))
        != 1)
        return openSslError(QStringLiteral("signing"));
    signature.truncate(qsizetype(length));

    const QJsonObject body {{QStringLiteral("Type"), envelope.typeName}, {QStringLiteral("MessageId"), messageId},
        {QStringLiteral("TopicArn"), envelope.topicArn}, {QStringLiteral("Message"), message},
        {QStringLiteral("Timestamp"), envelope.timestamp}, {QStringLiteral("SignatureVersion"), signatureVersion},
        {QStringLiteral("Signature"), QString::fromLatin1(signature.toBase64())},
        {QStringLiteral("SigningCertURL"), QString(SimulatorCertUrl)}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace Bouncedesk::Model::Sns
