// bench_ingest: verified SNS notifications per second into a real `bouncedesk-cli listen` process.
//
// Pre-signs N messages with a test CA (SignatureVersion 1 and 2 alternating; deliveries, transient and
// permanent bounces and complaints, one recipient each and every seventh with three), starts the
// listener as a separate process on a fresh database, then drives it with C keep-alive connections over
// loopback (one request in flight per connection, as SNS does). The clock runs from the first request to
// the last 200; every reply is checked, each request's time to its reply is kept for the percentiles,
// and `stats --json` must count N messages. --trivial drives a server on the same HTTP stack (QHttpServer
// behind the listener's GuardedTcpServer) that answers 200 at once: the HTTP ceiling.
// The last line of output is one JSON object with the figures (bench/ingest/run-table.sh reads it).
#include "SesMessages.h"
#include "TestCa.h"
#include "listener/GuardedTcpServer.h"

#include <QAbstractHttpServer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <unistd.h>

using namespace Bouncedesk::Test;

namespace {
const QString kTopic = QStringLiteral("arn:aws:sns:us-east-1:123456789012:bench");
const QString kCertUrl = QStringLiteral("https://sns.us-east-1.amazonaws.com/SimpleNotificationService-bench.pem");

struct Connection {
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    qint64 sentAtNs = 0;
};

// The HTTP ceiling: every request answered 200 at once, through the same socket layer as the listener.
class TrivialServer final : public QAbstractHttpServer {
public:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        makeResponder(request, socket).write(QByteArrayLiteral("{\"status\": \"ok\"}\n"), "application/json");
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }
};

int serveTrivial()
{
    TrivialServer server;
    auto *tcp = new Bouncedesk::Model::GuardedTcpServer(Bouncedesk::Model::ConnectionLimits{}, &server);
    if (!tcp->listen(QHostAddress::LocalHost, 0))
        return 1;
    server.bind(tcp);
    std::printf("listening on http://127.0.0.1:%u/sns (trivial)\n", tcp->serverPort());
    std::fflush(stdout);
    return QCoreApplication::exec();
}

// Peak resident memory of a process (VmHWM), in KiB; 0 if unknown.
qint64 peakRssKib(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// CPU time (user + system) a process has used so far, in seconds; 0 if unknown. Unlike the wall clock,
// it hardly depends on what else runs on the machine, so runs under load stay comparable.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// Busy CPU time of the whole machine so far (all cores, seconds): what ran besides the server and the
// load generator during a run shows whether the figure was taken on a quiet machine.
double machineBusySeconds()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> f = stat.readLine().simplified().split(' '); // cpu user nice system idle iowait ...
    qint64 busy = 0;
    for (qsizetype i = 1; i < f.size(); ++i)
        if (i != 4 && i != 5 && i < 9) // not idle, not iowait; guest time is already in user
            busy += f[i].toLongLong();
    return double(busy) / double(sysconf(_SC_CLK_TCK));
}

double percentile(const std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t at = std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5));
    return double(sorted[at]) / 1e6;
}

