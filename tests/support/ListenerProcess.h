// ListenerProcess: this build's `bouncedesk-cli listen` as a child process on loopback, to kill and restart.
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace Bouncedesk::Test {

class ListenerProcess final {
public:
    ListenerProcess() = default;
    ~ListenerProcess();
    Q_DISABLE_COPY_MOVE(ListenerProcess)

    // Starts `listen --database url --listen 127.0.0.1:0 --topic topic --sns-cert certUrl=pinFile` plus
    // extra, and waits for its "listening on" line (false with the reason in *error).
    bool start(const QString &databaseUrl, const QString &topic, const QString &certUrl, const QString &pinFile,
               QString *error, const QStringList &extra = {});
    // `listen --database url --listen 127.0.0.1:0` plus options, nothing trusted unless they say so.
    bool startWith(const QString &databaseUrl, const QStringList &options, QString *error);
    quint16 port() const { return m_port; }
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    // SIGKILL: no shutdown code runs, as when the machine or the OOM killer stops the process.
    void kill();
    // SIGTERM and wait for a clean exit (true if it exited with code 0).
    bool stop();
    // What it wrote to stderr so far (the end of it), for failure messages.
    QString errorOutput();

private:
    QProcess m_process;
    quint16 m_port = 0;
    // stderr goes to a file: a pipe nobody reads would fill up and stall the listener's logging.
    QTemporaryDir m_dir;
};

} // namespace Bouncedesk::Test
