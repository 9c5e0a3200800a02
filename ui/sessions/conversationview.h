#pragma once

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QScrollArea>

#include <optional>

class QPushButton;
class QVBoxLayout;

namespace Moltdesk::Ui {

class GatewayClient;
class MessageBubble;
class ToolCard;

// The right side of the Sessions page: one conversation as bubbles and tool cards.
// open() loads the newest `chat.history` page; "Load earlier messages" pages backwards with
// nextBeforeSeq (docs/sessions.md). Live: the page hands it the `chat` and `agent` events of the
// open session (docs/agent.md "Events"): deltas grow a typing bubble, `final` turns it into the
// reply with model/tokens/cost, `error` adds the reason in words, tool events add and complete
// tool cards.
class ConversationView : public QScrollArea
{
    Q_OBJECT

public:
    explicit ConversationView(GatewayClient *gateway, QWidget *parent = nullptr);

    void open(const QString &sessionKey);
    void clear();
    void loadEarlier();
    QString sessionKey() const { return m_key; }
    bool hasEarlier() const { return m_nextBeforeSeq > 0; }

    void handleChatEvent(const QJsonObject &payload);
    void handleAgentEvent(const QJsonObject &payload);
    // The chat box's own message, shown at once (the gateway stores it before the run starts).
    void addUserMessage(const QString &text);
    void addNotice(const QString &text);
    // chat.inject answered: shows the operator's reply unless its `chat` final (injected: true)
    // already did, so it appears exactly once whichever of the two arrives first.
    void confirmInjected(const QString &text, std::optional<qint64> seq);

    QList<MessageBubble *> bubbles() const;
    QList<ToolCard *> toolCards() const;
    MessageBubble *typingBubble() const;

Q_SIGNALS:
    void historyLoaded();
    // The newest history page's `takenOver` for the open session (absent on older gateways).
    void takeOverReported(const QString &sessionKey, bool takenOver);
    void loadFailed(const QString &message);

private:
    // One operator reply seen from one side (the `chat` event or chat.inject's answer) and not
    // yet from the other.
    struct Injected
    {
        QString text;
        std::optional<qint64> seq;
        bool fromEvent = false;
    };

    bool matchInjected(const QString &text, std::optional<qint64> seq, bool fromEvent);
    MessageBubble *appendInjected(const QString &text);

    struct Built
    {
        QList<QWidget *> rows;
    };

    void requestHistory(qint64 beforeSeq);
    Built build(const QJsonArray &messages);
    QWidget *wrap(QWidget *item, bool alignRight);
    void insertRows(const QList<QWidget *> &rows, bool atTop);
    MessageBubble *appendBubble(int kind, const QString &text);
    ToolCard *appendToolCard(const QString &id, const QString &name, const QJsonValue &input);
    void scrollToBottomSoon();
    bool nearBottom() const;

    GatewayClient *m_gateway = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QPushButton *m_earlier = nullptr;
    QString m_key;
    qint64 m_nextBeforeSeq = 0;
    quint64 m_generation = 0;
    QHash<QString, QPointer<MessageBubble>> m_typing; // runId -> the bubble streaming its reply
    QHash<QString, QPointer<ToolCard>> m_cards;       // toolCallId -> card
    QList<Injected> m_injected;
};

} // namespace Moltdesk::Ui
