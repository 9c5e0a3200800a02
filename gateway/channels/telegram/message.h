#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Plain value types for the parts of a Telegram Message we use
// (https://core.telegram.org/bots/api#message). Ids are qint64: Telegram documents them as
// having at most 52 significant bits, so they are exact in a JSON double and in qint64.
namespace Moltdesk::Telegram {

struct User
{
    qint64 id = 0;
    bool isBot = false;
    QString username; // without '@'; may be empty
    QString firstName;
    QString lastName;
    QString languageCode;
};

struct Chat
{
    enum class Type { Private, Group, Supergroup, Channel, Unknown };
    qint64 id = 0;
    QString idString; // the same id as text, e.g. for Sessions::SessionKey and allowlists
    Type type = Type::Unknown;
    QString title;    // groups and channels
    QString username;

    bool isGroup() const { return type == Type::Group || type == Type::Supergroup; }
    static QString typeName(Type type);
};

// https://core.telegram.org/bots/api#messageentity - offset and length count UTF-16 code
// units, which is exactly QString indexing.
struct MessageEntity
{
    QString type; // "mention", "bot_command", "text_mention", "url", ...
    int offset = 0;
    int length = 0;
    qint64 userId = 0; // text_mention only
};

// The message this one replies to: enough to tell whether the user answered the bot.
struct ReplyRef
{
    qint64 messageId = 0;
    qint64 fromId = 0;
    bool fromIsBot = false;
    // The replied-to message is a forum topic's root (it carries forum_topic_created).
    bool isTopicRoot = false;
};

// The chat a message was sent on behalf of (Message.sender_chat): the channel itself for channel
// posts, the supergroup itself for anonymous group administrators, the linked channel for
// automatic forwards into a discussion group. `from` then holds a placeholder user shared by
// everyone who writes that way, so it must never identify the sender.
struct SenderChat
{
    qint64 id = 0;
    Chat::Type type = Chat::Type::Unknown;
    QString title;
    QString username;
};

// The largest of the sizes Telegram offers for a photo.
struct PhotoRef
{
    QString fileId;
    QString fileUniqueId;
    int width = 0;
    int height = 0;
    qint64 fileSize = 0; // 0 when Telegram did not say
};

struct VoiceRef
{
    QString fileId;
    QString fileUniqueId;
    int durationSeconds = 0;
    QString mimeType;
    qint64 fileSize = 0;
};

struct DocumentRef
{
    QString fileId;
    QString fileUniqueId;
    QString fileName;
    QString mimeType;
    qint64 fileSize = 0;
};

struct Message
{
    qint64 messageId = 0;
    Chat chat;
    std::optional<User> from; // absent for channel posts
    std::optional<SenderChat> senderChat;
    bool isAutomaticForward = false;
    qint64 messageThreadId = 0; // forum topics (and replies threads): the topic's root message id
    bool isTopicMessage = false;
    QDateTime date;           // UTC
    QString text;             // `text`, or the media's `caption`
    bool textIsCaption = false;
    QList<MessageEntity> entities; // `entities`, or `caption_entities`
    std::optional<ReplyRef> replyTo;
    std::optional<PhotoRef> photo;
    std::optional<VoiceRef> voice;
    std::optional<DocumentRef> document;
    // Parts that were present but unusable, e.g. "photo: no size has a file_id".
    QStringList skipped;

    // A "mention" entity naming `botUsername` (with or without '@', case-insensitive), or a
    // "text_mention" of `botId`.
    bool mentions(const QString &botUsername, qint64 botId = 0) const;
    // A reply to a message sent by `botId`. In a forum topic every message carries
    // reply_to_message = the topic's root, whether the user replied or not; that implicit reply
    // is no reply to anyone (isImplicitTopicReply).
    bool isReplyTo(qint64 botId) const;
    bool isImplicitTopicReply() const;
    // The command at the start of the text ("/start", "/help@mybot" -> "start", "help"), lower
    // case; empty when there is none or it is addressed to another bot.
    QString command(const QString &botUsername = {}) const;
    bool hasAttachment() const { return photo || voice || document; }
};

} // namespace Moltdesk::Telegram
