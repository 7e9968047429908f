// Settings: the one typed place for user and listener settings (keys, defaults, change signal).
#pragma once

#include <QObject>
#include <QVariant>

#include <memory>

class QSettings;

namespace Bouncedesk::Model {

struct ListenerSettings;
struct PolicySettings;
namespace Aws {
struct ConfigInputs;
}

class Settings final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key {
        DatabaseUrl,
        ListenerEnabled,
        ListenerAddress,
        ListenerPort,
        ListenerTopics,
        ListenerAutoConfirm,
        ListenerMaxBodyBytes,
        ListenerTlsCert,
        ListenerTlsKey,
        ListenerBasicAuthUser,
        ListenerBasicAuthPassword,
        ListenerMaxAgeSeconds,
        ListenerApiToken,
        AwsProfile,
        AwsRegion,
        AwsEndpointUrl,
        AwsQueueUrl,
        AwsQueueRawDelivery,
        AwsFiguresRefreshMinutes,
        PolicySoftBounceThreshold,
        PolicySoftBounceWindowDays,
        PolicySoftRecoveryDays,
        PolicyTransientRetentionDays,
        PolicyStaleRetentionDays,
        RateWarningPercentOfLimit,
        PollIntervalSeconds,
        // A Translations::available() code; empty: the system's language.
        Language,
        WindowGeometry,
        WindowState,
        // Column widths, order and sort of each table view (QHeaderView::saveState), and splitters.
        BouncesHeader,
        BouncesSplitter,
        ComplaintsHeader,
        SuppressionsHeader,
        NotificationsHeader,
    };
    Q_ENUM(Key)

    // The user's settings file (QSettings, organisation Bouncedesk).
    explicit Settings(QObject *parent = nullptr);
    // Settings in a given INI file: tests use a temporary one.
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);
    ~Settings() override;

    QVariant get(Key key) const;
    void set(Key key, const QVariant &value);
    void reset(Key key);
    static QVariant defaultValue(Key key);
    static QString name(Key key);

    ListenerSettings listenerSettings() const;
    PolicySettings policySettings() const;
    // The process environment and ~/.aws files, with the profile, region and endpoint chosen here.
    Aws::ConfigInputs awsInputs() const;
    void sync();

signals:
    void changed(Bouncedesk::Model::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Bouncedesk::Model
