#pragma once

#include "channels/telegram/apiresult.h"
#include "channels/telegram/botendpoint.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Moltdesk::Telegram {

// One in-flight Bot API request. Ends with exactly one completed() - success, a classified
// ApiError, a timeout, or Aborted after abort() - then deletes itself (deleteLater), so hold it
// in a QPointer. Two modes: a method call, whose answer is Telegram's JSON envelope and whose
// result is the envelope's `result`; and a file download streamed into a sink, whose result is
// the number of bytes written.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ApiCall(QString method, BotEndpoint endpoint, std::chrono::milliseconds timeout, QObject *parent);
    ~ApiCall() override;

    // Download mode: 2xx bodies go to `sink` (at most `maxBytes`, else TooLarge and abort), and
    // the timeout restarts with every received chunk. Call before start().
    void setSink(QIODevice *sink, qint64 maxBytes);
    // POST `body` as JSON, or GET when `body` is null.
    void start(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &body);
    // Ends the call with `error` from the event loop (never inside the caller's stack).
    void failSoon(const ApiError &error);

    // Stops the transfer and reports Aborted, unless the call already ended.
    void abort();
    bool isDone() const { return m_done; }
    QString method() const { return m_method; }

signals:
    void completed(const Moltdesk::Telegram::ApiResult<QJsonValue> &result);

private:
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void onTimeout();
    int httpStatus() const;
    void finish(const ApiResult<QJsonValue> &result);
    ApiResult<QJsonValue> envelopeResult(int status) const;

    QString m_method;
    BotEndpoint m_endpoint;
    std::chrono::milliseconds m_timeout;
    QPointer<QNetworkReply> m_reply;
    QPointer<QIODevice> m_sink;
    bool m_downloadMode = false;
    qint64 m_maxBytes = 0;
    qint64 m_written = 0;
    QByteArray m_body; // the envelope, or an error body in download mode
    QTimer m_timer;
    bool m_done = false;
};

} // namespace Moltdesk::Telegram
