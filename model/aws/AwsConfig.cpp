// Credentials, region and endpoints from options, the environment and the AWS CLI's shared files.
#include "aws/AwsConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

namespace Bouncedesk::Model::Aws {

namespace {
    using Section = QHash<QString, QString>;
    using IniFile = QHash<QString, Section>;

    // The AWS shared-file dialect: [section], key = value, '#' or ';' comments; indented lines belong to
    // a nested block (e.g. "s3 =" settings), which nothing here needs.
    IniFile readIni(const QString &path)
    {
        IniFile ini;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return ini;
        QString section;
        while (!file.atEnd()) {
            const QString raw = QString::fromUtf8(file.readLine());
            const QString line = raw.trimmed();
            if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
                continue;
            if (line.startsWith(u'[') && line.endsWith(u']')) {
                section = line.mid(1, line.size() - 2).simplified();
                ini[section];
                continue;
            }
            if (raw.front().isSpace() || section.isEmpty())
                continue;
            const int eq = line.indexOf(u'=');
            if (eq <= 0)
                continue;
            ini[section].insert(line.left(eq).trimmed().toLower(), line.mid(eq + 1).trimmed());
        }
        return ini;
    }

    QString homeFile(const ConfigInputs &in, const char *variable, const QString &relative)
    {
        const QString set = in.environment.value(QLatin1String(variable));
        if (!set.isEmpty())
            return set.startsWith(QLatin1String("~/")) ? in.homeDirectory + set.mid(1) : set;
        return in.homeDirectory + u'/' + relative;
    }

    QString credentialsPath(const ConfigInputs &in)
    {
        return homeFile(in, "AWS_SHARED_CREDENTIALS_FILE", QStringLiteral(".aws/credentials"));
    }

    QString configPath(const ConfigInputs &in)
    {
        return homeFile(in, "AWS_CONFIG_FILE", QStringLiteral(".aws/config"));
    }

    // In the config file every profile but the default is "[profile NAME]".
    Section configSection(const IniFile &config, const QString &profile)
    {
        if (profile == u"default" && config.contains(QStringLiteral("default")))
            return config.value(QStringLiteral("default"));
        return config.value(QStringLiteral("profile ") + profile);
    }

    // Everything that differs between the services, in one row each.
    struct ServiceNames {
        Service service;
        const char *signing;  // SigV4 signing name
        const char *prefix;   // endpoint host prefix
        const char *variable; // AWS_ENDPOINT_URL_<SERVICE>
        const char *label;    // for messages
    };
    constexpr ServiceNames kServices[] = {
        {Service::Sqs, "sqs", "sqs", "AWS_ENDPOINT_URL_SQS", "SQS"},
        {Service::SesV2, "ses", "email", "AWS_ENDPOINT_URL_SESV2", "SES"},
        {Service::CloudWatch, "monitoring", "monitoring", "AWS_ENDPOINT_URL_CLOUDWATCH", "CloudWatch"},
    };

    const ServiceNames &names(Service service)
    {
        for (const ServiceNames &n : kServices)
            if (n.service == service)
                return n;
        Q_UNREACHABLE();
    }

    Result<QUrl> endpointUrl(const QString &text, const QString &from)
    {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
            return Error::invalid(QCoreApplication::translate("Aws", "%1: '%2' is not an http(s) URL").arg(from, text),
                QStringLiteral("usage"));
        return url;
    }

