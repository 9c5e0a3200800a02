#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

namespace Moltdesk::TestSupport {

// Runs the built `moltdesk` executable as a child process for process-level
// tests: collects stdout/stderr as they arrive, finds the "listening on http://HOST:PORT" line and
// delivers Unix signals. Every wait spins the event loop (no sleeping), so HTTP/WebSocket clients
// in the same test keep working while it waits. A child still running at destruction is killed.
class AppProcess : public QObject
{
    Q_OBJECT

public:
    // The child's environment, controlled rather than inherited: no display (so it cannot become a
    // GUI), no MOLTDESK_* variables or known secrets from the developer's shell, no debug logging,
    // and a session bus address that leads nowhere, so no keychain is reachable (docs/secrets.md
    // "no keychain" paths). Callers add what a case needs (MOLTDESK_TOKEN, secrets, ...).
    static QProcessEnvironment cleanEnvironment();
    // cleanEnvironment() plus MOLTDESK_TOKEN.
    static QProcessEnvironment environmentWithToken(const QString &token);
    // The secret names of docs/secrets.md (also the environment variable names).
    static QStringList secretNames();
    // --headless --data-dir DIR --listen LISTEN
    static QStringList headlessArguments(const QString &dataDir, const QString &listen = QStringLiteral("127.0.0.1:0"));
    // A file's bytes, empty when it cannot be read (log files, the token file, the database...).
    static QByteArray readFile(const QString &path);

    // `program` is the executable, normally the test's MOLTDESK_BINARY compile definition (the
    // support library itself does not get that definition).
    explicit AppProcess(const QString &program, QObject *parent = nullptr);
    ~AppProcess() override;

    void setEnvironment(const QProcessEnvironment &environment);
    // Starts MOLTDESK_BINARY with `arguments`; false when it could not be started at all.
    bool start(const QStringList &arguments);

    // Waits for the listening line; returns its URL (e.g. http://127.0.0.1:41234), or an empty URL
    // when the process exited first or the timeout passed.
    QUrl waitForListening(int timeoutMs = 10000);
    // Waits until the process ended; returns its exit code, or -1 on timeout or crash.
    int waitForExit(int timeoutMs = 10000);
    // Waits until the collected stderr contains `needle`.
    bool waitForStdErr(const QByteArray &needle, int timeoutMs = 10000);
    // ::kill(pid, signal); false when not running.
    bool sendSignal(int signal);

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 processId() const { return m_process.processId(); }
    QUrl url() const { return m_url; }
    quint16 port() const { return quint16(m_url.port()); }
    QByteArray stdOut() const { return m_stdout; }
    QByteArray stdErr() const { return m_stderr; }
    // The lines the program itself printed on stderr ("moltdesk: ..."), without the log lines
    // that are echoed there too (those start with a timestamp). "One clear line" is about these.
    QList<QByteArray> programErrorLines() const;
    // stdout + stderr, for failure messages.
    QByteArray transcript() const;

private:
    void readAvailable();

    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QUrl m_url;
};

} // namespace Moltdesk::TestSupport
