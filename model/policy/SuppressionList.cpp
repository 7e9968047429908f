// Manual suppressions, the send-or-not check and the SES CSV exchange; every change is audited.
#include "policy/SuppressionList.h"

#include "core/AddressStatus.h"
#include "core/EmailAddress.h"
#include "core/Time.h"
#include "policy/SuppressionCsv.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSet>

namespace Bouncedesk::Model {

namespace {
QString since(const Suppression &s)
{
    return QStringLiteral("%1 since %2").arg(s.reason, Time::isoUtc(s.addedAt));
}
} // namespace

SuppressionList::SuppressionList(QSqlDatabase db, Actor actor)
    : m_db(db), m_actor(std::move(actor)), m_rows(std::move(db))
{
}

QStringList SuppressionList::reasons()
{
    return kSuppressionReasonText.all();
}

QStringList SuppressionList::manualReasons()
{
    return manualReasonTexts();
}

Result<Suppression> SuppressionList::add(const QString &rawEmail, const QString &reason, const QString &note)
{
    auto email = EmailAddress::normalise(rawEmail);
    if (!email)
        return email.error();
    const auto kind = suppressionReasonFrom(reason);
    if (!kind || !isManualReason(*kind))
        return Error::invalid(QCoreApplication::translate("Policy", "a suppression added by hand has reason %1, not '%2'")
                                  .arg(manualReasons().join(QStringLiteral(", ")), reason),
                              QStringLiteral("reason"));

    Transaction tx(m_db, Transaction::Mode::Write);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto existing = m_rows.active(*email);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        const Suppression &s = **existing;
        return Error::conflict(QCoreApplication::translate("Policy", "%1 is already suppressed (%2, added by %3)")
                                   .arg(s.email, since(s), s.addedBy),
                               QStringLiteral("already-suppressed"));
    }

    Suppression s;
    s.email = *email;
    s.reason = reason;
    s.addedBy = m_actor.label();
    s.addedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    s.notes = note.trimmed();
    auto id = m_rows.insert(s);
    if (!id)
        return id.error();
    s.id = *id;

