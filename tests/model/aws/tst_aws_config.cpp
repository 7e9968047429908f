// Credentials, region and endpoints are found where the AWS CLI finds them, in its order.
#include "aws/AwsConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Bouncedesk::Model::Aws;

class TestAwsConfig final : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    void write(const QString &relative, const QByteArray &text)
    {
        QDir(m_home.path()).mkpath(QFileInfo(relative).path());
        QFile file(m_home.filePath(relative));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }

    ConfigInputs inputs(const QStringList &variables = {}) const
    {
        ConfigInputs in;
        in.homeDirectory = m_home.path();
        for (const QString &v : variables)
            in.environment.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
        return in;
    }

private slots:
    void init()
    {
        QDir(m_home.filePath(QStringLiteral(".aws"))).removeRecursively();
        write(QStringLiteral(".aws/credentials"),
              "# shared keys\n[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = secret-default\n\n"
              "[ops]\naws_access_key_id=AKIDOPS\naws_secret_access_key=secret-ops\naws_session_token = token-ops\n"
              "[half]\naws_access_key_id = AKIDHALF\n");
        write(QStringLiteral(".aws/config"),
              "[default]\nregion = eu-west-1\n[profile ops]\nregion = us-east-2\ns3 =\n  max_concurrent_requests = 5\n"
              "[profile sso]\nsso_session = corp\nregion = eu-central-1\n[profile inline]\nregion = ap-south-1\n"
              "aws_access_key_id = AKIDINLINE\naws_secret_access_key = secret-inline\n");
    }

    void environmentKeysComeFirst()
    {
        auto account = resolveAccount(inputs({QStringLiteral("AWS_ACCESS_KEY_ID=AKIDENV"),
                                              QStringLiteral("AWS_SECRET_ACCESS_KEY=secret-env"),
                                              QStringLiteral("AWS_SESSION_TOKEN=token-env")}));
        QVERIFY2(account, qPrintable(account.errorText()));
        QCOMPARE(account->credentials.accessKeyId, QStringLiteral("AKIDENV"));
        QCOMPARE(account->credentials.sessionToken, QStringLiteral("token-env"));
        QCOMPARE(account->region, QStringLiteral("eu-west-1")); // the default profile's
    }

    void explicitProfileSkipsTheEnvironmentKeys()
    {
        ConfigInputs in = inputs({QStringLiteral("AWS_ACCESS_KEY_ID=AKIDENV"), QStringLiteral("AWS_SECRET_ACCESS_KEY=x")});
        in.profile = QStringLiteral("ops");
        auto account = resolveAccount(in);
        QVERIFY2(account, qPrintable(account.errorText()));
        QCOMPARE(account->credentials.accessKeyId, QStringLiteral("AKIDOPS"));
        QCOMPARE(account->credentials.sessionToken, QStringLiteral("token-ops"));
        QCOMPARE(account->region, QStringLiteral("us-east-2"));
        QVERIFY(account->credentials.source.contains(QStringLiteral("profile 'ops'")));
    }

    void awsProfileVariableAndRegionOrder()
    {
        auto account = resolveAccount(inputs({QStringLiteral("AWS_PROFILE=ops"), QStringLiteral("AWS_DEFAULT_REGION=sa-east-1")}));
        QVERIFY(account);
        QCOMPARE(account->credentials.accessKeyId, QStringLiteral("AKIDOPS"));
        QCOMPARE(account->region, QStringLiteral("sa-east-1")); // AWS_DEFAULT_REGION beats the profile
        account = resolveAccount(inputs({QStringLiteral("AWS_PROFILE=ops"), QStringLiteral("AWS_DEFAULT_REGION=sa-east-1"),
                                         QStringLiteral("AWS_REGION=ca-central-1")}));
        QCOMPARE(account->region, QStringLiteral("ca-central-1")); // AWS_REGION beats AWS_DEFAULT_REGION
        ConfigInputs in = inputs({QStringLiteral("AWS_REGION=ca-central-1")});
        in.region = QStringLiteral("us-west-1");
        QCOMPARE(resolveAccount(in)->region, QStringLiteral("us-west-1")); // --region beats everything
    }

    void keysInTheConfigFileAndOtherFiles()
    {
        ConfigInputs in = inputs();
        in.profile = QStringLiteral("inline");
        QCOMPARE(resolveAccount(in)->credentials.accessKeyId, QStringLiteral("AKIDINLINE"));
        write(QStringLiteral("elsewhere/creds"), "[default]\naws_access_key_id = AKIDELSEWHERE\naws_secret_access_key = s\n");
        auto account = resolveAccount(
            inputs({QStringLiteral("AWS_SHARED_CREDENTIALS_FILE=%1").arg(m_home.filePath(QStringLiteral("elsewhere/creds"))),
                    QStringLiteral("AWS_CONFIG_FILE=/nonexistent"), QStringLiteral("AWS_REGION=us-east-1")}));
        QVERIFY2(account, qPrintable(account.errorText()));
        QCOMPARE(account->credentials.accessKeyId, QStringLiteral("AKIDELSEWHERE"));
    }

    void clearErrors_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("says");
        QTest::newRow("no such profile") << QStringLiteral("nobody") << QStringList() << QStringLiteral("no AWS credentials");
        QTest::newRow("key without secret") << QStringLiteral("half") << QStringList() << QStringLiteral("no aws_secret_access_key");
        QTest::newRow("sso") << QStringLiteral("sso") << QStringList() << QStringLiteral("sso_session");
        QTest::newRow("env key alone") << QString() << QStringList{QStringLiteral("AWS_ACCESS_KEY_ID=AKID")}
                                       << QStringLiteral("AWS_SECRET_ACCESS_KEY is not");
        QTest::newRow("bad endpoint") << QString() << QStringList{QStringLiteral("AWS_ENDPOINT_URL_SQS=ftp://x")}
                                      << QStringLiteral("AWS_ENDPOINT_URL_SQS");
    }

    void clearErrors()
    {
        QFETCH(QString, profile);
        QFETCH(QStringList, environment);
        QFETCH(QString, says);
        ConfigInputs in = inputs(environment);
        in.profile = profile;
        auto account = resolveAccount(in);
        QVERIFY(!account);
        QVERIFY2(account.errorText().contains(says), qPrintable(account.errorText()));
    }

    void noRegionIsAnError()
    {
        write(QStringLiteral(".aws/config"), "");
        auto account = resolveAccount(inputs());
        QVERIFY(!account);
        QVERIFY2(account.errorText().contains(QStringLiteral("--region")), qPrintable(account.errorText()));
    }

    void endpoints()
    {
        auto account = resolveAccount(inputs());
        QCOMPARE(account->endpoint(Service::Sqs), QUrl(QStringLiteral("https://sqs.eu-west-1.amazonaws.com")));
        QCOMPARE(account->endpoint(Service::SesV2), QUrl(QStringLiteral("https://email.eu-west-1.amazonaws.com")));
        QCOMPARE(account->endpoint(Service::CloudWatch), QUrl(QStringLiteral("https://monitoring.eu-west-1.amazonaws.com")));
        account = resolveAccount(inputs({QStringLiteral("AWS_ENDPOINT_URL=http://127.0.0.1:4566"),
                                         QStringLiteral("AWS_ENDPOINT_URL_SESV2=http://127.0.0.1:9000")}));
        QCOMPARE(account->endpoint(Service::Sqs), QUrl(QStringLiteral("http://127.0.0.1:4566")));
        QCOMPARE(account->endpoint(Service::SesV2), QUrl(QStringLiteral("http://127.0.0.1:9000")));
        ConfigInputs in = inputs({QStringLiteral("AWS_ENDPOINT_URL_SESV2=http://127.0.0.1:9000")});
        in.endpointUrl = QStringLiteral("http://localhost:1234");
        QCOMPARE(resolveAccount(in)->endpoint(Service::SesV2), QUrl(QStringLiteral("http://localhost:1234")));
        in = inputs();
        in.region = QStringLiteral("cn-north-1");
        QCOMPARE(resolveAccount(in)->endpoint(Service::Sqs), QUrl(QStringLiteral("https://sqs.cn-north-1.amazonaws.com.cn")));
    }

    void profiles()
    {
        QCOMPARE(profileNames(inputs()), (QStringList{QStringLiteral("default"), QStringLiteral("half"),
                                                       QStringLiteral("inline"), QStringLiteral("ops"), QStringLiteral("sso")}));
    }
};

QTEST_GUILESS_MAIN(TestAwsConfig)
#include "tst_aws_config.moc"
