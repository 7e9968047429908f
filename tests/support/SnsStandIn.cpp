// A local HTTPS stand-in for sns.<region>.amazonaws.com.
#include "SnsStandIn.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslCertificate>
#include <QSslKey>

namespace Bouncedesk::Test {

SnsStandIn::SnsStandIn(const TestCa &ca, const QString &hostName, QObject *parent)
    : QAbstractHttpServer(parent), m_host(hostName)
{
    const TestCa::Leaf leaf = ca.issue(hostName);
    sslSetup(QSslCertificate(leaf.certPem, QSsl::Pem), QSslKey(leaf.keyPem, QSsl::Rsa, QSsl::Pem));
    m_port = listen(QHostAddress::LocalHost, 0);
    m_replies.insert(QStringLiteral("/"), Reply{200, QByteArrayLiteral("<ConfirmSubscriptionResponse/>"), {}});
}

QString SnsStandIn::endpoint() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

bool SnsStandIn::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    m_requests << path + u'?' + request.url().query(QUrl::FullyDecoded);
    const auto it = m_replies.constFind(path);
    if (it == m_replies.cend())
        return false;
    QHttpServerResponder responder = makeResponder(request, socket);
    const auto status = QHttpServerResponder::StatusCode(it->status);
    if (it->location.isEmpty())
        responder.write(it->body, {{"Content-Type", "application/x-pem-file"}}, status);
    else
        responder.write(it->body, {{"Content-Type", "text/plain"}, {"Location", it->location}}, status);
    return true;
}

void SnsStandIn::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace Bouncedesk::Test
