// SuppressionList on both backends: manual add/remove with audit rows, the send check, SES CSV import/export.
#include "DbProbe.h"
#include "TempDatabase.h"
#include "policy/SuppressionList.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Model;

class TestSuppressionList final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addThenFindIsCaseInsensitive();
    void addTwiceIsAConflict();
    void removeThenAddAgainKeepsHistory();
    void removeNeedsAReasonAndASuppression();
    void removeLeavesAddressStateAlone();
    void invalidAddressesAreRejected_data();
    void invalidAddressesAreRejected();
    void longestValidAddressIsAccepted();
    void auditRowsRecordWhoAndWhat();
    void setNotesIsAudited();
    void listFiltersAndSearches();
    void checkDependsOnPurpose_data();
    void checkDependsOnPurpose();
    void importAcceptsHeaderCrlfAndBlankLines();
    void importWithBadLinesWritesNothing();
    void importSkipsAlreadySuppressed();
    void exportRoundTripsThroughImport();
    void importOfTenThousandLines();

private:
    QSqlDatabase db() const { return *Database::connection(m_temp->url()); }
    SuppressionList list() const { return SuppressionList(db(), Actor::current(db())); }
    qint64 count(const QString &sql, std::initializer_list<QVariant> values = {}) const
    {
        return Test::scalar(db(), sql, values);
    }
    // A suppression as the policy writes it (reasons people cannot give by hand).
    void insertPolicyRow(const QString &email, const QString &reason);
    static Result<SuppressionList::ImportReport> importText(SuppressionList &list, const QByteArray &csv,
                                                            const QString &note = {});

    std::unique_ptr<Test::TempDatabase> m_temp;
};

void TestSuppressionList::initTestCase()
{
    // A known OS user, so the audit rows can be checked.
    qputenv("USER", "operator-jo");
}

void TestSuppressionList::init()
{
    QString error;
    m_temp = Test::TempDatabase::create(&error);
    QVERIFY2(m_temp, qPrintable(error));
    auto opened = Store::open(m_temp->url());
    QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
}

void TestSuppressionList::cleanup()
{
    m_temp.reset();
}

void TestSuppressionList::insertPolicyRow(const QString &email, const QString &reason)
{
    auto q = exec(db(),
                  QStringLiteral("INSERT INTO suppressions (email, reason, source_table, source_event_id, added_by, "
                                 "added_at) VALUES (?, ?, 'bounces', 42, 'policy', ?)"),
                  {email, reason, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch()});
    QVERIFY2(q.ok(), qPrintable(q.errorText()));
}

Result<SuppressionList::ImportReport> TestSuppressionList::importText(SuppressionList &list, const QByteArray &csv,
                                                                      const QString &note)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return list.importCsv(buffer, note);
}

void TestSuppressionList::addThenFindIsCaseInsensitive()
{
    SuppressionList l = list();
    auto added = l.add(QStringLiteral("  Jane@Example.com "), QStringLiteral("manual"), QStringLiteral("asked us"));
    QVERIFY2(added.ok(), qPrintable(added.errorText()));
    QCOMPARE(added->email, QStringLiteral("jane@example.com"));
    QVERIFY(added->id > 0);

    auto found = l.find(QStringLiteral("jane@EXAMPLE.COM"));
    QVERIFY2(found.ok(), qPrintable(found.errorText()));
    QVERIFY(found->has_value());
    const Suppression &s = **found;
    QCOMPARE(s.id, added->id);
    QCOMPARE(s.email, QStringLiteral("jane@example.com"));
    QCOMPARE(s.reason, QStringLiteral("manual"));
    QCOMPARE(s.notes, QStringLiteral("asked us"));
    QCOMPARE(s.addedBy, Actor::current(db()).label());
    QVERIFY(s.active);
    QVERIFY(qAbs(s.addedAt.msecsTo(QDateTime::currentDateTimeUtc())) < 60000);

    auto other = l.find(QStringLiteral("john@example.com"));
    QVERIFY(other.ok());
    QVERIFY(!other->has_value());
}

