// Test traffic: pick an outcome, build its SES event, wrap it in a signed SNS Notification, POST it.
#include "listener/TestTraffic.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

namespace Bouncedesk::Model {

using Ses::SimulatedOutcome;

int TrafficReport::answered() const
{
    int n = 0;
    for (int count : answers)
        n += count;
    return n;
}

bool TrafficReport::allAccepted() const
{
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        if (!it.key().startsWith(u'2'))
            return false;
    return true;
}

QString TrafficReport::outcomeText() const
{
    QStringList parts;
    for (const QString &name : Ses::kSimulatedOutcomeText.all())
        if (outcomes.value(name))
            parts << QStringLiteral("%1 %2").arg(name).arg(outcomes.value(name));
    return parts.join(QStringLiteral(", "));
}

QString TrafficReport::answerText() const
{
    QStringList parts;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        parts << QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

TestTraffic::TestTraffic(Sns::SimulatorKey key, TrafficPlan plan, QObject *parent)
    : QObject(parent),
      m_key(std::move(key)),
      m_plan(std::move(plan)),
      m_random(m_plan.seed ? m_plan.seed : QRandomGenerator::global()->generate()),
      m_network(new QNetworkAccessManager(this)),
      m_pace(new QTimer(this))
{
    connect(m_pace, &QTimer::timeout, this, &TestTraffic::postNext);
}

TestTraffic::~TestTraffic() = default;

void TestTraffic::start()
{
    m_report = {};
    m_running = true;
    m_cancelled = false;
    m_clock.start();
    if (m_plan.perSecond > 0) {
        m_pace->start(qMax(1, int(1000 / m_plan.perSecond)));
        postNext();
    } else {
        for (int i = 0; i < MaxInFlight; ++i)
            postNext();
    }
    finishIfDone();
}

void TestTraffic::cancel()
{
    m_cancelled = true;
    m_pace->stop();
    finishIfDone();
}

void TestTraffic::postNext()
{
    if (m_cancelled || m_report.posted >= m_plan.count) {
        m_pace->stop();
        finishIfDone();
        return;
    }
    static const QStringList sources {QStringLiteral("news@shop.example"), QStringLiteral("receipts@shop.example"),
        QStringLiteral("alerts@status.example")};
    static const QStringList campaigns {QStringLiteral("weekly-digest"), QStringLiteral("winter-sale"), QString()};
    // Every outcome of the mix once first, when the plan is big enough, so a short run is sure to show
    // each kind (200 events at 2% complaints have none about one time in fifty); random after that.
    const auto &weights = m_plan.mix.weights;
    const bool coverFirst = m_plan.count >= weights.size() && m_report.posted < weights.size()
        && weights[m_report.posted].second > 0;
    const SimulatedOutcome outcome = coverFirst ? weights[m_report.posted].first : m_plan.mix.pick(m_random);
    Ses::SimulatedMail mail;
    mail.to = Ses::simulatorAddress(outcome, m_random.bounded(1000u));
    mail.source = sources[int(m_random.bounded(quint32(sources.size())))];
    mail.at = QDateTime::currentDateTimeUtc();
    const bool marketing = mail.source.startsWith(u"news@");
    mail.configurationSet = marketing ? QStringLiteral("marketing") : QStringLiteral("transactional");
    mail.campaign = marketing ? campaigns[int(m_random.bounded(quint32(campaigns.size())))] : QString();
    const QString messageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString version = m_random.bounded(2u) ? QStringLiteral("2") : QStringLiteral("1");
    auto body = m_key.notification(messageId, Ses::simulatedEvent(outcome, mail), mail.at, version);
    ++m_report.posted;
    ++m_report.outcomes[Ses::kSimulatedOutcomeText.text(outcome)];
    if (!body) {
        ++m_report.answers[QStringLiteral("not sent: ") + body.errorText()];
        emit progress(m_report.answered(), m_plan.count);
        if (m_plan.perSecond <= 0)
            QMetaObject::invokeMethod(this, &TestTraffic::postNext, Qt::QueuedConnection);
        return;
    }
    QUrl target = m_plan.target;
    QNetworkRequest request;
    if (!target.userName().isEmpty()) {
        const QByteArray credentials = (target.userName() + u':' + target.password()).toUtf8();
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
        target.setUserInfo(QString());
    }
    request.setUrl(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain; charset=UTF-8"));
    request.setRawHeader("x-amz-sns-message-type", "Notification");
    request.setRawHeader("x-amz-sns-message-id", messageId.toLatin1());
    request.setRawHeader("x-amz-sns-topic-arn", QByteArray(Sns::SimulatorTopicArn.data(), Sns::SimulatorTopicArn.size()));
    request.setTransferTimeout(15000); // what SNS gives a delivery
    QNetworkReply *reply = m_network->post(request, *body);
    ++m_inFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { answered(reply); });
}

void TestTraffic::answered(QNetworkReply *reply)
{
    reply->deleteLater();
    --m_inFlight;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        ++m_report.answers[QStringLiteral("network: ") + reply->errorString()];
    } else {
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const QString word = answer.value(QStringLiteral("status")).toString();
        const QString reason = answer.value(QStringLiteral("reason")).toString();
        QString key = QString::number(status);
        if (!word.isEmpty())
            key += u' ' + word;
        else if (!reason.isEmpty())
            key += u' ' + reason + QStringLiteral(": ") + answer.value(QStringLiteral("error")).toString();
        ++m_report.answers[key];
        if (status == 200 && word == u"stored")
            ++m_report.stored;
    }
    emit progress(m_report.answered(), m_plan.count);
    if (m_plan.perSecond <= 0)
        postNext();
    finishIfDone();
}

void TestTraffic::finishIfDone()
{
    if (!m_running || m_inFlight > 0 || (!m_cancelled && m_report.posted < m_plan.count))
        return;
    m_running = false;
    m_pace->stop();
    m_report.seconds = m_clock.nsecsElapsed() / 1e9;
    emit finished(m_report);
}

} // namespace Bouncedesk::Model
