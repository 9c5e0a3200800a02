#include "config/configchanges.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Moltdesk::Config {

namespace {
bool hasDottedKey(const QJsonObject &object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (it.key().contains(u'.'))
            return true;
    return false;
}

void collect(const QString &prefix, const QJsonObject &before, const QJsonObject &after, QJsonObject &changes)
{
    auto path = [&prefix](const QString &key) { return prefix.isEmpty() ? key : prefix + u'.' + key; };
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const QJsonValue old = before.value(it.key());
        const QJsonValue now = it.value();
        if (old == now)
            continue;
        if (old.isObject() && now.isObject() && !hasDottedKey(old.toObject()) && !hasDottedKey(now.toObject())) {
            collect(path(it.key()), old.toObject(), now.toObject(), changes);
            continue;
        }
        changes.insert(path(it.key()), now);
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (after.contains(it.key()))
            continue;
        changes.insert(path(it.key()), QJsonValue());
    }
}
} // namespace

QJsonObject ConfigChanges::between(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject changes;
    collect(QString(), before, after, changes);
    return changes;
}

} // namespace Moltdesk::Config
