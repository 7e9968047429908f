// A load generator for fault tests: keep-alive connections driven from the event loop.
#include "Burst.h"

#include "SesMessages.h"
#include "TestCa.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

namespace Bouncedesk::Test {

QList<SignedRequest> signedNotifications(int count, const QByteArray &keyPem, const QString &topicArn,
                                         const QString &certUrl, int addresses,
                                         const std::function<QString(int)> &message)
{
    QList<SignedRequest> requests(count);
    std::vector<int> indexes(static_cast<size_t>(count));
    std::iota(indexes.begin(), indexes.end(), 0);
    // A pool of our own, joined before returning: OpenSSL keeps per-thread state, and a global-pool thread
    // expiring while the process exits races OPENSSL_cleanup() (seen once as "double free or corruption"
    // in libcrypto's atexit handler, after every test had passed).
    QThreadPool signers;
    signers.setMaxThreadCount(QThread::idealThreadCount());
    QtConcurrent::blockingMap(&signers, indexes, [&](int i) {
        const QString to = QStringLiteral("user%1@example.org").arg(i % addresses);
        const QString text = message ? message(i)
            : i % 50 == 0             ? Ses::complaint({to})
            : i % 12 == 0 ? Ses::bounce({to}, QStringLiteral("Transient"), QStringLiteral("MailboxFull"))
                          : Ses::delivery({to});
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject fields{{QStringLiteral("Type"), QStringLiteral("Notification")},
                                 {QStringLiteral("MessageId"), id},
                                 {QStringLiteral("TopicArn"), topicArn},
                                 {QStringLiteral("Message"), text},
                                 {QStringLiteral("Timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
        const QByteArray body = signedEnvelope(fields, keyPem, QStringLiteral("2"), certUrl);
        requests[i] = {id, "POST /sns HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                           "x-amz-sns-message-type: Notification\r\nContent-Length: "
                               + QByteArray::number(body.size()) + "\r\n\r\n" + body};
    });
    return requests;
}

QString BurstResult::summary() const
{
    return QStringLiteral("2xx %1, 503 %2, other %3, unanswered %4, not sent %5, %6 ms, longest 503 stretch %7 ms%8")
        .arg(answered2xx)
        .arg(answered503)
        .arg(answeredOther)
        .arg(unanswered)
        .arg(notSent)
        .arg(elapsedMs)
        .arg(longest503StretchMs)
        .arg(firstProblem.isEmpty() ? QString() : QStringLiteral("; first problem: ") + firstProblem.left(300));
}

Burst::Burst(quint16 port, QList<SignedRequest> requests, int connections)
    : m_port(port), m_requests(std::move(requests)), m_pool(size_t(connections))
{
}

Burst::~Burst()
{
    abort();
}

void Burst::start()
{
    m_clock.start();
    for (size_t i = 0; i < m_pool.size(); ++i)
        open(i);
}

void Burst::open(size_t index)
{
    Connection &c = m_pool[index];
    c.buffer.clear();
    c.inFlight = -1;
    c.socket = std::make_unique<QTcpSocket>();
    QTcpSocket *socket = c.socket.get();
    QObject::connect(socket, &QTcpSocket::connected, socket, [this, index] {
        m_pool[index].socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        sendNext(m_pool[index]);
    });
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, index] { readAnswers(m_pool[index]); });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, index] {
        closed(index, QStringLiteral("connection closed"), false);
    });
    QObject::connect(socket, &QTcpSocket::errorOccurred, socket, [this, index](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            closed(index, m_pool[index].socket->errorString(), error == QAbstractSocket::ConnectionRefusedError);
    });
    socket->connectToHost(QHostAddress::LocalHost, m_port);
}

void Burst::sendNext(Connection &c)
{
    if (m_aborted || c.inFlight >= 0 || m_next >= m_requests.size())
        return;
    c.inFlight = m_next++;
    c.socket->write(m_requests[c.inFlight].http);
}

void Burst::readAnswers(Connection &c)
{
    c.buffer += c.socket->readAll();
    for (;;) {
        const qsizetype headerEnd = c.buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray head = c.buffer.left(headerEnd).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qsizetype length =
            at < 0 ? 0 : head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
        if (c.buffer.size() < headerEnd + 4 + length)
            return;
        const int status = head.mid(9, 3).toInt();
        const QByteArray body = c.buffer.mid(headerEnd + 4, length);
        c.buffer.remove(0, headerEnd + 4 + length);
        answered(c, status, body);
        sendNext(c);
    }
}

void Burst::answered(Connection &c, int status, const QByteArray &body)
{
    if (c.inFlight < 0)
        return; // an answer nobody asked for (e.g. a timeout notice): ignore
    const qint64 now = m_clock.elapsed();
    if (status >= 200 && status < 300) {
        ++m_result.answered2xx;
        m_result.acked << m_requests[c.inFlight].messageId;
        if (m_stretchStart >= 0)
            m_result.longest503StretchMs = std::max(m_result.longest503StretchMs, now - m_stretchStart);
        m_stretchStart = -1;
    } else {
        if (status == 503) {
            ++m_result.answered503;
            if (m_stretchStart < 0)
                m_stretchStart = now;
        } else {
            ++m_result.answeredOther;
        }
        if (m_result.firstProblem.isEmpty())
            m_result.firstProblem = QString::number(status) + u' ' + QString::fromUtf8(body);
    }
    c.inFlight = -1;
    ++m_answered;
    if (m_onAnswer)
        m_onAnswer(m_answered);
}

void Burst::closed(size_t index, const QString &why, bool refused)
{
    Connection &c = m_pool[index];
    if (c.dead || !c.socket)
        return;
    if (c.inFlight >= 0) {
        ++m_result.unanswered;
        if (m_result.firstProblem.isEmpty())
            m_result.firstProblem = why;
        c.inFlight = -1;
    }
    c.socket->disconnect();
    c.socket.release()->deleteLater();
    // A closed keep-alive connection is opened again (SNS would); a refused one ends this connection.
    if (m_aborted || refused || m_next >= m_requests.size() || ++c.reconnects > 50) {
        c.dead = true;
        return;
    }
    open(index);
}

bool Burst::finished() const
{
    if (m_aborted)
        return true;
    for (const Connection &c : m_pool)
        if (!c.dead && (c.inFlight >= 0 || m_next < m_requests.size()))
            return false;
    return true;
}

void Burst::abort()
{
    if (m_aborted)
        return;
    m_aborted = true;
    for (Connection &c : m_pool) {
        if (c.inFlight >= 0)
            ++m_result.unanswered;
        c.inFlight = -1;
        c.dead = true;
        if (c.socket) {
            c.socket->disconnect();
            c.socket->abort();
            c.socket.release()->deleteLater();
        }
    }
    m_result.notSent = int(m_requests.size()) - m_next;
    if (m_stretchStart >= 0)
        m_result.longest503StretchMs = std::max(m_result.longest503StretchMs, m_clock.elapsed() - m_stretchStart);
    m_result.elapsedMs = m_clock.elapsed();
}

void Burst::runAll(const QList<Burst *> &bursts, int timeoutMs)
{
    for (Burst *b : bursts)
        b->start();
    QElapsedTimer timer;
    timer.start();
    auto allDone = [&bursts] {
        return std::all_of(bursts.begin(), bursts.end(), [](const Burst *b) { return b->finished(); });
    };
    while (!allDone() && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    for (Burst *b : bursts)
        b->abort(); // records the figures; a finished burst has nothing left in flight
}

} // namespace Bouncedesk::Test
