// Burst: many signed SNS notifications sent over keep-alive connections, one request in flight per
// connection as SNS does, with every answer recorded by MessageId.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QTcpSocket;

namespace Bouncedesk::Test {

struct SignedRequest {
    QString messageId;
    QByteArray http; // the whole POST /sns request
};

// count signed Notifications (SignatureVersion 2): by default 90% deliveries, 8% soft bounces, 2% complaints,
// each to one of `addresses` recipients (user<n>@example.org); or message(i) as the SES message. Signed on
// all cores.
QList<SignedRequest> signedNotifications(int count, const QByteArray &keyPem, const QString &topicArn,
                                         const QString &certUrl, int addresses = 1000,
                                         const std::function<QString(int)> &message = {});

struct BurstResult {
    int answered2xx = 0;
    int answered503 = 0;
    int answeredOther = 0;
    int unanswered = 0; // written, but the connection closed (or time ran out) before an answer
    int notSent = 0;    // never written: no connection left
    QStringList acked;  // MessageIds answered 2xx
    qint64 elapsedMs = 0;
    qint64 longest503StretchMs = 0; // from a 503 to the next 2xx (or to the end)
    QString firstProblem;           // the first answer that was not 2xx, or the first connection error
    QString summary() const;
};

class Burst final {
public:
    Burst(quint16 port, QList<SignedRequest> requests, int connections);
    ~Burst();
    Q_DISABLE_COPY_MOVE(Burst)

    // Called after each answer with the number answered so far (e.g. to kill the listener part way).
    void onAnswer(std::function<void(int answered)> callback) { m_onAnswer = std::move(callback); }
    void start();
    bool finished() const;
    // Ends the burst now: requests in flight count as unanswered, the rest as not sent.
    void abort();
    const BurstResult &result() const { return m_result; }

    // Starts every burst, spins the event loop until all finish or timeoutMs passes (then aborts the rest).
    static void runAll(const QList<Burst *> &bursts, int timeoutMs);

private:
    struct Connection {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray buffer;
        int inFlight = -1;
        int reconnects = 0;
        bool dead = false;
    };
    void open(size_t index);
    void sendNext(Connection &c);
    void readAnswers(Connection &c);
    void closed(size_t index, const QString &why, bool refused);
    void answered(Connection &c, int status, const QByteArray &body);

    quint16 m_port;
    QList<SignedRequest> m_requests;
    std::vector<Connection> m_pool;
    int m_next = 0;
    int m_answered = 0;
    qint64 m_stretchStart = -1;
    bool m_aborted = false;
    QElapsedTimer m_clock;
    BurstResult m_result;
    std::function<void(int)> m_onAnswer;
};

} // namespace Bouncedesk::Test
