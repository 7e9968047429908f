// Console: the object that creates and wires the console's services (settings, listener, queue puller) and its window.
#pragma once

#include "sns/SimulatorKey.h"
#include "store/DatabaseUrl.h"

#include <QObject>

#include <memory>
#include <optional>

class QTimer;

namespace Bouncedesk::Model {
class ListenerService;
class QueuePullerService;
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
    Console(Model::DatabaseUrl url, bool withListener, QObject *parent = nullptr);
    // Shutdown order: the window goes first (it reads the listener), then the listener thread.
    ~Console() override;

    Ui::MainWindow *window() const { return m_window.get(); }

private:
    void applyListenerSettings();
    void applyQueueSettings();

    Model::DatabaseUrl m_url;
    std::optional<Model::Sns::SimulatorKey> m_testKey; // trusted by the embedded listener for test traffic
    std::unique_ptr<Model::Settings> m_settings;
    std::unique_ptr<Model::ListenerService> m_listener;
    std::unique_ptr<Model::QueuePullerService> m_queue;
    std::unique_ptr<Ui::MainWindow> m_window;
    QTimer *m_restartDelay = nullptr;
};

} // namespace Bouncedesk
