// Take-over on the Sessions page offscreen, against a scripted gateway that speaks the control
// protocol's "Taking over a conversation": `takenOver` from sessions.list (a "You" badge on the
// row) and chat.history (the button and the composer); the `sessions.takeover` event from another
// client toggles both; an inbound `chat` "message" shows live; chat.inject's reply appears exactly
// once, marked "sent by you", whichever of its event and its answer comes first; a refused inject
// gives the text back. (Split from tst_sessionspage.cpp to keep each file readable.)
#include "pages/sessionspage.h"
#include "sessions/conversationview.h"
#include "sessions/messagebubble.h"
#include "sessions/sessionlistmodel.h"
#include "support/uifakegatewayclient.h"
#include "support/uiscriptedprompter.h"
#include "widgets/statusline.h"

#include <QJsonArray>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

class TestSessionsTakeOver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takenOverFromListAndHistory();
    void eventTogglesButton();
    void buttonFollowsGatewayAnswer();
    void inboundMessageShownLive();
    void injectShowsReplyOnce_data();
    void injectShowsReplyOnce();
    void refusedInjectKeepsText();

private:
    void openTakenOver(Ui::SessionsPage &page, Ui::UiFakeGatewayClient &gateway);
};

namespace {
using Fake = Ui::UiFakeGatewayClient;
const QString Alice = u"telegram:dm:1"_s;
const QString Bob = u"telegram:dm:2"_s;

QJsonObject text(const QString &t)
{
    return {{u"type"_s, u"text"_s}, {u"text"_s, t}};
}

// Alice's conversation is taken over in the list; Bob's only says so in his history.
void script(Fake &gateway, bool historyTakenOver)
{
    QJsonObject alice{{u"key"_s, Alice}, {u"channel"_s, u"telegram"_s}, {u"title"_s, u"Alice"_s},
                      {u"lastActivity"_s, 2000}, {u"messageCount"_s, 3}, {u"takenOver"_s, true}};
    QJsonObject bob{{u"key"_s, Bob}, {u"channel"_s, u"telegram"_s}, {u"title"_s, u"Bob"_s},
                    {u"lastActivity"_s, 1000}, {u"messageCount"_s, 1}};
    gateway.reply(u"sessions.list"_s, QJsonObject{{u"sessions"_s, QJsonArray{alice, bob}}});
    gateway.fail(u"usage.cost"_s, Ws::RpcError::unavailable(u"no usage"_s));
    const QJsonArray messages{
        QJsonObject{{u"seq"_s, 1}, {u"role"_s, u"user"_s}, {u"content"_s, QJsonArray{text(u"Hello?"_s)}}},
        QJsonObject{{u"seq"_s, 2},
                    {u"role"_s, u"assistant"_s},
                    {u"metadata"_s, QJsonObject{{u"injected"_s, true}, {u"by"_s, u"operator"_s}}},
                    {u"content"_s, QJsonArray{text(u"Hi, a human here."_s)}}}};
    gateway.on(u"chat.history"_s, [messages, historyTakenOver](const QJsonObject &params) {
        const bool channel = params.value(u"sessionKey"_s).toString().startsWith(u"telegram:"_s);
        return Fake::Answer{QJsonObject{{u"messages"_s, channel ? messages : QJsonArray()},
                                        {u"hasMore"_s, false},
                                        {u"takenOver"_s, channel && historyTakenOver}},
                            std::nullopt};
    });
    // Supported: the empty probe is refused for its missing sessionKey, not as an unknown method.
    gateway.on(u"sessions.takeover"_s, [](const QJsonObject &params) {
        if (!params.contains(u"sessionKey"_s))
            return Fake::Answer{QJsonValue(), Ws::RpcError::invalidRequest(u"sessionKey is required"_s)};
        return Fake::Answer{QJsonObject{{u"sessionKey"_s, params.value(u"sessionKey"_s)},
                                        {u"takenOver"_s, params.value(u"on"_s).toBool()}},
                            std::nullopt};
    });
}

Ui::PanelServices servicesFor(Ui::GatewayClient *gateway, Ui::Prompter *prompter)
{
    Ui::PanelServices services;
    services.gateway = gateway;
    services.prompter = prompter;
    return services;
}

QList<Ui::MessageBubble *> bubblesOf(Ui::SessionsPage &page, Ui::MessageBubble::Kind kind)
{
    QList<Ui::MessageBubble *> result;
    for (Ui::MessageBubble *bubble : page.conversation()->bubbles())
        if (bubble->kind() == kind)
            result << bubble;
    return result;
}
} // namespace

