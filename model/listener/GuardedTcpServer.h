// GuardedTcpServer: the listener's socket layer: connection cap, timeouts, early basic auth, body limit, TLS.
#pragma once

#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <unordered_map>

namespace Bouncedesk::Model {

// What the socket layer enforces before QHttpServer sees a byte (see ListenerSettings for the defaults).
struct ConnectionLimits {
    qint64 maxBodyBytes = 256 * 1024;
    int maxConnections = 2000;  // beyond: new connections are closed at once
    int idleTimeoutMs = 60000;  // keep-alive connection with no request started
    int headTimeoutMs = 10000;  // from accept (or the first byte of a request) to the end of its head
    int bodyTimeoutMs = 30000;  // no body byte for this long
    QByteArray basicAuth;       // "user:password"; non-empty: POST /sns without it is refused on its head
};

class GuardedTcpServer final : public QTcpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    // Why the guard closed or answered a connection itself.
    enum class Refusal { TooLarge, HeadTooLarge, LengthRequired, Unauthorised, TooManyConnections, IdleTimeout,
                         HeadTimeout, BodyTimeout, ResponseTimeout };

    // QHttpServer 6.4 buffers whole bodies with no limit and has no timeouts; this guard sees every
    // byte first, answers 413/431/411/401 itself (closing the connection, discarding the rest) and
    // closes connections that stall. Memory per connection is bounded by the head allowance (16 KiB).
    explicit GuardedTcpServer(ConnectionLimits limits, QObject *parent = nullptr);
    ~GuardedTcpServer() override;
    void setTls(const QSslConfiguration &configuration);
    // Called on the server's thread for each refusal, and with the number of open connections on change.
    void setOnRejected(std::function<void(Refusal)> callback) { m_onRejected = std::move(callback); }
    void setOnConnectionCount(std::function<void(int)> callback) { m_onCount = std::move(callback); }
    int openConnections() const { return int(m_connections.size()); }

protected:
    void incomingConnection(qintptr handle) override;

private:
    enum class Phase { Fresh, Idle, Head, Body, Waiting, Draining };
    struct Connection {
        Phase phase = Phase::Fresh;
        qint64 since = 0;      // ms on m_clock: phase start, or last body byte in Body
        qint64 bodyLeft = 0;   // Body: bytes still to come; Draining: bytes still to discard
        QByteArray head;       // Head: the bytes so far (at most the allowance), empty otherwise
    };

    void guard(QTcpSocket *socket);
    void onReadyRead(QTcpSocket *socket);
    // Acts on a complete head; bodyBytesHere came after it in the same chunk. False if refused.
    bool endOfHead(QTcpSocket *socket, Connection &c, qint64 bodyBytesHere);
    void refuse(QTcpSocket *socket, Connection &c, Refusal why, const QByteArray &status, const QByteArray &extra,
                qint64 drain);
    void forget(const QObject *socket);
    void sweep();
    qint64 deadline(const Connection &c) const;
    void notify(Refusal why);

    ConnectionLimits m_limits;
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
    std::function<void(Refusal)> m_onRejected;
    std::function<void(int)> m_onCount;
    std::unordered_map<const QObject *, Connection> m_connections;
    QElapsedTimer m_clock;
    QTimer m_sweep;
};

} // namespace Bouncedesk::Model
