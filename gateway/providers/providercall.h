#pragma once

#include "providers/providerendpoint.h"
#include "providers/providererror.h"
#include "providers/providerrequest.h"
#include "providers/providerresult.h"
#include "providers/sseparser.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Moltdesk::Providers {

// One in-flight provider call. The base class owns the transport - the QNetworkReply, the
// request and stream-idle timers, abort, SSE framing and HTTP error classification hooks - and
// the dialect subclasses (AnthropicCall, OpenAiCall) turn events and bodies into results.
// Ends with exactly one finished() or failed(); nothing is emitted afterwards.
class ProviderCall : public QObject
{
    Q_OBJECT

public:
    ~ProviderCall() override;

    // Stops the transfer at once and reports failed(aborted) - unless the call already ended.
    void abort();
    bool isDone() const { return m_done; }
    const ProviderRequest &request() const { return m_request; }

signals:
    void textDelta(const QString &text);
    void toolCallStarted(const QString &id, const QString &name);
    void toolInputDelta(const QString &id, const QString &partialJson);
    void finished(const Moltdesk::Providers::ProviderResult &result);
    void failed(const Moltdesk::Providers::ProviderError &error);

protected:
    ProviderCall(ProviderRequest request, ProviderEndpoint endpoint, QObject *parent);

    // Sends the request; called by the subclass's constructor-side factory once it built it.
    void send(QNetworkAccessManager *network, const QNetworkRequest &httpRequest, const QByteArray &body);

    // A 2xx text/event-stream response delivers its events here, in order.
    virtual void handleSseMessage(const SseMessage &message) = 0;
    // A 2xx response that is not an event stream (stream:false, or a server ignoring stream:true).
    virtual void handleBody(const QByteArray &body) = 0;
    // A non-2xx response: map status + error body to a kind. The base adds retry-after.
    virtual ProviderError classifyHttpError(int status, const QByteArray &body) const = 0;

    // Exactly one of these ends the call; later calls are ignored.
    void succeed(const ProviderResult &result);
    void fail(const ProviderError &error);

    const ProviderEndpoint &endpoint() const { return m_endpoint; }

private:
    void onReadyRead();
    void onFinished();
    void readHead();
    void finishWith(const std::function<void()> &emitter);
    void detachReply(bool abortTransfer);

    ProviderRequest m_request;
    ProviderEndpoint m_endpoint;
    QPointer<QNetworkReply> m_reply;
    QTimer m_requestTimer;
    QTimer m_idleTimer;
    SseParser m_sse;
    QByteArray m_body;
    int m_status = 0;
    bool m_headRead = false;
    bool m_eventStream = false;
    bool m_done = false;
};

} // namespace Moltdesk::Providers
