// Signed AWS calls: sign, send, classify AWS's error reply, retry what deserves it.
#include "aws/AwsClient.h"

#include "core/LogText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QRandomGenerator>
#include <QTimer>
#include <QXmlStreamReader>

Q_LOGGING_CATEGORY(lcAws, "bouncedesk.aws")

namespace Bouncedesk::Model::Aws {

namespace {
    struct AwsErrorText {
        QString code;
        QString message;
    };

    // The error code and message in any of AWS's shapes; the code without its namespace prefix.
    AwsErrorText parseError(const QByteArray &body, const QByteArray &errorType, const QByteArray &queryError)
    {
        AwsErrorText out;
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        if (!json.isEmpty()) {
            out.code = json.value(QStringLiteral("__type")).toString();
            out.message
                = json.value(QStringLiteral("message")).toString(json.value(QStringLiteral("Message")).toString());
        } else if (body.trimmed().startsWith('<')) {
            QXmlStreamReader xml(body);
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == u"Code" && out.code.isEmpty())
                    out.code = xml.readElementText();
                else if (xml.name() == u"Message" && out.message.isEmpty())
                    out.message = xml.readElementText();
            }
        }
        // The query-compatible header carries SQS's classic codes (AWS.SimpleQueueService.NonExistentQueue).
        const auto before = [](const QByteArray &text, char separator) {
            const qsizetype at = text.indexOf(separator);
            return QString::fromUtf8(at < 0 ? text : text.left(at));
        };
        if (!queryError.isEmpty())
            out.code = before(queryError, ';');
        else if (out.code.isEmpty() && !errorType.isEmpty())
            out.code = before(errorType, ':');
        if (const int hash = out.code.lastIndexOf(u'#'); hash >= 0)
            out.code = out.code.mid(hash + 1);
        return out;
    }

    bool isCredentialsCode(const QString &code)
    {
        static const QStringList codes { QStringLiteral("SignatureDoesNotMatch"),
            QStringLiteral("InvalidClientTokenId"), QStringLiteral("UnrecognizedClientException"),
            QStringLiteral("IncompleteSignature"), QStringLiteral("InvalidSignatureException"),
            QStringLiteral("ExpiredToken"), QStringLiteral("ExpiredTokenException"), QStringLiteral("RequestExpired"),
            QStringLiteral("AuthFailure"), QStringLiteral("MissingAuthenticationToken"),
            QStringLiteral("InvalidAccessKeyId"), QStringLiteral("RequestTimeTooSkewed"),
            QStringLiteral("InvalidSecurity") };
        return codes.contains(code);
    }

    bool isThrottlingCode(const QString &code)
    {
        static const QStringList codes { QStringLiteral("Throttling"), QStringLiteral("ThrottlingException"),
            QStringLiteral("ThrottledException"), QStringLiteral("RequestThrottled"),
            QStringLiteral("RequestThrottledException"), QStringLiteral("TooManyRequestsException"),
            QStringLiteral("RequestLimitExceeded"), QStringLiteral("SlowDown"),
            QStringLiteral("LimitExceededException"), QStringLiteral("BandwidthLimitExceeded"),
            QStringLiteral("AWS.SimpleQueueService.RequestThrottled") };
        return codes.contains(code);
    }

    // The IAM action a call needs, for "not allowed" messages.
    QString iamAction(const AwsCall &call) { return signingName(call.service) + u':' + call.action; }

    QString hostLabel(const QUrl &url)
    {
        return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
    }
} // namespace

Error replyError(const AwsCall &call, int status, const QByteArray &body, const QByteArray &errorTypeHeader,
    const QByteArray &queryErrorHeader, const Credentials &credentials)
{
    const AwsErrorText e = parseError(body, errorTypeHeader, queryErrorHeader);
    const QString what = serviceLabel(call.service) + u' ' + call.action;
    const QString said = e.message.isEmpty() ? e.code : e.code + QStringLiteral(": ") + logSafe(e.message.left(300));
    if (isCredentialsCode(e.code) || status == 401) {
        QString hint
            = QCoreApplication::translate("Aws", "check the access key and secret from %1").arg(credentials.source);
        if (e.code.startsWith(QLatin1String("ExpiredToken")) || e.code == u"RequestExpired")
            hint = QCoreApplication::translate("Aws", "the temporary credentials from %1 have expired; renew them")
                       .arg(credentials.source);
        else if (e.code == u"RequestTimeTooSkewed")
            hint = QCoreApplication::translate(
                "Aws", "this computer's clock is off by more than 5 minutes; fix the clock");
        return Error::refused(
            QCoreApplication::translate("Aws", "%1: AWS refused the credentials (%2); %3").arg(what, said, hint),
            QStringLiteral("aws-credentials"));
    }
    if (e.code.startsWith(QLatin1String("AccessDenied")) || e.code.endsWith(QLatin1String(".AccessDenied"))
        || status == 403)
        return Error::refused(
            QCoreApplication::translate("Aws", "%1: not allowed (%2); the IAM policy needs %3 (docs/aws-setup.md)")
                .arg(what, said, iamAction(call)),
            QStringLiteral("aws-access"));
    if (isThrottlingCode(e.code) || status == 429)
        return Error::unavailable(QCoreApplication::translate("Aws", "%1: throttled by AWS (%2)").arg(what, said),
            QStringLiteral("aws-throttled"));
    if (status >= 500)
        return Error::unavailable(
            QCoreApplication::translate("Aws", "%1: AWS answered HTTP %2 (%3)").arg(what).arg(status).arg(said),
            QStringLiteral("aws-unavailable"));
    return Error::invalid(QCoreApplication::translate("Aws", "%1 failed: HTTP %2 (%3)")
                              .arg(what)
                              .arg(status)
                              .arg(said.isEmpty() ? QCoreApplication::translate("Aws", "no error text") : said),
        QStringLiteral("aws-") + (e.code.isEmpty() ? QString::number(status) : e.code));
}

