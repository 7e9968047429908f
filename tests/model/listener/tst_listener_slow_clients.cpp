// Slow and idle clients cannot hold the listener: 1,000 stalled connections are closed on time while
// genuine deliveries are answered; the connection cap closes extra connections; basic auth is checked
// on the head, before a body is read.
#include "ListenerHarness.h"
#include "SesMessages.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <sys/resource.h>

using namespace Bouncedesk;
using namespace Bouncedesk::Test;

namespace {
// The listener runs in this process: every wait spins the event loop (never a blocking waitFor*).
std::unique_ptr<QTcpSocket> rawConnection(quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port);
    QElapsedTimer timer;
    timer.start();
    while (socket->state() != QAbstractSocket::ConnectedState && timer.elapsed() < 5000)
        QTest::qWait(5);
    if (socket->state() != QAbstractSocket::ConnectedState)
        return nullptr;
    return socket;
}

// Everything the server sends until it closes the connection or timeoutMs passes.
QByteArray readUntilClosed(QTcpSocket &socket, int timeoutMs)
{
    QByteArray got;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        QTest::qWait(10);
        got += socket.readAll();
    }
    return got + socket.readAll();
}

int tryRaiseFileLimit(rlim_t wanted)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < wanted) {
        limit.rlim_cur = std::min(wanted, limit.rlim_max);
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    return int(limit.rlim_cur);
}
} // namespace

class TestListenerSlowClients final : public QObject {
    Q_OBJECT

private slots:
    void thousandStalledConnectionsAreClosedWhileDeliveriesAreAnswered();
    void connectionsOverTheCapAreClosedAtOnce();
    void unauthenticatedPostIsAnsweredOnItsHead();
    void bodiesWithoutOneContentLengthAreRefused();
    void oversizedHeadIsRefused();
};

