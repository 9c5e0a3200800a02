// Secret hygiene of the real executable (docs/secrets.md): secrets given
// through the environment and an --env-file must never come back out — not on stdout/stderr, not in
// the log file, not in any file of the data directory, not in an HTTP or WebSocket response —
// however the gateway is poked, with debug logging on or off.
#include "support/apphttp.h"
#include "support/appprocess.h"
#include "support/configtestfiles.h"
#include "support/wstestclient.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>

using namespace Qt::StringLiterals;
using Moltdesk::TestSupport::AppHttp;
using Moltdesk::TestSupport::AppProcess;
using Moltdesk::TestSupport::ConfigTestFiles;
using Moltdesk::TestSupport::WsTestClient;

namespace {

const QString kBinary = QStringLiteral(MOLTDESK_BINARY);

enum class TokenSource { Environment, EnvFile, Generated };

// Distinctive values, so that any hit is a leak and not a coincidence.
QList<std::pair<QString, QByteArray>> environmentSecrets()
{
    return {
        {u"ANTHROPIC_API_KEY"_s, "sk-ant-api03-HYGIENEanthropicQ7vX9kL2mN4pR6tW8yZ0"_ba},
        {u"TELEGRAM_BOT_TOKEN"_s, "7493021856:HYGIENEtelegramAAF3kP9xQ2mV7bN1cL5"_ba},
        {u"WHATSAPP_WEBHOOK_SECRET"_s, "HYGIENEwhatsappAppSecret5e8c1f4a9d2b7e6c"_ba},
        {u"DISCORD_PUBLIC_KEY"_s, "HYGIENEdiscordPublicKey0a1b2c3d4e5f60718293"_ba},
    };
}

QList<std::pair<QString, QByteArray>> envFileSecrets()
{
    return {
        {u"OPENAI_API_KEY"_s, "sk-proj-HYGIENEopenaiZ3xC5vB7nM9qW1eR3tY5uI7"_ba},
        {u"DISCORD_BOT_TOKEN"_s, "HYGIENEdiscordBotMTA5ODc2NTQzMjEw.GhIjKl.MnOpQr"_ba},
        {u"WHATSAPP_ACCESS_TOKEN"_s, "EAAGHYGIENEwhatsappAccessTokenZXCVBNM123456"_ba},
        {u"TELEGRAM_WEBHOOK_SECRET"_s, "HYGIENEtelegramWebhookSecret_9f8e7d6c5b4a"_ba},
        {u"WHATSAPP_VERIFY_TOKEN"_s, "HYGIENEwhatsappVerifyToken-1q2w3e4r5t6y"_ba},
        {u"MOLTDESK_ENCRYPTION_KEY"_s, "HYGIENEencryptionKey0123456789abcdefABCDEF"_ba},
    };
}

const QByteArray kOperatorToken = "HYGIENEoperatorToken-4c1d8e2f9a3b7c6d5e0f1a2b"_ba;

// A secret also counts as leaked in the percent-encoded form a URL or log of one would carry.
QList<QByteArray> formsOf(const QByteArray &secret)
{
    QList<QByteArray> forms{secret};
    const QByteArray encoded = QUrl::toPercentEncoding(QString::fromUtf8(secret));
    if (encoded != secret)
        forms << encoded;
    return forms;
}

} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT

