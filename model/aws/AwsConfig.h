// AwsConfig: credentials, region and endpoints, resolved the way the AWS CLI resolves them.
#pragma once

#include "core/Result.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <functional>

namespace Bouncedesk::Model::Aws {

// The AWS APIs Bouncedesk calls. Each has a SigV4 signing name, an endpoint prefix and the suffix of
// its AWS_ENDPOINT_URL_<SERVICE> variable.
enum class Service { Sqs, SesV2, CloudWatch };

QString signingName(Service service); // "sqs", "ses", "monitoring"
QString serviceLabel(Service service); // "SQS", "SES", "CloudWatch", for messages

struct Credentials {
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // temporary credentials only
    QString source; // where they came from, for messages ("environment", "profile 'ops' in ~/.aws/credentials")
    bool isComplete() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
};

// What resolution reads. Tests fill it in; real use starts from fromProcess().
struct ConfigInputs {
    QProcessEnvironment environment;
    QString homeDirectory;
    QString profile; // --profile: overrides AWS_PROFILE and, like the AWS CLI, skips the environment's keys
    QString region; // --region
    QString endpointUrl; // --endpoint-url: every service at this URL
    // The console's stored keys (from the desktop keyring); used before the environment and files.
    Credentials explicitCredentials;
    static ConfigInputs fromProcess();
};

// Everything needed to call AWS: who, where.
struct Account {
    Credentials credentials;
    QString profile;
    QString region;
    QUrl endpointOverride; // --endpoint-url or AWS_ENDPOINT_URL
    QMap<Service, QUrl> serviceEndpoints; // AWS_ENDPOINT_URL_<SERVICE>
    // The URL a service's requests go to: an override, else https://<prefix>.<region>.amazonaws.com[.cn].
    QUrl endpoint(Service service) const;
};

// Order, as in the AWS CLI: explicit keys; then, unless --profile was given, AWS_ACCESS_KEY_ID /
// AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN; then the profile (--profile, AWS_PROFILE or "default") in
// the shared credentials file (AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials) and the config file
// (AWS_CONFIG_FILE or ~/.aws/config, sections "[profile NAME]"). Region: --region, AWS_REGION,
// AWS_DEFAULT_REGION, the profile's region. Errors say what is missing and where it was looked for.
Result<Account> resolveAccount(const ConfigInputs &inputs);

// Where a console view gets the account from when it needs AWS (resolved again after settings change).
using AccountSource = std::function<Result<Account>()>;

// The profiles named in the shared files (for the console's profile picker), "default" first.
QStringList profileNames(const ConfigInputs &inputs);

} // namespace Bouncedesk::Model::Aws
