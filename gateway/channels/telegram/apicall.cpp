#include "channels/telegram/apicall.h"

#include "base/logging.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace Moltdesk::Telegram {

namespace {
// getUpdates returns at most 100 updates; an envelope far beyond this is not the Bot API.
constexpr qsizetype kMaxEnvelopeBytes = 16 * 1024 * 1024;
// An error body next to a download is a short JSON envelope; keep no more than this of it.
constexpr qsizetype kMaxErrorBodyBytes = 64 * 1024;
} // namespace

ApiCall::ApiCall(QString method, BotEndpoint endpoint, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent), m_method(std::move(method)), m_endpoint(std::move(endpoint)), m_timeout(timeout)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ApiCall::onTimeout);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ApiCall::setSink(QIODevice *sink, qint64 maxBytes)
{
    m_downloadMode = true;
    m_sink = sink;
    m_maxBytes = maxBytes;
}

void ApiCall::start(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &body)
{
    m_reply = body.isNull() ? network->get(request) : network->post(request, body);
    m_reply->setParent(this); // our lifetime bounds the transfer
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
    m_timer.start(m_timeout);
}

void ApiCall::failSoon(const ApiError &error)
{
    QTimer::singleShot(0, this, [this, error] { finish(error); });
}

void ApiCall::abort()
{
    finish(ApiError::make(ApiError::Kind::Aborted, u"%1 was aborted"_s.arg(m_method)));
}

int ApiCall::httpStatus() const
{
    return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
}

void ApiCall::onTimeout()
{
    finish(ApiError::make(ApiError::Kind::Timeout,
                          u"%1: no complete answer within %2 s"_s.arg(m_method).arg(m_timeout.count() / 1000.0),
                          httpStatus()));
}

void ApiCall::onMetaDataChanged()
{
    if (m_done || !m_downloadMode || httpStatus() / 100 != 2)
        return;
    // Refuse before the first byte when the server announces more than the cap.
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > m_maxBytes)
        finish(ApiError::make(ApiError::Kind::TooLarge,
                              u"the file is %1 bytes, over the download cap of %2 bytes"_s.arg(announced).arg(m_maxBytes),
                              httpStatus()));
}

void ApiCall::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    const int status = httpStatus();
    if (m_downloadMode && status / 100 == 2) {
        m_timer.start(m_timeout); // downloads: an idle timeout, a big file may take a while
        const QByteArray chunk = m_reply->readAll();
        if (m_written + chunk.size() > m_maxBytes) {
            finish(ApiError::make(ApiError::Kind::TooLarge,
                                  u"the download passed the cap of %1 bytes"_s.arg(m_maxBytes), status));
            return;
        }
        if (!m_sink || m_sink->write(chunk) != chunk.size()) {
            finish(ApiError::make(ApiError::Kind::InvalidArgument,
                                  u"could not write the download to its destination"_s, status));
            return;
        }
        m_written += chunk.size();
        return;
    }
    const QByteArray chunk = m_reply->readAll();
    const qsizetype cap = m_downloadMode ? kMaxErrorBodyBytes : kMaxEnvelopeBytes;
    if (m_body.size() + chunk.size() > cap) {
        if (m_downloadMode) {
            m_body.append(chunk.left(cap - m_body.size()));
            return; // the status decides; the rest of an error page does not matter
        }
        finish(ApiError::make(ApiError::Kind::TooLarge,
                              u"%1: the answer exceeds %2 bytes"_s.arg(m_method).arg(cap), status));
        return;
    }
    m_body.append(chunk);
}

ApiResult<QJsonValue> ApiCall::envelopeResult(int status) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || !document.object().value(u"ok"_s).isBool())
        return ApiError::make(ApiError::Kind::Malformed,
                              u"%1: the answer is not Telegram's JSON envelope"_s.arg(m_method), status);
    const QJsonObject envelope = document.object();
    if (!envelope.value(u"ok"_s).toBool())
        return ApiError::fromHttp(status, m_body);
    if (!envelope.contains(u"result"_s))
        return ApiError::make(ApiError::Kind::Malformed, u"%1: \"ok\":true without a result"_s.arg(m_method),
                              status);
    return envelope.value(u"result"_s);
}

void ApiCall::onFinished()
{
    if (m_done || !m_reply)
        return;
    onReadyRead(); // whatever is still buffered
    if (m_done)
        return;
    const QVariant statusAttribute = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        // The error string names the URL, which carries the token: redact before it goes anywhere.
        finish(ApiError::make(ApiError::Kind::Network,
                              u"%1: no HTTP answer: %2"_s.arg(m_method, m_endpoint.redact(m_reply->errorString()))));
        return;
    }
    const int status = statusAttribute.toInt();
    if (status / 100 != 2) {
        finish(ApiError::fromHttp(status, m_body));
        return;
    }
    if (m_reply->error() != QNetworkReply::NoError) {
        finish(ApiError::make(ApiError::Kind::Network,
                              u"%1: the answer broke off: %2"_s.arg(m_method, m_endpoint.redact(m_reply->errorString())),
                              status));
        return;
    }
    if (m_downloadMode) {
        finish(QJsonValue(double(m_written)));
        return;
    }
    finish(envelopeResult(status));
}

void ApiCall::finish(const ApiResult<QJsonValue> &result)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (!result.ok())
        qCDebug(lcTelegram) << m_method << "failed:" << result.error().toString();
    emit completed(result);
    deleteLater();
}

} // namespace Moltdesk::Telegram