void TestSessionsTakeOver::openTakenOver(Ui::SessionsPage &page, Fake &gateway)
{
    script(gateway, true);
    page.resize(1100, 700);
    page.show();
    page.activate();
    QTRY_COMPARE(page.listModel()->rowCount(), 3);
    QTRY_COMPARE(page.takeOverSupported(), std::optional<bool>(true));
    page.openSession(Alice);
    QTRY_COMPARE(page.conversation()->bubbles().size(), 2);
    QVERIFY(page.findChild<QPlainTextEdit *>(u"chatInput"_s)->isVisible());
}

void TestSessionsTakeOver::takenOverFromListAndHistory()
{
    Fake gateway;
    script(gateway, true);
    Ui::UiScriptedPrompter prompter;
    Ui::SessionsPage page(servicesFor(&gateway, &prompter));
    page.resize(1100, 700);
    page.show();
    page.activate();
    Ui::SessionListModel *model = page.listModel();
    QTRY_COMPARE(model->rowCount(), 3);
    QTRY_COMPARE(page.takeOverSupported(), std::optional<bool>(true));
    const QModelIndex alice = model->index(model->rowOf(Alice), Ui::SessionListModel::Title);
    const QModelIndex bob = model->index(model->rowOf(Bob), Ui::SessionListModel::Title);
    QVERIFY(alice.data(Ui::SessionListModel::TakenOverRole).toBool());
    QVERIFY(!alice.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(alice.data(Qt::ToolTipRole).toString().contains(u"You are answering here"_s));
    QCOMPARE(alice.data(Qt::AccessibleTextRole).toString(), u"Alice (you are answering)"_s);
    QVERIFY(!bob.data(Ui::SessionListModel::TakenOverRole).toBool());
    QVERIFY(bob.data(Qt::DecorationRole).isNull());
    QVERIFY(!model->index(0, 0).data(Ui::SessionListModel::TakenOverRole).toBool()); // the panel chat

    // Bob's history says he is taken over (the list was older): the page and the row follow it.
    page.openSession(Bob);
    auto *button = page.findChild<QPushButton *>(u"takeOverButton"_s);
    QTRY_VERIFY(page.isTakenOver(Bob));
    QVERIFY(button->isChecked());
    QCOMPARE(button->text(), u"Re&lease"_s);
    QVERIFY(page.findChild<QPlainTextEdit *>(u"chatInput"_s)->isVisible());
    QVERIFY(model->isTakenOver(Bob));
    // The operator's earlier reply is marked as theirs.
    QTRY_COMPARE(page.conversation()->bubbles().size(), 2);
    QVERIFY(page.conversation()->bubbles().at(1)->meta().contains(u"sent by you"_s));
    QCoreApplication::processEvents();
    QVERIFY(page.grab().save(u"/tmp/sessionspage-takeover.png"_s));
}

void TestSessionsTakeOver::eventTogglesButton()
{
    Fake gateway;
    script(gateway, false);
    Ui::UiScriptedPrompter prompter;
    Ui::SessionsPage page(servicesFor(&gateway, &prompter));
    page.show();
    page.activate();
    QTRY_COMPARE(page.takeOverSupported(), std::optional<bool>(true));
    page.openSession(Bob);
    auto *button = page.findChild<QPushButton *>(u"takeOverButton"_s);
    QTRY_VERIFY(button->isEnabled());
    QTRY_COMPARE(page.conversation()->bubbles().size(), 2);
    QVERIFY(!button->isChecked());

    // Another panel took Bob's conversation over.
    gateway.emitEvent(u"sessions.takeover"_s, QJsonObject{{u"sessionKey"_s, Bob}, {u"takenOver"_s, true}});
    QVERIFY(button->isChecked());
    QVERIFY(page.findChild<QPlainTextEdit *>(u"chatInput"_s)->isVisible());
    QVERIFY(page.listModel()->isTakenOver(Bob));
    gateway.emitEvent(u"sessions.takeover"_s, QJsonObject{{u"sessionKey"_s, Bob}, {u"takenOver"_s, false}});
    QVERIFY(!button->isChecked());
    QCOMPARE(button->text(), u"&Take over"_s);
    QVERIFY(!page.findChild<QPlainTextEdit *>(u"chatInput"_s)->isVisible());
    // Another conversation's event only changes that row.
    gateway.emitEvent(u"sessions.takeover"_s, QJsonObject{{u"sessionKey"_s, Alice}, {u"takenOver"_s, false}});
    QVERIFY(!page.listModel()->isTakenOver(Alice));
    QVERIFY(!button->isChecked());
}

void TestSessionsTakeOver::buttonFollowsGatewayAnswer()
{
    Fake gateway;
    script(gateway, false);
    Ui::UiScriptedPrompter prompter;
    Ui::SessionsPage page(servicesFor(&gateway, &prompter));
    page.show();
    page.activate();
    QTRY_COMPARE(page.takeOverSupported(), std::optional<bool>(true));
    page.openSession(Bob);
    auto *button = page.findChild<QPushButton *>(u"takeOverButton"_s);
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    const Fake::Call call = gateway.lastCall(u"sessions.takeover"_s);
    QCOMPARE(call.params.value(u"sessionKey"_s).toString(), Bob);
    QCOMPARE(call.params.value(u"on"_s).toBool(), true);
    QTRY_VERIFY(page.isTakenOver(Bob));
    QVERIFY(button->isChecked());

    // A webchat session cannot be taken over: the refusal is shown and the button stays off.
    gateway.fail(u"sessions.takeover"_s, Ws::RpcError::invalidRequest(u"only channel conversations can be taken over"_s));
    QTest::mouseClick(button, Qt::LeftButton); // release → refused
    auto *status = page.findChild<Ui::StatusLine *>(u"conversationStatus"_s);
    QTRY_VERIFY(status->isError());
    QVERIFY(status->text().contains(u"only channel conversations can be taken over"_s));
    QVERIFY(button->isChecked()); // still what the gateway last said
    QVERIFY(page.isTakenOver(Bob));
}

void TestSessionsTakeOver::inboundMessageShownLive()
{
    Fake gateway;
    Ui::UiScriptedPrompter prompter;
    Ui::SessionsPage page(servicesFor(&gateway, &prompter));
    openTakenOver(page, gateway);
    gateway.emitEvent(u"chat"_s, QJsonObject{{u"sessionKey"_s, Alice}, {u"state"_s, u"message"_s},
                                             {u"role"_s, u"user"_s}, {u"text"_s, u"Are you still there?"_s},
                                             {u"ts"_s, 1774858500000.0}});
    const QList<Ui::MessageBubble *> users = bubblesOf(page, Ui::MessageBubble::Kind::User);
    QCOMPARE(users.size(), 2);
    QCOMPARE(users.constLast()->text(), u"Are you still there?"_s);
    QCOMPARE(page.conversation()->bubbles().constLast(), users.constLast());
    // Someone else's message does not land in this view.
    gateway.emitEvent(u"chat"_s, QJsonObject{{u"sessionKey"_s, Bob}, {u"state"_s, u"message"_s},
                                             {u"role"_s, u"user"_s}, {u"text"_s, u"Bob here"_s}});
    QCOMPARE(bubblesOf(page, Ui::MessageBubble::Kind::User).size(), 2);
}

void TestSessionsTakeOver::injectShowsReplyOnce_data()
{
    QTest::addColumn<int>("eventOrder"); // 0: event before the answer, 1: after, 2: no event
    QTest::addColumn<bool>("withSeq");
    QTest::newRow("event first") << 0 << true;
    QTest::newRow("answer first") << 1 << true;
    QTest::newRow("answer only") << 2 << true;
    QTest::newRow("event first, no seq") << 0 << false;
    QTest::newRow("answer first, no seq") << 1 << false;
}

void TestSessionsTakeOver::injectShowsReplyOnce()
{
    QFETCH(int, eventOrder);
    QFETCH(bool, withSeq);
    Fake gateway;
    Ui::UiScriptedPrompter prompter;
    Ui::SessionsPage page(servicesFor(&gateway, &prompter));
    openTakenOver(page, gateway);
    const QString reply = u"Yes, I'll check your order now."_s;
    int sent = 0;
    gateway.on(u"chat.inject"_s, [&gateway, &sent, reply, eventOrder, withSeq](const QJsonObject &) {
        const int seq = 7 + sent++;
        QJsonObject message{{u"role"_s, u"assistant"_s}, {u"content"_s, QJsonArray{text(reply)}},
                            {u"metadata"_s, QJsonObject{{u"injected"_s, true}, {u"by"_s, u"operator"_s}}}};
        if (withSeq)
            message.insert(u"seq"_s, seq);
        const QJsonObject event{{u"sessionKey"_s, Alice}, {u"state"_s, u"final"_s}, {u"message"_s, message},
                                {u"injected"_s, true}};
        // The fake answers with a zero timer; a zero timer set first fires first.
        if (eventOrder == 0)
            QTimer::singleShot(0, &gateway, [&gateway, event] { gateway.emitEvent(u"chat"_s, event); });
        else if (eventOrder == 1)
            QTimer::singleShot(5, &gateway, [&gateway, event] { gateway.emitEvent(u"chat"_s, event); });
        QJsonObject answer{{u"sessionKey"_s, Alice}, {u"delivered"_s, true}};
        if (withSeq)
            answer.insert(u"seq"_s, seq);
        return Fake::Answer{answer, std::nullopt};
    });
    const int histories = gateway.count(u"chat.history"_s);
    auto *input = page.findChild<QPlainTextEdit *>(u"chatInput"_s);
    input->setPlainText(u"  "_s + reply + u"\n"_s);
    QTest::mouseClick(page.findChild<QPushButton *>(u"sendButton"_s), Qt::LeftButton);
    QCOMPARE(gateway.lastCall(u"chat.inject"_s).params.value(u"text"_s).toString(), reply);
    QCOMPARE(gateway.lastCall(u"chat.inject"_s).params.value(u"sessionKey"_s).toString(), Alice);
    QTRY_COMPARE(bubblesOf(page, Ui::MessageBubble::Kind::Assistant).size(), 2);
    QTest::qWait(30); // both the answer and a late event have arrived by now
    const QList<Ui::MessageBubble *> replies = bubblesOf(page, Ui::MessageBubble::Kind::Assistant);
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies.constLast()->text(), reply);
    QVERIFY(replies.constLast()->meta().contains(u"sent by you"_s));
    QCOMPARE(gateway.count(u"chat.history"_s), histories); // no reload that could show it twice
    QVERIFY(input->toPlainText().isEmpty());

    // The same words again are a second message, shown once more (and only once).
    input->setPlainText(reply);
    QTest::mouseClick(page.findChild<QPushButton *>(u"sendButton"_s), Qt::LeftButton);
    QTRY_COMPARE(bubblesOf(page, Ui::MessageBubble::Kind::Assistant).size(), 3);
    QTest::qWait(30);
    QCOMPARE(bubblesOf(page, Ui::MessageBubble::Kind::Assistant).size(), 3);
}

void TestSessionsTakeOver::refusedInjectKeepsText()
{
    Fake gateway;
    Ui::UiScriptedPrompter prompter;
    Ui::SessionsPage page(servicesFor(&gateway, &prompter));
    openTakenOver(page, gateway);
    gateway.fail(u"chat.inject"_s, Ws::RpcError::unavailable(u"the Telegram channel is not running"_s));
    auto *input = page.findChild<QPlainTextEdit *>(u"chatInput"_s);
    input->setPlainText(u"Sorry for the wait"_s);
    QTest::mouseClick(page.findChild<QPushButton *>(u"sendButton"_s), Qt::LeftButton);
    QTRY_COMPARE(input->toPlainText(), u"Sorry for the wait"_s);
    QCOMPARE(bubblesOf(page, Ui::MessageBubble::Kind::Assistant).size(), 1);
    auto *status = page.findChild<Ui::StatusLine *>(u"conversationStatus"_s);
    QVERIFY(status->isError());
    QVERIFY(status->text().contains(u"the Telegram channel is not running"_s));
}

QTEST_MAIN(TestSessionsTakeOver)
#include "tst_sessionstakeover.moc"
