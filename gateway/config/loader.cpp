#include "config/loader.h"

#include "base/logging.h"
#include "config/aisection.h"
#include "config/channelssection.h"
#include "config/cronsection.h"
#include "config/gatewaysection.h"
#include "config/schemareader.h"
#include "config/secretkeypolicy.h"
#include "config/securitysection.h"
#include "config/storagesection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Moltdesk::Config {

namespace {

// 1-based line and column of a byte offset, for JSON parse errors.
std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((data.at(i) & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    return {line, column};
}

} // namespace

LoadResult Loader::load(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        qCInfo(lcConfig) << "no config file at" << path << "- using defaults";
        return LoadResult{};
    }
    if (QFileInfo(path).isDir()) {
        LoadResult result;
        result.fileExists = true;
        result.errors.append(path + u": cannot read: it is a directory"_s);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        result.fileExists = true;
        result.errors.append(path + u": cannot read: "_s + file.errorString());
        return result;
    }
    LoadResult result = parse(file.readAll(), path);
    result.fileExists = true;
    return result;
}

LoadResult Loader::parse(const QByteArray &json, const QString &fileName)
{
    // An empty (or whitespace-only) file is treated like a missing one: "nothing configured".
    if (json.trimmed().isEmpty())
        return fromJson(QJsonObject{}, fileName);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        LoadResult result;
        result.errors.append(fileName + u": invalid JSON at line "_s + QString::number(line) + u", column "_s
                             + QString::number(column) + u" (offset "_s + QString::number(parseError.offset)
                             + u"): "_s + parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        SchemaReader reader(fileName);
        reader.fail(QString(), u"a JSON object"_s, document.isArray() ? QJsonValue(document.array()) : QJsonValue());
        LoadResult result;
        result.errors = reader.errors();
        return result;
    }
    return fromJson(document.object(), fileName);
}

LoadResult Loader::fromJson(const QJsonObject &json, const QString &fileName)
{
    SchemaReader reader(fileName);
    LoadResult result;
    SecretKeyPolicy::scan(json, QString(), reader);
    reader.checkKeys(json, QString(), {u"$schema"_s, u"ai"_s, u"channels"_s, u"storage"_s, u"security"_s,
                                       u"gateway"_s, u"cron"_s});

    Settings &s = result.settings;
    if (const std::optional<QJsonObject> ai = reader.object(json, QString(), u"ai"_s))
        AiSection::read(*ai, reader, s.ai);
    if (const std::optional<QJsonObject> channels = reader.object(json, QString(), u"channels"_s))
        ChannelsSection::read(*channels, reader, s.channels);
    if (const std::optional<QJsonObject> storage = reader.object(json, QString(), u"storage"_s))
        StorageSection::read(*storage, reader, s.storage);
    if (const std::optional<QJsonObject> security = reader.object(json, QString(), u"security"_s))
        SecuritySection::read(*security, reader, s.security);
    if (const std::optional<QJsonObject> gateway = reader.object(json, QString(), u"gateway"_s))
        GatewaySection::read(*gateway, reader, s.gateway);
    if (const std::optional<QJsonObject> cron = reader.object(json, QString(), u"cron"_s))
        CronSection::read(*cron, reader, s.cron);

    result.errors = reader.errors();
    result.warnings = reader.warnings();
    return result;
}

QJsonObject Loader::toJson(const Settings &settings)
{
    return {
        {u"ai"_s, AiSection::toJson(settings.ai)},
        {u"channels"_s, ChannelsSection::toJson(settings.channels)},
        {u"storage"_s, StorageSection::toJson(settings.storage)},
        {u"security"_s, SecuritySection::toJson(settings.security)},
        {u"gateway"_s, GatewaySection::toJson(settings.gateway)},
        {u"cron"_s, CronSection::toJson(settings.cron)},
    };
}

bool Loader::save(const Settings &settings, const QString &path, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = path + u": cannot save: "_s + why;
        qCWarning(lcConfig) << "cannot save config to" << path << ":" << why;
        return false;
    };
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(u"cannot create directory "_s + info.absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray data = QJsonDocument(toJson(settings)).toJson(QJsonDocument::Indented);
    if (file.write(data) != data.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace Moltdesk::Config
