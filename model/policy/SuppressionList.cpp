// Manual suppressions, the send-or-not check and the SES CSV exchange; every change is audited.
#include "policy/SuppressionList.h"

#include "store/Database.h"

#include <QIODevice>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>

namespace Bouncedesk::Model {

namespace {
constexpr int kMaxAddressLength = 254;
constexpr int kMaxReportedBadLines = 20;

const QString kColumns = QStringLiteral("id, email, reason, source_table, source_event_id, added_by, added_at, notes, "
                                        "active, removed_by, removed_at, removal_reason");

QDateTime fromMs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString isoUtc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Suppression fromRow(const QSqlQuery &q)
{
    Suppression s;
    s.id = q.value(0).toLongLong();
    s.email = q.value(1).toString();
    s.reason = q.value(2).toString();
    s.sourceTable = q.value(3).toString();
    s.sourceEventId = q.value(4).toLongLong();
    s.addedBy = q.value(5).toString();
    s.addedAt = fromMs(q.value(6));
    s.notes = q.value(7).toString();
    s.active = q.value(8).toInt() != 0;
    s.removedBy = q.value(9).toString();
    s.removedAt = fromMs(q.value(10));
    s.removalReason = q.value(11).toString();
    return s;
}

Result<QList<Suppression>> readAll(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QSqlQuery q = std::move(query).value();
    QList<Suppression> rows;
    while (q.next())
        rows << fromRow(q);
    return rows;
}

QString since(const Suppression &s)
{
    return QStringLiteral("%1 since %2").arg(s.reason, isoUtc(s.addedAt));
}

bool blocksTransactional(const QString &reason)
{
    return reason == u"hard-bounce" || reason == u"manual-bounce";
}

QString unquote(QString field)
{
    field = field.trimmed();
    if (field.size() >= 2 && field.startsWith(u'"') && field.endsWith(u'"'))
        field = field.mid(1, field.size() - 2).trimmed();
    return field;
}

bool isHeader(const QStringList &fields)
{
    if (fields.size() != 2)
        return false;
    const QString first = unquote(fields[0]).toLower();
    const QString second = unquote(fields[1]).toLower();
    return (first == u"email" || first == u"emailaddress") && second == u"reason";
}
} // namespace

QJsonObject Suppression::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("email"), email},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("added_by"), addedBy},
        {QStringLiteral("added_at"), isoUtc(addedAt)},
        {QStringLiteral("active"), active},
    };
    if (!sourceTable.isEmpty()) {
        o.insert(QStringLiteral("source_table"), sourceTable);
        o.insert(QStringLiteral("source_event_id"), sourceEventId);
    }
    if (!notes.isEmpty())
        o.insert(QStringLiteral("notes"), notes);
    if (!active) {
        o.insert(QStringLiteral("removed_by"), removedBy);
        o.insert(QStringLiteral("removed_at"), isoUtc(removedAt));
        o.insert(QStringLiteral("removal_reason"), removalReason);
    }
    return o;
}

SuppressionList::SuppressionList(QSqlDatabase db, Actor actor) : m_db(std::move(db)), m_actor(std::move(actor)) { }

const QStringList &SuppressionList::reasons()
{
    static const QStringList all{QStringLiteral("hard-bounce"),   QStringLiteral("soft-bounce"),
                                 QStringLiteral("complaint"),     QStringLiteral("manual-bounce"),
                                 QStringLiteral("manual-complaint"), QStringLiteral("manual")};
    return all;
}

const QStringList &SuppressionList::manualReasons()
{
    static const QStringList manual{QStringLiteral("manual"), QStringLiteral("manual-bounce"),
                                    QStringLiteral("manual-complaint")};
    return manual;
}

Result<QString> SuppressionList::normaliseEmail(const QString &raw)
{
    const QString email = raw.trimmed().toLower();
    if (email.isEmpty())
        return Error::invalid(QStringLiteral("the email address is empty"), QStringLiteral("email"));
    auto bad = [&raw](const QString &why) {
        return Error::invalid(QStringLiteral("'%1' is not a valid email address: %2").arg(raw.trimmed(), why),
                              QStringLiteral("email"));
    };
    if (email.size() > kMaxAddressLength)
        return bad(QStringLiteral("longer than %1 characters").arg(kMaxAddressLength));
    for (const QChar c : email) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return bad(QStringLiteral("it contains a space or control character"));
        // These never appear in addresses SES sends to and would break the CSV exchange.
        if (c == u',' || c == u';' || c == u'<' || c == u'>' || c == u'"')
            return bad(QStringLiteral("it contains '%1'").arg(c));
    }
    const int at = email.indexOf(u'@');
    if (at < 0)
        return bad(QStringLiteral("there is no '@'"));
    if (email.indexOf(u'@', at + 1) >= 0)
        return bad(QStringLiteral("there is more than one '@'"));
    if (at == 0)
        return bad(QStringLiteral("nothing before the '@'"));
    if (at == email.size() - 1)
        return bad(QStringLiteral("no domain after the '@'"));
    return email;
}

