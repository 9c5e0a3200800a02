#pragma once

#include "page.h"
#include "panelservices.h"
#include "prompter.h"

#include <QJsonObject>
#include <QSet>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace Moltdesk::Ui {

class Banner;
class ConversationView;
class ElidedLabel;
class SessionListModel;
class StatusLine;

// The Sessions page: every conversation (searchable, filtered by channel, loaded page by page),
// the selected one rendered live, and the panel's own chat with the agent (`webchat:panel`,
// pinned on top). Actions: reset (`/reset`, a new generation; the old one stays archived),
// delete (asks first), export as JSON or text, and take over — which needs gateway support
// (`sessions.takeover` / `chat.inject`); the page probes for it and says so when it is missing.
class SessionsPage : public Page
{
    Q_OBJECT

public:
    explicit SessionsPage(const PanelServices &services, QWidget *parent = nullptr);
    ~SessionsPage() override;

    QString title() const override;
    QIcon icon() const override;

    SessionListModel *listModel() const { return m_model; }
    ConversationView *conversation() const { return m_view; }
    QString currentKey() const { return m_key; }
    // nullopt while the probe has not answered.
    std::optional<bool> takeOverSupported() const { return m_takeOverSupported; }
    QString runningRunId() const { return m_runId; }
    // As the gateway last reported it (sessions.list, chat.history, the sessions.takeover event).
    bool isTakenOver(const QString &key) const { return m_takenOver.contains(key); }

    void openSession(const QString &key);
    void send();
    void stop();
    void resetSession();
    void deleteSession();
    void exportJson();
    void exportText();

protected:
    void onActivated(bool first) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void onGatewayEvent(const QString &name, const QJsonValue &payload);
    void onSelectionChanged();
    void probeTakeOver();
    void setTakeOver(bool on);
    void applyTakeOver(const QString &key, bool on);
    void inject(const QString &key, const QString &text);
    void exportAs(int format);
    void updateActions();
    QWidget *buildList();
    QWidget *buildConversation();

    PanelServices m_services;
    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter = nullptr;
    SessionListModel *m_model = nullptr;
    ConversationView *m_view = nullptr;
    Banner *m_offline = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_channel = nullptr;
    QTableView *m_list = nullptr;
    StatusLine *m_listStatus = nullptr;
    ElidedLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_delete = nullptr;
    QToolButton *m_export = nullptr;
    QPushButton *m_takeOver = nullptr;
    QWidget *m_composer = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_stop = nullptr;
    StatusLine *m_status = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QTimer *m_refreshDebounce = nullptr;
    QString m_key;
    QString m_runId;
    QSet<QString> m_takenOver;
    QSet<QString> m_endedRuns; // runs of the open session that already ended
    std::optional<bool> m_takeOverSupported;
};

} // namespace Moltdesk::Ui
