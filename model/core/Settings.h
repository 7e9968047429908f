// Settings: the one typed place for user and listener settings (keys, defaults, change signal).
#pragma once

#include <QList>
#include <QMap>
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
        DatabasePassword, // secret: the password of the database in DatabaseUrl
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
        AwsAccessKeyId,
        AwsSecretAccessKey,
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

    // Secrets (passwords, tokens, the AWS secret key) are held here in memory for this run and never
    // written to the settings file: the console keeps them in the desktop keyring (ConsoleSecrets).
    // set() on a secret also drops any plain-text copy an older version left in the file, and a
    // password inside a DatabaseUrl given to set() becomes DatabasePassword. Until a plain-text value
    // is moved to the keyring, get() still returns it, so nothing stops working meanwhile.
    static bool isSecret(Key key);
    static QList<Key> secretKeys();
    // A secret found in plain text in the settings file (for DatabasePassword: the password inside
    // the stored DatabaseUrl); empty if none.
    QString plainTextSecret(Key key) const;
    // Removes that plain text from the file; DatabaseUrl keeps user@host without the password.
    void removePlainTextSecret(Key key);
    // The file behind these settings (tests read its bytes).
    QString fileName() const;

    ListenerSettings listenerSettings() const;
    PolicySettings policySettings() const;
    // The process environment and ~/.aws files, with the profile, region and endpoint chosen here.
    Aws::ConfigInputs awsInputs() const;
    void sync();

signals:
    void changed(Bouncedesk::Model::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
    QMap<Key, QString> m_secrets; // in memory only

};

} // namespace Bouncedesk::Model
