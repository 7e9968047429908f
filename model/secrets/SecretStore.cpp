// The keyring through QtKeychain; its presence checked on the D-Bus session bus first.
#include "secrets/SecretStore.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QPointer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "bouncedesk.secrets")

namespace Bouncedesk::Model {

namespace {
    // The names a keyring QtKeychain can use answers to on the session bus.
    const QStringList &keyringNames()
    {
        static const QStringList names { QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd6"),
            QStringLiteral("org.kde.kwalletd5") };
        return names;
    }

    bool namesAKeyring(const QStringList &busNames)
    {
        for (const QString &name : keyringNames())
            if (busNames.contains(name))
                return true;
        return false;
    }

    // Jobs never fall back to plain text in a QSettings file: that is what this class is here to avoid.
    template <typename Job> Job *newJob(const QString &key)
    {
        auto *job = new Job(SecretStore::serviceName());
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        return job;
    }
} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

void SecretStore::setState(State state, const QString &problem)
{
    const bool changedState = state != m_state;
    m_state = state;
    m_problem = problem;
    if (changedState)
        emit stateChanged(state);
}

void SecretStore::probe(QObject *context, std::function<void()> done)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        const QString why = bus.lastError().message();
        qCWarning(lcSecrets) << "no D-Bus session bus:" << why;
        setState(State::Unavailable, tr("no D-Bus session bus")); // the details are for the log
        QMetaObject::invokeMethod(context, std::move(done), Qt::QueuedConnection);
        return;
    }
    // Running keyrings first, then ones the bus would start on demand.
    const auto ask = [bus](const QString &method) {
        return bus.asyncCall(QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
            QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("org.freedesktop.DBus"), method));
    };
    auto *running = new QDBusPendingCallWatcher(ask(QStringLiteral("ListNames")), this);
    connect(running, &QDBusPendingCallWatcher::finished, context,
        [this, running, ask, context, done = std::move(done)]() mutable {
            running->deleteLater();
            const QDBusPendingReply<QStringList> names = *running;
            if (!names.isError() && namesAKeyring(names.value())) {
                setState(State::Available);
                return done();
            }
            auto *startable = new QDBusPendingCallWatcher(ask(QStringLiteral("ListActivatableNames")), this);
            connect(startable, &QDBusPendingCallWatcher::finished, context, [this, startable, done = std::move(done)] {
                startable->deleteLater();
                const QDBusPendingReply<QStringList> activatable = *startable;
                if (!activatable.isError() && namesAKeyring(activatable.value())) {
                    setState(State::Available);
                } else {
                    qCWarning(lcSecrets) << "no Secret Service or KWallet on the session bus";
                    setState(
                        State::Unavailable, tr("no keyring (Secret Service or KWallet) runs on the D-Bus session bus"));
                }
                done();
            });
        });
}

void SecretStore::read(const QString &key, QObject *context, std::function<void(Result<QString>)> done)
{
    if (m_state == State::Unavailable) {
        const Error error = Error::unavailable(m_problem, QStringLiteral("keyring"));
        QMetaObject::invokeMethod(
            context, [error, done = std::move(done)] { done(error); }, Qt::QueuedConnection);
        return;
    }
    auto *job = newJob<QKeychain::ReadPasswordJob>(key);
    connect(job, &QKeychain::Job::finished, context, [key, done = std::move(done)](QKeychain::Job *finished) {
        auto *reading = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (reading->error() == QKeychain::NoError)
            return done(reading->textData());
        if (reading->error() == QKeychain::EntryNotFound)
            return done(QString());
        qCWarning(lcSecrets) << "cannot read" << key << "from the keyring:" << reading->errorString();
        done(Error::unavailable(
            tr("the keyring did not answer: %1").arg(reading->errorString()), QStringLiteral("keyring")));
    });
    job->start();
}

void SecretStore::write(
    const QString &key, const QString &value, QObject *context, std::function<void(Result<void>)> done)
{
    if (m_state == State::Unavailable) {
        const Error error = Error::unavailable(m_problem, QStringLiteral("keyring"));
        QMetaObject::invokeMethod(
            context, [error, done = std::move(done)] { done(error); }, Qt::QueuedConnection);
        return;
    }
    // The store outlives its jobs: it belongs to the console's wiring object, like every context here.
    const auto finish = [this, key, done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound)
            return done({});
        qCWarning(lcSecrets) << "cannot store" << key << "in the keyring:" << finished->errorString();
        const QString why = tr("the keyring refused it: %1").arg(finished->errorString());
        // A keyring that cannot store (no collection, locked for good) is as good as none.
        if (finished->error() != QKeychain::AccessDeniedByUser)
            setState(State::Unavailable, why);
        done(Error::unavailable(why, QStringLiteral("keyring")));
    };
    if (value.isEmpty()) {
        auto *job = newJob<QKeychain::DeletePasswordJob>(key);
        connect(job, &QKeychain::Job::finished, context, finish);
        job->start();
        return;
    }
    auto *job = newJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, context, finish);
    job->start();
}

} // namespace Bouncedesk::Model
