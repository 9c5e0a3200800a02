#include "sessions/contentblocks.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Moltdesk::Sessions {

QString ContentBlocks::validate(const QJsonArray &content)
{
    if (content.isEmpty())
        return u"content must be a non-empty array of blocks"_s;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const QString where = u"content[%1]"_s.arg(i);
        if (!content.at(i).isObject())
            return where + u" must be an object"_s;
        const QJsonObject block = content.at(i).toObject();
        const QString type = block.value(u"type"_s).toString();
        if (type.isEmpty())
            return where + u".type must be a non-empty string"_s;
        if (type == u"text"_s && !block.value(u"text"_s).isString())
            return where + u".text must be a string"_s;
        if (type == u"image"_s && !block.value(u"source"_s).isObject())
            return where + u".source must be an object"_s;
        if (type == u"tool_use"_s
            && (block.value(u"id"_s).toString().isEmpty() || block.value(u"name"_s).toString().isEmpty()
                || !block.value(u"input"_s).isObject()))
            return where + u": a tool_use needs a string id and name and an object input"_s;
        if (type == u"tool_result"_s) {
            if (block.value(u"tool_use_id"_s).toString().isEmpty())
                return where + u".tool_use_id must be a non-empty string"_s;
            const QJsonValue result = block.value(u"content"_s);
            if (!result.isUndefined() && !result.isString() && !result.isArray())
                return where + u".content must be a string or an array of blocks"_s;
        }
    }
    return {};
}

bool ContentBlocks::startsTurn(const QString &role, const QJsonArray &content)
{
    if (role != u"user"_s)
        return false;
    for (const QJsonValue &block : content) {
        if (block.toObject().value(u"type"_s).toString() != u"tool_result"_s)
            return true;
    }
    return false;
}

QStringList ContentBlocks::toolUseIds(const QJsonArray &content)
{
    QStringList ids;
    for (const QJsonValue &block : content) {
        const QJsonObject object = block.toObject();
        if (object.value(u"type"_s).toString() == u"tool_use"_s)
            ids.append(object.value(u"id"_s).toString());
    }
    return ids;
}

QStringList ContentBlocks::toolResultIds(const QJsonArray &content)
{
    QStringList ids;
    for (const QJsonValue &block : content) {
        const QJsonObject object = block.toObject();
        if (object.value(u"type"_s).toString() == u"tool_result"_s)
            ids.append(object.value(u"tool_use_id"_s).toString());
    }
    return ids;
}

} // namespace Moltdesk::Sessions
