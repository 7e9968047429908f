// Statements on bounces: ingest inserts, indexed pages for the view, history and report breakdowns.
#include "store/BounceRepository.h"

#include "core/BounceType.h"
#include "core/Time.h"
#include "store/Database.h"
#include "store/Dialect.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

#include <array>

namespace Bouncedesk::Model {

namespace {
    bool isWholeAddress(const QString &text)
    {
        const int at = text.indexOf(u'@');
        return at > 0 && text.indexOf(u'.', at) > at + 1 && !text.endsWith(u'.') && !text.contains(u' ');
    }

    // A domain as typed in full: a dot with something on both sides, no '@' or space.
    bool isWholeDomain(const QString &text)
    {
        const int dot = text.lastIndexOf(u'.');
        return dot > 0 && dot < text.size() - 1 && !text.contains(u'@') && !text.contains(u' ');
    }

    // The smallest string greater than every string starting with prefix: the range [prefix, upper)
    // is what an index can seek, LIKE then keeps exactly the prefix matches.
    QString prefixUpperBound(QString prefix)
    {
        prefix[prefix.size() - 1] = QChar(char16_t(prefix.back().unicode() + 1));
        return prefix;
    }

    QString whereClause(const BounceQuery &f, QVariantList &values)
    {
        QStringList parts;
        if (f.maxId) {
            parts << QStringLiteral("id <= ?");
            values << *f.maxId;
        }
        if (!f.type.isEmpty()) {
            parts << QStringLiteral("bounce_type = ?");
            values << f.type;
        }
        // The view's own range and identity are conditions of the same kind as a drill-down's.
        FeedbackScope own;
        own.from = f.from;
        own.to = f.to;
        own.identity = f.identity;
        appendScope(own, QLatin1StringView("bounces"), parts, values);
        appendScope(f.scope, QLatin1StringView("bounces"), parts, values);
        const QString needle = f.search.trimmed().toLower();
        const QString addressPrefix =
            QStringLiteral("lower(email) >= ? AND lower(email) < ? AND lower(email) LIKE ? ESCAPE '\\'");
        if (needle == u"@") {
            // every address has one
        } else if (isWholeAddress(needle)) {
            parts << QStringLiteral("lower(email) = ?");
            values << needle;
        } else if (needle.startsWith(u'@')) {
            const QString domain = needle.mid(1);
            if (isWholeDomain(domain)) {
                parts << QStringLiteral("recipient_domain = ?");
                values << domain;
            } else { // a domain being typed: its beginning, on the same index
                parts << QStringLiteral("recipient_domain >= ? AND recipient_domain < ?");
                values << domain << prefixUpperBound(domain);
            }
        } else if (isWholeDomain(needle)) {
            // "example.com" is the domain, or the beginning of an address such as "example.combe@...":
            // each side seeks its own index (SQLite: MULTI-INDEX OR; PostgreSQL: BitmapOr).
            parts << QStringLiteral("(recipient_domain = ? OR (") + addressPrefix + QStringLiteral("))");
            values << needle << needle << prefixUpperBound(needle) << QString(Sql::likeEscaped(needle) + u'%');
        } else if (!needle.isEmpty()) {
            parts << addressPrefix;
            values << needle << prefixUpperBound(needle) << QString(Sql::likeEscaped(needle) + u'%');
        }
        return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }

    // The address's state and active suppression are looked up per row of the page (primary key and
    // the one-active-row index), never joined into the WHERE, so filters and order keep their indexes.
    QString pageSql(const BounceQuery &query, QVariantList &values);

