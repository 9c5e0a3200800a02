#include "sessions/sessionformat.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

QString SessionFormat::relativeTime(qint64 thenMs, qint64 nowMs)
{
    if (thenMs <= 0)
        return tr("never");
    const qint64 seconds = std::max<qint64>(0, (nowMs - thenMs) / 1000);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    if (seconds < 2 * 86400)
        return tr("yesterday");
    if (seconds < 30 * 86400)
        return tr("%n d ago", nullptr, int(seconds / 86400));
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(thenMs).date(), QLocale::ShortFormat);
}

QString SessionFormat::cost(double usd)
{
    if (usd <= 0)
        return u"$0"_s;
    // Cents from a cent up; below that two significant digits, so $0.0004 does not read "$0.00".
    const int decimals = usd >= 0.01 ? 2 : std::clamp(int(std::ceil(-std::log10(usd))) + 1, 3, 6);
    return u"$"_s + QLocale().toString(usd, 'f', decimals);
}

QString SessionFormat::text(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    const QJsonArray blocks = content.toArray();
    for (const QJsonValue &block : blocks) {
        const QJsonObject object = block.toObject();
        if (object.value(u"type"_s).toString() == u"text"_s)
            parts << object.value(u"text"_s).toString();
    }
    return parts.join(u"\n\n"_s);
}

QString SessionFormat::toolResultText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    const QJsonArray blocks = content.toArray();
    for (const QJsonValue &block : blocks) {
        const QJsonObject object = block.toObject();
        const QString type = object.value(u"type"_s).toString();
        if (type == u"text"_s)
            parts << object.value(u"text"_s).toString();
        else if (type == u"image"_s)
            parts << tr("[image]");
        else
            parts << prettyJson(object);
    }
    return parts.join(u"\n"_s);
}

QString SessionFormat::usageLine(const QString &model, const QJsonObject &usage, std::optional<double> costUsd)
{
    QStringList parts;
    if (!model.isEmpty())
        parts << model;
    if (!usage.isEmpty()) {
        const QLocale locale;
        QString tokens = tr("%1 in / %2 out")
                             .arg(locale.toString(usage.value(u"inputTokens"_s).toInteger()),
                                  locale.toString(usage.value(u"outputTokens"_s).toInteger()));
        const qint64 cached = usage.value(u"cacheReadTokens"_s).toInteger();
        if (cached > 0)
            tokens += u" "_s + tr("(%1 cached)").arg(locale.toString(cached));
        if (usage.value(u"estimated"_s).toBool())
            tokens += u" "_s + tr("(estimated)");
        parts << tokens;
    }
    if (costUsd)
        parts << cost(*costUsd);
    return parts.join(u" · "_s);
}

QString SessionFormat::channelName(const QString &channel)
{
    if (channel == u"telegram"_s)
        return u"Telegram"_s;
    if (channel == u"discord"_s)
        return u"Discord"_s;
    if (channel == u"whatsapp"_s)
        return u"WhatsApp"_s;
    if (channel == u"webchat"_s)
        return tr("Web chat");
    if (channel == u"cron"_s)
        return tr("Scheduled");
    if (channel == u"api"_s)
        return tr("API");
    return channel;
}

QString SessionFormat::prettyJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isString())
        return value.toString();
    if (value.isUndefined() || value.isNull())
        return {};
    // Scalars: wrap in an array to reuse the serialiser, then strip the brackets.
    const QString wrapped = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace Moltdesk::Ui
