#include "support/faketelegramserver.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Moltdesk::TestSupport {

FakeTelegramServer::FakeTelegramServer(QObject *parent)
    : QObject(parent)
{
    m_router.addPrefixRoute(u"POST"_s, u"/bot"_s, [this](const Http::Request &request, Http::Responder responder) {
        onMethod(request, responder);
    });
    m_router.addPrefixRoute(u"GET"_s, u"/bot"_s, [this](const Http::Request &request, Http::Responder responder) {
        onMethod(request, responder);
    });
    m_router.addPrefixRoute(u"GET"_s, u"/file/bot"_s, [this](const Http::Request &request, Http::Responder responder) {
        onDownload(request, responder);
    });
}

FakeTelegramServer::~FakeTelegramServer()
{
    close();
}

bool FakeTelegramServer::listen(quint16 port)
{
    Http::ServerLimits limits;
    limits.maxBodyBytes = 4 * 1024 * 1024;
    m_server = std::make_unique<Http::Server>(&m_router, limits);
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void FakeTelegramServer::close()
{
    m_polls.clear(); // their responders become no-ops with the connections
    if (m_server)
        m_server->close();
    m_server.reset();
}

QUrl FakeTelegramServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

FakeTelegramBot &FakeTelegramServer::addBot(const QString &token, const QString &username)
{
    const qint64 id = token.section(u':', 0, 0).toLongLong();
    auto bot = std::make_shared<FakeTelegramBot>(token, id, username);
    m_bots.insert(token, bot);
    return *bot;
}

FakeTelegramBot *FakeTelegramServer::bot(const QString &token)
{
    const auto bot = m_bots.value(token);
    return bot.get();
}

qint64 FakeTelegramServer::pushUpdate(const QString &token, const QJsonObject &update)
{
    FakeTelegramBot *target = bot(token);
    if (!target)
        return -1;
    const qint64 id = target->pushUpdate(update);
    answerPolls(token);
    return id;
}

qint64 FakeTelegramServer::pushText(const QString &token, qint64 chatId, qint64 fromId, const QString &text)
{
    static qint64 nextMessageId = 1;
    const QJsonObject message{
        {u"message_id"_s, double(nextMessageId++)},
        {u"date"_s, double(QDateTime::currentSecsSinceEpoch())},
        {u"chat"_s, QJsonObject{{u"id"_s, double(chatId)}, {u"type"_s, chatId == fromId ? u"private"_s : u"group"_s}}},
        {u"from"_s, QJsonObject{{u"id"_s, double(fromId)}, {u"is_bot"_s, false}, {u"first_name"_s, u"Test"_s}}},
        {u"text"_s, text},
    };
    return pushUpdate(token, QJsonObject{{u"message"_s, message}});
}

QString FakeTelegramServer::addFile(const QString &token, const QString &path, const QByteArray &bytes)
{
    FakeTelegramBot *target = bot(token);
    return target ? target->addFile(path, bytes) : QString();
}

void FakeTelegramServer::failNext(const QString &token, const QString &method, int status,
                                  const QString &description, int retryAfter, int times)
{
    if (FakeTelegramBot *target = bot(token))
        target->failNext(method, FakeTelegramError{status, description, retryAfter}, times);
}

QList<FakeTelegramSentMessage> FakeTelegramServer::sentMessages(const QString &token) const
{
    const auto target = m_bots.value(token);
    return target ? target->sentMessages() : QList<FakeTelegramSentMessage>();
}

int FakeTelegramServer::requestCount(const QString &method) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&method](const FakeTelegramRequest &request) { return request.method == method; }));
}

QJsonObject FakeTelegramServer::paramsOf(const Http::Request &request)
{
    // The Bot API takes query strings, form bodies and JSON; BotApi sends JSON.
    QJsonObject params;
    for (const auto &[name, value] : request.query)
        params.insert(name, value);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        params.insert(it.key(), it.value());
    return params;
}

void FakeTelegramServer::send(const Http::Responder &responder, const FakeTelegramBot::Answer &answer)
{
    responder.send(Http::Response(answer.status, "application/json"_ba,
                                  QJsonDocument(answer.body).toJson(QJsonDocument::Compact)));
}

