// Telegram::InboundConverter and media: captions, the largest photo size, voice notes,
// documents, stickers and several media in one message become Channels::Attachment values the
// attachment fetcher can resolve (docs/channels/telegram.md "Photos, voice notes, documents").
// The fixture is support/inboundconverterfixture.h, shared with tst_inboundconverter.cpp.
#include "agent/chatcommands.h"
#include "support/inboundconverterfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using Channels::Attachment;
using Channels::InboundMessage;
using Telegram::InboundConverter;
using Telegram::Update;
using Telegram::UpdateParser;
using namespace TestSupport::InboundConverterFixture;

Q_DECLARE_METATYPE(Moltdesk::Channels::Attachment::Kind)

class TestInboundConverterMedia : public QObject
{
    Q_OBJECT

private slots:
    void captionIsTheText()
    {
        QJsonObject msg = message(40, privateChat(), user(kUserId, u"Ann"_s));
        msg.insert(u"document"_s, QJsonObject{{u"file_id"_s, u"doc1"_s}, {u"file_unique_id"_s, u"ud1"_s},
                                              {u"file_name"_s, u"notes.txt"_s}, {u"mime_type"_s, u"text/plain"_s}});
        msg.insert(u"caption"_s, u"summarise this"_s);
        const auto in = convertJson(update(msg));
        QVERIFY(in);
        QCOMPARE(in->text, u"summarise this"_s);
        QCOMPARE(in->attachments.size(), 1);
    }

    void photoTakesTheLargestSize()
    {
        QJsonObject msg = message(41, privateChat(), user(kUserId, u"Ann"_s));
        // Telegram lists sizes smallest first; the order is not relied on: by area.
        msg.insert(u"photo"_s, QJsonArray{photoSize(u"p-small"_s, 90, 67, 1200), photoSize(u"p-large"_s, 1280, 960, 98000),
                                          photoSize(u"p-medium"_s, 320, 240, 14000)});
        const auto in = convertJson(update(msg));
        QVERIFY(in);
        QCOMPARE(in->text, QString());
        QCOMPARE(in->attachments.size(), 1);
        const Attachment &a = in->attachments.at(0);
        QCOMPARE(a.kind, Attachment::Kind::Image);
        QCOMPARE(a.fileRef, u"p-large"_s);
        QCOMPARE(a.mimeType, u"image/jpeg"_s);
        QCOMPARE(a.fileName, u"photo.jpg"_s);
        QCOMPARE(a.sizeBytes, 98000);
        QCOMPARE(a.objectKey, QString()); // filled only once AttachmentFetcher stored it
    }

    void photoWithoutASizeSaysUnknown()
    {
        QJsonObject msg = message(42, privateChat(), user(kUserId, u"Ann"_s));
        msg.insert(u"photo"_s, QJsonArray{photoSize(u"p1"_s, 800, 600)});
        const auto in = convertJson(update(msg));
        QVERIFY(in);
        QCOMPARE(in->attachments.size(), 1);
        QCOMPARE(in->attachments.at(0).sizeBytes, -1);
    }

    void voiceNote_data()
    {
        QTest::addColumn<QJsonObject>("voice");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<qint64>("size");
        QTest::newRow("full") << QJsonObject{{u"file_id"_s, u"v1"_s}, {u"file_unique_id"_s, u"uv1"_s},
                                             {u"duration"_s, 12}, {u"mime_type"_s, u"audio/ogg"_s},
                                             {u"file_size"_s, 23400}}
                              << u"audio/ogg"_s << qint64(23400);
        QTest::newRow("mpeg, no size") << QJsonObject{{u"file_id"_s, u"v1"_s}, {u"file_unique_id"_s, u"uv1"_s},
                                                      {u"duration"_s, 12}, {u"mime_type"_s, u"audio/mpeg"_s}}
                                       << u"audio/mpeg"_s << qint64(-1);
        QTest::newRow("no mime type") << QJsonObject{{u"file_id"_s, u"v1"_s}, {u"file_unique_id"_s, u"uv1"_s},
                                                     {u"duration"_s, 12}}
                                      << u"audio/ogg"_s << qint64(-1);
    }

    void voiceNote()
    {
        QFETCH(QJsonObject, voice);
        QFETCH(QString, mime);
        QFETCH(qint64, size);
        QJsonObject msg = message(43, privateChat(), user(kUserId, u"Ann"_s));
        msg.insert(u"voice"_s, voice);
        const auto in = convertJson(update(msg));
        QVERIFY(in);
        QCOMPARE(in->attachments.size(), 1);
        const Attachment &a = in->attachments.at(0);
        QCOMPARE(a.kind, Attachment::Kind::Audio);
        QCOMPARE(a.fileRef, u"v1"_s);
        QCOMPARE(a.mimeType, mime);
        QCOMPARE(a.fileName, u"voice-12s.ogg"_s); // the duration travels in the name
        QCOMPARE(a.sizeBytes, size);
    }

