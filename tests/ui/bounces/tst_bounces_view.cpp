// The Bounces view driven like a user: filters, search, sort, history and reset, on events stored the real way.
#include "DbProbe.h"
#include "Seed.h"
#include "SesMessages.h"
#include "TableText.h"
#include "TempDatabase.h"
#include "UserSettings.h"
#include "bounces/AddressHistoryDialog.h"
#include "bounces/BounceDetailsPane.h"
#include "bounces/BouncesView.h"
#include "common/Dialogs.h"
#include "core/Settings.h"
#include "store/Database.h"
#include "ingest/IngestWriter.h"
#include "store/Store.h"
#include "tables/BounceTableModel.h"


#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QScrollBar>
#include <QSplitter>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Model;

namespace {
const QDateTime kT0 = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
const QString kNews = QStringLiteral("news@shop.example");
const QString kBilling = QStringLiteral("billing@shop.example");
const QString kAlerts = QStringLiteral("alerts@shop.example");

QString fromIdentity(const QString &sesMessage, const QString &source)
{
    QJsonObject o = QJsonDocument::fromJson(sesMessage.toUtf8()).object();
    QJsonObject mail = o.value(QStringLiteral("mail")).toObject();
    mail.insert(QStringLiteral("source"), source);
    o.insert(QStringLiteral("mail"), mail);
    return Test::Ses::text(o);
}

QString bounce(const QString &to, const QString &type, const QString &source, const QDateTime &at)
{
    const QString sub = type == u"Permanent" ? QStringLiteral("General")
        : type == u"Transient"               ? QStringLiteral("MailboxFull")
                                             : QStringLiteral("Undetermined");
    return fromIdentity(Test::Ses::bounce({to}, type, sub, false, at), source);
}
} // namespace

class TestBouncesView final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void filterByType();
    void searchIsCaseInsensitive();
    void filterByIdentityAndDate();
    void sortByDate();
    void historyListsEventsAndStateChanges();
    void resetThroughTheConfirmation();
    void decliningChangesNothing();
    void failedResetKeepsTheReason();
    void readOnlyRoleDisablesReset();
    void headerStateIsRestored();
    void addressIsShownWholeAt1280x800();
    void stateColumnSaysWhatIsTrueNow();
    void detailsPaneShowsTheSelectedBounce();
    void domainSearchFromTheSearchBox();
    void modelPassesTheTester();
    void largeTableLoadsInPages();

private:
    void store(const QString &sesMessage);
    QVariant value(const QString &sql, std::initializer_list<QVariant> values = {}) const
    {
        return Test::value(db(), sql, values);
    }
    QSqlDatabase db() const { return *Database::connection(m_temp->url()); }
    int rowOf(const QString &email) const;
    template <typename T>
    T *child(const char *name) const
    {
        auto *w = m_view->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<Ui::BouncesView> m_view;
};

void TestBouncesView::initTestCase()
{
    Test::isolateUserSettings();
    Ui::Dialogs::Testing::enable();
}

