// An address's history across the event tables, and resetting its bounce status by hand (audited).
#include "policy/AddressActions.h"

#include "policy/AddressPolicy.h"
#include "store/Database.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace Bouncedesk::Model {

namespace {
QDateTime fromMs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString isoUtc(const QVariant &ms)
{
    return ms.isNull() ? QString() : fromMs(ms).toString(Qt::ISODate);
}

QVariant nullOr(const QVariant &value)
{
    return value.isNull() ? QVariant() : value;
}

// "a (b)" or "a" when b is empty.
QString withDetail(const QString &main, const QString &detail)
{
    return detail.isEmpty() ? main : QStringLiteral("%1 (%2)").arg(main, detail);
}

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    return kept.join(separator);
}

// Ties (an event and the state change it caused share a time) list the consequence first: newest first.
int rank(const QString &kind)
{
    if (kind == u"suppression-removed")
        return 0;
    if (kind == u"suppression-added")
        return 1;
    if (kind == u"state")
        return 2;
    return 3;
}
} // namespace

struct AddressActions::Plan {
    QString email;
    bool stateExists = false;
    QString oldStatus = QStringLiteral("clean");
    QString newStatus = QStringLiteral("clean");
    int consecutiveSoft = 0;
    QVariant streakStartedAt;
    // The active suppression, whichever its reason; lifted only when it is a bounce suppression.
    bool suppressed = false;
    qint64 suppressionId = 0;
    QString suppressionReason;
    QString suppressionAddedBy;
    QVariant suppressionAddedAt;

    bool lifts() const { return suppressed && isBounceSuppression(suppressionReason); }
    bool changesState() const
    {
        return stateExists && (oldStatus != newStatus || consecutiveSoft != 0 || !streakStartedAt.isNull());
    }
};

AddressActions::AddressActions(QSqlDatabase db, Actor actor) : m_db(std::move(db)), m_actor(std::move(actor)) { }

bool AddressActions::isBounceSuppression(const QString &reason)
{
    return reason == u"hard-bounce" || reason == u"soft-bounce" || reason == u"manual-bounce";
}

Result<QList<HistoryEntry>> AddressActions::history(const QString &rawEmail, int limit)
{
    const QString email = AddressPolicy::normalise(rawEmail);
    if (email.isEmpty())
        return Error::invalid(QStringLiteral("the email address is empty"), QStringLiteral("email"));
    limit = qMax(1, limit);
    QList<HistoryEntry> entries;

    // Event tables keep the address as SES sent it: lower(email) matches their expression indexes.
    struct Source {
        const char *kind;
        const char *sql;
    };
    static constexpr Source kEvents[] = {
        {"bounce", "SELECT event_at, message_ref, bounce_type, bounce_subtype, status, diagnostic_code, source "
                   "FROM bounces WHERE lower(email) = ? ORDER BY event_at DESC LIMIT ?"},
        {"delivery", "SELECT event_at, message_ref, smtp_response, source FROM deliveries "
                     "WHERE lower(email) = ? ORDER BY event_at DESC LIMIT ?"},
        {"complaint", "SELECT event_at, message_ref, feedback_type, complaint_subtype, user_agent, source "
                      "FROM complaints WHERE lower(email) = ? ORDER BY event_at DESC LIMIT ?"},
        {"delay", "SELECT event_at, message_ref, delay_type, status, diagnostic_code, source FROM delivery_delays "
                  "WHERE lower(email) = ? ORDER BY event_at DESC LIMIT ?"},
    };
    for (const Source &source : kEvents) {
        auto query = exec(m_db, QString::fromLatin1(source.sql), {email, limit});
        if (!query)
            return Error{query.error().kind, QStringLiteral("cannot read the history of %1: %2").arg(email, query.errorText()),
                         query.error().code};
        QSqlQuery q = std::move(query).value();
        const QString kind = QString::fromLatin1(source.kind);
        while (q.next()) {
            HistoryEntry e;
            e.at = fromMs(q.value(0));
            e.kind = kind;
            e.messageRef = q.value(1).toLongLong();
            if (kind == u"bounce") {
                const QString type = joinNonEmpty({q.value(2).toString(), q.value(3).toString()}, QStringLiteral("/"));
                const QString detail = joinNonEmpty({q.value(4).toString(), q.value(5).toString()}, QStringLiteral(" "));
                e.summary = withDetail(QStringLiteral("%1 bounce").arg(type), q.value(6).toString());
                if (!detail.isEmpty())
                    e.summary += QStringLiteral(": ") + detail;
            } else if (kind == u"delivery") {
                e.summary = withDetail(QStringLiteral("Delivered"), q.value(3).toString());
                if (!q.value(2).toString().isEmpty())
                    e.summary += QStringLiteral(": ") + q.value(2).toString();
            } else if (kind == u"complaint") {
                const QString type = joinNonEmpty({q.value(2).toString(), q.value(3).toString()}, QStringLiteral("/"));
                e.summary = withDetail(type.isEmpty() ? QStringLiteral("Complaint") : QStringLiteral("Complaint: ") + type,
                                       q.value(5).toString());
                if (!q.value(4).toString().isEmpty())
                    e.summary += QStringLiteral(" via ") + q.value(4).toString();
            } else {
                e.summary = withDetail(QStringLiteral("Delivery delayed"), q.value(2).toString());
                const QString detail = joinNonEmpty({q.value(3).toString(), q.value(4).toString()}, QStringLiteral(" "));
                if (!detail.isEmpty())
                    e.summary += QStringLiteral(": ") + detail;
            }
            entries << e;
        }
    }

    // address_state_changes and suppressions store the address lower-case.
    {
        auto query = exec(m_db,
                          QStringLiteral("SELECT changed_at, old_status, new_status, reason, actor FROM address_state_changes "
                                         "WHERE email = ? ORDER BY changed_at DESC LIMIT ?"),
                          {email, limit});
        if (!query)
            return query.error();
        QSqlQuery q = std::move(query).value();
        while (q.next()) {
            HistoryEntry e;
            e.at = fromMs(q.value(0));
            e.kind = QStringLiteral("state");
            e.summary = QStringLiteral("%1 -> %2: %3").arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
            entries << e;
        }
    }
    {
        auto query = exec(m_db,
                          QStringLiteral("SELECT added_at, reason, added_by, notes, active, removed_at, removed_by, "
                                         "removal_reason FROM suppressions WHERE email = ? ORDER BY added_at DESC LIMIT ?"),
                          {email, limit});
        if (!query)
            return query.error();
        QSqlQuery q = std::move(query).value();
        while (q.next()) {
            HistoryEntry added;
            added.at = fromMs(q.value(0));
            added.kind = QStringLiteral("suppression-added");
            added.summary = QStringLiteral("Suppressed (%1) by %2").arg(q.value(1).toString(), q.value(2).toString());
            if (!q.value(3).toString().isEmpty())
                added.summary += QStringLiteral(": ") + q.value(3).toString();
            entries << added;
            if (q.value(4).toInt() == 0 && !q.value(5).isNull()) {
                HistoryEntry removed;
                removed.at = fromMs(q.value(5));
                removed.kind = QStringLiteral("suppression-removed");
                removed.summary = QStringLiteral("Suppression %1 lifted by %2: %3")
                                      .arg(q.value(1).toString(), q.value(6).toString(), q.value(7).toString());
                entries << removed;
            }
        }
    }

    std::stable_sort(entries.begin(), entries.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
        if (a.at != b.at)
            return a.at > b.at;
        return rank(a.kind) < rank(b.kind);
    });
    if (entries.size() > limit)
        entries.resize(limit);
    return entries;
}

