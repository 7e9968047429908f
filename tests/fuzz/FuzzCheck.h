// FuzzCheck: invariant checks shared by the fuzz targets; a violation aborts so libFuzzer keeps the input.
#pragma once

#include "sns/TopicArn.h"

#include <QRegularExpression>
#include <QString>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

// A macro rather than a function so the report names the failing line.
#define FUZZ_CHECK(condition, what)                                                                                 \
    do {                                                                                                            \
        if (!(condition)) {                                                                                         \
            std::fprintf(stderr, "fuzz invariant violated at %s:%d: %s (%s)\n", __FILE__, __LINE__, what,           \
                         #condition);                                                                               \
            std::abort();                                                                                           \
        }                                                                                                           \
    } while (false)

namespace Bouncedesk::Fuzz {

inline bool hasControlOrLineBreak(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

// What an accepted TopicArn must look like, checked without TopicArn's own regular expressions.
inline void checkAcceptedTopic(const QString &text, const Model::Sns::TopicArn &topic)
{
    FUZZ_CHECK(topic.toString() == text, "an accepted TopicArn prints back as the text it came from");
    FUZZ_CHECK(topic.partition == u"aws" || topic.partition == u"aws-cn" || topic.partition == u"aws-us-gov",
               "known partition");
    FUZZ_CHECK(topic.account.size() == 12, "12-digit account");
    for (const QChar c : topic.account)
        FUZZ_CHECK(c >= u'0' && c <= u'9', "12-digit account");
    FUZZ_CHECK(!topic.region.isEmpty(), "non-empty region");
    for (const QChar c : topic.region)
        FUZZ_CHECK((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-', "region is [a-z0-9-]");
    FUZZ_CHECK(!topic.name.isEmpty() && topic.name.size() <= 256, "topic name length");
    const QString host = topic.snsHost();
    const QString commercial = u"sns." + topic.region + u".amazonaws.com";
    FUZZ_CHECK(host == (topic.partition == u"aws-cn" ? commercial + u".cn" : commercial),
               "SNS host is sns.<region>.amazonaws.com[.cn]");
}

// What an accepted SigningCertURL must look like, checked by hand and through QUrl.
inline void checkAcceptedCertUrl(const QString &url, const Model::Sns::TopicArn &topic)
{
    for (const QChar c : url)
        FUZZ_CHECK(c.unicode() > 0x20 && c.unicode() < 0x7f, "accepted URL is printable ASCII");
    const QString scheme = QStringLiteral("https://");
    FUZZ_CHECK(url.startsWith(scheme, Qt::CaseInsensitive), "accepted URL is https");
    const qsizetype slash = url.indexOf(u'/', scheme.size());
    FUZZ_CHECK(slash > 0, "accepted URL has a path");
    const QString host = url.mid(scheme.size(), slash - scheme.size());
    const QString path = url.mid(slash);
    static const QRegularExpression hostPattern(QStringLiteral("^sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?$"),
                                                QRegularExpression::CaseInsensitiveOption);
    FUZZ_CHECK(hostPattern.match(host).hasMatch(), "host is sns.<region>.amazonaws.com[.cn]");
    FUZZ_CHECK(host.compare(topic.snsHost(), Qt::CaseInsensitive) == 0, "host is the topic's SNS host");
    FUZZ_CHECK((topic.partition == u"aws-cn") == host.endsWith(u".cn", Qt::CaseInsensitive),
               ".cn host exactly for the aws-cn partition");
    FUZZ_CHECK(path.endsWith(u".pem") && !path.endsWith(u"/.pem"), "path names a .pem file");
    FUZZ_CHECK(!path.contains(u"//") && !path.contains(u"/./") && !path.contains(u"/../"), "no empty or dot segments");
    for (const char16_t c : {u'@', u'?', u'#', u'%', u'\\', u':'})
        FUZZ_CHECK(!host.contains(QChar(c)) && !path.contains(QChar(c)), "no user info, port, query, fragment, escapes");

    const QUrl parsed(url, QUrl::StrictMode);
    FUZZ_CHECK(parsed.isValid(), "QUrl accepts it");
    FUZZ_CHECK(parsed.scheme() == u"https", "QUrl sees https");
    FUZZ_CHECK(parsed.host().compare(topic.snsHost(), Qt::CaseInsensitive) == 0, "QUrl sees the same host");
    FUZZ_CHECK(parsed.port() == -1 && parsed.userInfo().isEmpty() && !parsed.hasQuery() && !parsed.hasFragment(),
               "QUrl sees no port, user info, query or fragment");
    FUZZ_CHECK(parsed.path() == path, "QUrl sees the same path");
}

} // namespace Bouncedesk::Fuzz
