// The console in German and Spanish: started with LANG=de_DE.UTF-8 or es_ES.UTF-8 (CTest sets it), every
// view, menu and the settings dialog show the translations, and numbers, dates and percentages follow
// the locale. BOUNCEDESK_TEST_LANGUAGE names the language the environment asks for.
#include "TempDatabase.h"
#include "UserSettings.h"
#include "common/Dialogs.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "main/MainWindow.h"
#include "settings/SettingsDialog.h"
#include "store/Store.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace Bouncedesk;

namespace {
// English source text -> this language's translation, from the committed .ts file.
QHash<QString, QString> readTranslations(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QHash<QString, QString> out;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation" && !source.isEmpty()) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.isEmpty())
                out.insert(source, text);
            source.clear();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QString withoutMnemonic(QString text) { return text.remove(u'&'); }

// What a person sees in a widget tree: labels, buttons, tabs, combo items, placeholders, group titles,
// table headers, chart titles, actions (menus).
QStringList visibleTexts(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (w != root && !w->isVisibleTo(root))
            continue;
        out << w->windowTitle() << w->toolTip();
        if (auto *label = qobject_cast<QLabel *>(w))
            out << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            out << button->text();
        if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                out << combo->itemText(i);
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            out << edit->placeholderText();
        if (auto *group = qobject_cast<QGroupBox *>(w))
            out << group->title();
        if (auto *tabs = qobject_cast<QTabWidget *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                out << tabs->tabText(i);
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model())
            for (int c = 0; c < view->model()->columnCount(); ++c)
                out << view->model()->headerData(c, Qt::Horizontal).toString();
        if (auto *chart = qobject_cast<QChartView *>(w)) {
            out << chart->chart()->title();
            for (QAbstractAxis *axis : chart->chart()->axes())
                out << axis->titleText();
        }
    }
    for (QAction *action : root->findChildren<QAction *>())
        out << action->text();
    out.removeAll(QString());
    out.removeDuplicates();
    return out;
}
} // namespace

class TestConsoleLanguage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void followsTheSystemLocale();
    void menusSpeakTheLanguage();
    void noViewShowsEnglishThatHasATranslation();
    void settingsDialogIsTranslatedAndOffersTheLanguages();
    void numbersDatesAndPercentagesFollowTheLocale();

private:
    // The English texts in `texts` that this language translates differently: shown untranslated.
    QStringList untranslated(const QStringList &texts) const;

    QString m_language;
    QLocale m_locale;
    QHash<QString, QString> m_translations;
    std::unique_ptr<Test::TempDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Model::Settings> m_settings;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestConsoleLanguage::initTestCase()
{
    Test::isolateUserSettings();
    Ui::Dialogs::Testing::enable();
    m_language = qEnvironmentVariable("BOUNCEDESK_TEST_LANGUAGE");
    QVERIFY2(!m_language.isEmpty(), "BOUNCEDESK_TEST_LANGUAGE is not set (CTest sets it with LANG)");
    // What the console's main() does before any widget: the setting is empty, so the system's (LANG).
    m_locale = Model::Translations::install(QString());
    QString error;
    m_translations = readTranslations(QStringLiteral(BOUNCEDESK_SOURCE_DIR "/translations/bouncedesk_%1.ts").arg(m_language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_translations.size() > 300);
}

void TestConsoleLanguage::init()
{
    QString error;
    m_db = Test::TempDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY(Model::Store::open(m_db->url()).ok());
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Model::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
}

void TestConsoleLanguage::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_db.reset();
}

QStringList TestConsoleLanguage::untranslated(const QStringList &texts) const
{
    QStringList out;
    for (const QString &text : texts) {
        const auto it = m_translations.constFind(text);
        if (it != m_translations.cend() && *it != text)
            out << text;
    }
    return out;
}

void TestConsoleLanguage::followsTheSystemLocale()
{
    QCOMPARE(QLocale::languageToCode(m_locale.language()), m_language);
    QCOMPARE(QLocale().language(), m_locale.language());
}

