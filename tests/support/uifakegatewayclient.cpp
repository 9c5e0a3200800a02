#include "support/uifakegatewayclient.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

void UiFakeGatewayClient::call(const QString &method, const QJsonObject &params, QObject *context, Done done)
{
    m_calls.append({method, params});
    Answer answer;
    const auto handler = m_handlers.constFind(method);
    if (handler == m_handlers.constEnd())
        answer = {QJsonValue(), Ws::RpcError::invalidRequest(u"unknown method: "_s + method)};
    else
        answer = handler.value()(params);
    // Like the real client: later, and dropped if the caller is gone by then.
    QTimer::singleShot(0, context, [answer, done = std::move(done)] { done(answer.first, answer.second); });
}

void UiFakeGatewayClient::on(const QString &method, Handler handler)
{
    m_handlers.insert(method, std::move(handler));
}

void UiFakeGatewayClient::reply(const QString &method, const QJsonValue &payload)
{
    on(method, [payload](const QJsonObject &) { return Answer{payload, std::nullopt}; });
}

void UiFakeGatewayClient::fail(const QString &method, const Ws::RpcError &error)
{
    on(method, [error](const QJsonObject &) { return Answer{QJsonValue(), error}; });
}

void UiFakeGatewayClient::emitEvent(const QString &name, const QJsonObject &payload)
{
    Q_EMIT event(name, payload);
}

QList<UiFakeGatewayClient::Call> UiFakeGatewayClient::calls(const QString &method) const
{
    QList<Call> result;
    for (const Call &c : m_calls) {
        if (c.method == method)
            result.append(c);
    }
    return result;
}

UiFakeGatewayClient::Call UiFakeGatewayClient::lastCall(const QString &method) const
{
    const QList<Call> all = calls(method);
    return all.isEmpty() ? Call{} : all.constLast();
}

} // namespace Moltdesk::Ui
