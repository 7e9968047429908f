// Statements on bounces: ingest inserts, indexed pages for the view, history and report breakdowns.
#include "store/BounceRepository.h"

#include "core/BounceType.h"
#include "core/Time.h"
#include "store/Database.h"
#include "store/Dialect.h"

namespace Bouncedesk::Model {

namespace {
    bool isWholeAddress(const QString &text)
    {
        const int at = text.indexOf(u'@');
        return at > 0 && text.indexOf(u'.', at) > at + 1 && !text.endsWith(u'.') && !text.contains(u' ');
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
        if (f.from.isValid()) {
            parts << QStringLiteral("event_at >= ?");
            values << f.from.toMSecsSinceEpoch();
        }
        if (f.to.isValid()) {
            parts << QStringLiteral("event_at < ?");
            values << f.to.toMSecsSinceEpoch();
        }
        if (!f.identity.isEmpty()) {
            parts << QStringLiteral("source = ?");
            values << f.identity;
        }
        const QString needle = f.search.trimmed().toLower();
        if (!needle.isEmpty()) {
            if (isWholeAddress(needle)) {
                parts << QStringLiteral("lower(email) = ?");
                values << needle;
            } else if (needle.startsWith(u'@')) {
                parts << QStringLiteral("lower(email) LIKE ? ESCAPE '\\'");
                values << QString(u'%' + Sql::likeEscaped(needle));
            } else {
                parts << QStringLiteral("lower(email) >= ? AND lower(email) < ? AND lower(email) LIKE ? ESCAPE '\\'");
                values << needle << prefixUpperBound(needle) << QString(Sql::likeEscaped(needle) + u'%');
            }
        }
        return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }

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
} // namespace

BounceRepository::BounceRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

BounceRepository::~BounceRepository() = default;

Result<qint64> BounceRepository::insert(const NewBounce &b)
{
    if (!m_insert)
        m_insert = std::make_unique<Sql::Statement>(m_db,
            Sql::Statement::insertSql(m_db,
                QStringLiteral("INSERT INTO bounces (message_ref, email, bounce_type, bounce_subtype, action, "
                               "status, diagnostic_code, reporting_mta, remote_mta_ip, feedback_id, "
                               "ses_message_id, source, source_arn, topic_arn, event_at, mail_at, "
                               "counts_for_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    using Sql::textOrNull;
    auto id = m_insert->insert({ b.messageRef, b.email, b.type, textOrNull(b.subType), textOrNull(b.action),
        textOrNull(b.status), textOrNull(b.diagnosticCode), textOrNull(b.reportingMta), textOrNull(b.remoteMtaIp),
        textOrNull(b.feedbackId), textOrNull(b.sesMessageId), textOrNull(b.source), textOrNull(b.sourceArn), b.topicArn,
        b.eventAt, Time::msOrNull(b.mailAt), b.countsForRate ? 1 : 0 });
    if (!id)
        return id.error();
    return id->value_or(0);
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
    const QString sql = QStringLiteral("SELECT id, message_ref, event_at, email, bounce_type, bounce_subtype, status, "
                                       "diagnostic_code, source FROM bounces")
        + whereClause(query, values) + orderClause(query) + QStringLiteral(" LIMIT ? OFFSET ?");
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
        return r;
    });
    if (!read)
        return Error { read.error().kind, QStringLiteral("cannot read bounces: ") + read.errorText(),
            read.error().code };
    return read;
}

Result<qint64> BounceRepository::count(const BounceQuery &query)
{
    QVariantList values;
    auto n = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM bounces") + whereClause(query, values), values);
    if (!n)
        return Error { n.error().kind, QStringLiteral("cannot count bounces: ") + n.errorText(), n.error().code };
    return n->toLongLong();
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
