// Settings keys, their defaults, and conversion to the listener's and policy's settings.
#include "core/Settings.h"

#include "aws/AwsConfig.h"
#include "listener/ListenerSettings.h"

#include <QSettings>

namespace Bouncedesk::Model {

namespace {
struct Entry {
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const Entry &entry(Settings::Key key)
{
    using K = Settings::Key;
    // The listener's and the policy's defaults live in their structs; the table only names them.
    const ListenerSettings listener;
    const PolicySettings policy;
    static const Entry entries[] = {
        {K::DatabaseUrl, "database/url", QString()},
        {K::ListenerEnabled, "listener/enabled", true},
        {K::ListenerAddress, "listener/address", listener.address.toString()},
        {K::ListenerPort, "listener/port", listener.port},
        {K::ListenerTopics, "listener/topics", QStringList()},
        {K::ListenerAutoConfirm, "listener/autoConfirm", listener.autoConfirm},
        {K::ListenerMaxBodyBytes, "listener/maxBodyBytes", listener.maxBodyBytes},
        {K::ListenerTlsCert, "listener/tlsCert", QString()},
        {K::ListenerTlsKey, "listener/tlsKey", QString()},
        {K::ListenerBasicAuthUser, "listener/basicAuthUser", QString()},
        {K::ListenerBasicAuthPassword, "listener/basicAuthPassword", QString()},
        {K::ListenerMaxAgeSeconds, "listener/maxAgeSeconds", listener.maxMessageAgeSeconds},
        {K::ListenerApiToken, "listener/apiToken", QString()},
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

QVariant Settings::get(Key key) const
{
    const Entry &e = entry(key);
    QVariant value = m_settings->value(QString::fromLatin1(e.name), e.defaultValue);
    if (e.defaultValue.typeId() == QMetaType::QStringList && value.typeId() == QMetaType::QString)
        value = value.toString().isEmpty() ? QStringList() : QStringList{value.toString()};
    return value;
}

void Settings::set(Key key, const QVariant &value)
{
    if (get(key) == value)
        return;
    m_settings->setValue(name(key), value);
    emit changed(key);
}

void Settings::reset(Key key)
{
    m_settings->remove(name(key));
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
    return inputs;
}

} // namespace Bouncedesk::Model
