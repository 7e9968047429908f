// AuditLog: who changed what by hand, written in the same transaction as the change itself.
#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace Bouncedesk::Model {

// The person acting: the OS account and, on PostgreSQL, the database role (empty on SQLite).
struct Actor {
    QString osUser;
    QString dbUser;

    static Actor current(const QSqlDatabase &db);
    // One short name for "added_by"/"removed_by" columns: "alice", or "alice (db bouncedesk_ops)".
    QString label() const;
};

// Writes one audit_log row in the caller's transaction. An empty before/after object is stored as
// NULL ("nothing before" for an add, "nothing after" for a delete); otherwise as compact JSON text.
Result<void> writeAudit(const QSqlDatabase &db, const Actor &actor, const QString &action, const QString &target,
                        const QJsonObject &before, const QJsonObject &after, const QString &note);

} // namespace Bouncedesk::Model
