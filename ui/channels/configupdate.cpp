#include "channels/configupdate.h"

#include "asynctask.h"
#include "config/loader.h"
#include "gatewayclient.h"
#include "ws/rpcerror.h"

#include <QJsonObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

ConfigUpdate::Outcome ConfigUpdate::prepare(const QString &path, const Edit &edit)
{
    Outcome outcome;
    if (path.isEmpty()) {
        outcome.error = tr("No configuration file is known, so nothing can be saved.");
        return outcome;
    }
    Config::LoadResult loaded = Config::Loader::load(path);
    if (!loaded.ok()) {
        outcome.error = tr("The configuration file has errors, so it was not changed. Fix them first:\n%1")
                            .arg(loaded.errorString());
        return outcome;
    }
    edit(loaded.settings);
    outcome.ok = true;
    outcome.settings = loaded.settings;
    return outcome;
}

void ConfigUpdate::applyLive(GatewayClient *gateway, QThreadPool *pool, QObject *context, const QString &path,
                             const Edit &edit, std::function<void(const Outcome &)> done)
{
    if (!gateway) {
        AsyncTask::run(pool, context, [path, edit] { return apply(path, edit); }, std::move(done));
        return;
    }
    QPointer<GatewayClient> client(gateway);
    AsyncTask::run(
        pool, context, [path, edit] { return prepare(path, edit); },
        [client, pool, context, path, edit, done](const Outcome &prepared) {
            if (!prepared.ok || !client) {
                if (!prepared.ok)
                    done(prepared);
                else
                    AsyncTask::run(pool, context, [path, edit] { return apply(path, edit); }, done);
                return;
            }
            client->call(u"config.set"_s, QJsonObject{{u"config"_s, Config::Loader::toJson(prepared.settings)}},
                         context,
                         [pool, context, path, edit, done, prepared](const QJsonValue &,
                                                                      const std::optional<Ws::RpcError> &error) {
                             if (!error) {
                                 Outcome outcome = prepared;
                                 outcome.appliedLive = true;
                                 done(outcome);
                                 return;
                             }
                             // No gateway running, or one without config.set: write the file.
                             if (error->code() == Ws::RpcError::kUnavailable
                                 || error->message().startsWith(u"unknown method"_s)) {
                                 AsyncTask::run(pool, context, [path, edit] { return apply(path, edit); }, done);
                                 return;
                             }
                             Outcome refused;
                             refused.error = tr("The configuration was not saved: %1").arg(error->message());
                             done(refused);
                         });
        });
}

ConfigUpdate::Outcome ConfigUpdate::apply(const QString &path, const Edit &edit)
{
    Outcome outcome = prepare(path, edit);
    if (!outcome.ok)
        return outcome;
    QString error;
    if (!Config::Loader::save(outcome.settings, path, &error)) {
        outcome.ok = false;
        outcome.error = tr("The configuration was not saved: %1").arg(error);
    }
    return outcome;
}

} // namespace Moltdesk::Ui
