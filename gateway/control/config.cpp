#include "control/config.h"

#include "base/logging.h"
#include "config/loader.h"
#include "control/configdiff.h"
#include "ws/methodregistry.h"
#include "ws/rpcerror.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Moltdesk::Control {

ConfigMethods::ConfigMethods(QString configPath, Current current, Apply apply, Broadcast broadcast)
    : m_configPath(std::move(configPath))
    , m_current(std::move(current))
    , m_apply(std::move(apply))
    , m_broadcast(std::move(broadcast))
{
}

void ConfigMethods::registerMethods(Ws::MethodRegistry &registry)
{
    registry.registerSyncMethod(u"config.get"_s,
                                [this](const QJsonObject &, const Ws::CallContext &) { return QJsonValue(get()); });
    registry.registerSyncMethod(u"config.set"_s, [this](const QJsonObject &params, const Ws::CallContext &) {
        return QJsonValue(set(params));
    });
    registry.registerEvent(u"config.changed"_s);
}

QString ConfigMethods::fileName() const
{
    // Messages name the file the way start-up errors do, without the user's directory layout.
    return m_configPath.isEmpty() ? u"config.json"_s : QFileInfo(m_configPath).fileName();
}

QJsonObject ConfigMethods::get() const
{
    return QJsonObject{
        {u"path"_s, m_configPath},
        {u"exists"_s, !m_configPath.isEmpty() && QFileInfo::exists(m_configPath)},
        {u"config"_s, Config::Loader::toJson(m_current())},
        {u"live"_s, QJsonArray::fromStringList(ConfigDiff::livePaths())},
        {u"restartRequired"_s, QJsonArray::fromStringList(ConfigDiff::restartPaths())},
    };
}

QJsonObject ConfigMethods::documentFor(const QJsonObject &params) const
{
    const bool hasConfig = params.contains(u"config"_s);
    const bool hasChanges = params.contains(u"changes"_s);
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (it.key() != u"config"_s && it.key() != u"changes"_s)
            throw Ws::RpcError::invalidRequest(u"config.set: unknown param \"%1\" (give \"config\" or \"changes\")"_s.arg(it.key()));
    }
    if (hasConfig == hasChanges)
        throw Ws::RpcError::invalidRequest(
            u"config.set: give exactly one of \"config\" (the whole file) or \"changes\" ({\"a.b\": value})"_s);
    if (hasConfig) {
        if (!params.value(u"config"_s).isObject())
            throw Ws::RpcError::invalidRequest(u"config.set: \"config\" must be a JSON object"_s);
        return params.value(u"config"_s).toObject();
    }
    if (!params.value(u"changes"_s).isObject())
        throw Ws::RpcError::invalidRequest(u"config.set: \"changes\" must be a JSON object of key paths"_s);

    // The changes go on top of what the file holds now, so keys the user wrote stay as written
    // (validated again below). A file that vanished is "all defaults"; one that no longer parses
    // (edited by hand since) is replaced by the running configuration.
    QJsonObject base;
    if (QFile file(m_configPath); file.open(QIODevice::ReadOnly)) {
        const QByteArray text = file.readAll();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error == QJsonParseError::NoError && document.isObject())
            base = document.object();
        else if (!text.trimmed().isEmpty())
            base = Config::Loader::toJson(m_current());
    }
    QString error;
    if (!ConfigDiff::mergeChanges(base, params.value(u"changes"_s).toObject(), &error))
        throw Ws::RpcError::invalidRequest(u"config.set: "_s + error);
    return base;
}

QJsonObject ConfigMethods::set(const QJsonObject &params)
{
    if (m_configPath.isEmpty())
        throw Ws::RpcError::unavailable(u"this gateway was started without a config file path; nothing can be saved"_s);
    const QJsonObject document = documentFor(params);
    const Config::LoadResult loaded = Config::Loader::fromJson(document, fileName());
    if (!loaded.ok())
        throw Ws::RpcError::invalidRequest(loaded.errorString());

    const Config::Settings before = m_current();
    QString saveError;
    if (!Config::Loader::save(loaded.settings, m_configPath, &saveError))
        throw Ws::RpcError::unavailable(saveError);

    QStringList applied;
    QStringList restart;
    for (const QString &path : ConfigDiff::changedPaths(before, loaded.settings))
        (ConfigDiff::isLive(path) ? applied : restart).append(path);
    m_apply(loaded.settings);
    qCInfo(lcConfig).noquote() << "config saved to" << m_configPath << "- applied:"
                               << (applied.isEmpty() ? u"nothing"_s : applied.join(u", "_s))
                               << (restart.isEmpty() ? QString() : u"; at the next start: "_s + restart.join(u", "_s));

    const QJsonObject changed{{u"applied"_s, QJsonArray::fromStringList(applied)},
                              {u"restartRequired"_s, QJsonArray::fromStringList(restart)}};
    if (m_broadcast)
        m_broadcast(u"config.changed"_s, changed);
    QJsonObject result = changed;
    result.insert(u"saved"_s, true);
    result.insert(u"warnings"_s, QJsonArray::fromStringList(loaded.warnings));
    return result;
}

} // namespace Moltdesk::Control
