// Wiring for the desktop console.
#include "Console.h"

#include "core/Settings.h"
#include "aws/AwsConfig.h"
#include "listener/ListenerService.h"
#include "listener/QueuePullerService.h"
#include "listener/ListenerSettings.h"
#include "main/MainWindow.h"

#include <QTimer>

namespace Bouncedesk {

using Key = Model::Settings::Key;

Console::Console(Model::DatabaseUrl url, bool withListener, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_settings(std::make_unique<Model::Settings>())
{
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
