// Telegram::AttachmentFetcher on its own, against the fake Bot API on 127.0.0.1 (getFile and
// /file/bot<token>/<path>) and a real ObjectStore in a temporary directory. The rules pinned are
// those of attachmentfetcher.h and docs/channels/telegram.md "Photos, voice notes, documents".
#include "channels/telegram/attachmentfetcher.h"
#include "channels/telegram/botapi.h"
#include "core/schemamigrations.h"
#include "storage/database.h"
#include "storage/objectstore.h"
#include "support/faketelegramserver.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QPointer>
#include <QTemporaryDir>
#include <QDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using Channels::Attachment;
using Channels::InboundMessage;
using Telegram::AttachmentFetcher;
using Telegram::BotApi;
using TestSupport::FakeTelegramServer;

Q_DECLARE_METATYPE(Moltdesk::Channels::Attachment::Kind)

namespace {

const QString kToken = u"123456:SECRET-fetcher-token_abcdef"_s;
const QString kTokenSecretPart = u"SECRET-fetcher-token"_s;

InboundMessage messageWith(const QList<Attachment> &attachments)
{
    InboundMessage in;
    in.channel = u"telegram"_s;
    in.chatId = u"42"_s;
    in.chatKind = InboundMessage::ChatKind::Dm;
    in.senderId = u"42"_s;
    in.senderName = u"Ann"_s;
    in.channelMessageId = u"17"_s;
    in.attachments = attachments;
    return in;
}

Attachment attachment(Attachment::Kind kind, const QString &fileRef, const QString &mime, const QString &name,
                      qint64 size = -1)
{
    Attachment a;
    a.kind = kind;
    a.fileRef = fileRef;
    a.mimeType = mime;
    a.fileName = name;
    a.sizeBytes = size;
    return a;
}

// Bytes that start like a JPEG; the fetcher does not look inside.
QByteArray jpegBytes(int size)
{
    QByteArray bytes("\xFF\xD8\xFF\xE0", 4);
    bytes += QByteArray(size - 4, 'j');
    return bytes;
}

QString textOf(const QJsonValue &block)
{
    return block.toObject().value(u"text"_s).toString();
}

} // namespace