private:
    // Collects every place a secret must not reach, with a name for the failure message.
    QList<std::pair<QString, QByteArray>> m_surfaces;

    void record(const QString &where, const QByteArray &text) { m_surfaces.append({where, text}); }

    void exerciseHttp(quint16 port, const QByteArray &someSecret)
    {
        const auto health = AppHttp::get(port, "/healthz");
        QCOMPARE(health.status, 200);
        const auto metrics = AppHttp::get(port, "/metrics", {{"Authorization", "Bearer " + someSecret}});
        QCOMPARE(metrics.status, 200);
        // Secrets in the request target and headers must not be echoed or logged.
        const auto missing = AppHttp::get(port, "/webhook/nowhere?token=" + someSecret,
                                          {{"X-Telegram-Bot-Api-Secret-Token", someSecret}});
        QCOMPARE(missing.status, 404);
        const auto wrongMethod = AppHttp::request(port, "PUT", "/metrics?key=" + someSecret, {},
                                                  "{\"apiKey\":\"" + someSecret + "\"}");
        QCOMPARE(wrongMethod.status, 405);
        // Announced far over gateway.maxBodyBytes (1 MiB): refused from the headers alone.
        const auto tooLarge = AppHttp::request(port, "POST", "/healthz", {{"Content-Length", "5242880"}},
                                               "secret=" + someSecret);
        QCOMPARE(tooLarge.status, 413);
        int n = 0;
        for (const auto *response : {&health, &metrics, &missing, &wrongMethod, &tooLarge}) {
            QByteArray all = QByteArray::number(response->status) + '\n';
            for (auto it = response->headers.cbegin(); it != response->headers.cend(); ++it)
                all += it.key() + ": " + it.value() + '\n';
            record(u"HTTP response %1"_s.arg(++n), all + response->body);
        }
    }

    void exerciseWebSocket(quint16 port, const QByteArray &rightToken, const QByteArray &someSecret)
    {
        const QUrl url = AppHttp::wsUrl(port);

        // Wrong tokens: another secret, and the right token with one character more.
        for (const QByteArray &wrong : QList<QByteArray>{someSecret, QByteArray(rightToken + 'x')}) {
            WsTestClient intruder;
            const auto refused = intruder.connectWithToken(url, QString::fromUtf8(wrong));
            QVERIFY(refused);
            QVERIFY(!refused->value(u"ok"_s).toBool());
            QVERIFY(intruder.waitForClosed());
            record(u"WS error response"_s, QJsonDocument(*refused).toJson(QJsonDocument::Compact)
                                               + intruder.closeReason().toUtf8());
        }

        WsTestClient client;
        const auto hello = client.connectWithToken(url, QString::fromUtf8(rightToken));
        QVERIFY(hello);
        QVERIFY2(hello->value(u"ok"_s).toBool(), QJsonDocument(*hello).toJson().constData());
        record(u"WS hello-ok"_s, QJsonDocument(*hello).toJson(QJsonDocument::Compact));
        for (const QString &method : {u"health"_s, u"status"_s, u"no.such.method"_s}) {
            const auto response = client.waitForResponse(client.sendRequest(method, {{u"token"_s, QString::fromUtf8(someSecret)}}));
            QVERIFY(response);
            record(u"WS response to "_s + method, QJsonDocument(*response).toJson(QJsonDocument::Compact));
        }
    }

    void assertNoLeaks(const QList<QByteArray> &secrets)
    {
        for (const auto &[where, text] : std::as_const(m_surfaces)) {
            for (const QByteArray &secret : secrets) {
                for (const QByteArray &form : formsOf(secret)) {
                    if (text.contains(form))
                        QFAIL(qPrintable(u"secret %1... leaked into %2"_s.arg(QString::fromUtf8(secret.left(12)), where)));
                }
            }
        }
    }