void TestBouncesView::init()
{
    Ui::Dialogs::Testing::reset();
    for (const auto key : {Settings::Key::BouncesHeader, Settings::Key::BouncesSplitter})
        Settings().reset(key);
    QString error;
    m_temp = Test::TempDatabase::create(&error);
    QVERIFY2(m_temp, qPrintable(error));
    QVERIFY(Store::open(m_temp->url()).ok());
    {
        IngestWriter writer(m_temp->url(), PolicySettings{});
        auto submit = [&writer](const QString &sesMessage) { return Test::storeSes(writer, sesMessage).ok(); };
        // 2 hard, 3 soft, 1 undetermined over three identities, plus a delivery and a complaint.
        QVERIFY(submit(fromIdentity(Test::Ses::delivery({QStringLiteral("Alice@A.example")}, false, kT0.addDays(-1)), kNews)));
        QVERIFY(submit(bounce(QStringLiteral("Alice@A.example"), QStringLiteral("Permanent"), kNews, kT0)));
        QVERIFY(submit(bounce(QStringLiteral("bob@b.example"), QStringLiteral("Transient"), kBilling, kT0.addSecs(3600))));
        QVERIFY(submit(bounce(QStringLiteral("BOB@b.example"), QStringLiteral("Transient"), kBilling, kT0.addSecs(7200))));
        QVERIFY(submit(bounce(QStringLiteral("carol@c.example"), QStringLiteral("Undetermined"), kNews, kT0.addSecs(10800))));
        QVERIFY(submit(bounce(QStringLiteral("dave@d.example"), QStringLiteral("Permanent"), kBilling, kT0.addSecs(14400))));
        QVERIFY(submit(bounce(QStringLiteral("frank@f.example"), QStringLiteral("Transient"), kAlerts, kT0.addDays(40))));
        QVERIFY(submit(Test::Ses::complaint({QStringLiteral("erin@e.example")})));
    }
    m_view = std::make_unique<Ui::BouncesView>(m_temp->url());
    m_view->resize(1000, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestBouncesView::cleanup()
{
    m_view.reset();
    m_temp.reset();
}

void TestBouncesView::store(const QString &sesMessage)
{
    IngestWriter writer(m_temp->url(), PolicySettings{});
    auto stored = Test::storeSes(writer, sesMessage);
    QVERIFY2(stored.ok(), qPrintable(stored.errorText()));
}

int TestBouncesView::rowOf(const QString &email) const
{
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        if (m_view->model()->emailAt(row).compare(email, Qt::CaseInsensitive) == 0)
            return row;
    return -1;
}

void TestBouncesView::filterByType()
{
    auto *type = child<QComboBox>("typeFilter");
    auto *count = child<QLabel>("bouncesCount");
    QCOMPARE(m_view->model()->rowCount(), 6);
    QTRY_COMPARE(count->text(), QStringLiteral("6 bounces"));
    const std::pair<QString, int> expected[] = {
        {QStringLiteral("Hard"), 2}, {QStringLiteral("Soft"), 3}, {QStringLiteral("Undetermined"), 1}, {QStringLiteral("All types"), 6}};
    for (const auto &[label, rows] : expected) {
        type->setCurrentIndex(type->findText(label));
        QCOMPARE(m_view->model()->rowCount(), rows);
        QTRY_COMPARE(count->text(), rows == 1 ? QStringLiteral("1 bounce") : QStringLiteral("%1 bounces").arg(rows));
    }
    type->setCurrentIndex(type->findText(QStringLiteral("Hard")));
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        QCOMPARE(m_view->model()->index(row, BounceTableModel::Type).data().toString(), QStringLiteral("Permanent"));
}

void TestBouncesView::searchIsCaseInsensitive()
{
    auto *search = child<QLineEdit>("searchBox");
    QTest::keyClicks(search, QStringLiteral("ALICE@a.EXAMPLE"));
    QTRY_COMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(m_view->model()->emailAt(0), QStringLiteral("Alice@A.example"));
    QTRY_COMPARE(child<QLabel>("bouncesCount")->text(), QStringLiteral("1 bounce"));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("Bob"));
    QTRY_COMPARE(m_view->model()->rowCount(), 2); // bob@ and BOB@
    // Ctrl+F brings the search box back into focus from the table.
    auto *table = child<QTableView>("bouncesTable");
    table->setFocus();
    if (QTest::qWaitForWindowActive(m_view.get())) {
        QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
    }
}

void TestBouncesView::filterByIdentityAndDate()
{
    auto *identity = child<QComboBox>("identityFilter");
    QCOMPARE(identity->count(), 4); // all + three identities
    identity->setCurrentIndex(identity->findData(kBilling));
    QCOMPARE(m_view->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(m_view->model()->index(row, BounceTableModel::Identity).data().toString(), kBilling);
    identity->setCurrentIndex(0);
    QCOMPARE(m_view->model()->rowCount(), 6);

    auto *from = child<QDateEdit>("fromDate");
    auto *to = child<QDateEdit>("toDate");
    from->setDate(kT0.addDays(30).toLocalTime().date());
    to->setDate(kT0.addDays(50).toLocalTime().date());
    QCOMPARE(m_view->model()->rowCount(), 6); // not applied until enabled
    child<QCheckBox>("dateFilterEnabled")->setChecked(true);
    QCOMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(m_view->model()->emailAt(0), QStringLiteral("frank@f.example"));
}

void TestBouncesView::sortByDate()
{
    auto *table = child<QTableView>("bouncesTable");
    QHeaderView *header = table->horizontalHeader();
    QCOMPARE(m_view->model()->emailAt(0), QStringLiteral("frank@f.example")); // newest first
    auto clickHeader = [header](int section) {
        const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };
    clickHeader(BounceTableModel::Date);
    QCOMPARE(m_view->model()->sortOrder(), Qt::AscendingOrder);
    QCOMPARE(m_view->model()->emailAt(0), QStringLiteral("Alice@A.example"));
    QCOMPARE(m_view->model()->emailAt(5), QStringLiteral("frank@f.example"));

    // Address sorts case-insensitively in SQL.
    clickHeader(BounceTableModel::Address);
    QCOMPARE(m_view->model()->sortColumn(), int(BounceTableModel::Address));
    QStringList order;
    for (int row = 0; row < 6; ++row)
        order << m_view->model()->emailAt(row).toLower();
    QStringList sorted = order;
    std::sort(sorted.begin(), sorted.end());
    QVERIFY(order == sorted || order == QStringList(sorted.crbegin(), sorted.crend()));

    // An unindexed column is not sortable: the order and the indicator stay.
    const int column = m_view->model()->sortColumn();
    clickHeader(BounceTableModel::DiagnosticCode);
    QCOMPARE(m_view->model()->sortColumn(), column);
    QCOMPARE(header->sortIndicatorSection(), column);
}

void TestBouncesView::historyListsEventsAndStateChanges()
{
    auto *table = child<QTableView>("bouncesTable");
    const int row = rowOf(QStringLiteral("alice@a.example"));
    QVERIFY(row >= 0);
    table->setCurrentIndex(m_view->model()->index(row, 0));
    table->setFocus();
    if (QTest::qWaitForWindowActive(m_view.get()))
        QTest::keyClick(table, Qt::Key_Return);
    else
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->currentIndex()).center());
    QTRY_VERIFY(m_view->historyDialog());
    Ui::AddressHistoryDialog *dialog = m_view->historyDialog();
    QCOMPARE(dialog->email(), QStringLiteral("Alice@A.example"));
    auto *history = dialog->findChild<QTableWidget *>(QStringLiteral("historyTable"));
    QVERIFY(history);
    QStringList kinds;
    for (int r = 0; r < history->rowCount(); ++r)
        kinds << history->item(r, 1)->text();
    QCOMPARE(kinds, QStringList({QStringLiteral("suppression-added"), QStringLiteral("state"), QStringLiteral("bounce"),
                                 QStringLiteral("delivery")}));
    QVERIFY(history->item(2, 2)->text().contains(u"Permanent/General"));
    QVERIFY(history->item(1, 2)->text().contains(u"hard"));

    // "Show raw notification" on the bounce row.
    QSignalSpy opened(m_view.get(), &Ui::BouncesView::openNotification);
    history->setCurrentCell(2, 0);
    dialog->findChild<QPushButton *>(QStringLiteral("showRawButton"))->click();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), m_view->model()->messageRefAt(row));
}

