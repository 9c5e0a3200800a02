#include "agent/tools/memorytool.h"

#include "storage/kvstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Moltdesk::Agent {

namespace {

QString ownerPrefix(const QString &owner)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(owner)) + u'/';
}

// Stored as JSON text of the value itself; scalars ("5", "true") are valid JSON texts (RFC 8259 §2)
// even though QJsonDocument only holds objects and arrays, so we wrap them to parse.
QByteArray encodeValue(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QJsonValue decodeValue(const Storage::KvValue &stored)
{
    if (stored.type == Storage::KvValueType::Text)
        return QString::fromUtf8(stored.data);
    const QJsonDocument doc = QJsonDocument::fromJson("[" + stored.data + "]");
    return doc.isArray() ? doc.array().first() : QJsonValue(QString::fromUtf8(stored.data));
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

MemoryTool::MemoryTool(Storage::KvStore &kv, ToolWorker worker, MemoryLimits limits)
    : m_kv(kv)
    , m_worker(worker)
    , m_limits(limits)
{
}

QString MemoryTool::name() const
{
    return u"memory"_s;
}

QString MemoryTool::description() const
{
    return u"Remembers small notes between turns. action: get, put, list or delete. scope \"conversation\" "
           "(default) is private to this conversation; scope \"user\" follows the current user into their other "
           "conversations on this channel. Keys: 1-128 characters from A-Z a-z 0-9 . _ - : @ /. Values: text or "
           "any JSON, at most %1 KiB each."_s.arg(m_limits.maxValueBytes / 1024);
}

QJsonObject MemoryTool::inputSchema() const
{
    const QJsonObject key{{u"type"_s, u"string"_s}, {u"minLength"_s, 1}, {u"maxLength"_s, 128}};
    return {{u"type"_s, u"object"_s},
            {u"properties"_s,
             QJsonObject{
                 {u"action"_s, QJsonObject{{u"type"_s, u"string"_s},
                                            {u"enum"_s, QJsonArray{u"get"_s, u"put"_s, u"list"_s, u"delete"_s}}}},
                 {u"scope"_s, QJsonObject{{u"type"_s, u"string"_s},
                                           {u"enum"_s, QJsonArray{u"conversation"_s, u"user"_s}}}},
                 {u"key"_s, key},
                 {u"value"_s, QJsonObject{{u"type"_s, QJsonArray{u"string"_s, u"number"_s, u"boolean"_s, u"object"_s,
                                                                  u"array"_s, u"null"_s}},
                                           {u"description"_s, u"for put: text or any JSON value"_s}}},
                 {u"prefix"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"maxLength"_s, 128},
                                            {u"description"_s, u"for list: only keys starting with this"_s}}}}},
            {u"required"_s, QJsonArray{u"action"_s}},
            {u"additionalProperties"_s, false}};
}

bool MemoryTool::isValidKey(const QString &key)
{
    static const QRegularExpression re(u"^[A-Za-z0-9._:@/-]{1,128}$"_s);
    // The owner prefix already keeps keys apart; refusing ".." still tells a model probing for
    // other conversations that there is nothing to find that way.
    return re.match(key).hasMatch() && !key.split(u'/').contains(u".."_s);
}

void MemoryTool::run(const QJsonObject &input, const ToolContext &context, Done done)
{
    m_worker.run([this, input, context] { return execute(input, context); }, std::move(done));
}

