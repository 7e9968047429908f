// DeliveryRepository: deliveries, sends, delivery delays and the other SES events (opens, clicks, ...).
#pragma once

#include "core/Result.h"
#include "store/AddressEvent.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <vector>

namespace Bouncedesk::Model {

// The columns every one of these tables has.
struct EventBase {
    qint64 messageRef = 0;
    QString email;
    QString sesMessageId, source, topicArn;
    qint64 eventAt = 0;
};

struct NewDelivery : EventBase {
    qint64 processingMs = -1; // -1: not given
    QString smtpResponse, reportingMta, remoteMtaIp;
};

struct NewDelay : EventBase {
    QString delayType, status, diagnosticCode;
    QDateTime expiresAt;
};

struct NewOtherEvent : EventBase {
    QString eventType;
    QString detailJson;
};

class DeliveryRepository final {
public:
    explicit DeliveryRepository(QSqlDatabase db);
    ~DeliveryRepository();
    Q_DISABLE_COPY_MOVE(DeliveryRepository)

    Result<qint64> insertDelivery(const NewDelivery &delivery);
    // PostgreSQL: insertDelivery() for a batch in one statement; the new ids in the deliveries' order.
    Result<std::vector<qint64>> insertDeliveries(const std::vector<NewDelivery> &deliveries);
    Result<void> insertSend(const EventBase &send);
    Result<void> insertDelay(const NewDelay &delay);
    Result<void> insertOther(const NewOtherEvent &event);

    // Deliveries and delays of an address, newest first, at most limit of each.
    Result<QList<AddressEvent>> forAddress(const QString &email, int limit);
    // Retention: rows of these high-volume tables older than before, whatever their message.
    Result<qint64> removeBefore(qint64 before);

private:
    QSqlDatabase m_db;
    std::unique_ptr<Sql::Statement> m_delivery, m_deliveries, m_send, m_delay, m_other;
};

} // namespace Bouncedesk::Model
