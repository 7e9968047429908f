// Wiring for the desktop console.
#include "Console.h"

#include "DatabaseLogin.h"
#include "aws/AwsConfig.h"
#include "core/Settings.h"
#include "listener/ListenerService.h"
#include "listener/ListenerSettings.h"
#include "listener/QueuePullerService.h"
#include "main/MainWindow.h"
#include "secrets/ConsoleSecrets.h"
#include "secrets/SecretStore.h"

#include <QTimer>

namespace Bouncedesk {

using Key = Model::Settings::Key;

Console::Console(bool withListener, QObject *parent)
    : QObject(parent), m_withListener(withListener), m_settings(std::make_unique<Model::Settings>())
{
    m_store = new Model::SecretStore(this);
    m_secrets = new Model::ConsoleSecrets(m_settings.get(), m_store, this);
}

void Console::start(const QString &databaseOption)
{
    connect(m_secrets, &Model::ConsoleSecrets::ready, this, [this, databaseOption] {
        QString urlText = databaseOption;
        if (urlText.isEmpty() && qEnvironmentVariable("BOUNCEDESK_DATABASE").isEmpty())
            urlText = m_settings->get(Key::DatabaseUrl).toString();
        auto url = Model::DatabaseUrl::resolve(urlText);
        if (!url)
            return emit failed(url.errorText());
        auto *login = new DatabaseLogin(m_settings.get(), m_store, this);
        login->open(*url, [this, login](Model::Result<Model::DatabaseUrl> opened) {
            login->deleteLater();
            if (!opened)
                return emit failed(opened.errorText());
            m_url = *opened;
            build();
            emit started();
        });
    }, Qt::SingleShotConnection);
    m_secrets->start();
}

void Console::build()
{
    const bool withListener = m_withListener;
    if (withListener) {
        m_listener = std::make_unique<Model::ListenerService>();
        m_queue = std::make_unique<Model::QueuePullerService>();
    }
    m_window = std::make_unique<Ui::MainWindow>(m_url, m_settings.get(), m_listener.get());
    m_window->setQueueService(m_queue.get());
    if (withListener) {
        // Shared with `bouncedesk-cli simulate --target`, which can then post to this console too.
        auto key = Model::Sns::SimulatorKey::loadOrCreate(Model::Sns::SimulatorKey::defaultDirectory());
        if (key)
            m_testKey = *key;
        m_window->setTestTrafficKey(m_testKey, key ? QString() : key.errorText());
    }
    // Listener settings apply without a restart: a burst of changes from the dialog restarts it once.
    m_restartDelay = new QTimer(this);
    m_restartDelay->setSingleShot(true);
    m_restartDelay->setInterval(200);
    connect(m_restartDelay, &QTimer::timeout, this, [this] {
        applyListenerSettings();
        applyQueueSettings();
    });
    connect(m_settings.get(), &Model::Settings::changed, this, [this](Key key) {
        const QString name = Model::Settings::name(key);
        if (name.startsWith(u"listener/") || name.startsWith(u"policy/") || name.startsWith(u"aws/"))
            m_restartDelay->start();
    });
    applyListenerSettings();
    applyQueueSettings();

    // Said once, where the user looks: the status bar (and the settings dialog's note).
    if (m_store->state() != Model::SecretStore::State::Available) {
        m_window->setKeyringProblem(m_store->problem());
        QString text = tr("No desktop keyring: %1. Passwords are asked for when needed and not kept; the headless "
                          "listener reads its secrets from /etc/bouncedesk/listener.env.")
                           .arg(m_store->problem());
        if (!m_secrets->leftInFile().isEmpty())
            text += u' ' + tr("Secrets found in plain text in the settings file stay there until a keyring runs.");
        m_window->showNotice(text);
    } else if (!m_secrets->moved().isEmpty()) {
        QStringList moved;
        for (Key key : m_secrets->moved())
            moved << Model::ConsoleSecrets::label(key);
        m_window->showNotice(
            tr("Moved from the settings file to the desktop keyring: %1.").arg(moved.join(QStringLiteral(", "))));
    } else if (!m_secrets->leftInFile().isEmpty()) {
        m_window->showNotice(tr("Secrets in the settings file could not be moved to the keyring (%1); they stay there.")
                                 .arg(m_store->problem()));
    }
    connect(m_secrets, &Model::ConsoleSecrets::saveFailed, m_window.get(), &Ui::MainWindow::showNotice);
}

Console::~Console()
{
    m_window.reset();
    m_queue.reset();
    m_listener.reset();
}

void Console::applyListenerSettings()
{
    if (!m_listener)
        return;
    if (m_settings->get(Key::ListenerEnabled).toBool()) {
        Model::ListenerSettings settings = m_settings->listenerSettings();
        // A user without a password (none kept: no keyring) would let "user:" in; better not to listen.
        if (!settings.basicAuthUser.isEmpty() && settings.basicAuthPassword.isEmpty()) {
            m_listener->stop();
            m_window->showNotice(tr("The listener is off: basic-auth user %1 has no password. Enter it in "
                                    "Settings ▸ Listener.")
                                     .arg(settings.basicAuthUser));
            return;
        }
        if (m_testKey)
            settings.simulatorCertificatePem = m_testKey->certificatePem();
        m_listener->start(m_url, settings);
    }
    else
        m_listener->stop();
}

void Console::applyQueueSettings()
{
    if (!m_queue)
        return;
    const QString queueUrl = m_settings->get(Key::AwsQueueUrl).toString();
    if (queueUrl.isEmpty()) {
        m_queue->stop();
        m_queue->notStarted(QString(), QString());
        return;
    }
    auto account = Model::Aws::resolveAccount(m_settings->awsInputs());
    if (!account) {
        m_queue->notStarted(queueUrl, account.errorText());
        return;
    }
    Model::PullerSettings puller;
    puller.queueUrl = queueUrl;
    puller.rawDelivery = m_settings->get(Key::AwsQueueRawDelivery).toBool();
    m_queue->start(m_url, m_settings->listenerSettings(), *account, puller);
}

} // namespace Bouncedesk
