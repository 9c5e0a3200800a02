#include "sessions/sessionkey.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Moltdesk::Sessions::SessionKey;

class TestSessionKey : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("id");
        QTest::newRow("telegram dm") << u"telegram:dm:12345"_s << int(SessionKey::Kind::Dm) << u"telegram"_s << u"12345"_s;
        QTest::newRow("telegram group (negative id)") << u"telegram:group:-100123"_s << int(SessionKey::Kind::Group)
                                                      << u"telegram"_s << u"-100123"_s;
        QTest::newRow("whatsapp dm") << u"whatsapp:dm:+4915112345"_s << int(SessionKey::Kind::Dm) << u"whatsapp"_s
                                     << u"+4915112345"_s;
        QTest::newRow("discord group") << u"discord:group:112233445566778899"_s << int(SessionKey::Kind::Group)
                                       << u"discord"_s << u"112233445566778899"_s;
        QTest::newRow("webchat") << u"webchat:c-3f2a"_s << int(SessionKey::Kind::Webchat) << u"webchat"_s << u"c-3f2a"_s;
        QTest::newRow("cron") << u"cron:daily.digest"_s << int(SessionKey::Kind::Cron) << u"cron"_s << u"daily.digest"_s;
        QTest::newRow("api with email") << u"api:ann@example.com"_s << int(SessionKey::Kind::Api) << u"api"_s
                                        << u"ann@example.com"_s;
        QTest::newRow("id with colon") << u"api:org:42"_s << int(SessionKey::Kind::Api) << u"api"_s << u"org:42"_s;
        QTest::newRow("percent-encoded") << u"api:J%C3%BCrgen"_s << int(SessionKey::Kind::Api) << u"api"_s
                                         << u"J%C3%BCrgen"_s;
        QTest::newRow("exactly 256") << (u"api:"_s + QString(252, u'x')) << int(SessionKey::Kind::Api) << u"api"_s
                                     << QString(252, u'x');
    }

    void parseValid()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, channel);
        QFETCH(QString, id);
        const auto key = SessionKey::parse(text);
        QVERIFY2(key.ok(), qPrintable(key ? QString() : key.error().message));
        QCOMPARE(int(key->kind()), kind);
        QCOMPARE(key->channel(), channel);
        QCOMPARE(key->id(), id);
        QCOMPARE(key->toString(), text);
        QVERIFY(key->isValid());
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("no colon") << u"telegram"_s << u"must look like"_s;
        QTest::newRow("leading colon") << u":dm:1"_s << u"must look like"_s;
        QTest::newRow("unknown kind") << u"telegram:channel:1"_s << u"expected"_s;
        QTest::newRow("missing id") << u"telegram:dm:"_s << u"id"_s;
        QTest::newRow("missing kind") << u"telegram:42"_s << u"expected"_s;
        QTest::newRow("webchat empty id") << u"webchat:"_s << u"id"_s;
        QTest::newRow("space in id") << u"api:ann smith"_s << u"percent-encode"_s;
        QTest::newRow("slash in id") << u"cron:../x"_s << u"percent-encode"_s;
        QTest::newRow("non-ascii id") << u"api:J\u00fcrgen"_s << u"percent-encode"_s;
        QTest::newRow("newline") << u"api:a\nb"_s << u"percent-encode"_s;
        QTest::newRow("upper-case channel") << u"Telegram:dm:1"_s << u"channel"_s;
        QTest::newRow("channel starts with digit") << u"1tg:dm:1"_s << u"channel"_s;
        QTest::newRow("too long") << (u"api:"_s + QString(253, u'x')) << u"256"_s;
    }

    void parseInvalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        const auto key = SessionKey::parse(text);
        QVERIFY(!key.ok());
        QVERIFY2(key.error().message.contains(messagePart), qPrintable(key.error().message));
    }

    void factories()
    {
        QCOMPARE(SessionKey::dm(u"telegram"_s, u"7"_s)->toString(), u"telegram:dm:7"_s);
        QCOMPARE(SessionKey::group(u"discord"_s, u"9"_s)->toString(), u"discord:group:9"_s);
        QCOMPARE(SessionKey::webchat(u"abc"_s)->toString(), u"webchat:abc"_s);
        QCOMPARE(SessionKey::cron(u"job1"_s)->toString(), u"cron:job1"_s);
        QCOMPARE(SessionKey::api(u"bob"_s)->toString(), u"api:bob"_s);
        QVERIFY(!SessionKey::dm(u"cron"_s, u"7"_s).ok()); // reserved prefix cannot have DMs
        QVERIFY(!SessionKey::dm(u"api"_s, u"7"_s).ok());
        QVERIFY(!SessionKey::group(u"tele gram"_s, u"7"_s).ok());
        // Ids may contain ':', so "webchat:dm:1" is the webchat client "dm:1", never a DM.
        QCOMPARE(SessionKey::parse(u"webchat:dm:1"_s)->kind(), SessionKey::Kind::Webchat);
    }

    void distinctSendersHaveDistinctKeys()
    {
        // One sender's DMs never share history with another sender's: the peer is in the key.
        const auto a = SessionKey::dm(u"telegram"_s, u"100"_s);
        const auto b = SessionKey::dm(u"telegram"_s, u"101"_s);
        const auto c = SessionKey::dm(u"discord"_s, u"100"_s);
        QVERIFY(!(a.value() == b.value()));
        QVERIFY(!(a.value() == c.value()));
        QVERIFY(qHash(a.value()) != qHash(b.value()) || a->toString() != b->toString());
        QCOMPARE(SessionKey::parse(a->toString()).value(), a.value());
    }
};

QTEST_GUILESS_MAIN(TestSessionKey)
#include "tst_sessionkey.moc"
