#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <optional>

namespace Moltdesk::Agent {

// chat.send's idempotencyKey → the run it started, per session (two sessions may use the same
// key). Bounded: the oldest `capacity` entries are kept, which covers any client's retry window
// by orders of magnitude; an evicted key starts a new run, as an unknown key would.
class IdempotencyCache
{
public:
    explicit IdempotencyCache(int capacity = 4096) : m_capacity(capacity) {}

    std::optional<QString> runFor(const QString &sessionKey, const QString &idempotencyKey) const;
    void remember(const QString &sessionKey, const QString &idempotencyKey, const QString &runId);
    int size() const { return int(m_runs.size()); }

private:
    static QString slot(const QString &sessionKey, const QString &idempotencyKey)
    {
        return sessionKey + QChar(u'\x1f') + idempotencyKey;
    }

    int m_capacity;
    QHash<QString, QString> m_runs;
    std::deque<QString> m_order;
};

} // namespace Moltdesk::Agent