void TestSuppressionList::addTwiceIsAConflict()
{
    SuppressionList l = list();
    QVERIFY(l.add(QStringLiteral("jane@example.com"), QStringLiteral("manual-bounce"), {}).ok());
    auto again = l.add(QStringLiteral("JANE@example.com"), QStringLiteral("manual"), {});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    // The message says why and since when, so a person can decide what to do.
    QVERIFY2(again.errorText().contains(u"manual-bounce since 20"), qPrintable(again.errorText()));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE email = 'jane@example.com'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 1);

    auto reason = l.add(QStringLiteral("john@example.com"), QStringLiteral("hard-bounce"), {});
    QCOMPARE(reason.error().kind, Error::Kind::Invalid); // only the policy adds hard-bounce
}

void TestSuppressionList::removeThenAddAgainKeepsHistory()
{
    SuppressionList l = list();
    QVERIFY(l.add(QStringLiteral("jane@example.com"), QStringLiteral("manual-complaint"), QStringLiteral("first")).ok());
    auto removed = l.remove(QStringLiteral("Jane@Example.com"), QStringLiteral("she subscribed again"));
    QVERIFY2(removed.ok(), qPrintable(removed.errorText()));
    auto gone = l.find(QStringLiteral("jane@example.com"));
    QVERIFY(gone.ok() && !gone->has_value());

    auto again = l.add(QStringLiteral("jane@example.com"), QStringLiteral("manual"), QStringLiteral("second"));
    QVERIFY2(again.ok(), qPrintable(again.errorText()));

    auto history = l.history(QStringLiteral("JANE@example.com"));
    QVERIFY2(history.ok(), qPrintable(history.errorText()));
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).notes, QStringLiteral("second"));
    QVERIFY(history->at(0).active);
    QCOMPARE(history->at(1).notes, QStringLiteral("first"));
    QVERIFY(!history->at(1).active);
    QCOMPARE(history->at(1).removalReason, QStringLiteral("she subscribed again"));
    QCOMPARE(history->at(1).removedBy, Actor::current(db()).label());
    QVERIFY(history->at(1).removedAt.isValid());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1")), 1);
}

void TestSuppressionList::removeNeedsAReasonAndASuppression()
{
    SuppressionList l = list();
    auto notThere = l.remove(QStringLiteral("jane@example.com"), QStringLiteral("why not"));
    QCOMPARE(notThere.error().kind, Error::Kind::Invalid);
    QVERIFY2(notThere.errorText().contains(u"not suppressed"), qPrintable(notThere.errorText()));

    QVERIFY(l.add(QStringLiteral("jane@example.com"), QStringLiteral("manual"), {}).ok());
    auto noReason = l.remove(QStringLiteral("jane@example.com"), QStringLiteral("  "));
    QCOMPARE(noReason.error().kind, Error::Kind::Invalid);
    auto still = l.find(QStringLiteral("jane@example.com"));
    QVERIFY(still.ok() && still->has_value());
}

void TestSuppressionList::removeLeavesAddressStateAlone()
{
    auto state = exec(db(),
                      QStringLiteral("INSERT INTO address_state (email, status, bounce_count, updated_at) "
                                     "VALUES ('jane@example.com', 'hard', 1, 1)"));
    QVERIFY2(state.ok(), qPrintable(state.errorText()));
    insertPolicyRow(QStringLiteral("jane@example.com"), QStringLiteral("hard-bounce"));

    SuppressionList l = list();
    auto removed = l.remove(QStringLiteral("jane@example.com"), QStringLiteral("mailbox exists again"));
    QVERIFY2(removed.ok(), qPrintable(removed.errorText()));
    // Resetting the bounce status is a separate action; removal only ends the suppression.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM address_state WHERE email = 'jane@example.com' "
                                  "AND status = 'hard' AND bounce_count = 1")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM address_state_changes")), 0);

    auto decision = l.check(QStringLiteral("jane@example.com"), Purpose::Marketing);
    QVERIFY(decision.ok());
    QVERIFY(decision->send);
    QCOMPARE(decision->addressStatus, QStringLiteral("hard"));
}

