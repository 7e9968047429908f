// TrustedTopics: whether a topic's notifications are accepted: the operator's --topic list plus the
// topics admins trusted in the database, cached so that a lookup costs no query per message.
#pragma once

#include "store/DatabaseUrl.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSet>
#include <QStringList>

namespace Bouncedesk::Model {

class TrustedTopics final {
public:
    // missRefreshMs: how old the database copy may get before a miss reads it again.
    TrustedTopics(DatabaseUrl url, QStringList configured, int missRefreshMs = 250);

    // Thread-safe. A miss reads the database again at most every missRefreshMs, so a topic an admin
    // trusted a moment ago is accepted at once and junk topics cost at most one query a period.
    bool isTrusted(const QString &topicArn);
    // Reads the database copy now; false when the database cannot be read (the old copy stays). The
    // listener calls it every few seconds, which is how a removed trust takes effect.
    bool refresh();
    // Configured plus database topics, as last read.
    int count() const;
    bool isEmpty() const { return count() == 0; }

private:
    DatabaseUrl m_url;
    QSet<QString> m_configured;
    int m_refreshMs;
    mutable QMutex m_mutex;
    QSet<QString> m_stored;
    QElapsedTimer m_age; // invalid until the first read
};

} // namespace Bouncedesk::Model
