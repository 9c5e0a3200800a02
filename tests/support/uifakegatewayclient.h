#pragma once

// Compiled into testsupport, which does not link the ui library: only ui tests (which do) may
// use this class. The path is relative because testsupport has no include path into ui/.
#include "../../ui/gatewayclient.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <functional>

namespace Moltdesk::Ui {

// A scripted GatewayClient for the panel's page tests: each method answers from a handler (or
// with "unknown method", as the real MethodRegistry does), always later from the event loop
// (QTimer::singleShot 0), never inside call() — the interface's promise. Every call is recorded,
// and emitEvent() plays a broadcast.
class UiFakeGatewayClient : public GatewayClient
{
public:
    struct Call
    {
        QString method;
        QJsonObject params;
    };
    using Answer = std::pair<QJsonValue, std::optional<Ws::RpcError>>;
    using Handler = std::function<Answer(const QJsonObject &params)>;

    using GatewayClient::GatewayClient;

    void call(const QString &method, const QJsonObject &params, QObject *context, Done done) override;

    // Answers `method` with this handler from now on.
    void on(const QString &method, Handler handler);
    // Answers `method` with a fixed payload.
    void reply(const QString &method, const QJsonValue &payload);
    void fail(const QString &method, const Ws::RpcError &error);
    void emitEvent(const QString &name, const QJsonObject &payload);

    QList<Call> calls(const QString &method) const;
    Call lastCall(const QString &method) const;
    int count(const QString &method) const { return int(calls(method).size()); }
    void clearCalls() { m_calls.clear(); }

private:
    QHash<QString, Handler> m_handlers;
    QList<Call> m_calls;
};

} // namespace Moltdesk::Ui