void TestListenerSlowClients::thousandStalledConnectionsAreClosedWhileDeliveriesAreAnswered()
{
    enum Kind { Silent, HalfHead, StalledBody, KeepAlive };
    const int perKind[] = {300, 300, 300, 100};
    const int held = 1000;
    const int deliveries = 200;
    constexpr int timeoutSeconds = 3;
    // Each held connection costs two descriptors here (client and server end), plus the deliveries.
    const int needed = 2 * held + 600;
    const int limit = tryRaiseFileLimit(rlim_t(needed));
    if (limit < needed)
        QSKIP(qPrintable(QStringLiteral("needs %1 file descriptors, the limit (ulimit -n, hard limit included) is %2")
                             .arg(needed)
                             .arg(limit)));

    ListenerHarness h;
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.maxConnections = held + 100;
    settings.idleTimeoutSeconds = timeoutSeconds;
    settings.headTimeoutSeconds = timeoutSeconds;
    settings.bodyTimeoutSeconds = timeoutSeconds;
    QString error;
    QVERIFY2(h.start(settings, &error), qPrintable(error));
    QList<QByteArray> bodies;
    for (int i = 0; i < deliveries; ++i)
        bodies << h.sign(ListenerHarness::notification(Ses::delivery({QStringLiteral("held%1@example.org").arg(i)})));

    struct Held {
        Kind kind = Silent;
        QTcpSocket *socket = nullptr;
        qint64 lastActivity = -1; // ms: connected, last byte written, or response read
        qint64 closedAt = -1;
        bool ready = false;
    };
    QObject owner;
    std::vector<Held> connections(held);
    QElapsedTimer clock;
    clock.start();
    int index = 0;
    for (int kind = Silent; kind <= KeepAlive; ++kind) {
        for (int n = 0; n < perKind[kind]; ++n, ++index) {
            Held &c = connections[size_t(index)];
            c.kind = Kind(kind);
            c.socket = new QTcpSocket(&owner);
            QTcpSocket *socket = c.socket;
            connect(socket, &QTcpSocket::connected, &owner, [&c, &clock, socket] {
                c.lastActivity = clock.elapsed();
                switch (c.kind) {
                case Silent:
                    c.ready = true;
                    break;
                case HalfHead:
                    socket->write("POST /sns HTTP/1.1\r\nHost: 127.0.0.1\r\nx-amz-sns-message-type: Notification\r\n");
                    break;
                case StalledBody:
                    socket->write("POST /sns HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n"
                                  + QByteArray(100, '{'));
                    break;
                case KeepAlive:
                    socket->write("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
                    break;
                }
            });
            connect(socket, &QTcpSocket::bytesWritten, &owner, [&c, &clock, socket] {
                if (socket->bytesToWrite() > 0)
                    return;
                c.lastActivity = clock.elapsed();
                c.ready = c.kind != KeepAlive;
            });
            connect(socket, &QTcpSocket::readyRead, &owner, [&c, &clock, socket] {
                if (socket->readAll().contains("bouncedesk_sns_received_total")) {
                    c.lastActivity = clock.elapsed();
                    c.ready = true;
                }
            });
            connect(socket, &QTcpSocket::disconnected, &owner, [&c, &clock] { c.closedAt = clock.elapsed(); });
            socket->connectToHost(QHostAddress::LocalHost, h.listener()->port());
        }
    }
    auto openOnServer = [&h] { return h.listener()->metrics().snapshot().openConnections; };
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(connections.cbegin(), connections.cend(), [](const Held &c) { return c.ready; }),
                             20000);
    QTRY_COMPARE_WITH_TIMEOUT(openOnServer(), qint64(held), 5000);
    const qint64 heldSince = clock.elapsed();

    // Genuine deliveries while the connections are held: six at a time, as a pool of SNS connections would.
    std::vector<double> latencies;
    QList<int> statuses;
    {
        QNetworkAccessManager network;
        int next = 0;
        std::function<void()> send = [&] {
            if (next >= deliveries)
                return;
            QNetworkRequest request(h.endpoint());
            request.setRawHeader("x-amz-sns-message-type", "Notification");
            request.setRawHeader("Content-Type", "text/plain; charset=UTF-8");
            QElapsedTimer timer;
            timer.start();
            QNetworkReply *reply = network.post(request, bodies.at(next++));
            connect(reply, &QNetworkReply::finished, &network, [&, reply, timer] {
                latencies.push_back(timer.nsecsElapsed() / 1e6);
                statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                reply->deleteLater();
                send();
            });
        };
        for (int i = 0; i < 6; ++i)
            send();
        QTRY_VERIFY_WITH_TIMEOUT(statuses.size() == deliveries, 60000);
    }
    const qint64 deliveredAt = clock.elapsed();
    std::sort(latencies.begin(), latencies.end());
    const auto stillHeld = std::count_if(connections.cbegin(), connections.cend(), [](const Held &c) { return c.closedAt < 0; });
    qInfo("%d deliveries with %d connections held: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%.2f s; %d still held after)",
          deliveries, held, latencies[latencies.size() / 2], latencies[size_t(latencies.size() * 0.99)],
          latencies.back(), (deliveredAt - heldSince) / 1000.0, int(stillHeld));
    QVERIFY2(std::all_of(statuses.cbegin(), statuses.cend(), [](int s) { return s == 200; }),
             qPrintable(QStringLiteral("statuses other than 200: %1").arg(statuses.count() - statuses.count(200))));
    QCOMPARE(h.counts().deliveries, qint64(deliveries));

    // The server closes every held connection itself: the client ends see it, on time.
    const int slackMs = 1500;
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(connections.cbegin(), connections.cend(), [](const Held &c) { return c.closedAt >= 0; }),
                             timeoutSeconds * 1000 + 10000);
    for (const Held &c : connections) {
        const qint64 after = c.closedAt - c.lastActivity;
        QVERIFY2(after >= timeoutSeconds * 1000 - 300 && after <= timeoutSeconds * 1000 + slackMs,
                 qPrintable(QStringLiteral("kind %1 closed %2 ms after its last activity").arg(int(c.kind)).arg(after)));
    }
    const Model::ListenerCounts counts = h.listener()->metrics().snapshot();
    QCOMPARE(counts.timeouts.value(QStringLiteral("head")), qint64(perKind[Silent] + perKind[HalfHead]));
    QCOMPARE(counts.timeouts.value(QStringLiteral("body")), qint64(perKind[StalledBody]));
    QVERIFY(counts.timeouts.value(QStringLiteral("idle")) >= perKind[KeepAlive]);
    QTRY_COMPARE(openOnServer(), qint64(0));
    QCOMPARE(h.counts().notifications, qint64(deliveries)); // no stalled request was taken for a message
}

void TestListenerSlowClients::connectionsOverTheCapAreClosedAtOnce()
{
    ListenerHarness h;
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.maxConnections = 20;
    QString error;
    QVERIFY2(h.start(settings, &error), qPrintable(error));
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 20; ++i) {
        held.push_back(rawConnection(h.listener()->port()));
        QVERIFY(held.back());
    }
    QTRY_COMPARE(h.listener()->metrics().snapshot().openConnections, qint64(20));

    // Over the cap: accepted by the kernel, closed by the listener at once (long before any timeout).
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 5; ++i) {
        QTcpSocket extra;
        bool connected = false;
        bool closed = false;
        QByteArray got;
        connect(&extra, &QTcpSocket::connected, &extra, [&] {
            connected = true;
            extra.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        });
        connect(&extra, &QTcpSocket::readyRead, &extra, [&] { got += extra.readAll(); });
        connect(&extra, &QTcpSocket::disconnected, &extra, [&] { closed = true; });
        extra.connectToHost(QHostAddress::LocalHost, h.listener()->port());
        QTRY_VERIFY_WITH_TIMEOUT(closed || extra.state() == QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(connected); // the kernel accepted it; the listener closed it unanswered
        QCOMPARE(got, QByteArray());
    }
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(h.listener()->metrics().snapshot().connectionsRefused, qint64(5));
    const HttpResponse refused = h.post(h.sign(ListenerHarness::notification(QStringLiteral("while full"))));
    QCOMPARE(refused.status, 0);
    QVERIFY(httpGet(h.endpoint(QStringLiteral("/metrics"))).body.isEmpty());

    // A freed slot serves again, and the refusals show in /metrics.
    held.pop_back();
    QTRY_COMPARE(h.listener()->metrics().snapshot().openConnections, qint64(19));
    QCOMPARE(h.post(h.sign(ListenerHarness::notification(QStringLiteral("after")))).status, 200);
    QCOMPARE(h.counts().notifications, 1);
    QTRY_COMPARE(h.listener()->metrics().snapshot().openConnections, qint64(19));
    const HttpResponse metrics = httpGet(h.endpoint(QStringLiteral("/metrics")));
    // 5 raw connections, and the refused POST and GET (more if the HTTP client retried).
    const QRegularExpression refusedLine(QStringLiteral("\nbouncedesk_http_connections_refused_total (\\d+)\n"));
    const QRegularExpressionMatch match = refusedLine.match(QString::fromUtf8(metrics.body));
    QVERIFY2(match.hasMatch(), metrics.body.constData());
    QVERIFY2(match.captured(1).toInt() >= 7, metrics.body.constData());
}

