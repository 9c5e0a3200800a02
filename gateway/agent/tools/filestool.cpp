#include "agent/tools/filestool.h"

#include "agent/tools/workspacepath.h"
#include "storage/objectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Moltdesk::Agent {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool textualType(const QString &contentType)
{
    const QString mime = contentType.section(u';', 0, 0).trimmed().toLower();
    return mime.startsWith(u"text/"_s) || mime.endsWith(u"json"_s) || mime.endsWith(u"xml"_s)
        || mime == u"application/javascript"_s || mime == u"application/x-yaml"_s;
}

} // namespace

FilesTool::FilesTool(Storage::ObjectStore &objects, ToolWorker worker, FilesLimits limits)
    : m_objects(objects)
    , m_worker(worker)
    , m_limits(limits)
{
}

QString FilesTool::name() const
{
    return u"files"_s;
}

QString FilesTool::description() const
{
    return u"Reads, writes, lists and deletes text files in this conversation's private workspace. action: read, "
           "write, list or delete; path is relative to the workspace (\"notes/todo.md\"); write needs content "
           "(replaces the file, at most %1 KiB). read returns at most %2 KiB of a file; binary files are only "
           "described."_s.arg(m_limits.maxWriteBytes / 1024).arg(m_limits.maxReadBytes / 1024);
}

QJsonObject FilesTool::inputSchema() const
{
    return {{u"type"_s, u"object"_s},
            {u"properties"_s,
             QJsonObject{
                 {u"action"_s, QJsonObject{{u"type"_s, u"string"_s},
                                            {u"enum"_s, QJsonArray{u"read"_s, u"write"_s, u"list"_s, u"delete"_s}}}},
                 {u"path"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"maxLength"_s, WorkspacePath::MaxLength},
                                          {u"description"_s, u"file (or, for list, folder) inside the workspace"_s}}},
                 {u"content"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"description"_s, u"for write: the text"_s}}}}},
            {u"required"_s, QJsonArray{u"action"_s}},
            {u"additionalProperties"_s, false}};
}

void FilesTool::run(const QJsonObject &input, const ToolContext &context, Done done)
{
    m_worker.run([this, input, context] { return execute(input, context); }, std::move(done));
}

ToolResult FilesTool::execute(const QJsonObject &input, const ToolContext &context) const
{
    if (context.sessionKey.isEmpty())
        return ToolResult::error(u"files are not available: no session"_s);
    const QString action = input.value(u"action"_s).toString();
    QString error;
    const std::optional<QString> path = WorkspacePath::normalize(input.value(u"path"_s).toString(), &error);
    if (!path)
        return ToolResult::error(error);
    const QString root = WorkspacePath::rootKey(context.sessionKey);
    if (action == u"list"_s)
        return list(root, *path);
    if (path->isEmpty())
        return ToolResult::error(u"\"path\" must name a file for %1"_s.arg(action));
    if (action == u"read"_s)
        return read(root, *path);
    if (action == u"delete"_s)
        return remove(root, *path);
    if (action == u"write"_s) {
        if (!input.value(u"content"_s).isString())
            return ToolResult::error(u"\"content\" (a string) is required for write"_s);
        return write(root, *path, input.value(u"content"_s).toString(), context.sessionKey);
    }
    return ToolResult::error(u"unknown action \"%1\""_s.arg(action));
}

ToolResult FilesTool::read(const QString &root, const QString &path) const
{
    auto object = m_objects.get(root + path);
    if (!object)
        return ToolResult::error(u"could not read %1: %2"_s.arg(path, object.error().message));
    if (!object.value())
        return ToolResult::error(u"no such file: %1"_s.arg(path));
    const Storage::ObjectInfo &info = object.value()->info;
    const QByteArray data = object.value()->body->read(m_limits.maxReadBytes);
    const bool cut = info.size > data.size();
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(data);
    // A cut may split a UTF-8 sequence; that alone must not make a text file look binary.
    const bool looksText = textualType(info.contentType) || (!data.contains('\0') && (!utf8.hasError() || cut));
    if (!looksText)
        return ToolResult::text(u"%1 is a binary file (%2, %3 bytes); its content is not shown"_s.arg(
            path, info.contentType, QString::number(info.size)));
    if (cut)
        text += u"\n[cut: first %1 of %2 bytes shown]"_s.arg(data.size()).arg(info.size);
    return ToolResult::text(text);
}

ToolResult FilesTool::write(const QString &root, const QString &path, const QString &content,
                             const QString &session) const
{
    const QByteArray data = content.toUtf8();
    if (data.size() > m_limits.maxWriteBytes)
        return ToolResult::error(u"content is %1 bytes; the limit is %2 bytes"_s.arg(data.size()).arg(m_limits.maxWriteBytes));
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchExtension);
    QString type = mime.isDefault() ? u"text/plain"_s : mime.name();
    if (textualType(type))
        type += u"; charset=utf-8"_s;
    // Tagged with the session: counted against its quota (storage.quota.*), deleted with it.
    const auto stored = m_objects.putBytes(root + path, data, type, {{Storage::ObjectSessionKey, session}});
    if (!stored)
        return ToolResult::error(u"could not write %1: %2"_s.arg(path, stored.error().message));
    return ToolResult::text(compact({{u"path"_s, path}, {u"written"_s, true}, {u"bytes"_s, data.size()}}));
}

ToolResult FilesTool::list(const QString &root, const QString &path) const
{
    const QString prefix = root + (path.isEmpty() ? QString() : path + u'/');
    const auto listed = m_objects.list(prefix, {}, m_limits.maxListed);
    if (!listed)
        return ToolResult::error(u"could not list %1: %2"_s.arg(path.isEmpty() ? u"/"_s : path, listed.error().message));
    QJsonArray files;
    for (const Storage::ObjectInfo &info : listed->objects) {
        files.append(QJsonObject{{u"path"_s, info.key.mid(root.size())},
                                 {u"bytes"_s, info.size},
                                 {u"contentType"_s, info.contentType},
                                 {u"updated"_s, info.updated.toUTC().toString(Qt::ISODate)}});
    }
    return ToolResult::text(compact({{u"files"_s, files}, {u"complete"_s, !listed->truncated}}));
}

ToolResult FilesTool::remove(const QString &root, const QString &path) const
{
    const auto removed = m_objects.remove(root + path);
    if (!removed)
        return ToolResult::error(u"could not delete %1: %2"_s.arg(path, removed.error().message));
    if (!removed.value())
        return ToolResult::error(u"no such file: %1"_s.arg(path));
    return ToolResult::text(compact({{u"path"_s, path}, {u"deleted"_s, true}}));
}

} // namespace Moltdesk::Agent
