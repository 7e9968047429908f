// bench_ingest: verified SNS notifications per second into a real `bouncedesk-cli listen` process.
//
// Pre-signs N messages with a test CA (SignatureVersion 2; 90% deliveries, 8% bounces, 2% complaints),
// starts the listener as a separate process on a fresh database, then drives it with C keep-alive
// connections over loopback (one request in flight per connection, as SNS does). The clock runs from
// the first request to the last 200; every reply is checked and `stats --json` must count N messages.
#include "SesMessages.h"
#include "TestCa.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace Bouncedesk::Test;

namespace {
const QString kTopic = QStringLiteral("arn:aws:sns:us-east-1:123456789012:bench");
const QString kCertUrl = QStringLiteral("https://sns.us-east-1.amazonaws.com/SimpleNotificationService-bench.pem");

struct Connection {
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("messages"), QStringLiteral("Messages to send."), QStringLiteral("n"), QStringLiteral("20000")},
                       {QStringLiteral("connections"), QStringLiteral("Concurrent connections."), QStringLiteral("n"), QStringLiteral("64")},
                       {QStringLiteral("database"), QStringLiteral("Database URL (default: a new SQLite file)."), QStringLiteral("url")},
                       {QStringLiteral("cli"), QStringLiteral("Path of bouncedesk-cli."), QStringLiteral("path")}});
    parser.process(app);
    const int total = parser.value(QStringLiteral("messages")).toInt();
    const int connections = parser.value(QStringLiteral("connections")).toInt();
    QString cli = parser.value(QStringLiteral("cli"));
    if (cli.isEmpty())
        cli = QCoreApplication::applicationDirPath() + QStringLiteral("/../../bin/bouncedesk-cli");

    QTemporaryDir dir;
    const QString database = parser.isSet(QStringLiteral("database"))
        ? parser.value(QStringLiteral("database"))
        : QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("bench.db"));
    TestCa ca;
    const TestCa::Leaf leaf = ca.issue();
    const QString pin = ca.writeFile(QStringLiteral("pin.pem"), leaf.certPem);

    std::fprintf(stderr, "signing %d messages...\n", total);
    QList<QByteArray> requests;
    requests.reserve(total);
    for (int i = 0; i < total; ++i) {
        const QString to = QStringLiteral("user%1@example.org").arg(i % 5000);
        const QString message = i % 50 == 0 ? Ses::complaint({to})
            : i % 12 == 0 ? Ses::bounce({to}, QStringLiteral("Transient"), QStringLiteral("MailboxFull"))
                          : Ses::delivery({to});
        const QJsonObject fields{{QStringLiteral("Type"), QStringLiteral("Notification")},
                                 {QStringLiteral("MessageId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("TopicArn"), kTopic},
                                 {QStringLiteral("Message"), message},
                                 {QStringLiteral("Timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
        const QByteArray body = signedEnvelope(fields, leaf.keyPem, QStringLiteral("2"), kCertUrl);
        requests << "POST /sns HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                    "x-amz-sns-message-type: Notification\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    QProcess listener;
    listener.setProcessChannelMode(QProcess::SeparateChannels);
    listener.start(cli, {QStringLiteral("listen"), QStringLiteral("--database"), database, QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--sns-cert"), kCertUrl + u'=' + pin,
                         QStringLiteral("--topic"), kTopic});
    if (!listener.waitForReadyRead(30000)) {
        std::fprintf(stderr, "listener did not start: %s\n", listener.readAllStandardError().constData());
        return 1;
    }
    const QByteArray banner = listener.readLine();
    // "listening on http://127.0.0.1:PORT/sns (database ...)"
    const qsizetype hostEnd = banner.indexOf("127.0.0.1:") + 10;
    const quint16 port = quint16(banner.mid(hostEnd, banner.indexOf('/', hostEnd) - hostEnd).toUInt());
    std::fprintf(stderr, "listener on port %u; sending over %d connections\n", port, connections);

    int next = 0, done = 0, failures = 0;
    QElapsedTimer timer;
    QList<Connection> pool(connections);
    auto sendNext = [&](Connection &c) {
        if (next < total)
            c.socket->write(requests[next++]);
    };
    for (Connection &c : pool) {
        c.socket = new QTcpSocket(&app);
        c.socket->connectToHost(QHostAddress::LocalHost, port);
        if (!c.socket->waitForConnected(5000))
            return 1;
        c.socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }
    timer.start();
    for (Connection &c : pool) {
        QObject::connect(c.socket, &QTcpSocket::readyRead, &app, [&, s = c.socket] {
            Connection &conn = *std::find_if(pool.begin(), pool.end(), [s](const Connection &x) { return x.socket == s; });
            conn.buffer += s->readAll();
            for (;;) {
                const qsizetype headerEnd = conn.buffer.indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                const QByteArray head = conn.buffer.left(headerEnd).toLower();
                const qsizetype at = head.indexOf("content-length:");
                const qsizetype length = at < 0 ? 0 : head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
                if (conn.buffer.size() < headerEnd + 4 + length)
                    return;
                if (!head.startsWith("http/1.1 200"))
                    ++failures;
                conn.buffer.remove(0, headerEnd + 4 + length);
                if (++done == total) {
                    QCoreApplication::quit();
                    return;
                }
                sendNext(conn);
            }
        });
        sendNext(c);
    }
    QCoreApplication::exec();
    const double seconds = timer.nsecsElapsed() / 1e9;

    listener.terminate();
    listener.waitForFinished(30000);
    QProcess stats;
    stats.start(cli, {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--database"), database});
    stats.waitForFinished(60000);
    const QJsonObject counts = QJsonDocument::fromJson(stats.readAllStandardOutput()).object();
    const qint64 stored = counts.value(QStringLiteral("notifications")).toInteger();
    std::printf("messages %d, connections %d, failures %d, stored %lld, %.2f s, %.0f verified notifications/s\n", total,
                connections, failures, static_cast<long long>(stored), seconds, total / seconds);
    return failures == 0 && stored == total ? 0 : 1;
}