void TestBouncesView::resetThroughTheConfirmation()
{
    auto *table = child<QTableView>("bouncesTable");
    const int row = rowOf(QStringLiteral("alice@a.example"));
    table->selectRow(row);
    QSignalSpy changed(m_view.get(), &Ui::BouncesView::dataChanged);
    Ui::Dialogs::Testing::setNextConfirm(true);
    Ui::Dialogs::Testing::setNextText(QStringLiteral("mailbox fixed"));
    table->setFocus();
    if (QTest::qWaitForWindowActive(m_view.get()))
        QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier);
    else
        child<QAction>("resetAction")->trigger();
    QTRY_COMPARE(changed.count(), 1);

    const QStringList shown = Ui::Dialogs::Testing::shownMessages();
    QCOMPARE(shown.size(), 1); // the confirmation only: no error
    QVERIFY2(shown.at(0).contains(u"status hard -> clean; lifts suppression hard-bounce"), qPrintable(shown.at(0)));
    const QString key = QStringLiteral("alice@a.example");
    QCOMPARE(value(QStringLiteral("SELECT status FROM address_state WHERE email = ?"), {key}).toString(), QStringLiteral("clean"));
    QCOMPARE(value(QStringLiteral("SELECT active FROM suppressions WHERE email = ?"), {key}).toInt(), 0);
    QCOMPARE(value(QStringLiteral("SELECT removal_reason FROM suppressions WHERE email = ?"), {key}).toString(),
             QStringLiteral("mailbox fixed"));
    QCOMPARE(value(QStringLiteral("SELECT os_user FROM audit_log WHERE action = 'address.reset' AND target = ?"), {key})
                 .toString(),
             Store::osUser());
    // The bounce itself is kept and still listed; the selection survived the refresh.
    QCOMPARE(m_view->model()->rowCount(), 6);
    QVERIFY(table->selectionModel()->isRowSelected(rowOf(key), {}));
}

