// One-value SQL reads for tests.
#include "DbProbe.h"

#include "store/Database.h"

#include <QDebug>
#include <QSqlQuery>

namespace Bouncedesk::Test {

qint64 scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    auto q = Model::exec(db, sql, values);
    if (!q) {
        qWarning() << q.errorText();
        return -1;
    }
    QSqlQuery query = std::move(q).value();
    return query.next() ? query.value(0).toLongLong() : -2;
}

QVariant value(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    auto q = Model::exec(db, sql, values);
    if (!q)
        return QStringLiteral("(error %1)").arg(q.errorText());
    QSqlQuery query = std::move(q).value();
    return query.next() ? query.value(0) : QVariant(QStringLiteral("(no row)"));
}

QString text(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    const QVariant v = value(db, sql, values);
    return v.isNull() ? QStringLiteral("(null)") : v.toString();
}

} // namespace Bouncedesk::Test
