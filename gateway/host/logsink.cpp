#include "host/logsink.h"

#include "base/eventlog.h"

#include <QDateTime>
#include <QDir>

#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Moltdesk::Host {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
std::atomic<LogSink *> g_installed{nullptr};

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (LogSink *sink = g_installed.load())
        sink->write(type, context, message);
}
} // namespace

LogSink::LogSink(EventLog *eventLog, Redactor redact)
    : m_eventLog(eventLog)
    , m_redact(std::move(redact))
{
}

LogSink::~LogSink()
{
    if (m_installed) {
        g_installed.store(nullptr);
        qInstallMessageHandler(nullptr);
    }
}

bool LogSink::openFile(const QString &logDir, qint64 maxBytes)
{
    QMutexLocker locker(&m_mutex);
    if (!QDir().mkpath(logDir))
        return false;
    QFile::setPermissions(logDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_file.setFileName(QDir(logDir).filePath(u"moltdesk.log"_s));
    m_maxBytes = maxBytes;
    // Log lines are redacted, yet still say who talked to the agent: owner-only (docs/storage.md).
    return m_file.open(QIODevice::Append | QIODevice::Text, kOwnerOnly) && m_file.setPermissions(kOwnerOnly);
}

void LogSink::install()
{
    g_installed.store(this);
    qInstallMessageHandler(handler);
    m_installed = true;
}

void LogSink::write(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    append(type, QString::fromLatin1(context.category ? context.category : "default"), message, m_echo);
}

void LogSink::record(QtMsgType type, const char *category, const QString &message)
{
    append(type, QString::fromLatin1(category), message, false);
}

void LogSink::append(QtMsgType type, const QString &category, const QString &message, bool echo)
{
    const QString text = m_redact ? m_redact(message) : message;
    const QString line = u"%1 %2 %3: %4\n"_s.arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                                  EventLog::levelName(type), category, text);
    const QByteArray bytes = line.toUtf8();
    {
        QMutexLocker locker(&m_mutex);
        if (echo) {
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
            std::fflush(stderr);
        }
        if (m_file.isOpen()) {
            m_file.write(bytes);
            m_file.flush();
            rotateIfNeeded();
        }
    }
    if (m_eventLog && type != QtDebugMsg)
        m_eventLog->append(type, category, text);
}

void LogSink::rotateIfNeeded()
{
    if (m_maxBytes <= 0 || m_file.size() < m_maxBytes)
        return;
    const QString name = m_file.fileName();
    m_file.close();
    QFile::remove(name + u".1"_s);
    QFile::rename(name, name + u".1"_s);
    m_file.open(QIODevice::Append | QIODevice::Text, kOwnerOnly);
}

} // namespace Moltdesk::Host
