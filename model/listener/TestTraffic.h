// TestTraffic: posts simulated SES feedback, signed with the simulator's key, to a listener over HTTP.
//
// The console's "Send test traffic" and `bouncedesk-cli simulate --target` both use it, so the whole
// path (verify, store, policy, every view) can be watched without an AWS account. The listener must
// trust the simulator (the console's own does; `listen --trust-simulator` on loopback).
#pragma once

#include "ses/SimulatedFeedback.h"
#include "sns/SimulatorKey.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Bouncedesk::Model {

struct TrafficPlan {
    QUrl target;              // the listener's /sns URL; user info there is sent as basic auth
    int count = 200;          // notifications to post
    double perSecond = 0;     // 0: as fast as the listener answers
    Ses::TrafficMix mix = Ses::TrafficMix::standard();
    quint32 seed = 0;         // 0: a new one each run
};

struct TrafficReport {
    int posted = 0;
    int stored = 0;                  // answered 200 "stored"
    QMap<QString, int> answers;      // "200 stored", "403 topic: ...", "network: ...": how often
    QMap<QString, int> outcomes;     // per simulated outcome name ("bounce", "delivery", ...)
    double seconds = 0;

    int answered() const;
    // Every answer was 2xx.
    bool allAccepted() const;
    // "send 100, delivery 80, ..." in the mix's order of names.
    QString outcomeText() const;
    // "200 stored ×198, 403 topic: ... ×2".
    QString answerText() const;
};

class TestTraffic final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestTraffic)

public:
    TestTraffic(Sns::SimulatorKey key, TrafficPlan plan, QObject *parent = nullptr);
    ~TestTraffic() override;

    void start();
    // Posts no more; what is in flight still counts. finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }
    const TrafficReport &report() const { return m_report; }

    // Requests in flight at most when perSecond is 0 (SNS itself keeps a few connections per endpoint).
    static constexpr int MaxInFlight = 8;

signals:
    void progress(int answered, int count);
    void finished(const Model::TrafficReport &report);

private:
    void postNext();
    void answered(QNetworkReply *reply);
    void finishIfDone();

    Sns::SimulatorKey m_key;
    TrafficPlan m_plan;
    QRandomGenerator m_random;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_pace = nullptr;
    QElapsedTimer m_clock;
    TrafficReport m_report;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace Bouncedesk::Model
