#include "providers/providercall.h"

#include "base/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace Moltdesk::Providers {

namespace {
// A reply body larger than this is not an API response we understand; refuse to buffer more.
constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;
}

ProviderCall::ProviderCall(ProviderRequest request, ProviderEndpoint endpoint, QObject *parent)
    : QObject(parent), m_request(std::move(request)), m_endpoint(std::move(endpoint))
{
    m_requestTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_requestTimer, &QTimer::timeout, this, [this] {
        fail(ProviderError(ProviderError::Kind::Timeout,
                           u"no complete answer within the request timeout of %1 ms"_s.arg(
                               m_endpoint.requestTimeout.count()),
                           m_status));
    });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        fail(ProviderError(ProviderError::Kind::Timeout,
                           u"the stream sent nothing for %1 ms (stream-idle timeout)"_s.arg(
                               m_endpoint.streamIdleTimeout.count()),
                           m_status));
    });
}

ProviderCall::~ProviderCall()
{
    detachReply(true);
}

void ProviderCall::send(QNetworkAccessManager *network, const QNetworkRequest &httpRequest,
                        const QByteArray &body)
{
    m_reply = network->post(httpRequest, body);
    m_reply->setParent(this); // our lifetime bounds the transfer
    connect(m_reply, &QNetworkReply::readyRead, this, &ProviderCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ProviderCall::onFinished);
    m_requestTimer.start(m_endpoint.requestTimeout);
    // A non-streamed answer legitimately sends no byte until the model is done, so the idle
    // timer only guards streams.
    if (m_request.stream)
        m_idleTimer.start(m_endpoint.streamIdleTimeout);
}

void ProviderCall::abort()
{
    if (m_done)
        return;
    fail(ProviderError(ProviderError::Kind::Aborted, u"the call was aborted"_s, m_status));
}

void ProviderCall::readHead()
{
    if (m_headRead || !m_reply)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_headRead = true;
    m_status = status.toInt();
    const QByteArray contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    m_eventStream = m_status / 100 == 2 && contentType.toLower().startsWith("text/event-stream");
}

void ProviderCall::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    readHead();
    if (m_request.stream)
        m_idleTimer.start(m_endpoint.streamIdleTimeout);
    const QByteArray chunk = m_reply->readAll();
    if (!m_eventStream) {
        if (m_body.size() + chunk.size() > kMaxBodyBytes) {
            fail(ProviderError(ProviderError::Kind::Malformed,
                               u"the response body exceeds %1 bytes"_s.arg(kMaxBodyBytes), m_status));
            return;
        }
        m_body.append(chunk);
        return;
    }
    const QList<SseMessage> messages = m_sse.feed(chunk);
    QPointer<ProviderCall> self(this);
    for (const SseMessage &message : messages) {
        handleSseMessage(message);
        if (!self || m_done)
            return; // a receiver ended (or deleted) the call
    }
}

void ProviderCall::onFinished()
{
    if (m_done || !m_reply)
        return;
    onReadyRead(); // whatever is still buffered
    if (m_done || !m_reply)
        return;
    readHead();
    const QNetworkReply::NetworkError networkError = m_reply->error();
    const QString networkMessage = m_reply->errorString();

    if (!m_headRead) {
        fail(ProviderError(ProviderError::Kind::Network,
                           u"no HTTP response from %1: %2"_s.arg(m_reply->url().host(), networkMessage)));
        return;
    }
    if (m_status / 100 != 2) {
        ProviderError error = classifyHttpError(m_status, m_body);
        if (error.retryAfterMs() < 0) {
            const qint64 wait = ProviderError::parseRetryAfter(m_reply->rawHeaderPairs(), m_endpoint.now());
            ProviderError withWait(error.kind(), error.message(), error.httpStatus(), wait);
            withWait.setProviderCode(error.providerCode());
            error = withWait;
        }
        fail(error);
        return;
    }
    if (m_eventStream) {
        // The dialect succeeds on its final event; reaching the end of the body without it
        // means the connection was cut (or the server gave up) mid-answer.
        fail(ProviderError(ProviderError::Kind::StreamCut,
                           networkError == QNetworkReply::NoError
                               ? u"the event stream ended before its final event"_s
                               : u"the event stream broke off: %1"_s.arg(networkMessage),
                           m_status));
        return;
    }
    if (networkError != QNetworkReply::NoError) {
        fail(ProviderError(ProviderError::Kind::StreamCut,
                           u"the response body broke off: %1"_s.arg(networkMessage), m_status));
        return;
    }
    handleBody(m_body);
    if (!m_done)
        fail(ProviderError(ProviderError::Kind::Malformed, u"the response could not be interpreted"_s, m_status));
}

void ProviderCall::succeed(const ProviderResult &result)
{
    finishWith([this, result] { emit finished(result); });
}

void ProviderCall::fail(const ProviderError &error)
{
    if (!m_done && error.kind() != ProviderError::Kind::Aborted)
        qCInfo(lcProviders).noquote() << "provider call failed:" << error.kindName() << error.message();
    finishWith([this, error] { emit failed(error); });
}

void ProviderCall::finishWith(const std::function<void()> &emitter)
{
    if (m_done)
        return;
    m_done = true;
    m_requestTimer.stop();
    m_idleTimer.stop();
    // After a final event the server may still be closing the body: let that finish quietly.
    const bool transferRunning = m_reply && m_reply->isRunning();
    detachReply(transferRunning);
    emitter();
}

void ProviderCall::detachReply(bool abortTransfer)
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (abortTransfer)
        reply->abort();
    reply->deleteLater();
}

} // namespace Moltdesk::Providers
