#include "pages/sessionspage.h"

#include "config/channelnames.h"

#include "gatewayclient.h"
#include "sessions/conversationview.h"
#include "sessions/sessionformat.h"
#include "sessions/sessionlistmodel.h"
#include "sessions/transcriptexporter.h"
#include "widgets/banner.h"
#include "widgets/elidedlabel.h"
#include "widgets/keyboardshortcuts.h"
#include "widgets/statusline.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {
constexpr int SearchDebounceMs = 300;
// Activity elsewhere re-reads the first page at most this often.
constexpr int RefreshDebounceMs = 1500;

bool isUnknownMethod(const Ws::RpcError &error)
{
    // MethodRegistry answers INVALID_REQUEST "unknown method: <name>" (OpenClaw's shape).
    return error.message().startsWith(u"unknown method"_s);
}
} // namespace

SessionsPage::SessionsPage(const PanelServices &services, QWidget *parent)
    : Page(parent)
    , m_services(services)
    , m_prompter(services.prompter)
{
    setObjectName(u"sessionsPage"_s);
    if (!m_prompter) {
        m_ownPrompter = std::make_unique<Prompter>();
        m_prompter = m_ownPrompter.get();
    }
    m_model = new SessionListModel(m_services.gateway, this);
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(SearchDebounceMs);
    connect(m_searchDebounce, &QTimer::timeout, this, &SessionsPage::applyFilter);
    m_refreshDebounce = new QTimer(this);
    m_refreshDebounce->setSingleShot(true);
    m_refreshDebounce->setInterval(RefreshDebounceMs);
    connect(m_refreshDebounce, &QTimer::timeout, m_model, &SessionListModel::reload);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_offline = new Banner(this);
    m_offline->setObjectName(u"gatewayOffline"_s);
    m_offline->setTone(Banner::Tone::Warning);
    m_offline->setText(tr("The gateway is not running, so there are no conversations to show."));
    m_offline->setVisible(!m_services.gateway);
    layout->addWidget(m_offline);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildList());
    splitter->addWidget(buildConversation());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({440, 660});
    layout->addWidget(splitter, 1);

    if (m_services.gateway)
        connect(m_services.gateway, &GatewayClient::event, this, &SessionsPage::onGatewayEvent);
    setMainControl(m_list);
    KeyboardShortcuts::focusSearch(this, m_search);
    KeyboardShortcuts::deleteSelected(m_list, m_delete);
    updateActions();
}

SessionsPage::~SessionsPage() = default;

QString SessionsPage::title() const
{
    return tr("Sessions");
}

QIcon SessionsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

QWidget *SessionsPage::buildList()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 4, 0);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(panel);
    m_search->setObjectName(u"sessionSearch"_s);
    m_search->setPlaceholderText(tr("Search conversations…"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    m_channel = new QComboBox(panel);
    m_channel->setObjectName(u"channelFilter"_s);
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->setToolTip(tr("Show only the conversations of one channel"));
    m_channel->addItem(tr("All channels"), QString());
    const QStringList channels = Config::ChannelNames::deliverable() << u"cron"_s << u"api"_s;
    for (const QString &channel : channels)
        m_channel->addItem(SessionFormat::channelName(channel), channel);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &SessionsPage::applyFilter);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_channel);
    layout->addLayout(filters);

    m_list = new QTableView(panel);
    m_list->setObjectName(u"sessionList"_s);
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setAccessibleDescription(tr("Select a conversation to read it; Delete removes it after asking"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setShowGrid(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->setVisible(false);
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->horizontalHeader()->setSectionResizeMode(SessionListModel::Title, QHeaderView::Stretch);
    m_list->horizontalHeader()->setMinimumSectionSize(48);
    // Narrow enough for the smallest window beside the conversation; the columns scroll sideways
    // and the title column elides.
    m_list->setMinimumWidth(260);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setIconSize(QSize(32, 16)); // the "You" badge of a taken-over conversation
    for (int column = SessionListModel::Channel; column < SessionListModel::ColumnCount; ++column)
        m_list->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->setColumnHidden(SessionListModel::Cost, true);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SessionsPage::onSelectionChanged);
    layout->addWidget(m_list, 1);

    m_listStatus = new StatusLine(panel);
    m_listStatus->setObjectName(u"sessionsStatus"_s);
    layout->addWidget(m_listStatus);
    connect(m_model, &SessionListModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_listStatus->begin(tr("Loading conversations…"));
        else
            m_listStatus->end();
    });
    connect(m_model, &SessionListModel::loadFailed, this, [this](const QString &message) {
        m_listStatus->showError(tr("Could not list the conversations: %1").arg(message));
    });
    connect(m_model, &SessionListModel::costsLoaded, this,
            [this](bool available) { m_list->setColumnHidden(SessionListModel::Cost, !available); });
    connect(m_model, &SessionListModel::modelReset, this, [this] {
        // Keep the open conversation selected across a reload.
        const int row = m_model->rowOf(m_key);
        if (row >= 0)
            m_list->selectRow(row);
    });
    connect(m_model, &SessionListModel::pageLoaded, this, [this] {
        const int row = m_model->rowOf(m_key);
        if (row >= 0 && !m_list->selectionModel()->isRowSelected(row, {})) {
            const QSignalBlocker blocker(m_list->selectionModel());
            m_list->selectRow(row);
        }
        m_listStatus->clearMessage();
    });
    return panel;
}

