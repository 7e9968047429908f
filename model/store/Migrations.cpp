// The schema, one entry per version. Never edit a released migration: add a new one.
#include "store/Migrations.h"

#include "store/Database.h"
#include "store/Dialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Bouncedesk::Model {

namespace {

struct Migration {
    int version;
    const char *description;
    const char *sql; // statements separated by ";\n"; {ID} and {EMAIL_DOMAIN} are replaced per dialect
};

// Timestamps are UTC milliseconds since the epoch (BIGINT) in both dialects: portable, indexable,
// and hour buckets are a division. Addresses in address_state and suppressions are stored lower-case
// (enforced by CHECK); event tables keep the address as SES sent it and are searched via lower(email).
constexpr Migration kMigrations[] = {
    {1, "initial schema", R"SQL(
CREATE TABLE sns_messages (
    id {ID},
    message_id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL CHECK (type IN ('Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation')),
    topic_arn TEXT NOT NULL,
    subject TEXT,
    signature_version TEXT NOT NULL,
    signing_cert_url TEXT NOT NULL,
    sns_timestamp BIGINT NOT NULL,
    received_at BIGINT NOT NULL,
    content_kind TEXT NOT NULL CHECK (content_kind IN ('ses', 'ses-subscription', 'not-ses', 'subscription')),
    event_type TEXT,
    parse_note TEXT,
    raw_body TEXT NOT NULL
);
CREATE INDEX sns_messages_received ON sns_messages (received_at);
CREATE INDEX sns_messages_topic ON sns_messages (topic_arn);

CREATE TABLE bounces (
    id {ID},
    message_ref BIGINT NOT NULL REFERENCES sns_messages (id) ON DELETE CASCADE,
    email TEXT NOT NULL CHECK (length(email) > 0),
    bounce_type TEXT NOT NULL,
    bounce_subtype TEXT,
    action TEXT,
    status TEXT,
    diagnostic_code TEXT,
    reporting_mta TEXT,
    remote_mta_ip TEXT,
    feedback_id TEXT,
    ses_message_id TEXT,
    source TEXT,
    source_arn TEXT,
    topic_arn TEXT NOT NULL,
    event_at BIGINT NOT NULL,
    mail_at BIGINT,
    counts_for_rate INTEGER NOT NULL DEFAULT 1 CHECK (counts_for_rate IN (0, 1))
);
CREATE INDEX bounces_event_at ON bounces (event_at);
CREATE INDEX bounces_email ON bounces (lower(email));
CREATE INDEX bounces_type_at ON bounces (bounce_type, event_at);
CREATE INDEX bounces_source_at ON bounces (source, event_at);
CREATE INDEX bounces_message ON bounces (message_ref);

CREATE TABLE complaints (
    id {ID},
    message_ref BIGINT NOT NULL REFERENCES sns_messages (id) ON DELETE CASCADE,
    email TEXT NOT NULL CHECK (length(email) > 0),
    feedback_type TEXT,
    complaint_subtype TEXT,
    user_agent TEXT,
    arrival_at BIGINT,
    feedback_id TEXT,
    ses_message_id TEXT,
    source TEXT,
    source_arn TEXT,
    topic_arn TEXT NOT NULL,
    event_at BIGINT NOT NULL,
    reviewed INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
    reviewed_by TEXT,
    reviewed_at BIGINT,
    review_note TEXT
);
CREATE INDEX complaints_queue ON complaints (reviewed, event_at);
CREATE INDEX complaints_email ON complaints (lower(email));
CREATE INDEX complaints_message ON complaints (message_ref);

CREATE TABLE deliveries (
    id {ID},
    message_ref BIGINT NOT NULL REFERENCES sns_messages (id) ON DELETE CASCADE,
    email TEXT NOT NULL CHECK (length(email) > 0),
    processing_ms BIGINT,
    smtp_response TEXT,
    reporting_mta TEXT,
    remote_mta_ip TEXT,
    ses_message_id TEXT,
    source TEXT,
    topic_arn TEXT NOT NULL,
    event_at BIGINT NOT NULL
);
CREATE INDEX deliveries_event_at ON deliveries (event_at);
CREATE INDEX deliveries_email ON deliveries (lower(email));
CREATE INDEX deliveries_message ON deliveries (message_ref);

CREATE TABLE sends (
    id {ID},
    message_ref BIGINT NOT NULL REFERENCES sns_messages (id) ON DELETE CASCADE,
    email TEXT NOT NULL CHECK (length(email) > 0),
    ses_message_id TEXT,
    source TEXT,
    topic_arn TEXT NOT NULL,
    event_at BIGINT NOT NULL
);
CREATE INDEX sends_event_at ON sends (event_at);
CREATE INDEX sends_message ON sends (message_ref);

CREATE TABLE delivery_delays (
    id {ID},
    message_ref BIGINT NOT NULL REFERENCES sns_messages (id) ON DELETE CASCADE,
    email TEXT NOT NULL CHECK (length(email) > 0),
    delay_type TEXT,
    status TEXT,
    diagnostic_code TEXT,
    expiration_at BIGINT,
    ses_message_id TEXT,
    source TEXT,
    topic_arn TEXT NOT NULL,
    event_at BIGINT NOT NULL
);
CREATE INDEX delivery_delays_email ON delivery_delays (lower(email));
CREATE INDEX delivery_delays_message ON delivery_delays (message_ref);

-- Reject, Open, Click, Rendering Failure, Subscription: kept with their detail as JSON.
CREATE TABLE other_events (
    id {ID},
    message_ref BIGINT NOT NULL REFERENCES sns_messages (id) ON DELETE CASCADE,
    event_type TEXT NOT NULL,
    email TEXT,
    ses_message_id TEXT,
    source TEXT,
    topic_arn TEXT NOT NULL,
    event_at BIGINT NOT NULL,
    detail TEXT
);
CREATE INDEX other_events_message ON other_events (message_ref);

CREATE TABLE address_state (
    email TEXT PRIMARY KEY CHECK (email = lower(email) AND length(email) > 0),
    status TEXT NOT NULL DEFAULT 'clean' CHECK (status IN ('clean', 'soft', 'hard', 'complained')),
    consecutive_soft INTEGER NOT NULL DEFAULT 0 CHECK (consecutive_soft >= 0),
    soft_streak_started_at BIGINT,
    bounce_count INTEGER NOT NULL DEFAULT 0,
    complaint_count INTEGER NOT NULL DEFAULT 0,
    delivery_count INTEGER NOT NULL DEFAULT 0,
    on_account_suppression_list INTEGER NOT NULL DEFAULT 0 CHECK (on_account_suppression_list IN (0, 1)),
    last_bounce_at BIGINT,
    last_event_at BIGINT,
    updated_at BIGINT NOT NULL
);
CREATE INDEX address_state_status ON address_state (status, last_bounce_at);

CREATE TABLE address_state_changes (
    id {ID},
    email TEXT NOT NULL CHECK (email = lower(email)),
    old_status TEXT NOT NULL,
    new_status TEXT NOT NULL,
    reason TEXT NOT NULL,
    event_table TEXT,
    event_id BIGINT,
    actor TEXT,
    changed_at BIGINT NOT NULL
);
CREATE INDEX address_state_changes_email ON address_state_changes (email, changed_at);

CREATE TABLE suppressions (
    id {ID},
    email TEXT NOT NULL CHECK (email = lower(email) AND length(email) > 0),
    reason TEXT NOT NULL CHECK (reason IN ('hard-bounce', 'soft-bounce', 'complaint', 'manual-bounce', 'manual-complaint', 'manual')),
    source_table TEXT,
    source_event_id BIGINT,
    added_by TEXT NOT NULL,
    added_at BIGINT NOT NULL,
    notes TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    removed_by TEXT,
    removed_at BIGINT,
    removal_reason TEXT,
    CHECK (active = 1 OR removed_at IS NOT NULL)
);
-- One active suppression per address; removed rows stay as history.
CREATE UNIQUE INDEX suppressions_active_email ON suppressions (email) WHERE active = 1;
CREATE INDEX suppressions_email ON suppressions (email, added_at);

CREATE TABLE audit_log (
    id {ID},
    at BIGINT NOT NULL,
    db_user TEXT,
    os_user TEXT,
    action TEXT NOT NULL,
    target TEXT,
    before_state TEXT,
    after_state TEXT,
    note TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_target ON audit_log (target, at);

CREATE TABLE subscriptions (
    id {ID},
    topic_arn TEXT NOT NULL,
    message_id TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL CHECK (state IN ('pending', 'confirming', 'confirmed', 'failed', 'unsubscribed')),
    subscribe_url TEXT,
    token TEXT,
    last_error TEXT,
    first_seen_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX subscriptions_topic ON subscriptions (topic_arn, updated_at);

CREATE TABLE certificates (
    url TEXT PRIMARY KEY,
    pem TEXT NOT NULL,
    not_after BIGINT NOT NULL,
    fetched_at BIGINT NOT NULL
);

-- Per-hour counters kept up to date as events are stored, so rate charts never scan event tables.
CREATE TABLE rate_hourly (
    hour BIGINT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    topic_arn TEXT NOT NULL DEFAULT '',
    sends INTEGER NOT NULL DEFAULT 0,
    deliveries INTEGER NOT NULL DEFAULT 0,
    bounces INTEGER NOT NULL DEFAULT 0,
    hard_bounces INTEGER NOT NULL DEFAULT 0,
    soft_bounces INTEGER NOT NULL DEFAULT 0,
    suppressed_list_bounces INTEGER NOT NULL DEFAULT 0,
    complaints INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (hour, source, topic_arn)
)
)SQL"},
    {2, "trusted topics; sending account of foreign SES content", R"SQL(
-- Topics an admin trusts: notifications from any other topic are refused (a signature only proves
-- that SNS sent a message, not that the topic is the operator's). Removing trust deletes the row;
-- the audit log keeps who trusted and removed what.
CREATE TABLE trusted_topics (
    topic_arn TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    region TEXT NOT NULL,
    trusted_by TEXT NOT NULL,
    trusted_at BIGINT NOT NULL,
    note TEXT
);
-- mail.sendingAccountId when it differs from the topic's account (cross-account publishing).
ALTER TABLE sns_messages ADD COLUMN foreign_sending_account TEXT
)SQL"},
    {3, "recipient domain of bounces, indexed for domain searches", R"SQL(
-- The address's domain, lower-case, so that searching "@example.com" seeks an index instead of
-- reading every address. Filled on insert; the rows stored before this version are filled here.
ALTER TABLE bounces ADD COLUMN recipient_domain TEXT CHECK (recipient_domain = lower(recipient_domain));
UPDATE bounces SET recipient_domain = {EMAIL_DOMAIN};
CREATE INDEX bounces_domain_at ON bounces (recipient_domain, event_at)
)SQL"},
    {4, "bounces and complaints broken down by domain, identity, configuration set and tag", R"SQL(
-- One row per facet of a stored bounce or complaint recipient: its domain and identity always, the
-- configuration set and the sender's own mail.tags (name=value) when the event has them. Read by
-- range and facet for the dashboard's "what caused them"; the index covers that read.
CREATE TABLE feedback_facets (
    message_ref BIGINT NOT NULL REFERENCES sns_messages (id) ON DELETE CASCADE,
    event_at BIGINT NOT NULL,
    facet TEXT NOT NULL CHECK (facet IN ('domain', 'identity', 'configuration-set', 'tag')),
    value TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('hard', 'soft', 'other', 'complaint')),
    source TEXT NOT NULL DEFAULT '',
    topic_arn TEXT NOT NULL DEFAULT ''
);
CREATE INDEX feedback_facets_range ON feedback_facets (facet, event_at, value, kind);
CREATE INDEX feedback_facets_message ON feedback_facets (message_ref);
-- What is already stored gets its domain and identity (tags and configuration sets were not kept).
INSERT INTO feedback_facets (message_ref, event_at, facet, value, kind, source, topic_arn)
    SELECT message_ref, event_at, 'domain', {EMAIL_DOMAIN},
           CASE WHEN counts_for_rate = 0 THEN 'other' WHEN bounce_type = 'Permanent' THEN 'hard'
                WHEN bounce_type = 'Transient' THEN 'soft' ELSE 'other' END,
           COALESCE(source, ''), topic_arn
    FROM bounces;
INSERT INTO feedback_facets (message_ref, event_at, facet, value, kind, source, topic_arn)
    SELECT message_ref, event_at, 'identity', source,
           CASE WHEN counts_for_rate = 0 THEN 'other' WHEN bounce_type = 'Permanent' THEN 'hard'
                WHEN bounce_type = 'Transient' THEN 'soft' ELSE 'other' END,
           source, topic_arn
    FROM bounces WHERE source IS NOT NULL AND source <> '';
INSERT INTO feedback_facets (message_ref, event_at, facet, value, kind, source, topic_arn)
    SELECT message_ref, event_at, 'domain', {EMAIL_DOMAIN}, 'complaint', COALESCE(source, ''), topic_arn
    FROM complaints;
INSERT INTO feedback_facets (message_ref, event_at, facet, value, kind, source, topic_arn)
    SELECT message_ref, event_at, 'identity', source, 'complaint', source, topic_arn
    FROM complaints WHERE source IS NOT NULL AND source <> ''
)SQL"},
    // SQLite only (see rewriteSqliteCheckLists); nothing changes on PostgreSQL.
    {5, "SQLite: CHECK lists of three or more values written as OR chains (the same constraints)", ""},
};

// SQLite checks "CHECK (column IN ('a', 'b', 'c'))" (three values or more) with a temporary b-tree
// built for every row written: on the listener's write path that was about a third of SQLite's work
// per message (sns_messages has two such lists, address_state one, feedback_facets two). The same
// constraint as "column = 'a' OR column = 'b' OR ..." costs a few comparisons; NULL passes both ways.
// The table definitions are changed in place, as SQLite documents for constraint changes that every
// stored row still meets (lang_altertable.html, "making other kinds of table schema changes"): no
// row is rewritten, so this is instant on a database of any size.
Result<void> rewriteSqliteCheckLists(const QSqlDatabase &db)
{
    static const QRegularExpression list(QStringLiteral(R"(\b(\w+) IN \(('[^']*'(?:, '[^']*'){2,})\))"));
    static const QRegularExpression value(QStringLiteral("'[^']*'"));
    QList<std::pair<QString, QString>> changed;
    auto read = Sql::forEachRow(db, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table'"), {},
        [&changed](const QSqlQuery &q) {
            const QString before = q.value(1).toString();
            QString after = before;
            for (qsizetype from = 0;;) {
                const QRegularExpressionMatch m = list.match(after, from);
                if (!m.hasMatch())
                    break;
                QStringList terms;
                for (auto it = value.globalMatch(m.captured(2)); it.hasNext();)
                    terms << m.captured(1) + QStringLiteral(" = ") + it.next().captured(0);
                const QString chain = u'(' + terms.join(QStringLiteral(" OR ")) + u')';
                after.replace(m.capturedStart(0), m.capturedLength(0), chain);
                from = m.capturedStart(0) + chain.size();
            }
            if (after != before)
                changed.append({q.value(0).toString(), after});
        });
    if (!read)
        return read.error();
    if (changed.isEmpty())
        return {};
    auto version = Sql::scalar(db, QStringLiteral("PRAGMA schema_version"));
    if (!version)
        return version.error();
    if (auto on = exec(db, QStringLiteral("PRAGMA writable_schema = ON")); !on)
        return on.error();
    for (const auto &[table, sql] : std::as_const(changed)) {
        if (auto done = exec(db, QStringLiteral("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?"),
                             {sql, table});
            !done) {
            [[maybe_unused]] auto off = exec(db, QStringLiteral("PRAGMA writable_schema = OFF"));
            return done.error();
        }
    }
    // A new schema version makes every connection read the definitions again.
    auto bumped = exec(db, QStringLiteral("PRAGMA schema_version = %1").arg(version->toLongLong() + 1));
    auto off = exec(db, QStringLiteral("PRAGMA writable_schema = OFF"));
    if (!bumped)
        return bumped.error();
    if (!off)
        return off.error();
    return {};
}

QStringList statementsFor(const Migration &migration, const Dialect &dialect)
{
    const QString sql = dialect.schema(QString::fromUtf8(migration.sql));
    QStringList out;
    for (QString statement : sql.split(QStringLiteral(";\n"))) {
        // Drop comment lines; QtSql runs one statement per exec().
        QStringList lines;
        for (const QString &line : statement.split(u'\n'))
            if (!line.trimmed().startsWith(QStringLiteral("--")))
                lines << line;
        statement = lines.join(u'\n').trimmed();
        if (!statement.isEmpty())
            out << statement;
    }
    return out;
}

Result<bool> hasVersionTable(const QSqlDatabase &db)
{
    return db.tables().contains(QStringLiteral("schema_migrations"));
}

} // namespace

int Migrations::latestVersion()
{
    return std::size(kMigrations);
}

Result<int> Migrations::currentVersion(const QSqlDatabase &db)
{
    if (!*hasVersionTable(db))
        return 0;
    auto query = exec(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!query)
        return query.error();
    QSqlQuery q = std::move(query).value();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<int> Migrations::migrate(const QSqlDatabase &db, DatabaseUrl::Dialect which, int upTo)
{
    const Dialect dialect = Dialect::of(which);
    // A schema already up to date is only read: roles without CREATE on the schema (docs/sql/roles.sql)
    // can open it, since PostgreSQL checks CREATE even for CREATE TABLE IF NOT EXISTS of an existing table.
    if (auto current = currentVersion(db);
        current && (*current == latestVersion() || (upTo > 0 && *current >= upTo && *current <= latestVersion())))
        return 0;
    // A write transaction so two processes cannot interleave migrations; DDL is transactional in both.
    Transaction tx(db, Transaction::Mode::Write);
    if (auto begun = tx.begin(); !begun)
        return Error{begun.error().kind, QCoreApplication::translate("Store", "cannot lock the database for migration: %1").arg(begun.errorText()),
                     begun.error().code};
    if (const QString lock = dialect.migrationLock(); !lock.isEmpty())
        if (auto locked = exec(db, lock); !locked)
            return locked.error();
    if (auto created = exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                               "version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                                               "applied_at BIGINT NOT NULL)"));
        !created)
        return created.error();
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return Error::refused(QStringLiteral("the database schema is at version %1, newer than this Bouncedesk "
                                             "understands (%2); upgrade Bouncedesk, the database was not changed")
                                  .arg(*current)
                                  .arg(latestVersion()));

    int applied = 0;
    for (const Migration &migration : kMigrations) {
        if (migration.version <= *current || (upTo > 0 && migration.version > upTo))
            continue;
        for (const QString &statement : statementsFor(migration, dialect)) {
            if (auto done = exec(db, statement); !done)
                return Error::internal(QStringLiteral("migration %1 (%2) failed: %3")
                                           .arg(migration.version)
                                           .arg(QString::fromUtf8(migration.description), done.errorText()));
        }
        if (migration.version == 5 && dialect.isSqlite()) {
            if (auto done = rewriteSqliteCheckLists(db); !done)
                return Error::internal(QStringLiteral("migration 5 (%1) failed: %2")
                                           .arg(QString::fromUtf8(migration.description), done.errorText()));
        }
        if (auto recorded = exec(db,
                                 QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                                "VALUES (?, ?, ?)"),
                                 {migration.version, QString::fromUtf8(migration.description),
                                  QDateTime::currentMSecsSinceEpoch()});
            !recorded)
            return recorded.error();
        ++applied;
    }
    if (auto committed = tx.commit(); !committed)
        return Error{committed.error().kind, QCoreApplication::translate("Store", "cannot commit migration: %1").arg(committed.errorText()),
                     committed.error().code};
    return applied;
}

Result<void> Migrations::requireCurrent(const QSqlDatabase &db)
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current == latestVersion())
        return {};
    if (*current > latestVersion())
        return Error::refused(QStringLiteral("the database schema is at version %1, newer than this Bouncedesk "
                                             "understands (%2); upgrade Bouncedesk")
                                  .arg(*current)
                                  .arg(latestVersion()));
    return Error::refused(QStringLiteral("the database schema is at version %1; run 'bouncedesk-cli db migrate' "
                                         "to bring it to %2")
                              .arg(*current)
                              .arg(latestVersion()));
}

} // namespace Bouncedesk::Model
