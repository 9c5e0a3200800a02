#pragma once

// The fixture of the InboundConverter tests (tests/telegram/tst_inboundconverter*.cpp): Bot API
// Update JSON built with QJsonObject (https://core.telegram.org/bots/api#update, #message) and the
// whole path the channel takes, JSON -> Update -> Message -> InboundMessage. Header-only.
#include "channels/telegram/inboundconverter.h"
#include "channels/telegram/updateparser.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Moltdesk::TestSupport::InboundConverterFixture {

using namespace Qt::StringLiterals;
using Channels::InboundMessage;
using Telegram::InboundConverter;
using Telegram::Update;
using Telegram::UpdateParser;
inline constexpr qint64 kBotId = 5550001;
inline const QString kBotName = QStringLiteral("moltdesk_bot");
inline constexpr qint64 kUserId = 42;
inline constexpr qint64 kGroupId = -1001234567890;
inline constexpr qint64 kDate = 1700000000;
// Telegram's fixed senders (https://core.telegram.org/bots/api#message: from "for backward
// compatibility ... contains a fake sender user in non-channel chats").
inline constexpr qint64 kGroupAnonymousBot = 1087968824;
inline constexpr qint64 kChannelBot = 136817688;
inline constexpr qint64 kTelegramService = 777000;

inline QJsonObject user(qint64 id, const QString &first, const QString &username = {}, bool isBot = false,
                 const QString &last = {})
{
    QJsonObject u{{u"id"_s, double(id)}, {u"is_bot"_s, isBot}, {u"first_name"_s, first}};
    if (!username.isEmpty())
        u.insert(u"username"_s, username);
    if (!last.isEmpty())
        u.insert(u"last_name"_s, last);
    return u;
}

inline QJsonObject bot()
{
    return user(kBotId, u"Molt"_s, kBotName, true);
}

inline QJsonObject privateChat(qint64 id = kUserId)
{
    return {{u"id"_s, double(id)}, {u"type"_s, u"private"_s}, {u"first_name"_s, u"Ann"_s}};
}

inline QJsonObject groupChat(qint64 id = kGroupId, const QString &type = u"supergroup"_s, const QString &title = u"Team"_s)
{
    return {{u"id"_s, double(id)}, {u"type"_s, type}, {u"title"_s, title}};
}

inline QJsonObject channelChat()
{
    return {{u"id"_s, -1009876543210.0}, {u"type"_s, u"channel"_s}, {u"title"_s, u"News"_s}};
}

inline QJsonObject message(qint64 messageId, const QJsonObject &chat, const QJsonObject &from, const QString &text = {})
{
    QJsonObject m{{u"message_id"_s, double(messageId)}, {u"date"_s, double(kDate)}, {u"chat"_s, chat}};
    if (!from.isEmpty())
        m.insert(u"from"_s, from);
    if (!text.isNull())
        m.insert(u"text"_s, text);
    return m;
}

inline QJsonObject entity(const QString &type, int offset, int length)
{
    return {{u"type"_s, type}, {u"offset"_s, offset}, {u"length"_s, length}};
}

inline QJsonObject update(const QJsonObject &msg, const QString &field = u"message"_s, qint64 updateId = 900)
{
    return {{u"update_id"_s, double(updateId)}, {field, msg}};
}

inline QJsonObject photoSize(const QString &fileId, int width, int height, int fileSize = -1)
{
    QJsonObject size{{u"file_id"_s, fileId}, {u"file_unique_id"_s, QString(u"u-"_s + fileId)},
                     {u"width"_s, width}, {u"height"_s, height}};
    if (fileSize >= 0)
        size.insert(u"file_size"_s, fileSize);
    return size;
}

inline InboundConverter converter()
{
    return InboundConverter(kBotId, kBotName);
}

// The whole path the channel takes: JSON -> Update -> Message -> InboundMessage.
inline std::optional<InboundMessage> convertJson(const QJsonObject &json, const InboundConverter &with = converter())
{
    const std::optional<Update> parsed = UpdateParser::parseUpdate(json);
    if (!parsed || !parsed->message)
        return std::nullopt;
    return with.convert(*parsed->message);
}

inline QString sessionKeyOf(const InboundMessage &in)
{
    const auto key = in.sessionKey();
    return key ? key->toString() : u"<invalid: "_s + key.error().message + u'>';
}

} // namespace Moltdesk::TestSupport::InboundConverterFixture
