// Log escaping: text from a request can never start a new log line or carry control characters.
#include "core/LogText.h"

#include <QTest>

using namespace Bouncedesk::Model;

class TestLogText final : public QObject {
    Q_OBJECT

private slots:
    void escapes_data();
    void escapes();
    void neverLeavesAControlCharacter();
    void cutsLongText();
};

void TestLogText::escapes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("22b80b92-fdea arn:aws:sns:us-east-1:1:t") << QStringLiteral("22b80b92-fdea arn:aws:sns:us-east-1:1:t");
    QTest::newRow("non-ASCII kept") << QStringLiteral("r\u00e9sum\u00e9 \U0001F600") << QStringLiteral("r\u00e9sum\u00e9 \U0001F600");
    QTest::newRow("forged line") << QStringLiteral("id\nbouncedesk.listener: warning: all good")
                                 << QStringLiteral("id\\nbouncedesk.listener: warning: all good");
    QTest::newRow("CR LF TAB") << QStringLiteral("a\r\n\tb") << QStringLiteral("a\\r\\n\\tb");
    QTest::newRow("backslash") << QStringLiteral("a\\nb") << QStringLiteral("a\\\\nb");
    QTest::newRow("NUL") << QString(QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b")) << QStringLiteral("a\\u{0}b");
    QTest::newRow("ESC (terminal colours)") << QStringLiteral("\x1b[31mred") << QStringLiteral("\\u{1b}[31mred");
    QTest::newRow("DEL") << QStringLiteral("a\u007fb") << QStringLiteral("a\\u{7f}b");
    QTest::newRow("NEL") << QStringLiteral("a\u0085b") << QStringLiteral("a\\u{85}b");
    QTest::newRow("line separator") << QStringLiteral("a\u2028b\u2029c") << QStringLiteral("a\\u{2028}b\\u{2029}c");
}

void TestLogText::escapes()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(logSafe(input), expected);
    QCOMPARE(logSafe(input.toUtf8()), expected);
}

void TestLogText::neverLeavesAControlCharacter()
{
    QString everything;
    for (char16_t u = 0; u < 0x300; ++u)
        everything += QChar(u);
    everything += QStringLiteral("\u2028\u2029");
    const QString safe = logSafe(everything, -1);
    for (const QChar c : safe) {
        const char16_t u = c.unicode();
        QVERIFY2(u >= 0x20 && !(u >= 0x7f && u <= 0x9f) && u != 0x2028 && u != 0x2029,
                 qPrintable(QStringLiteral("U+%1 left in the output").arg(uint(u), 4, 16, QLatin1Char('0'))));
    }
}

void TestLogText::cutsLongText()
{
    const QString long_ = QString(1000, u'x');
    QCOMPARE(logSafe(long_, 10), QStringLiteral("xxxxxxxxxx..."));
    QCOMPARE(logSafe(long_).size(), 303);
    QCOMPARE(logSafe(QStringLiteral("short"), 10), QStringLiteral("short"));
    // The cut happens before escaping, so an escape is never split.
    QCOMPARE(logSafe(QStringLiteral("abcdefghi\n"), 10), QStringLiteral("abcdefghi\\n"));
}

QTEST_GUILESS_MAIN(TestLogText)
#include "tst_log_text.moc"
