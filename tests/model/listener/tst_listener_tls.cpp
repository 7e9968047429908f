// The listener serving HTTPS itself (--tls-cert/--tls-key), as SNS requires for a direct endpoint.
#include "ListenerHarness.h"

#include <QSslConfiguration>
#include <QTest>

using namespace Bouncedesk;
using namespace Bouncedesk::Test;

class TestListenerTls final : public QObject {
    Q_OBJECT

private slots:
    void servesHttpsWithTheConfiguredCertificate();
    void refusesToStartWithoutAUsableKey();
};

void TestListenerTls::servesHttpsWithTheConfiguredCertificate()
{
    ListenerHarness h;
    const TestCa::Leaf server = h.ca().issue(QStringLiteral("localhost"));
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.tlsCertFile = h.ca().writeFile(QStringLiteral("server.pem"), server.certPem);
    settings.tlsKeyFile = h.ca().writeFile(QStringLiteral("server.key"), server.keyPem);
    QString error;
    QVERIFY2(h.start(settings, &error), qPrintable(error));

    // The client trusts only the test CA, and checks the name: a real TLS handshake, not a bypass.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(h.ca().caPem()));
    QSslConfiguration::setDefaultConfiguration(tls);
    QUrl url = h.endpoint();
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    url.setHost(QStringLiteral("localhost"));

    const QByteArray body = h.sign(ListenerHarness::notification(QStringLiteral("over TLS")));
    const HttpResponse r = httpPost(url, body, {{"x-amz-sns-message-type", "Notification"}});
    QVERIFY2(r.status == 200, qPrintable(r.error + QString::fromUtf8(r.body)));
    QCOMPARE(h.counts().notifications, 1);

    // Plain HTTP to the TLS port gets no answer.
    QUrl plain = url;
    plain.setScheme(QStringLiteral("http"));
    QCOMPARE(httpPost(plain, body, {{"x-amz-sns-message-type", "Notification"}}, 5000).status, 0);
}

void TestListenerTls::refusesToStartWithoutAUsableKey()
{
    ListenerHarness h;
    const TestCa::Leaf server = h.ca().issue(QStringLiteral("localhost"));
    Model::ListenerSettings settings = ListenerHarness::defaultSettings();
    settings.tlsCertFile = h.ca().writeFile(QStringLiteral("server.pem"), server.certPem);
    settings.tlsKeyFile = h.ca().writeFile(QStringLiteral("garbage.key"), "not a key");
    QString error;
    QVERIFY(!h.start(settings, &error));
    QVERIFY2(error.contains(u"private key"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestListenerTls)
#include "tst_listener_tls.moc"
