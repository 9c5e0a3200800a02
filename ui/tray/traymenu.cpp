#include "tray/traymenu.h"

#include "gatewayclient.h"
#include "sessions/sessionformat.h"
#include "sessions/sessionlistmodel.h"

#include <QAction>
#include <QEvent>
#include <QJsonArray>
#include <QMenu>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {
// Activity re-reads the list at most this often; a busy bot is not a query per message.
constexpr int RefreshDebounceMs = 2000;
constexpr int TitleChars = 48;

QString menuText(QString text)
{
    if (text.size() > TitleChars)
        text = text.left(TitleChars - 1) + u'…';
    // A single '&' would become a mnemonic in a QAction's text.
    return text.replace(u'&', u"&&"_s);
}
} // namespace

TrayMenu::TrayMenu(QObject *parent)
    : QObject(parent)
{
    // Not parented: a context menu handed to QSystemTrayIcon is not owned by it either.
    m_menu = new QMenu;
    m_menu->setObjectName(u"trayMenu"_s);
    m_menu->installEventFilter(this);
    m_open = m_menu->addAction(QString());
    m_open->setObjectName(u"trayOpen"_s);
    connect(m_open, &QAction::triggered, this, &TrayMenu::showRequested);
    m_menu->addSeparator();
    m_pause = m_menu->addAction(QString());
    m_pause->setObjectName(u"trayPause"_s);
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::triggered, this, [this] {
        // QAction toggled its check on the click; the real state comes from the gateway.
        const bool pause = !isPaused();
        m_pause->setChecked(isPaused());
        requestPause(pause);
    });
    m_recent = m_menu->addMenu(QString());
    m_recent->setObjectName(u"trayRecent"_s);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString());
    m_quit->setObjectName(u"trayQuit"_s);
    connect(m_quit, &QAction::triggered, this, &TrayMenu::quitRequested);
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        refreshRecent();
        refreshCost();
    });

    m_refreshDebounce = new QTimer(this);
    m_refreshDebounce->setSingleShot(true);
    m_refreshDebounce->setInterval(RefreshDebounceMs);
    connect(m_refreshDebounce, &QTimer::timeout, this, [this] {
        refreshRecent();
        refreshCost();
    });
    retranslate();
}

bool TrayMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TrayMenu::retranslate()
{
    m_open->setText(tr("Open Moltdesk"));
    m_recent->setTitle(tr("Recent conversations"));
    m_quit->setText(tr("Quit"));
    setRecent(m_recentSessions);
    updatePauseAction();
    Q_EMIT appearanceChanged(); // the tooltip is worded anew
}

TrayMenu::~TrayMenu()
{
    delete m_menu;
}

void TrayMenu::setRefreshDelay(int ms)
{
    m_refreshDebounce->setInterval(ms);
}

void TrayMenu::setGateway(GatewayClient *gateway)
{
    if (m_gateway == gateway)
        return;
    if (m_gateway)
        disconnect(m_gateway, nullptr, this, nullptr);
    m_gateway = gateway;
    if (m_gateway)
        connect(m_gateway, &GatewayClient::event, this, &TrayMenu::onGatewayEvent);
    m_recentLoaded = false;
    updatePauseAction();
    setRecent({});
    refreshRecent();
    refreshCost();
}

void TrayMenu::setStatus(const Control::GatewayStatus &status)
{
    m_state.setStatus(status);
    if (const auto pause = PauseState::fromHealth(status.health))
        applyPause(*pause);
    if (status.state != Control::GatewayStatus::State::Running)
        updatePauseAction();
    Q_EMIT appearanceChanged();
}

QIcon TrayMenu::icon() const
{
    return TrayState::icon(m_state.kind());
}

void TrayMenu::requestPause(bool pause)
{
    if (!m_gateway || m_pauseInFlight)
        return;
    m_pauseInFlight = true;
    updatePauseAction();
    const QString method = pause ? u"agent.pause"_s : u"agent.resume"_s;
    m_gateway->call(method, {}, this, [this, pause](const QJsonValue &, const std::optional<Ws::RpcError> &error) {
        m_pauseInFlight = false;
        updatePauseAction();
        if (error)
            Q_EMIT notificationRequested(pause ? tr("Could not pause the bot") : tr("Could not resume the bot"),
                                         error->message());
        // On success the gateway broadcasts `agent.paused` (and a new `health`): that changes the
        // label, so an answer and an event from another client can never disagree.
    });
}

