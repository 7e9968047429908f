// Counts for fault tests, read with plain SQL.
#include "StoreAudit.h"

#include "DbProbe.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Bouncedesk::Test {

QString StoreAudit::summary() const
{
    return QStringLiteral("messages %1 (distinct ids %2), events %3, duplicate events %4, events in rollups %5%6")
        .arg(messages)
        .arg(messageIds.size())
        .arg(events)
        .arg(duplicateEvents)
        .arg(rollupEvents)
        .arg(error.isEmpty() ? QString() : QStringLiteral("; ") + error);
}

StoreAudit auditStore(const Model::DatabaseUrl &url)
{
    StoreAudit audit;
    auto db = Model::Database::connection(url);
    if (!db) {
        audit.error = db.errorText();
        return audit;
    }
    QSqlQuery q(*db);
    if (!q.exec(QStringLiteral("SELECT message_id FROM sns_messages"))) {
        audit.error = q.lastError().text();
        return audit;
    }
    while (q.next())
        audit.messageIds.insert(q.value(0).toString());
    audit.messages = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM sns_messages"));
    audit.events = scalar(*db, QStringLiteral("SELECT (SELECT COUNT(*) FROM bounces) + (SELECT COUNT(*) FROM complaints) "
                                              "+ (SELECT COUNT(*) FROM deliveries)"));
    audit.duplicateEvents = 0;
    for (const char *table : {"bounces", "complaints", "deliveries"}) {
        audit.duplicateEvents += scalar(*db, QStringLiteral("SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM ")
                                                 + QLatin1String(table)
                                                 + QStringLiteral(" GROUP BY message_ref, email HAVING COUNT(*) > 1) d"));
    }
    audit.rollupEvents = scalar(*db, QStringLiteral("SELECT COALESCE(SUM(deliveries + bounces + suppressed_list_bounces "
                                                    "+ complaints), 0) FROM rate_hourly"));
    return audit;
}

} // namespace Bouncedesk::Test
