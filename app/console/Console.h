// Console: creates and wires the console's services (settings, secrets, listener, queue puller) and its window.
#pragma once

#include "sns/SimulatorKey.h"
#include "store/DatabaseUrl.h"

#include <QObject>

#include <memory>
#include <optional>

class QTimer;

namespace Bouncedesk::Model {
class ConsoleSecrets;
class ListenerService;
class QueuePullerService;
class SecretStore;
class Settings;
}
namespace Bouncedesk::Ui {
class MainWindow;
}

namespace Bouncedesk {

class Console final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Console)

public:
    // withListener false: never start the embedded listener (screenshots, a second console).
    explicit Console(bool withListener, QObject *parent = nullptr);
    // Shutdown order: the window goes first (it reads the listener), then the listener thread.
    ~Console() override;

    // Moves and loads the secrets (keyring), opens the database (databaseOption, else
    // BOUNCEDESK_DATABASE, the settings, the default file), then builds the window and starts the
    // listener: started(), or failed() with the reason. Asynchronous: the event loop must run.
    void start(const QString &databaseOption);
    // Null until started().
    Ui::MainWindow *window() const { return m_window.get(); }
    Model::Settings *settings() const { return m_settings.get(); }
    Model::SecretStore *secretStore() const { return m_store; }
    const Model::DatabaseUrl &databaseUrl() const { return m_url; }

signals:
    void started();
    void failed(const QString &message);

private:
    void build();
    void applyListenerSettings();
    void applyQueueSettings();

    bool m_withListener;
    Model::DatabaseUrl m_url;
    std::optional<Model::Sns::SimulatorKey> m_testKey; // trusted by the embedded listener for test traffic
    std::unique_ptr<Model::Settings> m_settings;
    Model::SecretStore *m_store = nullptr; // children: they outlive every job they started
    Model::ConsoleSecrets *m_secrets = nullptr;
    std::unique_ptr<Model::ListenerService> m_listener;
    std::unique_ptr<Model::QueuePullerService> m_queue;
    std::unique_ptr<Ui::MainWindow> m_window;
    QTimer *m_restartDelay = nullptr;
};

} // namespace Bouncedesk
