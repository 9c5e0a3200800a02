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

void SecretWriter::store(GatewayClient *gateway, Security::SecretStore *fallback, const QString &name,
                         const QString &value, QObject *context, Done done)
{
    if (gateway) {
        gateway->call(u"secrets.set"_s, QJsonObject{{u"name"_s, name}, {u"value"_s, value}}, context,
                      [done](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
                          done(fromGateway(payload, error));
                      });
        return;
    }
    if (!fallback) {
        done(Outcome{false, tr("No secret store is available."), false, false});
        return;
    }
    fallback->write(name, value, context, [done](const Security::SecretResult &result) { done(fromStore(result)); });
}

void SecretWriter::remove(GatewayClient *gateway, Security::SecretStore *fallback, const QString &name,
                          QObject *context, Done done)
{
    if (gateway) {
        gateway->call(u"secrets.delete"_s, QJsonObject{{u"name"_s, name}}, context,
                      [done](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
                          done(fromGateway(payload, error));
                      });
        return;
    }
    if (!fallback) {
        done(Outcome{false, tr("No secret store is available."), false, false});
        return;
    }
    fallback->remove(name, context, [done](const Security::SecretResult &result) { done(fromStore(result)); });
}

} // namespace Moltdesk::Ui
