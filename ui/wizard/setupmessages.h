#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Moltdesk::Providers {
class ProviderError;
}
namespace Moltdesk::Telegram {
struct ApiError;
}

namespace Moltdesk::Ui {

// Turns the provider's and Telegram's classified errors into one plain sentence that says what
// went wrong and what to do about it — the first-run wizard shows it next to the field. The
// provider's own text is added only where it helps (a 400's reason), never a key.
class SetupMessages
{
    Q_DECLARE_TR_FUNCTIONS(Moltdesk::Ui::SetupMessages)

public:
    // `providerTitle` is what the user chose ("Anthropic"); `baseUrl` is where the call went.
    static QString providerError(const Providers::ProviderError &error, const QString &providerTitle,
                                 const QUrl &baseUrl, bool localServer);
    static QString noModels(const QString &providerTitle, bool localServer);
    static QString telegramError(const Telegram::ApiError &error, const QUrl &apiBaseUrl);

    // "api.openai.com" or "127.0.0.1:11434": what the user recognises as the server's address.
    static QString hostOf(const QUrl &url);
};

} // namespace Moltdesk::Ui
