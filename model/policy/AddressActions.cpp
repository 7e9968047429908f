// An address's history across the event tables, and resetting its bounce status by hand (audited).
#include "policy/AddressActions.h"

#include "core/EmailAddress.h"
#include "core/Time.h"
#include "store/AddressStateRepository.h"
#include "store/BounceRepository.h"
#include "store/ComplaintRepository.h"
#include "store/Database.h"
#include "store/DeliveryRepository.h"
#include "store/SuppressionRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace Bouncedesk::Model {

namespace {
QString isoUtc(const QVariant &ms)
{
    return Time::isoUtc(Time::fromMs(ms));
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
    AddressStatus oldStatus = AddressStatus::Clean;
    AddressStatus newStatus = AddressStatus::Clean;
    int consecutiveSoft = 0;
    QVariant streakStartedAt;
    // The active suppression, whichever its reason; lifted only when it is a bounce suppression.
    std::optional<Suppression> suppression;

    bool suppressed() const { return suppression.has_value(); }
    bool lifts() const
    {
        return suppression && isBounceSuppression(suppression->reasonKind().value_or(SuppressionReason::Manual));
    }
    bool changesState() const
    {
        return stateExists && (oldStatus != newStatus || consecutiveSoft != 0 || !streakStartedAt.isNull());
    }
};

AddressActions::AddressActions(QSqlDatabase db, Actor actor) : m_db(std::move(db)), m_actor(std::move(actor)) { }

Result<QList<HistoryEntry>> AddressActions::history(const QString &rawEmail, int limit)
{
    const QString email = EmailAddress::fold(rawEmail);
    if (email.isEmpty())
        return Error::invalid(QCoreApplication::translate("Policy", "the email address is empty"),
                              QStringLiteral("email"));
    limit = qMax(1, limit);
    const auto failed = [&email](const Error &e) {
        return Error{e.kind, QCoreApplication::translate("Policy", "cannot read the history of %1: %2")
                                 .arg(email, e.message), e.code};
    };

    QList<AddressEvent> events;
    for (auto read : {BounceRepository(m_db).forAddress(email, limit), DeliveryRepository(m_db).forAddress(email, limit),
                      ComplaintRepository(m_db).forAddress(email, limit)}) {
        if (!read)
            return failed(read.error());
        events += *read;
    }
    QList<HistoryEntry> entries;
    for (const AddressEvent &ev : std::as_const(events)) {
        HistoryEntry e;
        e.at = QDateTime::fromMSecsSinceEpoch(ev.at, Qt::UTC);
        e.messageRef = ev.messageRef;
        const QString detail = joinNonEmpty({ev.status, ev.detail}, QStringLiteral(" "));
        switch (ev.kind) {
        case AddressEvent::Kind::Bounce:
            e.kind = QStringLiteral("bounce");
            e.summary = withDetail(QCoreApplication::translate("Policy", "%1 bounce")
                                       .arg(joinNonEmpty({ev.type, ev.subType}, QStringLiteral("/"))),
                                   ev.source);
            if (!detail.isEmpty())
                e.summary = QCoreApplication::translate("Policy", "%1: %2").arg(e.summary, detail);
            break;
        case AddressEvent::Kind::Delivery:
            e.kind = QStringLiteral("delivery");
            e.summary = withDetail(QCoreApplication::translate("Policy", "Delivered"), ev.source);
            if (!ev.detail.isEmpty())
                e.summary = QCoreApplication::translate("Policy", "%1: %2").arg(e.summary, ev.detail);
            break;
        case AddressEvent::Kind::Complaint: {
            e.kind = QStringLiteral("complaint");
            const QString type = joinNonEmpty({ev.type, ev.subType}, QStringLiteral("/"));
            e.summary = withDetail(type.isEmpty() ? QCoreApplication::translate("Policy", "Complaint")
                                                  : QCoreApplication::translate("Policy", "Complaint: %1").arg(type),
                                   ev.source);
            if (!ev.userAgent.isEmpty())
                e.summary = QCoreApplication::translate("Policy", "%1 via %2").arg(e.summary, ev.userAgent);
            break;
        }
        case AddressEvent::Kind::Delay:
            e.kind = QStringLiteral("delay");
            e.summary = withDetail(QCoreApplication::translate("Policy", "Delivery delayed"), ev.type);
            if (!detail.isEmpty())
                e.summary = QCoreApplication::translate("Policy", "%1: %2").arg(e.summary, detail);
            break;
        }
        entries << e;
    }

    auto changes = AddressStateRepository(m_db).changesOf(email, limit);
    if (!changes)
        return changes.error();
    for (const StateChangeRow &c : std::as_const(*changes)) {
        HistoryEntry e;
        e.at = QDateTime::fromMSecsSinceEpoch(c.at, Qt::UTC);
        e.kind = QStringLiteral("state");
        e.summary = QStringLiteral("%1 -> %2: %3").arg(c.oldStatus, c.newStatus, c.reason);
        entries << e;
    }
    auto suppressions = SuppressionRepository(m_db).history(email, limit);
    if (!suppressions)
        return suppressions.error();
    for (const Suppression &s : std::as_const(*suppressions)) {
        HistoryEntry added;
        added.at = s.addedAt;
        added.kind = QStringLiteral("suppression-added");
        added.summary = QCoreApplication::translate("Policy", "Suppressed (%1) by %2").arg(s.reason, s.addedBy);
        if (!s.notes.isEmpty())
            added.summary = QCoreApplication::translate("Policy", "%1: %2").arg(added.summary, s.notes);
        entries << added;
        if (!s.active && s.removedAt.isValid()) {
            HistoryEntry removed;
            removed.at = s.removedAt;
            removed.kind = QStringLiteral("suppression-removed");
            removed.summary = QCoreApplication::translate("Policy", "Suppression %1 lifted by %2: %3")
                                  .arg(s.reason, s.removedBy, s.removalReason);
            entries << removed;
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
        return Error::invalid(QCoreApplication::translate("Policy", "the email address is empty"),
                              QStringLiteral("email"));
    auto state = AddressStateRepository(m_db).load(email);
    if (!state)
        return state.error();
    if (state->exists) {
        p.stateExists = true;
        p.oldStatus = state->status;
        p.consecutiveSoft = state->consecutiveSoft;
        p.streakStartedAt = nullOr(state->streakStartedAt);
        p.newStatus = p.oldStatus == AddressStatus::Complained ? p.oldStatus : AddressStatus::Clean;
    }
    auto suppression = SuppressionRepository(m_db).active(email);
    if (!suppression)
        return suppression.error();
    p.suppression = *suppression;
    if (!p.stateExists && !p.suppressed())
        return Error::invalid(QCoreApplication::translate("Policy", "%1 is unknown: no bounce, complaint or suppression "
                                                              "is recorded for it")
                                  .arg(email),
                              QStringLiteral("unknown-address"));
    if (!p.changesState() && !p.lifts()) {
        QString why = p.suppressed()
            ? QCoreApplication::translate("Policy", "its suppression (%1) is not a bounce suppression")
                  .arg(p.suppression->reason)
            : QCoreApplication::translate("Policy", "it is not suppressed");
        return Error::invalid(QCoreApplication::translate("Policy", "%1 has no bounce status to reset: status %2 and %3")
                                  .arg(email, addressStatusText(p.oldStatus), why),
                              QStringLiteral("nothing-to-reset"));
    }
    return p;
}

Result<QString> AddressActions::describeReset(const QString &rawEmail)
{
    auto planned = plan(EmailAddress::fold(rawEmail));
    if (!planned)
        return planned.error();
    const Plan &p = *planned;
    QStringList parts;
    if (p.stateExists) {
        if (p.oldStatus == p.newStatus)
            parts << QCoreApplication::translate("Policy", "status %1 stays %1").arg(addressStatusText(p.oldStatus));
        else
            parts << QCoreApplication::translate("Policy", "status %1 -> %2")
                         .arg(addressStatusText(p.oldStatus), addressStatusText(p.newStatus));
        if (p.consecutiveSoft > 0)
            parts << QCoreApplication::translate("Policy", "clears a soft-bounce streak of %n", nullptr,
                                                 p.consecutiveSoft);
    }
    if (p.lifts())
        parts << QCoreApplication::translate("Policy", "lifts suppression %1 since %2 (added by %3)")
                     .arg(p.suppression->reason, Time::isoUtc(p.suppression->addedAt), p.suppression->addedBy);
    else if (p.suppressed())
        parts << QCoreApplication::translate("Policy", "keeps suppression %1 (not a bounce suppression)")
                     .arg(p.suppression->reason);
    return parts.join(QStringLiteral("; "));
}

Result<void> AddressActions::resetBounceStatus(const QString &rawEmail, const QString &rawWhy)
{
    const QString email = EmailAddress::fold(rawEmail);
    const QString why = rawWhy.trimmed();
    if (why.isEmpty())
        return Error::invalid(QCoreApplication::translate("Policy", "say why the bounce status of %1 is reset")
                                  .arg(email),
                              QStringLiteral("reason"));

    Transaction tx(m_db, Transaction::Mode::Write);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto planned = plan(email);
    if (!planned)
        return planned.error();
    const Plan &p = *planned;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString actor = m_actor.label();
    const QString changedMeanwhile =
        QCoreApplication::translate("Policy", "%1 was changed meanwhile (a new event arrived); try again").arg(email);

    AddressStateRepository states(m_db);
    if (p.stateExists) {
        // Guarded by the values just read: a concurrent event makes this a conflict instead of lost data.
        auto updated = states.resetStatus(email, p.newStatus, p.oldStatus, p.consecutiveSoft, now);
        if (!updated)
            return updated.error();
        if (*updated != 1)
            return Error::conflict(changedMeanwhile, QStringLiteral("changed"));
    }
    if (auto change = states.recordChange({email, p.oldStatus, p.newStatus,
                                           QStringLiteral("reset by %1: %2").arg(actor, why), EventRef{}, actor, now});
        !change)
        return change;
    if (p.lifts()) {
        auto lifted = SuppressionRepository(m_db).lift(*p.suppression, actor, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC), why);
        if (!lifted)
            return lifted.error();
        if (!lifted->has_value())
            return Error::conflict(changedMeanwhile, QStringLiteral("changed"));
    }

    const QString none = QStringLiteral("(none)");
    QJsonObject before{{QStringLiteral("status"), p.stateExists ? addressStatusText(p.oldStatus) : none},
                       {QStringLiteral("consecutive_soft"), p.consecutiveSoft}};
    if (!p.streakStartedAt.isNull())
        before.insert(QStringLiteral("soft_streak_started_at"), isoUtc(p.streakStartedAt));
    QJsonObject after{{QStringLiteral("status"), p.stateExists ? addressStatusText(p.newStatus) : none},
                      {QStringLiteral("consecutive_soft"), 0}};
    if (p.suppressed()) {
        const QJsonObject suppression{{QStringLiteral("id"), p.suppression->id},
                                      {QStringLiteral("reason"), p.suppression->reason},
                                      {QStringLiteral("added_by"), p.suppression->addedBy},
                                      {QStringLiteral("added_at"), Time::isoUtc(p.suppression->addedAt)},
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
    auto access = Database::checkMay(m_db, Database::WriteAction::ResetBounceStatus);
    if (access)
        return QString();
    if (access.error().code == u"permission")
        return access.errorText();
    return access.error();
}

} // namespace Bouncedesk::Model
