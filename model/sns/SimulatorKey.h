// SimulatorKey: the local key that signs Bouncedesk's own test traffic, and the one topic it may sign for.
//
// "Send test traffic" and `simulate --target` post SNS Notifications to a real listener so that the
// whole path (verify, store, policy, every view) runs without an AWS account. They are signed like
// SNS signs, with this key; a listener told to trust the simulator accepts that key for
// SimulatorTopicArn only, from loopback peers only, and never for any other topic.
#pragma once

#include "core/Result.h"
#include "sns/Certificate.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

namespace Bouncedesk::Model::Sns {

// Account 000000000000 is no AWS account's, so the topic cannot be mistaken for a real one.
inline constexpr QLatin1StringView SimulatorTopicArn("arn:aws:sns:us-east-1:000000000000:bouncedesk-simulator");
// Named in the simulator's envelopes so that they pass the certificate-URL check; never downloaded.
inline constexpr QLatin1StringView SimulatorCertUrl(
    "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-bouncedesk-simulator.pem");

class SimulatorKey final {
public:
    // A new RSA-2048 key and a self-signed certificate for it, valid from a day ago for ten years.
    static Result<SimulatorKey> generate();
    // The key (PKCS#8 PEM) and certificate files in directory dir, created (key mode 0600) when
    // missing, so that a listener and the `simulate` command run separately share one key.
    static Result<SimulatorKey> loadOrCreate(const QString &dir);
    // Only reads; the error says to start the listener with --trust-simulator when there is no key.
    static Result<SimulatorKey> load(const QString &dir);
    // Where loadOrCreate keeps the key by default: <XDG data home>/bouncedesk/simulator.
    static QString defaultDirectory();

    QByteArray certificatePem() const;
    const Certificate &certificate() const;

    // A signed SNS Notification (compact JSON) on SimulatorTopicArn carrying message, as SNS sends
    // it: SignatureVersion "1" (SHA1) or "2" (SHA256).
    Result<QByteArray> notification(const QString &messageId, const QString &message, const QDateTime &timestamp,
        const QString &signatureVersion) const;

    ~SimulatorKey();
    SimulatorKey(const SimulatorKey &);
    SimulatorKey &operator=(const SimulatorKey &);

private:
    struct Data;
    explicit SimulatorKey(std::shared_ptr<const Data> data);
    static Result<SimulatorKey> fromPem(const QByteArray &keyPem, const QByteArray &certPem);
    std::shared_ptr<const Data> m_data;
};

} // namespace Bouncedesk::Model::Sns
