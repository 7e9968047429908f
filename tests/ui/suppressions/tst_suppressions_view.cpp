// SuppressionsView driven like a user: add, remove, notes, search, CSV import with preview, export.
#include "AwsStandIn.h"
#include "DbProbe.h"
#include "TableText.h"
#include "TempDatabase.h"
#include "UserSettings.h"
#include "common/Dialogs.h"
#include "policy/SuppressionList.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Store.h"
#include "suppressions/AddSuppressionDialog.h"
#include "suppressions/SuppressionImportDialog.h"
#include "suppressions/SuppressionsView.h"
#include "core/Settings.h"
#include "tables/SuppressionTableModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Model;
namespace Dialogs = Bouncedesk::Ui::Dialogs;

class TestSuppressionsView final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addThroughTheDialog();
    void addingAnAddressTwiceKeepsTheDialogOpen();
    void insertKeyOpensTheAddDialog();
    void removeAsksForConfirmationAndAReason();
    void removeWithoutAReasonRemovesNothing();
    void editNotesByButtonAndDoubleClick();
    void searchAndReasonFilter();
    void importThreeGoodLines();
    void importWithBadLinesImportsNothing();
    void exportWritesTheList();
    void importTwentyThousandLinesWithProgress();
    void readOnlyRoleDisablesChanges();
    void sesColumnAndRemovingFromSesToo();
    void addressIsShownWholeAt1280x800();

private:
    QSqlDatabase db() const { return *Database::connection(m_temp->url()); }
    SuppressionList list() const { return SuppressionList(db(), Actor::current(db())); }
    qint64 scalar(const QString &sql, std::initializer_list<QVariant> values = {}) const
    {
        return Test::scalar(db(), sql, values);
    }
    QString text(const QString &sql, std::initializer_list<QVariant> values = {}) const
    {
        return Test::text(db(), sql, values);
    }
    QString writeFile(const QString &name, const QByteArray &content) const;
    QStringList shownEmails() const;
    void selectRows(const QList<int> &rows);
    Ui::SuppressionImportDialog *openImport(const QByteArray &csv);
    template <typename T>
    T *child(const QString &name) const { return m_view->findChild<T *>(name); }
    QTableView *table() const { return child<QTableView>(QStringLiteral("suppressionsTable")); }
    bool messageShown(const QString &part) const;

    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ui::SuppressionsView> m_view;
};

void TestSuppressionsView::initTestCase()
{
    qputenv("USER", "operator-jo");
    Test::isolateUserSettings();
    Dialogs::Testing::enable();
}

void TestSuppressionsView::init()
{
    Dialogs::Testing::reset();
    Settings().reset(Settings::Key::SuppressionsHeader);
    QString error;
    m_temp = Test::TempDatabase::create(&error);
    QVERIFY2(m_temp, qPrintable(error));
    auto opened = Store::open(m_temp->url());
    QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_view = std::make_unique<Ui::SuppressionsView>(m_temp->url());
    m_view->resize(1000, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestSuppressionsView::cleanup()
{
    m_view.reset();
    m_dir.reset();
    m_temp.reset();
}

QString TestSuppressionsView::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning() << "cannot write" << path;
    return path;
}

QStringList TestSuppressionsView::shownEmails() const
{
    QStringList emails;
    for (int row = 0; row < table()->model()->rowCount(); ++row)
        emails << table()->model()->index(row, SuppressionTableModel::Email).data().toString();
    emails.sort();
    return emails;
}

void TestSuppressionsView::selectRows(const QList<int> &rows)
{
    bool first = true;
    for (const int row : rows) {
        const QRect rect = table()->visualRect(table()->model()->index(row, SuppressionTableModel::Email));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, first ? Qt::NoModifier : Qt::ControlModifier,
                          rect.center());
        first = false;
    }
}

bool TestSuppressionsView::messageShown(const QString &part) const
{
    for (const QString &message : std::as_const(Dialogs::Testing::shownMessages()))
        if (message.contains(part))
            return true;
    qWarning() << "shown:" << Dialogs::Testing::shownMessages();
    return false;
}

