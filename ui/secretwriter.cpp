#include "secretwriter.h"

#include "gatewayclient.h"
#include "security/secretstore.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {
SecretWriter::Outcome fromStore(const Security::SecretResult &result)
{
    SecretWriter::Outcome outcome;
    outcome.ok = result.isOk();
    if (!outcome.ok)
        outcome.error = result.message();
    return outcome;
}

SecretWriter::Outcome fromGateway(const QJsonValue &payload, const std::optional<Ws::RpcError> &error)
{
    SecretWriter::Outcome outcome;
    if (error) {
        outcome.error = error->message();
        return outcome;
    }
    const QJsonObject answer = payload.toObject();
    outcome.ok = true;
    outcome.appliedLive = true;
    outcome.shadowedByEnvironment = answer.value(u"shadowedByEnvironment"_s).toBool()
                                    || answer.value(u"stillSetInEnvironment"_s).toBool();
    return outcome;
}
} // namespace

namespace {
// One call through the gateway, or - without one - one operation on the fallback store.
void run(GatewayClient *gateway, const QString &method, const QJsonObject &params, Security::SecretStore *fallback,
         const std::function<void(Security::SecretStore *, const Security::SecretStore::Callback &)> &direct,
         QObject *context, const SecretWriter::Done &done)
{
    if (gateway) {
        gateway->call(method, params, context,
                      [done](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
                          done(fromGateway(payload, error));
                      });
        return;
    }
    if (!fallback) {
        done(SecretWriter::Outcome{false, SecretWriter::tr("No secret store is available."), false, false});
        return;
    }
    direct(fallback, [done](const Security::SecretResult &result) { done(fromStore(result)); });
}
} // namespace

void SecretWriter::store(GatewayClient *gateway, Security::SecretStore *fallback, const QString &name,
                         const QString &value, QObject *context, Done done)
{
    run(gateway, u"secrets.set"_s, QJsonObject{{u"name"_s, name}, {u"value"_s, value}}, fallback,
        [name, value, context](Security::SecretStore *store, const Security::SecretStore::Callback &callback) {
            store->write(name, value, context, callback);
        },
        context, done);
}

void SecretWriter::remove(GatewayClient *gateway, Security::SecretStore *fallback, const QString &name,
                          QObject *context, Done done)
{
    run(gateway, u"secrets.delete"_s, QJsonObject{{u"name"_s, name}}, fallback,
        [name, context](Security::SecretStore *store, const Security::SecretStore::Callback &callback) {
            store->remove(name, context, callback);
        },
        context, done);
}

} // namespace Moltdesk::Ui
