#include "sessions/transcriptexporter.h"

#include "gatewayclient.h"
#include "sessions/sessionformat.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {
constexpr int ExportPage = 1000; // chat.history's maximum page
}

TranscriptExporter::TranscriptExporter(GatewayClient *gateway, QObject *parent)
    : QObject(parent)
    , m_gateway(gateway)
{
}

void TranscriptExporter::start(const QString &sessionKey, const QString &path, Format format)
{
    m_key = sessionKey;
    m_path = path;
    m_format = format;
    m_messages = {};
    if (!m_gateway) {
        Q_EMIT finished(false, tr("The gateway is not running."));
        return;
    }
    fetch(0);
}

void TranscriptExporter::fetch(qint64 beforeSeq)
{
    QJsonObject params{{u"sessionKey"_s, m_key}, {u"limit"_s, ExportPage}, {u"includeArchived"_s, true}};
    if (beforeSeq > 0)
        params.insert(u"beforeSeq"_s, beforeSeq);
    m_gateway->call(u"chat.history"_s, params, this,
                    [this](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
                        if (error) {
                            Q_EMIT finished(false, tr("Could not read the conversation: %1").arg(error->message()));
                            return;
                        }
                        const QJsonObject page = payload.toObject();
                        // Pages come newest first; each page is oldest first inside.
                        QJsonArray merged = page.value(u"messages"_s).toArray();
                        for (const QJsonValue &m : std::as_const(m_messages))
                            merged.append(m);
                        m_messages = merged;
                        const QJsonValue next = page.value(u"nextBeforeSeq"_s);
                        if (page.value(u"hasMore"_s).toBool() && next.isDouble())
                            fetch(next.toInteger());
                        else
                            write();
                    });
}

void TranscriptExporter::write()
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        Q_EMIT finished(false, tr("Could not write %1: %2").arg(m_path, file.errorString()));
        return;
    }
    const QByteArray data = m_format == Format::Json ? toJson(m_key, m_messages) : toText(m_key, m_messages).toUtf8();
    if (file.write(data) != data.size() || !file.commit()) {
        Q_EMIT finished(false, tr("Could not write %1: %2").arg(m_path, file.errorString()));
        return;
    }
    Q_EMIT finished(true, tr("Exported %n message(s) to %1.", nullptr, int(m_messages.size())).arg(m_path));
}

QByteArray TranscriptExporter::toJson(const QString &sessionKey, const QJsonArray &messages)
{
    const QJsonObject root{
        {u"sessionKey"_s, sessionKey},
        {u"exportedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"messages"_s, messages},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString TranscriptExporter::toText(const QString &sessionKey, const QJsonArray &messages)
{
    QString out = tr("Conversation %1").arg(sessionKey) + u"\n"_s;
    out += tr("Exported %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate)) + u"\n"_s;
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        const QString when = QDateTime::fromMSecsSinceEpoch(message.value(u"timestamp"_s).toInteger())
                                 .toLocalTime()
                                 .toString(u"yyyy-MM-dd HH:mm:ss"_s);
        const bool user = message.value(u"role"_s).toString() == u"user"_s;
        QString header = u"\n["_s + when + u"] "_s + (user ? tr("User") : tr("Agent"));
        if (!user && message.contains(u"model"_s))
            header += u" ("_s + message.value(u"model"_s).toString() + u")"_s;
        if (message.value(u"archived"_s).toBool())
            header += u" "_s + tr("[archived]");
        out += header + u"\n"_s;
        const QJsonArray blocks = message.value(u"content"_s).toArray();
        for (const QJsonValue &blockValue : blocks) {
            const QJsonObject block = blockValue.toObject();
            const QString type = block.value(u"type"_s).toString();
            if (type == u"text"_s) {
                out += block.value(u"text"_s).toString() + u"\n"_s;
            } else if (type == u"tool_use"_s) {
                out += tr("→ tool %1 %2")
                           .arg(block.value(u"name"_s).toString(),
                                QString::fromUtf8(QJsonDocument(block.value(u"input"_s).toObject())
                                                      .toJson(QJsonDocument::Compact)))
                    + u"\n"_s;
            } else if (type == u"tool_result"_s) {
                const QString result = SessionFormat::toolResultText(block.value(u"content"_s));
                out += (block.value(u"is_error"_s).toBool() ? tr("← tool error: %1") : tr("← tool result: %1")).arg(result)
                    + u"\n"_s;
            } else if (type == u"image"_s) {
                out += tr("[image]") + u"\n"_s;
            }
        }
    }
    return out;
}

} // namespace Moltdesk::Ui
