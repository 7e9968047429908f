// The settings dialog: five pages, validated before anything is written; secrets never reach the settings file.
#include "settings/SettingsDialog.h"

#include "aws/AwsConfig.h"
#include "aws/SqsQueue.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "listener/ListenerSettings.h"
#include "store/DatabaseUrl.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Bouncedesk::Ui {

using Key = Model::Settings::Key;

namespace {
QSpinBox *spin(QWidget *parent, const char *name, int min, int max, int value, const QString &suffix = {})
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(min, max);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

QLineEdit *line(QWidget *parent, const char *name, const QString &value)
{
    auto *edit = new QLineEdit(value, parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

// A password or token: dots unless being edited.
QLineEdit *secret(QWidget *parent, const char *name, const QString &value)
{
    QLineEdit *edit = line(parent, name, value);
    edit->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    return edit;
}

// A URL the way the settings file keeps it: without its password.
QString withoutPassword(const QString &text)
{
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.password().isEmpty())
        return text;
    url.setPassword(QString());
    return url.toString();
}
} // namespace

SettingsDialog::SettingsDialog(Model::Settings *settings, QWidget *parent) : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    // In Page's order.
    m_tabs->addTab(databasePage(), tr("&Database"));
    m_tabs->addTab(listenerPage(), tr("&Listener"));
    m_tabs->addTab(awsPage(), tr("&AWS"));
    m_tabs->addTab(policyPage(), tr("&Policy"));
    m_tabs->addTab(languagePage(), tr("La&nguage"));
    layout->addWidget(m_tabs);
    m_keyringNote = new QLabel(this);
    m_keyringNote->setObjectName(QStringLiteral("keyringNote"));
    m_keyringNote->setWordWrap(true);
    layout->addWidget(m_keyringNote);
    setKeyringProblem(QString());
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::databasePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_databaseUrl = line(page, "databaseUrl", withoutPassword(m_settings->get(Key::DatabaseUrl).toString()));
    m_databaseUrl->setPlaceholderText(Model::DatabaseUrl::defaultUrl().toString());
    form->addRow(tr("Database URL:"), m_databaseUrl);
    m_databasePassword = secret(page, "databasePassword", m_settings->get(Key::DatabasePassword).toString());
    m_databasePassword->setPlaceholderText(tr("PostgreSQL only; empty: ~/.pgpass, or asked for"));
    form->addRow(tr("Database password:"), m_databasePassword);
    auto *hint = new QLabel(tr("sqlite:///absolute/path.db, or postgresql://user@host[:port]/dbname for a database "
                               "shared with a headless listener. The password is kept in the desktop keyring (or "
                               "comes from ~/.pgpass). Empty: the default file. A new database takes effect after a "
                               "restart."),
                            page);
    hint->setWordWrap(true);
    form->addRow(hint);
    return page;
}

