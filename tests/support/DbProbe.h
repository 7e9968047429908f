// DbProbe: one-value SQL reads for test assertions (a count, one column of one row).
#pragma once

#include <QSqlDatabase>
#include <QVariant>

#include <initializer_list>

namespace Bouncedesk::Test {

// The first column of the first row as a number: -1 if the query fails (with a warning), -2 if there is no row.
qint64 scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});

// The first column of the first row; "(error ...)" or "(no row)" as text otherwise, so a comparison shows why.
QVariant value(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});

// value() as text, with "(null)" for NULL.
QString text(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});

} // namespace Bouncedesk::Test