void TestBouncesView::decliningChangesNothing()
{
    auto *table = child<QTableView>("bouncesTable");
    table->selectRow(rowOf(QStringLiteral("dave@d.example")));
    QSignalSpy changed(m_view.get(), &Ui::BouncesView::dataChanged);
    auto *reset = child<QAction>("resetAction");
    QVERIFY(reset->isEnabled());

    Ui::Dialogs::Testing::setNextConfirm(false);
    reset->trigger();
    // Confirmed, but the reason dialog cancelled: nothing either.
    Ui::Dialogs::Testing::setNextConfirm(true);
    Ui::Dialogs::Testing::setNextText(QStringLiteral("ignored"), false);
    reset->trigger();
    // Confirmed with an empty reason: asked again, then declined (test mode declines unanswered questions).
    Ui::Dialogs::Testing::setNextConfirm(true);
    Ui::Dialogs::Testing::setNextText(QStringLiteral("   "));
    reset->trigger();

    QCOMPARE(changed.count(), 0);
    QCOMPARE(value(QStringLiteral("SELECT status FROM address_state WHERE email = 'dave@d.example'")).toString(),
             QStringLiteral("hard"));
    QCOMPARE(value(QStringLiteral("SELECT active FROM suppressions WHERE email = 'dave@d.example'")).toInt(), 1);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 0);
}

void TestBouncesView::failedResetKeepsTheReason()
{
    QVERIFY(exec(db(), QStringLiteral("DROP TABLE audit_log")).ok());
    auto *table = child<QTableView>("bouncesTable");
    table->selectRow(rowOf(QStringLiteral("dave@d.example")));
    QSignalSpy changed(m_view.get(), &Ui::BouncesView::dataChanged);
    Ui::Dialogs::Testing::setNextConfirm(true);
    Ui::Dialogs::Testing::setNextText(QStringLiteral("mailbox fixed"));
    child<QAction>("resetAction")->trigger();
    QCOMPARE(changed.count(), 0);
    const QString shown = Ui::Dialogs::Testing::shownMessages().constLast();
    QVERIFY2(shown.contains(u"could not be reset") && shown.contains(u"dave@d.example") && shown.contains(u"mailbox fixed"),
             qPrintable(shown));
    QCOMPARE(value(QStringLiteral("SELECT status FROM address_state WHERE email = 'dave@d.example'")).toString(),
             QStringLiteral("hard"));
}

