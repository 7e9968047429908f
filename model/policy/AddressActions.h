// AddressActions: what the console shows and does for one address (its history, resetting its bounce status).
#pragma once

#include "core/Result.h"
#include "store/AuditLog.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Bouncedesk::Model {

struct HistoryEntry {
    QDateTime at; // UTC
    // bounce | delivery | complaint | delay | state | suppression-added | suppression-removed
    // ("send" is reserved: sends have no index by address, so history() does not read them yet)
    QString kind;
    QString summary;
    qint64 messageRef = 0; // sns_messages.id for events, 0 for state changes and suppressions
};

class AddressActions final {
public:
    AddressActions(QSqlDatabase db, Actor actor);

    // Everything known about an address, newest first: bounces, deliveries, complaints, delivery delays,
    // state changes, suppressions added and removed. Case-insensitive; every query uses an index on the
    // address. At most limit entries.
    Result<QList<HistoryEntry>> history(const QString &email, int limit = 500);

    // Clears the bounce state (status -> clean, except complained stays complained; soft streak cleared)
    // and lifts an active bounce suppression (hard-bounce, soft-bounce, manual-bounce) with removal
    // reason why. Records an address_state_changes row and one audit row ("address.reset") in the same
    // transaction. Past events are kept. Invalid if the address is unknown or there is nothing to reset.
    Result<void> resetBounceStatus(const QString &email, const QString &why);

    // What resetBounceStatus would do, in one line for a confirmation, e.g.
    // "status hard -> clean; lifts suppression hard-bounce since 2026-11-20T10:00:00Z (added by policy)".
    // The same errors as resetBounceStatus when there is nothing to reset.
    Result<QString> describeReset(const QString &email);

    // Why this connection may not reset addresses (read-only file, role without UPDATE), or an empty
    // string when it may. Checked up front so the console can disable the action and say why.
    Result<QString> whyReadOnly();

private:
    struct Plan;
    Result<Plan> plan(const QString &normalisedEmail);

    QSqlDatabase m_db;
    Actor m_actor;
};

} // namespace Bouncedesk::Model
