// CertificateStore: SNS signing certificates by URL: pinned, cached (memory and database), downloaded.
#pragma once

#include "core/Result.h"
#include "listener/ListenerSettings.h"
#include "sns/CertificateValidator.h"
#include "store/DatabaseUrl.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QNetworkRequest>
#include <QPromise>
#include <QObject>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Bouncedesk::Model {

class CertificateStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateStore)

public:
    using Clock = std::function<QDateTime()>;
    CertificateStore(DatabaseUrl url, const ListenerSettings &settings, Clock clock, QObject *parent = nullptr);
    ~CertificateStore() override;

    // Reads pinned files and the database cache; errors name the file or the database problem.
    Result<void> load();
    // Thread-safe: a pinned or cached certificate still valid now, if any.
    std::optional<Sns::Certificate> cached(const QString &url) const;
    // On this object's thread: download (no redirects, size cap, timeout), validate, cache. Concurrent
    // requests for one URL share a download. A failure the URL would give again (HTTP 4xx, a redirect,
    // content we refuse) is remembered for NegativeCacheSeconds and answered without downloading; a
    // passing one (HTTP 5xx, network) is not. Beyond settings.certificateDownloadsPerMinute downloads
    // in a minute, the answer is Error::unavailable "cert-rate" without downloading.
    QFuture<Result<Sns::Certificate>> fetch(const QString &url);

    // The cache key: scheme and host lower-cased, the scheme's default port dropped, the path exact;
    // so spellings of one URL share one download and one database row.
    static QString canonicalUrl(const QString &url);

    static constexpr qint64 MaxCertificateBytes = 64 * 1024;
    static constexpr int NegativeCacheSeconds = 60;

private:
    // The one acceptance rule for downloaded and database-cached certificates.
    Result<Sns::Certificate> accept(const QByteArray &pem, const QDateTime &at) const;
    void finishFetch(const QString &url, const Result<Sns::Certificate> &result, bool rememberFailure);
    void remember(const QString &url, const Sns::Certificate &certificate, const QByteArray &pem);

    struct Failure {
        Error error;
        QDeadlineTimer until;
    };

    DatabaseUrl m_url;
    ListenerSettings m_settings;
    Clock m_clock;
    Sns::CertificateValidator m_validator;
    QNetworkAccessManager *m_network = nullptr;
    mutable QMutex m_mutex;
    QHash<QString, Sns::Certificate> m_cache; // includes pinned certificates
    QHash<QString, QList<std::shared_ptr<QPromise<Result<Sns::Certificate>>>>> m_inFlight;
    // This object's thread only. Monotonic, not m_clock: tests freeze that clock at old dates.
    QHash<QString, Failure> m_failures;
    QElapsedTimer m_uptime;
    QList<qint64> m_downloadStarts; // m_uptime milliseconds, the last minute's
};

// Builds a request to an SNS host, honouring endpoint overrides (TLS still verifies the SNS name).
QNetworkRequest snsRequest(const QUrl &url, const ListenerSettings &settings);
// The TLS configuration for talking to SNS: system CAs (unless turned off) plus extraCaFiles.
void applySnsTls(QNetworkRequest &request, const ListenerSettings &settings);

} // namespace Bouncedesk::Model
