// ListenerSettings: everything the webhook listener can be told, from the command line or settings.
#pragma once

#include "policy/PolicySettings.h"

#include <QHash>
#include <QHostAddress>
#include <QStringList>

namespace Bouncedesk::Model {

struct ListenerSettings {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8025;                  // 0: any free port
    // Trusted besides the topics admins trusted in the database (trusted_topics); checked on the signed
    // TopicArn. With none at all every notification is refused and subscriptions stay pending.
    QStringList topicAllowlist;
    int trustRefreshMs = 5000;            // how often trusted topics and pending subscriptions are re-read
    bool autoConfirm = true;              // confirm genuine SubscriptionConfirmations of trusted topics
    qint64 maxBodyBytes = 256 * 1024;     // larger bodies get 413 and the connection closed
    // Slow or idle clients must not hold the listener: SNS keeps up to about 64 keep-alive connections
    // per endpoint, so 2,000 leaves room for retries and probes while bounding descriptors and memory
    // (each connection holds at most a 16 KiB head). Beyond the cap new connections are closed at once.
    int maxConnections = 2000;
    int idleTimeoutSeconds = 60;          // keep-alive connection with no request started
    int headTimeoutSeconds = 10;          // from accept (or a request's first byte) to the end of its head
    int bodyTimeoutSeconds = 30;          // no body byte for this long: closed
    QString tlsCertFile;                  // with tlsKeyFile: serve HTTPS
    QString tlsKeyFile;
    QString basicAuthUser;                // non-empty: require HTTP basic auth on /sns
    QString basicAuthPassword;
    int maxMessageAgeSeconds = 0;         // 0: off; else older messages are refused (an extra, stricter limit)
    // The replay window for messages SNS pushes: SNS's longest retry policy ends within 3,600 s, so a
    // Timestamp older than that plus the skew allowance can only be a replay; one further ahead than
    // the allowance is refused too. 0: off (for old recorded messages).
    int replayWindowSeconds = 3600;
    int clockSkewSeconds = 300;
    QHash<QString, QString> pinnedCertificates; // SigningCertURL -> local PEM file
    // Non-empty: Notifications on Sns::SimulatorTopicArn posted from loopback are checked with this
    // certificate (the console's or `listen --trust-simulator`'s test key); never for other topics.
    QByteArray simulatorCertificatePem;
    QString suppressionApiToken;          // empty: GET /v1/suppressions/{email} is off
    // /healthz and /metrics: with opsTokenRequired they need "Authorization: Bearer <suppressionApiToken>";
    // with opsPort set they are served only on opsAddress:opsPort (and 404 on the webhook address),
    // e.g. a loopback port for the monitoring agent while /sns faces the internet.
    bool opsTokenRequired = false;
    QHostAddress opsAddress = QHostAddress::LocalHost;
    int opsPort = -1;                     // -1: no separate address; 0: any free port
    // For air-gapped installs and tests: extra trusted CAs for certificate downloads and subscription
    // confirmations, and SNS hosts reached at another address (host -> "addr:port"); TLS still
    // verifies the SNS host name.
    QStringList extraCaFiles;
    bool useSystemTrustStore = true;
    QHash<QString, QString> snsEndpointOverrides;
    // Require the downloaded certificate's issuer chain to end in a trusted root. Off by default:
    // SNS serves the leaf alone and the Amazon intermediates are not in system stores, so trust
    // rests on the TLS-verified download from the topic's own SNS host (dates and name still checked).
    bool requireCertificateChain = false;
    // Certificate downloads started per minute at most; beyond that 503 without downloading, so junk
    // SigningCertURLs cannot make the listener fetch without bound.
    int certificateDownloadsPerMinute = 10;
    PolicySettings policy;
};

} // namespace Bouncedesk::Model