void TestSuppressionList::invalidAddressesAreRejected_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
    QTest::newRow("no at") << QStringLiteral("jane.example.com") << QStringLiteral("no '@'");
    QTest::newRow("two ats") << QStringLiteral("jane@doe@example.com") << QStringLiteral("more than one '@'");
    QTest::newRow("no local") << QStringLiteral("@example.com") << QStringLiteral("nothing before");
    QTest::newRow("no domain") << QStringLiteral("jane@") << QStringLiteral("no domain");
    QTest::newRow("space") << QStringLiteral("jane doe@example.com") << QStringLiteral("space");
    QTest::newRow("tab") << QStringLiteral("jane\t@example.com") << QStringLiteral("space");
    QTest::newRow("comma") << QStringLiteral("jane,x@example.com") << QStringLiteral("','");
    QTest::newRow("too long") << (QString(250, u'a') + QStringLiteral("@x.io")) << QStringLiteral("254");
}

void TestSuppressionList::invalidAddressesAreRejected()
{
    QFETCH(QString, email);
    QFETCH(QString, expected);
    SuppressionList l = list();
    auto added = l.add(email, QStringLiteral("manual"), {});
    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind, Error::Kind::Invalid);
    QVERIFY2(added.errorText().contains(expected), qPrintable(added.errorText()));
    QCOMPARE(l.check(email, Purpose::Marketing).error().kind, Error::Kind::Invalid);
    QCOMPARE(l.find(email).error().kind, Error::Kind::Invalid);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM suppressions")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
}

void TestSuppressionList::longestValidAddressIsAccepted()
{
    const QString email = QString(64, u'a') + u'@' + QString(185, u'b') + QStringLiteral(".com");
    QCOMPARE(email.size(), 254);
    SuppressionList l = list();
    auto added = l.add(email, QStringLiteral("manual"), {});
    QVERIFY2(added.ok(), qPrintable(added.errorText()));
    QCOMPARE(l.add(email + u'x', QStringLiteral("manual"), {}).error().kind, Error::Kind::Invalid);
}

void TestSuppressionList::auditRowsRecordWhoAndWhat()
{
    SuppressionList l = list();
    QVERIFY(l.add(QStringLiteral("Jane@Example.com"), QStringLiteral("manual-bounce"), QStringLiteral("ticket 7")).ok());
    QVERIFY(l.remove(QStringLiteral("jane@example.com"), QStringLiteral("typo fixed")).ok());

    auto q = exec(db(), QStringLiteral("SELECT action, target, before_state, after_state, note, os_user, db_user, at "
                                       "FROM audit_log ORDER BY id"));
    QVERIFY2(q.ok(), qPrintable(q.errorText()));
    QSqlQuery rows = std::move(q).value();

    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toString(), QStringLiteral("suppression.add"));
    QCOMPARE(rows.value(1).toString(), QStringLiteral("jane@example.com"));
    QVERIFY(rows.value(2).isNull()); // nothing before an add
    const QJsonObject added = QJsonDocument::fromJson(rows.value(3).toString().toUtf8()).object();
    QCOMPARE(added.value(u"reason").toString(), QStringLiteral("manual-bounce"));
    QCOMPARE(added.value(u"email").toString(), QStringLiteral("jane@example.com"));
    QCOMPARE(rows.value(4).toString(), QStringLiteral("ticket 7"));
    QCOMPARE(rows.value(5).toString(), QStringLiteral("operator-jo"));
    if (m_temp->backend() == Test::Backend::Postgres)
        QVERIFY(!rows.value(6).toString().isEmpty()); // the database role
    else
        QVERIFY(rows.value(6).isNull());
    QVERIFY(qAbs(rows.value(7).toLongLong() - QDateTime::currentMSecsSinceEpoch()) < 60000);

    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toString(), QStringLiteral("suppression.remove"));
    QCOMPARE(rows.value(1).toString(), QStringLiteral("jane@example.com"));
    const QJsonObject before = QJsonDocument::fromJson(rows.value(2).toString().toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(rows.value(3).toString().toUtf8()).object();
    QCOMPARE(before.value(u"active").toBool(), true);
    QCOMPARE(after.value(u"active").toBool(true), false);
    QCOMPARE(after.value(u"removal_reason").toString(), QStringLiteral("typo fixed"));
    QCOMPARE(rows.value(4).toString(), QStringLiteral("typo fixed"));
    QCOMPARE(rows.value(5).toString(), QStringLiteral("operator-jo"));
    QVERIFY(!rows.next());
}

