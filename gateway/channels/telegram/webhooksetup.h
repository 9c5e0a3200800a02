#pragma once

#include "channels/telegram/apiresult.h"
#include "channels/telegram/apitypes.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace Moltdesk::Telegram {

class BotApi;

// Switching a bot between webhook and long polling
// (https://core.telegram.org/bots/api#setwebhook, #deletewebhook, #getwebhookinfo).
// enable(): setWebhook with secret_token and allowed_updates, then getWebhookInfo to check that
// Telegram really has our URL. disable(): deleteWebhook, then getWebhookInfo to check the URL is
// gone (getUpdates answers 409 while one is set).
class WebhookSetup : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiResult<WebhookInfo> &info)>;

    explicit WebhookSetup(BotApi *api, QObject *parent = nullptr);

    void enable(const QUrl &url, const QString &secretToken, const QStringList &allowedUpdates, Done done);
    void disable(bool dropPendingUpdates, Done done);

    // A fresh secret_token: 32 random bytes as base64url without padding (43 characters from
    // Telegram's allowed set A-Z a-z 0-9 _ -).
    static QString generateSecret();
    // Empty when `secret` is usable as secret_token (16-256 of A-Z a-z 0-9 _ -), else why not.
    static QString secretProblem(const QString &secret);

private:
    void verify(const std::function<QString(const WebhookInfo &)> &check, Done done);

    BotApi *m_api;
};

} // namespace Moltdesk::Telegram
