#pragma once

#include "channels/inboundmessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace Moltdesk::Storage {
class ObjectStore;
}

namespace Moltdesk::Telegram {

class BotApi;

// Brings a message's photos, voice notes and documents into the object store and describes them
// for the agent (issue 4: "getFile + download (20 MB cap) into the object store and handed to the
// agent as attachments").
//
// Per attachment, one after the other: getFile -> downloadFile into a temporary file (streamed,
// aborted past BotApi::MaxDownloadBytes, the Bot API's own limit) -> ObjectStore::put under
// `telegram/<chat>/<message>/<name>` on a worker thread (hashing, fsync and the SQLite commit
// never run on the gateway thread). Then, as canonical content blocks for TurnRequest::extraContent:
// - images of a type the providers accept (JPEG, PNG, GIF, WebP) up to MaxInlineImageBytes as
//   {"type":"image","source":{"type":"base64","media_type",...,"data"}} plus a note of the key;
// - everything else as a text block naming the file and where it is stored.
// A failed or refused download becomes a text block saying so, so the model can tell the user;
// it never drops the message.
class AttachmentFetcher : public QObject
{
    Q_OBJECT

public:
    // Anthropic's limit for one base64 image is 5 MB (docs.anthropic.com, "Vision").
    static constexpr qint64 MaxInlineImageBytes = 5 * 1024 * 1024;

    struct Result
    {
        QList<Channels::Attachment> attachments; // objectKey and sizeBytes filled when stored
        QJsonArray blocks;                       // for TurnRequest::extraContent
        QStringList errors;                      // redacted, for the channel status
    };
    using Done = std::function<void(const Result &result)>;

    // Both must outlive the fetcher. `objects` may be null: files are then only described.
    AttachmentFetcher(BotApi *api, Storage::ObjectStore *objects, QObject *parent = nullptr);
    ~AttachmentFetcher() override;

    // `done` runs once, on this object's thread (not at all if the fetcher is destroyed first).
    void fetch(const Channels::InboundMessage &message, Done done);

    static QString objectKey(const QString &chatId, const QString &messageId, int index, const QString &fileName);
    static QJsonObject textBlock(const QString &text);
    static QString describe(const Channels::Attachment &attachment);

private:
    struct Job;
    void next(const std::shared_ptr<Job> &job);
    void download(const std::shared_ptr<Job> &job, const QString &filePath);
    void fail(const std::shared_ptr<Job> &job, const QString &why);

    BotApi *m_api;
    Storage::ObjectStore *m_objects;
};

} // namespace Moltdesk::Telegram
