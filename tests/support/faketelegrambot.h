#pragma once

#include "support/faketelegramtypes.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QQueue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Moltdesk::TestSupport {

// The state of one bot (one token) inside FakeTelegramServer and the behaviour of every method
// except getUpdates' waiting, following https://core.telegram.org/bots/api.
class FakeTelegramBot
{
public:
    struct File
    {
        QString fileId;
        QString path;
        QByteArray bytes;
    };
    struct Answer
    {
        int status = 200;
        QJsonObject body;
    };

    FakeTelegramBot(QString token, qint64 id, QString username);

    const QString &token() const { return m_token; }
    qint64 id() const { return m_id; }
    const QString &username() const { return m_username; }

    // --- scripting
    void failNext(const QString &method, const FakeTelegramError &error, int times = 1);
    std::optional<FakeTelegramError> takeScriptedError(const QString &method);
    void blockChat(qint64 chatId) { m_blockedChats.insert(chatId); }
    void rejectParseMode(const QString &parseMode) { m_rejectedParseModes.insert(parseMode); }
    QString addFile(const QString &path, const QByteArray &bytes);
    void setWebhookUrl(const QString &url) { m_webhookUrl = url; }

    // --- updates (getUpdates semantics: an offset confirms and drops every earlier update)
    qint64 pushUpdate(QJsonObject update);
    void confirm(qint64 offset);
    QJsonArray updatesFrom(qint64 offset, int limit) const;
    int queuedUpdates() const { return int(m_updates.size()); }

    // --- every other method; nullopt for an unknown method
    std::optional<Answer> handle(const QString &method, const QJsonObject &params);
    const File *fileByPath(const QString &path) const;

    // --- what happened
    const QList<FakeTelegramSentMessage> &sentMessages() const { return m_sent; }
    const QList<std::pair<qint64, QString>> &chatActions() const { return m_chatActions; }
    const QString &webhookUrl() const { return m_webhookUrl; }
    const QString &webhookSecret() const { return m_webhookSecret; }
    const QStringList &webhookAllowedUpdates() const { return m_webhookAllowedUpdates; }

    static Answer error(int status, const QString &description, int retryAfter = -1);
    static Answer ok(const QJsonValue &result);

private:
    Answer sendMessage(const QJsonObject &params);
    Answer editMessageText(const QJsonObject &params);
    Answer getFile(const QJsonObject &params);
    QJsonObject messageJson(const FakeTelegramSentMessage &message) const;
    static std::optional<qint64> chatId(const QJsonObject &params);

    QString m_token;
    qint64 m_id;
    QString m_username;
    QHash<QString, QQueue<FakeTelegramError>> m_scripted;
    QSet<qint64> m_blockedChats;
    QSet<QString> m_rejectedParseModes;
    QList<QJsonObject> m_updates;
    qint64 m_nextUpdateId = 100;
    qint64 m_nextMessageId = 5000;
    QList<FakeTelegramSentMessage> m_sent;
    QList<std::pair<qint64, QString>> m_chatActions;
    QList<File> m_files;
    QString m_webhookUrl;
    QString m_webhookSecret;
    QStringList m_webhookAllowedUpdates;
};

} // namespace Moltdesk::TestSupport
