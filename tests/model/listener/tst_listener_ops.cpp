// /healthz and /metrics for operators: cheap figures only, and optionally behind the API token or on
// an address of their own.
#include "ListenerHarness.h"
#include "SesMessages.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Test;

class TestListenerOps final : public QObject {
    Q_OBJECT

private slots:
    void healthReportsWriterAndTheLastDayOnly();
    void concurrentHealthChecksAreAllAnswered();
    void opsEndpointsCanRequireTheToken();
    void opsTokenWithoutTokenIsAConfigurationError();
    void opsEndpointsCanLiveOnTheirOwnAddress();
    void metricsExportRatesTheWaySesCountsThem();
    void metricsRateLabelsAreEscaped();
};

namespace {
QStringList recipients(int n, const QString &prefix)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << prefix + QString::number(i) + QStringLiteral("@dest.example");
    return out;
}

// The value of the sample `series` (name and labels exactly as exposed), or "absent".
QByteArray sample(const QByteArray &body, const QByteArray &series)
{
    for (const QByteArray &line : body.split('\n')) {
        if (line.startsWith(QByteArray(series + ' ')))
            return line.mid(series.size() + 1);
    }
    return "absent";
}
} // namespace

void TestListenerOps::healthReportsWriterAndTheLastDayOnly()
{
    ListenerHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    const QStringList to{QStringLiteral("a@b.example")};
    QCOMPARE(h.post(h.sign(ListenerHarness::notification(Ses::delivery(to)))).status, 200);
    // An event from three days ago (delivered late, signed now): stored, but not part of the last 24 hours.
    const QString old = Ses::sentAt(Ses::delivery(to), QStringLiteral("s@b.example"),
                                    QDateTime::currentDateTimeUtc().addDays(-3));
    QCOMPARE(h.post(h.sign(ListenerHarness::notification(old))).status, 200);
    QCOMPARE(h.counts().deliveries, 2);

    const HttpResponse health = httpGet(h.endpoint(QStringLiteral("/healthz")));
    QCOMPARE(health.status, 200);
    const QJsonObject json = QJsonDocument::fromJson(health.body).object();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(json.value(QStringLiteral("database")).toBool(), true);
    const QJsonObject writer = json.value(QStringLiteral("writer")).toObject();
    QCOMPARE(writer.value(QStringLiteral("running")).toBool(), true);
    QCOMPARE(writer.value(QStringLiteral("queue")).toInteger(-1), 0);
    const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("window_hours")).toInt(), 24);
    QCOMPARE(counts.value(QStringLiteral("deliveries")).toInteger(-1), 1); // the hourly counters, not COUNT(*)
    QCOMPARE(json.value(QStringLiteral("stored")).toInteger(-1), 2);
    QVERIFY(counts.value(QStringLiteral("last_message_id")).toInteger() > 0);
}

void TestListenerOps::concurrentHealthChecksAreAllAnswered()
{
    ListenerHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    QNetworkAccessManager network;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 40; ++i)
        replies << network.get(QNetworkRequest(h.endpoint(QStringLiteral("/healthz"))));
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }),
                             20000);
    for (QNetworkReply *reply : replies) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("database")).toBool(), true);
    }
    qDeleteAll(replies);
}

void TestListenerOps::opsEndpointsCanRequireTheToken()
{
    ListenerHarness h;
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.suppressionApiToken = QStringLiteral("ops-token-1");
    settings.opsTokenRequired = true;
    QString error;
    QVERIFY2(h.start(settings, &error), qPrintable(error));
    for (const QString &path : {QStringLiteral("/healthz"), QStringLiteral("/metrics")}) {
        const QUrl url = h.endpoint(path);
        QCOMPARE(httpGet(url).status, 401);
        QCOMPARE(httpGet(url, {{"Authorization", "Bearer ops-token-2"}}).status, 401);
        QCOMPARE(httpGet(url, {{"Authorization", "Basic " + QByteArray("x:ops-token-1").toBase64()}}).status, 401);
        const HttpResponse ok = httpGet(url, {{"Authorization", "Bearer ops-token-1"}});
        QCOMPARE(ok.status, 200);
        QVERIFY(!ok.body.isEmpty());
    }
    // SNS itself is not asked for the token.
    QCOMPARE(h.post(h.sign(ListenerHarness::notification(QStringLiteral("hi")))).status, 200);
}

void TestListenerOps::opsTokenWithoutTokenIsAConfigurationError()
{
    ListenerHarness h;
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.opsTokenRequired = true;
    QString error;
    QVERIFY(!h.start(settings, &error));
    QVERIFY2(error.contains(u"token"), qPrintable(error));
}

