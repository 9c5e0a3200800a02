#include "sessions/takeoverstore.h"

#include "base/logging.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Moltdesk::Sessions {

TakeoverStore::TakeoverStore(Storage::Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

Storage::Result<void> TakeoverStore::load()
{
    Storage::Result<QSqlQuery> query = Storage::Sql::exec(m_database, u"reading taken-over sessions"_s,
                                                          u"SELECT key FROM session_takeovers"_s);
    if (!query)
        return query.error();
    QSet<QString> keys;
    while (query->next())
        keys.insert(query->value(0).toString());
    m_keys = keys;
    return {};
}

QStringList TakeoverStore::keys() const
{
    QStringList list(m_keys.cbegin(), m_keys.cend());
    std::sort(list.begin(), list.end());
    return list;
}

QString TakeoverStore::refusal(const SessionKey &key)
{
    switch (key.kind()) {
    case SessionKey::Kind::Dm:
    case SessionKey::Kind::Group:
        return {};
    case SessionKey::Kind::Webchat:
        return u"a webchat session is a live client of this gateway, not a channel conversation: "
               "only channel sessions (telegram:…) can be taken over"_s;
    case SessionKey::Kind::Cron:
        return u"a cron session holds a scheduled job's runs and has nobody to answer: "
               "only channel sessions (telegram:…) can be taken over"_s;
    case SessionKey::Kind::Api:
        return u"an api session belongs to a caller of /v1/chat/completions, who gets its answers from "
               "that request: only channel sessions (telegram:…) can be taken over"_s;
    }
    return u"only channel sessions can be taken over"_s;
}

Storage::Result<bool> TakeoverStore::set(const SessionKey &key, bool on)
{
    if (const QString why = refusal(key); !why.isEmpty())
        return Storage::Error::invalid(why);
    const QString text = key.toString();
    if (m_keys.contains(text) == on)
        return false;
    const QString purpose = u"saving the take-over of %1"_s.arg(text);
    const Storage::Result<QSqlQuery> saved =
        on ? Storage::Sql::exec(m_database, purpose,
                                u"INSERT OR REPLACE INTO session_takeovers (key, since) VALUES (?, ?)"_s,
                                {text, QDateTime::currentMSecsSinceEpoch()})
           : Storage::Sql::exec(m_database, purpose, u"DELETE FROM session_takeovers WHERE key = ?"_s, {text});
    if (!saved)
        return saved.error();
    if (on)
        m_keys.insert(text);
    else
        m_keys.remove(text);
    qCInfo(lcSessions).noquote() << "session" << text << (on ? "taken over by the operator" : "handed back to the bot");
    emit changed(text, on);
    return true;
}

} // namespace Moltdesk::Sessions
