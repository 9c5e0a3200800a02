#pragma once

#include <QJsonArray>
#include <QObject>
#include <QString>

namespace Moltdesk::Ui {

class GatewayClient;

// Exports one conversation: reads the whole history (archived generations included) page by page
// through `chat.history`, then writes either the JSON (the gateway's message objects, unchanged)
// or a readable text transcript. Files are written through QSaveFile, so a failed export never
// leaves a half-written file in place of an older one.
class TranscriptExporter : public QObject
{
    Q_OBJECT

public:
    enum class Format { Json, Text };

    explicit TranscriptExporter(GatewayClient *gateway, QObject *parent = nullptr);

    void start(const QString &sessionKey, const QString &path, Format format);

    static QByteArray toJson(const QString &sessionKey, const QJsonArray &messages);
    static QString toText(const QString &sessionKey, const QJsonArray &messages);

Q_SIGNALS:
    // `message` says in words what was written or what went wrong.
    void finished(bool ok, const QString &message);

private:
    void fetch(qint64 beforeSeq);
    void write();

    GatewayClient *m_gateway = nullptr;
    QString m_key;
    QString m_path;
    Format m_format = Format::Json;
    QJsonArray m_messages;
};

} // namespace Moltdesk::Ui