void TestListenerOps::opsEndpointsCanLiveOnTheirOwnAddress()
{
    ListenerHarness h;
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.opsPort = 0;
    QString error;
    QVERIFY2(h.start(settings, &error), qPrintable(error));
    const quint16 opsPort = h.listener()->opsPort();
    QVERIFY(opsPort != 0 && opsPort != h.listener()->port());
    auto onOps = [opsPort](const QString &path) {
        QUrl url(QStringLiteral("http://127.0.0.1") + path);
        url.setPort(opsPort);
        return url;
    };
    // The webhook address no longer answers them; the ops address answers only them.
    QCOMPARE(httpGet(h.endpoint(QStringLiteral("/healthz"))).status, 404);
    QCOMPARE(httpGet(h.endpoint(QStringLiteral("/metrics"))).status, 404);
    QCOMPARE(httpGet(onOps(QStringLiteral("/healthz"))).status, 200);
    const HttpResponse metrics = httpGet(onOps(QStringLiteral("/metrics")));
    QCOMPARE(metrics.status, 200);
    QVERIFY(metrics.body.contains("bouncedesk_sns_received_total 0\n"));
    const QByteArray body = h.sign(ListenerHarness::notification(QStringLiteral("hi")));
    QCOMPARE(httpPost(onOps(QStringLiteral("/sns")), body, {{"x-amz-sns-message-type", "Notification"}}).status, 404);
    QCOMPARE(h.counts().notifications, 0);
    QCOMPARE(h.post(body).status, 200);
    QVERIFY(httpGet(onOps(QStringLiteral("/metrics"))).body.contains("bouncedesk_sns_stored_total 1\n"));
}

