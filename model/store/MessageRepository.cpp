// Statements on sns_messages.
#include "store/MessageRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

#include "store/Database.h"

namespace Bouncedesk::Model {

namespace {
    // Messages old enough to go, except those still needed. One positional parameter: the cutoff.
    const QString kStaleMessages = QStringLiteral(
        "SELECT id FROM sns_messages WHERE received_at < ? "
        "AND NOT EXISTS (SELECT 1 FROM complaints c WHERE c.message_ref = sns_messages.id AND c.reviewed = 0) "
        "AND NOT EXISTS (SELECT 1 FROM bounces b JOIN suppressions s ON s.source_table = 'bounces' "
        "AND s.source_event_id = b.id AND s.active = 1 WHERE b.message_ref = sns_messages.id) "
        "AND NOT EXISTS (SELECT 1 FROM complaints c2 JOIN suppressions s2 ON s2.source_table = 'complaints' "
        "AND s2.source_event_id = c2.id AND s2.active = 1 WHERE c2.message_ref = sns_messages.id)");

    // Event tables whose rows reference sns_messages(id) ON DELETE CASCADE.
    constexpr const char *kEventTables[]
        = { "bounces", "complaints", "deliveries", "sends", "delivery_delays", "other_events" };
} // namespace

MessageRepository::MessageRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

MessageRepository::~MessageRepository() = default;

namespace {
    constexpr Sql::Column kMessageColumns[] = { { "message_id", "text" }, { "type", "text" }, { "topic_arn", "text" },
        { "subject", "text" }, { "signature_version", "text" }, { "signing_cert_url", "text" },
        { "sns_timestamp", "bigint" }, { "received_at", "bigint" }, { "content_kind", "text" },
        { "event_type", "text" }, { "parse_note", "text" }, { "foreign_sending_account", "text" },
        { "raw_body", "text" } };

    // The row's values in kMessageColumns' order.
    std::array<QVariant, std::size(kMessageColumns)> messageValues(const NewMessage &m)
    {
        return { m.messageId, m.type, m.topicArn, m.subject ? QVariant(*m.subject) : QVariant(), m.signatureVersion,
            m.signingCertUrl, m.snsTimestamp, m.receivedAt, kMessageContentText.text(m.content),
            Sql::textOrNull(m.eventType), Sql::textOrNull(m.parseNote), Sql::textOrNull(m.foreignSendingAccount),
            QVariant::fromValue(Sql::Utf8Text { m.rawBody }) };
    }
} // namespace

Result<std::optional<qint64>> MessageRepository::insert(const NewMessage &m)
{
    if (!m_insert)
        m_insert = std::make_unique<Sql::Statement>(m_db,
            Sql::Statement::insertSql(m_db,
                Sql::insertValuesSql("sns_messages", kMessageColumns) + QStringLiteral(" ON CONFLICT (message_id) DO NOTHING")));
    const auto values = messageValues(m);
    return m_insert->insert(values);
}

Result<std::vector<std::optional<qint64>>> MessageRepository::insertMany(const std::vector<NewMessage> &messages)
{
    std::vector<std::optional<qint64>> ids(messages.size());
    if (messages.empty())
        return ids;
    if (!m_insertMany)
        m_insertMany = std::make_unique<Sql::Statement>(m_db,
            Sql::insertUnnestSql("sns_messages", kMessageColumns)
                + QStringLiteral(" ON CONFLICT (message_id) DO NOTHING RETURNING id, message_id"));
    Sql::PgRows rows(std::size(kMessageColumns));
    for (const NewMessage &m : messages)
        rows.add(messageValues(m));
    const std::vector<QVariant> columns = rows.columns();
    if (auto ran = m_insertMany->run(columns); !ran)
        return ran.error();
    QHash<QString, qint64> inserted;
    inserted.reserve(messages.size());
    while (m_insertMany->next())
        inserted.insert(m_insertMany->value(1).toString(), m_insertMany->value(0).toLongLong());
    m_insertMany->finish();
    for (size_t i = 0; i < messages.size(); ++i) {
        // Erased once taken: a second copy of a MessageId in the batch is a duplicate of the first.
        if (const auto found = inserted.constFind(messages[i].messageId); found != inserted.cend()) {
            ids[i] = *found;
            inserted.erase(found);
        }
    }
    return ids;
}

Result<std::optional<QString>> MessageRepository::rawBody(qint64 id)
{
    auto q = exec(m_db, QStringLiteral("SELECT raw_body FROM sns_messages WHERE id = ?"), { id });
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Result<QList<MessageSummary>> MessageRepository::list(const MessageFilter &filter, int limit, int offset)
{
    QString sql
        = QStringLiteral("SELECT id, received_at, type, content_kind, event_type, signature_version, topic_arn, "
                         "message_id, COALESCE(parse_note, subject, ''), COALESCE(foreign_sending_account, '') "
                         "FROM sns_messages WHERE 1 = 1");
    QVariantList values;
    switch (filter.show) {
    case MessageFilter::Show::All:
        break;
    case MessageFilter::Show::SesEvents:
        sql += QStringLiteral(" AND content_kind IN (?, ?)");
        values << kMessageContentText.text(MessageContent::Ses)
               << kMessageContentText.text(MessageContent::SesSubscription);
        break;
    case MessageFilter::Show::NotSes:
        sql += QStringLiteral(" AND content_kind = ?");
        values << kMessageContentText.text(MessageContent::NotSes);
        break;
    case MessageFilter::Show::Subscriptions:
        sql += QStringLiteral(" AND content_kind = ?");
        values << kMessageContentText.text(MessageContent::Subscription);
        break;
    }
    if (!filter.search.isEmpty()) {
        sql += QStringLiteral(" AND (message_id = ? OR topic_arn = ?)");
        values << filter.search << filter.search;
    }
    if (filter.onlyId > 0) {
        sql += QStringLiteral(" AND id = ?");
        values << filter.onlyId;
    }
    sql += QStringLiteral(" ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?");
    values << qMax(0, limit) << qMax(0, offset);
    auto read = Sql::rows<MessageSummary>(m_db, sql, values, [](const QSqlQuery &q) {
        MessageSummary m;
        m.id = q.value(0).toLongLong();
        m.receivedAt = q.value(1).toLongLong();
        m.type = q.value(2).toString();
        m.content = kMessageContentText.parse(q.value(3).toString()).value_or(MessageContent::NotSes);
        m.eventType = q.value(4).toString();
        m.signatureVersion = q.value(5).toString();
        m.topicArn = q.value(6).toString();
        m.messageId = q.value(7).toString();
        m.note = q.value(8).toString();
        m.foreignSendingAccount = q.value(9).toString();
        return m;
    });
    if (!read)
        return Error { read.error().kind, QCoreApplication::translate("Store", "cannot read the notifications: %1").arg(read.errorText()),
            read.error().code };
    return read;
}

Result<qint64> MessageRepository::countEventsOfStale(qint64 before)
{
    qint64 events = 0;
    for (const char *table : kEventTables) {
        auto n = Sql::scalar(m_db,
            QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table) + QStringLiteral(" WHERE message_ref IN (")
                + kStaleMessages + u')',
            { before });
        if (!n)
            return n.error();
        events += n->toLongLong();
    }
    return events;
}

Result<qint64> MessageRepository::removeStale(qint64 before)
{
    return Sql::affected(
        m_db, QStringLiteral("DELETE FROM sns_messages WHERE id IN (") + kStaleMessages + u')', { before });
}

} // namespace Bouncedesk::Model
