#include "wizard/setupmessages.h"

#include "providers/providererror.h"
#include "channels/telegram/apierror.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

QString SetupMessages::hostOf(const QUrl &url)
{
    const int port = url.port();
    return port < 0 ? url.host() : u"%1:%2"_s.arg(url.host()).arg(port);
}

QString SetupMessages::providerError(const Providers::ProviderError &error, const QString &providerTitle,
                                     const QUrl &baseUrl, bool localServer)
{
    using Kind = Providers::ProviderError::Kind;
    const QString host = hostOf(baseUrl);
    switch (error.kind()) {
    case Kind::Network:
        return localServer ? tr("Cannot reach %1: is the server running? Start it (for Ollama: \"ollama serve\") "
                                "or correct the address.").arg(host)
                           : tr("Cannot reach %1: is the server running? Check your internet connection, "
                                "a proxy or firewall.").arg(host);
    case Kind::Timeout:
        return tr("%1 did not answer in time. Check the address and your connection, then try again.").arg(host);
    case Kind::Auth:
        // 403 with a key that parses: the key exists but may not use this endpoint / project.
        if (error.httpStatus() == 403)
            return tr("%1 accepted the key but refuses to use it here (HTTP 403): check that the key "
                      "belongs to an active project or workspace with API access.").arg(providerTitle);
        return localServer ? tr("The server refused the request (HTTP 401): it wants an API key — paste the "
                                "key the server was started with.")
                           : tr("The key was refused — check you copied all of it (no spaces, nothing cut off) "
                                "and that it has not been revoked.");
    case Kind::SpendLimit:
        return tr("The %1 account has no credit or quota left: add credit in your %1 billing settings, "
                  "then check again.").arg(providerTitle);
    case Kind::RateLimited:
        if (error.retryAfterMs() > 0)
            return tr("%1 is limiting requests right now (HTTP 429): wait %2 seconds and check again.")
                .arg(providerTitle)
                .arg((error.retryAfterMs() + 999) / 1000);
        return tr("%1 is limiting requests right now (HTTP 429): wait a minute and check again.").arg(providerTitle);
    case Kind::Overloaded:
    case Kind::Server:
        return tr("%1 has a problem on its side (HTTP %2): this is not your key — try again in a few minutes.")
            .arg(providerTitle)
            .arg(error.httpStatus());
    case Kind::BadRequest:
        if (error.httpStatus() == 404)
            return tr("%1 has no model list at this address (HTTP 404): is it really an %2 server? Check the "
                      "address.").arg(host, providerTitle);
        return tr("%1 refused the request (HTTP %2): %3").arg(providerTitle).arg(error.httpStatus()).arg(error.message());
    case Kind::Malformed:
    case Kind::StreamCut:
        return tr("%1 answered, but not like the %2 API does: check the address.").arg(host, providerTitle);
    case Kind::Aborted:
        return tr("The check was cancelled.");
    }
    return error.message();
}

QString SetupMessages::noModels(const QString &providerTitle, bool localServer)
{
    return localServer ? tr("The server is running but has no models yet: download one first "
                            "(for Ollama: \"ollama pull llama3.2\"), then check again.")
                       : tr("%1 accepted the key but lists no chat models for it: check the key's project "
                            "or permissions.").arg(providerTitle);
}

QString SetupMessages::telegramError(const Telegram::ApiError &error, const QUrl &apiBaseUrl)
{
    using Kind = Telegram::ApiError::Kind;
    switch (error.kind) {
    case Kind::Unauthorized:
    case Kind::NotFound:
        // Telegram answers 404 to a token of the right shape that belongs to no bot.
        return tr("Telegram refused this token — copy it again from @BotFather (it looks like "
                  "123456789:AA…, with nothing cut off).");
    case Kind::InvalidArgument:
        return tr("That does not look like a bot token: @BotFather gives one like 123456789:AA… "
                  "(digits, a colon, then letters).");
    case Kind::Network:
        return tr("Cannot reach %1: check your internet connection, a proxy or firewall.").arg(hostOf(apiBaseUrl));
    case Kind::Timeout:
        return tr("Telegram did not answer in time: check your connection and try again.");
    case Kind::RateLimited:
        return tr("Telegram asks to slow down: wait %1 seconds and check again.").arg(qMax(1, error.retryAfterSeconds));
    case Kind::Server:
        return tr("Telegram has a problem on its side (HTTP %1): try again in a few minutes.").arg(error.httpStatus);
    case Kind::Forbidden:
    case Kind::Conflict:
    case Kind::BadRequest:
    case Kind::ParseEntities:
    case Kind::Malformed:
    case Kind::TooLarge:
    case Kind::Aborted:
        break;
    }
    return tr("Telegram could not check the token: %1").arg(error.toString());
}

} // namespace Moltdesk::Ui
