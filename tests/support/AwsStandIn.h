// AwsStandIn: runs tests/support/aws_standin.py (SQS, SES v2, CloudWatch on loopback, every request's
// SigV4 signature checked with botocore) and drives it for a test.
#pragma once

#include "aws/AwsConfig.h"

#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace Bouncedesk::Test {

class AwsStandIn final {
public:
    static inline const QString AccessKey = QStringLiteral("AKIDSTANDINEXAMPLE");
    static inline const QString SecretKey = QStringLiteral("standin/secret/KEY+example");
    static inline const QString Region = QStringLiteral("us-east-1");

    AwsStandIn();
    ~AwsStandIn();
    // Starts the stand-in; false (with a QWARN) if python3 or botocore is missing.
    bool start();
    QUrl url() const;

    // Creates (or adds to) a queue; returns its URL.
    QString addQueue(const QString &name, const QStringList &bodies = {}, int visibilitySeconds = 30);
    void addSuppressed(const QHash<QString, QString> &emailToReason, int pageSizeMax = 1000);
    void setMetric(const QString &name, const QList<QPair<QString, double>> &points);
    void setAccount(const QJsonObject &fields);
    // The next `count` signed requests to `service` ("sqs", "ses", "monitoring") fail with `kind`:
    // "throttle", "denied" or "5xx".
    void fail(const QString &service, const QString &kind, int count = 1);
    QJsonObject state() const;
    QStringList deletedBodies(const QString &queue) const;

    // Environment for a bouncedesk-cli process: credentials, region and AWS_ENDPOINT_URL of this stand-in.
    QProcessEnvironment environment(const QString &secret = SecretKey) const;
    // The same for in-process clients.
    Model::Aws::Account account(const QString &secret = SecretKey) const;

private:
    QJsonObject control(const QString &path, const QJsonObject &body) const;

    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace Bouncedesk::Test