void TestConsoleLanguage::menusSpeakTheLanguage()
{
    m_window = std::make_unique<Ui::MainWindow>(m_db->url(), m_settings.get(), nullptr);
    m_window->show();
    QStringList titles;
    for (QAction *action : m_window->menuBar()->actions())
        titles << withoutMnemonic(action->text());
    // What a German or Spanish admin reads first; spelled out here, not taken from the .ts file.
    const QHash<QString, QStringList> expected{
        {QStringLiteral("de"), {QStringLiteral("Datei"), QStringLiteral("Ansicht"), QStringLiteral("Hilfe")}},
        {QStringLiteral("es"), {QStringLiteral("Archivo"), QStringLiteral("Ver"), QStringLiteral("Ayuda")}},
    };
    for (const QString &title : expected.value(m_language))
        QVERIFY2(titles.contains(title), qPrintable(titles.join(u", ")));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    QVERIFY2(withoutMnemonic(tabs->tabText(1)) != u"Bounces" || m_language == u"de", qPrintable(tabs->tabText(1)));
    QVERIFY2(withoutMnemonic(tabs->tabText(2)).startsWith(m_language == u"de" ? u"Beschwerden" : u"Quejas"),
             qPrintable(tabs->tabText(2)));
}

void TestConsoleLanguage::noViewShowsEnglishThatHasATranslation()
{
    m_window = std::make_unique<Ui::MainWindow>(m_db->url(), m_settings.get(), nullptr);
    m_window->resize(1280, 800);
    m_window->show();
    QStringList english;
    for (const QString &name : Ui::MainWindow::viewNames()) {
        QVERIFY(m_window->showView(name));
        m_window->refresh();
        QTest::qWait(50);
        const QStringList shown = visibleTexts(m_window.get());
        QVERIFY(shown.size() > 10);
        for (const QString &text : untranslated(shown))
            english << name + u": " + text;
    }
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u"\n")));
}

void TestConsoleLanguage::settingsDialogIsTranslatedAndOffersTheLanguages()
{
    Ui::SettingsDialog dialog(m_settings.get());
    dialog.show();
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    QVERIFY(tabs);
    QStringList english;
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        english << untranslated(visibleTexts(&dialog));
    }
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u"\n")));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(language);
    QCOMPARE(language->currentIndex(), 0); // the system's
    QVERIFY(language->findText(QStringLiteral("Deutsch")) > 0);
    QVERIFY(language->findText(QStringLiteral("Español")) > 0);
    // Choosing a language is kept for the next start.
    language->setCurrentIndex(language->findData(QStringLiteral("es")));
    dialog.accept();
    QCOMPARE(m_settings->get(Model::Settings::Key::Language).toString(), QStringLiteral("es"));
}

void TestConsoleLanguage::numbersDatesAndPercentagesFollowTheLocale()
{
    // 1.25% in both languages: a decimal comma and a space (ordinary or no-break) before the sign.
    const auto spaced = [](QString text) { return text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' '); };
    QCOMPARE(spaced(Model::Translations::percent(0.0125)), QStringLiteral("1,25 %"));
    QCOMPARE(spaced(Model::Translations::percent(0.001, 3, 'g')), QStringLiteral("0,1 %"));
    const QDateTime time(QDate(2026, 12, 1), QTime(18, 5), QTimeZone::systemTimeZone());
    const QString shown = Model::Translations::dateTime(time);
    QVERIFY2(shown.contains(m_language == u"de" ? u"01.12.2026" : u"1/12/2026"), qPrintable(shown));
    QVERIFY2(shown.contains(u"18:05"), qPrintable(shown));
    // Digit grouping: a dot; Spanish leaves four-digit numbers ungrouped (CLDR's minimum grouping).
    QCOMPARE(QLocale().toString(98765), QStringLiteral("98.765"));
    QCOMPARE(QLocale().toString(1234), m_language == u"de" ? QStringLiteral("1.234") : QStringLiteral("1234"));
}

QTEST_MAIN(TestConsoleLanguage)
#include "tst_console_language.moc"