QWidget *SessionsPage::buildConversation()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 0, 0, 0);

    // The title on its own line (elided: a key or name can be any length), the description
    // wrapped under it, and the actions on a row of their own, so a narrow window (1,024 px at
    // most, docs/panel.md "Window size") shows every button.
    m_title = new ElidedLabel(panel);
    m_title->setObjectName(u"sessionTitle"_s);
    m_title->setFullText(tr("Choose a conversation"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle = new QLabel(panel);
    m_subtitle->setObjectName(u"sessionKey"_s);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setStyleSheet(u"color: #64748b;"_s);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    auto *actions = new QHBoxLayout;
    m_takeOver = new QPushButton(tr("&Take over"), panel);
    m_takeOver->setObjectName(u"takeOverButton"_s);
    m_takeOver->setCheckable(true);
    m_takeOver->setToolTip(tr("Reply as the bot yourself; the agent pauses in this conversation until you release it."));
    connect(m_takeOver, &QPushButton::clicked, this, &SessionsPage::setTakeOver);
    m_reset = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Reset"), panel);
    m_reset->setObjectName(u"resetButton"_s);
    m_reset->setToolTip(tr("Start a new conversation; the old messages are archived, not deleted."));
    connect(m_reset, &QPushButton::clicked, this, &SessionsPage::resetSession);
    m_export = new QToolButton(panel);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setText(tr("E&xport"));
    m_export->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolTip(tr("Save the whole conversation, archived messages included, as JSON or as readable text"));
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("As &JSON…"), this, &SessionsPage::exportJson);
    exportMenu->addAction(tr("As readable &text…"), this, &SessionsPage::exportText);
    m_export->setMenu(exportMenu);
    m_delete = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Delete"), panel);
    m_delete->setObjectName(u"deleteButton"_s);
    m_delete->setToolTip(tr("Delete the conversation and its messages after asking (Delete)"));
    connect(m_delete, &QPushButton::clicked, this, &SessionsPage::deleteSession);
    actions->addWidget(m_takeOver);
    actions->addStretch(1);
    actions->addWidget(m_reset);
    actions->addWidget(m_export);
    actions->addWidget(m_delete);
    layout->addLayout(actions);

    m_view = new ConversationView(m_services.gateway, panel);
    m_view->setAccessibleDescription(tr("The messages of the chosen conversation, oldest at the top"));
    connect(m_view, &ConversationView::takeOverReported, this, &SessionsPage::applyTakeOver);
    connect(m_view, &ConversationView::loadFailed, this, [this](const QString &message) {
        m_status->showError(tr("Could not read the conversation: %1").arg(message));
    });
    layout->addWidget(m_view, 1);

    m_composer = new QWidget(panel);
    auto *composer = new QHBoxLayout(m_composer);
    composer->setContentsMargins(0, 0, 0, 0);
    m_input = new QPlainTextEdit(m_composer);
    m_input->setObjectName(u"chatInput"_s);
    m_input->setAccessibleName(tr("Message"));
    m_input->setPlaceholderText(tr("Write to your agent… (Ctrl+Enter sends)"));
    m_input->setTabChangesFocus(true);
    m_input->setFixedHeight(m_input->fontMetrics().lineSpacing() * 4);
    m_input->installEventFilter(this);
    connect(m_input, &QPlainTextEdit::textChanged, this, &SessionsPage::updateActions);
    auto *buttons = new QVBoxLayout;
    m_send = new QPushButton(tr("&Send"), m_composer);
    m_send->setObjectName(u"sendButton"_s);
    m_send->setDefault(true);
    connect(m_send, &QPushButton::clicked, this, &SessionsPage::send);
    m_stop = new QPushButton(tr("Sto&p"), m_composer);
    m_stop->setObjectName(u"stopButton"_s);
    m_stop->setToolTip(tr("Stop the agent's answer that is running"));
    connect(m_stop, &QPushButton::clicked, this, &SessionsPage::stop);
    buttons->addWidget(m_send);
    buttons->addWidget(m_stop);
    composer->addWidget(m_input, 1);
    composer->addLayout(buttons);
    layout->addWidget(m_composer);

    m_status = new StatusLine(panel);
    m_status->setObjectName(u"conversationStatus"_s);
    layout->addWidget(m_status);
    return panel;
}