void TestListenerOps::metricsExportRatesTheWaySesCountsThem()
{
    ListenerHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    const QString news = QStringLiteral("news@shop.example");
    const QString promo = QStringLiteral("promo@shop.example");
    const QString old = QStringLiteral("old@shop.example");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime threeDaysAgo = now.addDays(-3);
    auto post = [&h](const QString &message) { return h.post(h.sign(ListenerHarness::notification(message))).status; };

    // Last 24 hours: news 40 sends, 2 hard bounces; promo 10 sends, 1 complaint.
    QCOMPARE(post(Ses::sentAt(Ses::event(QStringLiteral("Send"), recipients(40, QStringLiteral("n"))), news, now)), 200);
    QCOMPARE(post(Ses::sentAt(Ses::event(QStringLiteral("Send"), recipients(10, QStringLiteral("p"))), promo, now)), 200);
    QCOMPARE(post(Ses::sentAt(Ses::bounce(recipients(2, QStringLiteral("n")), QStringLiteral("Permanent"),
                                          QStringLiteral("General"), true),
                              news, now)),
             200);
    QCOMPARE(post(Ses::sentAt(Ses::complaint({QStringLiteral("p0@dest.example")}, QStringLiteral("abuse"), true), promo,
                              now)),
             200);
    // Three days ago: old 50 sends, 1 hard bounce (in the 7 days, not in the 24 hours).
    QCOMPARE(post(Ses::sentAt(Ses::event(QStringLiteral("Send"), recipients(50, QStringLiteral("o"))), old,
                              threeDaysAgo)),
             200);
    QCOMPARE(post(Ses::sentAt(Ses::bounce({QStringLiteral("o0@dest.example")}, QStringLiteral("Permanent"),
                                          QStringLiteral("NoEmail"), true),
                              old, threeDaysAgo)),
             200);

    HttpResponse metrics = httpGet(h.endpoint(QStringLiteral("/metrics")));
    QCOMPARE(metrics.status, 200);
    QByteArray body = metrics.body;
    QVERIFY(body.contains("# TYPE bouncedesk_bounce_rate gauge\n"));
    QVERIFY(body.contains("# TYPE bouncedesk_complaint_rate gauge\n"));
    QVERIFY(body.contains("# TYPE bouncedesk_rate_denominator gauge\n"));
    QCOMPARE(sample(body, "bouncedesk_rates_available"), QByteArray("1"));
    QCOMPARE(sample(body, "bouncedesk_bounce_rate{window=\"24h\"}"), QByteArray("0.04")); // 2 of 50 sends
    QCOMPARE(sample(body, "bouncedesk_complaint_rate{window=\"24h\"}"), QByteArray("0.02")); // 1 of 50
    QCOMPARE(sample(body, "bouncedesk_rate_denominator{window=\"24h\"}"), QByteArray("50"));
    QCOMPARE(sample(body, "bouncedesk_bounce_rate{window=\"7d\"}"), QByteArray("0.03")); // 3 of 100
    QCOMPARE(sample(body, "bouncedesk_complaint_rate{window=\"7d\"}"), QByteArray("0.01"));
    QCOMPARE(sample(body, "bouncedesk_rate_denominator{window=\"7d\"}"), QByteArray("100"));
    QCOMPARE(sample(body, "bouncedesk_bounce_rate{window=\"24h\",identity=\"news@shop.example\"}"), QByteArray("0.05"));
    QCOMPARE(sample(body, "bouncedesk_rate_denominator{window=\"24h\",identity=\"news@shop.example\"}"), QByteArray("40"));
    QCOMPARE(sample(body, "bouncedesk_bounce_rate{window=\"24h\",identity=\"promo@shop.example\"}"), QByteArray("0"));
    QCOMPARE(sample(body, "bouncedesk_complaint_rate{window=\"24h\",identity=\"promo@shop.example\"}"), QByteArray("0.1"));
    // An identity with no mail in a window has no figure for it.
    QCOMPARE(sample(body, "bouncedesk_bounce_rate{window=\"24h\",identity=\"old@shop.example\"}"), QByteArray("absent"));
    QCOMPARE(sample(body, "bouncedesk_bounce_rate{window=\"7d\",identity=\"old@shop.example\"}"), QByteArray("0.02"));

    // Within the cache period a scrape does not read the database again.
    QCOMPARE(post(Ses::sentAt(Ses::bounce({QStringLiteral("n2@dest.example")}, QStringLiteral("Permanent"),
                                          QStringLiteral("General"), true),
                              news, now)),
             200);
    QCOMPARE(sample(httpGet(h.endpoint(QStringLiteral("/metrics"))).body, "bouncedesk_bounce_rate{window=\"24h\"}"),
             QByteArray("0.04"));
    h.listener()->setRateCacheMs(0);
    body = httpGet(h.endpoint(QStringLiteral("/metrics"))).body;
    QCOMPARE(sample(body, "bouncedesk_bounce_rate{window=\"24h\"}"), QByteArray("0.06")); // 3 of 50

    // Soft bounces and bounces to addresses on the account suppression list are not in SES's bounce rate.
    const qint64 bouncesBefore = h.counts().bounces;
    QCOMPARE(post(Ses::sentAt(Ses::bounce({QStringLiteral("n3@dest.example")}, QStringLiteral("Transient"),
                                          QStringLiteral("MailboxFull"), true),
                              news, now)),
             200);
    QCOMPARE(post(Ses::sentAt(Ses::bounce({QStringLiteral("n4@dest.example")}, QStringLiteral("Permanent"),
                                          QStringLiteral("OnAccountSuppressionList"), true),
                              news, now)),
             200);
    QCOMPARE(h.counts().bounces, bouncesBefore + 2);
    body = httpGet(h.endpoint(QStringLiteral("/metrics"))).body;
    QCOMPARE(sample(body, "bouncedesk_bounce_rate{window=\"24h\"}"), QByteArray("0.06"));
    QCOMPARE(sample(body, "bouncedesk_rate_denominator{window=\"24h\"}"), QByteArray("50"));
    QCOMPARE(sample(body, "bouncedesk_bounce_rate{window=\"24h\",identity=\"news@shop.example\"}"), QByteArray("0.075"));
}

void TestListenerOps::metricsRateLabelsAreEscaped()
{
    Model::ListenerMetrics metrics;
    QVERIFY(!metrics.prometheus().contains("bouncedesk_bounce_rate")); // nothing read yet: no rate lines
    metrics.setRates({{QStringLiteral("24h"), QStringLiteral("a\"b\\c\nd@shop.example"), 0, qQNaN(), qQNaN()}}, true);
    const QByteArray body = metrics.prometheus();
    QCOMPARE(sample(body, "bouncedesk_bounce_rate{window=\"24h\",identity=\"a\\\"b\\\\c\\nd@shop.example\"}"), QByteArray("NaN"));
    QCOMPARE(sample(body, "bouncedesk_rate_denominator{window=\"24h\",identity=\"a\\\"b\\\\c\\nd@shop.example\"}"), QByteArray("0"));
    metrics.setRates({}, false);
    QCOMPARE(sample(metrics.prometheus(), "bouncedesk_rates_available"), QByteArray("0"));
}

QTEST_GUILESS_MAIN(TestListenerOps)
#include "tst_listener_ops.moc"