void TrayMenu::onGatewayEvent(const QString &name, const QJsonValue &payload)
{
    const QJsonObject object = payload.toObject();
    if (name == u"agent.paused"_s) {
        if (const auto pause = PauseState::fromAgent(object))
            applyPause(*pause);
    } else if (name == u"health"_s) {
        if (const auto pause = PauseState::fromHealth(object))
            applyPause(*pause);
    } else if (name == u"chat"_s) {
        const QString state = object.value(u"state"_s).toString();
        // A finished reply or a message that arrived while taken over: that session moved up.
        if (state == u"final"_s || state == u"message"_s)
            m_refreshDebounce->start();
    }
}

void TrayMenu::applyPause(const PauseState &pause)
{
    if (m_pauseKnown && m_state.pause() == pause)
        return;
    m_pauseKnown = true;
    m_state.setPause(pause);
    updatePauseAction();
    Q_EMIT pausedChanged(pause.paused, pause.since);
    Q_EMIT appearanceChanged();
}

void TrayMenu::updatePauseAction()
{
    const bool paused = isPaused();
    m_pause->setText(paused ? tr("Resume the bot") : tr("Pause the bot"));
    m_pause->setChecked(paused);
    m_pause->setToolTip(paused ? tr("Answer the messages that arrived while paused, then go on as usual")
                               : tr("Keep accepting messages but answer none until you resume"));
    m_pause->setEnabled(m_gateway && !m_pauseInFlight
                        && m_state.status().state == Control::GatewayStatus::State::Running);
}

void TrayMenu::refreshRecent()
{
    if (!m_gateway)
        return;
    if (m_recentInFlight) {
        m_recentAgain = true;
        return;
    }
    m_recentInFlight = true;
    m_gateway->call(u"sessions.list"_s, {{u"limit"_s, RecentCount}}, this,
                    [this](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
                        m_recentInFlight = false;
                        m_recentLoaded = !error;
                        setRecent(error ? QJsonArray() : payload.toObject().value(u"sessions"_s).toArray());
                        if (error)
                            m_recent->actions().constFirst()->setText(
                                menuText(tr("Could not list them: %1").arg(error->message())));
                        if (std::exchange(m_recentAgain, false))
                            refreshRecent();
                    });
}

void TrayMenu::refreshCost()
{
    if (!m_gateway)
        return;
    m_gateway->call(u"usage.status"_s, {}, this,
                    [this](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
                        const QJsonValue cost = payload.toObject().value(u"today"_s).toObject().value(u"costUsd"_s);
                        m_state.setTodayCost(!error && cost.isDouble() ? std::optional<double>(cost.toDouble())
                                                                        : std::nullopt);
                        Q_EMIT appearanceChanged();
                    });
}

void TrayMenu::setRecent(const QJsonArray &sessions)
{
    if (&sessions != &m_recentSessions)
        m_recentSessions = sessions;
    m_recent->clear();
    m_recentKeys.clear();
    for (const QJsonValue &value : sessions) {
        if (m_recentKeys.size() >= RecentCount)
            break;
        const QJsonObject session = value.toObject();
        const QString key = session.value(u"key"_s).toString();
        if (key.isEmpty())
            continue;
        QString label;
        if (key == SessionListModel::panelChatKey()) {
            label = tr("Chat with your agent");
        } else {
            const QString title = session.value(u"title"_s).toString();
            label = tr("%1 · %2").arg(SessionFormat::channelName(session.value(u"channel"_s).toString()),
                                      title.isEmpty() ? key : title);
        }
        QAction *action = m_recent->addAction(menuText(label));
        action->setData(key);
        action->setToolTip(key);
        connect(action, &QAction::triggered, this, [this, key] { Q_EMIT openSessionRequested(key); });
        m_recentKeys << key;
    }
    if (m_recentKeys.isEmpty()) {
        QAction *placeholder = m_recent->addAction(!m_gateway       ? tr("The gateway is not running")
                                                   : m_recentLoaded ? tr("No conversations yet")
                                                                    : tr("Loading…"));
        placeholder->setEnabled(false);
    }
    m_recent->setEnabled(bool(m_gateway));
    Q_EMIT recentUpdated();
}

} // namespace Moltdesk::Ui