void FakeTelegramServer::onMethod(const Http::Request &request, const Http::Responder &responder)
{
    // "/bot<token>/<method>"
    const QString rest = request.path.mid(4);
    const qsizetype slash = rest.indexOf(u'/');
    const QString token = slash < 0 ? rest : rest.left(slash);
    const QString method = slash < 0 ? QString() : rest.mid(slash + 1);
    const QJsonObject params = paramsOf(request);
    const FakeTelegramRequest record{token, method, params};
    m_requests.append(record);
    emit requestReceived(record);

    FakeTelegramBot *target = bot(token);
    if (!target) {
        send(responder, FakeTelegramBot::error(401, u"Unauthorized"_s));
        return;
    }
    if (const auto scripted = target->takeScriptedError(method)) {
        send(responder, FakeTelegramBot::error(scripted->status, scripted->description, scripted->retryAfter));
        return;
    }
    if (method == u"getUpdates"_s) {
        getUpdates(*target, params, responder);
        return;
    }
    const auto answer = target->handle(method, params);
    send(responder, answer ? *answer : FakeTelegramBot::error(404, u"Not Found"_s));
}

void FakeTelegramServer::getUpdates(FakeTelegramBot &bot, const QJsonObject &params, const Http::Responder &responder)
{
    if (!bot.webhookUrl().isEmpty()) {
        send(responder, FakeTelegramBot::error(409, u"Conflict: can't use getUpdates method while webhook is active; "
                                                     "use deleteWebhook to delete the webhook first"_s));
        return;
    }
    // Only one getUpdates per bot: a newer request ends the waiting one with 409.
    const QList<quint64> ids = m_polls.keys();
    for (quint64 id : ids) {
        if (m_polls.value(id).token == bot.token())
            finishPoll(id, FakeTelegramBot::error(409, u"Conflict: terminated by other getUpdates request; make sure "
                                                       "that only one bot instance is running"_s));
    }
    const qint64 offset = params.value(u"offset"_s).toVariant().toLongLong();
    const int limit = qBound(1, params.value(u"limit"_s).toVariant().toInt() > 0
                                    ? params.value(u"limit"_s).toVariant().toInt() : 100, 100);
    const int timeout = params.value(u"timeout"_s).toVariant().toInt();
    bot.confirm(offset);
    const QJsonArray ready = bot.updatesFrom(offset, limit);
    if (!ready.isEmpty() || timeout <= 0) {
        send(responder, FakeTelegramBot::ok(ready));
        return;
    }
    Poll poll;
    poll.id = m_nextPollId++;
    poll.token = bot.token();
    poll.offset = offset;
    poll.limit = limit;
    poll.responder = responder;
    poll.timer = std::make_shared<QTimer>();
    poll.timer->setSingleShot(true);
    const quint64 id = poll.id;
    connect(poll.timer.get(), &QTimer::timeout, this, [this, id] { finishPoll(id, FakeTelegramBot::ok(QJsonArray())); });
    poll.timer->start(timeout * 1000);
    responder.onClientGone(this, [this, id] { m_polls.remove(id); });
    m_polls.insert(id, poll);
}

void FakeTelegramServer::answerPolls(const QString &token)
{
    FakeTelegramBot *target = bot(token);
    const QList<quint64> ids = m_polls.keys();
    for (quint64 id : ids) {
        const Poll poll = m_polls.value(id);
        if (poll.token != token)
            continue;
        const QJsonArray ready = target->updatesFrom(poll.offset, poll.limit);
        if (!ready.isEmpty())
            finishPoll(id, FakeTelegramBot::ok(ready));
    }
}

void FakeTelegramServer::finishPoll(quint64 id, const FakeTelegramBot::Answer &answer)
{
    const Poll poll = m_polls.take(id);
    if (poll.timer)
        poll.timer->stop();
    send(poll.responder, answer);
}

void FakeTelegramServer::onDownload(const Http::Request &request, const Http::Responder &responder)
{
    // "/file/bot<token>/<file_path>"
    const QString rest = request.path.mid(9);
    const qsizetype slash = rest.indexOf(u'/');
    const QString token = slash < 0 ? rest : rest.left(slash);
    const QString path = slash < 0 ? QString() : rest.mid(slash + 1);
    const FakeTelegramRequest record{token, u"download"_s, QJsonObject{{u"file_path"_s, path}}};
    m_requests.append(record);
    emit requestReceived(record);

    FakeTelegramBot *target = bot(token);
    if (!target) {
        send(responder, FakeTelegramBot::error(401, u"Unauthorized"_s));
        return;
    }
    // failNext(token, "download", ...): e.g. a 404 for a file whose link expired after getFile.
    if (const auto scripted = target->takeScriptedError(u"download"_s)) {
        send(responder, FakeTelegramBot::error(scripted->status, scripted->description, scripted->retryAfter));
        return;
    }
    const FakeTelegramBot::File *file = target->fileByPath(path);
    if (!file) {
        send(responder, FakeTelegramBot::error(404, u"Not Found"_s));
        return;
    }
    responder.send(Http::Response(200, "application/octet-stream"_ba, file->bytes));
}

} // namespace Moltdesk::TestSupport
