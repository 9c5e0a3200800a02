#include "channels/telegram/webhooksetup.h"

#include "channels/telegram/botapi.h"
#include "config/secretkeypolicy.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Moltdesk::Telegram {

WebhookSetup::WebhookSetup(BotApi *api, QObject *parent)
    : QObject(parent), m_api(api)
{
}

QString WebhookSetup::generateSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString WebhookSetup::secretProblem(const QString &secret)
{
    // At least 16 characters, the rule for every channel's webhook secret (docs/secrets.md).
    static const QRegularExpression allowed(u"^[A-Za-z0-9_-]{%1,256}$"_s.arg(Config::SecretKeyPolicy::WebhookSecretMinLength));
    if (!allowed.match(secret).hasMatch())
        return u"the webhook secret must be %1-256 characters of A-Z, a-z, 0-9, _ and -"_s.arg(
            Config::SecretKeyPolicy::WebhookSecretMinLength);
    return {};
}

void WebhookSetup::enable(const QUrl &url, const QString &secretToken, const QStringList &allowedUpdates, Done done)
{
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        QTimer::singleShot(0, this, [done] {
            done(ApiError::make(ApiError::Kind::InvalidArgument, u"the webhook URL is not a valid URL"_s));
        });
        return;
    }
    const QString problem = secretProblem(secretToken);
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, this, [done, problem] { done(ApiError::make(ApiError::Kind::InvalidArgument, problem)); });
        return;
    }
    const QString wanted = url.toString(QUrl::FullyEncoded);
    m_api->setWebhook(url, secretToken, allowedUpdates, this, [this, wanted, done](const ApiResult<bool> &result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        verify([wanted](const WebhookInfo &info) {
            return info.url == wanted ? QString()
                                      : u"Telegram accepted setWebhook but reports the webhook URL as \"%1\""_s.arg(info.url);
        }, done);
    });
}

void WebhookSetup::disable(bool dropPendingUpdates, Done done)
{
    m_api->deleteWebhook(dropPendingUpdates, this, [this, done](const ApiResult<bool> &result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        verify([](const WebhookInfo &info) {
            return info.url.isEmpty() ? QString()
                                      : u"Telegram accepted deleteWebhook but still reports a webhook"_s;
        }, done);
    });
}

void WebhookSetup::verify(const std::function<QString(const WebhookInfo &)> &check, Done done)
{
    m_api->getWebhookInfo(this, [check, done](const ApiResult<WebhookInfo> &info) {
        if (!info.ok()) {
            done(info.error());
            return;
        }
        const QString mismatch = check(info.value());
        if (!mismatch.isEmpty()) {
            done(ApiError::make(ApiError::Kind::Malformed, mismatch, 200));
            return;
        }
        done(info);
    });
}

} // namespace Moltdesk::Telegram
