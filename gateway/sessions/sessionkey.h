#pragma once

#include "storage/result.h"

#include <QHashFunctions>
#include <QString>

namespace Moltdesk::Sessions {

// A conversation's identity, in the contract's scheme:
//   <channel>:dm:<peer id>      one sender's direct messages on a channel
//   <channel>:group:<chat id>   one group chat on a channel
//   webchat:<client id>         one live WebSocket client
//   cron:<job id>               one scheduled job
//   api:<user>                  the OpenAI-compatible endpoint's `user` field
//
// The peer id is part of the key, so one sender's DMs never share history with another's.
// Validation: the whole key is at most 256 characters; channel names are [a-z][a-z0-9_-]{0,31}
// and may not be one of the reserved prefixes (webchat, cron, api); ids are 1+ characters of
// [A-Za-z0-9_.@+=:%-] (no spaces or control characters; callers with other ids percent-encode
// them, e.g. with QUrl::toPercentEncoding). ':' is allowed inside ids because the prefix has a
// fixed shape, so parsing stays unambiguous (Telegram group ids are negative numbers, WhatsApp
// ids start with '+', Discord ids are snowflakes).
class SessionKey
{
public:
    enum class Kind { Dm, Group, Webchat, Cron, Api };

    static constexpr int MaxLength = 256;

    SessionKey() = default; // invalid; only for containers

    static Storage::Result<SessionKey> parse(const QString &text);
    static Storage::Result<SessionKey> dm(const QString &channel, const QString &peerId);
    static Storage::Result<SessionKey> group(const QString &channel, const QString &chatId);
    static Storage::Result<SessionKey> webchat(const QString &clientId);
    static Storage::Result<SessionKey> cron(const QString &jobId);
    static Storage::Result<SessionKey> api(const QString &user);

    bool isValid() const { return !m_text.isEmpty(); }
    Kind kind() const { return m_kind; }
    // "telegram", "discord", ... for dm/group keys; "webchat", "cron" or "api" for the others.
    QString channel() const { return m_channel; }
    // The peer, chat, client, job or user id.
    QString id() const { return m_id; }
    QString toString() const { return m_text; }

    static QString kindName(Kind kind); // "dm", "group", "webchat", "cron", "api"

    bool operator==(const SessionKey &other) const { return m_text == other.m_text; }

private:
    static Storage::Result<SessionKey> make(Kind kind, const QString &channel, const QString &id);
    static bool isValidChannelName(const QString &channel);
    static bool isValidId(const QString &id);

    Kind m_kind = Kind::Dm;
    QString m_channel;
    QString m_id;
    QString m_text;
};

inline size_t qHash(const SessionKey &key, size_t seed = 0) noexcept
{
    return qHash(key.toString(), seed);
}

} // namespace Moltdesk::Sessions
