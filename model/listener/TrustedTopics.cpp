// The trusted-topic check of the listener, with its database copy.
#include "listener/TrustedTopics.h"

#include "store/Database.h"
#include "store/TrustedTopicRepository.h"

namespace Bouncedesk::Model {

TrustedTopics::TrustedTopics(DatabaseUrl url, QStringList configured, int refreshMs)
    : m_url(std::move(url)), m_configured(configured.cbegin(), configured.cend()), m_refreshMs(refreshMs)
{
}

bool TrustedTopics::refresh()
{
    auto db = Database::connection(m_url);
    if (!db)
        return false;
    auto arns = TrustedTopicRepository(*db).arns();
    QMutexLocker lock(&m_mutex);
    m_age.start(); // also after a failure: a broken database is not asked again on every message
    if (!arns)
        return false;
    m_stored = QSet<QString>(arns->cbegin(), arns->cend());
    return true;
}

bool TrustedTopics::isTrusted(const QString &topicArn)
{
    if (m_configured.contains(topicArn))
        return true;
    {
        QMutexLocker lock(&m_mutex);
        if (m_stored.contains(topicArn))
            return true;
        if (m_age.isValid() && m_age.elapsed() < m_refreshMs)
            return false;
    }
    refresh();
    QMutexLocker lock(&m_mutex);
    return m_stored.contains(topicArn);
}

int TrustedTopics::count() const
{
    QMutexLocker lock(&m_mutex);
    return int((m_configured + m_stored).size());
}

} // namespace Bouncedesk::Model
