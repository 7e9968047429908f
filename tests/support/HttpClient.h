// HttpClient: blocking HTTP(S) requests for tests, spinning the event loop so in-process servers answer.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace Bouncedesk::Test {

struct HttpResponse {
    int status = 0; // 0: no HTTP answer (connection error or timeout)
    QByteArray body;
    QString error;
    QByteArray header(const QByteArray &name) const;
    QList<QPair<QByteArray, QByteArray>> headers;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

HttpResponse httpPost(const QUrl &url, const QByteArray &body, const Headers &headers = {}, int timeoutMs = 30000);
HttpResponse httpGet(const QUrl &url, const Headers &headers = {}, int timeoutMs = 30000);

} // namespace Bouncedesk::Test