void TestBouncesView::readOnlyRoleDisablesReset()
{
    QVERIFY(child<QAction>("resetAction")->toolTip().startsWith(u"Clear the bounce status"));
    if (m_temp->backend() != Test::Backend::Postgres)
        QSKIP("SQLite: file permissions do not bind root; the PostgreSQL run checks a read-only role");
    m_view.reset();
    const QString role = QStringLiteral("bd_viewer_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    QVERIFY(exec(db(), QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role)).ok());
    QVERIFY(exec(db(), QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role)).ok());
    QVERIFY(exec(db(), QStringLiteral("SET ROLE %1").arg(role)).ok());
    m_view = std::make_unique<Ui::BouncesView>(m_temp->url());
    auto *reset = child<QAction>("resetAction");
    child<QTableView>("bouncesTable")->selectRow(0);
    const bool enabled = reset->isEnabled();
    const QString tip = reset->toolTip();
    const int rows = m_view->model()->rowCount();
    m_view.reset();
    QVERIFY(exec(db(), QStringLiteral("RESET ROLE")).ok());
    QVERIFY(exec(db(), QStringLiteral("DROP OWNED BY %1").arg(role)).ok());
    QVERIFY(exec(db(), QStringLiteral("DROP ROLE %1").arg(role)).ok());
    QCOMPARE(rows, 6); // reading still works
    QVERIFY(!enabled);
    QVERIFY2(tip.contains(role) && tip.contains(u"address_state"), qPrintable(tip));
}

void TestBouncesView::headerStateIsRestored()
{
    QHeaderView *header = child<QTableView>("bouncesTable")->horizontalHeader();
    header->resizeSection(BounceTableModel::Address, 333);
    header->setSortIndicator(BounceTableModel::Identity, Qt::AscendingOrder);
    m_view.reset();
    m_view = std::make_unique<Ui::BouncesView>(m_temp->url());
    header = child<QTableView>("bouncesTable")->horizontalHeader();
    QCOMPARE(header->sectionSize(BounceTableModel::Address), 333);
    QCOMPARE(m_view->model()->sortColumn(), int(BounceTableModel::Identity));
    QCOMPARE(m_view->model()->emailAt(0), QStringLiteral("frank@f.example")); // alerts@ sorts first

    // The order of the columns too, and only what the user changed: a fresh view fits the columns again.
    header->moveSection(header->visualIndex(BounceTableModel::Identity), 0);
    m_view.reset();
    m_view = std::make_unique<Ui::BouncesView>(m_temp->url());
    header = child<QTableView>("bouncesTable")->horizontalHeader();
    QCOMPARE(header->logicalIndex(0), int(BounceTableModel::Identity));
    QCOMPARE(header->sectionSize(BounceTableModel::Address), 333);
    Settings().reset(Settings::Key::BouncesHeader);
    m_view.reset();
    m_view = std::make_unique<Ui::BouncesView>(m_temp->url());
    header = child<QTableView>("bouncesTable")->horizontalHeader();
    QCOMPARE(header->logicalIndex(0), int(BounceTableModel::Date));
    QVERIFY(header->sectionSize(BounceTableModel::Address) != 333);
}