QWidget *SettingsDialog::listenerPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const Model::ListenerSettings s = m_settings->listenerSettings();
    m_listenerEnabled = new QCheckBox(tr("Run the webhook listener in this console"), page);
    m_listenerEnabled->setObjectName(QStringLiteral("listenerEnabled"));
    m_listenerEnabled->setChecked(m_settings->get(Key::ListenerEnabled).toBool());
    form->addRow(m_listenerEnabled);
    m_address = line(page, "listenerAddress", s.address.toString());
    form->addRow(tr("Address:"), m_address);
    m_port = spin(page, "listenerPort", 0, 65535, s.port);
    form->addRow(tr("Port:"), m_port);
    m_topics = new QPlainTextEdit(s.topicAllowlist.join(u'\n'), page);
    m_topics->setObjectName(QStringLiteral("listenerTopics"));
    m_topics->setPlaceholderText(tr("One TopicArn per line; notifications from any other topic are refused"));
    m_topics->setMaximumHeight(90);
    form->addRow(tr("Allowed topics:"), m_topics);
    m_autoConfirm = new QCheckBox(tr("Confirm genuine subscriptions automatically"), page);
    m_autoConfirm->setObjectName(QStringLiteral("listenerAutoConfirm"));
    m_autoConfirm->setChecked(s.autoConfirm);
    form->addRow(m_autoConfirm);
    m_maxBodyKiB = spin(page, "listenerMaxBody", 1, 10240, int(s.maxBodyBytes / 1024), tr(" KiB"));
    form->addRow(tr("Largest body:"), m_maxBodyKiB);
    m_tlsCert = line(page, "listenerTlsCert", s.tlsCertFile);
    m_tlsKey = line(page, "listenerTlsKey", s.tlsKeyFile);
    form->addRow(tr("TLS certificate (PEM):"), m_tlsCert);
    form->addRow(tr("TLS key (PEM):"), m_tlsKey);
    m_authUser = line(page, "listenerAuthUser", s.basicAuthUser);
    m_authPassword = secret(page, "listenerAuthPassword", s.basicAuthPassword);
    form->addRow(tr("Basic auth user:"), m_authUser);
    form->addRow(tr("Basic auth password:"), m_authPassword);
    m_maxAge = spin(page, "listenerMaxAge", 0, 7 * 24 * 3600, s.maxMessageAgeSeconds, tr(" s"));
    m_maxAge->setSpecialValueText(tr("off"));
    form->addRow(tr("Refuse messages older than:"), m_maxAge);
    m_apiToken = secret(page, "listenerApiToken", s.suppressionApiToken);
    m_apiToken->setPlaceholderText(tr("empty: GET /v1/suppressions/{email} is off"));
    form->addRow(tr("Suppression API token:"), m_apiToken);
    return page;
}

QWidget *SettingsDialog::awsPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_awsProfile = new QComboBox(page);
    m_awsProfile->setObjectName(QStringLiteral("awsProfile"));
    m_awsProfile->setEditable(true);
    m_awsProfile->addItem(QString());
    m_awsProfile->addItems(Model::Aws::profileNames(Model::Aws::ConfigInputs::fromProcess()));
    m_awsProfile->setCurrentText(m_settings->get(Key::AwsProfile).toString());
    m_awsProfile->lineEdit()->setPlaceholderText(tr("AWS_PROFILE or default"));
    form->addRow(tr("Profile:"), m_awsProfile);
    m_awsRegion = line(page, "awsRegion", m_settings->get(Key::AwsRegion).toString());
    m_awsRegion->setPlaceholderText(tr("the profile's, or AWS_REGION"));
    form->addRow(tr("Region:"), m_awsRegion);
    m_awsEndpoint = line(page, "awsEndpoint", m_settings->get(Key::AwsEndpointUrl).toString());
    m_awsEndpoint->setPlaceholderText(tr("empty: AWS itself"));
    form->addRow(tr("Endpoint URL:"), m_awsEndpoint);
    m_awsAccessKeyId = line(page, "awsAccessKeyId", m_settings->get(Key::AwsAccessKeyId).toString());
    m_awsAccessKeyId->setPlaceholderText(tr("empty: the profile's keys"));
    form->addRow(tr("Access key ID:"), m_awsAccessKeyId);
    m_awsSecretAccessKey = secret(page, "awsSecretAccessKey", m_settings->get(Key::AwsSecretAccessKey).toString());
    form->addRow(tr("Secret access key:"), m_awsSecretAccessKey);
    auto *keys = new QLabel(tr("Without an access key here, keys come from the profile in ~/.aws/credentials (or "
                               "AWS_ACCESS_KEY_ID in the environment), as for the AWS CLI. A secret access key entered "
                               "here is kept in the desktop keyring. The IAM policy it needs is in docs/aws-setup.md."),
                            page);
    keys->setWordWrap(true);
    form->addRow(keys);
    m_queueUrl = line(page, "queueUrl", m_settings->get(Key::AwsQueueUrl).toString());
    m_queueUrl->setPlaceholderText(QStringLiteral("https://sqs.eu-west-1.amazonaws.com/123456789012/ses-feedback"));
    form->addRow(tr("Pull feedback from SQS queue:"), m_queueUrl);
    m_queueRaw = new QCheckBox(tr("The queue's subscription uses raw message delivery (no signature to check)"), page);
    m_queueRaw->setObjectName(QStringLiteral("queueRawDelivery"));
    m_queueRaw->setChecked(m_settings->get(Key::AwsQueueRawDelivery).toBool());
    form->addRow(m_queueRaw);
    return page;
}

