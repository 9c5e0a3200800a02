#pragma once

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>

#include <deque>

namespace Moltdesk::Base {

struct LogEntry
{
    QDateTime time;
    QtMsgType level = QtInfoMsg;
    QString category;
    QString message; // already redacted
    quint64 seq = 0;
};

// A bounded in-memory log the panel and `logs.tail` show. Thread-safe: log lines arrive from
// every thread. Old entries fall off the front once `capacity` is reached.
class EventLog
{
public:
    explicit EventLog(qsizetype capacity = 2000);

    void append(QtMsgType level, const QString &category, const QString &message);
    // The newest `limit` entries with seq > afterSeq, oldest first.
    QList<LogEntry> tail(qsizetype limit, quint64 afterSeq = 0) const;
    qsizetype capacity() const { return m_capacity; }

    static QString levelName(QtMsgType level);

private:
    mutable QMutex m_mutex;
    std::deque<LogEntry> m_entries;
    qsizetype m_capacity;
    quint64 m_nextSeq = 1;
};

} // namespace Moltdesk::Base
