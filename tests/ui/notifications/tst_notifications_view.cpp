// The Notifications view at the size people use it: one line per message, columns fitted, remembered.
#include "Seed.h"
#include "SesMessages.h"
#include "TableText.h"
#include "TempDatabase.h"
#include "UserSettings.h"
#include "core/Settings.h"
#include "ingest/IngestWriter.h"
#include "notifications/NotificationsModel.h"
#include "notifications/NotificationsView.h"
#include "store/Store.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Model;

class TestNotificationsView final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyRowIsOneLine();
    void longValuesAreShownWholeWhenThereIsRoom();
    void headerStateSurvivesANewView();
    void reachableFromTheKeyboard();

private:
    void createView();
    QTableView *table() const { return m_view->findChild<QTableView *>(QStringLiteral("notificationsTable")); }

    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<Ui::NotificationsView> m_view;
};

void TestNotificationsView::initTestCase()
{
    Test::isolateUserSettings();
}

void TestNotificationsView::init()
{
    Settings().reset(Settings::Key::NotificationsHeader);
    QString error;
    m_temp = Test::TempDatabase::create(&error);
    QVERIFY2(m_temp, qPrintable(error));
    QVERIFY(Store::open(m_temp->url()).ok());
    IngestWriter writer(m_temp->url(), PolicySettings{});
    for (int i = 0; i < 3; ++i)
        QVERIFY(Test::storeSes(writer, Test::Ses::bounce({QStringLiteral("user%1@example.org").arg(i)},
                                                         QStringLiteral("Permanent"), QStringLiteral("General")))
                    .ok());
    // A subject over two lines (SNS allows line breaks there) must not make its row two lines high.
    IngestItem item = Test::sesItem(Test::Ses::complaint({QStringLiteral("erin@example.org")}));
    item.envelope.subject = QStringLiteral("Amazon SES Email Event Notification\nsecond line of the subject");
    QVERIFY(Test::store(writer, std::move(item)).ok());
    createView();
}

void TestNotificationsView::createView()
{
    m_view = std::make_unique<Ui::NotificationsView>(m_temp->url());
    m_view->resize(1280, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestNotificationsView::cleanup()
{
    m_view.reset();
    m_temp.reset();
}

void TestNotificationsView::everyRowIsOneLine()
{
    QTableView *view = table();
    QCOMPARE(view->model()->rowCount(), 4);
    const int line = view->fontMetrics().lineSpacing();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        QVERIFY2(view->rowHeight(row) < 2 * line, qPrintable(QString::number(view->rowHeight(row))));
        QCOMPARE(view->rowHeight(row), view->rowHeight(0)); // uniform
        for (int column = 0; column < view->model()->columnCount(); ++column)
            QVERIFY(!view->model()->index(row, column).data().toString().contains(u'\n'));
    }
    QVERIFY(!view->wordWrap());
    QCOMPARE(view->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    // The subject is there, on one line, and whole in the tool tip.
    bool found = false;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex note = view->model()->index(row, Ui::NotificationsModel::Note);
        if (note.data().toString() == u"Amazon SES Email Event Notification second line of the subject")
            found = true;
    }
    QVERIFY(found);
}

void TestNotificationsView::longValuesAreShownWholeWhenThereIsRoom()
{
    QTableView *view = table();
    for (const int column : {int(Ui::NotificationsModel::Topic), int(Ui::NotificationsModel::MessageId)}) {
        const QModelIndex index = view->model()->index(0, column);
        QCOMPARE(Test::shownText(view, index, view->columnWidth(column)), index.data().toString());
    }
}

void TestNotificationsView::headerStateSurvivesANewView()
{
    QHeaderView *header = table()->horizontalHeader();
    header->resizeSection(Ui::NotificationsModel::Topic, 123);
    header->moveSection(header->visualIndex(Ui::NotificationsModel::MessageId), 1);
    createView();
    header = table()->horizontalHeader();
    QCOMPARE(header->sectionSize(Ui::NotificationsModel::Topic), 123);
    QCOMPARE(header->logicalIndex(1), int(Ui::NotificationsModel::MessageId));
    QVERIFY(header->isSectionHidden(Ui::NotificationsModel::Id));
}

void TestNotificationsView::reachableFromTheKeyboard()
{
    auto *search = m_view->findChild<QLineEdit *>(QStringLiteral("notificationSearch"));
    auto *raw = m_view->findChild<QPlainTextEdit *>(QStringLiteral("rawJson"));
    for (QWidget *w : {static_cast<QWidget *>(table()), static_cast<QWidget *>(search), static_cast<QWidget *>(raw)})
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    if (!QTest::qWaitForWindowActive(m_view.get()))
        QSKIP("no active window on this platform");
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    // Down the list with the arrow keys: the raw JSON follows the current row.
    table()->setFocus();
    table()->selectRow(0);
    const QString first = raw->toPlainText();
    QTest::keyClick(table(), Qt::Key_Down);
    QTRY_VERIFY(raw->toPlainText() != first);
}

QTEST_MAIN(TestNotificationsView)
#include "tst_notifications_view.moc"
