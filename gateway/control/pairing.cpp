#include "control/pairing.h"

#include "channels/pairingstore.h"
#include "control/params.h"
#include "ws/methodregistry.h"
#include "ws/rpcerror.h"
#include "ws/wsserver.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Moltdesk::Control {

using Channels::PairedSender;
using Channels::PairingStore;
using Channels::PendingPairing;

namespace {

const QString kRequested = u"pairing.requested"_s;
const QString kResolved = u"pairing.resolved"_s;
const QString kDropped = u"pairing.dropped"_s;

QString stringParam(const QJsonObject &params, const QString &name, bool required)
{
    const QJsonValue value = params.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            throw Ws::RpcError::invalidRequest(name + u" is required"_s);
        return {};
    }
    if (!value.isString() || (required && value.toString().isEmpty()))
        throw Ws::RpcError::invalidRequest(name + u" must be a non-empty string"_s);
    return value.toString();
}

} // namespace

void registerPairingMethods(Ws::MethodRegistry &methods, PairingStore &pairing)
{
    methods.registerSyncMethod(u"pairing.list"_s, [&pairing](const QJsonObject &params, const Ws::CallContext &) {
        const QString channel = stringParam(params, u"channel"_s, false);
        const Storage::Result<QList<PendingPairing>> pending = pairing.pending(channel);
        if (!pending)
            throw rpcErrorFor(pending.error());
        QJsonArray pendingJson;
        for (const PendingPairing &entry : pending.value())
            pendingJson.append(entry.toJson());
        QJsonArray sendersJson;
        for (const PairedSender &sender : pairing.senders(channel))
            sendersJson.append(sender.toJson());
        return QJsonValue(QJsonObject{{u"pending"_s, pendingJson}, {u"senders"_s, sendersJson}});
    });

    auto decide = [&pairing](bool approve) {
        return [&pairing, approve](const QJsonObject &params, const Ws::CallContext &) {
            const QString channel = stringParam(params, u"channel"_s, true);
            const QString code = stringParam(params, u"code"_s, true);
            const Storage::Result<PairedSender> sender =
                approve ? pairing.approve(channel, code) : pairing.reject(channel, code);
            if (!sender)
                throw rpcErrorFor(sender.error());
            return QJsonValue(QJsonObject{{u"sender"_s, sender->toJson()}});
        };
    };
    methods.registerSyncMethod(u"pairing.approve"_s, decide(true));
    methods.registerSyncMethod(u"pairing.reject"_s, decide(false));

    methods.registerSyncMethod(u"pairing.forget"_s, [&pairing](const QJsonObject &params, const Ws::CallContext &) {
        const QString channel = stringParam(params, u"channel"_s, true);
        const QString senderId = stringParam(params, u"senderId"_s, true);
        const QString kind = stringParam(params, u"kind"_s, false);
        if (!kind.isEmpty() && kind != u"sender"_s && kind != u"group"_s)
            throw Ws::RpcError::invalidRequest(u"kind must be \"sender\" or \"group\""_s);
        const Storage::Result<bool> forgotten = pairing.forget(
            kind == u"group"_s ? PendingPairing::Kind::Group : PendingPairing::Kind::Sender, channel, senderId);
        if (!forgotten)
            throw rpcErrorFor(forgotten.error());
        return QJsonValue(QJsonObject{{u"forgotten"_s, forgotten.value()}});
    });

    methods.registerEvent(kRequested);
    methods.registerEvent(kResolved);
    methods.registerEvent(kDropped);
}

void forwardPairingEvents(PairingStore &pairing, Ws::WsServer &server)
{
    QObject::connect(&pairing, &PairingStore::requested, &server, [&server](const PendingPairing &entry) {
        server.broadcast(kRequested, QJsonObject{{u"pairing"_s, entry.toJson()}});
    });
    QObject::connect(&pairing, &PairingStore::resolved, &server, [&server](const PairedSender &sender) {
        server.broadcast(kResolved, QJsonObject{{u"sender"_s, sender.toJson()}});
    });
    QObject::connect(&pairing, &PairingStore::dropped, &server, [&server](const PendingPairing &entry) {
        server.broadcast(kDropped, QJsonObject{{u"pairing"_s, entry.toJson()}});
    });
}

} // namespace Moltdesk::Control
