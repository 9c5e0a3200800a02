#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Moltdesk::Telegram {

// A failed Bot API call, classified so callers (poller, send queue, channel adapter) can decide
// without parsing text. Built from Telegram's error envelope
// {"ok":false,"error_code":N,"description":"...","parameters":{"retry_after":N}}
// (https://core.telegram.org/bots/api#making-requests, #responseparameters).
// `description` never contains the bot token: every text that may carry a URL is redacted first.
struct ApiError
{
    enum class Kind {
        Unauthorized,    // 401: the token is wrong or revoked
        NotFound,        // 404: Telegram's answer to a malformed token (or a wrong apiBaseUrl)
        BadRequest,      // 400 and other 4xx caused by the request itself
        ParseEntities,   // 400 "can't parse entities": the HTML/MarkdownV2 markup was refused
        Forbidden,       // 403: e.g. "bot was blocked by the user", kicked from the group
        Conflict,        // 409: a webhook is set, or another getUpdates is running
        RateLimited,     // 429: wait retryAfterSeconds before trying again
        Server,          // 5xx
        Network,         // no HTTP answer at all (refused, reset, DNS)
        Timeout,         // no complete answer within the call's timeout
        Malformed,       // an answer that is not the documented JSON envelope
        TooLarge,        // a download or answer over its byte cap
        InvalidArgument, // refused before sending: bad token format, unusable sink, empty text...
        Aborted,         // the caller aborted the call
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;         // 0 when there was no HTTP answer
    QString description;        // Telegram's description, or our own explanation
    int retryAfterSeconds = -1; // parameters.retry_after for 429; -1 when not given

    static ApiError make(Kind kind, const QString &description, int httpStatus = 0);

    // Classifies a non-ok answer. `body` is parsed as the error envelope when it is one;
    // otherwise the HTTP status alone decides.
    static ApiError fromHttp(int httpStatus, const QByteArray &body);

    // Worth repeating the same request later (network trouble, 5xx, 429, timeouts).
    bool isTransient() const;

    static QString kindName(Kind kind);
    QString kindName() const { return kindName(kind); }
    // "rate_limited (HTTP 429): Too Many Requests: retry after 5" - for logs and status lines.
    QString toString() const;
};

} // namespace Moltdesk::Telegram

Q_DECLARE_METATYPE(Moltdesk::Telegram::ApiError)