Result<AddressActions::Plan> AddressActions::plan(const QString &email)
{
    Plan p;
    p.email = email;
    if (email.isEmpty())
        return Error::invalid(QStringLiteral("the email address is empty"), QStringLiteral("email"));
    auto state = exec(m_db,
                      QStringLiteral("SELECT status, consecutive_soft, soft_streak_started_at FROM address_state "
                                     "WHERE email = ?"),
                      {email});
    if (!state)
        return state.error();
    QSqlQuery s = std::move(state).value();
    if (s.next()) {
        p.stateExists = true;
        p.oldStatus = s.value(0).toString();
        p.consecutiveSoft = s.value(1).toInt();
        p.streakStartedAt = nullOr(s.value(2));
        p.newStatus = p.oldStatus == u"complained" ? p.oldStatus : QStringLiteral("clean");
    }
    auto suppression = exec(m_db,
                            QStringLiteral("SELECT id, reason, added_by, added_at FROM suppressions "
                                           "WHERE email = ? AND active = 1"),
                            {email});
    if (!suppression)
        return suppression.error();
    QSqlQuery r = std::move(suppression).value();
    if (r.next()) {
        p.suppressed = true;
        p.suppressionId = r.value(0).toLongLong();
        p.suppressionReason = r.value(1).toString();
        p.suppressionAddedBy = r.value(2).toString();
        p.suppressionAddedAt = r.value(3);
    }
    if (!p.stateExists && !p.suppressed)
        return Error::invalid(QStringLiteral("%1 is unknown: no bounce, complaint or suppression is recorded for it")
                                  .arg(email),
                              QStringLiteral("unknown-address"));
    if (!p.changesState() && !p.lifts()) {
        QString why = p.suppressed ? QStringLiteral("its suppression (%1) is not a bounce suppression").arg(p.suppressionReason)
                                   : QStringLiteral("it is not suppressed");
        return Error::invalid(QStringLiteral("%1 has no bounce status to reset: status %2 and %3")
                                  .arg(email, p.oldStatus, why),
                              QStringLiteral("nothing-to-reset"));
    }
    return p;
}

