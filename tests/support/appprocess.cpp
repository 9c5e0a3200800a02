#include "support/appprocess.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace Moltdesk::TestSupport {

QStringList AppProcess::secretNames()
{
    return {u"ANTHROPIC_API_KEY"_s,      u"OPENAI_API_KEY"_s,        u"TELEGRAM_BOT_TOKEN"_s,
            u"TELEGRAM_WEBHOOK_SECRET"_s, u"DISCORD_BOT_TOKEN"_s,     u"DISCORD_PUBLIC_KEY"_s,
            u"DISCORD_APPLICATION_ID"_s,  u"WHATSAPP_WEBHOOK_SECRET"_s, u"WHATSAPP_ACCESS_TOKEN"_s,
            u"WHATSAPP_VERIFY_TOKEN"_s,   u"MOLTDESK_TOKEN"_s,        u"MOLTDESK_ENCRYPTION_KEY"_s};
}

QProcessEnvironment AppProcess::cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // main.cpp treats any of these as "a display is available".
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    for (const QString &name : {u"MOLTDESK_DATA_DIR"_s, u"MOLTDESK_CONFIG"_s, u"QT_LOGGING_RULES"_s})
        env.remove(name);
    for (const QString &name : secretNames())
        env.remove(name);
    // Removing the variable alone is not enough: libdbus then falls back to $XDG_RUNTIME_DIR/bus,
    // which exists on a systemd desktop. A path that does not exist makes the keychain reliably
    // unreachable, the way a server without a session bus sees it.
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/moltdesk-apptests-no-bus"_s);
    return env;
}

QProcessEnvironment AppProcess::environmentWithToken(const QString &token)
{
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"MOLTDESK_TOKEN"_s, token);
    return env;
}

QStringList AppProcess::headlessArguments(const QString &dataDir, const QString &listen)
{
    return {u"--headless"_s, u"--data-dir"_s, dataDir, u"--listen"_s, listen};
}

QByteArray AppProcess::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

AppProcess::AppProcess(const QString &program, QObject *parent)
    : QObject(parent)
{
    m_process.setProgram(program);
    m_process.setProcessEnvironment(cleanEnvironment());
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &AppProcess::readAvailable);
    connect(&m_process, &QProcess::readyReadStandardError, this, &AppProcess::readAvailable);
}

AppProcess::~AppProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void AppProcess::setEnvironment(const QProcessEnvironment &environment)
{
    m_process.setProcessEnvironment(environment);
}

bool AppProcess::start(const QStringList &arguments)
{
    m_stdout.clear();
    m_stderr.clear();
    m_url.clear();
    m_process.setArguments(arguments);
    m_process.start();
    return m_process.waitForStarted(10000);
}

void AppProcess::readAvailable()
{
    m_stdout += m_process.readAllStandardOutput();
    m_stderr += m_process.readAllStandardError();
}

QUrl AppProcess::waitForListening(int timeoutMs)
{
    static const QRegularExpression line(uR"(^listening on (http://\S+:\d+)$)"_s,
                                         QRegularExpression::MultilineOption);
    auto found = [this] {
        readAvailable();
        const QRegularExpressionMatch match = line.match(QString::fromLocal8Bit(m_stdout));
        if (match.hasMatch())
            m_url = QUrl(match.captured(1));
        return m_url.isValid() || m_process.state() == QProcess::NotRunning;
    };
    if (!found())
        [[maybe_unused]] const bool done = QTest::qWaitFor(found, timeoutMs);
    return m_url;
}

int AppProcess::waitForExit(int timeoutMs)
{
    if (m_process.state() != QProcess::NotRunning)
        [[maybe_unused]] const bool done =
            QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
    readAvailable();
    if (m_process.state() != QProcess::NotRunning || m_process.exitStatus() != QProcess::NormalExit)
        return -1;
    return m_process.exitCode();
}

bool AppProcess::waitForStdErr(const QByteArray &needle, int timeoutMs)
{
    auto found = [this, &needle] {
        readAvailable();
        return m_stderr.contains(needle);
    };
    return found() || QTest::qWaitFor(found, timeoutMs);
}

bool AppProcess::sendSignal(int signal)
{
    const qint64 pid = m_process.processId();
    return m_process.state() == QProcess::Running && pid > 0 && ::kill(pid_t(pid), signal) == 0;
}

QList<QByteArray> AppProcess::programErrorLines() const
{
    QList<QByteArray> lines;
    const QList<QByteArray> all = m_stderr.split('\n');
    for (const QByteArray &line : all) {
        if (line.startsWith("moltdesk: "))
            lines << line;
    }
    return lines;
}

QByteArray AppProcess::transcript() const
{
    return "--- stdout ---\n"_ba + m_stdout + "--- stderr ---\n"_ba + m_stderr;
}

} // namespace Moltdesk::TestSupport
