// Settings keys, their defaults, and conversion to the listener's and policy's settings.
#include "core/Settings.h"

#include "aws/AwsConfig.h"
#include "listener/ListenerSettings.h"

#include <QSettings>
#include <QUrl>

namespace Bouncedesk::Model {

namespace {
struct Entry {
    Settings::Key key;
    const char *name; // the settings file's key; for a secret, its name in the keyring
    QVariant defaultValue;
    bool secret = false;
};

const Entry &entry(Settings::Key key)
{
    using K = Settings::Key;
    // The listener's and the policy's defaults live in their structs; the table only names them.
    const ListenerSettings listener;
    const PolicySettings policy;
    static const Entry entries[] = {
        {K::DatabaseUrl, "database/url", QString()},
        {K::DatabasePassword, "database/password", QString(), true},
        {K::ListenerEnabled, "listener/enabled", true},
        {K::ListenerAddress, "listener/address", listener.address.toString()},
        {K::ListenerPort, "listener/port", listener.port},
        {K::ListenerTopics, "listener/topics", QStringList()},
        {K::ListenerAutoConfirm, "listener/autoConfirm", listener.autoConfirm},
        {K::ListenerMaxBodyBytes, "listener/maxBodyBytes", listener.maxBodyBytes},
        {K::ListenerTlsCert, "listener/tlsCert", QString()},
        {K::ListenerTlsKey, "listener/tlsKey", QString()},
        {K::ListenerBasicAuthUser, "listener/basicAuthUser", QString()},
        {K::ListenerBasicAuthPassword, "listener/basicAuthPassword", QString(), true},
        {K::ListenerMaxAgeSeconds, "listener/maxAgeSeconds", listener.maxMessageAgeSeconds},
        {K::ListenerApiToken, "listener/apiToken", QString(), true},
        {K::AwsAccessKeyId, "aws/accessKeyId", QString()},
        {K::AwsSecretAccessKey, "aws/secretAccessKey", QString(), true},
        {K::AwsProfile, "aws/profile", QString()},
        {K::AwsRegion, "aws/region", QString()},
        {K::AwsEndpointUrl, "aws/endpointUrl", QString()},
        {K::AwsQueueUrl, "aws/queueUrl", QString()},
        {K::AwsQueueRawDelivery, "aws/queueRawDelivery", false},
        {K::AwsFiguresRefreshMinutes, "aws/figuresRefreshMinutes", 15},
        {K::PolicySoftBounceThreshold, "policy/softBounceThreshold", policy.softBounceThreshold},
        {K::PolicySoftBounceWindowDays, "policy/softBounceWindowDays", policy.softBounceWindowDays},
        {K::PolicySoftRecoveryDays, "policy/softRecoveryDays", policy.softRecoveryDays},
        {K::PolicyTransientRetentionDays, "policy/transientRetentionDays", policy.transientRetentionDays},
        {K::PolicyStaleRetentionDays, "policy/staleRetentionDays", policy.staleRetentionDays},
        {K::RateWarningPercentOfLimit, "dashboard/warningPercentOfLimit", 80},
        {K::PollIntervalSeconds, "console/pollIntervalSeconds", 10},
        {K::Language, "console/language", QString()},
        {K::WindowGeometry, "console/windowGeometry", QByteArray()},
        {K::WindowState, "console/windowState", QByteArray()},
        {K::BouncesHeader, "views/bouncesHeader", QByteArray()},
        {K::BouncesSplitter, "views/bouncesSplitter", QByteArray()},
        {K::ComplaintsHeader, "views/complaintsHeader", QByteArray()},
        {K::SuppressionsHeader, "views/suppressionsHeader", QByteArray()},
        {K::NotificationsHeader, "views/notificationsHeader", QByteArray()},
    };
    for (const Entry &e : entries)
        if (e.key == key)
            return e;
    Q_UNREACHABLE();
}

// The stored database URL text without its password (QUrl keeps user, host, port, path and query).
QString withoutPassword(const QString &urlText)
{
    QUrl url(urlText.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.password().isEmpty())
        return urlText;
    url.setPassword(QString());
    return url.toString();
}

QString passwordIn(const QString &urlText)
{
    const QUrl url(urlText.trimmed(), QUrl::StrictMode);
    return url.isValid() ? url.password() : QString();
}
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(QStringLiteral("Bouncedesk"), QStringLiteral("bouncedesk")))
{
}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::name(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

bool Settings::isSecret(Key key)
{
    return entry(key).secret;
}

QList<Settings::Key> Settings::secretKeys()
{
    return {Key::DatabasePassword, Key::ListenerBasicAuthPassword, Key::ListenerApiToken, Key::AwsSecretAccessKey};
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QString Settings::plainTextSecret(Key key) const
{
    Q_ASSERT(isSecret(key));
    if (key == Key::DatabasePassword)
        return passwordIn(m_settings->value(name(Key::DatabaseUrl)).toString());
    return m_settings->value(name(key)).toString();
}

void Settings::removePlainTextSecret(Key key)
{
    Q_ASSERT(isSecret(key));
    if (key == Key::DatabasePassword) {
        const QString url = m_settings->value(name(Key::DatabaseUrl)).toString();
        if (!passwordIn(url).isEmpty())
            m_settings->setValue(name(Key::DatabaseUrl), withoutPassword(url));
    } else {
        m_settings->remove(name(key));
    }
    m_settings->sync();
}

QVariant Settings::get(Key key) const
{
    const Entry &e = entry(key);
    if (e.secret) {
        if (const auto held = m_secrets.constFind(key); held != m_secrets.cend())
            return *held;
        return plainTextSecret(key);
    }
    QVariant value = m_settings->value(QString::fromLatin1(e.name), e.defaultValue);
    if (e.defaultValue.typeId() == QMetaType::QStringList && value.typeId() == QMetaType::QString)
        value = value.toString().isEmpty() ? QStringList() : QStringList{value.toString()};
    return value;
}

void Settings::set(Key key, const QVariant &value)
{
    if (isSecret(key)) {
        const QString text = value.toString();
        const bool same = get(key).toString() == text;
        m_secrets.insert(key, text);
        // A plain copy the user has just replaced goes; one merely confirmed stays until the keyring has it.
        if (const QString plain = plainTextSecret(key); !plain.isEmpty() && plain != text)
            removePlainTextSecret(key);
        if (!same)
            emit changed(key);
        return;
    }
    if (key == Key::DatabaseUrl) {
        // The file gets user@host only; a password typed into the URL is kept as the secret it is. The
        // same URL without its password leaves an older plain-text one alone (ConsoleSecrets moves it).
        const QString text = value.toString();
        if (withoutPassword(m_settings->value(name(key)).toString()) != withoutPassword(text)) {
            m_settings->setValue(name(key), withoutPassword(text));
            emit changed(key);
        }
        if (const QString password = passwordIn(text); !password.isEmpty())
            set(Key::DatabasePassword, password);
        return;
    }
    if (get(key) == value)
        return;
    m_settings->setValue(name(key), value);
    emit changed(key);
}

void Settings::reset(Key key)
{
    if (isSecret(key)) {
        m_secrets.remove(key);
        removePlainTextSecret(key);
    } else {
        m_settings->remove(name(key));
    }
    emit changed(key);
}

void Settings::sync()
{
    m_settings->sync();
}

PolicySettings Settings::policySettings() const
{
    PolicySettings p;
    p.softBounceThreshold = qMax(1, get(Key::PolicySoftBounceThreshold).toInt());
    p.softBounceWindowDays = qMax(1, get(Key::PolicySoftBounceWindowDays).toInt());
    p.softRecoveryDays = qMax(1, get(Key::PolicySoftRecoveryDays).toInt());
    p.transientRetentionDays = qMax(1, get(Key::PolicyTransientRetentionDays).toInt());
    p.staleRetentionDays = qMax(1, get(Key::PolicyStaleRetentionDays).toInt());
    return p;
}

ListenerSettings Settings::listenerSettings() const
{
    ListenerSettings s;
    s.address = QHostAddress(get(Key::ListenerAddress).toString());
    if (s.address.isNull())
        s.address = QHostAddress::LocalHost;
    s.port = quint16(get(Key::ListenerPort).toUInt());
    s.topicAllowlist = get(Key::ListenerTopics).toStringList();
    s.autoConfirm = get(Key::ListenerAutoConfirm).toBool();
    s.maxBodyBytes = qMax<qint64>(1024, get(Key::ListenerMaxBodyBytes).toLongLong());
    s.tlsCertFile = get(Key::ListenerTlsCert).toString();
    s.tlsKeyFile = get(Key::ListenerTlsKey).toString();
    s.basicAuthUser = get(Key::ListenerBasicAuthUser).toString();
    s.basicAuthPassword = get(Key::ListenerBasicAuthPassword).toString();
    s.maxMessageAgeSeconds = get(Key::ListenerMaxAgeSeconds).toInt();
    s.suppressionApiToken = get(Key::ListenerApiToken).toString();
    s.policy = policySettings();
    return s;
}

Aws::ConfigInputs Settings::awsInputs() const
{
    Aws::ConfigInputs inputs = Aws::ConfigInputs::fromProcess();
    inputs.profile = get(Key::AwsProfile).toString();
    inputs.region = get(Key::AwsRegion).toString();
    inputs.endpointUrl = get(Key::AwsEndpointUrl).toString();
    // Keys entered on Settings ▸ AWS (the secret from the keyring) come before the profile chain.
    inputs.explicitCredentials.accessKeyId = get(Key::AwsAccessKeyId).toString().trimmed();
    inputs.explicitCredentials.secretAccessKey = get(Key::AwsSecretAccessKey).toString();
    inputs.explicitCredentials.source = QStringLiteral("the access key in Settings ▸ AWS");
    return inputs;
}

} // namespace Bouncedesk::Model
