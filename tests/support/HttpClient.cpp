// Blocking HTTP helpers over QNetworkAccessManager.
#include "HttpClient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace Bouncedesk::Test {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

namespace {
HttpResponse run(const QUrl &url, const QByteArray *body, const Headers &headers, int timeoutMs)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[key, value] : headers)
        request.setRawHeader(key, value);
    if (body && !request.hasRawHeader("Content-Type"))
        request.setRawHeader("Content-Type", "text/plain; charset=UTF-8");
    QNetworkReply *reply = body ? network.post(request, *body) : network.get(request);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    HttpResponse response;
    if (!reply->isFinished()) {
        reply->abort();
        response.error = QStringLiteral("timed out");
    }
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && response.error.isEmpty())
        response.error = reply->errorString();
    delete reply;
    return response;
}
} // namespace

HttpResponse httpPost(const QUrl &url, const QByteArray &body, const Headers &headers, int timeoutMs)
{
    return run(url, &body, headers, timeoutMs);
}

HttpResponse httpGet(const QUrl &url, const Headers &headers, int timeoutMs)
{
    return run(url, nullptr, headers, timeoutMs);
}

} // namespace Bouncedesk::Test