    QString orderClause(const BounceQuery &f)
    {
        const QString dir = f.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
        // Each order matches an index (id breaks ties, so OFFSET pages are stable).
        switch (f.order) {
        case BounceQuery::Order::Address:
            return QStringLiteral(" ORDER BY lower(email) %1, id %1").arg(dir);
        case BounceQuery::Order::Type:
            return QStringLiteral(" ORDER BY bounce_type %1, event_at %1, id %1").arg(dir);
        case BounceQuery::Order::Identity:
            return QStringLiteral(" ORDER BY source %1, event_at %1, id %1").arg(dir);
        case BounceQuery::Order::Date:
            break;
        }
        return QStringLiteral(" ORDER BY event_at %1, id %1").arg(dir);
    }
    QString pageSql(const BounceQuery &query, QVariantList &values)
    {
        return QStringLiteral(
                   "SELECT id, message_ref, event_at, email, bounce_type, bounce_subtype, status, diagnostic_code, "
                   "source, "
                   "(SELECT a.status FROM address_state a WHERE a.email = lower(bounces.email)), "
                   "(SELECT a.consecutive_soft FROM address_state a WHERE a.email = lower(bounces.email)), "
                   "(SELECT s.reason FROM suppressions s WHERE s.email = lower(bounces.email) AND s.active = 1), "
                   "(SELECT s.added_at FROM suppressions s WHERE s.email = lower(bounces.email) AND s.active = 1) "
                   "FROM bounces")
            + whereClause(query, values) + orderClause(query) + QStringLiteral(" LIMIT ? OFFSET ?");
    }
} // namespace

QString BounceRepository::recipientDomain(const QString &email)
{
    return email.mid(email.indexOf(u'@') + 1).toLower();
}

BounceRepository::BounceRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

BounceRepository::~BounceRepository() = default;

namespace {
    constexpr Sql::Column kBounceColumns[] = { { "message_ref", "bigint" }, { "email", "text" },
        { "bounce_type", "text" }, { "bounce_subtype", "text" }, { "action", "text" }, { "status", "text" },
        { "diagnostic_code", "text" }, { "reporting_mta", "text" }, { "remote_mta_ip", "text" },
        { "feedback_id", "text" }, { "ses_message_id", "text" }, { "source", "text" }, { "source_arn", "text" },
        { "topic_arn", "text" }, { "event_at", "bigint" }, { "mail_at", "bigint" }, { "counts_for_rate", "integer" },
        { "recipient_domain", "text" } };

