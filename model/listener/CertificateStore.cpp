// Certificate lookup for signature checks: pinned files, memory, database, then HTTPS download.
#include "listener/CertificateStore.h"

#include "core/LogText.h"
#include "store/CertificateRepository.h"
#include "store/Database.h"

#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcCerts, "bouncedesk.certificates")

namespace Bouncedesk::Model {

using Sns::Certificate;

QNetworkRequest snsRequest(const QUrl &url, const ListenerSettings &settings)
{
    QUrl target = url;
    QNetworkRequest request;
    const QString override = settings.snsEndpointOverrides.value(url.host().toLower());
    if (!override.isEmpty()) {
        const int colon = override.lastIndexOf(u':');
        target.setHost(override.left(colon));
        target.setPort(override.mid(colon + 1).toInt());
        request.setPeerVerifyName(url.host());
        request.setRawHeader("Host", url.host().toUtf8());
    }
    request.setUrl(target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(10000);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Bouncedesk/" BOUNCEDESK_VERSION));
    applySnsTls(request, settings);
    return request;
}

void applySnsTls(QNetworkRequest &request, const ListenerSettings &settings)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> cas = settings.useSystemTrustStore ? QSslConfiguration::systemCaCertificates()
                                                              : QList<QSslCertificate>();
    for (const QString &file : settings.extraCaFiles)
        cas += QSslCertificate::fromPath(file, QSsl::Pem);
    tls.setCaCertificates(cas);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);
}

CertificateStore::CertificateStore(DatabaseUrl url, const ListenerSettings &settings, Clock clock, QObject *parent)
    : QObject(parent),
      m_url(std::move(url)),
      m_settings(settings),
      m_clock(std::move(clock)),
      m_validator(settings.extraCaFiles, settings.useSystemTrustStore),
      m_network(new QNetworkAccessManager(this))
{
    m_uptime.start();
}

QString CertificateStore::canonicalUrl(const QString &url)
{
    const qsizetype schemeEnd = url.indexOf(u"://");
    if (schemeEnd <= 0)
        return url;
    const QString scheme = url.left(schemeEnd).toLower();
    const qsizetype authorityStart = schemeEnd + 3;
    qsizetype pathStart = url.indexOf(u'/', authorityStart);
    if (pathStart < 0)
        pathStart = url.size();
    const QString authority = url.mid(authorityStart, pathStart - authorityStart);
    const qsizetype at = authority.lastIndexOf(u'@');
    QString host = authority.mid(at + 1).toLower();
    const QString defaultPort = scheme == u"https" ? QStringLiteral(":443")
                                : scheme == u"http" ? QStringLiteral(":80")
                                                    : QString();
    if (!defaultPort.isEmpty() && host.endsWith(defaultPort))
        host.chop(defaultPort.size());
    return scheme + u"://" + authority.left(at + 1) + host + url.mid(pathStart);
}

Result<Certificate> CertificateStore::accept(const QByteArray &pem, const QDateTime &at) const
{
    auto certificate = m_validator.validate(pem, at);
    if (!certificate && certificate.error().code == u"cert-untrusted" && !m_settings.requireCertificateChain) {
        // SNS serves the leaf alone and its Amazon intermediates are not in system trust stores.
        // The download itself came over TLS verified for the exact SNS host of the topic, which
        // is what AWS's own validators rely on; dates and name are still checked.
        return m_validator.validateLeaf(pem, at);
    }
    return certificate;
}

CertificateStore::~CertificateStore() = default;

Result<void> CertificateStore::load()
{
    const QDateTime now = m_clock();
    for (auto it = m_settings.pinnedCertificates.cbegin(); it != m_settings.pinnedCertificates.cend(); ++it) {
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return Error::invalid(QStringLiteral("cannot read pinned certificate %1: %2").arg(it.value(), file.errorString()));
        auto certificate = m_validator.validatePinned(file.read(MaxCertificateBytes), now);
        if (!certificate)
            return Error::invalid(QStringLiteral("pinned certificate %1: %2").arg(it.value(), certificate.errorText()));
        QMutexLocker lock(&m_mutex);
        m_cache.insert(canonicalUrl(it.key()), *certificate);
    }
    auto db = Database::connection(m_url);
    if (!db)
        return db.error();
    auto rows = CertificateRepository(*db).validAt(now.toMSecsSinceEpoch());
    if (!rows)
        return rows.error();
    for (const auto &[storedUrl, pem] : std::as_const(*rows)) {
        const QString url = canonicalUrl(storedUrl);
        // Re-validated on load by the rule that accepted the download: a cache row is only as good
        // as the trust store and settings that accept it now.
        auto certificate = accept(pem, now);
        QMutexLocker lock(&m_mutex);
        if (certificate && !m_cache.contains(url))
            m_cache.insert(url, *certificate);
    }
    return {};
}

std::optional<Certificate> CertificateStore::cached(const QString &url) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_cache.constFind(canonicalUrl(url));
    if (it == m_cache.cend())
        return std::nullopt;
    const QDateTime now = m_clock();
    if (it->notAfter() < now || it->notBefore() > now)
        return std::nullopt;
    return *it;
}