QWidget *SettingsDialog::policyPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const Model::PolicySettings p = m_settings->policySettings();
    m_softThreshold = spin(page, "softThreshold", 1, 100, p.softBounceThreshold);
    form->addRow(tr("Soft bounces in a row that suppress:"), m_softThreshold);
    m_softWindow = spin(page, "softWindow", 1, 365, p.softBounceWindowDays, tr(" days"));
    form->addRow(tr("Within:"), m_softWindow);
    m_softRecovery = spin(page, "softRecovery", 1, 365, p.softRecoveryDays, tr(" days"));
    form->addRow(tr("Soft status recovers after quiet:"), m_softRecovery);
    m_transientRetention = spin(page, "transientRetention", 1, 3650, p.transientRetentionDays, tr(" days"));
    form->addRow(tr("Keep transient bounce records:"), m_transientRetention);
    m_staleRetention = spin(page, "staleRetention", 1, 3650, p.staleRetentionDays, tr(" days"));
    form->addRow(tr("Keep other records:"), m_staleRetention);
    m_warningPercent = spin(page, "warningPercent", 10, 100, m_settings->get(Key::RateWarningPercentOfLimit).toInt(), tr(" %"));
    form->addRow(tr("Warn at this share of the review limit:"), m_warningPercent);
    return page;
}

QWidget *SettingsDialog::languagePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("The system's (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    for (const Model::Translations::Language &language : Model::Translations::available())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings->get(Key::Language).toString())));
    form->addRow(tr("Language:"), m_language);
    auto *sample = new QLabel(page);
    sample->setObjectName(QStringLiteral("languageSample"));
    const auto showSample = [this, sample] {
        const QLocale locale = Model::Translations::localeFor(m_language->currentData().toString());
        sample->setText(tr("Numbers and dates: %1 · %2")
                            .arg(locale.toString(12345.67, 'f', 2), locale.toString(QDate::currentDate(), Model::Translations::dateFormat(locale))));
    };
    connect(m_language, &QComboBox::currentIndexChanged, sample, showSample);
    showSample();
    form->addRow(sample);
    auto *hint = new QLabel(tr("The language of menus, messages and the command-line tool's output, and how numbers, "
                               "percentages and dates are written. A change takes effect when the console starts "
                               "again."),
                            page);
    hint->setWordWrap(true);
    form->addRow(hint);
    return page;
}

void SettingsDialog::showPage(Page page) { m_tabs->setCurrentIndex(int(page)); }

void SettingsDialog::setKeyringProblem(const QString &problem)
{
    if (problem.isEmpty()) {
        m_keyringNote->setText(tr("Passwords, tokens and the AWS secret key are kept in the desktop keyring, never in "
                                  "the settings file."));
        m_keyringNote->setStyleSheet(QString());
        return;
    }
    m_keyringNote->setText(tr("No desktop keyring (%1): passwords, tokens and keys entered here are used until the "
                              "console closes and are not kept anywhere; the database password is asked for at each "
                              "start. The headless listener reads its secrets from its environment file, "
                              "/etc/bouncedesk/listener.env.")
                               .arg(problem));
    m_keyringNote->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold"));
}

