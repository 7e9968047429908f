// Complaint review: the queue's "done" mark, with who, when and why in the audit log.
#include "policy/ComplaintReview.h"

#include "core/Time.h"
#include "store/ComplaintRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>

namespace Bouncedesk::Model {

ComplaintReview::ComplaintReview(QSqlDatabase db, Actor actor) : m_db(std::move(db)), m_actor(std::move(actor)) { }

Result<ComplaintReview::Outcome> ComplaintReview::markReviewed(const QList<qint64> &complaintIds, const QString &note)
{
    Outcome outcome;
    if (complaintIds.isEmpty())
        return outcome;
    const QString text = note.trimmed();
    const QString by = m_actor.label();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    Transaction tx(m_db, Transaction::Mode::Write);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    ComplaintRepository complaints(m_db);
    QSet<qint64> seen;
    for (const qint64 id : complaintIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        auto updated = complaints.markReviewed(id, by, now, text);
        if (!updated)
            return Error{updated.error().kind,
                         QCoreApplication::translate("Policy", "cannot mark complaint %1 reviewed: %2")
                             .arg(id).arg(updated.errorText()),
                         updated.error().code};
        if (!updated->has_value()) {
            auto exists = complaints.exists(id);
            if (!exists)
                return exists.error();
            if (!*exists)
                return Error::invalid(QCoreApplication::translate("Policy", "complaint %1 does not exist (deleted "
                                                                      "meanwhile?); nothing was marked reviewed")
                                          .arg(id),
                                      QStringLiteral("not-found"));
            ++outcome.alreadyReviewed;
            continue;
        }
        const QString email = **updated;
        const QJsonObject before{{QStringLiteral("id"), id}, {QStringLiteral("reviewed"), false}};
        QJsonObject after{{QStringLiteral("id"), id},
                          {QStringLiteral("reviewed"), true},
                          {QStringLiteral("reviewed_by"), by},
                          {QStringLiteral("reviewed_at"), Time::isoUtcMs(now)}};
        if (!text.isEmpty())
            after.insert(QStringLiteral("review_note"), text);
        if (auto audited = writeAudit(m_db, m_actor, QStringLiteral("complaint.review"), email.toLower(), before,
                                      after, text);
            !audited)
            return audited.error();
        ++outcome.reviewed;
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return outcome;
}

Result<qint64> ComplaintReview::unreviewedCount()
{
    return ComplaintRepository(m_db).unreviewedCount();
}

Result<void> ComplaintReview::checkMayReview(const QSqlDatabase &db)
{
    return Database::checkMay(db, Database::WriteAction::ReviewComplaints);
}

} // namespace Bouncedesk::Model