Ui::SuppressionImportDialog *TestSuppressionsView::openImport(const QByteArray &csv)
{
    Dialogs::Testing::setNextFileName(writeFile(QStringLiteral("import.csv"), csv));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("importButton")), Qt::LeftButton);
    auto *dialog = m_view->findChild<Ui::SuppressionImportDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestSuppressionsView::addThroughTheDialog()
{
    QAbstractItemModelTester tester(table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(m_view.get(), &Ui::SuppressionsView::dataChanged);
    QCOMPARE(child<QLabel>(QStringLiteral("suppressionCount"))->text(), QStringLiteral("0 suppressed"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("addSuppressionButton")), Qt::LeftButton);
    auto *dialog = m_view->findChild<Ui::AddSuppressionDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit")), QStringLiteral("New.Person@Example.org"));
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("manual-bounce")));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("noteEdit")), QStringLiteral("ticket 7"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);

    QTRY_VERIFY(!m_view->findChild<Ui::AddSuppressionDialog *>());
    QCOMPARE(shownEmails(), QStringList{QStringLiteral("new.person@example.org")});
    QCOMPARE(table()->model()->index(0, SuppressionTableModel::Reason).data().toString(), QStringLiteral("manual-bounce"));
    QCOMPARE(table()->model()->index(0, SuppressionTableModel::Notes).data().toString(), QStringLiteral("ticket 7"));
    QCOMPARE(child<QLabel>(QStringLiteral("suppressionCount"))->text(), QStringLiteral("1 suppressed"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE email = 'new.person@example.org' AND "
                                   "reason = 'manual-bounce' AND notes = 'ticket 7' AND active = 1 AND added_by = ?"),
                    {Actor::current(db()).label()}),
             1);
    QCOMPARE(changed.size(), 1);
}

void TestSuppressionsView::addingAnAddressTwiceKeepsTheDialogOpen()
{
    QVERIFY(list().add(QStringLiteral("taken@example.org"), QStringLiteral("manual"), QString()).ok());
    m_view->refresh();
    QTest::mouseClick(child<QPushButton>(QStringLiteral("addSuppressionButton")), Qt::LeftButton);
    auto *dialog = m_view->findChild<Ui::AddSuppressionDialog *>();
    QVERIFY(dialog);
    auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addButton"));

    QTest::keyClicks(email, QStringLiteral("Taken@Example.org"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("noteEdit")), QStringLiteral("again"));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("already suppressed")), qPrintable(error->text()));
    QCOMPARE(email->text(), QStringLiteral("Taken@Example.org"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("noteEdit"))->text(), QStringLiteral("again"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions")), 1);

    // A malformed address is explained in the dialog as well.
    email->clear();
    QTest::keyClicks(email, QStringLiteral("nobody.example.org"));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("no '@'")), qPrintable(error->text()));
    dialog->reject();
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions")), 1);
}

void TestSuppressionsView::insertKeyOpensTheAddDialog()
{
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Insert);
    QTRY_VERIFY(m_view->findChild<Ui::AddSuppressionDialog *>());
    m_view->findChild<Ui::AddSuppressionDialog *>()->reject();
}