void TestSuppressionList::setNotesIsAudited()
{
    SuppressionList l = list();
    QCOMPARE(l.setNotes(QStringLiteral("jane@example.com"), QStringLiteral("x")).error().kind, Error::Kind::Invalid);
    QVERIFY(l.add(QStringLiteral("jane@example.com"), QStringLiteral("manual"), QStringLiteral("old")).ok());
    auto set = l.setNotes(QStringLiteral("JANE@example.com"), QStringLiteral("new"));
    QVERIFY2(set.ok(), qPrintable(set.errorText()));
    QCOMPARE((*l.find(QStringLiteral("jane@example.com")))->notes, QStringLiteral("new"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'suppression.notes' "
                                  "AND before_state LIKE '%\"old\"%' AND after_state LIKE '%\"new\"%'")),
             1);
}

void TestSuppressionList::listFiltersAndSearches()
{
    SuppressionList l = list();
    QVERIFY(l.add(QStringLiteral("a_b@example.com"), QStringLiteral("manual"), {}).ok());
    QVERIFY(l.add(QStringLiteral("axb@example.com"), QStringLiteral("manual-bounce"), {}).ok());
    QVERIFY(l.add(QStringLiteral("carol@other.org"), QStringLiteral("manual-complaint"), {}).ok());
    insertPolicyRow(QStringLiteral("dave@example.com"), QStringLiteral("hard-bounce"));
    QVERIFY(l.add(QStringLiteral("gone@example.com"), QStringLiteral("manual"), {}).ok());
    QVERIFY(l.remove(QStringLiteral("gone@example.com"), QStringLiteral("test")).ok());

    auto all = l.list();
    QVERIFY2(all.ok(), qPrintable(all.errorText()));
    QCOMPARE(all->size(), 4); // removed rows are not listed
    auto hard = l.list(QStringLiteral("hard-bounce"));
    QCOMPARE(hard->size(), 1);
    QCOMPARE(hard->at(0).email, QStringLiteral("dave@example.com"));
    QCOMPARE(hard->at(0).sourceTable, QStringLiteral("bounces"));
    QCOMPARE(hard->at(0).sourceEventId, 42);
    auto search = l.list({}, QStringLiteral("A_B"));
    QCOMPARE(search->size(), 1); // '_' is a character here, not a LIKE wildcard
    QCOMPARE(search->at(0).email, QStringLiteral("a_b@example.com"));
    QCOMPARE(l.list({}, QStringLiteral("other.org"))->size(), 1);
    QCOMPARE(l.list({}, {}, 2, 0)->size(), 2);
    QCOMPARE(l.list({}, {}, 2, 3)->size(), 1);
    QCOMPARE(l.list(QStringLiteral("spam")).error().kind, Error::Kind::Invalid);
}

void TestSuppressionList::checkDependsOnPurpose_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("marketing");
    QTest::addColumn<bool>("transactional");
    QTest::newRow("not suppressed") << QString() << true << true;
    QTest::newRow("hard-bounce") << QStringLiteral("hard-bounce") << false << false;
    QTest::newRow("soft-bounce") << QStringLiteral("soft-bounce") << false << true;
    QTest::newRow("complaint") << QStringLiteral("complaint") << false << true;
    QTest::newRow("manual-bounce") << QStringLiteral("manual-bounce") << false << false;
    QTest::newRow("manual-complaint") << QStringLiteral("manual-complaint") << false << true;
    QTest::newRow("manual") << QStringLiteral("manual") << false << true;
}

