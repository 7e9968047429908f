// GuardedTcpServer: the listener's socket layer: body size limit with bounded memory, optional TLS.
#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>

namespace Bouncedesk::Model {

class GuardedTcpServer final : public QTcpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    // QHttpServer 6.4 buffers whole bodies with no limit; this guard sees every byte first and
    // answers 413 (closing the connection, discarding the rest) once a request passes maxBodyBytes.
    GuardedTcpServer(qint64 maxBodyBytes, QObject *parent = nullptr);
    void setTls(const QSslConfiguration &configuration);
    void setOnRejected(std::function<void()> callback) { m_onRejected = std::move(callback); }

protected:
    void incomingConnection(qintptr handle) override;

private:
    void guard(QTcpSocket *socket);

    qint64 m_maxBodyBytes;
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
    std::function<void()> m_onRejected;
};

} // namespace Bouncedesk::Model