private slots:
    void init() { m_surfaces.clear(); }

    void noSecretLeaves_data()
    {
        QTest::addColumn<int>("tokenSourceValue");
        QTest::addColumn<bool>("debugLogging");
        QTest::newRow("token in environment") << int(TokenSource::Environment) << false;
        QTest::newRow("token in environment, debug logging") << int(TokenSource::Environment) << true;
        QTest::newRow("token in env file, debug logging") << int(TokenSource::EnvFile) << true;
        QTest::newRow("token generated into the data dir, debug logging") << int(TokenSource::Generated) << true;
    }

    void noSecretLeaves()
    {
        QFETCH(int, tokenSourceValue);
        const auto tokenSource = TokenSource(tokenSourceValue);
        QFETCH(bool, debugLogging);
        QTemporaryDir data;
        QTemporaryDir outside; // the env file lives outside the data dir, as a real one would
        QVERIFY(data.isValid() && outside.isValid());

        QProcessEnvironment env = AppProcess::cleanEnvironment();
        QList<QByteArray> secrets;
        for (const auto &[name, value] : environmentSecrets()) {
            env.insert(name, QString::fromUtf8(value));
            secrets << value;
        }
        QByteArray envFile = "# secrets for the hygiene test\n"_ba;
        for (const auto &[name, value] : envFileSecrets()) {
            envFile += name.toUtf8() + "=\"" + value + "\"\n";
            secrets << value;
        }
        if (tokenSource == TokenSource::Environment)
            env.insert(u"MOLTDESK_TOKEN"_s, QString::fromLatin1(kOperatorToken));
        else if (tokenSource == TokenSource::EnvFile)
            envFile += "export MOLTDESK_TOKEN=" + kOperatorToken + '\n';
        if (debugLogging)
            env.insert(u"QT_LOGGING_RULES"_s, u"moltdesk.*=true"_s);
        const QString envPath = outside.filePath(u"moltdesk.env"_s);
        QVERIFY(ConfigTestFiles::write(envPath, envFile));

        AppProcess app(kBinary);
        app.setEnvironment(env);
        QVERIFY(app.start({u"--headless"_s, u"--data-dir"_s, data.path(), u"--listen"_s, u"127.0.0.1:0"_s,
                           u"--env-file"_s, envPath}));
        QVERIFY2(app.waitForListening().isValid(), app.transcript().constData());

        QByteArray token = kOperatorToken;
        if (tokenSource == TokenSource::Generated) {
            token = AppProcess::readFile(data.filePath(u"operator-token"_s)).trimmed();
            QCOMPARE(token.size(), 64);
        }

        exerciseHttp(app.port(), secrets.first());
        exerciseWebSocket(app.port(), token, secrets.at(1));
        QVERIFY(app.sendSignal(SIGTERM));
        QCOMPARE(app.waitForExit(), 0);

        QByteArray stdErr = app.stdErr();
        if (tokenSource == TokenSource::Generated) {
            // The one documented exception: a newly generated token is shown once on stderr.
            QCOMPARE(stdErr.count(token), 1);
            stdErr.replace(token, "<the one-time token notice>");
        }
        record(u"stdout"_s, app.stdOut());
        record(u"stderr"_s, stdErr);

        const QByteArray log = AppProcess::readFile(data.filePath(u"logs/moltdesk.log"_s));
        QVERIFY2(log.contains("listening on"), log.constData());
        if (debugLogging)
            QVERIFY2(log.contains(" debug moltdesk."), "QT_LOGGING_RULES did not turn debug lines on");
        else
            QVERIFY(!log.contains(" debug moltdesk."));

        QStringList scanned;
        QDirIterator files(data.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            if (tokenSource == TokenSource::Generated && path == data.filePath(u"operator-token"_s))
                continue;
            scanned << QDir(data.path()).relativeFilePath(path);
            record(QDir(data.path()).relativeFilePath(path), AppProcess::readFile(path));
        }
        QVERIFY2(scanned.contains(u"logs/moltdesk.log"_s), qPrintable(scanned.join(u", "_s)));
        QVERIFY2(scanned.contains(u"moltdesk.db"_s), qPrintable(scanned.join(u", "_s)));

        secrets << token;
        assertNoLeaks(secrets);
    }

    void secretInConfigFile()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QByteArray secrets[] = {"sk-ant-SECRETVALUE-config-1a2b3c4d5e6f7a8b9c0d"_ba,
                                      "HYGIENEconfigBotToken-9z8y7x6w5v4u3t2s1r"_ba};
        const QByteArray config = "{\"ai\":{\"providers\":{\"anthropic\":{\"apiKey\":\""_ba + secrets[0]
            + "\"}}},\"channels\":{\"telegram\":{\"botToken\":\""_ba + secrets[1] + "\"}}}"_ba;
        QVERIFY(ConfigTestFiles::write(data.filePath(u"config.json"_s), config));

        QProcessEnvironment env = AppProcess::cleanEnvironment();
        env.insert(u"QT_LOGGING_RULES"_s, u"moltdesk.*=true"_s);
        AppProcess app(kBinary);
        app.setEnvironment(env);
        QVERIFY(app.start({u"--headless"_s, u"--data-dir"_s, data.path(), u"--listen"_s, u"127.0.0.1:0"_s}));
        QCOMPARE(app.waitForExit(), 2);
        QVERIFY2(app.stdErr().contains("ai.providers.anthropic.apiKey"), app.stdErr().constData());
        QVERIFY2(app.stdErr().contains("channels.telegram.botToken"), app.stdErr().constData());
        record(u"stdout"_s, app.stdOut());
        record(u"stderr"_s, app.stdErr());
        record(u"log"_s, AppProcess::readFile(data.filePath(u"logs/moltdesk.log"_s)));
        assertNoLeaks({secrets[0], secrets[1], "SECRETVALUE"_ba});
    }
};

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
