// Per-connection byte accounting in front of QHttpServer.
#include "listener/GuardedTcpServer.h"

#include <QSslSocket>

namespace Bouncedesk::Model {

namespace {
constexpr qint64 kHeaderAllowance = 16 * 1024;
constexpr const char *kTooLargeProperty = "bouncedeskTooLarge";
constexpr const char *kCountProperty = "bouncedeskRequestBytes";

// Content-Length of the request whose headers start the buffered data, or -1 when unknown yet.
qint64 contentLength(const QByteArray &head)
{
    const qsizetype end = head.indexOf("\r\n\r\n");
    const QByteArray headers = (end < 0 ? head : head.left(end)).toLower();
    const qsizetype at = headers.indexOf("\r\ncontent-length:");
    if (at < 0)
        return -1;
    const qsizetype lineEnd = headers.indexOf("\r\n", at + 2);
    if (lineEnd < 0)
        return -1;
    bool ok = false;
    const qint64 value = headers.mid(at + 17, lineEnd - at - 17).trimmed().toLongLong(&ok);
    return ok ? value : -1;
}
} // namespace

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, QObject *parent)
    : QTcpServer(parent), m_maxBodyBytes(maxBodyBytes)
{
}

void GuardedTcpServer::setTls(const QSslConfiguration &configuration)
{
    m_tls = true;
    m_tlsConfiguration = configuration;
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(m_tlsConfiguration);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // Replies are small and sent once the data is committed: do not let Nagle hold them back.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    guard(socket);
    if (m_tls)
        static_cast<QSslSocket *>(socket)->startServerEncryption();
    addPendingConnection(socket);
}

void GuardedTcpServer::guard(QTcpSocket *socket)
{
    // Connected before QHttpServer's own readyRead handler, so this runs first on every chunk.
    connect(socket, &QIODevice::readyRead, this, [this, socket] {
        if (socket->property(kTooLargeProperty).toBool()) {
            socket->skip(socket->bytesAvailable());
            return;
        }
        const qint64 before = socket->property(kCountProperty).toLongLong();
        const qint64 available = socket->bytesAvailable();
        const qint64 total = before + available;
        socket->setProperty(kCountProperty, total);
        const qint64 declared = before == 0 ? contentLength(socket->peek(qMin<qint64>(available, kHeaderAllowance)))
                                            : -1;
        if (declared <= m_maxBodyBytes && total <= m_maxBodyBytes + kHeaderAllowance)
            return;
        socket->setProperty(kTooLargeProperty, true);
        socket->skip(socket->bytesAvailable());
        static const QByteArray body = "{\"error\":\"request body too large\"}";
        socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nConnection: close\r\n"
                      "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
        if (m_onRejected)
            m_onRejected();
    });
    // A response ends the request: the next one on a keep-alive connection starts counting at zero.
    connect(socket, &QIODevice::bytesWritten, this, [socket] { socket->setProperty(kCountProperty, 0); });
}

} // namespace Bouncedesk::Model
