// ComplaintsView driven like a user: the review queue, marking complaints reviewed with a note, the filter.
#include "DbProbe.h"
#include "Seed.h"
#include "SesMessages.h"
#include "TableText.h"
#include "TempDatabase.h"
#include "UserSettings.h"
#include "common/Dialogs.h"
#include "core/Settings.h"
#include "complaints/ComplaintsView.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "ingest/IngestWriter.h"
#include "store/Store.h"
#include "tables/ComplaintTableModel.h"


#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QScrollBar>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Model;
namespace Dialogs = Bouncedesk::Ui::Dialogs;

class TestComplaintsView final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheUnreviewedCount();
    void marksTheSelectionReviewedWithANote();
    void cancellingTheNoteChangesNothing();
    void ctrlMMarksReviewed();
    void showRawNotificationNamesTheMessage();
    void queueIsOrderedAndPaged();
    void addressIsShownWholeAt1280x800();
    void columnWidthsSurviveANewView();

private:
    qint64 scalar(const QString &sql, std::initializer_list<QVariant> values = {}) const
    {
        return Test::scalar(*Database::connection(m_temp->url()), sql, values);
    }
    qint64 seedComplaint(const QString &email);
    void selectRows(const QList<int> &rows);
    QTableView *table() const { return m_view->findChild<QTableView *>(QStringLiteral("complaintsTable")); }
    QLabel *countLabel() const { return m_view->findChild<QLabel *>(QStringLiteral("unreviewedCount")); }

    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<IngestWriter> m_writer;
    std::unique_ptr<Ui::ComplaintsView> m_view;
};

void TestComplaintsView::initTestCase()
{
    qputenv("USER", "reviewer-kim");
    Test::isolateUserSettings();
    Dialogs::Testing::enable();
}

void TestComplaintsView::init()
{
    Dialogs::Testing::reset();
    Settings().reset(Settings::Key::ComplaintsHeader);
    QString error;
    m_temp = Test::TempDatabase::create(&error);
    QVERIFY2(m_temp, qPrintable(error));
    auto opened = Store::open(m_temp->url());
    QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
    m_writer = std::make_unique<IngestWriter>(m_temp->url(), PolicySettings{});
    for (int i = 0; i < 5; ++i)
        QVERIFY(seedComplaint(QStringLiteral("user%1@example.org").arg(i)) > 0);
    m_view = std::make_unique<Ui::ComplaintsView>(m_temp->url());
    m_view->resize(1000, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestComplaintsView::cleanup()
{
    m_view.reset();
    m_writer.reset();
    m_temp.reset();
}

qint64 TestComplaintsView::seedComplaint(const QString &email)
{
    return Test::storeComplaint(*m_writer, email);
}

void TestComplaintsView::selectRows(const QList<int> &rows)
{
    QTableView *view = table();
    bool first = true;
    for (const int row : rows) {
        const QRect rect = view->visualRect(view->model()->index(row, ComplaintTableModel::Email));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, first ? Qt::NoModifier : Qt::ControlModifier,
                          rect.center());
        first = false;
    }
}

void TestComplaintsView::showsTheUnreviewedCount()
{
    QCOMPARE(countLabel()->text(), QStringLiteral("5 unreviewed"));
    QCOMPARE(table()->model()->rowCount(), 5);
    QAbstractItemModelTester tester(table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->refresh();
    auto *filter = m_view->findChild<QComboBox *>(QStringLiteral("reviewFilter"));
    filter->setCurrentIndex(filter->findText(QStringLiteral("All")));
    QCOMPARE(table()->model()->rowCount(), 5);
}

void TestComplaintsView::marksTheSelectionReviewedWithANote()
{
    QAbstractItemModelTester tester(table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(m_view.get(), &Ui::ComplaintsView::unreviewedCountChanged);
    QSignalSpy changed(m_view.get(), &Ui::ComplaintsView::dataChanged);
    auto *button = m_view->findChild<QPushButton *>(QStringLiteral("markReviewedButton"));
    QVERIFY(!button->isEnabled()); // nothing selected yet

    selectRows({0, 2});
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 2);
    const QString first = table()->model()->index(0, ComplaintTableModel::Email).data().toString();
    const QString third = table()->model()->index(2, ComplaintTableModel::Email).data().toString();
    QVERIFY(button->isEnabled());
    Dialogs::Testing::setNextText(QStringLiteral("checked with ISP"));
    QTest::mouseClick(button, Qt::LeftButton);

    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM complaints WHERE reviewed = 1 AND review_note = "
                                   "'checked with ISP' AND reviewed_by = ? AND reviewed_at IS NOT NULL"),
                    {Actor::current(*Database::connection(m_temp->url())).label()}),
             2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM complaints WHERE reviewed = 1 AND email IN (?, ?)"),
                    {first, third}),
             2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'complaint.review' AND "
                                   "note = 'checked with ISP' AND os_user = 'reviewer-kim'")),
             2);
    QCOMPARE(countLabel()->text(), QStringLiteral("3 unreviewed"));
    QVERIFY(!counts.isEmpty());
    QCOMPARE(counts.last().at(0).toLongLong(), 3);
    QCOMPARE(changed.size(), 1);
    // The unreviewed queue no longer shows them.
    QCOMPARE(table()->model()->rowCount(), 3);

    auto *filter = m_view->findChild<QComboBox *>(QStringLiteral("reviewFilter"));
    filter->setCurrentIndex(filter->findText(QStringLiteral("Reviewed")));
    QCOMPARE(table()->model()->rowCount(), 2);
    QStringList shown;
    for (int row = 0; row < 2; ++row) {
        shown << table()->model()->index(row, ComplaintTableModel::Email).data().toString();
        QCOMPARE(table()->model()->index(row, ComplaintTableModel::ReviewNote).data().toString(),
                 QStringLiteral("checked with ISP"));
        QCOMPARE(table()->model()->index(row, ComplaintTableModel::ReviewedBy).data().toString(),
                 Actor::current(*Database::connection(m_temp->url())).label());
    }
    shown.sort();
    QStringList expected{first, third};
    expected.sort();
    QCOMPARE(shown, expected);
    // Reviewed complaints cannot be marked again.
    selectRows({0});
    QVERIFY(!button->isEnabled());
}