void SettingsDialog::accept()
{
    // Validate everything first so that a bad field writes nothing and keeps what was typed.
    QString url = m_databaseUrl->text().trimmed();
    QString databasePassword = m_databasePassword->text();
    if (!url.isEmpty()) {
        auto parsed = Model::DatabaseUrl::parse(url);
        if (!parsed) {
            m_error->setText(parsed.errorText());
            m_databaseUrl->setFocus();
            return;
        }
        // A password typed into the URL is the database password; the URL is kept without it.
        if (!parsed->password().isEmpty()) {
            databasePassword = parsed->password();
            url = withoutPassword(url);
        }
    }
    if (QHostAddress(m_address->text().trimmed()).isNull()) {
        m_error->setText(tr("The listener address must be an IP address, e.g. 127.0.0.1 or 0.0.0.0."));
        m_address->setFocus();
        return;
    }
    if (m_tlsCert->text().trimmed().isEmpty() != m_tlsKey->text().trimmed().isEmpty()) {
        m_error->setText(tr("TLS needs both a certificate and a key file."));
        return;
    }
    const QString queueUrl = m_queueUrl->text().trimmed();
    if (!queueUrl.isEmpty()) {
        if (auto ok = Model::Aws::SqsQueue::checkUrl(queueUrl); !ok) {
            m_error->setText(ok.errorText());
            m_queueUrl->setFocus();
            return;
        }
    }
    QStringList topics;
    for (const QString &topic : m_topics->toPlainText().split(u'\n', Qt::SkipEmptyParts))
        if (!topic.trimmed().isEmpty())
            topics << topic.trimmed();
    m_settings->set(Key::DatabaseUrl, url);
    m_settings->set(Key::DatabasePassword, databasePassword);
    m_settings->set(Key::ListenerEnabled, m_listenerEnabled->isChecked());
    m_settings->set(Key::ListenerAddress, m_address->text().trimmed());
    m_settings->set(Key::ListenerPort, m_port->value());
    m_settings->set(Key::ListenerTopics, topics);
    m_settings->set(Key::ListenerAutoConfirm, m_autoConfirm->isChecked());
    m_settings->set(Key::ListenerMaxBodyBytes, m_maxBodyKiB->value() * 1024);
    m_settings->set(Key::ListenerTlsCert, m_tlsCert->text().trimmed());
    m_settings->set(Key::ListenerTlsKey, m_tlsKey->text().trimmed());
    m_settings->set(Key::ListenerBasicAuthUser, m_authUser->text());
    m_settings->set(Key::ListenerBasicAuthPassword, m_authPassword->text());
    m_settings->set(Key::ListenerMaxAgeSeconds, m_maxAge->value());
    m_settings->set(Key::ListenerApiToken, m_apiToken->text());
    m_settings->set(Key::AwsAccessKeyId, m_awsAccessKeyId->text().trimmed());
    m_settings->set(Key::AwsSecretAccessKey, m_awsSecretAccessKey->text().trimmed());
    m_settings->set(Key::AwsProfile, m_awsProfile->currentText().trimmed());
    m_settings->set(Key::AwsRegion, m_awsRegion->text().trimmed());
    m_settings->set(Key::AwsEndpointUrl, m_awsEndpoint->text().trimmed());
    m_settings->set(Key::AwsQueueUrl, queueUrl);
    m_settings->set(Key::AwsQueueRawDelivery, m_queueRaw->isChecked());
    m_settings->set(Key::PolicySoftBounceThreshold, m_softThreshold->value());
    m_settings->set(Key::PolicySoftBounceWindowDays, m_softWindow->value());
    m_settings->set(Key::PolicySoftRecoveryDays, m_softRecovery->value());
    m_settings->set(Key::PolicyTransientRetentionDays, m_transientRetention->value());
    m_settings->set(Key::PolicyStaleRetentionDays, m_staleRetention->value());
    m_settings->set(Key::RateWarningPercentOfLimit, m_warningPercent->value());
    m_settings->set(Key::Language, m_language->currentData().toString());
    m_settings->sync();
    QDialog::accept();
}

} // namespace Bouncedesk::Ui
