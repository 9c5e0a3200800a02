#include "sessions/conversationview.h"

#include "gatewayclient.h"
#include "sessions/messagebubble.h"
#include "sessions/sessionformat.h"
#include "sessions/toolcard.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {
constexpr int HistoryPage = 50;

std::optional<double> optionalDouble(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(name);
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}
} // namespace

ConversationView::ConversationView(GatewayClient *gateway, QWidget *parent)
    : QScrollArea(parent)
    , m_gateway(gateway)
{
    setObjectName(u"conversationView"_s);
    setAccessibleName(tr("Conversation"));
    setWidgetResizable(true);
    setFrameShape(QFrame::StyledPanel);
    m_content = new QWidget(this);
    m_content->setObjectName(u"conversationContent"_s);
    m_content->setBackgroundRole(QPalette::Base);
    m_content->setAutoFillBackground(true);
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(12, 12, 12, 12);
    m_layout->setSpacing(8);
    m_earlier = new QPushButton(tr("Load &earlier messages"), m_content);
    m_earlier->setObjectName(u"loadEarlier"_s);
    m_earlier->setFlat(true);
    m_earlier->setToolTip(tr("Show the messages before the first one shown"));
    m_earlier->setVisible(false);
    connect(m_earlier, &QPushButton::clicked, this, &ConversationView::loadEarlier);
    m_layout->addWidget(m_earlier, 0, Qt::AlignHCenter);
    m_layout->addStretch(1);
    setWidget(m_content);
}

void ConversationView::clear()
{
    ++m_generation;
    // Everything between the "earlier" button (index 0) and the trailing stretch goes.
    while (m_layout->count() > 2) {
        QLayoutItem *item = m_layout->takeAt(1);
        if (item->widget())
            delete item->widget();
        delete item;
    }
    m_typing.clear();
    m_cards.clear();
    m_injected.clear();
    m_nextBeforeSeq = 0;
    m_earlier->setVisible(false);
}

void ConversationView::open(const QString &sessionKey)
{
    clear();
    m_key = sessionKey;
    if (!m_key.isEmpty())
        requestHistory(0);
}

void ConversationView::loadEarlier()
{
    if (m_nextBeforeSeq > 0)
        requestHistory(m_nextBeforeSeq);
}

void ConversationView::requestHistory(qint64 beforeSeq)
{
    if (!m_gateway)
        return;
    QJsonObject params{{u"sessionKey"_s, m_key}, {u"limit"_s, HistoryPage}};
    if (beforeSeq > 0)
        params.insert(u"beforeSeq"_s, beforeSeq);
    const quint64 generation = m_generation;
    m_earlier->setEnabled(false);
    m_gateway->call(u"chat.history"_s, params, this,
                    [this, generation, beforeSeq](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
                        if (generation != m_generation)
                            return; // another conversation was opened meanwhile
                        m_earlier->setEnabled(true);
                        if (error) {
                            Q_EMIT loadFailed(error->message());
                            return;
                        }
                        const QJsonObject page = payload.toObject();
                        if (beforeSeq == 0 && page.value(u"takenOver"_s).isBool())
                            Q_EMIT takeOverReported(m_key, page.value(u"takenOver"_s).toBool());
                        const Built built = build(page.value(u"messages"_s).toArray());
                        const int oldHeight = m_content->sizeHint().height();
                        insertRows(built.rows, beforeSeq > 0);
                        const QJsonValue next = page.value(u"nextBeforeSeq"_s);
                        m_nextBeforeSeq = page.value(u"hasMore"_s).toBool() && next.isDouble() ? next.toInteger() : 0;
                        m_earlier->setVisible(m_nextBeforeSeq > 0);
                        if (beforeSeq == 0) {
                            scrollToBottomSoon();
                        } else {
                            // Keep the message the user was reading in place above the new ones.
                            const int added = m_content->sizeHint().height() - oldHeight;
                            QTimer::singleShot(0, this, [this, added] {
                                verticalScrollBar()->setValue(verticalScrollBar()->value() + added);
                            });
                        }
                        Q_EMIT historyLoaded();
                    });
}

