// SecretStore: the console's passwords and tokens in the desktop keyring (Secret Service or KWallet, via QtKeychain).
#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Bouncedesk::Model {

// Every call is asynchronous (QtKeychain jobs answered over D-Bus): the callback runs later on the
// calling thread, unless context has been destroyed by then. Entries live under the service
// "Bouncedesk", one key per secret; values are never logged.
class SecretStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class State { Unknown, Available, Unavailable };
    Q_ENUM(State)

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    static QString serviceName() { return QStringLiteral("Bouncedesk"); }

    // Looks for a keyring on the D-Bus session bus (org.freedesktop.secrets, or KWallet), running or
    // startable. Unavailable until proven otherwise after a failed write, too.
    void probe(QObject *context, std::function<void()> done);
    State state() const { return m_state; }
    // Why the keyring cannot be used, in words for the user (empty while it can).
    QString problem() const { return m_problem; }

    // An empty value: nothing is stored under key.
    void read(const QString &key, QObject *context, std::function<void(Result<QString>)> done);
    // Writing an empty value deletes the entry.
    void write(const QString &key, const QString &value, QObject *context, std::function<void(Result<void>)> done);

signals:
    void stateChanged(Bouncedesk::Model::SecretStore::State state);

private:
    void setState(State state, const QString &problem = {});

    State m_state = State::Unknown;
    QString m_problem;
};

} // namespace Bouncedesk::Model