void TestListenerSlowClients::unauthenticatedPostIsAnsweredOnItsHead()
{
    ListenerHarness h;
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.basicAuthUser = QStringLiteral("sns");
    settings.basicAuthPassword = QStringLiteral("s3cret");
    settings.bodyTimeoutSeconds = 2;
    QString error;
    QVERIFY2(h.start(settings, &error), qPrintable(error));
    const QByteArray head = "POST /sns HTTP/1.1\r\nHost: 127.0.0.1\r\nx-amz-sns-message-type: Notification\r\n"
                            "Content-Length: 200000\r\n";

    // No body sent at all: the answer can only come from the head.
    const QList<QByteArray> wrongAuth{QByteArray(),
                                      QByteArray("Authorization: Basic " + QByteArray("sns:wrong").toBase64() + "\r\n")};
    for (const QByteArray &auth : wrongAuth) {
        auto socket = rawConnection(h.listener()->port());
        QVERIFY(socket);
        socket->write(head + auth + "\r\n");
        QElapsedTimer timer;
        timer.start();
        QByteArray answer;
        while (!answer.contains("unauthorised") && timer.elapsed() < 5000) {
            QTest::qWait(10);
            answer += socket->readAll();
        }
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed()))); // not the body timeout
        QVERIFY2(answer.startsWith("HTTP/1.1 401 "), answer.constData());
        QVERIFY(answer.contains("WWW-Authenticate: Basic"));
        QVERIFY(answer.contains("Connection: close"));
        // The body it announced is not awaited: the connection is closed after a short drain.
        readUntilClosed(*socket, 5000);
        QVERIFY2(timer.elapsed() < 3500, qPrintable(QString::number(timer.elapsed())));
    }
    QCOMPARE(h.listener()->metrics().snapshot().rejected.value(QStringLiteral("auth")), 2);

    // With the right credentials the same head waits for its body, and the stall is closed without an answer.
    auto socket = rawConnection(h.listener()->port());
    QVERIFY(socket);
    socket->write(head + "Authorization: Basic " + QByteArray("sns:s3cret").toBase64() + "\r\n\r\n" + QByteArray(1000, ' '));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(readUntilClosed(*socket, 6000), QByteArray());
    QVERIFY2(timer.elapsed() >= 1700, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(h.listener()->metrics().snapshot().timeouts.value(QStringLiteral("body")), 1);
    QCOMPARE(h.counts().notifications, 0);
}

void TestListenerSlowClients::bodiesWithoutOneContentLengthAreRefused()
{
    ListenerHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    const QByteArray body = h.sign(ListenerHarness::notification(QStringLiteral("chunked")));
    const QByteArray heads[] = {
        "POST /sns HTTP/1.1\r\nHost: 127.0.0.1\r\nx-amz-sns-message-type: Notification\r\nTransfer-Encoding: chunked\r\n\r\n"
            + QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n",
        "POST /sns HTTP/1.1\r\nHost: 127.0.0.1\r\nx-amz-sns-message-type: Notification\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nContent-Length: 5\r\n\r\n" + body,
    };
    for (const QByteArray &request : heads) {
        auto socket = rawConnection(h.listener()->port());
        QVERIFY(socket);
        socket->write(request);
        const QByteArray answer = readUntilClosed(*socket, 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 411 "), answer.constData());
    }
    QCOMPARE(h.counts().notifications, 0);
    QCOMPARE(h.listener()->metrics().snapshot().rejected.value(QStringLiteral("length-required")), 2);
    QCOMPARE(h.post(body).status, 200);
}

void TestListenerSlowClients::oversizedHeadIsRefused()
{
    ListenerHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    auto socket = rawConnection(h.listener()->port());
    QVERIFY(socket);
    socket->write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    for (int i = 0; i < 100; ++i)
        socket->write("X-Padding-" + QByteArray::number(i) + ": " + QByteArray(200, 'p') + "\r\n");
    const QByteArray answer = readUntilClosed(*socket, 5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 431 "), answer.constData());
    QCOMPARE(httpGet(h.endpoint(QStringLiteral("/healthz"))).status, 200);
}

QTEST_GUILESS_MAIN(TestListenerSlowClients)
#include "tst_listener_slow_clients.moc"