void TestSuppressionsView::removeAsksForConfirmationAndAReason()
{
    for (const char *address : {"one@example.org", "two@example.org", "three@example.org"})
        QVERIFY(list().add(QString::fromLatin1(address), QStringLiteral("manual"), QString()).ok());
    m_view->refresh();
    QCOMPARE(table()->model()->rowCount(), 3);

    // Declining the confirmation changes nothing.
    selectRows({0});
    Dialogs::Testing::setNextConfirm(false);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("removeSuppressionButton")), Qt::LeftButton);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1")), 3);

    const QString first = table()->model()->index(0, SuppressionTableModel::Email).data().toString();
    const QString third = table()->model()->index(2, SuppressionTableModel::Email).data().toString();
    selectRows({0, 2});
    Dialogs::Testing::reset();
    Dialogs::Testing::setNextConfirm(true);
    Dialogs::Testing::setNextText(QStringLiteral("customer asked"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("removeSuppressionButton")), Qt::LeftButton);

    QVERIFY(messageShown(first));
    QVERIFY(messageShown(third));
    QCOMPARE(table()->model()->rowCount(), 1);
    QVERIFY(!shownEmails().contains(first));
    QVERIFY(!shownEmails().contains(third));
    QCOMPARE(child<QLabel>(QStringLiteral("suppressionCount"))->text(), QStringLiteral("1 suppressed"));
    for (const QString &email : {first, third}) {
        auto history = list().history(email);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QVERIFY(!history->first().active);
        QCOMPARE(history->first().removalReason, QStringLiteral("customer asked"));
    }
}

void TestSuppressionsView::removeWithoutAReasonRemovesNothing()
{
    QVERIFY(list().add(QStringLiteral("kept@example.org"), QStringLiteral("manual"), QString()).ok());
    m_view->refresh();
    selectRows({0});
    Dialogs::Testing::setNextConfirm(true);
    Dialogs::Testing::setNextText(QStringLiteral("   "));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("removeSuppressionButton")), Qt::LeftButton);
    QVERIFY(messageShown(QStringLiteral("reason is required")));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1")), 1);
    QCOMPARE(table()->model()->rowCount(), 1);
}

void TestSuppressionsView::editNotesByButtonAndDoubleClick()
{
    QVERIFY(list().add(QStringLiteral("note@example.org"), QStringLiteral("manual"), QStringLiteral("old")).ok());
    m_view->refresh();
    selectRows({0});
    Dialogs::Testing::setNextText(QStringLiteral("new note"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("editNotesButton")), Qt::LeftButton);
    QCOMPARE(text(QStringLiteral("SELECT notes FROM suppressions WHERE email = 'note@example.org'")),
             QStringLiteral("new note"));
    QCOMPARE(table()->model()->index(0, SuppressionTableModel::Notes).data().toString(), QStringLiteral("new note"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'suppression.notes'")), 1);

    const QRect notesCell = table()->visualRect(table()->model()->index(0, SuppressionTableModel::Notes));
    Dialogs::Testing::setNextText(QStringLiteral("from a double-click"));
    // A real double-click: press and release, then the double-click event and its release.
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::NoModifier, notesCell.center());
    QTest::mouseDClick(table()->viewport(), Qt::LeftButton, Qt::NoModifier, notesCell.center());
    QTRY_COMPARE(text(QStringLiteral("SELECT notes FROM suppressions WHERE email = 'note@example.org'")),
                 QStringLiteral("from a double-click"));
}

void TestSuppressionsView::searchAndReasonFilter()
{
    QVERIFY(list().add(QStringLiteral("alpha@example.org"), QStringLiteral("manual"), QString()).ok());
    QVERIFY(list().add(QStringLiteral("beta@example.org"), QStringLiteral("manual-bounce"), QString()).ok());
    QVERIFY(list().add(QStringLiteral("alphabet@example.org"), QStringLiteral("manual-complaint"), QString()).ok());
    m_view->refresh();
    QAbstractItemModelTester tester(table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("suppressionSearch")), QStringLiteral("ALPHA"));
    QTRY_COMPARE(shownEmails(), (QStringList{QStringLiteral("alpha@example.org"), QStringLiteral("alphabet@example.org")}));
    QCOMPARE(child<QLabel>(QStringLiteral("suppressionCount"))->text(), QStringLiteral("2 suppressed"));
    auto *reason = child<QComboBox>(QStringLiteral("reasonFilter"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("manual-complaint")));
    QCOMPARE(shownEmails(), QStringList{QStringLiteral("alphabet@example.org")});
    child<QLineEdit>(QStringLiteral("suppressionSearch"))->clear();
    QTRY_COMPARE(shownEmails(), QStringList{QStringLiteral("alphabet@example.org")});
    reason->setCurrentIndex(0);
    QCOMPARE(shownEmails().size(), 3);
}

