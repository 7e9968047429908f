// Seed: SES events stored the way the listener stores them (an SNS envelope, through IngestWriter).
#pragma once

#include "ingest/IngestWriter.h"

#include <QDateTime>

namespace Bouncedesk::Test {

// An ingest item for an SES message as SNS delivers it, received (and timestamped by SNS) at receivedAt.
// An empty messageId gets a fresh UUID. The raw body is the SES message itself.
Model::IngestItem sesItem(const QString &sesMessage, const QDateTime &receivedAt = QDateTime::currentDateTimeUtc(),
                          const QString &messageId = {});

// Submits the item and waits for the writer's reply.
Model::Result<Model::IngestReply> store(Model::IngestWriter &writer, Model::IngestItem item);

// sesItem() stored through writer.
Model::Result<Model::IngestReply> storeSes(Model::IngestWriter &writer, const QString &sesMessage,
                                           const QDateTime &receivedAt = QDateTime::currentDateTimeUtc());

// Stores an "abuse" complaint from email as received on a ses-complaints topic: sns_messages.id, or -1 with a warning.
qint64 storeComplaint(Model::IngestWriter &writer, const QString &email);

// The SES message with its mail timestamp and its bounce, complaint, delivery or deliveryDelay timestamp set to when.
QString eventAt(const QString &sesMessage, const QDateTime &when);

} // namespace Bouncedesk::Test