void TestSuppressionList::checkDependsOnPurpose()
{
    QFETCH(QString, reason);
    QFETCH(bool, marketing);
    QFETCH(bool, transactional);
    const QString email = QStringLiteral("jane@example.com");
    if (!reason.isEmpty())
        insertPolicyRow(email, reason);
    SuppressionList l = list();

    auto m = l.check(QStringLiteral("Jane@Example.COM"), Purpose::Marketing);
    QVERIFY2(m.ok(), qPrintable(m.errorText()));
    QCOMPARE(m->send, marketing);
    auto t = l.check(email, Purpose::Transactional);
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    QCOMPARE(t->send, transactional);
    QCOMPARE(m->addressStatus, QStringLiteral("clean"));
    if (reason.isEmpty()) {
        QVERIFY(!m->suppression);
        QCOMPARE(m->reason, QStringLiteral("not suppressed"));
    } else {
        QVERIFY(m->suppression && t->suppression);
        QCOMPARE(m->suppression->reason, reason);
        QCOMPARE(m->reason, reason + QStringLiteral(" since 2026-11-20T10:00:00Z"));
    }
}

void TestSuppressionList::importAcceptsHeaderCrlfAndBlankLines()
{
    SuppressionList l = list();
    auto report = importText(l,
                             "\xEF\xBB\xBF"
                             "EmailAddress,Reason\r\n"
                             "Alice@Example.com,BOUNCE\r\n"
                             "\r\n"
                             "bob@example.com , complaint\r\n"
                             "   \r\n"
                             "\"carol@example.com\",\"BOUNCE\"\r\n",
                             QStringLiteral("from SES console"));
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->added, 3);
    QCOMPARE(report->skipped, 0);
    auto alice = l.find(QStringLiteral("alice@example.com"));
    QVERIFY(alice.ok() && alice->has_value());
    QCOMPARE((*alice)->reason, QStringLiteral("manual-bounce"));
    QCOMPARE((*alice)->notes, QStringLiteral("from SES console"));
    QCOMPARE((*l.find(QStringLiteral("bob@example.com")))->reason, QStringLiteral("manual-complaint"));
    QCOMPARE((*l.find(QStringLiteral("carol@example.com")))->reason, QStringLiteral("manual-bounce"));

    // The short header form, LF endings and no trailing newline.
    auto more = importText(l, "email,reason\ndan@example.com,BOUNCE");
    QVERIFY2(more.ok(), qPrintable(more.errorText()));
    QCOMPARE(more->added, 1);
    // A header anywhere but first is a bad line.
    QVERIFY(!importText(l, "eve@example.com,BOUNCE\nemail,reason\n").ok());
}

void TestSuppressionList::importWithBadLinesWritesNothing()
{
    SuppressionList l = list();
    QVERIFY(l.add(QStringLiteral("kept@example.com"), QStringLiteral("manual"), {}).ok());
    const qint64 rowsBefore = count(QStringLiteral("SELECT COUNT(*) FROM suppressions"));
    const qint64 auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    auto report = importText(l,
                             "email,reason\n"          // 1
                             "not-an-address,BOUNCE\n" // 2 bad
                             "good1@example.com,BOUNCE\n"
                             "good2@example.com,COMPLAINT\n"
                             "bad@example.com,SPAM\n" // 5 bad
                             "good3@example.com,BOUNCE\n"
                             "three,fields,here\n"); // 7 bad
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, Error::Kind::Invalid);
    const QString message = report.errorText();
    QVERIFY2(message.contains(u"3 bad line"), qPrintable(message));
    for (const char *line : {"line 2:", "line 5:", "line 7:"})
        QVERIFY2(message.contains(QString::fromLatin1(line)), qPrintable(message));
    for (const char *line : {"line 1:", "line 3:", "line 4:", "line 6:"})
        QVERIFY2(!message.contains(QString::fromLatin1(line)), qPrintable(message));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM suppressions")), rowsBefore);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);

    // Many bad lines: the first 20 are named, the rest counted.
    QByteArray many;
    for (int i = 1; i <= 30; ++i)
        many += "bad" + QByteArray::number(i) + ",BOUNCE\n";
    auto manyReport = importText(l, many);
    QVERIFY(manyReport.errorText().contains(u"line 20:"));
    QVERIFY(!manyReport.errorText().contains(u"line 21:"));
    QVERIFY2(manyReport.errorText().contains(u"10 more"), qPrintable(manyReport.errorText()));
}

