#include "sessions/sessionkey.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Moltdesk::Sessions {

namespace {

const QString WebchatPrefix = u"webchat"_s;
const QString CronPrefix = u"cron"_s;
const QString ApiPrefix = u"api"_s;

bool isReserved(const QString &channel)
{
    return channel == WebchatPrefix || channel == CronPrefix || channel == ApiPrefix;
}

} // namespace

bool SessionKey::isValidChannelName(const QString &channel)
{
    if (channel.isEmpty() || channel.size() > 32)
        return false;
    for (qsizetype i = 0; i < channel.size(); ++i) {
        const char16_t c = channel.at(i).unicode();
        const bool lower = c >= u'a' && c <= u'z';
        const bool digit = c >= u'0' && c <= u'9';
        if (i == 0 ? !lower : !(lower || digit || c == u'_' || c == u'-'))
            return false;
    }
    return true;
}

bool SessionKey::isValidId(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (const QChar ch : id) {
        const char16_t c = ch.unicode();
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (!alnum && !QStringView(u"_.@+=:%-").contains(ch))
            return false;
    }
    return true;
}

QString SessionKey::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Dm: return u"dm"_s;
    case Kind::Group: return u"group"_s;
    case Kind::Webchat: return WebchatPrefix;
    case Kind::Cron: return CronPrefix;
    case Kind::Api: return ApiPrefix;
    }
    return {};
}

Storage::Result<SessionKey> SessionKey::make(Kind kind, const QString &channel, const QString &id)
{
    QString text;
    if (kind == Kind::Dm || kind == Kind::Group) {
        if (!isValidChannelName(channel))
            return Storage::Error::invalid(
                u"session key: channel must be 1-32 characters of a-z, 0-9, '_' or '-', starting with a letter"_s);
        if (isReserved(channel))
            return Storage::Error::invalid(u"session key: '%1' cannot have dm or group conversations"_s.arg(channel));
        text = channel + u':' + kindName(kind) + u':' + id;
    } else {
        text = channel + u':' + id;
    }
    if (!isValidId(id))
        return Storage::Error::invalid(
            u"session key: the id must be 1 or more characters of A-Z, a-z, 0-9 or _.@+=:%- (percent-encode others)"_s);
    if (text.size() > MaxLength)
        return Storage::Error::invalid(u"session key is longer than %1 characters"_s.arg(MaxLength));
    SessionKey key;
    key.m_kind = kind;
    key.m_channel = channel;
    key.m_id = id;
    key.m_text = text;
    return key;
}

Storage::Result<SessionKey> SessionKey::dm(const QString &channel, const QString &peerId)
{
    return make(Kind::Dm, channel, peerId);
}

Storage::Result<SessionKey> SessionKey::group(const QString &channel, const QString &chatId)
{
    return make(Kind::Group, channel, chatId);
}

Storage::Result<SessionKey> SessionKey::webchat(const QString &clientId)
{
    return make(Kind::Webchat, WebchatPrefix, clientId);
}

Storage::Result<SessionKey> SessionKey::cron(const QString &jobId)
{
    return make(Kind::Cron, CronPrefix, jobId);
}

Storage::Result<SessionKey> SessionKey::api(const QString &user)
{
    return make(Kind::Api, ApiPrefix, user);
}

Storage::Result<SessionKey> SessionKey::parse(const QString &text)
{
    if (text.isEmpty())
        return Storage::Error::invalid(u"session key is empty"_s);
    if (text.size() > MaxLength)
        return Storage::Error::invalid(u"session key is longer than %1 characters"_s.arg(MaxLength));
    const qsizetype first = text.indexOf(u':');
    if (first <= 0)
        return Storage::Error::invalid(
            u"session key must look like <channel>:dm:<peer>, <channel>:group:<chat>, webchat:<id>, cron:<id> or api:<user>"_s);
    const QString head = text.left(first);
    const QString rest = text.mid(first + 1);
    if (head == WebchatPrefix)
        return webchat(rest);
    if (head == CronPrefix)
        return cron(rest);
    if (head == ApiPrefix)
        return api(rest);
    const qsizetype second = rest.indexOf(u':');
    const QString kind = second < 0 ? QString() : rest.left(second);
    const QString id = second < 0 ? QString() : rest.mid(second + 1);
    if (kind == u"dm"_s)
        return dm(head, id);
    if (kind == u"group"_s)
        return group(head, id);
    return Storage::Error::invalid(u"session key '%1...': expected '%2:dm:<peer>' or '%2:group:<chat>'"_s
                                       .arg(text.left(40), head.left(32)));
}

} // namespace Moltdesk::Sessions
