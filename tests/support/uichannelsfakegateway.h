#pragma once

// Header-only on purpose: testsupport does not link the ui library, only ui tests include this.
#include "gatewayclient.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace Moltdesk::Ui {

// A scripted GatewayClient for the Channels page and Notifier tests: answers each method with the
// payload (or error) set for it, always later (QTimer::singleShot 0) as the real client does, and
// records every call. Events are sent with `emit fake.event(name, payload)`.
class UiChannelsFakeGateway : public GatewayClient
{
public:
    struct Call
    {
        QString method;
        QJsonObject params;
    };

    using GatewayClient::GatewayClient;

    void answer(const QString &method, const QJsonValue &payload)
    {
        m_answers.insert(method, payload);
        m_errors.remove(method);
    }
    void fail(const QString &method, const Ws::RpcError &error) { m_errors.insert(method, error); }

    void call(const QString &method, const QJsonObject &params, QObject *context, Done done) override
    {
        m_calls.append({method, params});
        const QPointer<QObject> guard(context);
        std::optional<Ws::RpcError> error;
        QJsonValue payload;
        if (m_errors.contains(method))
            error = m_errors.value(method);
        else if (m_answers.contains(method))
            payload = m_answers.value(method);
        else
            error = Ws::RpcError::invalidRequest(QString(QStringLiteral("unknown method ") + method));
        QTimer::singleShot(0, context, [guard, done = std::move(done), payload, error] {
            if (guard)
                done(payload, error);
        });
    }

    const QList<Call> &calls() const { return m_calls; }
    int callCount(const QString &method) const
    {
        int n = 0;
        for (const Call &c : m_calls)
            n += c.method == method ? 1 : 0;
        return n;
    }
    QList<Call> callsOf(const QString &method) const
    {
        QList<Call> out;
        for (const Call &c : m_calls) {
            if (c.method == method)
                out.append(c);
        }
        return out;
    }

private:
    QMap<QString, QJsonValue> m_answers;
    QMap<QString, Ws::RpcError> m_errors;
    QList<Call> m_calls;
};

} // namespace Moltdesk::Ui
