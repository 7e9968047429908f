// StoreAudit: what a burst left in the database, for fault tests (each MessageId once, each event once).
#pragma once

#include "store/DatabaseUrl.h"

#include <QSet>
#include <QString>

namespace Bouncedesk::Test {

struct StoreAudit {
    qint64 messages = -1;        // sns_messages rows
    qint64 events = -1;          // bounces + complaints + deliveries rows
    qint64 duplicateEvents = -1; // event rows beyond the first for one (message_ref, email) in a table
    qint64 rollupEvents = -1;    // the same events as counted by rate_hourly
    QSet<QString> messageIds;    // every stored MessageId
    QString error;               // why the audit could not run
    QString summary() const;
};

// Reads on this thread's own connection to url.
StoreAudit auditStore(const Model::DatabaseUrl &url);

} // namespace Bouncedesk::Test
