// Translations: loads the .qm files built into the binaries (model/CMakeLists.txt) and Qt's own.
#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <cmath>

namespace Bouncedesk::Model::Translations {

QList<Language> available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

QLocale localeFor(const QString &code)
{
    for (const Language &language : available())
        if (language.code == code)
            return QLocale(code);
    return QLocale::system();
}

QLocale install(const QString &code)
{
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    QCoreApplication *app = QCoreApplication::instance();
    const auto load = [app, &locale](const QString &name, const QString &directory) {
        auto *translator = new QTranslator(app);
        if (translator->load(locale, name, QStringLiteral("_"), directory))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    // Qt's own (qtbase: the standard buttons and dialogs) first, so ours wins where both translate.
    load(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(QStringLiteral("bouncedesk"), QStringLiteral(":/i18n"));
    return locale;
}

QString percent(double fraction, int precision, char format)
{
    if (std::isnan(fraction))
        return QStringLiteral("–");
    //: A percentage: German and Spanish put a space before the sign.
    return QCoreApplication::translate("Translations", "%1%").arg(QLocale().toString(fraction * 100, format, precision));
}

namespace {
bool isoLocale(const QLocale &locale = QLocale())
{
    const QLocale::Language language = locale.language();
    return language == QLocale::C || language == QLocale::English;
}

QString fourDigitYear(QString format)
{
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}
} // namespace

QString dateFormat(const QLocale &locale)
{
    return isoLocale(locale) ? QStringLiteral("yyyy-MM-dd") : fourDigitYear(locale.dateFormat(QLocale::ShortFormat));
}

QString dateTimeFormat(bool seconds)
{
    if (isoLocale())
        return seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm");
    QString format = fourDigitYear(QLocale().dateTimeFormat(QLocale::ShortFormat));
    if (seconds && !format.contains(QStringLiteral(":ss")))
        format.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    return format;
}

QString dateTime(const QDateTime &time, bool seconds)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), dateTimeFormat(seconds)) : QString();
}

QString date(const QDate &day) { return day.isValid() ? QLocale().toString(day, dateFormat()) : QString(); }

} // namespace Bouncedesk::Model::Translations
