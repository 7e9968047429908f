// Secret comparison: the right secret matches, every near miss (wrong, longer, shorter, empty) does not.
#include "core/Secrets.h"

#include <QTest>

using namespace Bouncedesk::Model;

class TestSecrets final : public QObject {
    Q_OBJECT

private slots:
    void compares_data();
    void compares();
};

void TestSecrets::compares_data()
{
    QTest::addColumn<QByteArray>("given");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("equal");

    const QByteArray secret = "sns:s3cret-pässwörd";
    QTest::newRow("right") << secret << secret << true;
    QTest::newRow("wrong, same length") << QByteArray("sns:s3cret-pässwörD") << secret << false;
    QTest::newRow("first byte differs") << QByteArray("Sns:s3cret-pässwörd") << secret << false;
    QTest::newRow("longer") << QByteArray(secret + "x") << secret << false;
    QTest::newRow("shorter") << secret.chopped(1) << secret << false;
    QTest::newRow("prefix only") << QByteArray("sns:") << secret << false;
    QTest::newRow("empty given") << QByteArray() << secret << false;
    QTest::newRow("empty expected") << secret << QByteArray() << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("embedded NUL") << QByteArray("abc\0def", 7) << QByteArray("abc") << false;
    QTest::newRow("same NUL-bearing") << QByteArray("abc\0def", 7) << QByteArray("abc\0def", 7) << true;
    QTest::newRow("bearer right") << QByteArray("Bearer token-123") << QByteArray("Bearer token-123") << true;
    QTest::newRow("bearer lower case") << QByteArray("bearer token-123") << QByteArray("Bearer token-123") << false;
    QTest::newRow("long") << QByteArray(100000, 'a') << QByteArray(100000, 'a') << true;
    QTest::newRow("long, last byte differs") << QByteArray(99999, 'a') + 'b' << QByteArray(100000, 'a') << false;
}

void TestSecrets::compares()
{
    QFETCH(QByteArray, given);
    QFETCH(QByteArray, expected);
    QFETCH(bool, equal);
    QCOMPARE(secretsEqual(given, expected), equal);
    QCOMPARE(secretsEqual(expected, given), equal);
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
