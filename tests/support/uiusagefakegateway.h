#pragma once

// Header-only on purpose (like uiscriptedprompter.h): testsupport has no include path to ui/ and
// does not link the ui library, so only ui tests, which do, include this. It declares no signals of
// its own, so it needs no moc run in testsupport.
#include "gatewayclient.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <utility>

namespace Moltdesk::Ui {

// A scripted GatewayClient for the usage, cron and logs page tests: each method answers a fixed
// payload or error (or a handler computes one from the params), always later on the event loop
// like the real ThreadGatewayClient, and every call is recorded. Unscripted methods fail with
// UNAVAILABLE so a page's error path is visible in the test.
class UiUsageFakeGateway : public GatewayClient
{
public:
    struct Answer
    {
        QJsonValue payload;
        std::optional<Ws::RpcError> error;
    };
    using Handler = std::function<Answer(const QJsonObject &params)>;

    struct Call
    {
        QString method;
        QJsonObject params;
    };

    QList<Call> calls;

    void answer(const QString &method, const QJsonValue &payload)
    {
        m_handlers.insert(method, [payload](const QJsonObject &) { return Answer{payload, std::nullopt}; });
    }
    void fail(const QString &method, const Ws::RpcError &error)
    {
        m_handlers.insert(method, [error](const QJsonObject &) { return Answer{QJsonValue(), error}; });
    }
    void handle(const QString &method, Handler handler) { m_handlers.insert(method, std::move(handler)); }

    QList<Call> callsOf(const QString &method) const
    {
        QList<Call> out;
        for (const Call &call : calls) {
            if (call.method == method)
                out.append(call);
        }
        return out;
    }

    void emitEvent(const QString &name, const QJsonValue &payload) { Q_EMIT event(name, payload); }

    void call(const QString &method, const QJsonObject &params, QObject *context, Done done) override
    {
        calls.append({method, params});
        const Handler handler = m_handlers.value(method);
        const Answer answer = handler ? handler(params)
                                      : Answer{QJsonValue(), Ws::RpcError::unavailable(method + QStringLiteral(
                                                                                          ": not scripted"))};
        QTimer::singleShot(0, context, [answer, done = std::move(done)] { done(answer.payload, answer.error); });
    }

private:
    QHash<QString, Handler> m_handlers;
};

} // namespace Moltdesk::Ui