void TestComplaintsView::cancellingTheNoteChangesNothing()
{
    QSignalSpy changed(m_view.get(), &Ui::ComplaintsView::dataChanged);
    selectRows({1});
    Dialogs::Testing::setNextText(QStringLiteral("typed then cancelled"), false);
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("markReviewedButton")), Qt::LeftButton);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM complaints WHERE reviewed = 1")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
    QCOMPARE(countLabel()->text(), QStringLiteral("5 unreviewed"));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(table()->model()->rowCount(), 5);
}

void TestComplaintsView::ctrlMMarksReviewed()
{
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    selectRows({0});
    table()->setFocus();
    Dialogs::Testing::setNextText(QString());
    QTest::keyClick(table(), Qt::Key_M, Qt::ControlModifier);
    QTRY_COMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM complaints WHERE reviewed = 1 AND review_note IS NULL")), 1);
    QCOMPARE(countLabel()->text(), QStringLiteral("4 unreviewed"));
}

void TestComplaintsView::showRawNotificationNamesTheMessage()
{
    QSignalSpy opened(m_view.get(), &Ui::ComplaintsView::openNotification);
    selectRows({3});
    const qint64 id = table()->model()->index(3, 0).data(ComplaintTableModel::IdRole).toLongLong();
    auto *action = m_view->findChild<QAction *>(QStringLiteral("showRawNotificationAction"));
    QVERIFY(action->isEnabled());
    action->trigger();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toLongLong(),
             scalar(QStringLiteral("SELECT message_ref FROM complaints WHERE id = ?"), {id}));
}