// bouncesOnly: a list going bad, every notification a bounce (one in four permanent).
QString messageFor(int i, bool bouncesOnly)
{
    QStringList to{QStringLiteral("user%1@example.org").arg(i % 5000)};
    if (i % 7 == 3) // one notification for several recipients
        to << QStringLiteral("user%1@example.net").arg((i * 7) % 5000) << QStringLiteral("user%1@example.com").arg((i * 13) % 5000);
    if (bouncesOnly)
        return i % 4 == 0 ? Ses::bounce(to, QStringLiteral("Permanent"), QStringLiteral("General"))
                          : Ses::bounce(to, QStringLiteral("Transient"), QStringLiteral("MailboxFull"));
    if (i % 50 == 0)
        return Ses::complaint(to);
    if (i % 20 == 1)
        return Ses::bounce(to, QStringLiteral("Permanent"), QStringLiteral("General"));
    if (i % 12 == 2)
        return Ses::bounce(to, QStringLiteral("Transient"), QStringLiteral("MailboxFull"));
    return Ses::delivery(to);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("messages"), QStringLiteral("Messages to send."), QStringLiteral("n"), QStringLiteral("20000")},
                       {QStringLiteral("connections"), QStringLiteral("Concurrent connections."), QStringLiteral("n"), QStringLiteral("64")},
                       {QStringLiteral("database"), QStringLiteral("Database URL (default: a new SQLite file)."), QStringLiteral("url")},
                       {QStringLiteral("cli"), QStringLiteral("Path of bouncedesk-cli."), QStringLiteral("path")},
                       {QStringLiteral("label"), QStringLiteral("Name of the case in the JSON line."), QStringLiteral("text")},
                       {QStringLiteral("trivial"), QStringLiteral("Drive a server that answers 200 at once (the HTTP ceiling).")},
                       {QStringLiteral("bounces-only"), QStringLiteral("Every notification a bounce (a list going bad), not the usual mix.")},
                       {QStringLiteral("serve-trivial"), QStringLiteral("Be that server (used by --trivial).")}});
    parser.process(app);
    if (parser.isSet(QStringLiteral("serve-trivial")))
        return serveTrivial();
    const int total = parser.value(QStringLiteral("messages")).toInt();
    const int connections = parser.value(QStringLiteral("connections")).toInt();
    const bool trivial = parser.isSet(QStringLiteral("trivial"));
    const bool bouncesOnly = parser.isSet(QStringLiteral("bounces-only"));
    QString cli = parser.value(QStringLiteral("cli"));
    if (cli.isEmpty())
        cli = QCoreApplication::applicationDirPath() + QStringLiteral("/../../bin/bouncedesk-cli");

    QTemporaryDir dir;
    const QString database = parser.isSet(QStringLiteral("database"))
        ? parser.value(QStringLiteral("database"))
        : QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("bench.db"));
    const QString label = parser.isSet(QStringLiteral("label")) ? parser.value(QStringLiteral("label"))
        : trivial ? QStringLiteral("trivial")
        : database.startsWith(u"postgresql") ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    TestCa ca;
    const TestCa::Leaf leaf = ca.issue();
    const QString pin = ca.writeFile(QStringLiteral("pin.pem"), leaf.certPem);

    std::fprintf(stderr, "signing %d messages...\n", total);
    QList<QByteArray> requests;
    requests.reserve(total);
    int recipients = 0;
    for (int i = 0; i < total; ++i) {
        const QString message = messageFor(i, bouncesOnly);
        recipients += i % 7 == 3 ? 3 : 1;
        const QJsonObject fields{{QStringLiteral("Type"), QStringLiteral("Notification")},
                                 {QStringLiteral("MessageId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("TopicArn"), kTopic},
                                 {QStringLiteral("Message"), message},
                                 {QStringLiteral("Timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
        const QString version = i % 2 ? QStringLiteral("1") : QStringLiteral("2");
        const QByteArray body = signedEnvelope(fields, leaf.keyPem, version, kCertUrl);
        requests << "POST /sns HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                    "x-amz-sns-message-type: Notification\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    QProcess listener;
    listener.setProcessChannelMode(QProcess::SeparateChannels);
    if (trivial)
        listener.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--serve-trivial")});
    else
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
    std::fprintf(stderr, "%s on port %u; sending over %d connections\n", trivial ? "trivial server" : "listener", port,
                 connections);

    const double listenerCpuBefore = cpuSeconds(listener.processId());
    const double ownCpuBefore = cpuSeconds(QCoreApplication::applicationPid());
    const double machineBefore = machineBusySeconds();
    int next = 0, done = 0, failures = 0;
    QElapsedTimer timer;
    std::vector<qint64> latencies;
    latencies.reserve(size_t(total));
    QList<Connection> pool(connections);
    auto sendNext = [&](Connection &c) {
        if (next < total) {
            c.sentAtNs = timer.nsecsElapsed();
            c.socket->write(requests[next++]);
        }
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
                latencies.push_back(timer.nsecsElapsed() - conn.sentAtNs);
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
    const qint64 rssKib = peakRssKib(listener.processId());
    const double listenerCpu = cpuSeconds(listener.processId()) - listenerCpuBefore;
    const double ownCpu = cpuSeconds(QCoreApplication::applicationPid()) - ownCpuBefore;
    // Cores kept busy by everything else (a PostgreSQL server counts here) while the clock ran.
    const double otherCores = std::max(0.0, machineBusySeconds() - machineBefore - listenerCpu - ownCpu) / seconds;

    listener.terminate();
    listener.waitForFinished(30000);
    qint64 stored = total;
    if (!trivial) {
        QProcess stats;
        stats.start(cli, {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--database"), database});
        stats.waitForFinished(60000);
        const QJsonObject counts = QJsonDocument::fromJson(stats.readAllStandardOutput()).object();
        stored = counts.value(QStringLiteral("notifications")).toInteger();
    }
    std::sort(latencies.begin(), latencies.end());
    const QJsonObject figures{{QStringLiteral("case"), label},
                              {QStringLiteral("messages"), total},
                              {QStringLiteral("recipients"), recipients},
                              {QStringLiteral("connections"), connections},
                              {QStringLiteral("failures"), failures},
                              {QStringLiteral("stored"), stored},
                              {QStringLiteral("seconds"), seconds},
                              {QStringLiteral("per_second"), total / seconds},
                              {QStringLiteral("p50_ms"), percentile(latencies, 0.50)},
                              {QStringLiteral("p99_ms"), percentile(latencies, 0.99)},
                              {QStringLiteral("max_ms"), latencies.empty() ? 0.0 : double(latencies.back()) / 1e6},
                              {QStringLiteral("peak_rss_mib"), double(rssKib) / 1024.0},
                              {QStringLiteral("server_cpu_us"), listenerCpu * 1e6 / total},
                              {QStringLiteral("generator_cpu_us"), ownCpu * 1e6 / total},
                              {QStringLiteral("other_cores"), otherCores}};
    std::printf("messages %d, connections %d, failures %d, stored %lld, %.2f s, %.0f %s/s, p50 %.1f ms, p99 %.1f ms, "
                "max %.1f ms, peak RSS %.1f MiB, CPU per message: server %.0f us, load generator %.0f us; other work %.2f cores\n",
                total, connections, failures, static_cast<long long>(stored), seconds, total / seconds,
                trivial ? "requests" : "verified notifications", percentile(latencies, 0.5),
                percentile(latencies, 0.99), latencies.empty() ? 0.0 : double(latencies.back()) / 1e6,
                double(rssKib) / 1024.0, listenerCpu * 1e6 / total, ownCpu * 1e6 / total, otherCores);
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return failures == 0 && stored == total ? 0 : 1;
}
