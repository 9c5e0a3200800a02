#include "control/secrets.h"

#include "config/secretkeypolicy.h"
#include "providers/providerset.h"
#include "security/secretcatalog.h"
#include "security/secretstore.h"
#include "security/secretvault.h"
#include "ws/methodregistry.h"
#include "ws/rpcerror.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Moltdesk::Control {

namespace {
// A bot token or API key is well under 1 KiB; anything this large was pasted by mistake.
constexpr qsizetype kMaxValueLength = 16 * 1024;
} // namespace

SecretMethods::SecretMethods(Security::SecretVault *vault, Current current, Applied applied, Broadcast broadcast,
                             HasOperatorToken hasOperatorToken, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_current(std::move(current))
    , m_applied(std::move(applied))
    , m_broadcast(std::move(broadcast))
    , m_hasOperatorToken(std::move(hasOperatorToken))
{
}

void SecretMethods::registerMethods(Ws::MethodRegistry &registry)
{
    registry.registerSyncMethod(u"secrets.status"_s,
                                [this](const QJsonObject &, const Ws::CallContext &) { return QJsonValue(status()); });
    registry.registerMethod(u"secrets.set"_s, [this](const QJsonObject &params, const Ws::CallContext &, Ws::Reply reply) {
        const QString name = checkedName(params);
        const QString value = checkedValue(params);
        if (const QString why = Config::SecretKeyPolicy::lengthProblem(name, value); !why.isEmpty())
            throw Ws::RpcError::invalidRequest(why);
        if (!m_vault)
            throw Ws::RpcError::unavailable(u"this gateway has no secret store; set %1 in the environment"_s.arg(name));
        m_vault->store(name, value, this, [this, name, reply](const Security::SecretResult &result) mutable {
            if (!result.isOk()) {
                reply.reject(Ws::RpcError::unavailable(u"%1 was not stored: %2"_s.arg(name, result.message())));
                return;
            }
            const QString source = m_vault->source(name);
            if (m_applied)
                m_applied(name);
            const QJsonObject changed{{u"name"_s, name}, {u"set"_s, true}, {u"source"_s, source}};
            if (m_broadcast)
                m_broadcast(u"secrets.changed"_s, changed);
            reply.resolve(QJsonObject{{u"name"_s, name},
                                      {u"stored"_s, m_vault->backendName()},
                                      {u"source"_s, source},
                                      {u"shadowedByEnvironment"_s, source == u"environment"_s}});
        });
    });
    registry.registerMethod(u"secrets.delete"_s,
                            [this](const QJsonObject &params, const Ws::CallContext &, Ws::Reply reply) {
                                const QString name = checkedName(params);
                                if (params.size() != 1)
                                    throw Ws::RpcError::invalidRequest(u"secrets.delete takes only \"name\""_s);
                                if (!m_vault)
                                    throw Ws::RpcError::unavailable(u"this gateway has no secret store"_s);
                                m_vault->remove(name, this, [this, name, reply](const Security::SecretResult &result) mutable {
                                    if (!result.isOk()) {
                                        reply.reject(Ws::RpcError::unavailable(
                                            u"%1 was not removed: %2"_s.arg(name, result.message())));
                                        return;
                                    }
                                    const QString source = m_vault->source(name);
                                    if (m_applied)
                                        m_applied(name);
                                    const QJsonObject changed{{u"name"_s, name},
                                                              {u"set"_s, !source.isEmpty()},
                                                              {u"source"_s, source}};
                                    if (m_broadcast)
                                        m_broadcast(u"secrets.changed"_s, changed);
                                    reply.resolve(QJsonObject{{u"name"_s, name},
                                                              {u"removed"_s, true},
                                                              {u"source"_s, source},
                                                              {u"stillSetInEnvironment"_s, source == u"environment"_s}});
                                });
                            });
    registry.registerEvent(u"secrets.changed"_s);
}

QString SecretMethods::checkedName(const QJsonObject &params) const
{
    const QJsonValue nameValue = params.value(u"name"_s);
    if (!nameValue.isString() || nameValue.toString().isEmpty())
        throw Ws::RpcError::invalidRequest(u"give \"name\": the secret's name, e.g. \"TELEGRAM_BOT_TOKEN\""_s);
    const QString name = nameValue.toString();
    if (name == Security::SecretNames::OperatorToken)
        throw Ws::RpcError::invalidRequest(
            u"MOLTDESK_TOKEN is the operator token: rotate it in the panel (Secrets) instead of setting it"_s);
    if (const QString why = Security::SecretStore::validateName(name); !why.isEmpty())
        throw Ws::RpcError::invalidRequest(why);
    if (Security::SecretCatalog::isKnown(name) || Providers::ProviderSet::secretNames(m_current().ai).contains(name))
        return name;
    throw Ws::RpcError::invalidRequest(
        u"%1 is not a secret Moltdesk uses (see secrets.status for the names, or name it as a provider's key in "
        "ai.providers first)"_s.arg(name));
}

QString SecretMethods::checkedValue(const QJsonObject &params)
{
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (it.key() != u"name"_s && it.key() != u"value"_s)
            throw Ws::RpcError::invalidRequest(u"secrets.set: unknown param \"%1\" (give \"name\" and \"value\")"_s.arg(it.key()));
    }
    const QJsonValue value = params.value(u"value"_s);
    if (!value.isString())
        throw Ws::RpcError::invalidRequest(u"give \"value\": the secret as a string"_s);
    const QString text = value.toString();
    if (text.trimmed().isEmpty())
        throw Ws::RpcError::invalidRequest(u"the value is empty: use secrets.delete to remove a secret"_s);
    if (text.size() > kMaxValueLength)
        throw Ws::RpcError::invalidRequest(u"the value is longer than %1 characters"_s.arg(kMaxValueLength));
    if (text != text.trimmed() || text.contains(u'\n') || text.contains(u'\r'))
        throw Ws::RpcError::invalidRequest(
            u"the value starts or ends with spaces or contains a line break: copy the key again, without them"_s);
    return text;
}

QJsonObject SecretMethods::status() const
{
    QJsonArray secrets;
    QStringList listed;
    auto describe = [this](const QString &name, const QString &group, const QString &description, bool confidential) {
        QString source;
        if (name == Security::SecretNames::OperatorToken)
            source = m_hasOperatorToken && m_hasOperatorToken() ? u"operator"_s : QString();
        else if (m_vault)
            source = m_vault->source(name);
        QJsonObject entry{{u"name"_s, name},
                          {u"set"_s, !source.isEmpty()},
                          {u"source"_s, source.isEmpty() ? QJsonValue() : QJsonValue(source)},
                          {u"confidential"_s, confidential}};
        if (!group.isEmpty())
            entry.insert(u"group"_s, group);
        if (!description.isEmpty())
            entry.insert(u"description"_s, description);
        return entry;
    };
    for (const Security::SecretCatalog::Entry &entry : Security::SecretCatalog::entries()) {
        secrets.append(describe(entry.name, entry.group, entry.description, entry.confidential));
        listed << entry.name;
    }
    for (const QString &name : Providers::ProviderSet::secretNames(m_current().ai)) {
        if (!listed.contains(name)) {
            secrets.append(describe(name, {}, {}, true));
            listed << name;
        }
    }
    return QJsonObject{{u"backend"_s, m_vault ? m_vault->backendName() : QString()},
                       {u"writable"_s, m_vault != nullptr},
                       {u"secrets"_s, secrets}};
}

} // namespace Moltdesk::Control
