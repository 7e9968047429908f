// IngestItem: one verified SNS message on its way to the database, with what parsing made of it.
#pragma once

#include "core/SubscriptionState.h"
#include "ses/SesEvent.h"
#include "sns/Envelope.h"

#include <QDateTime>

#include <optional>

namespace Bouncedesk::Model {

struct IngestItem {
    Sns::Envelope envelope;
    QByteArray rawBody;
    qint64 receivedAt = 0;
    Ses::ParseOutcome ses;                            // Notification only
    std::optional<SubscriptionState> subscription;    // confirmations: Pending, Confirming or Unsubscribed

    // A Notification carrying an SES message that did not come through SNS (the simulator, tests):
    // the envelope is built here, signatureVersion says where it came from, the raw body is the
    // envelope as JSON, and the SES message is parsed as the listener would.
    static IngestItem fromSesMessage(const QString &sesMessage, const QString &topicArn, const QDateTime &at,
                                     const QString &signatureVersion, const QString &signingCertUrl,
                                     const QString &messageId = {});
};

} // namespace Bouncedesk::Model
