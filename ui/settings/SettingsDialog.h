// SettingsDialog: database, listener, AWS and policy settings, written through Model::Settings.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QLabel;
class QTabWidget;

namespace Bouncedesk::Model {
class Settings;
}

namespace Bouncedesk::Ui {

class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum class Page { Database, Listener, Aws, Policy, Language };

    explicit SettingsDialog(Model::Settings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    // Why there is no desktop keyring (empty: there is one); the dialog's note says what that means.
    void setKeyringProblem(const QString &problem);

    void accept() override;

private:
    QWidget *databasePage();
    QWidget *listenerPage();
    QWidget *policyPage();
    QWidget *awsPage();
    QWidget *languagePage();

    Model::Settings *m_settings;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_databaseUrl = nullptr;
    QLineEdit *m_databasePassword = nullptr;
    QLineEdit *m_awsAccessKeyId = nullptr;
    QLineEdit *m_awsSecretAccessKey = nullptr;
    QLabel *m_keyringNote = nullptr;
    QComboBox *m_awsProfile = nullptr;
    QLineEdit *m_awsRegion = nullptr;
    QLineEdit *m_awsEndpoint = nullptr;
    QLineEdit *m_queueUrl = nullptr;
    QCheckBox *m_queueRaw = nullptr;
    QCheckBox *m_listenerEnabled = nullptr;
    QLineEdit *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    QPlainTextEdit *m_topics = nullptr;
    QCheckBox *m_autoConfirm = nullptr;
    QSpinBox *m_maxBodyKiB = nullptr;
    QLineEdit *m_tlsCert = nullptr;
    QLineEdit *m_tlsKey = nullptr;
    QLineEdit *m_authUser = nullptr;
    QLineEdit *m_authPassword = nullptr;
    QSpinBox *m_maxAge = nullptr;
    QLineEdit *m_apiToken = nullptr;
    QSpinBox *m_softThreshold = nullptr;
    QSpinBox *m_softWindow = nullptr;
    QSpinBox *m_softRecovery = nullptr;
    QSpinBox *m_transientRetention = nullptr;
    QSpinBox *m_staleRetention = nullptr;
    QSpinBox *m_warningPercent = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Bouncedesk::Ui
