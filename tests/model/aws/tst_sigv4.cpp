// The SigV4 signer against AWS's own test suite (tests/data/sigv4, from awslabs/aws-c-auth): every
// header-signed case, canonical request, string to sign, signature and signed request byte for byte.
#include "aws/SigV4.h"
#include "TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Bouncedesk::Model;
using namespace Bouncedesk::Model::Aws;
using Bouncedesk::Test::testData;

namespace {
QByteArray read(const QString &dir, const char *name)
{
    QFile file(dir + u'/' + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s/%s", qPrintable(dir), name);
    return file.readAll();
}

struct Case {
    HttpRequest request;
    QByteArray requestLine;
    SigningOptions options;
    Credentials credentials;
};

// request.txt: "METHOD TARGET HTTP/1.1", header lines (an indented line continues the previous
// value), then an empty line and the body if there is one.
Case load(const QString &dir)
{
    Case c;
    const QByteArray text = read(dir, "request.txt");
    const int blank = text.indexOf("\n\n");
    const QByteArray head = blank < 0 ? text : text.left(blank);
    c.request.body = blank < 0 ? QByteArray() : text.mid(blank + 2);
    QList<QByteArray> lines = head.split('\n');
    if (lines.last().isEmpty())
        lines.removeLast();
    c.requestLine = lines.takeFirst();
    const int space = c.requestLine.indexOf(' ');
    const QByteArray target = c.requestLine.mid(space + 1, c.requestLine.lastIndexOf(' ') - space - 1);
    c.request.method = c.requestLine.left(space);
    const int question = target.indexOf('?');
    c.request.path = question < 0 ? target : target.left(question);
    c.request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    for (const QByteArray &line : std::as_const(lines)) {
        if (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t')) {
            c.request.headers.last().second += '\n' + line;
            continue;
        }
        const int colon = line.indexOf(':');
        c.request.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    const QJsonObject context = QJsonDocument::fromJson(read(dir, "context.json")).object();
    const QJsonObject credentials = context.value(QStringLiteral("credentials")).toObject();
    c.credentials.accessKeyId = credentials.value(QStringLiteral("access_key_id")).toString();
    c.credentials.secretAccessKey = credentials.value(QStringLiteral("secret_access_key")).toString();
    c.credentials.sessionToken = credentials.value(QStringLiteral("token")).toString();
    c.options.region = context.value(QStringLiteral("region")).toString();
    c.options.service = context.value(QStringLiteral("service")).toString();
    c.options.time = QDateTime::fromString(context.value(QStringLiteral("timestamp")).toString(), Qt::ISODate);
    c.options.normalizePath = context.value(QStringLiteral("normalize")).toBool(true);
    c.options.signBody = context.value(QStringLiteral("sign_body")).toBool();
    c.options.omitSessionToken = context.value(QStringLiteral("omit_session_token")).toBool();
    return c;
}

QByteArray serialise(const QByteArray &requestLine, const HttpRequest &request)
{
    QByteArray out = requestLine + '\n';
    for (const auto &[name, value] : request.headers)
        out += name + ':' + value + '\n';
    return out + '\n' + request.body;
}
} // namespace

class TestSigV4 final : public QObject {
    Q_OBJECT

private slots:
    void suite_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir root(testData(QStringLiteral("sigv4")));
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(cases.size(), 38); // the whole suite is here
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << root.filePath(name);
    }

    void suite()
    {
        QFETCH(QString, dir);
        Case c = load(dir);
        SigV4::sign(c.request, c.credentials, c.options);

        // The canonical request is of the request as signed: without Authorization, and without a
        // token that is added unsigned.
        HttpRequest signedPart = c.request;
        signedPart.headers.removeLast();
        if (c.options.omitSessionToken)
            signedPart.headers.removeIf([](const auto &h) { return h.first == "X-Amz-Security-Token"; });
        const QByteArray canonical = SigV4::canonicalRequest(signedPart, c.options);
        QCOMPARE(canonical, read(dir, "header-canonical-request.txt"));
        const QByteArray toSign = SigV4::stringToSign(canonical, c.options);
        QCOMPARE(toSign, read(dir, "header-string-to-sign.txt"));
        QCOMPARE(SigV4::signature(toSign, c.credentials.secretAccessKey, c.options), read(dir, "header-signature.txt"));
        QCOMPARE(serialise(c.requestLine, c.request), read(dir, "header-signed-request.txt"));
    }

    // One byte of the secret, the region or the time changes the signature.
    void everyInputCounts()
    {
        Case c = load(testData(QStringLiteral("sigv4/get-vanilla")));
        const auto signatureOf = [&c](Credentials credentials, SigningOptions options) {
            HttpRequest r = c.request;
            SigV4::sign(r, credentials, options);
            return r.headers.last().second;
        };
        const QByteArray genuine = signatureOf(c.credentials, c.options);
        Credentials otherSecret = c.credentials;
        otherSecret.secretAccessKey[0] = u'x';
        QVERIFY(signatureOf(otherSecret, c.options) != genuine);
        SigningOptions otherRegion = c.options;
        otherRegion.region = QStringLiteral("eu-west-1");
        QVERIFY(signatureOf(c.credentials, otherRegion) != genuine);
        SigningOptions later = c.options;
        later.time = later.time.addSecs(1);
        QVERIFY(signatureOf(c.credentials, later) != genuine);
    }

    void uriEncodeKeepsOnlyUnreserved()
    {
        QCOMPARE(SigV4::uriEncode("a+b@x.com/~_-."), QByteArray("a%2Bb%40x.com%2F~_-."));
        QCOMPARE(SigV4::uriEncode("/a b/", true), QByteArray("/a%20b/"));
        QCOMPARE(SigV4::uriEncode("%"), QByteArray("%25"));
    }
};

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
