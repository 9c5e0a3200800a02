#include "benchagent.h"

#include "core/schemamigrations.h"
#include "echotool.h"
#include "instantproviderserver.h"
#include "timingnetworkaccessmanager.h"

#include "agent/agentrunner.h"
#include "agent/toolregistry.h"
#include "providers/anthropicprovider.h"
#include "providers/router/providerrouter.h"
#include "sessions/sessionmanager.h"
#include "sessions/sessionstore.h"
#include "storage/database.h"
#include "usage/budgetguard.h"
#include "usage/pricelookup.h"
#include "usage/pricetable.h"
#include "usage/shippedpricing.h"
#include "usage/usagestore.h"
#include "usage/usagetracker.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Moltdesk::Bench {

BenchAgent::BenchAgent(const Options &options)
{
    m_error = setUp(options);
}

BenchAgent::~BenchAgent()
{
    // Runs end before the parts they use go away (as AgentStack does).
    if (m_runner)
        m_runner->abortAll();
    m_runner.reset();
    m_actors.reset();
    m_router.reset();
    m_provider.reset();
    if (m_server && m_serverThread.isRunning()) {
        QMetaObject::invokeMethod(m_server.get(), &InstantProviderServer::stop, Qt::BlockingQueuedConnection);
        m_serverThread.quit();
        m_serverThread.wait();
    }
}

QString BenchAgent::setUp(const Options &options)
{
    if (!m_dir.isValid())
        return u"cannot create a temporary directory: "_s + m_dir.errorString();

    m_settings.defaultModel = u"anthropic/claude-test"_s;
    m_settings.maxOutputTokens = 256;
    m_settings.pricing.insert(u"anthropic/claude-test"_s, {3.0, 15.0, 0.3, 3.75});
    // The built-in tools need stores and network the bench does not set up; `echo` stands in.
    for (const QString &name : Config::AiSettings::kToolNames)
        m_settings.tools[name].enabled = false;

    m_server = std::make_unique<InstantProviderServer>(options.streamed, options.toolRound);
    m_server->moveToThread(&m_serverThread);
    m_serverThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(m_server.get(), &InstantProviderServer::start, Qt::BlockingQueuedConnection, &port);
    if (port == 0)
        return u"the instant provider could not listen on 127.0.0.1"_s;

    m_database = std::make_unique<Storage::Database>(m_dir.path(), Moltdesk::Core::SchemaMigrations::all());
    if (auto opened = m_database->open(); !opened)
        return u"database: "_s + opened.error().message;
    if (options.synchronousOff) {
        auto db = m_database->connection();
        if (!db)
            return u"database: "_s + db.error().message;
        QSqlQuery pragma(db.value());
        if (!pragma.exec(u"PRAGMA synchronous=OFF"_s))
            return u"PRAGMA synchronous=OFF failed: "_s + pragma.lastError().text();
    }
    m_sessions = std::make_unique<Sessions::SessionStore>(*m_database);
    m_usage = std::make_unique<Usage::UsageStore>(*m_database);
    auto table = Usage::PriceTable::fromJson(Usage::shippedPricingJson());
    if (!table)
        return u"the built-in price list is unreadable: "_s + table.error().message;
    m_prices = std::make_unique<Usage::PriceLookup>(table.value(), m_settings);
    m_budgets = std::make_unique<Usage::BudgetGuard>(*m_usage, m_settings.budgets, QTimeZone::utc());
    m_tracker = std::make_unique<Usage::UsageTracker>(*m_usage, *m_prices, m_budgets.get());
    m_tools = std::make_unique<Agent::ToolRegistry>(m_settings.tools);
    m_tools->registerTool(std::make_shared<EchoTool>());

    m_network = std::make_unique<TimingNetworkAccessManager>();
    Providers::ProviderEndpoint endpoint;
    endpoint.apiKey = u"bench-key"_s;
    QUrl base;
    base.setScheme(u"http"_s);
    base.setHost(u"127.0.0.1"_s);
    base.setPort(port);
    endpoint.baseUrl = base;
    m_provider = std::make_unique<Providers::AnthropicProvider>(m_network.get(), endpoint);

    Providers::ProviderRouter::Settings routing = Providers::ProviderRouter::settingsFrom(m_settings);
    routing.limits.maxConcurrent = options.providerMaxConcurrent;
    m_router = std::make_unique<Providers::ProviderRouter>(
        QMap<QString, Providers::Provider *>{{u"anthropic"_s, m_provider.get()}}, routing, nullptr);
    m_actors = std::make_unique<Sessions::SessionManager>();

    Agent::AgentServices services;
    services.sessions = m_sessions.get();
    services.router = m_router.get();
    services.tools = m_tools.get();
    services.tracker = m_tracker.get();
    services.usage = m_usage.get();
    services.budgets = m_budgets.get();
    m_runner = std::make_unique<Agent::AgentRunner>(services, m_settings, *m_actors);
    return {};
}

qint64 BenchAgent::storageBytes() const
{
    const QString file = m_database->filePath();
    return QFileInfo(file).size() + QFileInfo(file + u"-wal"_s).size();
}

} // namespace Moltdesk::Bench