Result<std::optional<Suppression>> SuppressionList::activeRow(const QString &email)
{
    auto rows = readAll(exec(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM suppressions "
                                                                                          "WHERE email = ? AND active = 1"),
                             {email}));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Suppression>();
    return std::optional<Suppression>(rows->constFirst());
}

Result<Suppression> SuppressionList::add(const QString &rawEmail, const QString &reason, const QString &note)
{
    auto email = normaliseEmail(rawEmail);
    if (!email)
        return email.error();
    if (!manualReasons().contains(reason))
        return Error::invalid(QStringLiteral("a suppression added by hand has reason %1, not '%2'")
                                  .arg(manualReasons().join(QStringLiteral(", ")), reason),
                              QStringLiteral("reason"));

    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto existing = activeRow(*email);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        const Suppression &s = **existing;
        return Error::conflict(QStringLiteral("%1 is already suppressed (%2, added by %3)")
                                   .arg(s.email, since(s), s.addedBy),
                               QStringLiteral("already-suppressed"));
    }

    Suppression s;
    s.email = *email;
    s.reason = reason;
    s.addedBy = m_actor.label();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    s.addedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    s.notes = note.trimmed();
    auto inserted = exec(m_db,
                         QStringLiteral("INSERT INTO suppressions (email, reason, added_by, added_at, notes, active) "
                                        "VALUES (?, ?, ?, ?, ?, 1) RETURNING id"),
                         {s.email, s.reason, s.addedBy, now, textOrNull(s.notes)});
    if (!inserted) {
        // Another writer suppressed the address between our check and our insert.
        if (inserted.error().code == u"duplicate")
            return Error::conflict(QStringLiteral("%1 is already suppressed").arg(s.email),
                                   QStringLiteral("already-suppressed"));
        return inserted.error();
    }
    QSqlQuery row = std::move(inserted).value();
    if (!row.next())
        return Error::internal(QStringLiteral("the new suppression of %1 has no id").arg(s.email));
    s.id = row.value(0).toLongLong();
    row.finish();

    QJsonObject after = s.toJson();
    after.remove(QStringLiteral("active"));
    if (auto audited = writeAudit(m_db, m_actor, QStringLiteral("suppression.add"), s.email, {}, after, s.notes);
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return s;
}

Result<void> SuppressionList::remove(const QString &rawEmail, const QString &why)
{
    auto email = normaliseEmail(rawEmail);
    if (!email)
        return email.error();
    const QString reason = why.trimmed();
    if (reason.isEmpty())
        return Error::invalid(QStringLiteral("say why %1 is removed from the suppression list").arg(*email),
                              QStringLiteral("removal-reason"));

    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto existing = requireActive(*email);
    if (!existing)
        return existing.error();
    const Suppression before = *existing;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto updated = exec(m_db,
                        QStringLiteral("UPDATE suppressions SET active = 0, removed_by = ?, removed_at = ?, "
                                       "removal_reason = ? WHERE id = ? AND active = 1"),
                        {m_actor.label(), now, reason, before.id});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::conflict(QStringLiteral("%1 was changed by someone else meanwhile; try again").arg(*email));

    Suppression after = before;
    after.active = false;
    after.removedBy = m_actor.label();
    after.removedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    after.removalReason = reason;
    if (auto audited = writeAudit(m_db, m_actor, QStringLiteral("suppression.remove"), *email, before.toJson(),
                                  after.toJson(), reason);
        !audited)
        return audited;
    return tx.commit();
}