void SessionsPage::onActivated(bool first)
{
    if (!first || !m_services.gateway)
        return;
    m_model->reload();
    probeTakeOver();
    openSession(SessionListModel::panelChatKey());
}

void SessionsPage::applyFilter()
{
    m_searchDebounce->stop();
    m_model->setFilter(m_search->text(), m_channel->currentData().toString());
}

void SessionsPage::onSelectionChanged()
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString key = m_model->keyAt(rows.constFirst().row());
    if (!key.isEmpty() && key != m_key)
        openSession(key);
}

void SessionsPage::openSession(const QString &key)
{
    m_key = key;
    m_runId.clear();
    m_endedRuns.clear();
    m_status->clearMessage();
    const bool panelChat = key == SessionListModel::panelChatKey();
    m_title->setFullText(panelChat ? tr("Chat with your agent") : key);
    m_subtitle->setText(panelChat ? tr("Messages you send here go to the agent like any other conversation (%1).").arg(key)
                                  : QString());
    m_subtitle->setVisible(panelChat);
    const int row = m_model->rowOf(key);
    if (row >= 0) // until the history page says it again
        applyTakeOver(key, m_model->isTakenOver(key));
    if (row >= 0 && !m_list->selectionModel()->isRowSelected(row, {})) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->selectRow(row);
    }
    m_view->open(key);
    updateActions();
}

void SessionsPage::onGatewayEvent(const QString &name, const QJsonValue &payload)
{
    const QJsonObject object = payload.toObject();
    if (name == u"sessions.takeover"_s) {
        // Another panel or client (or this page's own call) changed it: follow the gateway.
        const QString key = object.value(u"sessionKey"_s).toString();
        const QJsonValue on = object.value(u"takenOver"_s);
        if (!key.isEmpty() && on.isBool())
            applyTakeOver(key, on.toBool());
        return;
    }
    if (name != u"chat"_s && name != u"agent"_s)
        return;
    const QString key = object.value(u"sessionKey"_s).toString();
    const QString state = object.value(u"state"_s).toString();
    if (key == m_key && !m_key.isEmpty()) {
        if (name == u"chat"_s) {
            m_view->handleChatEvent(object);
            if (state != u"delta"_s) {
                // The end can overtake chat.send's answer (both are queued): remember it.
                m_endedRuns.insert(object.value(u"runId"_s).toString());
                if (object.value(u"runId"_s).toString() == m_runId)
                    m_runId.clear();
                updateActions();
            }
        } else {
            m_view->handleAgentEvent(object);
        }
    }
    // A run that ended changed that session's activity and count (or created it): re-read the
    // first page, debounced so a busy bot does not turn into a query per message.
    if (name == u"chat"_s && state != u"delta"_s)
        m_refreshDebounce->start();
}

