#include "support/controlgatewayenv.h"

#include "ws/reply.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Moltdesk::TestSupport {

ControlGatewayEnv::ControlGatewayEnv()
{
    telegram.listen();
    telegram.addBot(BotToken);
    anthropic.listen();
}

ControlGatewayEnv::~ControlGatewayEnv()
{
    stop();
}

bool ControlGatewayEnv::start()
{
    Core::GatewayOptions options;
    options.dataDir = dir.path();
    options.listen = Config::ListenAddress(QHostAddress::LocalHost, 0);
    options.operatorToken = [] { return u"0123456789abcdef0123456789abcdef0123456789abcdef"_s; };
    options.secret = [](const QString &name) {
        if (name == u"TELEGRAM_BOT_TOKEN"_s)
            return BotToken;
        if (name == u"ANTHROPIC_API_KEY"_s)
            return u"sk-ant-test"_s;
        return QString();
    };
    Config::Settings &s = options.settings;
    s.channels.telegram.enabled = true;
    s.channels.telegram.apiBaseUrl = telegram.baseUrl();
    s.channels.telegram.pollTimeoutSeconds = 1;
    s.security.dmPolicy = Config::SecuritySettings::DmPolicy::Open;
    s.ai.defaultModel = u"anthropic/claude-test"_s;
    s.ai.fallbackModels.clear();
    s.ai.providers[u"anthropic"_s].baseUrl = anthropic.baseUrl();
    if (configure)
        configure(s);
    startedWith = s;

    gateway = std::make_unique<Core::Gateway>(options);
    connect(gateway.get(), &Core::Gateway::eventBroadcast, this, [this](const QString &name, const QJsonValue &payload) {
        m_events.append(Event{name, payload.toObject()});
    });
    QSignalSpy listening(gateway.get(), &Core::Gateway::listening);
    QSignalSpy failed(gateway.get(), &Core::Gateway::startFailed);
    gateway->start();
    if (!failed.isEmpty()) {
        m_error = failed.first().at(0).toString();
        return false;
    }
    if (listening.isEmpty() && !listening.wait(5000)) {
        m_error = u"the gateway did not start listening"_s;
        return false;
    }
    auto telegramState = [this] {
        return gateway->health().value(u"channels"_s).toObject().value(u"telegram"_s).toObject().value(u"state"_s)
            .toString();
    };
    if (!QTest::qWaitFor([&] { return telegramState() == u"running"_s; }, 10000)) {
        m_error = u"telegram did not reach running: "_s + telegramState();
        return false;
    }
    return true;
}

bool ControlGatewayEnv::restart()
{
    stop();
    return start();
}

void ControlGatewayEnv::stop()
{
    if (!gateway)
        return;
    gateway->stop();
    gateway.reset();
}

std::shared_ptr<ControlGatewayEnv::Answer> ControlGatewayEnv::call(const QString &method, const QJsonObject &params)
{
    auto answer = std::make_shared<Answer>();
    gateway->invokeLocal(method, params,
                         Ws::Reply::toCallback(u"test"_s, [answer](const QJsonValue &payload,
                                                                   const std::optional<Ws::RpcError> &error) {
                             answer->done = true;
                             answer->payload = payload.toObject();
                             answer->error = error;
                         }));
    return answer;
}

QJsonObject ControlGatewayEnv::ok(const QString &method, const QJsonObject &params)
{
    const auto answer = call(method, params);
    if (!answer->done || answer->error) {
        qWarning().noquote() << method << "failed:" << (answer->error ? answer->error->message() : u"no answer"_s);
        return {};
    }
    return answer->payload;
}

QList<ControlGatewayEnv::Event> ControlGatewayEnv::events(const QString &name) const
{
    QList<Event> matching;
    for (const Event &event : m_events) {
        if (event.name == name)
            matching.append(event);
    }
    return matching;
}

QJsonObject ControlGatewayEnv::inboundDepth()
{
    const QJsonArray queues = ok(u"queue.status"_s, {{u"queue"_s, u"channel.inbound"_s}}).value(u"queues"_s).toArray();
    return queues.isEmpty() ? QJsonObject{{u"pending"_s, 0}, {u"running"_s, 0}, {u"done"_s, 0}, {u"dead"_s, 0}}
                            : queues.first().toObject();
}

QString ControlGatewayEnv::dmKey() const
{
    return u"telegram:dm:%1"_s.arg(User);
}

} // namespace Moltdesk::TestSupport
