// Comparing, pulling and auditing against the SES account-level suppression list.
#include "policy/SesSuppressionSync.h"

#include "core/EmailAddress.h"
#include "core/SuppressionReason.h"
#include "store/SuppressionRepository.h"
#include "store/Transaction.h"

#include <QSet>

namespace Bouncedesk::Model {

SesSuppressionSync::SesSuppressionSync(QSqlDatabase db, Actor actor, QString region)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_region(std::move(region))
{
}

QString SesSuppressionSync::sesReasonFor(const QString &ourReason)
{
    const auto kind = suppressionReasonFrom(ourReason);
    return kind && isComplaintSuppression(*kind) ? QStringLiteral("COMPLAINT") : QStringLiteral("BOUNCE");
}

QString SesSuppressionSync::sesSource() const { return QStringLiteral("SES account list (%1)").arg(m_region); }

Result<SesDiff> SesSuppressionSync::diff(const QList<Aws::SesSuppressed> &ses)
{
    auto ours = SuppressionRepository(m_db).activeByAddress();
    if (!ours)
        return ours.error();
    QSet<QString> theirs;
    for (const Aws::SesSuppressed &s : ses)
        theirs.insert(EmailAddress::fold(s.email));
    QSet<QString> mine;
    SesDiff out;
    for (const auto &[email, reason] : std::as_const(*ours)) {
        mine.insert(email);
        if (theirs.contains(email))
            ++out.onBoth;
        else
            out.onlyOurs.append({ email, sesReasonFor(reason) });
    }
    for (const Aws::SesSuppressed &s : ses)
        if (!mine.contains(EmailAddress::fold(s.email)))
            out.onlySes << s;
    return out;
}

Result<int> SesSuppressionSync::pull(const QList<Aws::SesSuppressed> &ses)
{
    Transaction tx(m_db, Transaction::Mode::Write);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    SuppressionRepository rows(m_db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int added = 0;
    for (const Aws::SesSuppressed &s : ses) {
        auto email = EmailAddress::normalise(s.email);
        if (!email)
            continue; // SES holds it; we cannot use it. Counted by the caller as not added.
        const SuppressionReason reason
            = s.reason == u"COMPLAINT" ? SuppressionReason::ManualComplaint : SuppressionReason::ManualBounce;
        const QString notes
            = QStringLiteral("on the SES account suppression list (%1%2)")
                  .arg(s.reason,
                      s.lastUpdate.isValid() ? QStringLiteral(" since ") + s.lastUpdate.toString(Qt::ISODate)
                                             : QString());
        auto inserted = rows.insertUnlessActive(*email, reason, sesSource(), now, notes);
        if (!inserted)
            return inserted.error();
        if (!*inserted)
            continue;
        ++added;
        const QJsonObject after { { QStringLiteral("reason"), suppressionReasonText(reason) },
            { QStringLiteral("ses_reason"), s.reason }, { QStringLiteral("source"), sesSource() } };
        if (auto audited = writeAudit(m_db, m_actor, QStringLiteral("suppression.ses-pull"), *email, {}, after, notes);
            !audited)
            return audited.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return added;
}

Result<void> SesSuppressionSync::recordSesPut(const QString &email, const QString &sesReason)
{
    return writeAudit(m_db, m_actor, QStringLiteral("ses.suppression.put"), email, {},
        { { QStringLiteral("ses_reason"), sesReason }, { QStringLiteral("region"), m_region } }, QString());
}

Result<void> SesSuppressionSync::recordSesDelete(const QString &email, const QString &why)
{
    return writeAudit(m_db, m_actor, QStringLiteral("ses.suppression.delete"), email,
        { { QStringLiteral("region"), m_region } }, {}, why);
}

} // namespace Bouncedesk::Model
