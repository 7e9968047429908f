// AWS Signature Version 4, as specified in the AWS General Reference and its test suite.
#include "aws/SigV4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <map>

namespace Bouncedesk::Model::Aws {

namespace {
    QByteArray sha256Hex(const QByteArray &bytes)
    {
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    }

    QByteArray hmac(const QByteArray &key, const QByteArray &message)
    {
        return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
    }

    QByteArray amzDate(const QDateTime &time)
    {
        return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    }

    QByteArray scope(const SigningOptions &o)
    {
        return amzDate(o.time).left(8) + '/' + o.region.toUtf8() + '/' + o.service.toUtf8() + "/aws4_request";
    }

    // RFC 3986 dot-segment removal with empty segments dropped; a trailing slash stays.
    QByteArray normalizedPath(const QByteArray &path)
    {
        QList<QByteArray> kept;
        for (const QByteArray &segment : path.split('/')) {
            if (segment.isEmpty() || segment == ".")
                continue;
            if (segment == "..") {
                if (!kept.isEmpty())
                    kept.removeLast();
                continue;
            }
            kept << segment;
        }
        QByteArray out = '/' + kept.join('/');
        const bool trailing = path.endsWith('/') && !kept.isEmpty();
        return trailing ? out + '/' : out;
    }

    QByteArray canonicalQuery(const QByteArray &query)
    {
        std::vector<std::pair<QByteArray, QByteArray>> pairs;
        for (const QByteArray &part : query.split('&')) {
            if (part.isEmpty())
                continue;
            const int eq = part.indexOf('=');
            const QByteArray key = eq < 0 ? part : part.left(eq);
            const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
            pairs.emplace_back(SigV4::uriEncode(QByteArray::fromPercentEncoding(key)),
                SigV4::uriEncode(QByteArray::fromPercentEncoding(value)));
        }
        std::sort(pairs.begin(), pairs.end());
        QByteArray out;
        for (const auto &[key, value] : pairs)
            out += (out.isEmpty() ? "" : "&") + key + '=' + value;
        return out;
    }

    // Lower-cased names in order, each with its values (in request order) trimmed, inner runs of
    // whitespace (folded lines included) made one space, and repeated headers joined by commas.
    std::map<QByteArray, QByteArray> canonicalHeaders(const HttpRequest &request)
    {
        std::map<QByteArray, QByteArray> headers;
        for (const auto &[name, value] : request.headers) {
            QByteArray &joined = headers[name.toLower()];
            joined += (joined.isEmpty() ? "" : ",") + value.simplified();
        }
        return headers;
    }
} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

namespace SigV4 {

    QByteArray uriEncode(const QByteArray &bytes, bool keepSlash)
    {
        QByteArray out;
        out.reserve(bytes.size() * 3);
        static const char hex[] = "0123456789ABCDEF";
        for (const char c : bytes) {
            const auto u = static_cast<unsigned char>(c);
            if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '.'
                || u == '_' || u == '~' || (keepSlash && u == '/')) {
                out += c;
            } else {
                out += '%';
                out += hex[u >> 4];
                out += hex[u & 0xF];
            }
        }
        return out;
    }

    QByteArray signedHeaders(const HttpRequest &request)
    {
        QByteArray out;
        for (const auto &entry : canonicalHeaders(request))
            out += (out.isEmpty() ? "" : ";") + entry.first;
        return out;
    }

    QByteArray canonicalRequest(const HttpRequest &request, const SigningOptions &options)
    {
        const QByteArray path = options.normalizePath ? normalizedPath(request.path) : request.path;
        QByteArray out = request.method + '\n' + uriEncode(path.isEmpty() ? QByteArray("/") : path, true) + '\n'
            + canonicalQuery(request.query) + '\n';
        for (const auto &[name, value] : canonicalHeaders(request))
            out += name + ':' + value + '\n';
        const QByteArray contentHash = request.header("x-amz-content-sha256");
        return out + '\n' + signedHeaders(request) + '\n'
            + (contentHash.isEmpty() ? sha256Hex(request.body) : contentHash);
    }

    QByteArray stringToSign(const QByteArray &canonical, const SigningOptions &options)
    {
        return "AWS4-HMAC-SHA256\n" + amzDate(options.time) + '\n' + scope(options) + '\n' + sha256Hex(canonical);
    }

    QByteArray signature(const QByteArray &toSign, const QString &secretAccessKey, const SigningOptions &options)
    {
        QByteArray key = hmac("AWS4" + secretAccessKey.toUtf8(), amzDate(options.time).left(8));
        key = hmac(key, options.region.toUtf8());
        key = hmac(key, options.service.toUtf8());
        key = hmac(key, "aws4_request");
        return hmac(key, toSign).toHex();
    }

    void sign(HttpRequest &request, const Credentials &credentials, const SigningOptions &options)
    {
        const bool token = !credentials.sessionToken.isEmpty();
        if (token && !options.omitSessionToken)
            request.headers.append({ "X-Amz-Security-Token", credentials.sessionToken.toUtf8() });
        request.headers.append({ "X-Amz-Date", amzDate(options.time) });
        if (options.signBody)
            request.headers.append({ "x-amz-content-sha256", sha256Hex(request.body) });
        const QByteArray toSign = stringToSign(canonicalRequest(request, options), options);
        const QByteArray authorization = "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId.toUtf8() + '/'
            + scope(options) + ", SignedHeaders=" + signedHeaders(request)
            + ", Signature=" + signature(toSign, credentials.secretAccessKey, options);
        if (token && options.omitSessionToken)
            request.headers.insert(
                request.headers.size() - 1, { "X-Amz-Security-Token", credentials.sessionToken.toUtf8() });
        request.headers.append({ "Authorization", authorization });
    }

} // namespace SigV4
} // namespace Bouncedesk::Model::Aws
