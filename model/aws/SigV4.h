// SigV4: AWS Signature Version 4 request signing (signature in the Authorization header).
#pragma once

#include "aws/AwsConfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

namespace Bouncedesk::Model::Aws {

// A request as it goes on the wire: path and query exactly as on the request line (percent-encoded
// as sent), headers in order with their names as written.
struct HttpRequest {
    QByteArray method;
    QByteArray path = "/";
    QByteArray query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // the first with this name, any case
};

struct SigningOptions {
    QString region;
    QString service; // the signing name, e.g. "sqs"
    QDateTime time; // UTC; the X-Amz-Date
    // Remove dot segments and repeated slashes from the path (every AWS service but S3).
    bool normalizePath = true;
    // Add and sign x-amz-content-sha256 (S3 and some others want it; harmless elsewhere).
    bool signBody = false;
    // Add X-Amz-Security-Token after signing, unsigned (a few services want it so); default: signed.
    bool omitSessionToken = false;
};

namespace SigV4 {
    // The steps, exposed for the AWS test suite; each takes the request with X-Amz-Date (and the
    // token and content hash, when used) already added, as sign() adds them.
    QByteArray canonicalRequest(const HttpRequest &request, const SigningOptions &options);
    QByteArray signedHeaders(const HttpRequest &request);
    QByteArray stringToSign(const QByteArray &canonicalRequest, const SigningOptions &options);
    QByteArray signature(const QByteArray &stringToSign, const QString &secretAccessKey, const SigningOptions &options);

    // Adds X-Amz-Security-Token (temporary credentials), X-Amz-Date, x-amz-content-sha256 (signBody)
    // and Authorization. Every header already on the request is signed.
    void sign(HttpRequest &request, const Credentials &credentials, const SigningOptions &options);

    // RFC 3986 percent-encoding of everything but A-Z a-z 0-9 - . _ ~ (and '/' when keepSlash).
    QByteArray uriEncode(const QByteArray &bytes, bool keepSlash = false);
} // namespace SigV4

} // namespace Bouncedesk::Model::Aws
