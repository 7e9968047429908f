// Runs and stops a headless listener process for fault tests.
#include "ListenerProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace Bouncedesk::Test {

ListenerProcess::~ListenerProcess()
{
    if (running())
        kill();
}

bool ListenerProcess::start(const QString &databaseUrl, const QString &topic, const QString &certUrl,
                            const QString &pinFile, QString *error, const QStringList &extra)
{
    return startWith(databaseUrl, QStringList{QStringLiteral("--topic"), topic, QStringLiteral("--sns-cert"),
                                      certUrl + u'=' + pinFile} + extra,
        error);
}

bool ListenerProcess::startWith(const QString &databaseUrl, const QStringList &options, QString *error)
{
    m_port = 0;
    const QStringList args = QStringList{QStringLiteral("listen"), QStringLiteral("--database"), databaseUrl,
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
        + options;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(m_dir.filePath(QStringLiteral("stderr.log")), QIODevice::Append);
    m_process.start(qEnvironmentVariable("BOUNCEDESK_CLI"), args);
    // Spin the event loop rather than block: the test process may serve other things meanwhile.
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    static const QRegularExpression banner(QStringLiteral("listening on https?://127\\.0\\.0\\.1:(\\d+)/sns"));
    while (timer.elapsed() < 30000 && m_process.state() != QProcess::NotRunning) {
        out += m_process.readAllStandardOutput();
        const QRegularExpressionMatch m = banner.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_port = quint16(m.captured(1).toUInt());
            return true;
        }
        QTest::qWait(20);
    }
    *error = QStringLiteral("listener did not start: ") + QString::fromUtf8(out) + errorOutput();
    kill();
    return false;
}

void ListenerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
}

bool ListenerProcess::stop()
{
    m_process.terminate();
    QElapsedTimer timer;
    timer.start();
    while (m_process.state() != QProcess::NotRunning && timer.elapsed() < 30000)
        QTest::qWait(20);
    if (m_process.state() != QProcess::NotRunning) {
        kill();
        return false;
    }
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

QString ListenerProcess::errorOutput()
{
    QFile file(m_dir.filePath(QStringLiteral("stderr.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() > 2000)
        file.seek(file.size() - 2000);
    return QString::fromUtf8(file.readAll());
}

} // namespace Bouncedesk::Test
