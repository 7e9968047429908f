// DatabaseLogin: opens the console's database, its password taken from the keyring or asked for.
#pragma once

#include "core/Result.h"
#include "store/DatabaseUrl.h"

#include <QObject>

#include <functional>

namespace Bouncedesk::Model {
class SecretStore;
class Settings;
}

namespace Bouncedesk {

// A PostgreSQL URL without a password is tried with the one kept for it (the settings, loaded from
// the keyring, or the keyring itself), then with none (trust, ~/.pgpass). When the server refuses,
// the user is asked (Ui::Dialogs::password, answerable by tests); a password that worked is kept in
// the keyring, or nowhere if there is none.
class DatabaseLogin final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseLogin)

public:
    using Done = std::function<void(Model::Result<Model::DatabaseUrl>)>;

    DatabaseLogin(Model::Settings *settings, Model::SecretStore *store, QObject *parent = nullptr);
    ~DatabaseLogin() override;

    // Creates or upgrades the database as the console always has (Store::open); done gets the URL with
    // the password that worked, or why it cannot be opened.
    void open(const Model::DatabaseUrl &url, Done done);

private:
    bool isSettingsDatabase() const;
    void attempt(const QString &password, int asked);
    void remember(const QString &password);

    Model::Settings *m_settings;
    Model::SecretStore *m_store;
    Model::DatabaseUrl m_url;
    Done m_done;
};

} // namespace Bouncedesk