ToolResult MemoryTool::execute(const QJsonObject &input, const ToolContext &context) const
{
    const QString action = input.value(u"action"_s).toString();
    const QString scope = input.value(u"scope"_s).toString(u"conversation"_s);
    QString ns;
    QString owner;
    if (scope == u"user"_s) {
        ns = QString::fromLatin1(UserNamespace);
        owner = context.qualifiedUser();
        if (owner.isEmpty())
            return ToolResult::error(u"scope \"user\" is not available here: this conversation has no single user"_s);
    } else {
        ns = QString::fromLatin1(ConversationNamespace);
        owner = context.sessionKey;
        if (owner.isEmpty())
            return ToolResult::error(u"scope \"conversation\" is not available: no session"_s);
    }

    if (action == u"list"_s) {
        const QString prefix = input.value(u"prefix"_s).toString();
        return list(ns, owner, prefix);
    }
    const QString key = input.value(u"key"_s).toString();
    if (!input.contains(u"key"_s))
        return ToolResult::error(u"\"key\" is required for %1"_s.arg(action));
    if (!isValidKey(key))
        return ToolResult::error(u"invalid key \"%1\": use 1-128 characters from A-Z a-z 0-9 . _ - : @ /"_s.arg(key.left(140)));
    if (action == u"get"_s)
        return get(ns, owner, key);
    if (action == u"delete"_s)
        return remove(ns, owner, key);
    if (action == u"put"_s) {
        if (!input.contains(u"value"_s))
            return ToolResult::error(u"\"value\" is required for put"_s);
        return put(ns, owner, key, input.value(u"value"_s));
    }
    return ToolResult::error(u"unknown action \"%1\""_s.arg(action));
}

ToolResult MemoryTool::get(const QString &ns, const QString &owner, const QString &key) const
{
    const auto stored = m_kv.get(ns, ownerPrefix(owner) + key);
    if (!stored)
        return ToolResult::error(u"memory read failed: "_s + stored.error().message);
    if (!stored.value())
        return ToolResult::text(compact({{u"key"_s, key}, {u"found"_s, false}}));
    return ToolResult::text(compact({{u"key"_s, key}, {u"found"_s, true}, {u"value"_s, decodeValue(*stored.value())}}));
}

ToolResult MemoryTool::put(const QString &ns, const QString &owner, const QString &key, const QJsonValue &value) const
{
    const bool text = value.isString();
    const QByteArray data = text ? value.toString().toUtf8() : encodeValue(value);
    if (data.size() > m_limits.maxValueBytes)
        return ToolResult::error(u"value is %1 bytes; the limit is %2 bytes"_s.arg(data.size()).arg(m_limits.maxValueBytes));
    const QString fullKey = ownerPrefix(owner) + key;
    const auto existing = m_kv.get(ns, fullKey);
    if (!existing)
        return ToolResult::error(u"memory write failed: "_s + existing.error().message);
    if (!existing.value()) {
        const auto keys = m_kv.list(ns, ownerPrefix(owner), {}, m_limits.maxKeysPerScope);
        if (!keys)
            return ToolResult::error(u"memory write failed: "_s + keys.error().message);
        if (keys->keys.size() >= m_limits.maxKeysPerScope)
            return ToolResult::error(u"this scope already holds %1 keys, the limit; delete some first"_s
                                         .arg(m_limits.maxKeysPerScope));
    }
    const auto written = m_kv.put(ns, fullKey, data, text ? Storage::KvValueType::Text : Storage::KvValueType::Json);
    if (!written)
        return ToolResult::error(u"memory write failed: "_s + written.error().message);
    return ToolResult::text(compact({{u"key"_s, key}, {u"stored"_s, true}, {u"bytes"_s, data.size()}}));
}

ToolResult MemoryTool::list(const QString &ns, const QString &owner, const QString &prefix) const
{
    const QString base = ownerPrefix(owner);
    const auto keys = m_kv.list(ns, base + prefix, {}, m_limits.maxListed);
    if (!keys)
        return ToolResult::error(u"memory list failed: "_s + keys.error().message);
    QJsonArray names;
    for (const Storage::KvKey &k : keys->keys)
        names.append(k.name.mid(base.size()));
    return ToolResult::text(compact({{u"keys"_s, names}, {u"complete"_s, keys->complete}}));
}

ToolResult MemoryTool::remove(const QString &ns, const QString &owner, const QString &key) const
{
    const auto removed = m_kv.remove(ns, ownerPrefix(owner) + key);
    if (!removed)
        return ToolResult::error(u"memory delete failed: "_s + removed.error().message);
    return ToolResult::text(compact({{u"key"_s, key}, {u"deleted"_s, removed.value()}}));
}

} // namespace Moltdesk::Agent
