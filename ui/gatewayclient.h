#pragma once

#include "ws/rpcerror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>

#include <functional>
#include <optional>

namespace Moltdesk::Ui {

// How pages talk to the running gateway: the control protocol's methods (docs/protocol.md,
// docs/agent.md, docs/sessions.md, docs/usage.md, docs/cron.md, docs/channels/README.md) and its
// events, in-process. The app's implementation (ThreadGatewayClient) goes through
// Host::GatewayThread; tests can run a real gateway the same way or fake this interface.
// Answers always arrive later, on the GUI thread, never from inside call().
class GatewayClient : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QJsonValue &payload, const std::optional<Ws::RpcError> &error)>;

    using QObject::QObject;
    ~GatewayClient() override = default;

    // `done` is dropped if `context` is destroyed before the answer arrives.
    virtual void call(const QString &method, const QJsonObject &params, QObject *context, Done done) = 0;

signals:
    // Every broadcast event: "chat", "agent", "health", "pairing.requested", "usage.budget", ...
    void event(const QString &name, const QJsonValue &payload);
};

} // namespace Moltdesk::Ui