void TestSuppressionsView::importThreeGoodLines()
{
    QSignalSpy changed(m_view.get(), &Ui::SuppressionsView::dataChanged);
    auto *dialog = openImport("email,reason\r\nA@example.org,BOUNCE\r\nb@example.org,COMPLAINT\r\n\r\nc@example.org,bounce\r\n");
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("importSummary"))->text().section(u'\n', 0, 0),
             QStringLiteral("3 valid, 0 invalid"));
    auto *start = dialog->findChild<QPushButton *>(QStringLiteral("importStartButton"));
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->findChild<Ui::SuppressionImportDialog *>(), 30000);
    QCOMPARE(shownEmails(), (QStringList{QStringLiteral("a@example.org"), QStringLiteral("b@example.org"),
                                         QStringLiteral("c@example.org")}));
    QVERIFY(messageShown(QStringLiteral("3 addresses added")));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE reason = 'manual-complaint'")), 1);
    QCOMPARE(changed.size(), 1);
}

void TestSuppressionsView::importWithBadLinesImportsNothing()
{
    auto *dialog = openImport("good@example.org,BOUNCE\nno-at-sign,BOUNCE\nfine@example.org,COMPLAINT\n"
                              "other@example.org,MAYBE\n");
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("importSummary"))->text().section(u'\n', 0, 0),
             QStringLiteral("2 valid, 2 invalid"));
    auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("importPreview"));
    QCOMPARE(preview->rowCount(), 4);
    QMap<QString, QString> checks;
    for (int row = 0; row < preview->rowCount(); ++row)
        checks.insert(preview->item(row, 0)->text(), preview->item(row, 3)->text());
    QCOMPARE(checks.value(QStringLiteral("1")), QStringLiteral("valid"));
    QVERIFY2(checks.value(QStringLiteral("2")).startsWith(QStringLiteral("invalid")), qPrintable(checks.value(QStringLiteral("2"))));
    QVERIFY(checks.value(QStringLiteral("2")).contains(QStringLiteral("'@'")));
    QCOMPARE(checks.value(QStringLiteral("3")), QStringLiteral("valid"));
    QVERIFY(checks.value(QStringLiteral("4")).contains(QStringLiteral("BOUNCE or COMPLAINT")));

    auto *start = dialog->findChild<QPushButton *>(QStringLiteral("importStartButton"));
    QVERIFY(!start->isEnabled());
    dialog->accept(); // even when forced, nothing happens
    QVERIFY(!dialog->isImporting());
    dialog->reject();
    QTRY_VERIFY(!m_view->findChild<Ui::SuppressionImportDialog *>());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions")), 0);
    QCOMPARE(table()->model()->rowCount(), 0);
}

void TestSuppressionsView::exportWritesTheList()
{
    QVERIFY(list().add(QStringLiteral("b@example.org"), QStringLiteral("manual-complaint"), QString()).ok());
    QVERIFY(list().add(QStringLiteral("a@example.org"), QStringLiteral("manual-bounce"), QString()).ok());
    QVERIFY(list().add(QStringLiteral("c@example.org"), QStringLiteral("manual"), QString()).ok());
    QVERIFY(list().remove(QStringLiteral("c@example.org"), QStringLiteral("gone")).ok());
    const QString path = m_dir->filePath(QStringLiteral("export.csv"));
    Dialogs::Testing::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("exportButton")), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("a@example.org,BOUNCE\nb@example.org,COMPLAINT\n"));
    QVERIFY(messageShown(QStringLiteral("2 addresses exported")));
}

