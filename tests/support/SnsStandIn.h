// SnsStandIn: a local HTTPS server playing the SNS host (certificate downloads, subscription confirms).
#pragma once

#include "TestCa.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QStringList>

namespace Bouncedesk::Test {

class SnsStandIn final : public QAbstractHttpServer {
    Q_OBJECT

public:
    struct Reply {
        int status = 200;
        QByteArray body;
        QByteArray location; // for redirects
    };
    // A TLS server for hostName with a certificate issued by ca, on a free loopback port.
    SnsStandIn(const TestCa &ca, const QString &hostName, QObject *parent = nullptr);
    quint16 port() const { return m_port; }
    // "host=127.0.0.1:port" for ListenerSettings::snsEndpointOverrides.
    QString endpoint() const;
    // What to answer for a path (without query); unknown paths get 404. Confirm requests ("/") get 200.
    void setReply(const QString &path, Reply reply) { m_replies.insert(path, reply); }
    // Every request seen, as "path?query".
    QStringList requests() const { return m_requests; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QString m_host;
    quint16 m_port = 0;
    QHash<QString, Reply> m_replies;
    QStringList m_requests;
};

} // namespace Bouncedesk::Test
