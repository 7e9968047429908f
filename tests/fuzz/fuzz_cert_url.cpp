// Fuzz target: TopicArn::parse and the SigningCertURL rule. Input: a TopicArn line, then the URL.
#include "FuzzCheck.h"

#include "sns/CertUrlPolicy.h"
#include "sns/TopicArn.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Bouncedesk::Model;
using namespace Bouncedesk::Fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype newline = input.indexOf(u'\n');
    const QString arn = newline < 0 ? input : input.left(newline);
    const QString url = newline < 0 ? QString() : input.mid(newline + 1);

    Result<Sns::TopicArn> parsed = Sns::TopicArn::parse(arn);
    Sns::TopicArn topic;
    if (parsed) {
        topic = *parsed;
        checkAcceptedTopic(arn, topic);
        const Result<Sns::TopicArn> again = Sns::TopicArn::parse(topic.toString());
        FUZZ_CHECK(again.ok() && *again == topic, "an accepted TopicArn parses back to itself");
    } else {
        FUZZ_CHECK(parsed.error().code == u"topic-arn", "TopicArn errors have code topic-arn");
        // Keep exercising the URL rule when the ARN line is broken.
        topic = *Sns::TopicArn::parse(QStringLiteral("arn:aws:sns:us-east-1:123456789012:fuzz"));
    }

    const Result<void> accepted = Sns::checkSigningCertUrl(url, topic);
    if (accepted) {
        checkAcceptedCertUrl(url, topic);
        FUZZ_CHECK(Sns::sameSnsHost(url, topic), "an accepted SigningCertURL is on the SNS host");
    } else {
        FUZZ_CHECK(accepted.error().code == u"cert-url", "cert URL errors have code cert-url");
    }
    return 0;
}
