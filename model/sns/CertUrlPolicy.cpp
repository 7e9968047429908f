// Checks on the URLs an SNS envelope names, against the host its TopicArn implies.
#include "sns/CertUrlPolicy.h"

#include "sns/Envelope.h"

#include <QRegularExpression>

namespace Bouncedesk::Model::Sns {

namespace {

Error badCertUrl(const QString &url, const QString &why)
{
    const QString shown = url.size() > 200 ? url.left(200) + u"..." : url;
    return Error::invalid(QStringLiteral("refusing SigningCertURL \"%1\": %2").arg(shown, why), QStringLiteral("cert-url"));
}

Result<void> checkCertUrlText(const QString &url, const TopicArn &topic, const QString &expected)
{
    // The raw text is checked by hand rather than through QUrl's tolerant parser, so that nothing a
    // parser might normalise (percent-encoding, backslashes, user info) can change the host we see.
    for (const QChar c : url) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return badCertUrl(url, QStringLiteral("contains spaces, control or non-ASCII characters"));
    }
    const QString scheme = QStringLiteral("https://");
    if (!url.startsWith(scheme, Qt::CaseInsensitive))
        return badCertUrl(url, QStringLiteral("the scheme must be https"));
    for (const char16_t forbidden : {u'\\', u'%', u'@', u'?', u'#'}) {
        if (url.contains(QChar(forbidden)))
            return badCertUrl(url, QStringLiteral("contains \"%1\" (no user info, query, fragment or escapes allowed)")
                                       .arg(QChar(forbidden)));
    }

    const qsizetype pathStart = url.indexOf(u'/', scheme.size());
    if (pathStart < 0)
        return badCertUrl(url, QStringLiteral("has no path"));
    const QString host = url.mid(scheme.size(), pathStart - scheme.size());
    const QString path = url.mid(pathStart);
    if (host.contains(u':'))
        return badCertUrl(url, QStringLiteral("an explicit port is not allowed"));
    if (host.compare(expected, Qt::CaseInsensitive) != 0)
        return badCertUrl(url, QStringLiteral("the host must be %1, the SNS host of topic %2").arg(expected, topic.toString()));

    static const QRegularExpression pathPattern(QStringLiteral("^(/[A-Za-z0-9_.~-]+)+$"));
    if (!pathPattern.match(path).hasMatch())
        return badCertUrl(url, QStringLiteral("the path has unexpected characters or empty segments"));
    for (const QStringView segment : QStringView(path).split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u"." || segment == u"..")
            return badCertUrl(url, QStringLiteral("the path must not contain . or .. segments"));
    }
    if (!path.endsWith(u".pem") || path.endsWith(u"/.pem"))
        return badCertUrl(url, QStringLiteral("the path must name a .pem file"));

    // Belt and braces: the URL as QUrl sees it must agree with what we checked.
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != u"https" || parsed.host().compare(expected, Qt::CaseInsensitive) != 0
        || parsed.port() != -1 || !parsed.userInfo().isEmpty() || parsed.hasQuery() || parsed.hasFragment())
        return badCertUrl(url, QStringLiteral("not a well-formed URL on %1").arg(expected));
    return {};
}
} // namespace

Result<void> checkSigningCertUrl(const QString &url, const TopicArn &topic)
{
    // SNS names the same certificate URL in every message of a region for months: the last URL found
    // good for a host is not checked again on this thread (the check is a function of the two alone).
    thread_local QString goodUrl;
    thread_local QString goodHost;
    const QString expected = topic.snsHost();
    if (url == goodUrl && expected == goodHost) // goodHost starts empty, and no topic has an empty host
        return {};
    auto checked = checkCertUrlText(url, topic, expected);
    if (checked) {
        goodUrl = url;
        goodHost = expected;
    }
    return checked;
}

Result<QUrl> subscribeUrlFor(const Envelope &envelope)
{
    if (envelope.type != Envelope::Type::SubscriptionConfirmation)
        return Error::invalid(QStringLiteral("only a SubscriptionConfirmation may be confirmed (got %1)").arg(envelope.typeName),
                              QStringLiteral("type"));
    // AWS tokens are long hex strings; anything outside the URL-unreserved set would need escaping
    // and is not something SNS sends.
    static const QRegularExpression tokenPattern(QStringLiteral("^[A-Za-z0-9._~-]{1,2048}$"));
    if (!tokenPattern.match(envelope.token).hasMatch())
        return Error::invalid(QStringLiteral("the subscription Token is empty or has unexpected characters"),
                              QStringLiteral("field"));
    // TopicArn::toString() only has characters that are legal in a query ([A-Za-z0-9_.:-]).
    const QString text = u"https://" + envelope.topic.snsHost() + u"/?Action=ConfirmSubscription&TopicArn="
                         + envelope.topic.toString() + u"&Token=" + envelope.token;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Error::internal(QStringLiteral("could not build the subscription confirmation URL: %1").arg(url.errorString()),
                               QStringLiteral("field"));
    return url;
}

bool sameSnsHost(const QUrl &url, const TopicArn &topic)
{
    return url.isValid() && url.scheme().compare(u"https", Qt::CaseInsensitive) == 0
           && url.host().compare(topic.snsHost(), Qt::CaseInsensitive) == 0 && url.userInfo().isEmpty()
           && (url.port() == -1 || url.port() == 443);
}

bool sameSnsHost(const QString &url, const TopicArn &topic)
{
    if (url.contains(u'\\'))
        return false;
    return sameSnsHost(QUrl(url, QUrl::StrictMode), topic);
}

} // namespace Bouncedesk::Model::Sns
