// CertUrlPolicy: which SigningCertURL and SubscribeURL hosts an SNS envelope may name.
#pragma once

#include "core/Result.h"
#include "sns/TopicArn.h"

#include <QString>
#include <QUrl>

namespace Bouncedesk::Model::Sns {

struct Envelope;

// Accepts only https://<topic.snsHost()>/<path>.pem: no user info, no port, no query or fragment,
// no percent-encoding, backslashes, dot segments or trailing dot. The host compares
// case-insensitively. Errors are Error::invalid with code "cert-url".
Result<void> checkSigningCertUrl(const QString &url, const TopicArn &topic);

// The subscription confirmation URL rebuilt from the verified TopicArn (never the envelope's own
// SubscribeURL): https://<snsHost>/?Action=ConfirmSubscription&TopicArn=<arn>&Token=<token>.
// Only for SubscriptionConfirmation (code "type"); a token that is not URL-safe is code "field".
Result<QUrl> subscribeUrlFor(const Envelope &envelope);

// True if url is https on the topic's SNS host (no user info, default port); used to report an
// envelope whose SubscribeURL names another host.
bool sameSnsHost(const QUrl &url, const TopicArn &topic);
bool sameSnsHost(const QString &url, const TopicArn &topic);

} // namespace Bouncedesk::Model::Sns
