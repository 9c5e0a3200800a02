#include "channels/telegram/botendpoint.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Moltdesk::Telegram {

BotEndpoint::BotEndpoint(QUrl baseUrl, QString token)
    : m_baseUrl(std::move(baseUrl)), m_token(std::move(token))
{
}

QString BotEndpoint::tokenProblem() const
{
    // BotFather tokens are "<bot id>:<35 characters>"; anything else cannot be put into a URL
    // path safely, and Telegram would answer 401/404 anyway.
    static const QRegularExpression format(u"^[0-9]{1,20}:[A-Za-z0-9_-]{1,100}$"_s);
    if (m_token.isEmpty())
        return u"no Telegram bot token is set (TELEGRAM_BOT_TOKEN)"_s;
    if (!format.match(m_token).hasMatch())
        return u"the Telegram bot token is not in BotFather's format <digits>:<characters>"_s;
    return {};
}

qint64 BotEndpoint::botId() const
{
    const qsizetype colon = m_token.indexOf(u':');
    return colon > 0 ? QStringView(m_token).left(colon).toLongLong() : 0;
}

QUrl BotEndpoint::withPath(const QString &suffix) const
{
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + suffix);
    url.setQuery(QString());
    return url;
}

QUrl BotEndpoint::methodUrl(const QString &method) const
{
    return withPath(u"/bot"_s + m_token + u'/' + method);
}

QUrl BotEndpoint::fileUrl(const QString &filePath) const
{
    QString path = filePath;
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    return withPath(u"/file/bot"_s + m_token + u'/' + path);
}

QString BotEndpoint::redact(const QString &text) const
{
    QString result = text;
    if (!m_token.isEmpty()) {
        result.replace(m_token, u"<redacted>"_s);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(m_token));
        if (encoded != m_token)
            result.replace(encoded, u"<redacted>"_s);
    }
    // Also whatever other token a URL in the text may carry (e.g. one set before setToken()).
    static const QRegularExpression segment(u"/bot[^/\\s]+/"_s);
    result.replace(segment, u"/bot<redacted>/"_s);
    return result;
}

} // namespace Moltdesk::Telegram
