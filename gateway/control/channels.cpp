#include "control/channels.h"

#include "channels/channelregistry.h"
#include "ws/methodregistry.h"
#include "ws/rpcerror.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Control {

void registerChannelMethods(Ws::MethodRegistry &methods, Channels::ChannelRegistry &channels,
                            const QStringList &alsoReport)
{
    methods.registerSyncMethod(u"channels.status"_s, [&channels, alsoReport](const QJsonObject &params,
                                                                             const Ws::CallContext &) {
        const QJsonValue value = params.value(u"channel"_s);
        QString only;
        if (!value.isUndefined() && !value.isNull()) {
            if (!value.isString())
                throw Ws::RpcError::invalidRequest(u"channel must be a non-empty string"_s);
            only = value.toString();
        }
        QJsonObject all = channels.healthJson(alsoReport);
        if (!only.isEmpty()) {
            if (!all.contains(only))
                throw Ws::RpcError::invalidRequest(u"unknown channel \"%1\"; known: %2"_s.arg(only, all.keys().join(u", ")));
            all = QJsonObject{{only, all.value(only)}};
        }
        return QJsonValue(QJsonObject{{u"channels"_s, all}});
    });
}

} // namespace Moltdesk::Control