QFuture<Result<Certificate>> CertificateStore::fetch(const QString &requestedUrl)
{
    const QString url = canonicalUrl(requestedUrl);
    auto promise = std::make_shared<QPromise<Result<Certificate>>>();
    promise->start();
    QFuture<Result<Certificate>> future = promise->future();
    if (const auto failed = m_failures.constFind(url); failed != m_failures.cend()) {
        if (!failed->until.hasExpired()) {
            promise->addResult(Result<Certificate>(failed->error));
            promise->finish();
            return future;
        }
        m_failures.erase(failed);
    }
    auto &waiters = m_inFlight[url];
    waiters.append(promise);
    if (waiters.size() > 1)
        return future;

    const qint64 now = m_uptime.elapsed();
    m_downloadStarts.removeIf([now](qint64 started) { return now - started >= 60000; });
    if (m_downloadStarts.size() >= m_settings.certificateDownloadsPerMinute) {
        // Not that URL's fault: not remembered, and SNS retries a genuine message later.
        finishFetch(url, Error::unavailable(QStringLiteral("not downloading %1: already %2 certificate downloads in the "
                                                           "last minute")
                                                .arg(url)
                                                .arg(m_downloadStarts.size()),
                                            QStringLiteral("cert-rate")),
                    false);
        return future;
    }
    m_downloadStarts.append(now);

    QNetworkReply *reply = m_network->get(snsRequest(QUrl(url), m_settings));
    reply->setReadBufferSize(MaxCertificateBytes + 1);
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > MaxCertificateBytes) {
            reply->setProperty("bouncedeskTooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->property("bouncedeskTooLarge").toBool()) {
            // Not a passing fault: what that URL serves is not a certificate we would accept.
            finishFetch(url,
                        Error::invalid(QStringLiteral("the file at %1 is larger than %2 bytes").arg(url).arg(MaxCertificateBytes),
                                       QStringLiteral("cert-invalid")),
                        true);
            return;
        }
        const QByteArray body = reply->isOpen() ? reply->read(MaxCertificateBytes + 1) : QByteArray();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            QString why = reply->errorString();
            if (status >= 300 && status < 400)
                why = QStringLiteral("redirect refused (HTTP %1)").arg(status);
            else if (reply->error() == QNetworkReply::NoError)
                why = QStringLiteral("HTTP %1").arg(status);
            // Ours to retry: SNS gets 503 and tries again later. A 4xx or redirect is what that URL
            // answers, so it is remembered briefly; a 5xx or network failure may pass at once.
            const bool passing = status == 0 || status >= 500 || status == 408 || status == 429;
            finishFetch(url,
                        Error::unavailable(QStringLiteral("cannot download %1: %2").arg(url, why),
                                           QStringLiteral("cert-download")),
                        !passing);
            return;
        }
        if (body.size() > MaxCertificateBytes) {
            finishFetch(url, Error::invalid(QStringLiteral("certificate at %1 is too large").arg(url),
                                            QStringLiteral("cert-invalid")),
                        true);
            return;
        }
        const auto certificate = accept(body, m_clock());
        if (certificate)
            remember(url, *certificate, body);
        finishFetch(url, certificate, true);
    });
    return future;
}

void CertificateStore::finishFetch(const QString &url, const Result<Certificate> &result, bool rememberFailure)
{
    if (!result) {
        qCWarning(lcCerts).noquote() << logSafe(result.errorText());
        if (rememberFailure) {
            Error remembered = result.error();
            remembered.message += QStringLiteral(" (not downloaded again for %1 s)").arg(NegativeCacheSeconds);
            // Bounded: entries only come from downloads, which are rate-limited, and expire.
            m_failures.removeIf([](QHash<QString, Failure>::iterator it) { return it->until.hasExpired(); });
            m_failures.insert(url, {remembered, QDeadlineTimer(NegativeCacheSeconds * 1000)});
        }
    }
    const auto waiters = m_inFlight.take(url);
    for (const auto &promise : waiters) {
        promise->addResult(result);
        promise->finish();
    }
}

void CertificateStore::remember(const QString &url, const Certificate &certificate, const QByteArray &pem)
{
    {
        QMutexLocker lock(&m_mutex);
        m_cache.insert(url, certificate);
    }
    // The database copy lets a restarted listener verify without downloading again. Written off this
    // thread; losing it only costs a download later.
    const qint64 notAfter = certificate.notAfter().toMSecsSinceEpoch();
    const qint64 now = m_clock().toMSecsSinceEpoch();
    const DatabaseUrl dbUrl = m_url;
    (void)QtConcurrent::run([dbUrl, url, pem, notAfter, now] {
        auto db = Database::connection(dbUrl);
        if (!db)
            return;
        auto saved = CertificateRepository(*db).save(url, pem, notAfter, now);
        if (!saved)
            qCWarning(lcCerts) << "cannot cache certificate:" << saved.errorText();
    });
}

} // namespace Bouncedesk::Model
