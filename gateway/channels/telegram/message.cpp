#include "channels/telegram/message.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Telegram {

QString Chat::typeName(Type type)
{
    switch (type) {
    case Type::Private: return u"private"_s;
    case Type::Group: return u"group"_s;
    case Type::Supergroup: return u"supergroup"_s;
    case Type::Channel: return u"channel"_s;
    case Type::Unknown: break;
    }
    return u"unknown"_s;
}

namespace {
QString stripAt(const QString &name)
{
    return name.startsWith(u'@') ? name.mid(1) : name;
}
} // namespace

bool Message::mentions(const QString &botUsername, qint64 botId) const
{
    const QString wanted = stripAt(botUsername);
    for (const MessageEntity &entity : entities) {
        if (entity.type == u"text_mention"_s && botId != 0 && entity.userId == botId)
            return true;
        if (entity.type != u"mention"_s || wanted.isEmpty())
            continue;
        if (entity.offset < 0 || entity.length < 2 || entity.offset + entity.length > text.size())
            continue;
        const QString mention = text.mid(entity.offset + 1, entity.length - 1); // without '@'
        if (mention.compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool Message::isImplicitTopicReply() const
{
    if (!replyTo)
        return false;
    return replyTo->isTopicRoot || (isTopicMessage && messageThreadId != 0 && replyTo->messageId == messageThreadId);
}

bool Message::isReplyTo(qint64 botId) const
{
    return replyTo && botId != 0 && replyTo->fromId == botId && !isImplicitTopicReply();
}

QString Message::command(const QString &botUsername) const
{
    for (const MessageEntity &entity : entities) {
        if (entity.type != u"bot_command"_s || entity.offset != 0)
            continue;
        if (entity.length < 2 || entity.length > text.size())
            return {};
        QString command = text.mid(1, entity.length - 1);
        // "/help@otherbot" is meant for another bot in the same group
        // (https://core.telegram.org/bots/features#commands).
        const qsizetype at = command.indexOf(u'@');
        if (at >= 0) {
            const QString target = command.mid(at + 1);
            if (!botUsername.isEmpty() && target.compare(stripAt(botUsername), Qt::CaseInsensitive) != 0)
                return {};
            command.truncate(at);
        }
        return command.toLower();
    }
    return {};
}

} // namespace Moltdesk::Telegram
