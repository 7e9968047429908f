// KeyringProbe: what the keyring holds, read and written as another client would, waiting for the answer.
// Header-only: tests that include it link bouncedesk_secrets themselves (the support library does not).
#pragma once

#include "secrets/SecretStore.h"

#include <QTest>

namespace Bouncedesk::Test {

// Writes through store and waits up to 10 s; true once the keyring confirmed it.
inline bool writeSecretNow(Model::SecretStore &store, const QString &key, const QString &value)
{
    bool ok = false, done = false;
    QObject context;
    store.write(key, value, &context, [&](Model::Result<void> written) {
        ok = written.ok();
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 10000) && ok;
}

inline bool writeSecretNow(const QString &key, const QString &value)
{
    Model::SecretStore store;
    return writeSecretNow(store, key, value);
}

// What a fresh store (another client of the same keyring) finds under key; a marker text on failure.
inline QString readSecretBack(const QString &key)
{
    Model::SecretStore store;
    QString value = QStringLiteral("(the keyring read failed)");
    bool done = false;
    QObject context;
    store.read(key, &context, [&](Model::Result<QString> read) {
        if (read)
            value = *read;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QStringLiteral("(the keyring did not answer)");
    return value;
}

} // namespace Bouncedesk::Test
