// Issue 13 item 12 as the attack: someone holds a WebSocket session opened with the operator
// token; the operator rotates the token (the panel's Security::OperatorToken::rotate) - that
// session must end at once, and the old token must not open a new one. Runs the real
// Core::Gateway with the real OperatorToken over an in-memory keychain.
#include "core/gateway.h"
#include "security/memorysecretstore.h"
#include "security/operatortoken.h"
#include "support/wstestclient.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using TestSupport::WsTestClient;

class TestTokenRotation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void attackSessionsOfARotatedTokenAreClosed();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Security::MemorySecretStore> m_keychain;
    std::unique_ptr<Security::OperatorToken> m_token;
    std::unique_ptr<Core::Gateway> m_gateway;
};

void TestTokenRotation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_keychain = std::make_unique<Security::MemorySecretStore>();
    m_token = std::make_unique<Security::OperatorToken>(Security::OperatorToken::Mode::Gui, m_keychain.get(), nullptr,
                                                        m_dir->path());
    QSignalSpy ready(m_token.get(), &Security::OperatorToken::ready);
    m_token->ensure();
    QVERIFY(!ready.isEmpty() || ready.wait(5000));
    QVERIFY(!m_token->token().isEmpty());

    Core::GatewayOptions options;
    options.dataDir = m_dir->path();
    options.listen = Config::ListenAddress(QHostAddress::LocalHost, 0);
    Security::OperatorToken *token = m_token.get();
    options.operatorToken = [token] { return token->token(); };
    options.secret = [](const QString &) { return QString(); };
    m_gateway = std::make_unique<Core::Gateway>(options);
    QSignalSpy listening(m_gateway.get(), &Core::Gateway::listening);
    QSignalSpy failed(m_gateway.get(), &Core::Gateway::startFailed);
    m_gateway->start();
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(!listening.isEmpty() || listening.wait(5000));
}

void TestTokenRotation::cleanup()
{
    m_gateway.reset();
    m_token.reset();
    m_keychain.reset();
    m_dir.reset();
}

void TestTokenRotation::attackSessionsOfARotatedTokenAreClosed()
{
    QString base = m_gateway->status().value(u"url"_s).toString();
    QVERIFY2(base.startsWith(u"http://"_s), qPrintable(base));
    const QUrl url(u"ws://"_s + base.mid(7) + u"/ws"_s);
    const QString oldToken = m_token->token();

    WsTestClient first;
    WsTestClient second;
    const auto firstHello = first.connectWithToken(url, oldToken);
    const auto secondHello = second.connectWithToken(url, oldToken);
    QVERIFY(firstHello && firstHello->value(u"ok"_s).toBool());
    QVERIFY(secondHello && secondHello->value(u"ok"_s).toBool());

    QSignalSpy rotated(m_token.get(), &Security::OperatorToken::rotated);
    m_token->rotate();
    QVERIFY(!rotated.isEmpty() || rotated.wait(5000));
    const QString newToken = m_token->token();
    QVERIFY(newToken != oldToken);

    // A request sent right after the rotation is not served under the old token.
    const QString id = first.sendRequest(u"health"_s);
    QVERIFY(first.waitForClosed(5000));
    QVERIFY(second.waitForClosed(5000));
    for (WsTestClient *client : {&first, &second}) {
        QCOMPARE(client->closeCode(), 1008);
        QVERIFY2(client->closeReason().contains(u"operator token rotated"_s), qPrintable(client->closeReason()));
    }
    for (const QJsonObject &frame : first.frames())
        QVERIFY2(frame.value(u"id"_s).toString() != id, "a request was answered after the token was rotated");

    WsTestClient fresh;
    const auto freshHello = fresh.connectWithToken(url, newToken);
    QVERIFY(freshHello && freshHello->value(u"ok"_s).toBool());

    WsTestClient stale;
    const auto staleHello = stale.connectWithToken(url, oldToken);
    QVERIFY(staleHello);
    QVERIFY(!staleHello->value(u"ok"_s).toBool());
    QCOMPARE(staleHello->value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"code"_s).toString(),
             u"AUTH_TOKEN_MISMATCH"_s);
    QVERIFY(stale.waitForClosed(5000));

    // The session of the new token is untouched by the check.
    const QString healthId = fresh.sendRequest(u"health"_s);
    const auto health = fresh.waitForResponse(healthId);
    QVERIFY(health && health->value(u"ok"_s).toBool());
}

QTEST_GUILESS_MAIN(TestTokenRotation)
#include "tst_tokenrotation.moc"
