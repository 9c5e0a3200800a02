#include "base/eventlog.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Base {

EventLog::EventLog(qsizetype capacity)
    : m_capacity(qMax<qsizetype>(1, capacity))
{
}

void EventLog::append(QtMsgType level, const QString &category, const QString &message)
{
    QMutexLocker locker(&m_mutex);
    m_entries.push_back(LogEntry{QDateTime::currentDateTimeUtc(), level, category, message, m_nextSeq++});
    while (qsizetype(m_entries.size()) > m_capacity)
        m_entries.pop_front();
}

QList<LogEntry> EventLog::tail(qsizetype limit, quint64 afterSeq) const
{
    QMutexLocker locker(&m_mutex);
    QList<LogEntry> out;
    for (auto it = m_entries.rbegin(); it != m_entries.rend() && out.size() < limit; ++it) {
        if (it->seq <= afterSeq)
            break;
        out.prepend(*it);
    }
    return out;
}

QString EventLog::levelName(QtMsgType level)
{
    switch (level) {
    case QtDebugMsg:
        return u"debug"_s;
    case QtInfoMsg:
        return u"info"_s;
    case QtWarningMsg:
        return u"warning"_s;
    case QtCriticalMsg:
        return u"error"_s;
    case QtFatalMsg:
        return u"fatal"_s;
    }
    return u"info"_s;
}

} // namespace Moltdesk::Base