    void document_data()
    {
        QTest::addColumn<QJsonObject>("document");
        QTest::addColumn<Attachment::Kind>("kind");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("size");
        QTest::newRow("pdf") << QJsonObject{{u"file_id"_s, u"d1"_s}, {u"file_unique_id"_s, u"ud1"_s},
                                            {u"file_name"_s, u"report.pdf"_s}, {u"mime_type"_s, u"application/pdf"_s},
                                            {u"file_size"_s, 123456}}
                             << Attachment::Kind::Document << u"application/pdf"_s << u"report.pdf"_s << qint64(123456);
        QTest::newRow("image sent as a file") << QJsonObject{{u"file_id"_s, u"d1"_s}, {u"file_unique_id"_s, u"ud1"_s},
                                                             {u"file_name"_s, u"shot.png"_s},
                                                             {u"mime_type"_s, u"image/png"_s}, {u"file_size"_s, 5000}}
                                              << Attachment::Kind::Image << u"image/png"_s << u"shot.png"_s << qint64(5000);
        QTest::newRow("no name, no type") << QJsonObject{{u"file_id"_s, u"d1"_s}, {u"file_unique_id"_s, u"ud1"_s}}
                                          << Attachment::Kind::Document << u"application/octet-stream"_s
                                          << u"document"_s << qint64(-1);
    }

    void document()
    {
        QFETCH(QJsonObject, document);
        QFETCH(Attachment::Kind, kind);
        QFETCH(QString, mime);
        QFETCH(QString, name);
        QFETCH(qint64, size);
        QJsonObject msg = message(44, privateChat(), user(kUserId, u"Ann"_s));
        msg.insert(u"document"_s, document);
        const auto in = convertJson(update(msg));
        QVERIFY(in);
        QCOMPARE(in->attachments.size(), 1);
        const Attachment &a = in->attachments.at(0);
        QCOMPARE(a.kind, kind);
        QCOMPARE(a.fileRef, u"d1"_s);
        QCOMPARE(a.mimeType, mime);
        QCOMPARE(a.fileName, name);
        QCOMPARE(a.sizeBytes, size);
    }

    void stickerIsNotAnAttachment()
    {
        // Only photo, voice and document become attachments (inboundconverter.h). A sticker-only
        // message arrives as a message with neither text nor attachment.
        QJsonObject msg = message(45, privateChat(), user(kUserId, u"Ann"_s));
        msg.insert(u"sticker"_s, QJsonObject{{u"file_id"_s, u"s1"_s}, {u"file_unique_id"_s, u"us1"_s},
                                             {u"type"_s, u"regular"_s}, {u"width"_s, 512}, {u"height"_s, 512},
                                             {u"is_animated"_s, false}, {u"is_video"_s, false},
                                             {u"emoji"_s, u"\U0001F44D"_s}, {u"file_size"_s, 20000}});
        const auto in = convertJson(update(msg));
        QVERIFY(in);
        QCOMPARE(in->text, QString());
        QVERIFY(in->attachments.isEmpty());
        QCOMPARE(sessionKeyOf(*in), u"telegram:dm:42"_s);
    }

    void severalMediaInOneMessage()
    {
        // The Bot API sends one medium per message, but the converter does not depend on it:
        // every part it knows becomes an attachment, in a fixed order.
        QJsonObject msg = message(46, privateChat(), user(kUserId, u"Ann"_s));
        msg.insert(u"photo"_s, QJsonArray{photoSize(u"p1"_s, 10, 10)});
        msg.insert(u"voice"_s, QJsonObject{{u"file_id"_s, u"v1"_s}, {u"duration"_s, 3}});
        msg.insert(u"document"_s, QJsonObject{{u"file_id"_s, u"d1"_s}, {u"file_name"_s, u"a.txt"_s}});
        const auto in = convertJson(update(msg));
        QVERIFY(in);
        QCOMPARE(in->attachments.size(), 3);
        QCOMPARE(in->attachments.at(0).fileRef, u"p1"_s);
        QCOMPARE(in->attachments.at(1).fileRef, u"v1"_s);
        QCOMPARE(in->attachments.at(2).fileRef, u"d1"_s);
    }
};

QTEST_GUILESS_MAIN(TestInboundConverterMedia)
#include "tst_inboundconvertermedia.moc"
