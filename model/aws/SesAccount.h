// SesAccount: the SES v2 account-level suppression list and sending status (REST-JSON API).
#pragma once

#include "aws/AwsClient.h"

#include <QDateTime>
#include <QFuture>

namespace Bouncedesk::Model::Aws {

struct SesSuppressed {
    QString email;
    QString reason; // SES's own word: "BOUNCE" or "COMPLAINT"
    QDateTime lastUpdate;
};

struct SesAccountStatus {
    bool sendingEnabled = false;
    bool productionAccess = false;
    QString enforcementStatus; // HEALTHY, PROBATION, SHUTDOWN
    double max24HourSend = 0;
    double maxSendRate = 0;
    double sentLast24Hours = 0;
};

class SesAccount final {
public:
    explicit SesAccount(AwsClient *client);

    // Every page of ListSuppressedDestinations.
    QFuture<Result<QList<SesSuppressed>>> listSuppressed() const;
    // reason: "BOUNCE" or "COMPLAINT".
    QFuture<Result<void>> putSuppressed(const QString &email, const QString &reason) const;
    // An address SES does not have counts as removed.
    QFuture<Result<void>> deleteSuppressed(const QString &email) const;
    QFuture<Result<SesAccountStatus>> status() const;

    // The SES API allows about one call per second for these operations: calls are spaced so.
    static constexpr int DefaultIntervalMs = AwsClient::SesCallIntervalMs;

private:
    AwsClient *m_client;
};

} // namespace Bouncedesk::Model::Aws
