// CertificateStore: SNS signing certificates by URL: pinned, cached (memory and database), downloaded.
#pragma once

#include "core/Result.h"
#include "listener/ListenerSettings.h"
#include "sns/CertificateValidator.h"
#include "store/DatabaseUrl.h"

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
    // requests for one URL share a download; a failure is never cached.
    QFuture<Result<Sns::Certificate>> fetch(const QString &url);

    static constexpr qint64 MaxCertificateBytes = 64 * 1024;

private:
    void finishFetch(const QString &url, const Result<Sns::Certificate> &result);
    void remember(const QString &url, const Sns::Certificate &certificate, const QByteArray &pem);

    DatabaseUrl m_url;
    ListenerSettings m_settings;
    Clock m_clock;
    Sns::CertificateValidator m_validator;
    QNetworkAccessManager *m_network = nullptr;
    mutable QMutex m_mutex;
    QHash<QString, Sns::Certificate> m_cache; // includes pinned certificates
    QHash<QString, QList<std::shared_ptr<QPromise<Result<Sns::Certificate>>>>> m_inFlight;
};

// Builds a request to an SNS host, honouring endpoint overrides (TLS still verifies the SNS name).
QNetworkRequest snsRequest(const QUrl &url, const ListenerSettings &settings);
// The TLS configuration for talking to SNS: system CAs (unless turned off) plus extraCaFiles.
void applySnsTls(QNetworkRequest &request, const ListenerSettings &settings);

} // namespace Bouncedesk::Model
