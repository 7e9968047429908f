// The console's database login: keyring, then the server's own ways, then the user.
#include "DatabaseLogin.h"

#include "common/Dialogs.h"
#include "core/Settings.h"
#include "secrets/ConsoleSecrets.h"
#include "secrets/SecretStore.h"
#include "store/Store.h"

#include <QSqlDatabase>

namespace Bouncedesk {

using Key = Model::Settings::Key;

namespace {
    constexpr int kMaxQuestions = 3;

    // libpq's words for a refused or missing password (SQLSTATE 28P01 is not passed on at connect time).
    bool refusedPassword(const Model::Error &error)
    {
        return error.message.contains(u"password authentication failed")
            || error.message.contains(u"no password supplied") || error.message.contains(u"28P01");
    }
} // namespace

DatabaseLogin::DatabaseLogin(Model::Settings *settings, Model::SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(store)
{
}

DatabaseLogin::~DatabaseLogin() = default;

bool DatabaseLogin::isSettingsDatabase() const
{
    const auto configured = Model::DatabaseUrl::parse(m_settings->get(Key::DatabaseUrl).toString());
    return configured
        && Model::ConsoleSecrets::databasePasswordKey(*configured) == Model::ConsoleSecrets::databasePasswordKey(m_url);
}

void DatabaseLogin::open(const Model::DatabaseUrl &url, Done done)
{
    m_url = url;
    m_done = std::move(done);
    if (url.isSqlite() || !url.password().isEmpty()) {
        auto opened = Model::Store::open(url);
        return m_done(
            opened ? Model::Result<Model::DatabaseUrl>(url) : Model::Result<Model::DatabaseUrl>(opened.error()));
    }
    if (isSettingsDatabase())
        return attempt(m_settings->get(Key::DatabasePassword).toString(), 0);
    if (m_store->state() != Model::SecretStore::State::Available)
        return attempt(QString(), 0);
    m_store->read(Model::ConsoleSecrets::databasePasswordKey(url), this,
        [this](Model::Result<QString> stored) { attempt(stored ? *stored : QString(), 0); });
}

void DatabaseLogin::attempt(const QString &password, int asked)
{
    const Model::DatabaseUrl url = m_url.withPassword(password);
    auto opened = Model::Store::open(url);
    if (opened) {
        if (asked > 0)
            remember(password);
        return m_done(url);
    }
    if (!refusedPassword(opened.error()) || asked == kMaxQuestions)
        return m_done(opened.error());
    QString label = tr("Password for %1:").arg(m_url.displayString());
    if (!password.isEmpty())
        label += u'\n' + tr("The server refused the password.");
    if (m_store->state() == Model::SecretStore::State::Available)
        label += u'\n' + tr("It is kept in the desktop keyring.");
    else
        label += u'\n'
            + tr("There is no desktop keyring (%1), so the password is not kept: the console asks each time it starts.")
                  .arg(m_store->problem());
    bool ok = false;
    const QString answer = Ui::Dialogs::password(nullptr, tr("Database password"), label, &ok);
    if (!ok)
        return m_done(
            Model::Error::refused(tr("%1 (no password given)").arg(opened.errorText()), QStringLiteral("password")));
    attempt(answer, asked + 1);
}

void DatabaseLogin::remember(const QString &password)
{
    // The settings' own database: ConsoleSecrets keeps it. Another one (--database): straight to the keyring.
    if (isSettingsDatabase()) {
        m_settings->set(Key::DatabasePassword, password);
        return;
    }
    if (m_store->state() == Model::SecretStore::State::Available)
        m_store->write(Model::ConsoleSecrets::databasePasswordKey(m_url), password, this, [](Model::Result<void>) {});
}

} // namespace Bouncedesk
