#include "channels/configupdate.h"

#include "config/configchanges.h"
#include "config/loader.h"
#include "gatewayclient.h"
#include "ws/rpcerror.h"

#include <QJsonArray>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

void ConfigUpdate::applyLive(GatewayClient *gateway, QObject *context, const Edit &edit,
                             std::function<void(const Outcome &)> done)
{
    if (!gateway) {
        Outcome outcome;
        outcome.error = tr("The gateway is not running, so nothing was saved.");
        done(outcome);
        return;
    }
    QPointer<GatewayClient> client(gateway);
    gateway->call(
        u"config.get"_s, {}, context,
        [client, context, edit, done](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
            Outcome outcome;
            if (error || !client) {
                outcome.error = tr("The configuration could not be read: %1")
                                    .arg(error ? error->message() : tr("the gateway is gone"));
                done(outcome);
                return;
            }
            const QJsonObject current = payload.toObject().value(u"config"_s).toObject();
            const Config::LoadResult loaded = Config::Loader::fromJson(current, u"config.json"_s);
            if (!loaded.ok()) {
                outcome.error = tr("The gateway's configuration could not be read: %1").arg(loaded.errorString());
                done(outcome);
                return;
            }
            Config::Settings edited = loaded.settings;
            edit(edited);
            outcome.settings = edited;
            outcome.changes =
                Config::ConfigChanges::between(Config::Loader::toJson(loaded.settings), Config::Loader::toJson(edited));
            if (outcome.changes.isEmpty()) {
                outcome.ok = true; // already so: nothing to send
                done(outcome);
                return;
            }
            client->call(u"config.set"_s, QJsonObject{{u"changes"_s, outcome.changes}}, context,
                         [outcome, done](const QJsonValue &answer, const std::optional<Ws::RpcError> &error) mutable {
                             if (error) {
                                 outcome.error = tr("The configuration was not saved: %1").arg(error->message());
                                 done(outcome);
                                 return;
                             }
                             outcome.ok = true;
                             for (const QJsonValue &path : answer.toObject().value(u"restartRequired"_s).toArray())
                                 outcome.restartRequired << path.toString();
                             done(outcome);
                         });
        });
}

} // namespace Moltdesk::Ui
