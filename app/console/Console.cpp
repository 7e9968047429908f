// Wiring for the desktop console.
#include "Console.h"

#include "core/Settings.h"
#include "listener/ListenerService.h"
#include "listener/ListenerSettings.h"
#include "main/MainWindow.h"

#include <QTimer>

namespace Bouncedesk {

using Key = Model::Settings::Key;

Console::Console(Model::DatabaseUrl url, bool withListener, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_settings(std::make_unique<Model::Settings>())
{
    if (withListener)
        m_listener = std::make_unique<Model::ListenerService>();
    m_window = std::make_unique<Ui::MainWindow>(m_url, m_settings.get(), m_listener.get());
    // Listener settings apply without a restart: a burst of changes from the dialog restarts it once.
    m_restartDelay = new QTimer(this);
    m_restartDelay->setSingleShot(true);
    m_restartDelay->setInterval(200);
    connect(m_restartDelay, &QTimer::timeout, this, &Console::applyListenerSettings);
    connect(m_settings.get(), &Model::Settings::changed, this, [this](Key key) {
        if (Model::Settings::name(key).startsWith(u"listener/") || Model::Settings::name(key).startsWith(u"policy/"))
            m_restartDelay->start();
    });
    applyListenerSettings();
}

Console::~Console()
{
    m_window.reset();
    m_listener.reset();
}

void Console::applyListenerSettings()
{
    if (!m_listener)
        return;
    if (m_settings->get(Key::ListenerEnabled).toBool())
        m_listener->start(m_url, m_settings->listenerSettings());
    else
        m_listener->stop();
}

} // namespace Bouncedesk
