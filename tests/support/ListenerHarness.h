// ListenerHarness: a real Listener on loopback over a temporary database, with a test CA to sign messages.
#pragma once

#include "HttpClient.h"
#include "TempDatabase.h"
#include "TestCa.h"
#include "listener/Listener.h"
#include "store/Stats.h"

#include <QJsonObject>

#include <memory>

namespace Bouncedesk::Test {

class ListenerHarness final {
public:
    static inline const QString topicArn = QStringLiteral("arn:aws:sns:us-east-1:123456789012:ses-feedback");
    static inline const QString certUrl =
        QStringLiteral("https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0123456789abcdef.pem");

    ListenerHarness();
    ~ListenerHarness();
    Q_DISABLE_COPY_MOVE(ListenerHarness)

    // Settings start from ListenerSettings defaults with port 0 and only the test CA trusted.
    static Model::ListenerSettings defaultSettings();
    // Creates the database and starts the listener; with pin, certUrl is pinned to the test leaf.
    bool start(Model::ListenerSettings settings, QString *error, bool pin = true);
    bool start(QString *error) { return start(defaultSettings(), error); }
    // The same on a database the test made itself (for a server the test stops and restarts).
    bool startOn(const Model::DatabaseUrl &url, Model::ListenerSettings settings, QString *error);
    // A second listener on the same database (a restart), e.g. to prove caches survive.
    bool restart(Model::ListenerSettings settings, QString *error);

    Model::Listener *listener() const { return m_listener.get(); }
    const Model::DatabaseUrl &url() const { return m_url; }
    const TestCa &ca() const { return m_ca; }
    const TestCa::Leaf &leaf() const { return m_leaf; }
    QUrl endpoint(const QString &path = QStringLiteral("/sns")) const;

    // Envelope fields for a Notification with a fresh MessageId and the current time.
    static QJsonObject notification(const QString &message, const QString &messageId = {});
    static QJsonObject confirmation(const QString &type, const QString &messageId = {});
    // Signs fields with the harness leaf (or keyPem) for certUrl (or another URL).
    QByteArray sign(const QJsonObject &fields, const QString &version = QStringLiteral("2"), const QString &url = {},
                    const QByteArray &keyPem = {}) const;
    HttpResponse post(const QByteArray &body, const QByteArray &type = "Notification", Headers extra = {}) const;

    Model::Counts counts() const;
    // One number from SQL run on the test's own connection.
    qint64 scalar(const QString &sql, std::initializer_list<QVariant> values = {}) const;

private:
    TestCa m_ca;
    TestCa::Leaf m_leaf;
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<Model::Listener> m_listener;
    Model::DatabaseUrl m_url;
};

} // namespace Bouncedesk::Test