void TestComplaintsView::queueIsOrderedAndPaged()
{
    // More complaints than one page: the view fetches the rest as it scrolls.
    auto db = *Database::connection(m_temp->url());
    const qint64 messageRef = scalar(QStringLiteral("SELECT MIN(message_ref) FROM complaints"));
    const int extra = ComplaintTableModel::kPageSize + 20;
    QVERIFY(db.transaction());
    for (int i = 0; i < extra; ++i)
        QVERIFY(exec(db,
                     QStringLiteral("INSERT INTO complaints (message_ref, email, topic_arn, event_at, reviewed) "
                                    "VALUES (?, ?, 't', ?, ?)"),
                     {messageRef, QStringLiteral("old%1@example.org").arg(i), 1000 + i, i % 2})
                    .ok());
    QVERIFY(db.commit());
    auto *filter = m_view->findChild<QComboBox *>(QStringLiteral("reviewFilter"));
    filter->setCurrentIndex(filter->findText(QStringLiteral("All")));
    QAbstractItemModelTester tester(table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The model reads one page at a time (the model tester would fetch on its own, so it comes later)...
    ComplaintTableModel pages(m_temp->url());
    QVERIFY(pages.setFilter(ComplaintTableModel::Filter::All).ok());
    QCOMPARE(pages.rowCount(), ComplaintTableModel::kPageSize);
    QVERIFY(pages.canFetchMore({}));
    pages.fetchMore({});
    QCOMPARE(pages.rowCount(), 5 + extra);
    QVERIFY(!pages.canFetchMore({}));
    QAbstractItemModelTester pagesTester(&pages, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(pages.setFilter(ComplaintTableModel::Filter::Unreviewed).ok());
    QCOMPARE(pages.rowCount(), 5 + extra / 2);
    // ...and the view asks for the rest as it is scrolled to the end.
    for (int i = 0; i < 10 && table()->model()->rowCount() < 5 + extra; ++i) {
        table()->scrollToBottom();
        QCoreApplication::processEvents();
    }
    QCOMPARE(table()->model()->rowCount(), 5 + extra);
    // Unreviewed first, newest first within each group.
    auto *model = table()->model();
    for (int row = 1; row < model->rowCount(); ++row) {
        const bool prevReviewed = model->index(row - 1, 0).data(ComplaintTableModel::ReviewedRole).toBool();
        const bool reviewed = model->index(row, 0).data(ComplaintTableModel::ReviewedRole).toBool();
        QVERIFY(!prevReviewed || reviewed);
    }
    QCOMPARE(model->index(0, ComplaintTableModel::Email).data().toString(), QStringLiteral("user4@example.org"));
    QCOMPARE(countLabel()->text(), QStringLiteral("%1 unreviewed").arg(QLocale().toString(5 + extra / 2)));
}

void TestComplaintsView::addressIsShownWholeAt1280x800()
{
    const QString typical = QStringLiteral("firstname.lastname@example-company.com");
    QVERIFY(seedComplaint(typical) > 0);
    m_view = std::make_unique<Ui::ComplaintsView>(m_temp->url());
    m_view->resize(1280, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTableView *view = table();
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, ComplaintTableModel::Email).data().toString() == typical)
            row = r;
    QVERIFY(row >= 0);
    const QModelIndex address = view->model()->index(row, ComplaintTableModel::Email);
    QCOMPARE(Test::shownText(view, address, view->columnWidth(ComplaintTableModel::Email)), typical);
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    // The note, last, takes what is left: a fair share, and more than the user agent it used to lose to.
    const int note = view->columnWidth(ComplaintTableModel::ReviewNote);
    QVERIFY2(note >= view->viewport()->width() / 8, qPrintable(QString::number(note)));
    QVERIFY(note > view->columnWidth(ComplaintTableModel::UserAgent));
}

void TestComplaintsView::columnWidthsSurviveANewView()
{
    QHeaderView *header = table()->horizontalHeader();
    header->resizeSection(ComplaintTableModel::UserAgent, 77);
    m_view = std::make_unique<Ui::ComplaintsView>(m_temp->url());
    QCOMPARE(table()->horizontalHeader()->sectionSize(ComplaintTableModel::UserAgent), 77);
}

QTEST_MAIN(TestComplaintsView)
#include "tst_complaints_view.moc"
