// CertificateRepository: the SNS signing certificates cached in the database, by URL.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>

namespace Bouncedesk::Model {

class CertificateRepository final {
public:
    explicit CertificateRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    struct Cached {
        QString url;
        QByteArray pem;
    };
    // Rows still valid at now (ms).
    Result<QList<Cached>> validAt(qint64 now);
    Result<void> save(const QString &url, const QByteArray &pem, qint64 notAfter, qint64 fetchedAt);

private:
    QSqlDatabase m_db;
};

} // namespace Bouncedesk::Model