ConversationView::Built ConversationView::build(const QJsonArray &messages)
{
    Built built;
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        const QString role = message.value(u"role"_s).toString();
        const QJsonArray blocks = message.value(u"content"_s).toArray();
        const QJsonObject metadata = message.value(u"metadata"_s).toObject();
        const bool summary = metadata.value(u"summary"_s).toBool();
        const bool injected = metadata.value(u"injected"_s).toBool();
        QStringList text;
        bool usageShown = false;
        auto flushText = [&]() {
            if (text.isEmpty())
                return;
            const MessageBubble::Kind kind = summary ? MessageBubble::Kind::Notice
                : role == u"user"_s               ? MessageBubble::Kind::User
                                                  : MessageBubble::Kind::Assistant;
            auto *bubble = new MessageBubble(kind, text.join(u"\n\n"_s));
            QString meta = QDateTime::fromMSecsSinceEpoch(message.value(u"timestamp"_s).toInteger())
                               .toLocalTime()
                               .toString(u"yyyy-MM-dd HH:mm"_s);
            if (!usageShown && role == u"assistant"_s) {
                usageShown = true; // once per stored message: its usage covers the whole call
                const QString usage = SessionFormat::usageLine(message.value(u"model"_s).toString(),
                                                               message.value(u"usage"_s).toObject(),
                                                               optionalDouble(message, u"costUsd"_s));
                if (!usage.isEmpty())
                    meta += u" · "_s + usage;
            }
            if (injected)
                meta += u" · "_s + tr("sent by you");
            if (message.value(u"archived"_s).toBool())
                meta += u" · "_s + tr("archived");
            bubble->setMeta(meta);
            built.rows << wrap(bubble, kind == MessageBubble::Kind::User);
            text.clear();
        };
        for (const QJsonValue &blockValue : blocks) {
            const QJsonObject block = blockValue.toObject();
            const QString type = block.value(u"type"_s).toString();
            if (type == u"text"_s) {
                text << block.value(u"text"_s).toString();
            } else if (type == u"image"_s) {
                text << tr("*[image]*");
            } else if (type == u"tool_use"_s) {
                flushText();
                auto *card = new ToolCard(block.value(u"id"_s).toString(), block.value(u"name"_s).toString(),
                                          block.value(u"input"_s));
                m_cards.insert(card->toolCallId(), card);
                built.rows << wrap(card, false);
            } else if (type == u"tool_result"_s) {
                const QString id = block.value(u"tool_use_id"_s).toString();
                ToolCard *card = m_cards.value(id);
                if (!card) {
                    card = new ToolCard(id, tr("(unknown)"), QJsonValue());
                    card->setInputUnknown();
                    m_cards.insert(id, card);
                    built.rows << wrap(card, false);
                }
                card->setResult(SessionFormat::toolResultText(block.value(u"content"_s)),
                                block.value(u"is_error"_s).toBool());
            }
        }
        flushText();
    }
    return built;
}

QWidget *ConversationView::wrap(QWidget *item, bool alignRight)
{
    // A row keeps a bubble at most about four fifths of the width, on its side.
    auto *row = new QWidget;
    row->setObjectName(u"conversationRow"_s);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    if (alignRight)
        layout->addStretch(1);
    layout->addWidget(item, 5);
    if (!alignRight)
        layout->addStretch(1);
    return row;
}

void ConversationView::insertRows(const QList<QWidget *> &rows, bool atTop)
{
    int at = atTop ? 1 : m_layout->count() - 1;
    for (QWidget *row : rows) {
        row->setParent(m_content);
        m_layout->insertWidget(at++, row);
    }
}

MessageBubble *ConversationView::appendBubble(int kind, const QString &text)
{
    const auto bubbleKind = MessageBubble::Kind(kind);
    auto *bubble = new MessageBubble(bubbleKind, text);
    const bool follow = nearBottom();
    insertRows({wrap(bubble, bubbleKind == MessageBubble::Kind::User)}, false);
    if (follow)
        scrollToBottomSoon();
    return bubble;
}

ToolCard *ConversationView::appendToolCard(const QString &id, const QString &name, const QJsonValue &input)
{
    auto *card = new ToolCard(id, name, input);
    m_cards.insert(id, card);
    const bool follow = nearBottom();
    insertRows({wrap(card, false)}, false);
    if (follow)
        scrollToBottomSoon();
    return card;
}

void ConversationView::addUserMessage(const QString &text)
{
    appendBubble(int(MessageBubble::Kind::User), text);
    scrollToBottomSoon();
}

void ConversationView::addNotice(const QString &text)
{
    appendBubble(int(MessageBubble::Kind::Notice), text);
}

