// Translations: the language of the console and the CLI, and the locale their numbers and dates follow.
#pragma once

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

namespace Bouncedesk::Model::Translations {

struct Language {
    QString code;       // "de", "es", "en"; empty: the system's language
    QString nativeName; // as the language names itself
};

// The languages built into the binaries (:/i18n), English first; the source language needs no file
// but has one for its plural forms.
QList<Language> available();

// The locale for a language code: empty or unknown codes mean the system's locale (LANG, LC_ALL, ...).
QLocale localeFor(const QString &code);

// Installs Bouncedesk's and Qt's own translators for the locale on the running application and makes
// that locale QLocale's default, so numbers, dates and percentages follow it. Call once, before any
// widget exists. Returns the locale chosen.
QLocale install(const QString &code = {});

// A fraction as a percentage in the default locale's digits and spacing ("1.25%", "1,25 %"); "–" for NaN.
// format and precision as QLocale::toString(double): 'f' with decimals, or 'g' with significant digits.
QString percent(double fraction, int precision = 2, char format = 'f');
// A time for a table or label: the user's local time in the locale's short date and time format, with a
// four-digit year; English and the C locale keep ISO 8601 (2026-12-01 18:10), which no English reader
// misreads, whichever side of the Atlantic.
QString dateTime(const QDateTime &time, bool seconds = false);
QString date(const QDate &day);
// The same formats, for date and time edits.
QString dateFormat(const QLocale &locale = QLocale());
QString dateTimeFormat(bool seconds = false);

} // namespace Bouncedesk::Model::Translations
