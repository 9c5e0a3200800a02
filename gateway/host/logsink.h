#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

#include <functional>

namespace Moltdesk::Base {
class EventLog;
}

namespace Moltdesk::Host {

using Base::EventLog;

// Where every qDebug/qInfo/qWarning line goes: stderr, a size-capped log file under the data
// dir, and the bounded EventLog the panel shows. Every line first passes through `redact`, which
// replaces known secret values — a second line of defence; code must not log secrets at all.
//
// Qt's message handler is a plain function pointer, so exactly one LogSink can be installed at
// a time; it is owned by main() and uninstalled in its destructor.
class LogSink
{
public:
    using Redactor = std::function<QString(const QString &)>;

    LogSink(EventLog *eventLog, Redactor redact);
    ~LogSink();
    LogSink(const LogSink &) = delete;
    LogSink &operator=(const LogSink &) = delete;

    // Opens (appending) DIR/moltdesk.log; rotated to .1 when it passes maxBytes.
    bool openFile(const QString &logDir, qint64 maxBytes = 5 * 1024 * 1024);
    void setEchoToStderr(bool echo) { m_echo = echo; }
    void install();

    void write(QtMsgType type, const QMessageLogContext &context, const QString &message);
    // For a line the caller already printed on stderr in its own form (the one start-up error
    // line): kept in the log file and the event log without a second copy on stderr.
    void record(QtMsgType type, const char *category, const QString &message);

private:
    void append(QtMsgType type, const QString &category, const QString &message, bool echo);
    void rotateIfNeeded();

    EventLog *m_eventLog;
    Redactor m_redact;
    QMutex m_mutex;
    QFile m_file;
    qint64 m_maxBytes = 0;
    bool m_echo = true;
    bool m_installed = false;
};

} // namespace Moltdesk::Host