void TestBouncesView::addressIsShownWholeAt1280x800()
{
    const QString typical = QStringLiteral("firstname.lastname@example-company.com");
    store(bounce(typical, QStringLiteral("Permanent"), kNews, kT0.addDays(41)));
    m_view = std::make_unique<Ui::BouncesView>(m_temp->url());
    m_view->resize(1280, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    auto *table = child<QTableView>("bouncesTable");
    const int row = rowOf(typical);
    QVERIFY(row >= 0);
    const QModelIndex address = m_view->model()->index(row, BounceTableModel::Address);
    const int width = table->columnWidth(BounceTableModel::Address);
    QCOMPARE(Test::shownText(table, address, width), typical);
    // Every column fits without scrolling sideways, and the free text, last, gets a fair share of what is left.
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    QVERIFY2(table->columnWidth(BounceTableModel::DiagnosticCode) >= table->viewport()->width() / 8,
             qPrintable(QString::number(table->columnWidth(BounceTableModel::DiagnosticCode))));
    const QModelIndex state = m_view->model()->index(row, BounceTableModel::State);
    QCOMPARE(Test::shownText(table, state, table->columnWidth(BounceTableModel::State)), state.data().toString());
    QCOMPARE(table->textElideMode(), Qt::ElideMiddle);
}

void TestBouncesView::stateColumnSaysWhatIsTrueNow()
{
    auto state = [this](const QString &email) {
        return m_view->model()->index(rowOf(email), BounceTableModel::State).data().toString();
    };
    const QString alice = state(QStringLiteral("alice@a.example"));
    QVERIFY2(alice.startsWith(QStringLiteral("Suppressed since ")) && alice.endsWith(QStringLiteral("(hard bounce)")),
             qPrintable(alice));
    const QString since = QDateTime::fromMSecsSinceEpoch(
                              value(QStringLiteral("SELECT added_at FROM suppressions WHERE email = 'alice@a.example'"))
                                  .toLongLong(), Qt::UTC)
                              .toLocalTime()
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QCOMPARE(alice, QStringLiteral("Suppressed since %1 (hard bounce)").arg(since.left(10)));
    QVERIFY(m_view->model()->index(rowOf(QStringLiteral("alice@a.example")), BounceTableModel::State)
                .data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Suppressed since %1 (hard bounce)").arg(since)));
    QCOMPARE(state(QStringLiteral("bob@b.example")), QStringLiteral("2 soft in a row"));
    QCOMPARE(state(QStringLiteral("frank@f.example")), QStringLiteral("1 soft in a row"));
    QCOMPARE(m_view->model()->headerData(BounceTableModel::State, Qt::Horizontal).toString(), QStringLiteral("State now"));
}

void TestBouncesView::detailsPaneShowsTheSelectedBounce()
{
    auto *table = child<QTableView>("bouncesTable");
    auto *diagnostic = child<QPlainTextEdit>("detailDiagnostic");
    auto *raw = child<QPushButton>("showRawJsonButton");
    const int row = rowOf(QStringLiteral("alice@a.example"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(m_view->model()->index(row, BounceTableModel::Address)).center());
    QTRY_COMPARE(m_view->details()->bounceId(), m_view->model()->bounceIdAt(row));
    QCOMPARE(diagnostic->toPlainText(), QStringLiteral("smtp; 550 5.1.1 user unknown"));
    QCOMPARE(child<QLineEdit>("detailAddress")->text(), QStringLiteral("Alice@A.example"));
    QCOMPARE(child<QLineEdit>("detailStatus")->text(), QStringLiteral("5.1.1"));
    QCOMPARE(child<QLineEdit>("detailSource")->text(), kNews);
    QVERIFY(child<QLineEdit>("detailState")->text().startsWith(QStringLiteral("Suppressed since")));

    // The arrow key moves the pane with the selection; the button and Ctrl+J open the raw message.
    QVERIFY(row > 0); // the oldest of the six, so not the first
    QTest::keyClick(table, Qt::Key_Up);
    QTRY_COMPARE(m_view->details()->bounceId(), m_view->model()->bounceIdAt(row - 1));
    QCOMPARE(child<QLineEdit>("detailAddress")->text(), m_view->model()->emailAt(row - 1));
    QTest::keyClick(table, Qt::Key_Down);
    QTRY_COMPARE(m_view->details()->bounceId(), m_view->model()->bounceIdAt(row));
    QSignalSpy opened(m_view.get(), &Ui::BouncesView::openNotification);
    QVERIFY(raw->isEnabled());
    QTest::mouseClick(raw, Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), m_view->model()->messageRefAt(row));
    if (QTest::qWaitForWindowActive(m_view.get())) {
        table->setFocus();
        QTest::keyClick(table, Qt::Key_J, Qt::ControlModifier);
        QCOMPARE(opened.size(), 2);
    }
    for (QWidget *w : {static_cast<QWidget *>(table), static_cast<QWidget *>(raw), static_cast<QWidget *>(diagnostic),
                       static_cast<QWidget *>(child<QLineEdit>("searchBox"))})
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
}

void TestBouncesView::domainSearchFromTheSearchBox()
{
    auto *search = child<QLineEdit>("searchBox");
    QTest::keyClicks(search, QStringLiteral("@B.example"));
    QTRY_COMPARE(m_view->model()->rowCount(), 2); // bob@ and BOB@
    search->clear();
    QTest::keyClicks(search, QStringLiteral("c.example"));
    QTRY_COMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(m_view->model()->emailAt(0), QStringLiteral("carol@c.example"));
}

void TestBouncesView::modelPassesTheTester()
{
    BounceTableModel model(m_temp->url());
    model.setPageSize(2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh(); // the tester itself fetches more after each change, so no page count is checked here
    QVERIFY(model.rowCount() >= 2);
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 6);
    model.sort(BounceTableModel::Address, Qt::AscendingOrder);
    model.setFilter({QStringLiteral("Transient"), {}, {}, {}, {}});
    QCOMPARE(model.totalCount(), 3);
    model.setFilter({{}, {}, {}, {}, QStringLiteral("no-such-address")});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore());
    QCOMPARE(model.totalCount(), 0);
}

void TestBouncesView::largeTableLoadsInPages()
{
    m_view.reset();
    {
        QSqlDatabase conn = db();
        Transaction tx(conn);
        QVERIFY(tx.begin().ok());
        QSqlQuery message(conn);
        QSqlQuery row(conn);
        QVERIFY(message.prepare(QStringLiteral(
            "INSERT INTO sns_messages (message_id, type, topic_arn, signature_version, signing_cert_url, sns_timestamp, "
            "received_at, content_kind, event_type, raw_body) VALUES (?, 'Notification', 't', '1', 'u', ?, ?, 'ses', "
            "'Bounce', '{}') RETURNING id")));
        QVERIFY(row.prepare(QStringLiteral("INSERT INTO bounces (message_ref, email, bounce_type, source, topic_arn, "
                                           "event_at) VALUES (?, ?, 'Permanent', 'bulk@shop.example', 't', ?)")));
        for (int i = 0; i < 4994; ++i) {
            const qint64 at = kT0.toMSecsSinceEpoch() - qint64(i) * 60000;
            message.addBindValue(QStringLiteral("bulk-%1").arg(i));
            message.addBindValue(at);
            message.addBindValue(at);
            QVERIFY(message.exec() && message.next());
            row.addBindValue(message.value(0));
            message.finish();
            row.addBindValue(QStringLiteral("user%1@bulk.example").arg(i));
            row.addBindValue(at);
            QVERIFY(row.exec());
        }
        QVERIFY(tx.commit().ok());
    }
    m_view = std::make_unique<Ui::BouncesView>(m_temp->url());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    BounceTableModel *model = m_view->model();
    const int firstLoad = model->rowCount();
    QVERIFY2(firstLoad > 0 && firstLoad < 5000, qPrintable(QString::number(firstLoad)));
    QVERIFY(model->canFetchMore());
    QTRY_COMPARE(child<QLabel>("bouncesCount")->text(), QStringLiteral("%1 bounces").arg(QLocale().toString(5000)));
    auto *table = child<QTableView>("bouncesTable");
    table->scrollToBottom();
    QTRY_VERIFY(model->rowCount() > firstLoad);
    QVERIFY(model->rowCount() < 5000);
    while (model->canFetchMore())
        model->fetchMore();
    QCOMPARE(model->rowCount(), 5000);
}

QTEST_MAIN(TestBouncesView)
#include "tst_bounces_view.moc"