    // Credentials from a profile: the credentials file first, then the config file (the CLI allows both).
    Result<Credentials> profileCredentials(const ConfigInputs &in, const QString &profile, const Section &config)
    {
        const QString credentialsFile = credentialsPath(in);
        const IniFile credentials = readIni(credentialsFile);
        Credentials out;
        for (const auto &[section, file] :
            { std::pair(credentials.value(profile), credentialsFile), std::pair(config, configPath(in)) }) {
            if (section.value(QStringLiteral("aws_access_key_id")).isEmpty())
                continue;
            out.accessKeyId = section.value(QStringLiteral("aws_access_key_id"));
            out.secretAccessKey = section.value(QStringLiteral("aws_secret_access_key"));
            out.sessionToken = section.value(QStringLiteral("aws_session_token"));
            out.source
                = QCoreApplication::translate("Aws", "profile '%1' in %2").arg(profile, QDir::toNativeSeparators(file));
            if (!out.isComplete())
                return Error::invalid(
                    QCoreApplication::translate("Aws", "%1 has aws_access_key_id but no aws_secret_access_key")
                        .arg(out.source),
                    QStringLiteral("credentials"));
            return out;
        }
        // Ways to get keys this small client does not implement: say so rather than "no credentials".
        for (const char *key :
            { "role_arn", "credential_process", "sso_session", "sso_start_url", "web_identity_token_file" }) {
            if (config.contains(QLatin1String(key)) || credentials.value(profile).contains(QLatin1String(key)))
                return Error::invalid(QCoreApplication::translate("Aws",
                                          "profile '%1' gets its keys through %2, which Bouncedesk does not "
                                          "support; give it access keys (aws_access_key_id) or export "
                                          "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")
                                          .arg(profile, QLatin1String(key)),
                    QStringLiteral("credentials"));
        }
        return Error::invalid(QCoreApplication::translate("Aws",
                                  "no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or add "
                                  "profile '%1' to %2")
                                  .arg(profile, QDir::toNativeSeparators(credentialsFile)),
            QStringLiteral("credentials"));
    }
} // namespace

QString signingName(Service service)
{
    return QLatin1String(names(service).signing);
}

QString serviceLabel(Service service)
{
    return QLatin1String(names(service).label);
}

ConfigInputs ConfigInputs::fromProcess()
{
    ConfigInputs in;
    in.environment = QProcessEnvironment::systemEnvironment();
    in.homeDirectory = QDir::homePath();
    return in;
}

QUrl Account::endpoint(Service service) const
{
    if (const auto found = serviceEndpoints.constFind(service); found != serviceEndpoints.cend())
        return *found;
    if (endpointOverride.isValid())
        return endpointOverride;
    const QString domain = region.startsWith(QLatin1String("cn-")) ? QStringLiteral("amazonaws.com.cn")
                                                                   : QStringLiteral("amazonaws.com");
    return QUrl(QStringLiteral("https://%1.%2.%3").arg(QLatin1String(names(service).prefix), region, domain));
}

Result<Account> resolveAccount(const ConfigInputs &in)
{
    Account account;
    const bool explicitProfile = !in.profile.isEmpty();
    account.profile = explicitProfile ? in.profile : in.environment.value(QStringLiteral("AWS_PROFILE"));
    if (account.profile.isEmpty())
        account.profile = QStringLiteral("default");
    const Section config = configSection(readIni(configPath(in)), account.profile);

    if (in.explicitCredentials.isComplete()) {
        account.credentials = in.explicitCredentials;
    } else if (!explicitProfile && !in.environment.value(QStringLiteral("AWS_ACCESS_KEY_ID")).isEmpty()) {
        account.credentials.accessKeyId = in.environment.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
        account.credentials.secretAccessKey = in.environment.value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
        account.credentials.sessionToken = in.environment.value(QStringLiteral("AWS_SESSION_TOKEN"));
        account.credentials.source = QCoreApplication::translate("Aws", "the environment (AWS_ACCESS_KEY_ID)");
        if (!account.credentials.isComplete())
            return Error::invalid(
                QCoreApplication::translate("Aws", "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not"),
                QStringLiteral("credentials"));
    } else {
        auto fromProfile = profileCredentials(in, account.profile, config);
        if (!fromProfile)
            return fromProfile.error();
        account.credentials = *fromProfile;
    }

    for (const QString &candidate : { in.region, in.environment.value(QStringLiteral("AWS_REGION")),
             in.environment.value(QStringLiteral("AWS_DEFAULT_REGION")), config.value(QStringLiteral("region")) }) {
        if (!candidate.isEmpty()) {
            account.region = candidate;
            break;
        }
    }
    if (account.region.isEmpty())
        return Error::invalid(QCoreApplication::translate(
                                  "Aws", "no AWS region: use --region, set AWS_REGION, or add region to profile '%1'")
                                  .arg(account.profile),
            QStringLiteral("region"));

    const QString any
        = !in.endpointUrl.isEmpty() ? in.endpointUrl : in.environment.value(QStringLiteral("AWS_ENDPOINT_URL"));
    if (!any.isEmpty()) {
        auto url = endpointUrl(
            any, in.endpointUrl.isEmpty() ? QStringLiteral("AWS_ENDPOINT_URL") : QStringLiteral("--endpoint-url"));
        if (!url)
            return url.error();
        account.endpointOverride = *url;
    }
    // --endpoint-url applies to every service, as in the AWS CLI; the per-service variables only without it.
    if (in.endpointUrl.isEmpty()) {
        for (const ServiceNames &n : kServices) {
            const QString variable = QLatin1String(n.variable);
            const QString text = in.environment.value(variable);
            if (text.isEmpty())
                continue;
            auto url = endpointUrl(text, variable);
            if (!url)
                return url.error();
            account.serviceEndpoints.insert(n.service, *url);
        }
    }
    return account;
}

QStringList profileNames(const ConfigInputs &in)
{
    QStringList names;
    for (const QString &section : readIni(credentialsPath(in)).keys())
        names << section;
    for (const QString &section : readIni(configPath(in)).keys()) {
        if (section == u"default")
            names << section;
        else if (section.startsWith(QLatin1String("profile ")))
            names << section.mid(8).trimmed();
    }
    names.removeDuplicates();
    names.sort();
    if (names.removeAll(QStringLiteral("default")) > 0)
        names.prepend(QStringLiteral("default"));
    return names;
}

} // namespace Bouncedesk::Model::Aws
