// TopicArn: a parsed SNS topic ARN and the SNS endpoint host it implies.
#pragma once

#include "core/Result.h"

#include <QString>

namespace Bouncedesk::Model::Sns {

struct TopicArn {
    // arn:<partition>:sns:<region>:<account>:<name>
    QString partition;
    QString region;
    QString account;
    QString name;

    // Strict: partition aws, aws-cn or aws-us-gov with a region that belongs to it, a 12-digit
    // account and an SNS topic name. Errors are Error::invalid with code "topic-arn".
    static Result<TopicArn> parse(const QString &arn);

    // The ARN text again (arn:<partition>:sns:<region>:<account>:<name>).
    QString toString() const;
    // sns.<region>.amazonaws.com, or sns.<region>.amazonaws.com.cn for the aws-cn partition.
    QString snsHost() const;

    friend bool operator==(const TopicArn &, const TopicArn &) = default;
};

} // namespace Bouncedesk::Model::Sns