MessageBubble *ConversationView::appendInjected(const QString &text)
{
    MessageBubble *bubble = appendBubble(int(MessageBubble::Kind::Assistant), text);
    bubble->setMeta(QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm"_s) + u" · "_s + tr("sent by you"));
    bubble->setAccessibleName(tr("Message sent by you as the bot"));
    return bubble;
}

bool ConversationView::matchInjected(const QString &text, std::optional<qint64> seq, bool fromEvent)
{
    for (qsizetype i = 0; i < m_injected.size(); ++i) {
        const Injected &seen = m_injected.at(i);
        if (seen.fromEvent == fromEvent)
            continue;
        const bool same = seen.seq && seq ? *seen.seq == *seq : seen.text == text;
        if (same) {
            m_injected.removeAt(i);
            return true;
        }
    }
    m_injected.append({text, seq, fromEvent});
    return false;
}

void ConversationView::confirmInjected(const QString &text, std::optional<qint64> seq)
{
    if (!matchInjected(text, seq, false))
        appendInjected(text);
}

void ConversationView::handleChatEvent(const QJsonObject &payload)
{
    const QString runId = payload.value(u"runId"_s).toString();
    const QString state = payload.value(u"state"_s).toString();
    const QJsonObject message = payload.value(u"message"_s).toObject();
    const QString text = SessionFormat::text(message.value(u"content"_s));
    if (state == u"message"_s) {
        // An inbound message while the conversation is taken over: the agent does not run, so
        // this is the only moment it shows up live (the control protocol's "Taking over").
        MessageBubble *bubble = appendBubble(int(MessageBubble::Kind::User), payload.value(u"text"_s).toString());
        // `ts` as epoch milliseconds (like `timestamp` in chat.history) or an ISO-8601 string.
        const QJsonValue ts = payload.value(u"ts"_s);
        QDateTime when = ts.isDouble() ? QDateTime::fromMSecsSinceEpoch(ts.toInteger())
                                       : QDateTime::fromString(ts.toString(), Qt::ISODateWithMs);
        if (!when.isValid())
            when = QDateTime::currentDateTime();
        bubble->setMeta(when.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
        return;
    }
    if (state == u"final"_s && payload.value(u"injected"_s).toBool()) {
        const QJsonValue seq = message.value(u"seq"_s).isDouble() ? message.value(u"seq"_s) : payload.value(u"seq"_s);
        if (!matchInjected(text, seq.isDouble() ? std::optional<qint64>(seq.toInteger()) : std::nullopt, true))
            appendInjected(text);
        return;
    }
    MessageBubble *bubble = m_typing.value(runId);
    if (state == u"delta"_s) {
        if (!bubble) {
            bubble = appendBubble(int(MessageBubble::Kind::Assistant), QString());
            bubble->setTyping(true);
            m_typing.insert(runId, bubble);
        }
        const bool follow = nearBottom();
        bubble->setText(text);
        if (follow)
            scrollToBottomSoon();
        return;
    }
    if (state == u"final"_s || state == u"aborted"_s) {
        if (!bubble)
            bubble = appendBubble(int(MessageBubble::Kind::Assistant), QString());
        bubble->setTyping(false);
        bubble->setText(text);
        QString meta = SessionFormat::usageLine(payload.value(u"model"_s).toString(),
                                                payload.value(u"usage"_s).toObject(),
                                                optionalDouble(payload, u"costUsd"_s));
        if (state == u"aborted"_s)
            meta = tr("stopped");
        else if (payload.value(u"command"_s).toBool())
            meta = tr("command");
        bubble->setMeta(meta);
        m_typing.remove(runId);
        return;
    }
    if (state == u"error"_s) {
        if (bubble) {
            bubble->setTyping(false);
            if (bubble->text().isEmpty())
                bubble->parentWidget()->deleteLater(); // nothing was said: only the error stays
        }
        m_typing.remove(runId);
        QString message = payload.value(u"errorMessage"_s).toString();
        if (message.isEmpty())
            message = tr("The agent could not answer.");
        appendBubble(int(MessageBubble::Kind::Error), message);
    }
}

void ConversationView::handleAgentEvent(const QJsonObject &payload)
{
    if (payload.value(u"stream"_s).toString() != u"tool"_s)
        return;
    const QJsonObject data = payload.value(u"data"_s).toObject();
    const QString id = data.value(u"toolCallId"_s).toString();
    const QString phase = data.value(u"phase"_s).toString();
    ToolCard *card = m_cards.value(id);
    if (phase == u"start"_s) {
        if (!card)
            appendToolCard(id, data.value(u"name"_s).toString(), data.value(u"args"_s));
    } else if (phase == u"result"_s) {
        if (!card) {
            card = appendToolCard(id, data.value(u"name"_s).toString(), QJsonValue());
            card->setInputUnknown();
        }
        card->setResult(SessionFormat::toolResultText(data.value(u"result"_s)), data.value(u"isError"_s).toBool());
    }
}

QList<MessageBubble *> ConversationView::bubbles() const
{
    // In reading order (older pages are inserted above, so child order is not screen order).
    QList<MessageBubble *> result;
    for (int i = 1; i < m_layout->count() - 1; ++i) {
        if (QWidget *row = m_layout->itemAt(i)->widget())
            result << row->findChildren<MessageBubble *>(Qt::FindDirectChildrenOnly);
    }
    return result;
}

QList<ToolCard *> ConversationView::toolCards() const
{
    QList<ToolCard *> result;
    for (int i = 1; i < m_layout->count() - 1; ++i) {
        if (QWidget *row = m_layout->itemAt(i)->widget())
            result << row->findChildren<ToolCard *>(Qt::FindDirectChildrenOnly);
    }
    return result;
}

MessageBubble *ConversationView::typingBubble() const
{
    for (const QPointer<MessageBubble> &bubble : m_typing) {
        if (bubble)
            return bubble;
    }
    return nullptr;
}

bool ConversationView::nearBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 40;
}

void ConversationView::scrollToBottomSoon()
{
    // After the layout has placed the new rows.
    QTimer::singleShot(0, this, [this] { verticalScrollBar()->setValue(verticalScrollBar()->maximum()); });
}

} // namespace Moltdesk::Ui