Result<QString> AddressActions::describeReset(const QString &rawEmail)
{
    auto planned = plan(AddressPolicy::normalise(rawEmail));
    if (!planned)
        return planned.error();
    const Plan &p = *planned;
    QStringList parts;
    if (p.stateExists) {
        if (p.oldStatus == p.newStatus)
            parts << QStringLiteral("status %1 stays %1").arg(p.oldStatus);
        else
            parts << QStringLiteral("status %1 -> %2").arg(p.oldStatus, p.newStatus);
        if (p.consecutiveSoft > 0)
            parts << QStringLiteral("clears a soft-bounce streak of %1").arg(p.consecutiveSoft);
    }
    if (p.lifts())
        parts << QStringLiteral("lifts suppression %1 since %2 (added by %3)")
                     .arg(p.suppressionReason, isoUtc(p.suppressionAddedAt), p.suppressionAddedBy);
    else if (p.suppressed)
        parts << QStringLiteral("keeps suppression %1 (not a bounce suppression)").arg(p.suppressionReason);
    return parts.join(QStringLiteral("; "));
}

Result<void> AddressActions::resetBounceStatus(const QString &rawEmail, const QString &rawWhy)
{
    const QString email = AddressPolicy::normalise(rawEmail);
    const QString why = rawWhy.trimmed();
    if (why.isEmpty())
        return Error::invalid(QStringLiteral("say why the bounce status of %1 is reset").arg(email),
                              QStringLiteral("reason"));

    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto planned = plan(email);
    if (!planned)
        return planned.error();
    const Plan &p = *planned;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString actor = m_actor.label();
    const QString changedMeanwhile = QStringLiteral("%1 was changed meanwhile (a new event arrived); try again").arg(email);

    if (p.stateExists) {
        // Guarded by the values just read: a concurrent event makes this a conflict instead of lost data.
        auto updated = exec(m_db,
                            QStringLiteral("UPDATE address_state SET status = ?, consecutive_soft = 0, "
                                           "soft_streak_started_at = NULL, updated_at = ? "
                                           "WHERE email = ? AND status = ? AND consecutive_soft = ?"),
                            {p.newStatus, now, email, p.oldStatus, p.consecutiveSoft});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1)
            return Error::conflict(changedMeanwhile, QStringLiteral("changed"));
    }
    if (auto change = exec(m_db,
                           QStringLiteral("INSERT INTO address_state_changes (email, old_status, new_status, reason, "
                                          "actor, changed_at) VALUES (?, ?, ?, ?, ?, ?)"),
                           {email, p.oldStatus, p.newStatus, QStringLiteral("reset by %1: %2").arg(actor, why), actor, now});
        !change)
        return change.error();
    if (p.lifts()) {
        auto lifted = exec(m_db,
                           QStringLiteral("UPDATE suppressions SET active = 0, removed_by = ?, removed_at = ?, "
                                          "removal_reason = ? WHERE id = ? AND active = 1"),
                           {actor, now, why, p.suppressionId});
        if (!lifted)
            return lifted.error();
        if (lifted->numRowsAffected() != 1)
            return Error::conflict(changedMeanwhile, QStringLiteral("changed"));
    }

    QJsonObject before{{QStringLiteral("status"), p.stateExists ? p.oldStatus : QStringLiteral("(none)")},
                       {QStringLiteral("consecutive_soft"), p.consecutiveSoft}};
    if (!p.streakStartedAt.isNull())
        before.insert(QStringLiteral("soft_streak_started_at"), isoUtc(p.streakStartedAt));
    QJsonObject after{{QStringLiteral("status"), p.stateExists ? p.newStatus : QStringLiteral("(none)")},
                      {QStringLiteral("consecutive_soft"), 0}};
    if (p.suppressed) {
        const QJsonObject suppression{{QStringLiteral("id"), p.suppressionId},
                                      {QStringLiteral("reason"), p.suppressionReason},
                                      {QStringLiteral("added_by"), p.suppressionAddedBy},
                                      {QStringLiteral("added_at"), isoUtc(p.suppressionAddedAt)},
                                      {QStringLiteral("active"), true}};
        before.insert(QStringLiteral("suppression"), suppression);
        QJsonObject kept = suppression;
        if (p.lifts()) {
            kept.insert(QStringLiteral("active"), false);
            kept.insert(QStringLiteral("removed_by"), actor);
            kept.insert(QStringLiteral("removal_reason"), why);
        }
        after.insert(QStringLiteral("suppression"), kept);
    }
    if (auto audited = writeAudit(m_db, m_actor, QStringLiteral("address.reset"), email, before, after, why); !audited)
        return audited;
    return tx.commit();
}

Result<QString> AddressActions::whyReadOnly()
{
    auto access = Database::checkWriteAccess(m_db,
                                             {{"address_state", "UPDATE"},
                                              {"suppressions", "UPDATE"},
                                              {"address_state_changes", "INSERT"},
                                              {"audit_log", "INSERT"}},
                                             QStringLiteral("reset bounce status"));
    if (access)
        return QString();
    if (access.error().code == u"permission")
        return access.errorText();
    return access.error();
}

} // namespace Bouncedesk::Model
