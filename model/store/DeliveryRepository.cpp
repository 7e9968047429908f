// Statements on deliveries, sends, delivery_delays and other_events.
#include "store/DeliveryRepository.h"

#include "core/Time.h"
#include "store/Database.h"

#include <array>

namespace Bouncedesk::Model {

namespace {
    Sql::Statement &prepared(std::unique_ptr<Sql::Statement> &statement, const QSqlDatabase &db, const QString &sql)
    {
        if (!statement)
            statement = std::make_unique<Sql::Statement>(db, sql);
        return *statement;
    }

    Result<void> done(const Result<void> &ran)
    {
        if (!ran)
            return ran.error();
        return {};
    }
} // namespace

DeliveryRepository::DeliveryRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

DeliveryRepository::~DeliveryRepository() = default;

namespace {
    constexpr Sql::Column kDeliveryColumns[] = { { "message_ref", "bigint" }, { "email", "text" },
        { "processing_ms", "bigint" }, { "smtp_response", "text" }, { "reporting_mta", "text" },
        { "remote_mta_ip", "text" }, { "ses_message_id", "text" }, { "source", "text" }, { "topic_arn", "text" },
        { "event_at", "bigint" } };

    std::array<QVariant, std::size(kDeliveryColumns)> deliveryValues(const NewDelivery &d)
    {
        using Sql::textOrNull;
        return { d.messageRef, d.email, d.processingMs >= 0 ? QVariant(d.processingMs) : QVariant(),
            textOrNull(d.smtpResponse), textOrNull(d.reportingMta), textOrNull(d.remoteMtaIp),
            textOrNull(d.sesMessageId), textOrNull(d.source), d.topicArn, d.eventAt };
    }
} // namespace

Result<qint64> DeliveryRepository::insertDelivery(const NewDelivery &d)
{
    auto &s = prepared(m_delivery, m_db,
        Sql::Statement::insertSql(m_db, Sql::insertValuesSql("deliveries", kDeliveryColumns)));
    const auto values = deliveryValues(d);
    auto id = s.insert(values);
    if (!id)
        return id.error();
    return id->value_or(0);
}

Result<std::vector<qint64>> DeliveryRepository::insertDeliveries(const std::vector<NewDelivery> &deliveries)
{
    if (deliveries.empty())
        return std::vector<qint64>();
    auto &s = prepared(m_deliveries, m_db,
        Sql::insertUnnestSql("deliveries", kDeliveryColumns) + QStringLiteral(" RETURNING id, message_ref, email"));
    Sql::PgRows rows(std::size(kDeliveryColumns));
    for (const NewDelivery &d : deliveries)
        rows.add(deliveryValues(d));
    if (auto ran = s.run(rows.columns()); !ran)
        return ran.error();
    std::vector<std::pair<qint64, QString>> keys;
    keys.reserve(deliveries.size());
    for (const NewDelivery &d : deliveries)
        keys.emplace_back(d.messageRef, d.email);
    return Sql::returnedIds(s, keys);
}

Result<void> DeliveryRepository::insertSend(const EventBase &e)
{
    using Sql::textOrNull;
    auto &s = prepared(m_send, m_db,
        QStringLiteral("INSERT INTO sends (message_ref, email, ses_message_id, source, topic_arn, "
                       "event_at) VALUES (?, ?, ?, ?, ?, ?)"));
    return done(
        s.run({ e.messageRef, e.email, textOrNull(e.sesMessageId), textOrNull(e.source), e.topicArn, e.eventAt }));
}

Result<void> DeliveryRepository::insertDelay(const NewDelay &d)
{
    using Sql::textOrNull;
    auto &s = prepared(m_delay, m_db,
        QStringLiteral("INSERT INTO delivery_delays (message_ref, email, delay_type, status, "
                       "diagnostic_code, expiration_at, ses_message_id, source, topic_arn, event_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return done(
        s.run({ d.messageRef, d.email, textOrNull(d.delayType), textOrNull(d.status), textOrNull(d.diagnosticCode),
            Time::msOrNull(d.expiresAt), textOrNull(d.sesMessageId), textOrNull(d.source), d.topicArn, d.eventAt }));
}

Result<void> DeliveryRepository::insertOther(const NewOtherEvent &e)
{
    using Sql::textOrNull;
    auto &s = prepared(m_other, m_db,
        QStringLiteral("INSERT INTO other_events (message_ref, event_type, email, ses_message_id, "
                       "source, topic_arn, event_at, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    return done(s.run({ e.messageRef, e.eventType, e.email, textOrNull(e.sesMessageId), textOrNull(e.source),
        e.topicArn, e.eventAt, e.detailJson }));
}

Result<QList<AddressEvent>> DeliveryRepository::forAddress(const QString &email, int limit)
{
    QList<AddressEvent> out;
    auto deliveries = Sql::forEachRow(m_db,
        QStringLiteral("SELECT event_at, message_ref, smtp_response, source FROM deliveries "
                       "WHERE lower(email) = ? ORDER BY event_at DESC LIMIT ?"),
        { email, limit }, [&out](const QSqlQuery &q) {
            AddressEvent e;
            e.kind = AddressEvent::Kind::Delivery;
            e.at = q.value(0).toLongLong();
            e.messageRef = q.value(1).toLongLong();
            e.detail = q.value(2).toString();
            e.source = q.value(3).toString();
            out << e;
        });
    if (!deliveries)
        return deliveries.error();
    auto delays = Sql::forEachRow(m_db,
        QStringLiteral("SELECT event_at, message_ref, delay_type, status, diagnostic_code, "
                       "source FROM delivery_delays WHERE lower(email) = ? "
                       "ORDER BY event_at DESC LIMIT ?"),
        { email, limit }, [&out](const QSqlQuery &q) {
            AddressEvent e;
            e.kind = AddressEvent::Kind::Delay;
            e.at = q.value(0).toLongLong();
            e.messageRef = q.value(1).toLongLong();
            e.type = q.value(2).toString();
            e.status = q.value(3).toString();
            e.detail = q.value(4).toString();
            e.source = q.value(5).toString();
            out << e;
        });
    if (!delays)
        return delays.error();
    return out;
}

Result<qint64> DeliveryRepository::removeBefore(qint64 before)
{
    qint64 removed = 0;
    for (const char *table : { "deliveries", "sends", "delivery_delays", "other_events" }) {
        auto n = Sql::affected(m_db,
            QStringLiteral("DELETE FROM ") + QLatin1String(table) + QStringLiteral(" WHERE event_at < ?"), { before });
        if (!n)
            return n.error();
        removed += *n;
    }
    return removed;
}

} // namespace Bouncedesk::Model
