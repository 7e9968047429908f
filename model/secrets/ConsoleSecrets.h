// ConsoleSecrets: the console's secrets between the settings (in memory) and the keyring (kept).
#pragma once

#include "core/Settings.h"

#include <QList>
#include <QObject>

namespace Bouncedesk::Model {

class DatabaseUrl;
class SecretStore;

// At start it moves plain-text secrets an older version wrote into the settings file to the keyring,
// removing each from the file only once the keyring has it, and loads the stored ones into the
// settings. Afterwards every secret set in the settings is written to the keyring. Without a keyring
// nothing is moved (the plain values keep working) and new secrets last until the console closes.
class ConsoleSecrets final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSecrets)

public:
    ConsoleSecrets(Settings *settings, SecretStore *store, QObject *parent = nullptr);
    ~ConsoleSecrets() override;

    // The secret's key in the keyring. The database password is kept per database, as
    // "database/password postgresql://user@host:port/dbname"; for other URLs there is none (empty).
    static QString keyringKey(Settings::Key key, const DatabaseUrl &database);
    static QString databasePasswordKey(const DatabaseUrl &database);
    // "the basic-auth password", for messages.
    static QString label(Settings::Key key);

    // Probes the keyring, moves, loads; ready() when done, with or without a keyring.
    void start();
    bool isReady() const { return m_ready; }
    QList<Settings::Key> moved() const { return m_moved; }
    // Plain-text secrets that stay in the settings file because the keyring could not take them.
    QList<Settings::Key> leftInFile() const { return m_leftInFile; }

signals:
    void ready();
    // A secret set this run could not be stored in the keyring (it is used until the console closes).
    void saveFailed(const QString &message);

private:
    QString keyFor(Settings::Key key) const;
    void hold(Settings::Key key, const QString &value);
    void stepDone();
    void persist(Settings::Key key);

    Settings *m_settings;
    SecretStore *m_store;
    bool m_ready = false;
    bool m_loading = false; // values the keyring gave us are not written back
    int m_pending = 0;
    QList<Settings::Key> m_moved;
    QList<Settings::Key> m_leftInFile;
};

} // namespace Bouncedesk::Model
