// Per-connection accounting in front of QHttpServer: a cap, deadlines per phase, the head read early.
#include "listener/GuardedTcpServer.h"

#include "core/Secrets.h"

#include <QSslSocket>

#include <vector>

namespace Bouncedesk::Model {

namespace {
constexpr qint64 kHeaderAllowance = 16 * 1024;
// A request whose head and body arrived is being answered by the listener (verification, a
// certificate download, a commit): normally seconds. Past this the client has long given up.
constexpr qint64 kResponseTimeoutMs = 120000;
// After our own 401 the client's body is read and thrown away for at most this long, so that the
// close is a FIN after the answer rather than a reset that can destroy it.
constexpr qint64 kDrainTimeoutMs = 2000;

struct Head {
    QByteArray method;
    QByteArray path;
    qint64 contentLength = 0;
    bool badLength = false; // not a number, or given twice differently
    bool transferEncoding = false;
    QByteArray authorization;
};

Head parseHead(const QByteArray &raw)
{
    Head head;
    bool lengthSeen = false;
    bool requestLine = true;
    for (QByteArray line : raw.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (requestLine) {
            if (line.isEmpty())
                continue; // RFC 9112 2.2: empty lines before the request line are ignored
            const QList<QByteArray> parts = line.split(' ');
            head.method = parts.value(0);
            const QByteArray target = parts.value(1);
            const qsizetype query = target.indexOf('?');
            head.path = query < 0 ? target : target.left(query);
            requestLine = false;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0 || (lengthSeen && n != head.contentLength))
                head.badLength = true;
            head.contentLength = n;
            lengthSeen = true;
        } else if (name == "transfer-encoding") {
            head.transferEncoding = true;
        } else if (name == "authorization" && head.authorization.isEmpty()) {
            head.authorization = value;
        }
    }
    return head;
}

QByteArray response(const QByteArray &status, const QByteArray &error, const QByteArray &extra = {})
{
    const QByteArray body = "{\"error\":\"" + error + "\"}";
    return "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nConnection: close\r\n" + extra
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Drops what QHttpServer's read transaction holds and what is buffered, so a refused connection
// keeps no data.
void discardInput(QTcpSocket *socket)
{
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->skip(socket->bytesAvailable());
}
} // namespace

GuardedTcpServer::GuardedTcpServer(ConnectionLimits limits, QObject *parent)
    : QTcpServer(parent), m_limits(std::move(limits))
{
    m_clock.start();
    // Bursts of new connections (SNS opens many at once) should queue in the kernel, not be dropped.
    setListenBacklogSize(qBound(50, m_limits.maxConnections, 1024));
    const int shortest = qMin(m_limits.idleTimeoutMs, qMin(m_limits.headTimeoutMs, m_limits.bodyTimeoutMs));
    m_sweep.setInterval(qBound(50, shortest / 4, 1000));
    connect(&m_sweep, &QTimer::timeout, this, &GuardedTcpServer::sweep);
}

GuardedTcpServer::~GuardedTcpServer()
{
    m_sweep.stop();
}

void GuardedTcpServer::setTls(const QSslConfiguration &configuration)
{
    m_tls = true;
    m_tlsConfiguration = configuration;
}

void GuardedTcpServer::notify(Refusal why)
{
    if (m_onRejected)
        m_onRejected(why);
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    if (openConnections() >= m_limits.maxConnections) {
        // Closed before any TLS or HTTP work: a flood of connections costs a descriptor for an instant.
        QTcpSocket refused;
        if (refused.setSocketDescriptor(handle))
            refused.abort();
        notify(Refusal::TooManyConnections);
        return;
    }
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
    // A request never needs more; past it the kernel holds further bytes (TCP pushes back) instead
    // of this process, also for a connection QHttpServer stopped listening to after a parse error.
    socket->setReadBufferSize(m_limits.maxBodyBytes + 2 * kHeaderAllowance);
    guard(socket);
    if (m_tls)
        static_cast<QSslSocket *>(socket)->startServerEncryption();
    addPendingConnection(socket);
}

void GuardedTcpServer::guard(QTcpSocket *socket)
{
    Connection c;
    c.since = m_clock.elapsed();
    m_connections.emplace(socket, std::move(c));
    if (!m_sweep.isActive())
        m_sweep.start();
    if (m_onCount)
        m_onCount(openConnections());
    // Connected before QHttpServer's own readyRead handler, so this runs first on every chunk.
    connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
    // A response written out ends the request: the connection is idle until the next one starts.
    connect(socket, &QIODevice::bytesWritten, this, [this, socket] {
        auto it = m_connections.find(socket);
        if (it == m_connections.end() || it->second.phase != Phase::Waiting || socket->bytesToWrite() > 0)
            return;
        it->second.phase = Phase::Idle;
        it->second.since = m_clock.elapsed();
    });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { forget(socket); });
    connect(socket, &QObject::destroyed, this, [this](QObject *gone) { forget(gone); });
}

void GuardedTcpServer::forget(const QObject *socket)
{
    if (m_connections.erase(socket) == 0)
        return;
    if (m_connections.empty())
        m_sweep.stop();
    if (m_onCount)
        m_onCount(openConnections());
}

void GuardedTcpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &c = it->second;
    const qint64 now = m_clock.elapsed();
    if (c.phase == Phase::Draining) {
        c.bodyLeft -= socket->bytesAvailable();
        discardInput(socket);
        if (c.bodyLeft <= 0 && socket->state() == QAbstractSocket::ConnectedState)
            socket->disconnectFromHost();
        return;
    }
    // The bytes QHttpServer has not read yet are exactly those new since the last chunk: it reads
    // everything each time (within a transaction, so peek starts at the new bytes).
    const qint64 available = socket->bytesAvailable();
    qint64 offset = 0;
    while (offset < available) {
        switch (c.phase) {
        case Phase::Fresh:
        case Phase::Idle:
        case Phase::Waiting: // bytes after a complete request: the next one, pipelined
            c.phase = Phase::Head;
            c.since = now;
            c.head.clear();
            break;
        case Phase::Head: {
            const qsizetype old = c.head.size();
            const qint64 room = kHeaderAllowance + 1 - old;
            c.head += socket->peek(offset + qMin(available - offset, room)).mid(offset);
            const qsizetype end = c.head.indexOf("\r\n\r\n", qMax<qsizetype>(0, old - 3));
            if (end < 0) {
                if (c.head.size() > kHeaderAllowance) {
                    refuse(socket, c, Refusal::HeadTooLarge, "431 Request Header Fields Too Large",
                           {}, 0);
                    return;
                }
                offset = available;
                break;
            }
            offset += end + 4 - old;
            c.head.truncate(end + 4);
            if (!endOfHead(socket, c, available - offset))
                return;
            c.since = now;
            break;
        }
        case Phase::Body: {
            const qint64 n = qMin(c.bodyLeft, available - offset);
            c.bodyLeft -= n;
            offset += n;
            c.since = now;
            if (c.bodyLeft == 0) {
                c.phase = Phase::Waiting;
                c.since = now;
            }
            break;
        }
        case Phase::Draining:
            return;
        }
    }
}

bool GuardedTcpServer::endOfHead(QTcpSocket *socket, Connection &c, qint64 bodyBytesHere)
{
    const Head head = parseHead(c.head);
    c.head = QByteArray(); // free the buffer: a waiting connection keeps nothing
    if (!m_limits.basicAuth.isEmpty() && head.method == "POST" && head.path == "/sns") {
        const bool ok = head.authorization.startsWith("Basic ")
            && secretsEqual(QByteArray::fromBase64(head.authorization.mid(6)), m_limits.basicAuth);
        if (!ok) {
            // Answered on the head: an unauthenticated body is never buffered. A small one is drained.
            const qint64 drain =
                head.contentLength <= m_limits.maxBodyBytes ? qMax<qint64>(0, head.contentLength - bodyBytesHere) : 0;
            refuse(socket, c, Refusal::Unauthorised, "401 Unauthorized",
                   "WWW-Authenticate: Basic realm=\"bouncedesk\"\r\n", drain);
            return false;
        }
    }
    if (head.transferEncoding || head.badLength) {
        // Without one trustworthy Content-Length the body cannot be bounded or timed: SNS always sends one.
        refuse(socket, c, Refusal::LengthRequired, "411 Length Required", {}, 0);
        return false;
    }
    if (head.contentLength > m_limits.maxBodyBytes) {
        refuse(socket, c, Refusal::TooLarge, "413 Payload Too Large", {}, 0);
        return false;
    }
    c.bodyLeft = head.contentLength;
    c.phase = c.bodyLeft > 0 ? Phase::Body : Phase::Waiting;
    return true;
}

void GuardedTcpServer::refuse(QTcpSocket *socket, Connection &c, Refusal why, const QByteArray &status,
                              const QByteArray &extra, qint64 drain)
{
    static const QHash<Refusal, QByteArray> errors{
        {Refusal::TooLarge, "request body too large"},
        {Refusal::HeadTooLarge, "request head too large"},
        {Refusal::LengthRequired, "one Content-Length required"},
        {Refusal::Unauthorised, "unauthorised"},
    };
    c.head = QByteArray();
    c.phase = Phase::Draining;
    c.since = m_clock.elapsed();
    c.bodyLeft = drain;
    discardInput(socket);
    socket->write(response(status, errors.value(why), extra));
    if (drain == 0)
        socket->disconnectFromHost();
    notify(why);
}

qint64 GuardedTcpServer::deadline(const Connection &c) const
{
    switch (c.phase) {
    case Phase::Fresh:
    case Phase::Head:
        return c.since + m_limits.headTimeoutMs;
    case Phase::Idle:
        return c.since + m_limits.idleTimeoutMs;
    case Phase::Body:
        return c.since + m_limits.bodyTimeoutMs;
    case Phase::Waiting:
        return c.since + kResponseTimeoutMs;
    case Phase::Draining:
        return c.since + qMin<qint64>(kDrainTimeoutMs, m_limits.bodyTimeoutMs);
    }
    return c.since;
}

void GuardedTcpServer::sweep()
{
    const qint64 now = m_clock.elapsed();
    std::vector<std::pair<QTcpSocket *, Phase>> expired;
    for (const auto &[key, c] : m_connections)
        if (now >= deadline(c))
            expired.emplace_back(static_cast<QTcpSocket *>(const_cast<QObject *>(key)), c.phase);
    for (const auto &[socket, phase] : expired) {
        switch (phase) {
        case Phase::Fresh:
        case Phase::Head:
            notify(Refusal::HeadTimeout);
            break;
        case Phase::Idle:
            notify(Refusal::IdleTimeout);
            break;
        case Phase::Body:
            notify(Refusal::BodyTimeout);
            break;
        case Phase::Waiting:
            notify(Refusal::ResponseTimeout);
            break;
        case Phase::Draining:
            break;
        }
        // Erased here as well: after a parse error QHttpServer disconnects every signal of the
        // socket, ours included, and would never delete it.
        forget(socket);
        socket->abort();
        socket->deleteLater();
    }
}

} // namespace Bouncedesk::Model
