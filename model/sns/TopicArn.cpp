// Parsing of SNS topic ARNs and the SNS host derived from them.
#include "sns/TopicArn.h"

#include <QRegularExpression>

namespace Bouncedesk::Model::Sns {

namespace {
Error bad(const QString &arn, const QString &why)
{
    // ARNs are not secret, but cap what is echoed back from an untrusted body.
    const QString shown = arn.size() > 200 ? arn.left(200) + u"..." : arn;
    return Error::invalid(QStringLiteral("invalid SNS topic ARN \"%1\": %2").arg(shown, why), QStringLiteral("topic-arn"));
}
} // namespace

Result<TopicArn> TopicArn::parse(const QString &arn)
{
    const QStringList parts = arn.split(u':');
    if (parts.size() != 6 || parts.at(0) != u"arn" || parts.at(2) != u"sns")
        return bad(arn, QStringLiteral("expected arn:<partition>:sns:<region>:<account>:<topic>"));

    TopicArn result;
    result.partition = parts.at(1);
    result.region = parts.at(3);
    result.account = parts.at(4);
    result.name = parts.at(5);

    // Only partitions whose SNS host we know; anything else would make us trust a guessed host.
    static const QRegularExpression regionPattern(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$"));
    static const QRegularExpression accountPattern(QStringLiteral("^[0-9]{12}$"));
    // SNS topic names: 1-256 of [A-Za-z0-9_-]; FIFO topics end in ".fifo".
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_-]{1,256}$|^[A-Za-z0-9_-]{1,251}\\.fifo$"));

    if (result.partition != u"aws" && result.partition != u"aws-cn" && result.partition != u"aws-us-gov")
        return bad(arn, QStringLiteral("unknown partition \"%1\" (expected aws, aws-cn or aws-us-gov)").arg(result.partition));
    if (!regionPattern.match(result.region).hasMatch())
        return bad(arn, QStringLiteral("malformed region"));
    const bool chinaRegion = result.region.startsWith(u"cn-");
    const bool govRegion = result.region.startsWith(u"us-gov-");
    if ((result.partition == u"aws-cn") != chinaRegion || (result.partition == u"aws-us-gov") != govRegion)
        return bad(arn, QStringLiteral("region %1 is not in partition %2").arg(result.region, result.partition));
    if (!accountPattern.match(result.account).hasMatch())
        return bad(arn, QStringLiteral("the account must be 12 digits"));
    if (!namePattern.match(result.name).hasMatch())
        return bad(arn, QStringLiteral("malformed topic name"));
    return result;
}

QString TopicArn::toString() const
{
    return u"arn:" + partition + u":sns:" + region + u':' + account + u':' + name;
}

QString TopicArn::snsHost() const
{
    // GovCloud uses the commercial form (sns.us-gov-west-1.amazonaws.com).
    const QString host = u"sns." + region + u".amazonaws.com";
    return partition == u"aws-cn" ? host + u".cn" : host;
}

} // namespace Bouncedesk::Model::Sns
