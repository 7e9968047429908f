// Starts and drives the Python AWS stand-in over its unsigned /_standin/* endpoints.
#include "AwsStandIn.h"

#include "HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace Bouncedesk::Test {

AwsStandIn::AwsStandIn() = default;

AwsStandIn::~AwsStandIn()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool AwsStandIn::start()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(QStringLiteral("python3"), {QStringLiteral(BOUNCEDESK_TEST_SUPPORT_DIR "/aws_standin.py")});
    if (!m_process->waitForStarted(10000)) {
        qWarning("cannot start python3 for the AWS stand-in");
        return false;
    }
    while (!m_process->canReadLine()) {
        if (!m_process->waitForReadyRead(15000)) {
            qWarning("the AWS stand-in did not start (is python3-botocore installed?)");
            return false;
        }
    }
    const QByteArray line = m_process->readLine().trimmed();
    m_port = quint16(line.mid(5).toUInt());
    return line.startsWith("port ") && m_port != 0;
}

QUrl AwsStandIn::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QJsonObject AwsStandIn::control(const QString &path, const QJsonObject &body) const
{
    QUrl u = url();
    u.setPath(path);
    const HttpResponse r = httpPost(u, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (r.status != 200)
        qWarning("AWS stand-in control %s: HTTP %d %s", qPrintable(path), r.status, r.body.constData());
    return QJsonDocument::fromJson(r.body).object();
}

QString AwsStandIn::addQueue(const QString &name, const QStringList &bodies, int visibilitySeconds)
{
    return control(QStringLiteral("/_standin/queue"), {{QStringLiteral("name"), name},
                                                       {QStringLiteral("messages"), QJsonArray::fromStringList(bodies)},
                                                       {QStringLiteral("visibility"), visibilitySeconds}})
        .value(QStringLiteral("url"))
        .toString();
}

void AwsStandIn::addSuppressed(const QHash<QString, QString> &emailToReason, int pageSizeMax)
{
    QJsonObject add;
    for (auto it = emailToReason.cbegin(); it != emailToReason.cend(); ++it)
        add.insert(it.key(), it.value());
    control(QStringLiteral("/_standin/suppressed"), {{QStringLiteral("add"), add}, {QStringLiteral("page_size_max"), pageSizeMax}});
}

void AwsStandIn::setMetric(const QString &name, const QList<QPair<QString, double>> &points)
{
    QJsonArray list;
    for (const auto &[at, value] : points)
        list.append(QJsonArray{at, value});
    control(QStringLiteral("/_standin/metrics"), {{name, list}});
}

void AwsStandIn::setAccount(const QJsonObject &fields)
{
    control(QStringLiteral("/_standin/account"), fields);
}

void AwsStandIn::fail(const QString &service, const QString &kind, int count)
{
    control(QStringLiteral("/_standin/fail"),
            {{QStringLiteral("service"), service}, {QStringLiteral("kind"), kind}, {QStringLiteral("count"), count}});
}

QJsonObject AwsStandIn::state() const
{
    return control(QStringLiteral("/_standin/state"), {});
}

QStringList AwsStandIn::deletedBodies(const QString &queue) const
{
    QStringList out;
    const QJsonArray deleted = state().value(QStringLiteral("queues")).toObject().value(queue).toObject()
                                   .value(QStringLiteral("deleted")).toArray();
    for (const QJsonValue &v : deleted)
        out << v.toString();
    return out;
}

QProcessEnvironment AwsStandIn::environment(const QString &secret) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL_SQS",
                             "AWS_ENDPOINT_URL_SESV2", "AWS_ENDPOINT_URL_CLOUDWATCH"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), AccessKey);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), secret);
    env.insert(QStringLiteral("AWS_REGION"), Region);
    env.insert(QStringLiteral("AWS_ENDPOINT_URL"), url().toString());
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/nonexistent/aws-config"));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/nonexistent/aws-credentials"));
    return env;
}

Model::Aws::Account AwsStandIn::account(const QString &secret) const
{
    Model::Aws::Account account;
    account.credentials.accessKeyId = AccessKey;
    account.credentials.secretAccessKey = secret;
    account.credentials.source = QStringLiteral("the test");
    account.region = Region;
    account.endpointOverride = url();
    return account;
}

} // namespace Bouncedesk::Test