void TestSuppressionList::importSkipsAlreadySuppressed()
{
    SuppressionList l = list();
    QVERIFY(l.add(QStringLiteral("old@example.com"), QStringLiteral("manual"), QStringLiteral("keep me")).ok());
    auto report = importText(l, "OLD@example.com,COMPLAINT\nnew@example.com,BOUNCE\nnew@example.com,COMPLAINT\n",
                             QStringLiteral("sync"));
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->added, 1);
    QCOMPARE(report->skipped, 2);
    auto old = l.find(QStringLiteral("old@example.com"));
    QCOMPARE((*old)->reason, QStringLiteral("manual")); // untouched
    QCOMPARE((*old)->notes, QStringLiteral("keep me"));
    QCOMPARE((*l.find(QStringLiteral("new@example.com")))->reason, QStringLiteral("manual-bounce"));
    // One audit row for the whole import, with the counts.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'suppression.import'")), 1);
    auto q = exec(db(), QStringLiteral("SELECT after_state, note FROM audit_log WHERE action = 'suppression.import'"));
    QSqlQuery row = std::move(q).value();
    QVERIFY(row.next());
    const QJsonObject after = QJsonDocument::fromJson(row.value(0).toString().toUtf8()).object();
    QCOMPARE(after.value(u"added").toInt(), 1);
    QCOMPARE(after.value(u"skipped").toInt(), 2);
    QCOMPARE(row.value(1).toString(), QStringLiteral("sync"));
}

void TestSuppressionList::exportRoundTripsThroughImport()
{
    SuppressionList l = list();
    QVERIFY(l.add(QStringLiteral("m@example.com"), QStringLiteral("manual"), {}).ok());
    QVERIFY(l.add(QStringLiteral("mb@example.com"), QStringLiteral("manual-bounce"), {}).ok());
    QVERIFY(l.add(QStringLiteral("mc@example.com"), QStringLiteral("manual-complaint"), {}).ok());
    insertPolicyRow(QStringLiteral("hb@example.com"), QStringLiteral("hard-bounce"));
    insertPolicyRow(QStringLiteral("c@example.com"), QStringLiteral("complaint"));
    QVERIFY(l.add(QStringLiteral("removed@example.com"), QStringLiteral("manual"), {}).ok());
    QVERIFY(l.remove(QStringLiteral("removed@example.com"), QStringLiteral("test")).ok());

    QBuffer first;
    first.open(QIODevice::WriteOnly);
    auto exported = l.exportCsv(first);
    QVERIFY2(exported.ok(), qPrintable(exported.errorText()));
    QCOMPARE(*exported, 5);
    QCOMPARE(first.data(), QByteArray("c@example.com,COMPLAINT\n"
                                      "hb@example.com,BOUNCE\n"
                                      "m@example.com,BOUNCE\n"
                                      "mb@example.com,BOUNCE\n"
                                      "mc@example.com,COMPLAINT\n"));

    QString error;
    auto fresh = Test::TempDatabase::create(&error);
    QVERIFY2(fresh, qPrintable(error));
    auto freshDb = Store::open(fresh->url());
    QVERIFY2(freshDb.ok(), qPrintable(freshDb.errorText()));
    SuppressionList copy(*freshDb, Actor::current(*freshDb));
    auto report = importText(copy, first.data());
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->added, 5);

    QBuffer second;
    second.open(QIODevice::WriteOnly);
    QCOMPARE(*copy.exportCsv(second), 5);
    QCOMPARE(second.data(), first.data());
}

void TestSuppressionList::importOfTenThousandLines()
{
    QByteArray csv = "email,reason\r\n";
    for (int i = 0; i < 10000; ++i)
        csv += "user" + QByteArray::number(i) + "@example.com," + (i % 10 == 0 ? "COMPLAINT" : "BOUNCE") + "\r\n";
    SuppressionList l = list();
    QElapsedTimer timer;
    timer.start();
    auto report = importText(l, csv);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    qInfo("10,000-line import on %s: %lld ms", qPrintable(Test::backendName(m_temp->backend())), timer.elapsed());
    QCOMPARE(report->added, 10000);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE active = 1")), 10000);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE reason = 'manual-complaint'")), 1000);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 1);
    auto again = importText(l, csv);
    QVERIFY(again.ok());
    QCOMPARE(again->skipped, 10000);
}

QTEST_GUILESS_MAIN(TestSuppressionList)
#include "tst_suppression_list.moc"
