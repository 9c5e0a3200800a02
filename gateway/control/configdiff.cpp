#include "control/configdiff.h"

#include "config/loader.h"

#include <QJsonArray>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Moltdesk::Control {

namespace {

// Checked first: more specific than an entry of kLive that covers them.
const QStringList kRestart = {
    u"ai.tools.web_fetch.allowPrivateNetworks"_s, // the fetch tool is built once with its SSRF guard
    u"ai.tools.web_fetch.allowedPorts"_s,
    u"ai.tools.web_fetch.maxConcurrent"_s,        // ... and its slots
    u"storage.backend"_s,
    u"storage.kv"_s, // the KV store's limits are fixed when the database opens
    u"storage.quota"_s, // the object store is built with its quotas
    u"gateway.listen"_s,
    u"gateway.maxBodyBytes"_s,
    u"gateway.maxHeaderBytes"_s,
    u"gateway.maxConnections"_s,
    u"gateway.idleTimeoutSeconds"_s,
    u"gateway.tickIntervalSeconds"_s,
    u"gateway.headerTimeoutSeconds"_s,
    u"gateway.bodyTimeoutSeconds"_s,
    u"cron.timezone"_s, // also the current_time tool's zone and budget day boundaries
};

const QStringList kLive = {
    u"ai.defaultModel"_s,
    u"ai.fallbackModels"_s,
    u"ai.providers"_s,
    u"ai.systemPrompt"_s,
    u"ai.maxOutputTokens"_s,
    u"ai.maxToolRounds"_s,
    u"ai.maxToolCallsPerRound"_s,
    u"ai.requestTimeoutSeconds"_s,
    u"ai.streamIdleTimeoutSeconds"_s,
    u"ai.retry"_s,
    u"ai.cache"_s,
    u"ai.pricing"_s,
    u"ai.budgets"_s,
    u"ai.tools"_s,
    u"channels"_s,
    u"storage.sessionTTL"_s,
    u"storage.maxSessionSize"_s,
    u"security"_s,
    u"gateway.publicUrl"_s,
    u"gateway.allowedHosts"_s,
    u"gateway.authFailureLimit"_s,
    u"gateway.authFailureBlockSeconds"_s,
    u"cron.jobs"_s,
};

bool covers(const QString &prefix, const QString &path)
{
    return path == prefix || (path.startsWith(prefix) && path.at(prefix.size()) == u'.');
}

void flatten(const QJsonObject &object, const QString &prefix, QMap<QString, QJsonValue> &out, QStringList &order)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it.value().isObject()) {
            flatten(it.value().toObject(), path, out, order);
        } else {
            out.insert(path, it.value());
            order.append(path);
        }
    }
}

QJsonObject withValue(QJsonObject object, const QStringList &segments, qsizetype index, const QJsonValue &value)
{
    const QString &key = segments.at(index);
    if (index == segments.size() - 1) {
        if (value.isNull())
            object.remove(key);
        else
            object.insert(key, value);
        return object;
    }
    const QJsonObject child = object.value(key).toObject(); // a non-object in the way is replaced
    object.insert(key, withValue(child, segments, index + 1, value));
    return object;
}

} // namespace

QStringList ConfigDiff::changedPaths(const Config::Settings &before, const Config::Settings &after)
{
    QMap<QString, QJsonValue> oldLeaves;
    QMap<QString, QJsonValue> newLeaves;
    QStringList oldOrder;
    QStringList newOrder;
    flatten(Config::Loader::toJson(before), QString(), oldLeaves, oldOrder);
    flatten(Config::Loader::toJson(after), QString(), newLeaves, newOrder);
    QStringList changed;
    for (const QString &path : std::as_const(newOrder)) {
        if (!oldLeaves.contains(path) || oldLeaves.value(path) != newLeaves.value(path))
            changed.append(path);
    }
    for (const QString &path : std::as_const(oldOrder)) {
        if (!newLeaves.contains(path))
            changed.append(path);
    }
    return changed;
}

bool ConfigDiff::isLive(const QString &path)
{
    for (const QString &prefix : kRestart) {
        if (covers(prefix, path))
            return false;
    }
    for (const QString &prefix : kLive) {
        if (covers(prefix, path))
            return true;
    }
    return false;
}

QStringList ConfigDiff::livePaths()
{
    return kLive;
}

QStringList ConfigDiff::restartPaths()
{
    return kRestart;
}

bool ConfigDiff::mergeChanges(QJsonObject &document, const QJsonObject &changes, QString *error)
{
    QJsonObject merged = document;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const QStringList segments = it.key().split(u'.');
        for (const QString &segment : segments) {
            if (segment.isEmpty()) {
                if (error)
                    *error = u"changes: \"%1\" is not a key path (dot-separated keys, e.g. \"ai.defaultModel\")"_s.arg(
                        it.key());
                return false;
            }
        }
        merged = withValue(merged, segments, 0, it.value());
    }
    document = merged;
    return true;
}

} // namespace Moltdesk::Control
