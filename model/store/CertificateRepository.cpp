// Statements on certificates.
#include "store/CertificateRepository.h"

#include "store/Database.h"

namespace Bouncedesk::Model {

Result<QList<CertificateRepository::Cached>> CertificateRepository::validAt(qint64 now)
{
    return Sql::rows<Cached>(
        m_db, QStringLiteral("SELECT url, pem FROM certificates WHERE not_after > ?"), { now }, [](const QSqlQuery &q) {
            return Cached { q.value(0).toString(), q.value(1).toString().toUtf8() };
        });
}

Result<void> CertificateRepository::save(const QString &url, const QByteArray &pem, qint64 notAfter, qint64 fetchedAt)
{
    auto saved = exec(m_db,
        QStringLiteral("INSERT INTO certificates (url, pem, not_after, fetched_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (url) DO UPDATE SET pem = excluded.pem, "
                       "not_after = excluded.not_after, fetched_at = excluded.fetched_at"),
        { url, QString::fromLatin1(pem), notAfter, fetchedAt });
    if (!saved)
        return saved.error();
    return {};
}

} // namespace Bouncedesk::Model
