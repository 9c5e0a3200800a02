#pragma once

#include <QString>
#include <QUrl>

namespace Moltdesk::Telegram {

// Where the Bot API lives and which bot speaks: builds the method and file URLs
// (https://core.telegram.org/bots/api#making-requests: <base>/bot<token>/<method>, files at
// <base>/file/bot<token>/<file_path>) and redacts the token from any text that may contain
// one of them. The token is a secret in the URL path, so error texts and logs only ever see
// redact()'s output.
class BotEndpoint
{
public:
    BotEndpoint() = default;
    BotEndpoint(QUrl baseUrl, QString token);

    const QUrl &baseUrl() const { return m_baseUrl; }
    BotEndpoint withBaseUrl(const QUrl &baseUrl) const { return BotEndpoint(baseUrl, m_token); }
    bool hasToken() const { return !m_token.isEmpty(); }
    // Empty when the token looks like Telegram's "<digits>:<letters, digits, - and _>";
    // otherwise why it does not (the token itself is never quoted).
    QString tokenProblem() const;
    // The numeric bot id before the ':' (0 when malformed) - not secret.
    qint64 botId() const;

    QUrl methodUrl(const QString &method) const;
    QUrl fileUrl(const QString &filePath) const;

    // `text` with the token (plain and percent-encoded) and any "/bot<...>/" path segment
    // replaced by "/bot<redacted>/".
    QString redact(const QString &text) const;

private:
    QUrl withPath(const QString &suffix) const;

    QUrl m_baseUrl;
    QString m_token;
};

} // namespace Moltdesk::Telegram