void TestSuppressionsView::importTwentyThousandLinesWithProgress()
{
    QByteArray csv("EmailAddress,Reason\n");
    for (int i = 0; i < 20000; ++i)
        csv += "bulk" + QByteArray::number(i) + "@example.org," + (i % 3 ? "BOUNCE\n" : "COMPLAINT\n");
    auto *dialog = openImport(csv);
    QVERIFY(dialog);
    QCOMPARE(dialog->validCount(), 20000);
    QCOMPARE(dialog->findChild<QTableWidget *>(QStringLiteral("importPreview"))->rowCount(),
             Ui::SuppressionImportDialog::kPreviewLines);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importStartButton")), Qt::LeftButton);
    QVERIFY(dialog->isImporting());
    auto *progress = dialog->findChild<QProgressDialog *>(QStringLiteral("importProgress"));
    QVERIFY(progress);
    QVERIFY(progress->isVisible());
    dialog->reject(); // the import cannot be abandoned half-way
    QVERIFY(dialog->isVisible());
    const QString expected = QStringLiteral("%1 suppressed").arg(QLocale().toString(20000));
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(QStringLiteral("suppressionCount"))->text(), expected, 120000);
    QTRY_VERIFY(!m_view->findChild<Ui::SuppressionImportDialog *>());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1")), 20000);
    QCOMPARE(table()->model()->rowCount(), SuppressionTableModel::kPageSize); // read lazily
    QVERIFY(messageShown(QStringLiteral("%1 addresses added").arg(QLocale().toString(20000))));
}

void TestSuppressionsView::readOnlyRoleDisablesChanges()
{
    if (m_temp->backend() != Test::Backend::Postgres)
        QSKIP("PostgreSQL role privileges; a read-only SQLite file cannot be tested as root");
    // A role that may read the list but not change it; has_table_privilege() follows SET ROLE.
    const QString role = QStringLiteral("bd_viewer_%1").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(exec(db(), QStringLiteral("CREATE ROLE ") + role + QStringLiteral(" NOLOGIN")).ok());
    QVERIFY(exec(db(), QStringLiteral("GRANT SELECT ON suppressions, audit_log TO ") + role).ok());
    QVERIFY(exec(db(), QStringLiteral("SET ROLE ") + role).ok());
    auto view = std::make_unique<Ui::SuppressionsView>(m_temp->url());
    auto *add = view->findChild<QPushButton *>(QStringLiteral("addSuppressionButton"));
    auto *import = view->findChild<QPushButton *>(QStringLiteral("importButton"));
    auto *remove = view->findChild<QPushButton *>(QStringLiteral("removeSuppressionButton"));
    auto *exportButton = view->findChild<QPushButton *>(QStringLiteral("exportButton"));
    const bool addEnabled = add->isEnabled();
    const bool importEnabled = import->isEnabled();
    const QString tip = add->toolTip();
    const QString removeTip = remove->toolTip();
    const bool exportEnabled = exportButton->isEnabled();
    view.reset();
    QVERIFY(exec(db(), QStringLiteral("RESET ROLE")).ok());
    QVERIFY(exec(db(), QStringLiteral("DROP OWNED BY ") + role).ok());
    QVERIFY(exec(db(), QStringLiteral("DROP ROLE ") + role).ok());
    QVERIFY(!addEnabled);
    QVERIFY(!importEnabled);
    QVERIFY2(tip.contains(QStringLiteral("may not")), qPrintable(tip));
    QVERIFY2(removeTip.contains(QStringLiteral("may not")), qPrintable(removeTip));
    QVERIFY(exportEnabled); // reading is allowed
}

