// The WebSocket methods sessions.list, sessions.delete and chat.history over a real connection.
#include "control/chat.h"
#include "control/sessions.h"
#include "core/schemamigrations.h"
#include "sessions/sessionstore.h"
#include "storage/database.h"
#include "support/wstestclient.h"
#include "support/wstestharness.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using namespace Moltdesk::Sessions;
using TestSupport::WsTestClient;
using TestSupport::WsTestHarness;

class TestSessionMethods : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<Storage::Database>(m_dir.path(), Moltdesk::Core::SchemaMigrations::all());
        QVERIFY(m_db->open().ok());
        m_store = std::make_unique<SessionStore>(*m_db, Config::StorageSettings(), [this]() { return m_now; });
        m_now = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, QTimeZone::utc());
        for (int i = 0; i < 5; ++i) {
            m_now = m_now.addSecs(1);
            append(u"telegram:dm:%1"_s.arg(i), u"user"_s, u"hi %1"_s.arg(i));
        }
        m_now = m_now.addSecs(1);
        append(u"discord:group:9"_s, u"user"_s, u"group hello"_s);
        for (int i = 0; i < 7; ++i)
            append(u"webchat:w"_s, i % 2 ? u"assistant"_s : u"user"_s, u"m%1"_s.arg(i));

        m_harness = std::make_unique<WsTestHarness>();
        Control::registerSessionMethods(m_harness->registry, *m_store);
        Control::registerChatHistory(m_harness->registry, *m_store);
        QVERIFY(m_harness->listen());
        m_client = std::make_unique<WsTestClient>();
        const auto hello = m_client->connectWithToken(m_harness->url(), QString::fromUtf8(m_harness->operatorToken));
        QVERIFY(hello && hello->value(u"ok"_s).toBool());
        const QJsonArray methods = hello->value(u"payload"_s).toObject().value(u"features"_s).toObject()
                                       .value(u"methods"_s).toArray();
        for (const QString &name : {u"sessions.list"_s, u"sessions.delete"_s, u"chat.history"_s})
            QVERIFY2(methods.contains(name), qPrintable(name));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_harness.reset();
        m_store.reset();
        m_db.reset();
    }

    void listPagesWithCursor()
    {
        QJsonObject payload = call(u"sessions.list"_s, {{u"limit"_s, 4}});
        QJsonArray sessions = payload.value(u"sessions"_s).toArray();
        QCOMPARE(sessions.size(), 4);
        QCOMPARE(payload.value(u"count"_s).toInt(), 4);
        const QJsonObject first = sessions.at(0).toObject();
        QCOMPARE(first.value(u"key"_s).toString(), u"webchat:w"_s);
        QCOMPARE(first.value(u"channel"_s).toString(), u"webchat"_s);
        QCOMPARE(first.value(u"messageCount"_s).toInt(), 7);
        QCOMPARE(first.value(u"lastActivity"_s).toInteger(), m_now.toMSecsSinceEpoch());
        QCOMPARE(first.value(u"updatedAt"_s).toInteger(), m_now.toMSecsSinceEpoch());
        const QString cursor = payload.value(u"nextCursor"_s).toString();
        QVERIFY(!cursor.isEmpty());

        payload = call(u"sessions.list"_s, {{u"limit"_s, 4}, {u"cursor"_s, cursor}});
        sessions = payload.value(u"sessions"_s).toArray();
        QCOMPARE(sessions.size(), 3);
        QVERIFY(payload.value(u"nextCursor"_s).isNull());
        QCOMPARE(sessions.at(2).toObject().value(u"key"_s).toString(), u"telegram:dm:0"_s);

        payload = call(u"sessions.list"_s, {{u"channel"_s, u"discord"_s}});
        QCOMPARE(payload.value(u"sessions"_s).toArray().size(), 1);
        payload = call(u"sessions.list"_s, {{u"search"_s, u"dm:3"_s}});
        QCOMPARE(payload.value(u"sessions"_s).toArray().at(0).toObject().value(u"key"_s).toString(), u"telegram:dm:3"_s);
    }

    void historyPagesBackwards()
    {
        QJsonObject payload = call(u"chat.history"_s, {{u"sessionKey"_s, u"webchat:w"_s}, {u"limit"_s, 3}});
        QJsonArray messages = payload.value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(0).toObject().value(u"seq"_s).toInt(), 5);
        QCOMPARE(messages.at(2).toObject().value(u"content"_s).toArray().at(0).toObject().value(u"text"_s).toString(),
                 u"m6"_s);
        QVERIFY(payload.value(u"hasMore"_s).toBool());
        const qint64 before = payload.value(u"nextBeforeSeq"_s).toInteger();
        QCOMPARE(before, 5);
        payload = call(u"chat.history"_s, {{u"sessionKey"_s, u"webchat:w"_s}, {u"limit"_s, 10}, {u"beforeSeq"_s, before}});
        messages = payload.value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 4);
        QVERIFY(!payload.value(u"hasMore"_s).toBool());
        QCOMPARE(messages.at(0).toObject().value(u"role"_s).toString(), u"user"_s);
        QVERIFY(messages.at(0).toObject().contains(u"timestamp"_s));

        payload = call(u"chat.history"_s, {{u"sessionKey"_s, u"api:unknown"_s}});
        QCOMPARE(payload.value(u"messages"_s).toArray().size(), 0);
    }

    void deleteSession()
    {
        QJsonObject payload = call(u"sessions.delete"_s, {{u"key"_s, u"telegram:dm:4"_s}});
        QCOMPARE(payload.value(u"deleted"_s).toBool(), true);
        QCOMPARE(payload.value(u"key"_s).toString(), u"telegram:dm:4"_s);
        payload = call(u"sessions.delete"_s, {{u"key"_s, u"telegram:dm:4"_s}});
        QCOMPARE(payload.value(u"deleted"_s).toBool(), false);
        QVERIFY(!m_store->session(SessionKey::parse(u"telegram:dm:4"_s).value())->has_value());
    }

    void badParams_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("params");
        QTest::newRow("list limit 0") << u"sessions.list"_s << QJsonObject{{u"limit"_s, 0}};
        QTest::newRow("list limit string") << u"sessions.list"_s << QJsonObject{{u"limit"_s, u"5"_s}};
        QTest::newRow("list limit fraction") << u"sessions.list"_s << QJsonObject{{u"limit"_s, 2.5}};
        QTest::newRow("list bad cursor") << u"sessions.list"_s << QJsonObject{{u"cursor"_s, u"nope"_s}};
        QTest::newRow("list search number") << u"sessions.list"_s << QJsonObject{{u"search"_s, 5}};
        QTest::newRow("delete no key") << u"sessions.delete"_s << QJsonObject();
        QTest::newRow("delete bad key") << u"sessions.delete"_s << QJsonObject{{u"key"_s, u"nonsense"_s}};
        QTest::newRow("history no key") << u"chat.history"_s << QJsonObject{{u"limit"_s, 5}};
        QTest::newRow("history bad key") << u"chat.history"_s << QJsonObject{{u"sessionKey"_s, u"x y"_s}};
        QTest::newRow("history limit too big") << u"chat.history"_s
                                               << QJsonObject{{u"sessionKey"_s, u"api:a"_s}, {u"limit"_s, 100000}};
        QTest::newRow("history beforeSeq negative") << u"chat.history"_s
                                                    << QJsonObject{{u"sessionKey"_s, u"api:a"_s}, {u"beforeSeq"_s, -1}};
        QTest::newRow("history includeArchived string") << u"chat.history"_s
            << QJsonObject{{u"sessionKey"_s, u"api:a"_s}, {u"includeArchived"_s, u"yes"_s}};
    }

    void badParams()
    {
        QFETCH(QString, method);
        QFETCH(QJsonObject, params);
        const auto response = m_client->waitForResponse(m_client->sendRequest(method, params));
        QVERIFY(response);
        QCOMPARE(response->value(u"ok"_s).toBool(), false);
        const QJsonObject error = response->value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"INVALID_REQUEST"_s);
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    }

private:
    void append(const QString &key, const QString &role, const QString &text)
    {
        NewMessage m;
        m.role = role;
        m.content = QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, text}}};
        QVERIFY(m_store->append(SessionKey::parse(key).value(), m).ok());
    }

    QJsonObject call(const QString &method, const QJsonObject &params)
    {
        const auto response = m_client->waitForResponse(m_client->sendRequest(method, params));
        if (!response || !response->value(u"ok"_s).toBool()) {
            qWarning() << "call failed:" << (response ? *response : QJsonObject());
            return {};
        }
        return response->value(u"payload"_s).toObject();
    }

    QTemporaryDir m_dir;
    QDateTime m_now;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<WsTestHarness> m_harness;
    std::unique_ptr<WsTestClient> m_client;
};

QTEST_GUILESS_MAIN(TestSessionMethods)
#include "tst_sessionmethods.moc"
