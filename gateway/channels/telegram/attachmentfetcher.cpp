#include "channels/telegram/attachmentfetcher.h"

#include "base/logging.h"
#include "channels/telegram/botapi.h"
#include "storage/objectstore.h"

#include <QFuture>
#include <QLocale>
#include <QTemporaryFile>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Moltdesk::Telegram {

struct AttachmentFetcher::Job
{
    Channels::InboundMessage message;
    int index = -1;
    Result result;
    Done done;
};

namespace {
struct Stored
{
    QString error;
    qint64 size = 0;
    QByteArray base64; // images to inline only
};

bool inlineable(const Channels::Attachment &a)
{
    static const QStringList types{u"image/jpeg"_s, u"image/png"_s, u"image/gif"_s, u"image/webp"_s};
    return a.kind == Channels::Attachment::Kind::Image && types.contains(a.mimeType.toLower());
}

QString kindWords(Channels::Attachment::Kind kind)
{
    switch (kind) {
    case Channels::Attachment::Kind::Image:
        return u"image"_s;
    case Channels::Attachment::Kind::Audio:
        return u"voice note"_s;
    case Channels::Attachment::Kind::Video:
        return u"video"_s;
    case Channels::Attachment::Kind::Document:
        break;
    }
    return u"document"_s;
}

QString sizeWords(qint64 bytes)
{
    return bytes < 0 ? u"size unknown"_s : QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}
} // namespace

AttachmentFetcher::AttachmentFetcher(BotApi *api, Storage::ObjectStore *objects, QObject *parent)
    : QObject(parent),
      m_api(api),
      m_objects(objects)
{
}

AttachmentFetcher::~AttachmentFetcher() = default;

void AttachmentFetcher::fetch(const Channels::InboundMessage &message, Done done)
{
    auto job = std::make_shared<Job>();
    job->message = message;
    job->result.attachments = message.attachments;
    job->done = std::move(done);
    next(job);
}

QString AttachmentFetcher::objectKey(const QString &chatId, const QString &messageId, int index,
                                     const QString &fileName)
{
    // The user chose the file name: keep it readable but never let it add key levels.
    QString name = fileName;
    name.replace(u'/', u'_').replace(u'\\', u'_');
    if (name.isEmpty() || name == u"."_s || name == u".."_s)
        name = u"file"_s;
    return u"telegram/%1/%2/%3-%4"_s.arg(chatId, messageId).arg(index).arg(name);
}

QJsonObject AttachmentFetcher::textBlock(const QString &text)
{
    return QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, text}};
}

QString AttachmentFetcher::describe(const Channels::Attachment &a)
{
    return u"[%1 \"%2\" (%3, %4), stored as %5]"_s.arg(kindWords(a.kind), a.fileName, a.mimeType,
                                                        sizeWords(a.sizeBytes), a.objectKey);
}

void AttachmentFetcher::next(const std::shared_ptr<Job> &job)
{
    ++job->index;
    if (job->index >= job->result.attachments.size()) {
        if (job->done)
            job->done(job->result);
        return;
    }
    const Channels::Attachment &a = job->result.attachments.at(job->index);
    if (a.sizeBytes > BotApi::MaxDownloadBytes) {
        fail(job, u"it is %1; bots can download at most 20 MB"_s.arg(sizeWords(a.sizeBytes)));
        return;
    }
    m_api->getFile(a.fileRef, this, [this, job](const ApiResult<FileInfo> &info) {
        if (!info) {
            fail(job, info.error().toString());
            return;
        }
        if (info->fileSize > BotApi::MaxDownloadBytes) {
            fail(job, u"it is %1; bots can download at most 20 MB"_s.arg(sizeWords(info->fileSize)));
            return;
        }
        download(job, info->filePath);
    });
}

void AttachmentFetcher::download(const std::shared_ptr<Job> &job, const QString &filePath)
{
    auto file = std::make_shared<QTemporaryFile>();
    if (!file->open()) {
        fail(job, u"no temporary file: "_s + file->errorString());
        return;
    }
    m_api->downloadFile(filePath, file.get(), BotApi::MaxDownloadBytes, this,
                        [this, job, file](const ApiResult<qint64> &written) {
        if (!written) {
            fail(job, written.error().toString());
            return;
        }
        Channels::Attachment &a = job->result.attachments[job->index];
        a.sizeBytes = written.value();
        if (!m_objects) {
            fail(job, u"no object store"_s);
            return;
        }
        a.objectKey = objectKey(job->message.chatId, job->message.channelMessageId, job->index, a.fileName);
        const bool inlined = inlineable(a) && a.sizeBytes <= MaxInlineImageBytes;
        QJsonObject meta{{u"channel"_s, u"telegram"_s},
                         {u"chatId"_s, job->message.chatId},
                         {u"messageId"_s, job->message.channelMessageId},
                         {u"senderId"_s, job->message.senderId},
                         {u"fileName"_s, a.fileName}};
        // The conversation it belongs to: counted against its quota, deleted with it (docs/storage.md).
        if (const auto session = job->message.sessionKey())
            meta.insert(Storage::ObjectSessionKey, session.value().toString());
        Storage::ObjectStore *objects = m_objects;
        const QString key = a.objectKey;
        const QString mime = a.mimeType;
        // Hashing, fsync and the metadata commit happen on a pool thread with its own SQLite
        // connection; this thread does not touch `file` until the continuation runs.
        QtConcurrent::run([objects, file, key, mime, meta, inlined] {
            Stored stored;
            file->seek(0);
            const auto put = objects->put(key, file.get(), mime, meta);
            if (!put) {
                stored.error = put.error().message;
                return stored;
            }
            stored.size = put.value().size;
            if (inlined) {
                file->seek(0);
                stored.base64 = file->readAll().toBase64();
            }
            return stored;
        }).then(this, [this, job, file](const Stored &stored) {
            Channels::Attachment &a = job->result.attachments[job->index];
            if (!stored.error.isEmpty()) {
                a.objectKey.clear();
                fail(job, u"could not store it: "_s + stored.error);
                return;
            }
            if (!stored.base64.isEmpty()) {
                job->result.blocks.append(QJsonObject{
                    {u"type"_s, u"image"_s},
                    {u"source"_s, QJsonObject{{u"type"_s, u"base64"_s},
                                              {u"media_type"_s, a.mimeType.toLower()},
                                              {u"data"_s, QString::fromLatin1(stored.base64)}}}});
            }
            job->result.blocks.append(textBlock(describe(a)));
            next(job);
        });
    });
}

void AttachmentFetcher::fail(const std::shared_ptr<Job> &job, const QString &why)
{
    const Channels::Attachment &a = job->result.attachments.at(job->index);
    const QString text = u"[%1 \"%2\" could not be downloaded: %3]"_s.arg(kindWords(a.kind), a.fileName, why);
    qCWarning(lcTelegram).noquote() << "attachment of message" << job->message.channelMessageId << ":" << why;
    job->result.errors << text;
    job->result.blocks.append(textBlock(text));
    next(job);
}

} // namespace Moltdesk::Telegram