    std::array<QVariant, std::size(kBounceColumns)> bounceValues(const NewBounce &b)
    {
        using Sql::textOrNull;
        return { b.messageRef, b.email, b.type, textOrNull(b.subType), textOrNull(b.action), textOrNull(b.status),
            textOrNull(b.diagnosticCode), textOrNull(b.reportingMta), textOrNull(b.remoteMtaIp),
            textOrNull(b.feedbackId), textOrNull(b.sesMessageId), textOrNull(b.source), textOrNull(b.sourceArn),
            b.topicArn, b.eventAt, Time::msOrNull(b.mailAt), b.countsForRate ? 1 : 0,
            BounceRepository::recipientDomain(b.email) };
    }
} // namespace

Result<qint64> BounceRepository::insert(const NewBounce &b)
{
    if (!m_insert)
        m_insert = std::make_unique<Sql::Statement>(m_db,
            Sql::Statement::insertSql(m_db, Sql::insertValuesSql("bounces", kBounceColumns)));
    const auto values = bounceValues(b);
    auto id = m_insert->insert(values);
    if (!id)
        return id.error();
    return id->value_or(0);
}

Result<std::vector<qint64>> BounceRepository::insertMany(const std::vector<NewBounce> &bounces)
{
    if (bounces.empty())
        return std::vector<qint64>();
    if (!m_insertMany)
        m_insertMany = std::make_unique<Sql::Statement>(m_db,
            Sql::insertUnnestSql("bounces", kBounceColumns) + QStringLiteral(" RETURNING id, message_ref, email"));
    Sql::PgRows rows(std::size(kBounceColumns));
    std::vector<std::pair<qint64, QString>> keys;
    keys.reserve(bounces.size());
    for (const NewBounce &b : bounces) {
        rows.add(bounceValues(b));
        keys.emplace_back(b.messageRef, b.email);
    }
    if (auto ran = m_insertMany->run(rows.columns()); !ran)
        return ran.error();
    return Sql::returnedIds(*m_insertMany, keys);
}

Result<qint64> BounceRepository::maxId()
{
    auto max = Sql::scalar(m_db, QStringLiteral("SELECT MAX(id) FROM bounces"));
    if (!max)
        return max.error();
    return max->isNull() ? 0 : max->toLongLong();
}

Result<QList<BounceListRow>> BounceRepository::page(const BounceQuery &query, int limit, qint64 offset)
{
    QVariantList values;
    const QString sql = pageSql(query, values);
    values << limit << offset;
    auto read = Sql::rows<BounceListRow>(m_db, sql, values, [](const QSqlQuery &q) {
        BounceListRow r;
        r.id = q.value(0).toLongLong();
        r.messageRef = q.value(1).toLongLong();
        r.eventAt = q.value(2).toLongLong();
        r.email = q.value(3).toString();
        r.type = q.value(4).toString();
        r.subType = q.value(5).toString();
        r.status = q.value(6).toString();
        r.diagnostic = q.value(7).toString();
        r.identity = q.value(8).toString();
        r.now.status = q.value(9).isNull() ? AddressStatus::Clean : addressStatusFrom(q.value(9).toString());
        r.now.consecutiveSoft = q.value(10).toInt();
        if (!q.value(11).isNull())
            r.now.suppressed = suppressionReasonFrom(q.value(11).toString()).value_or(SuppressionReason::Manual);
        r.now.suppressedAt = q.value(12).toLongLong();
        return r;
    });
    if (!read)
        return Error { read.error().kind, QCoreApplication::translate("Store", "cannot read bounces: %1").arg(read.errorText()),
            read.error().code };
    return read;
}

Result<qint64> BounceRepository::count(const BounceQuery &query)
{
    QVariantList values;
    auto n = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM bounces") + whereClause(query, values), values);
    if (!n)
        return Error { n.error().kind, QCoreApplication::translate("Store", "cannot count bounces: %1").arg(n.errorText()), n.error().code };
    return n->toLongLong();
}

Result<BounceDetails> BounceRepository::details(qint64 id)
{
    auto read = Sql::rows<BounceDetails>(m_db,
        QStringLiteral("SELECT id, message_ref, event_at, mail_at, email, bounce_type, bounce_subtype, action, status, "
                       "diagnostic_code, reporting_mta, remote_mta_ip, feedback_id, ses_message_id, source, source_arn, "
                       "topic_arn, counts_for_rate FROM bounces WHERE id = ?"),
        { id }, [](const QSqlQuery &q) {
            BounceDetails d;
            d.id = q.value(0).toLongLong();
            d.messageRef = q.value(1).toLongLong();
            d.eventAt = q.value(2).toLongLong();
            d.mailAt = Time::fromMs(q.value(3));
            d.email = q.value(4).toString();
            d.type = q.value(5).toString();
            d.subType = q.value(6).toString();
            d.action = q.value(7).toString();
            d.status = q.value(8).toString();
            d.diagnosticCode = q.value(9).toString();
            d.reportingMta = q.value(10).toString();
            d.remoteMtaIp = q.value(11).toString();
            d.feedbackId = q.value(12).toString();
            d.sesMessageId = q.value(13).toString();
            d.source = q.value(14).toString();
            d.sourceArn = q.value(15).toString();
            d.topicArn = q.value(16).toString();
            d.countsForRate = q.value(17).toInt() != 0;
            return d;
        });
    if (!read)
        return Error { read.error().kind, QCoreApplication::translate("Store", "cannot read the bounce: %1").arg(read.errorText()),
            read.error().code };
    if (read->isEmpty())
        return Error::invalid(QCoreApplication::translate("Store", "the bounce is no longer stored"), QStringLiteral("not-found"));
    return read->constFirst();
}

Result<QStringList> BounceRepository::queryPlan(const BounceQuery &query, int limit)
{
    QVariantList values;
    QString sql = pageSql(query, values);
    values << limit << 0;
    if (Dialect::of(m_db).isSqlite()) // the step is the plan's last column
        return Sql::rows<QString>(m_db, QStringLiteral("EXPLAIN QUERY PLAN ") + sql, values,
            [](const QSqlQuery &q) { return q.value(3).toString(); });
    // PostgreSQL cannot prepare an EXPLAIN: the values go into the text, quoted by the driver.
    QString text = QStringLiteral("EXPLAIN ");
    qsizetype next = 0;
    for (const QChar c : std::as_const(sql)) {
        if (c != u'?' || next >= values.size()) {
            text += c;
            continue;
        }
        const QVariant &value = values.at(next++);
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        text += m_db.driver()->formatValue(field);
    }
    QSqlQuery q(m_db);
    if (!q.exec(text))
        return Error::internal(QCoreApplication::translate("Store", "cannot explain the bounces query: ") + q.lastError().text());
    QStringList plan;
    while (q.next())
        plan << q.value(0).toString();
    return plan;
}

Result<QStringList> BounceRepository::identities(int max)
{
    return Sql::rows<QString>(m_db,
        QStringLiteral("WITH RECURSIVE ids(source, n) AS ("
                       "SELECT MIN(source), 1 FROM bounces UNION ALL "
                       "SELECT (SELECT MIN(b.source) FROM bounces b WHERE b.source > ids.source), "
                       "n + 1 FROM ids WHERE ids.source IS NOT NULL AND n < ?) "
                       "SELECT source FROM ids WHERE source IS NOT NULL"),
        { max }, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

Result<QList<AddressEvent>> BounceRepository::forAddress(const QString &email, int limit)
{
    // Event tables keep the address as SES sent it: lower(email) matches their expression index.
    return Sql::rows<AddressEvent>(m_db,
        QStringLiteral("SELECT event_at, message_ref, bounce_type, bounce_subtype, status, "
                       "diagnostic_code, source FROM bounces WHERE lower(email) = ? "
                       "ORDER BY event_at DESC LIMIT ?"),
        { email, limit }, [](const QSqlQuery &q) {
            return AddressEvent { AddressEvent::Kind::Bounce, q.value(0).toLongLong(), q.value(1).toLongLong(),
                q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), QString(),
                q.value(6).toString() };
        });
}

Result<QList<BounceRepository::TypeCount>> BounceRepository::typeCounts(qint64 from, qint64 to)
{
    return Sql::rows<TypeCount>(m_db,
        QStringLiteral("SELECT bounce_type, COALESCE(bounce_subtype, ''), COUNT(*) FROM bounces "
                       "WHERE event_at >= ? AND event_at < ? GROUP BY bounce_type, "
                       "COALESCE(bounce_subtype, '') ORDER BY bounce_type, 2"),
        { from, to }, [](const QSqlQuery &q) {
            return TypeCount { q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong() };
        });
}

Result<QList<BounceRepository::DomainCount>> BounceRepository::topDomains(qint64 from, qint64 to, int limit)
{
    return Sql::rows<DomainCount>(m_db,
        QStringLiteral("SELECT ") + Dialect::of(m_db).emailDomain(QStringLiteral("email"))
            + QStringLiteral(" AS domain, COUNT(*) AS n FROM bounces WHERE event_at >= ? AND "
                             "event_at < ? AND counts_for_rate = 1 GROUP BY 1 "
                             "ORDER BY n DESC, domain ASC LIMIT ?"),
        { from, to, limit }, [](const QSqlQuery &q) {
            return DomainCount { q.value(0).toString(), q.value(1).toLongLong() };
        });
}

Result<qint64> BounceRepository::removeTransientBefore(qint64 before)
{
    return Sql::affected(m_db,
        QStringLiteral("DELETE FROM bounces WHERE bounce_type = ? AND event_at < ? "
                       "AND NOT EXISTS (SELECT 1 FROM suppressions s WHERE s.active = 1 "
                       "AND s.source_table = 'bounces' AND s.source_event_id = bounces.id)"),
        { bounceTypeText(BounceType::Transient), before });
}

} // namespace Bouncedesk::Model