void TestSuppressionsView::sesColumnAndRemovingFromSesToo()
{
    Test::AwsStandIn aws;
    QVERIFY(aws.start());
    aws.addSuppressed({{QStringLiteral("both@example.org"), QStringLiteral("BOUNCE")},
                       {QStringLiteral("ses-only@example.org"), QStringLiteral("COMPLAINT")}});
    for (const char *address : {"both@example.org", "here-only@example.org"})
        QVERIFY(list().add(QString::fromLatin1(address), QStringLiteral("manual-bounce"), QString()).ok());
    m_view->refresh();
    const auto onSes = [this](const QString &email) {
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            if (table()->model()->index(row, SuppressionTableModel::Email).data().toString() == email)
                return table()->model()->index(row, SuppressionTableModel::OnSes).data().toString();
        return QStringLiteral("(not shown)");
    };
    QCOMPARE(onSes(QStringLiteral("both@example.org")), QStringLiteral("–")); // not known yet

    // Not connected: the status says why, nothing breaks.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("sesCheckButton")), Qt::LeftButton);
    QVERIFY(child<QLabel>(QStringLiteral("sesStatus"))->text().contains(QStringLiteral("not connected")));

    m_view->setAwsAccount([&aws] { return Result<Aws::Account>(aws.account()); });
    QTest::mouseClick(child<QPushButton>(QStringLiteral("sesCheckButton")), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(child<QLabel>(QStringLiteral("sesStatus"))->text().contains(QStringLiteral("2 addresses")),
                              qPrintable(child<QLabel>(QStringLiteral("sesStatus"))->text()), 15000);
    QCOMPARE(onSes(QStringLiteral("both@example.org")), QStringLiteral("yes"));
    QCOMPARE(onSes(QStringLiteral("here-only@example.org")), QStringLiteral("no"));

    // Removing an address SES has too offers to remove it there; yes removes it and audits it.
    for (int row = 0; row < table()->model()->rowCount(); ++row)
        if (table()->model()->index(row, SuppressionTableModel::Email).data().toString() == u"both@example.org")
            selectRows({row});
    Dialogs::Testing::setNextConfirm(true);
    Dialogs::Testing::setNextText(QStringLiteral("mailbox works again"));
    Dialogs::Testing::setNextConfirm(true);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("removeSuppressionButton")), Qt::LeftButton);
    QVERIFY(messageShown(QStringLiteral("Remove them from the SES account-level suppression list as well?")));
    QTRY_VERIFY_WITH_TIMEOUT(!aws.state().value(QStringLiteral("suppressed")).toObject().contains(QStringLiteral("both@example.org")),
                             15000);
    QVERIFY(aws.state().value(QStringLiteral("suppressed")).toObject().contains(QStringLiteral("ses-only@example.org")));
    QTRY_COMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'ses.suppression.delete' "
                                       "AND target = 'both@example.org' AND note = 'mailbox works again'")),
                 1);
    QTRY_VERIFY(child<QLabel>(QStringLiteral("sesStatus"))->text().contains(QStringLiteral("1 addresses")));

    // Removing one SES does not have asks nothing more.
    Dialogs::Testing::reset();
    selectRows({0});
    Dialogs::Testing::setNextConfirm(true);
    Dialogs::Testing::setNextText(QStringLiteral("fixed"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("removeSuppressionButton")), Qt::LeftButton);
    QVERIFY(!messageShown(QStringLiteral("SES account-level")));
}

void TestSuppressionsView::addressIsShownWholeAt1280x800()
{
    const QString typical = QStringLiteral("firstname.lastname@example-company.com");
    QVERIFY(list().add(typical, QStringLiteral("manual"), QStringLiteral("asked by the customer")).ok());
    QVERIFY(list().add(QStringLiteral("a@b.example"), QStringLiteral("manual"), QString()).ok());
    m_view = std::make_unique<Ui::SuppressionsView>(m_temp->url());
    m_view->resize(1280, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    auto *table = m_view->findChild<QTableView *>(QStringLiteral("suppressionsTable"));
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, SuppressionTableModel::Email).data().toString() == typical)
            row = r;
    QVERIFY(row >= 0);
    const QModelIndex address = table->model()->index(row, SuppressionTableModel::Email);
    QCOMPARE(Test::shownText(table, address, table->columnWidth(SuppressionTableModel::Email)), typical);
    const int notes = table->columnWidth(SuppressionTableModel::Notes);
    for (int column = 0; column < SuppressionTableModel::Notes; ++column)
        QVERIFY2(notes > table->columnWidth(column), qPrintable(QString::number(column)));
}

QTEST_MAIN(TestSuppressionsView)
#include "tst_suppressions_view.moc"