struct AwsClient::Pending {
    AwsCall call;
    QPromise<Result<AwsReply>> promise;
    int attempt = 0;
};

AwsClient::AwsClient(Account account, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_interval[Service::SesV2] = SesCallIntervalMs;
}

AwsClient *AwsClient::fromSource(const AccountSource &source, QObject *parent, QString *error)
{
    if (!source) {
        *error = tr("not connected to AWS");
        return nullptr;
    }
    auto account = source();
    if (!account) {
        *error = account.errorText();
        return nullptr;
    }
    return new AwsClient(*account, parent);
}

AwsClient::~AwsClient() = default;

QFuture<Result<AwsReply>> AwsClient::call(AwsCall call)
{
    auto pending = std::make_shared<Pending>();
    pending->call = std::move(call);
    pending->promise.start();
    QFuture<Result<AwsReply>> future = pending->promise.future();
    attempt(pending);
    return future;
}

void AwsClient::attempt(const std::shared_ptr<Pending> &pending)
{
    if (const int interval = m_interval.value(pending->call.service); interval > 0) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        qint64 &next = m_nextStart[pending->call.service];
        if (next > now) {
            QTimer::singleShot(int(next - now), this, [this, pending] { send(pending); });
            next += interval;
            return;
        }
        next = now + interval;
    }
    send(pending);
}

void AwsClient::send(const std::shared_ptr<Pending> &pending)
{
    const AwsCall &call = pending->call;
    QUrl url = call.endpoint.isValid() ? call.endpoint : m_account.endpoint(call.service);
    // TolerantMode: the path and query arrive percent-encoded and must not be encoded again.
    url.setPath(QString::fromLatin1(call.path), QUrl::TolerantMode);
    if (!call.query.isEmpty())
        url.setQuery(QString::fromLatin1(call.query), QUrl::TolerantMode);

    // Sign exactly what goes on the wire: the path and query as QUrl will encode them, and the Host
    // header Qt would send (set here, so Qt does not add its own).
    HttpRequest wire;
    wire.method = call.method;
    wire.path = url.path(QUrl::FullyEncoded).toLatin1();
    if (wire.path.isEmpty())
        wire.path = "/";
    wire.query = url.query(QUrl::FullyEncoded).toLatin1();
    wire.headers.append({ "Host", hostLabel(url).toUtf8() });
    wire.headers.append(call.headers);
    wire.body = call.body;
    SigningOptions options;
    options.region = call.region.isEmpty() ? m_account.region : call.region;
    options.service = signingName(call.service);
    options.time = m_clock();
    SigV4::sign(wire, m_account.credentials, options);

    QNetworkRequest request(url);
    request.setTransferTimeout(call.timeoutMs);
    for (const auto &[name, value] : std::as_const(wire.headers))
        request.setRawHeader(name, value);
    ++m_sent;
    QNetworkReply *reply = m_network->sendCustomRequest(request, call.method, call.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, pending, url] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        Result<AwsReply> result = AwsReply { status, body };
        if (status == 0) {
            result = Error::unavailable(QCoreApplication::translate("Aws", "%1 %2: cannot reach %3 (%4)")
                                            .arg(serviceLabel(pending->call.service), pending->call.action,
                                                hostLabel(url), reply->errorString()),
                QStringLiteral("aws-network"));
        } else if (status < 200 || status > 299) {
            result = replyError(pending->call, status, body, reply->rawHeader("x-amzn-ErrorType"),
                reply->rawHeader("x-amzn-query-error"), m_account.credentials);
        }
        const bool retry
            = !result && result.error().kind == Error::Kind::Unavailable && pending->attempt + 1 < m_retry.maxAttempts;
        if (!retry) {
            pending->promise.addResult(std::move(result));
            pending->promise.finish();
            return;
        }
        const qint64 cap = qMin<qint64>(m_retry.maxDelayMs, qint64(m_retry.baseDelayMs) << pending->attempt);
        const int delay = int(QRandomGenerator::global()->bounded(cap + 1));
        ++pending->attempt;
        qCInfo(lcAws).noquote() << result.errorText() << "- retry" << pending->attempt << "in" << delay << "ms";
        QTimer::singleShot(delay, this, [this, pending] { attempt(pending); });
    });
}

} // namespace Bouncedesk::Model::Aws