Result<void> SuppressionList::setNotes(const QString &rawEmail, const QString &notes)
{
    auto email = normaliseEmail(rawEmail);
    if (!email)
        return email.error();
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto existing = requireActive(*email);
    if (!existing)
        return existing.error();
    const Suppression before = *existing;
    const QString text = notes.trimmed();
    if (text == before.notes)
        return tx.commit(); // nothing changed: no audit row either

    auto updated = exec(m_db, QStringLiteral("UPDATE suppressions SET notes = ? WHERE id = ?"),
                        {textOrNull(text), before.id});
    if (!updated)
        return updated.error();
    if (auto audited = writeAudit(m_db, m_actor, QStringLiteral("suppression.notes"), *email,
                                  {{QStringLiteral("id"), before.id}, {QStringLiteral("notes"), before.notes}},
                                  {{QStringLiteral("id"), before.id}, {QStringLiteral("notes"), text}}, QString());
        !audited)
        return audited;
    return tx.commit();
}

Result<Suppression> SuppressionList::requireActive(const QString &email)
{
    auto existing = activeRow(email);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return Error::invalid(QStringLiteral("%1 is not suppressed").arg(email), QStringLiteral("not-suppressed"));
    return **existing;
}

Result<std::optional<Suppression>> SuppressionList::find(const QString &rawEmail)
{
    auto email = normaliseEmail(rawEmail);
    if (!email)
        return email.error();
    return activeRow(*email);
}

