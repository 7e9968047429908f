// Moving, loading and keeping the console's secrets.
#include "secrets/ConsoleSecrets.h"

#include "secrets/SecretStore.h"
#include "store/DatabaseUrl.h"

namespace Bouncedesk::Model {

using Key = Settings::Key;

ConsoleSecrets::ConsoleSecrets(Settings *settings, SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(store)
{
    connect(m_settings, &Settings::changed, this, [this](Key key) {
        if (!m_ready || m_loading)
            return;
        if (Settings::isSecret(key))
            persist(key);
        else if (key == Key::DatabaseUrl && !m_settings->get(Key::DatabasePassword).toString().isEmpty())
            persist(Key::DatabasePassword); // the password now belongs to the new URL's key
    });
}

ConsoleSecrets::~ConsoleSecrets() = default;

QString ConsoleSecrets::databasePasswordKey(const DatabaseUrl &database)
{
    if (database.isSqlite())
        return QString();
    return Settings::name(Key::DatabasePassword) + u' ' + database.withPassword(QString()).toString();
}

QString ConsoleSecrets::keyringKey(Key key, const DatabaseUrl &database)
{
    return key == Key::DatabasePassword ? databasePasswordKey(database) : Settings::name(key);
}

QString ConsoleSecrets::label(Key key)
{
    switch (key) {
    case Key::DatabasePassword:
        return tr("the database password");
    case Key::ListenerBasicAuthPassword:
        return tr("the listener's basic-auth password");
    case Key::ListenerApiToken:
        return tr("the suppression API token");
    case Key::AwsSecretAccessKey:
        return tr("the AWS secret access key");
    default:
        return Settings::name(key);
    }
}

QString ConsoleSecrets::keyFor(Key key) const
{
    if (key != Key::DatabasePassword)
        return Settings::name(key);
    // The stored URL (an older one may still hold the password: parse tolerates that).
    const auto url = DatabaseUrl::parse(m_settings->get(Key::DatabaseUrl).toString());
    return url ? databasePasswordKey(*url) : QString();
}

void ConsoleSecrets::hold(Key key, const QString &value)
{
    m_loading = true;
    m_settings->set(key, value);
    m_loading = false;
}

void ConsoleSecrets::start()
{
    m_store->probe(this, [this] {
        const QList<Key> keys = Settings::secretKeys();
        if (m_store->state() != SecretStore::State::Available) {
            for (Key key : keys)
                if (!m_settings->plainTextSecret(key).isEmpty())
                    m_leftInFile << key;
            m_pending = 1;
            return stepDone();
        }
        m_pending = 1; // released below, once every job is under way
        for (Key key : keys) {
            const QString name = keyFor(key);
            if (name.isEmpty())
                continue;
            ++m_pending;
            const QString plain = m_settings->plainTextSecret(key);
            if (!plain.isEmpty()) {
                m_store->write(name, plain, this, [this, key, plain](Result<void> written) {
                    if (written) {
                        // Only now that the keyring has it: the file loses it, the settings keep it.
                        hold(key, plain);
                        m_settings->removePlainTextSecret(key);
                        m_moved << key;
                    } else {
                        m_leftInFile << key;
                    }
                    stepDone();
                });
            } else {
                m_store->read(name, this, [this, key](Result<QString> stored) {
                    if (stored && !stored->isEmpty())
                        hold(key, *stored);
                    stepDone();
                });
            }
        }
        stepDone();
    });
}

void ConsoleSecrets::stepDone()
{
    if (--m_pending > 0)
        return;
    m_settings->sync();
    m_ready = true;
    emit ready();
}

void ConsoleSecrets::persist(Key key)
{
    const QString name = keyFor(key);
    if (name.isEmpty())
        return;
    if (m_store->state() != SecretStore::State::Available) {
        emit saveFailed(tr("Not kept, as there is no keyring (%1): %2 is used until the console closes.")
                            .arg(m_store->problem(), label(key)));
        return;
    }
    m_store->write(name, m_settings->get(key).toString(), this, [this, key](Result<void> written) {
        if (!written)
            emit saveFailed(tr("Not stored in the keyring (%1): %2 is used until the console closes.")
                                .arg(written.errorText(), label(key)));
    });
}

} // namespace Bouncedesk::Model
