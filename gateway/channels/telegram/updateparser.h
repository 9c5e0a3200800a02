#pragma once

#include "channels/telegram/update.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace Moltdesk::Telegram {

// Turns Bot API JSON into Update/Message values. Never throws and never crashes on hostile
// input: a part that does not have the documented shape is skipped and the reason recorded
// (Message::skipped, Update::skipReason, or the `problems` list).
class UpdateParser
{
public:
    // nullopt only when the object has no usable update_id (it cannot even be confirmed).
    static std::optional<Update> parseUpdate(const QJsonObject &object, QString *problem = nullptr);
    // The `result` array of getUpdates. Entries without an update_id are left out, one line
    // per entry in `problems`.
    static QList<Update> parseUpdates(const QJsonArray &array, QStringList *problems = nullptr);
    // A Message object; nullopt (with `problem`) when message_id or chat is missing.
    static std::optional<Message> parseMessage(const QJsonObject &object, QString *problem = nullptr);
    static std::optional<User> parseUser(const QJsonObject &object);

    // Ids are JSON numbers; a double above 2^53 or a fraction is not an id.
    static std::optional<qint64> parseId(const QJsonValue &value);
};

} // namespace Moltdesk::Telegram