    QJsonObject after = s.toJson();
    after.remove(QStringLiteral("active"));
    if (auto audited = writeAudit(m_db, m_actor, QStringLiteral("suppression.add"), s.email, {}, after, s.notes);
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return s;
}

Result<bool> SuppressionList::liftAudited(const Suppression &before, const QString &by, const QDateTime &at,
                                          const QString &why, const QString &action)
{
    auto after = m_rows.lift(before, by, at, why);
    if (!after)
        return after.error();
    if (!after->has_value())
        return false;
    if (auto audited = writeAudit(m_db, m_actor, action, before.email, before.toJson(), (*after)->toJson(), why);
        !audited)
        return audited.error();
    return true;
}

Result<void> SuppressionList::remove(const QString &rawEmail, const QString &why)
{
    auto email = EmailAddress::normalise(rawEmail);
    if (!email)
        return email.error();
    const QString reason = why.trimmed();
    if (reason.isEmpty())
        return Error::invalid(QCoreApplication::translate("Policy", "say why %1 is removed from the suppression list")
                                  .arg(*email),
                              QStringLiteral("removal-reason"));

    Transaction tx(m_db, Transaction::Mode::Write);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto existing = requireActive(*email);
    if (!existing)
        return existing.error();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    auto lifted = liftAudited(*existing, m_actor.label(), now, reason, QStringLiteral("suppression.remove"));
    if (!lifted)
        return lifted.error();
    if (!*lifted)
        return Error::conflict(
            QCoreApplication::translate("Policy", "%1 was changed by someone else meanwhile; try again").arg(*email));
    return tx.commit();
}

Result<void> SuppressionList::setNotes(const QString &rawEmail, const QString &notes)
{
    auto email = EmailAddress::normalise(rawEmail);
    if (!email)
        return email.error();
    Transaction tx(m_db, Transaction::Mode::Write);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto existing = requireActive(*email);
    if (!existing)
        return existing.error();
    const Suppression before = *existing;
    const QString text = notes.trimmed();
    if (text == before.notes)
        return tx.commit(); // nothing changed: no audit row either

    if (auto updated = m_rows.setNotes(before.id, text); !updated)
        return updated;
    if (auto audited = writeAudit(m_db, m_actor, QStringLiteral("suppression.notes"), *email,
                                  {{QStringLiteral("id"), before.id}, {QStringLiteral("notes"), before.notes}},
                                  {{QStringLiteral("id"), before.id}, {QStringLiteral("notes"), text}}, QString());
        !audited)
        return audited;
    return tx.commit();
}

Result<Suppression> SuppressionList::requireActive(const QString &email)
{
    auto existing = m_rows.active(email);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return Error::invalid(QCoreApplication::translate("Policy", "%1 is not suppressed")
                                  .arg(email), QStringLiteral("not-suppressed"));
    return **existing;
}

Result<std::optional<Suppression>> SuppressionList::find(const QString &rawEmail)
{
    auto email = EmailAddress::normalise(rawEmail);
    if (!email)
        return email.error();
    return m_rows.active(*email);
}

Result<QList<Suppression>> SuppressionList::list(const QString &reasonFilter, const QString &search, int limit,
                                                 int offset)
{
    if (!reasonFilter.isEmpty() && !suppressionReasonFrom(reasonFilter))
        return Error::invalid(QCoreApplication::translate("Policy", "unknown suppression reason '%1' (one of %2)")
                                  .arg(reasonFilter, reasons().join(QStringLiteral(", "))),
                              QStringLiteral("reason"));
    return m_rows.list(reasonFilter, search, limit, offset);
}

Result<QList<Suppression>> SuppressionList::history(const QString &rawEmail)
{
    auto email = EmailAddress::normalise(rawEmail);
    if (!email)
        return email.error();
    return m_rows.history(*email);
}

Result<SendDecision> SuppressionList::check(const QString &rawEmail, Purpose purpose)
{
    auto email = EmailAddress::normalise(rawEmail);
    if (!email)
        return email.error();
    auto active = m_rows.active(*email);
    if (!active)
        return active.error();
    auto state = AddressStateRepository(m_db).load(*email);
    if (!state)
        return state.error();
    SendDecision decision;
    decision.addressStatus = addressStatusText(state->exists ? state->status : AddressStatus::Clean);
    decision.suppression = *active;
    if (!active->has_value()) {
        decision.send = true;
        decision.reason = QStringLiteral("not suppressed");
        return decision;
    }
    const Suppression &s = **active;
    if (purpose == Purpose::Transactional && !blocksTransactional(s.reasonKind().value_or(SuppressionReason::Manual))) {
        decision.send = true;
        decision.reason = QStringLiteral("%1; transactional mail is still allowed").arg(since(s));
        return decision;
    }
    decision.send = false;
    decision.reason = since(s);
    return decision;
}

Result<SuppressionList::ImportReport> SuppressionList::importFile(QIODevice &input, SesFileFormat format,
                                                                  const QString &note)
{
    if (!input.isReadable())
        return Error::invalid(QCoreApplication::translate("Policy", "the import input is not open for reading"));
    const QByteArray data = input.readAll();
    if (format == SesFileFormat::Removal)
        return importRemoval(data, note);
    // Parse everything before writing anything: a file with one bad line is not imported at all.
    const Result<QList<CsvEntry>> entries =
        format == SesFileFormat::Csv ? parseSuppressionCsv(data) : parseSuppressionJsonLines(data);
    if (!entries)
        return entries.error();

    Transaction tx(m_db, Transaction::Mode::Write);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const QString notes = note.trimmed().isEmpty() ? QStringLiteral("imported from the SES account suppression list")
                                                   : note.trimmed();
    const QString addedBy = m_actor.label();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ImportReport report;
    QSet<QString> seen;
    for (const CsvEntry &entry : *entries) {
        if (seen.contains(entry.email)) {
            ++report.skipped; // the same address twice in the file
            continue;
        }
        seen.insert(entry.email);
        // An address already actively suppressed keeps its row; the import counts it as skipped.
        auto added = m_rows.insertUnlessActive(entry.email, entry.reason, addedBy, now, notes);
        if (!added)
            return added.error();
        if (*added)
            ++report.added;
        else
            ++report.skipped;
    }
    const QJsonObject after{{QStringLiteral("added"), report.added},
                            {QStringLiteral("skipped"), report.skipped},
                            {QStringLiteral("lines"), static_cast<qint64>(entries->size())}};
    if (auto audited = writeAudit(m_db, m_actor, QStringLiteral("suppression.import"), QString(), {}, after,
                                  note.trimmed());
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return report;
}

Result<SuppressionList::ImportReport> SuppressionList::importRemoval(const QByteArray &data, const QString &note)
{
    const QString why = note.trimmed();
    if (why.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("Policy", "say why these addresses are removed from the suppression list"),
                              QStringLiteral("removal-reason"));
    auto emails = parseRemovalList(data);
    if (!emails)
        return emails.error();
    Transaction tx(m_db, Transaction::Mode::Write);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    ImportReport report;
    for (const QString &email : std::as_const(*emails)) {
        auto active = m_rows.active(email);
        if (!active)
            return active.error();
        if (!active->has_value()) {
            ++report.skipped; // not suppressed (or listed twice)
            continue;
        }
        auto lifted = liftAudited(**active, m_actor.label(), now, why, QStringLiteral("suppression.remove"));
        if (!lifted)
            return lifted.error();
        *lifted ? ++report.removed : ++report.skipped;
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return report;
}

Result<int> SuppressionList::exportFile(QIODevice &output, SesFileFormat format)
{
    if (!output.isWritable())
        return Error::invalid(QCoreApplication::translate("Policy", "the export output is not open for writing"));
    auto rows = m_rows.activeByAddress();
    if (!rows)
        return rows.error();
    int count = 0;
    for (const auto &[email, reason] : std::as_const(*rows)) {
        const auto kind = suppressionReasonFrom(reason);
        const bool complaint = kind && isComplaintSuppression(*kind);
        if (output.write(sesFileLine(format, email, complaint ? QStringLiteral("COMPLAINT") : QStringLiteral("BOUNCE"))) < 0)
            return Error::unavailable(QCoreApplication::translate("Policy", "cannot write the export: %1")
                                          .arg(output.errorString()));
        ++count;
    }
    return count;
}

} // namespace Bouncedesk::Model
