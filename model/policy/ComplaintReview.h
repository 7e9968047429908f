// ComplaintReview: marks complaints as looked at by a person, audited, in one transaction.
#pragma once

#include "core/Result.h"
#include "store/AuditLog.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Bouncedesk::Model {

class ComplaintReview final {
public:
    ComplaintReview(QSqlDatabase db, Actor actor);

    struct Outcome {
        int reviewed = 0;
        int alreadyReviewed = 0;
    };
    // Marks complaints reviewed (reviewed_by = actor.label(), reviewed_at = now, review_note = note) with one
    // audit row ("complaint.review") per complaint, all in one transaction. Complaints already reviewed keep
    // their reviewer and note and are counted in alreadyReviewed. An unknown id fails the whole call
    // (Invalid) and nothing is written. Repeated ids count once; an empty list does nothing.
    Result<Outcome> markReviewed(const QList<qint64> &complaintIds, const QString &note);
    Result<qint64> unreviewedCount();

    // Whether this connection may mark complaints reviewed: the SQLite file is writable, or the PostgreSQL
    // role may UPDATE complaints and INSERT into audit_log. The error explains why not, in plain words.
    static Result<void> checkMayReview(const QSqlDatabase &db);

private:
    QSqlDatabase m_db;
    Actor m_actor;
};

} // namespace Bouncedesk::Model
