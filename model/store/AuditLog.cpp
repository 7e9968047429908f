// Audit rows for manual changes: one per user action, in the action's own transaction.
#include "store/AuditLog.h"

#include "store/Database.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace Bouncedesk::Model {

Actor Actor::current(const QSqlDatabase &db)
{
    return {Store::osUser(), Store::databaseUser(db)};
}

QString Actor::label() const
{
    const QString os = osUser.isEmpty() ? QStringLiteral("unknown") : osUser;
    if (dbUser.isEmpty() || dbUser == os)
        return os;
    return QStringLiteral("%1 (db %2)").arg(os, dbUser);
}

namespace {
QVariant jsonText(const QJsonObject &object)
{
    if (object.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}
} // namespace

Result<void> writeAudit(const QSqlDatabase &db, const Actor &actor, const QString &action, const QString &target,
                        const QJsonObject &before, const QJsonObject &after, const QString &note)
{
    if (action.isEmpty())
        return Error::internal(QCoreApplication::translate("Store", "an audit row needs an action"));
    auto inserted = exec(db,
                         QStringLiteral("INSERT INTO audit_log (at, db_user, os_user, action, target, before_state, "
                                        "after_state, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {QDateTime::currentMSecsSinceEpoch(), textOrNull(actor.dbUser), textOrNull(actor.osUser),
                          action, textOrNull(target), jsonText(before), jsonText(after), textOrNull(note)});
    if (!inserted)
        return Error{inserted.error().kind, QCoreApplication::translate("Store", "cannot write the audit log: %1").arg(inserted.errorText()),
                     inserted.error().code};
    return {};
}

} // namespace Bouncedesk::Model