Result<QList<Suppression>> SuppressionList::list(const QString &reasonFilter, const QString &search, int limit,
                                                 int offset)
{
    if (!reasonFilter.isEmpty() && !reasons().contains(reasonFilter))
        return Error::invalid(QStringLiteral("unknown suppression reason '%1' (one of %2)")
                                  .arg(reasonFilter, reasons().join(QStringLiteral(", "))),
                              QStringLiteral("reason"));
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM suppressions WHERE active = 1");
    QList<QVariant> values;
    if (!reasonFilter.isEmpty()) {
        sql += QStringLiteral(" AND reason = ?");
        values << reasonFilter;
    }
    const QString needle = search.trimmed().toLower();
    if (!needle.isEmpty()) {
        QString escaped = needle;
        escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        sql += QStringLiteral(" AND email LIKE ? ESCAPE '\\'");
        values << QString(u'%' + escaped + u'%');
    }
    sql += QStringLiteral(" ORDER BY added_at DESC, id DESC LIMIT ? OFFSET ?");
    values << qMax(0, limit) << qMax(0, offset);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Database::toError(q.lastError(), QStringLiteral("cannot prepare the suppression list query"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return Database::toError(q.lastError(), QStringLiteral("cannot read the suppression list"));
    QList<Suppression> rows;
    while (q.next())
        rows << fromRow(q);
    return rows;
}

Result<QList<Suppression>> SuppressionList::history(const QString &rawEmail)
{
    auto email = normaliseEmail(rawEmail);
    if (!email)
        return email.error();
    return readAll(exec(m_db,
                        QStringLiteral("SELECT ") + kColumns
                            + QStringLiteral(" FROM suppressions WHERE email = ? ORDER BY added_at DESC, id DESC"),
                        {*email}));
}

Result<SendDecision> SuppressionList::check(const QString &rawEmail, Purpose purpose)
{
    auto email = normaliseEmail(rawEmail);
    if (!email)
        return email.error();
    auto active = activeRow(*email);
    if (!active)
        return active.error();
    auto state = exec(m_db, QStringLiteral("SELECT status FROM address_state WHERE email = ?"), {*email});
    if (!state)
        return state.error();
    SendDecision decision;
    QSqlQuery stateRow = std::move(state).value();
    decision.addressStatus = stateRow.next() ? stateRow.value(0).toString() : QStringLiteral("clean");
    decision.suppression = *active;
    if (!active->has_value()) {
        decision.send = true;
        decision.reason = QStringLiteral("not suppressed");
        return decision;
    }
    const Suppression &s = **active;
    if (purpose == Purpose::Transactional && !blocksTransactional(s.reason)) {
        decision.send = true;
        decision.reason = QStringLiteral("%1; transactional mail is still allowed").arg(since(s));
        return decision;
    }
    decision.send = false;
    decision.reason = since(s);
    return decision;
}

Result<SuppressionList::ImportReport> SuppressionList::importCsv(QIODevice &input, const QString &note)
{
    if (!input.isReadable())
        return Error::invalid(QStringLiteral("the CSV input is not open for reading"));
    const QByteArray data = input.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return Error::invalid(QStringLiteral("the CSV file is not UTF-8 text; nothing was imported"),
                              QStringLiteral("csv"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    // Parse everything before writing anything: a file with one bad line is not imported at all.
    struct Entry {
        QString email;
        QString reason;
    };
    QList<Entry> entries;
    QStringList bad;
    int badCount = 0;
    bool seenContent = false;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed(); // also drops the '\r' of CRLF
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(u',');
        const bool first = !seenContent;
        seenContent = true;
        if (first && isHeader(fields))
            continue;
        auto reject = [&](const QString &why) {
            if (++badCount <= kMaxReportedBadLines)
                bad << QStringLiteral("line %1: %2").arg(i + 1).arg(why);
        };
        if (fields.size() != 2) {
            reject(QStringLiteral("expected 'email,BOUNCE' or 'email,COMPLAINT', got '%1'").arg(line.left(80)));
            continue;
        }
        const QString reason = unquote(fields[1]).toUpper();
        auto email = normaliseEmail(unquote(fields[0]));
        if (!email) {
            reject(email.errorText());
            continue;
        }
        if (reason != u"BOUNCE" && reason != u"COMPLAINT") {
            reject(QStringLiteral("the reason must be BOUNCE or COMPLAINT, not '%1'").arg(unquote(fields[1])));
            continue;
        }
        entries.append({*email, reason == u"BOUNCE" ? QStringLiteral("manual-bounce")
                                                   : QStringLiteral("manual-complaint")});
    }
    if (badCount > 0) {
        QString message = QStringLiteral("%1 bad line(s) in the CSV; nothing was imported").arg(badCount);
        for (const QString &b : std::as_const(bad))
            message += u'\n' + b;
        if (badCount > kMaxReportedBadLines)
            message += QStringLiteral("\n... and %1 more").arg(badCount - kMaxReportedBadLines);
        return Error::invalid(message, QStringLiteral("csv"));
    }

    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    QSqlQuery insert(m_db);
    // An address already actively suppressed keeps its row; the import counts it as skipped.
    if (!insert.prepare(QStringLiteral("INSERT INTO suppressions (email, reason, added_by, added_at, notes, active) "
                                       "VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (email) WHERE active = 1 DO NOTHING")))
        return Database::toError(insert.lastError(), QStringLiteral("cannot prepare the import"));
    const QString notes = note.trimmed().isEmpty() ? QStringLiteral("imported from the SES account suppression list")
                                                   : note.trimmed();
    const QString addedBy = m_actor.label();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ImportReport report;
    QSet<QString> seen;
    for (const Entry &entry : std::as_const(entries)) {
        if (seen.contains(entry.email)) {
            ++report.skipped; // the same address twice in the file
            continue;
        }
        seen.insert(entry.email);
        insert.addBindValue(entry.email);
        insert.addBindValue(entry.reason);
        insert.addBindValue(addedBy);
        insert.addBindValue(now);
        insert.addBindValue(notes);
        if (!insert.exec())
            return Database::toError(insert.lastError(), QStringLiteral("cannot import %1").arg(entry.email));
        if (insert.numRowsAffected() > 0)
            ++report.added;
        else
            ++report.skipped;
    }
    insert.finish();
    const QJsonObject after{{QStringLiteral("added"), report.added},
                            {QStringLiteral("skipped"), report.skipped},
                            {QStringLiteral("lines"), static_cast<qint64>(entries.size())}};
    if (auto audited = writeAudit(m_db, m_actor, QStringLiteral("suppression.import"), QString(), {}, after,
                                  note.trimmed());
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return report;
}

Result<int> SuppressionList::exportCsv(QIODevice &output)
{
    if (!output.isWritable())
        return Error::invalid(QStringLiteral("the CSV output is not open for writing"));
    auto query = exec(m_db, QStringLiteral("SELECT email, reason FROM suppressions WHERE active = 1 ORDER BY email"));
    if (!query)
        return query.error();
    QSqlQuery q = std::move(query).value();
    auto write = [&output](const QString &line) { return output.write(line.toUtf8()) >= 0; };
    if (!write(QStringLiteral("email,reason\n")))
        return Error::unavailable(QStringLiteral("cannot write the CSV: %1").arg(output.errorString()));
    int count = 0;
    while (q.next()) {
        const QString email = q.value(0).toString();
        const bool complaint = q.value(1).toString().contains(u"complaint");
        if (!write(email + (complaint ? QStringLiteral(",COMPLAINT\n") : QStringLiteral(",BOUNCE\n"))))
            return Error::unavailable(QStringLiteral("cannot write the CSV: %1").arg(output.errorString()));
        ++count;
    }
    if (q.lastError().isValid())
        return Database::toError(q.lastError(), QStringLiteral("cannot read the suppression list"));
    return count;
}

} // namespace Bouncedesk::Model
