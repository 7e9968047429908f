// --profile, --region and --endpoint-url for the commands that call AWS.
#include "Cli.h"

namespace Bouncedesk::Cli {

using namespace Model;

void addAwsOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        { QStringLiteral("profile"),
            Text::tr("AWS profile from ~/.aws/credentials and ~/.aws/config (default: AWS_PROFILE or "
                           "'default'); given, the AWS_ACCESS_KEY_ID environment keys are not used."),
            QStringLiteral("name") },
        { QStringLiteral("region"),
            Text::tr("AWS region (default: AWS_REGION, AWS_DEFAULT_REGION or the profile's)."),
            QStringLiteral("region") },
        { QStringLiteral("endpoint-url"),
            Text::tr("Send every AWS request to this URL (LocalStack, a proxy); else AWS_ENDPOINT_URL_<SERVICE> "
                           "or AWS_ENDPOINT_URL."),
            QStringLiteral("url") },
    });
}

Result<Aws::Account> awsAccount(const QCommandLineParser &parser)
{
    Aws::ConfigInputs inputs = Aws::ConfigInputs::fromProcess();
    inputs.profile = parser.value(QStringLiteral("profile"));
    inputs.region = parser.value(QStringLiteral("region"));
    inputs.endpointUrl = parser.value(QStringLiteral("endpoint-url"));
    return Aws::resolveAccount(inputs);
}

} // namespace Bouncedesk::Cli