void SessionsPage::send()
{
    const QString text = m_input->toPlainText().trimmed();
    if (!m_services.gateway || m_key.isEmpty() || text.isEmpty())
        return;
    const bool panelChat = m_key == SessionListModel::panelChatKey();
    const bool takenOver = m_takenOver.contains(m_key);
    if (!panelChat && !takenOver)
        return;
    const QString key = m_key;
    m_input->clear();
    if (takenOver) {
        inject(key, text);
        return;
    }
    m_view->addUserMessage(text);
    m_status->begin(tr("Sending…"));
    const QJsonObject params{{u"sessionKey"_s, key},
                             {u"message"_s, text},
                             {u"idempotencyKey"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    m_services.gateway->call(u"chat.send"_s, params, this,
                             [this, key](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
                                 m_status->end();
                                 if (error) {
                                     m_status->showError(tr("The message was not sent: %1").arg(error->message()));
                                     return;
                                 }
                                 const QString runId = payload.toObject().value(u"runId"_s).toString();
                                 if (key == m_key && !m_endedRuns.contains(runId)) {
                                     m_runId = runId;
                                     updateActions();
                                 }
                             });
    updateActions();
}

void SessionsPage::inject(const QString &key, const QString &text)
{
    // chat.inject sends the text on the conversation's channel as the bot; the reply shows once,
    // from its `chat` final (injected: true) or from this answer, whichever comes first.
    m_status->begin(tr("Sending as the bot…"));
    m_services.gateway->call(u"chat.inject"_s, {{u"sessionKey"_s, key}, {u"text"_s, text}}, this,
                             [this, key, text](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
                                 m_status->end();
                                 if (error) {
                                     // Nothing was stored or sent: give the text back to edit or retry.
                                     m_status->showError(tr("Could not send: %1").arg(error->message()));
                                     if (key == m_key && m_input->toPlainText().isEmpty())
                                         m_input->setPlainText(text);
                                     return;
                                 }
                                 const QJsonValue seq = payload.toObject().value(u"seq"_s);
                                 if (key == m_key)
                                     m_view->confirmInjected(text, seq.isDouble() ? std::optional<qint64>(seq.toInteger())
                                                                                  : std::nullopt);
                             });
}

void SessionsPage::stop()
{
    if (!m_services.gateway || m_key.isEmpty())
        return;
    QJsonObject params{{u"sessionKey"_s, m_key}};
    if (!m_runId.isEmpty())
        params.insert(u"runId"_s, m_runId);
    m_services.gateway->call(u"chat.abort"_s, params, this,
                             [this](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
                                 if (error)
                                     m_status->showError(tr("Could not stop the reply: %1").arg(error->message()));
                                 else if (!payload.toObject().value(u"aborted"_s).toBool())
                                     m_status->showInfo(tr("Nothing was running."));
                             });
}

void SessionsPage::resetSession()
{
    if (!m_services.gateway || m_key.isEmpty())
        return;
    if (!m_prompter->confirm(this, tr("Reset conversation"),
                             tr("Start a new conversation in %1? The agent forgets the earlier messages; they stay "
                                "archived and are still exported.")
                                 .arg(m_key),
                             tr("Reset")))
        return;
    // "/reset" is the agent's own command (docs/agent.md): a new generation, no model call.
    const QString key = m_key;
    m_services.gateway->call(u"chat.send"_s, {{u"sessionKey"_s, key}, {u"message"_s, u"/reset"_s}}, this,
                             [this, key](const QJsonValue &, const std::optional<Ws::RpcError> &error) {
                                 if (error) {
                                     m_status->showError(tr("Could not reset: %1").arg(error->message()));
                                     return;
                                 }
                                 m_status->showInfo(tr("The conversation was reset."));
                                 if (key == m_key)
                                     QTimer::singleShot(300, this, [this, key] {
                                         if (key == m_key)
                                             m_view->open(key);
                                     });
                             });
}

void SessionsPage::deleteSession()
{
    if (!m_services.gateway || m_key.isEmpty())
        return;
    if (!m_prompter->confirm(this, tr("Delete conversation"),
                             tr("Delete %1 and all its messages? This cannot be undone.").arg(m_key), tr("Delete")))
        return;
    const QString key = m_key;
    m_status->begin(tr("Deleting…"));
    m_services.gateway->call(u"sessions.delete"_s, {{u"key"_s, key}}, this,
                             [this, key](const QJsonValue &, const std::optional<Ws::RpcError> &error) {
                                 m_status->end();
                                 if (error) {
                                     m_status->showError(tr("Could not delete: %1").arg(error->message()));
                                     return;
                                 }
                                 if (key == m_key)
                                     openSession(SessionListModel::panelChatKey());
                                 m_status->showInfo(tr("%1 was deleted.").arg(key));
                                 m_model->reload();
                             });
}

void SessionsPage::exportJson()
{
    exportAs(int(TranscriptExporter::Format::Json));
}

void SessionsPage::exportText()
{
    exportAs(int(TranscriptExporter::Format::Text));
}

void SessionsPage::exportAs(int format)
{
    if (!m_services.gateway || m_key.isEmpty())
        return;
    const bool json = TranscriptExporter::Format(format) == TranscriptExporter::Format::Json;
    QString suggested = m_key;
    suggested.replace(u':', u'-');
    suggested += json ? u".json"_s : u".txt"_s;
    const QString path = m_prompter->saveFileName(this, json ? tr("Export as JSON") : tr("Export as text"), suggested);
    if (path.isEmpty())
        return;
    auto *exporter = new TranscriptExporter(m_services.gateway, this);
    m_status->begin(tr("Exporting…"));
    connect(exporter, &TranscriptExporter::finished, this, [this, exporter](bool ok, const QString &message) {
        exporter->deleteLater();
        m_status->end();
        if (ok)
            m_status->showInfo(message);
        else
            m_status->showError(message);
    });
    exporter->start(m_key, path, TranscriptExporter::Format(format));
}

void SessionsPage::probeTakeOver()
{
    // Calling without params is harmless: an implemented method refuses the missing sessionKey,
    // a missing one answers "unknown method".
    m_services.gateway->call(u"sessions.takeover"_s, {}, this,
                             [this](const QJsonValue &, const std::optional<Ws::RpcError> &error) {
                                 m_takeOverSupported = !(error && isUnknownMethod(*error));
                                 updateActions();
                             });
}

void SessionsPage::setTakeOver(bool on)
{
    if (!m_services.gateway || m_key.isEmpty() || m_takeOverSupported != true)
        return;
    const QString key = m_key;
    m_services.gateway->call(u"sessions.takeover"_s, {{u"sessionKey"_s, key}, {u"on"_s, on}}, this,
                             [this, key, on](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
                                 if (error) {
                                     m_status->showError(tr("Could not change take-over: %1").arg(error->message()));
                                     updateActions(); // the button shows the state the gateway had
                                     return;
                                 }
                                 const QJsonValue state = payload.toObject().value(u"takenOver"_s);
                                 const bool now = state.isBool() ? state.toBool() : on;
                                 applyTakeOver(key, now);
                                 if (now)
                                     m_status->showInfo(tr("You are answering in %1; the agent is paused there.").arg(key));
                                 else
                                     m_status->showInfo(tr("The agent answers in %1 again.").arg(key));
                             });
}

void SessionsPage::applyTakeOver(const QString &key, bool on)
{
    if (key == SessionListModel::panelChatKey())
        return; // the panel's own chat is always answered by the agent (webchat cannot be taken over)
    if (on)
        m_takenOver.insert(key);
    else
        m_takenOver.remove(key);
    m_model->setTakenOver(key, on);
    if (key == m_key)
        updateActions();
}

void SessionsPage::updateActions()
{
    const bool online = m_services.gateway != nullptr;
    const bool haveSession = online && !m_key.isEmpty();
    const bool panelChat = m_key == SessionListModel::panelChatKey();
    const bool takenOver = m_takenOver.contains(m_key);
    for (QWidget *widget : {static_cast<QWidget *>(m_search), static_cast<QWidget *>(m_channel)})
        widget->setEnabled(online);
    m_reset->setEnabled(haveSession);
    m_delete->setEnabled(haveSession);
    m_export->setEnabled(haveSession);
    m_takeOver->setEnabled(haveSession && !panelChat && m_takeOverSupported == true);
    m_takeOver->setChecked(takenOver);
    m_takeOver->setText(takenOver ? tr("Re&lease") : tr("&Take over"));
    if (m_takeOverSupported == false)
        m_takeOver->setToolTip(tr("Needs gateway support: this gateway has no sessions.takeover method yet."));
    m_composer->setVisible(haveSession && (panelChat || takenOver));
    m_input->setPlaceholderText(takenOver ? tr("Reply as the bot… (Ctrl+Enter sends)")
                                          : tr("Write to your agent… (Ctrl+Enter sends)"));
    // The composer's description follows the placeholder, which a screen reader does not read
    // once text is typed.
    m_input->setAccessibleDescription(takenOver ? tr("Your reply, sent to the sender as the bot's answer")
                                                : tr("Your message to the agent"));
    m_send->setToolTip(takenOver ? tr("Send the reply to the sender as the bot (Ctrl+Enter)")
                                 : tr("Send the message to your agent (Ctrl+Enter)"));
    m_send->setEnabled(haveSession && !m_input->toPlainText().trimmed().isEmpty());
    m_stop->setEnabled(haveSession && panelChat && !m_runId.isEmpty());
}

bool SessionsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

} // namespace Moltdesk::Ui
