#pragma once

#include "http/responder.h"
#include "http/router.h"
#include "http/server.h"
#include "support/faketelegrambot.h"
#include "support/faketelegramtypes.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace Moltdesk::TestSupport {

// A fake Telegram Bot API: real HTTP on 127.0.0.1 (the project's Http::Server), one state per
// bot token, Telegram's JSON envelope and error shapes. getUpdates really long-polls: it holds
// the request up to `timeout` seconds or until pushUpdate(); `offset` confirms earlier updates;
// 409 while a webhook is set or when a newer getUpdates replaces a waiting one. Unknown token ->
// 401 {"ok":false,"error_code":401,"description":"Unauthorized"}. Files: addFile() + getFile +
// GET /file/bot<token>/<path>; failNext(token, "download", ...) fails the next file download.
class FakeTelegramServer : public QObject
{
    Q_OBJECT

public:
    explicit FakeTelegramServer(QObject *parent = nullptr);
    ~FakeTelegramServer() override;

    // Port 0 = any free port. Listening again on the old port after close() simulates an outage.
    bool listen(quint16 port = 0);
    void close();
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    FakeTelegramBot &addBot(const QString &token, const QString &username = QStringLiteral("moltdesk_test_bot"));
    FakeTelegramBot *bot(const QString &token);

    // Queues an update (update_id assigned when missing) and wakes a waiting getUpdates.
    qint64 pushUpdate(const QString &token, const QJsonObject &update);
    // A text message update from `fromId` in `chatId` (private when chatId == fromId).
    qint64 pushText(const QString &token, qint64 chatId, qint64 fromId, const QString &text);
    QString addFile(const QString &token, const QString &path, const QByteArray &bytes);
    void failNext(const QString &token, const QString &method, int status, const QString &description,
                  int retryAfter = -1, int times = 1);

    QList<FakeTelegramSentMessage> sentMessages(const QString &token) const;
    const QList<FakeTelegramRequest> &requests() const { return m_requests; }
    int requestCount(const QString &method) const;
    int waitingPolls() const { return int(m_polls.size()); }

signals:
    void requestReceived(const Moltdesk::TestSupport::FakeTelegramRequest &request);

private:
    struct Poll
    {
        quint64 id = 0;
        QString token;
        qint64 offset = 0;
        int limit = 100;
        Http::Responder responder;
        std::shared_ptr<QTimer> timer;
    };

    void onMethod(const Http::Request &request, const Http::Responder &responder);
    void onDownload(const Http::Request &request, const Http::Responder &responder);
    void getUpdates(FakeTelegramBot &bot, const QJsonObject &params, const Http::Responder &responder);
    void answerPolls(const QString &token);
    void finishPoll(quint64 id, const FakeTelegramBot::Answer &answer);
    static void send(const Http::Responder &responder, const FakeTelegramBot::Answer &answer);
    static QJsonObject paramsOf(const Http::Request &request);

    Http::Router m_router;
    std::unique_ptr<Http::Server> m_server;
    quint16 m_port = 0;
    QMap<QString, std::shared_ptr<FakeTelegramBot>> m_bots;
    QMap<quint64, Poll> m_polls;
    quint64 m_nextPollId = 1;
    QList<FakeTelegramRequest> m_requests;
};

} // namespace Moltdesk::TestSupport