class TestAttachmentFetcher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeTelegramServer> m_fake;
    std::unique_ptr<BotApi> m_api;
    std::unique_ptr<Storage::Database> m_database;
    std::unique_ptr<Storage::ObjectStore> m_objects;
    std::unique_ptr<AttachmentFetcher> m_fetcher;

    int m_doneCalls = 0;

    // Runs one fetch to its end (nullopt if `done` never came). 20 s: the large-file tests move
    // a few MB through the local fake.
    std::optional<AttachmentFetcher::Result> fetch(const InboundMessage &message)
    {
        std::optional<AttachmentFetcher::Result> result;
        m_doneCalls = 0;
        m_fetcher->fetch(message, [this, &result](const AttachmentFetcher::Result &r) {
            result = r;
            ++m_doneCalls;
        });
        QDeadlineTimer deadline(20000);
        while (!result && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return result;
    }

    int requests(const QString &method) const { return m_fake->requestCount(method); }

    // No error text and no block may carry the token (docs/channels/telegram.md: "The token is a
    // secret inside every URL").
    static bool leaksToken(const AttachmentFetcher::Result &result)
    {
        const QString all = result.errors.join(u'\n') + QString::fromUtf8(QJsonDocument(result.blocks).toJson());
        return all.contains(kTokenSecretPart) || all.contains(kToken);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_fake = std::make_unique<FakeTelegramServer>();
        QVERIFY(m_fake->listen());
        m_fake->addBot(kToken);
        m_api = std::make_unique<BotApi>(m_fake->baseUrl(), kToken);
        const QString dataDir = m_dir.path() + u"/data-"_s + QString::fromLatin1(QTest::currentTestFunction());
        m_database = std::make_unique<Storage::Database>(dataDir, Moltdesk::Core::SchemaMigrations::all());
        const auto opened = m_database->open();
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_objects = std::make_unique<Storage::ObjectStore>(*m_database);
        QVERIFY(m_objects->open());
        m_fetcher = std::make_unique<AttachmentFetcher>(m_api.get(), m_objects.get());
    }

    void cleanup()
    {
        m_fetcher.reset();
        m_objects.reset();
        m_database.reset();
        m_api.reset();
        m_fake.reset();
    }

    void photoIsStoredAndInlined()
    {
        const QByteArray bytes = jpegBytes(23400);
        const QString fileId = m_fake->addFile(kToken, u"photos/file_7.jpg"_s, bytes);
        const auto result = fetch(messageWith(
            {attachment(Attachment::Kind::Image, fileId, u"image/jpeg"_s, u"photo.jpg"_s, bytes.size())}));
        QVERIFY(result);
        QCOMPARE(m_doneCalls, 1);
        QVERIFY2(result->errors.isEmpty(), qPrintable(result->errors.join(u'\n')));

        // docs/channels/telegram.md: stored under telegram/<chat id>/<message id>/<n>-<file name>.
        const QString key = u"telegram/42/17/0-photo.jpg"_s;
        QCOMPARE(result->attachments.size(), 1);
        QCOMPARE(result->attachments.at(0).objectKey, key);
        QCOMPARE(result->attachments.at(0).sizeBytes, bytes.size());
        QCOMPARE(result->attachments.at(0).fileRef, fileId);

        // An image block (base64, the media type), then a one-line note of the stored key.
        QCOMPARE(result->blocks.size(), 2);
        const QJsonObject image = result->blocks.at(0).toObject();
        QCOMPARE(image.value(u"type"_s).toString(), u"image"_s);
        const QJsonObject source = image.value(u"source"_s).toObject();
        QCOMPARE(source.value(u"type"_s).toString(), u"base64"_s);
        QCOMPARE(source.value(u"media_type"_s).toString(), u"image/jpeg"_s);
        QCOMPARE(source.value(u"data"_s).toString().toLatin1(), bytes.toBase64());
        QCOMPARE(result->blocks.at(1).toObject().value(u"type"_s).toString(), u"text"_s);
        QCOMPARE(textOf(result->blocks.at(1)),
                 u"[image \"photo.jpg\" (image/jpeg, 23.4 kB), stored as telegram/42/17/0-photo.jpg]"_s);

        // In the object store: the same bytes, the type, and who sent it where.
        const auto stored = m_objects->get(key);
        QVERIFY(stored && stored.value());
        const Storage::ObjectData &data = *stored.value();
        QCOMPARE(data.body->readAll(), bytes);
        QCOMPARE(data.info.contentType, u"image/jpeg"_s);
        QCOMPARE(data.info.size, bytes.size());
        const QJsonObject meta = data.info.customMetadata;
        QCOMPARE(meta.value(u"channel"_s).toString(), u"telegram"_s);
        QCOMPARE(meta.value(u"chatId"_s).toString(), u"42"_s);
        QCOMPARE(meta.value(u"messageId"_s).toString(), u"17"_s);
        QCOMPARE(meta.value(u"senderId"_s).toString(), u"42"_s);
        QCOMPARE(meta.value(u"fileName"_s).toString(), u"photo.jpg"_s);
        // The conversation it belongs to (quota, deleted with it: docs/storage.md).
        QCOMPARE(meta.value(u"session"_s).toString(), u"telegram:dm:42"_s);

        QCOMPARE(requests(u"getFile"_s), 1);
        QCOMPARE(requests(u"download"_s), 1);
    }

    // Issue 13, as the attack: a chat sends attachments past its conversation's quota.
    void attachmentOverTheConversationQuotaIsNotStored()
    {
        m_objects->setQuotas(30000, 0);
        const QByteArray first = jpegBytes(20000);
        const QByteArray second = jpegBytes(15000);
        const QString firstId = m_fake->addFile(kToken, u"photos/a.jpg"_s, first);
        const QString secondId = m_fake->addFile(kToken, u"photos/b.jpg"_s, second);
        const auto result = fetch(messageWith({attachment(Attachment::Kind::Image, firstId, u"image/jpeg"_s, u"a.jpg"_s, first.size()),
                                               attachment(Attachment::Kind::Image, secondId, u"image/jpeg"_s, u"b.jpg"_s, second.size())}));
        QVERIFY(result);
        QCOMPARE(result->attachments.at(0).objectKey, u"telegram/42/17/0-a.jpg"_s);
        QCOMPARE(result->attachments.at(1).objectKey, QString());
        QCOMPARE(result->errors.size(), 1);
        QVERIFY2(result->errors.first().contains(u"\"b.jpg\" could not be downloaded: could not store it: refused: this "
                                                 "conversation already stores"_s),
                 qPrintable(result->errors.first()));
        QVERIFY2(result->errors.first().contains(u"storage.quota.perConversationBytes"_s), qPrintable(result->errors.first()));
        // Nothing half-written: only the first object, and no spool left behind.
        const auto listed = m_objects->list(u"telegram/"_s);
        QVERIFY(listed);
        QCOMPARE(listed->objects.size(), 1);
        QCOMPARE(QDir(m_objects->tempPath()).entryList(QDir::Files | QDir::Hidden).size(), 0);
        QCOMPARE(m_objects->usage(u"telegram:dm:42"_s).value(), first.size());
    }

    void voiceAndDocumentAreDescribedInText_data()
    {
        QTest::addColumn<Attachment::Kind>("kind");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("expected");
        // The voice row is docs/channels/telegram.md's own example.
        QTest::newRow("voice note") << Attachment::Kind::Audio << u"audio/ogg"_s << u"voice-12s.ogg"_s << 23400
                                    << u"[voice note \"voice-12s.ogg\" (audio/ogg, 23.4 kB), stored as "
                                       "telegram/42/17/0-voice-12s.ogg]"_s;
        QTest::newRow("pdf") << Attachment::Kind::Document << u"application/pdf"_s << u"report.pdf"_s << 1300
                             << u"[document \"report.pdf\" (application/pdf, 1.3 kB), stored as "
                                "telegram/42/17/0-report.pdf]"_s;
        // An image type the providers do not take (docs: JPEG, PNG, GIF, WebP) is described only.
        QTest::newRow("bmp image") << Attachment::Kind::Image << u"image/bmp"_s << u"scan.bmp"_s << 800
                                   << u"[image \"scan.bmp\" (image/bmp, 800 bytes), stored as "
                                      "telegram/42/17/0-scan.bmp]"_s;
    }
    void voiceAndDocumentAreDescribedInText()
    {
        QFETCH(Attachment::Kind, kind);
        QFETCH(QString, mime);
        QFETCH(QString, name);
        QFETCH(int, size);
        QFETCH(QString, expected);
        const QByteArray bytes(size, 'v');
        const QString fileId = m_fake->addFile(kToken, u"files/"_s + name, bytes);
        const auto result = fetch(messageWith({attachment(kind, fileId, mime, name)}));
        QVERIFY(result);
        QVERIFY2(result->errors.isEmpty(), qPrintable(result->errors.join(u'\n')));
        QCOMPARE(result->blocks.size(), 1); // no image block
        QCOMPARE(result->blocks.at(0).toObject().value(u"type"_s).toString(), u"text"_s);
        QCOMPARE(textOf(result->blocks.at(0)), expected);
        // The size Telegram did not announce is filled from the download.
        QCOMPARE(result->attachments.at(0).sizeBytes, size);
        const auto stored = m_objects->get(u"telegram/42/17/0-"_s + name);
        QVERIFY(stored && stored.value());
        QCOMPARE(stored.value()->body->readAll(), bytes);
        QCOMPARE(stored.value()->info.contentType, mime);
    }

    void imageOverTheInlineLimitIsDescribedOnly()
    {
        // docs/channels/telegram.md: images up to 5 MB as an image block; larger ones as text.
        const QByteArray bytes = jpegBytes(int(AttachmentFetcher::MaxInlineImageBytes) + 1);
        const QString fileId = m_fake->addFile(kToken, u"photos/big.jpg"_s, bytes);
        const auto result = fetch(messageWith(
            {attachment(Attachment::Kind::Image, fileId, u"image/jpeg"_s, u"photo.jpg"_s, bytes.size())}));
        QVERIFY(result);
        QVERIFY(result->errors.isEmpty());
        QCOMPARE(result->blocks.size(), 1);
        QCOMPARE(textOf(result->blocks.at(0)),
                 u"[image \"photo.jpg\" (image/jpeg, 5.2 MB), stored as telegram/42/17/0-photo.jpg]"_s);
        const auto stored = m_objects->head(u"telegram/42/17/0-photo.jpg"_s);
        QVERIFY(stored && stored.value());
        QCOMPARE(stored.value()->size, bytes.size());
    }

    void announcedOversizeIsRefusedWithoutARequest()
    {
        // Telegram said 25 MB in the message: over the Bot API's 20 MB download limit, refused
        // before getFile - nothing is fetched.
        const qint64 size = 25 * 1000 * 1000;
        const auto result = fetch(messageWith(
            {attachment(Attachment::Kind::Document, u"file-big"_s, u"video/mp4"_s, u"holiday.mp4"_s, size)}));
        QVERIFY(result);
        QCOMPARE(result->errors.size(), 1);
        const QString note = u"[document \"holiday.mp4\" could not be downloaded: it is 25.0 MB; bots can "
                             "download at most 20 MB]"_s;
        QCOMPARE(result->errors.at(0), note);
        QCOMPARE(result->blocks.size(), 1);
        QCOMPARE(textOf(result->blocks.at(0)), note);
        QCOMPARE(result->attachments.at(0).objectKey, QString());
        QCOMPARE(requests(u"getFile"_s), 0);
        QCOMPARE(requests(u"download"_s), 0);
    }

    void oversizeSeenByGetFileIsNotDownloaded()
    {
        // The message did not say how big the file is; getFile does (file_size), and the
        // download is never started.
        const QByteArray bytes(int(BotApi::MaxDownloadBytes) + 1, 'x');
        const QString fileId = m_fake->addFile(kToken, u"documents/huge.bin"_s, bytes);
        const auto result = fetch(messageWith(
            {attachment(Attachment::Kind::Document, fileId, u"application/octet-stream"_s, u"huge.bin"_s)}));
        QVERIFY(result);
        QCOMPARE(result->errors.size(), 1);
        QCOMPARE(result->errors.at(0), u"[document \"huge.bin\" could not be downloaded: it is 21.0 MB; bots "
                                        "can download at most 20 MB]"_s);
        QCOMPARE(requests(u"getFile"_s), 1);
        QCOMPARE(requests(u"download"_s), 0);
        const auto listed = m_objects->list(u"telegram/"_s);
        QVERIFY(listed);
        QVERIFY(listed.value().objects.isEmpty());
    }

    void getFileErrorGivesANote()
    {
        // An unknown/expired file_id: Telegram answers 400 "Bad Request: invalid file_id".
        const auto result = fetch(messageWith(
            {attachment(Attachment::Kind::Image, u"no-such-file"_s, u"image/jpeg"_s, u"photo.jpg"_s, 1000)}));
        QVERIFY(result);
        QCOMPARE(result->errors.size(), 1);
        QCOMPARE(result->errors.at(0), u"[image \"photo.jpg\" could not be downloaded: bad_request (HTTP 400): "
                                        "Bad Request: invalid file_id]"_s);
        QCOMPARE(result->blocks.size(), 1);
        QCOMPARE(textOf(result->blocks.at(0)), result->errors.at(0));
        QCOMPARE(result->attachments.at(0).objectKey, QString());
        QCOMPARE(requests(u"download"_s), 0);
        QVERIFY(!leaksToken(*result));
    }

    void scriptedGetFileFailure_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("expected");
        QTest::newRow("404") << 404 << u"Not Found"_s << u"not_found (HTTP 404): Not Found"_s;
        QTest::newRow("500") << 500 << u"Internal Server Error"_s << u"server (HTTP 500): Internal Server Error"_s;
    }
    void scriptedGetFileFailure()
    {
        QFETCH(int, status);
        QFETCH(QString, description);
        QFETCH(QString, expected);
        const QString fileId = m_fake->addFile(kToken, u"voice/v.ogg"_s, QByteArray(100, 'o'));
        m_fake->failNext(kToken, u"getFile"_s, status, description);
        const auto result = fetch(messageWith(
            {attachment(Attachment::Kind::Audio, fileId, u"audio/ogg"_s, u"voice-3s.ogg"_s)}));
        QVERIFY(result);
        QCOMPARE(result->errors.size(), 1);
        QCOMPARE(result->errors.at(0),
                 u"[voice note \"voice-3s.ogg\" could not be downloaded: %1]"_s.arg(expected));
        QCOMPARE(requests(u"download"_s), 0);
        QVERIFY(!leaksToken(*result));
    }

    void fileGoneAfterGetFileGivesANote()
    {
        // getFile succeeded, but the download link is gone by the time we use it (Telegram keeps
        // it for at least an hour; a queued message may be older).
        const QString fileId = m_fake->addFile(kToken, u"documents/old.pdf"_s, QByteArray(500, 'p'));
        m_fake->failNext(kToken, u"download"_s, 404, u"Not Found"_s);
        const auto result = fetch(messageWith(
            {attachment(Attachment::Kind::Document, fileId, u"application/pdf"_s, u"old.pdf"_s)}));
        QVERIFY(result);
        QCOMPARE(requests(u"download"_s), 1);
        QCOMPARE(result->errors.size(), 1);
        QVERIFY2(result->errors.at(0).startsWith(u"[document \"old.pdf\" could not be downloaded: not_found"_s),
                 qPrintable(result->errors.at(0)));
        QCOMPARE(result->attachments.at(0).objectKey, QString());
        const auto listed = m_objects->list(u"telegram/"_s);
        QVERIFY(listed);
        QVERIFY(listed.value().objects.isEmpty());
        // Download URLs carry the token too (/file/bot<token>/...).
        QVERIFY2(!leaksToken(*result), qPrintable(result->errors.join(u'\n')));
    }

    void networkFailureGivesANote()
    {
        const QString fileId = m_fake->addFile(kToken, u"photos/p.jpg"_s, jpegBytes(100));
        m_fake->close(); // connection refused from now on
        const auto result = fetch(messageWith(
            {attachment(Attachment::Kind::Image, fileId, u"image/jpeg"_s, u"photo.jpg"_s, 100)}));
        QVERIFY(result);
        QCOMPARE(result->errors.size(), 1);
        QVERIFY2(result->errors.at(0).startsWith(u"[image \"photo.jpg\" could not be downloaded: network"_s),
                 qPrintable(result->errors.at(0)));
        QCOMPARE(result->blocks.size(), 1);
        QCOMPARE(result->attachments.at(0).objectKey, QString());
        // Qt's network error strings quote the URL, which holds the token: redacted.
        QVERIFY2(!leaksToken(*result), qPrintable(result->errors.join(u'\n')));
    }

    void withoutAnObjectStoreFilesAreOnlyNoted()
    {
        AttachmentFetcher fetcher(m_api.get(), nullptr);
        const QString fileId = m_fake->addFile(kToken, u"photos/p.jpg"_s, jpegBytes(100));
        std::optional<AttachmentFetcher::Result> result;
        fetcher.fetch(messageWith({attachment(Attachment::Kind::Image, fileId, u"image/jpeg"_s, u"photo.jpg"_s)}),
                      [&](const AttachmentFetcher::Result &r) { result = r; });
        QTRY_VERIFY(result);
        QCOMPARE(result->errors, QStringList{u"[image \"photo.jpg\" could not be downloaded: no object store]"_s});
        QCOMPARE(result->blocks.size(), 1); // no image block without a stored copy
        QCOMPARE(result->attachments.at(0).objectKey, QString());
    }

    void severalAttachmentsInOrder()
    {
        const QByteArray photo = jpegBytes(2000);
        const QByteArray voice(3000, 'v');
        const QString photoId = m_fake->addFile(kToken, u"photos/a.jpg"_s, photo);
        const QString voiceId = m_fake->addFile(kToken, u"voice/b.ogg"_s, voice);
        const auto result = fetch(messageWith({
            attachment(Attachment::Kind::Image, photoId, u"image/jpeg"_s, u"photo.jpg"_s, photo.size()),
            attachment(Attachment::Kind::Document, u"missing-file"_s, u"application/pdf"_s, u"gone.pdf"_s, 10),
            attachment(Attachment::Kind::Audio, voiceId, u"audio/ogg"_s, u"voice-4s.ogg"_s, voice.size()),
        }));
        QVERIFY(result);
        // One after the other, each in its own place; a failure in the middle stops nothing.
        QCOMPARE(result->attachments.size(), 3);
        QCOMPARE(result->attachments.at(0).objectKey, u"telegram/42/17/0-photo.jpg"_s);
        QCOMPARE(result->attachments.at(1).objectKey, QString());
        QCOMPARE(result->attachments.at(2).objectKey, u"telegram/42/17/2-voice-4s.ogg"_s);
        QCOMPARE(result->errors.size(), 1);
        QVERIFY(result->errors.at(0).startsWith(u"[document \"gone.pdf\" could not be downloaded: bad_request"_s));

        QCOMPARE(result->blocks.size(), 4);
        QCOMPARE(result->blocks.at(0).toObject().value(u"type"_s).toString(), u"image"_s);
        QCOMPARE(textOf(result->blocks.at(1)),
                 u"[image \"photo.jpg\" (image/jpeg, 2.0 kB), stored as telegram/42/17/0-photo.jpg]"_s);
        QCOMPARE(textOf(result->blocks.at(2)), result->errors.at(0));
        QCOMPARE(textOf(result->blocks.at(3)),
                 u"[voice note \"voice-4s.ogg\" (audio/ogg, 3.0 kB), stored as telegram/42/17/2-voice-4s.ogg]"_s);

        QCOMPARE(requests(u"getFile"_s), 3);
        QCOMPARE(requests(u"download"_s), 2);
        const auto listed = m_objects->list(u"telegram/42/17/"_s);
        QVERIFY(listed);
        QCOMPARE(listed.value().objects.size(), 2);
    }

    void messageWithoutAttachmentsIsDoneAtOnce()
    {
        const auto result = fetch(messageWith({}));
        QVERIFY(result);
        QVERIFY(result->blocks.isEmpty());
        QVERIFY(result->errors.isEmpty());
        QVERIFY(result->attachments.isEmpty());
        QCOMPARE(m_fake->requests().size(), 0);
    }

    void fileNamesCannotAddKeyLevels_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << u"a.pdf"_s << u"telegram/-100123/9/1-a.pdf"_s;
        QTest::newRow("slashes") << u"../../etc/passwd"_s << u"telegram/-100123/9/1-.._.._etc_passwd"_s;
        QTest::newRow("backslashes") << u"..\\x.txt"_s << u"telegram/-100123/9/1-.._x.txt"_s;
        QTest::newRow("dot dot") << u".."_s << u"telegram/-100123/9/1-file"_s;
        QTest::newRow("empty") << QString() << u"telegram/-100123/9/1-file"_s;
    }
    void fileNamesCannotAddKeyLevels()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(AttachmentFetcher::objectKey(u"-100123"_s, u"9"_s, 1, name), key);
    }

    void destroyedFetcherNeverCallsBack()
    {
        const QString fileId = m_fake->addFile(kToken, u"photos/p.jpg"_s, jpegBytes(100));
        bool called = false;
        m_fetcher->fetch(messageWith({attachment(Attachment::Kind::Image, fileId, u"image/jpeg"_s, u"photo.jpg"_s)}),
                         [&](const AttachmentFetcher::Result &) { called = true; });
        m_fetcher.reset(); // attachmentfetcher.h: "not at all if the fetcher is destroyed first"
        QTRY_COMPARE(requests(u"getFile"_s), 1);
        // Let the answer arrive and be dropped.
        QTest::qWait(100);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestAttachmentFetcher)
#include "tst_attachmentfetcher.moc"
