// A listener under test, over real HTTP on loopback.
#include "ListenerHarness.h"

#include "DbProbe.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QUuid>

namespace Bouncedesk::Test {

ListenerHarness::ListenerHarness() : m_leaf(m_ca.issue()) { }

ListenerHarness::~ListenerHarness()
{
    m_listener.reset();
}

Model::ListenerSettings ListenerHarness::defaultSettings()
{
    Model::ListenerSettings settings;
    settings.port = 0;
    settings.useSystemTrustStore = false;
    settings.topicAllowlist << topicArn; // the operator's own topic; tests of untrusted topics clear it
    return settings;
}

bool ListenerHarness::start(Model::ListenerSettings settings, QString *error, bool pin)
{
    m_db = TempDatabase::create(error);
    if (!m_db)
        return false;
    if (pin)
        settings.pinnedCertificates.insert(certUrl, m_ca.writeFile(QStringLiteral("pinned.pem"), m_leaf.certPem));
    return startOn(m_db->url(), settings, error);
}

bool ListenerHarness::restart(Model::ListenerSettings settings, QString *error)
{
    m_listener.reset();
    return startOn(m_url, settings, error);
}

bool ListenerHarness::startOn(const Model::DatabaseUrl &url, Model::ListenerSettings settings, QString *error)
{
    m_url = url;
    settings.extraCaFiles << m_ca.caFile();
    m_listener = std::make_unique<Model::Listener>(m_url, settings);
    auto port = m_listener->start();
    if (!port) {
        *error = port.errorText();
        return false;
    }
    return true;
}

QUrl ListenerHarness::endpoint(const QString &path) const
{
    QUrl url;
    url.setScheme(m_listener->settings().tlsCertFile.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_listener->port());
    url.setPath(path);
    return url;
}

QJsonObject ListenerHarness::notification(const QString &message, const QString &messageId)
{
    return {
        {QStringLiteral("Type"), QStringLiteral("Notification")},
        {QStringLiteral("MessageId"), messageId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : messageId},
        {QStringLiteral("TopicArn"), topicArn},
        {QStringLiteral("Message"), message},
        {QStringLiteral("Timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
}

QJsonObject ListenerHarness::confirmation(const QString &type, const QString &messageId)
{
    const QString token = QStringLiteral("2336412f37fb687f5d51e6e241d164b05333037a74406d8dba969d354ea74d83");
    return {
        {QStringLiteral("Type"), type},
        {QStringLiteral("MessageId"), messageId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : messageId},
        {QStringLiteral("TopicArn"), topicArn},
        {QStringLiteral("Token"), token},
        {QStringLiteral("Message"), QStringLiteral("You have chosen to subscribe to the topic %1.").arg(topicArn)},
        {QStringLiteral("SubscribeURL"),
         QStringLiteral("https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=%1&Token=%2")
             .arg(topicArn, token)},
        {QStringLiteral("Timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
}

QByteArray ListenerHarness::sign(const QJsonObject &fields, const QString &version, const QString &url,
                                 const QByteArray &keyPem) const
{
    return signedEnvelope(fields, keyPem.isEmpty() ? m_leaf.keyPem : keyPem, version, url.isEmpty() ? certUrl : url);
}

HttpResponse ListenerHarness::post(const QByteArray &body, const QByteArray &type, Headers extra) const
{
    Headers headers{{"x-amz-sns-message-type", type},
                    {"User-Agent", "Amazon Simple Notification Service Agent"}};
    headers += extra;
    return httpPost(endpoint(), body, headers);
}

Model::Counts ListenerHarness::counts() const
{
    // Twice: after a database restart the first use of this thread's old connection fails and resets it.
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto db = Model::Database::connection(m_url);
        if (!db)
            continue;
        if (auto counts = Model::Stats::counts(*db))
            return *counts;
    }
    return {};
}

qint64 ListenerHarness::scalar(const QString &sql, std::initializer_list<QVariant> values) const
{
    auto db = Model::Database::connection(m_url);
    return db ? Test::scalar(*db, sql, values) : -1;
}

} // namespace Bouncedesk::Test
