// Issue 11: "The same Telegram conversation is listed twice on the Sessions page". The real app
// (tests/support/panelappharness.h) with Telegram on against the fake Bot API: a stranger writes,
// the operator approves the pairing on the Channels page, the stranger writes again and gets the
// agent's reply - then the Sessions page must list every conversation exactly once, also after
// more messages and the page's debounced refresh.
#include "mainwindow.h"
#include "pages/channelspage.h"
#include "pages/sessionspage.h"
#include "sessions/sessionlistmodel.h"
#include "support/fakeopenaiprovider.h"
#include "support/panelappharness.h"

#include <QAbstractButton>
#include <QHash>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using TestSupport::FakeOpenAiProvider;
using TestSupport::PanelAppHarness;

namespace {
constexpr qint64 kAlice = 7001;
constexpr qint64 kBob = 7002;
const QString kAliceKey = u"telegram:dm:7001"_s;
const QString kBobKey = u"telegram:dm:7002"_s;

// Keys listed more than once, as "key ×N" (empty when every key is listed once).
QStringList duplicateKeys(const Ui::SessionListModel *model)
{
    QHash<QString, int> seen;
    for (int row = 0; row < model->rowCount(); ++row)
        ++seen[model->keyAt(row)];
    QStringList duplicates;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.value() > 1)
            duplicates << u"%1 ×%2"_s.arg(it.key()).arg(it.value());
    }
    return duplicates;
}

QStringList listedKeys(const Ui::SessionListModel *model)
{
    QStringList keys;
    for (int row = 0; row < model->rowCount(); ++row)
        keys << model->keyAt(row);
    return keys;
}
} // namespace

class TestPanelSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pairedConversationIsListedOnce();
    void openConversationsStayListedOnce();
};

void TestPanelSessions::pairedConversationIsListedOnce()
{
    PanelAppHarness app;
    app.setConfig(app.configWithTelegram(u"pairing"_s));
    app.setEnvironment(u"OPENAI_API_KEY"_s, QString(PanelAppHarness::kProviderKey));
    app.setEnvironment(u"TELEGRAM_BOT_TOKEN"_s, QString(PanelAppHarness::kBotToken));
    QVERIFY2(app.start(), qPrintable(app.lastError()));
    const QString token = QString(PanelAppHarness::kBotToken);
    auto *sessions = app.page<Ui::SessionsPage>();
    auto *channels = app.page<Ui::ChannelsPage>();
    QVERIFY(sessions && channels);

    // The operator looks at the conversations first (the list is loaded, the page stays alive).
    app.showPage(sessions);
    QTRY_VERIFY(!sessions->listModel()->isLoading() && sessions->listModel()->rowCount() >= 1);

    // A stranger writes: the bot answers with the pairing notice, the panel shows the request.
    app.telegram().pushText(token, kAlice, kAlice, u"Hi, can I talk to your bot?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(app.telegram().sentMessages(token).size(), 1, 15000);
    // The operator hears of it on the desktop.
    QTRY_VERIFY2(!app.notifications().isEmpty() && app.notifications().constFirst().startsWith(u"New pairing request"_s),
                 qPrintable(app.notifications().join(u" | "_s)));
    app.showPage(channels);
    QPushButton *approve = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((approve = channels->findChild<QPushButton *>(u"approve"_s)) && approve->isVisible(), 10000);
    QTest::mouseClick(approve, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!channels->findChild<QPushButton *>(u"approve"_s), 10000);

    // Approved: she writes again and the agent answers.
    app.provider().enqueue(FakeOpenAiProvider::stream({u"Hello Alice, "_s, u"nice to meet you."_s}));
    app.telegram().pushText(token, kAlice, kAlice, u"Thanks! What can you do?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(app.telegram().sentMessages(token).size(), 2, 15000);
    QCOMPARE(app.telegram().sentMessages(token).constLast().text, u"Hello Alice, nice to meet you."_s);

    app.showPage(sessions);
    Ui::SessionListModel *model = sessions->listModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(kAliceKey) >= 0, 10000);
    QTRY_VERIFY(!model->isLoading());
    QVERIFY2(duplicateKeys(model).isEmpty(), qPrintable(listedKeys(model).join(u", "_s)));

    // More messages: each run's end re-reads the list (debounced); still one row each.
    for (int i = 0; i < 3; ++i) {
        QSignalSpy reloaded(model, &QAbstractItemModel::modelReset);
        app.provider().enqueue(FakeOpenAiProvider::stream({u"Answer %1"_s.arg(i + 1)}));
        app.telegram().pushText(token, kAlice, kAlice, u"Question %1"_s.arg(i + 1));
        QTRY_COMPARE_WITH_TIMEOUT(app.telegram().sentMessages(token).size(), 3 + i, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), 10000);
        QTRY_VERIFY(!model->isLoading());
        QVERIFY2(duplicateKeys(model).isEmpty(), qPrintable(u"after question %1: %2"_s.arg(i + 1).arg(listedKeys(model).join(u", "_s))));
    }
    QCOMPARE(listedKeys(model).count(kAliceKey), 1);
    QCOMPARE(listedKeys(model).count(Ui::SessionListModel::panelChatKey()), 1);
}

void TestPanelSessions::openConversationsStayListedOnce()
{
    PanelAppHarness app;
    app.setConfig(app.configWithTelegram(u"open"_s));
    app.setEnvironment(u"OPENAI_API_KEY"_s, QString(PanelAppHarness::kProviderKey));
    app.setEnvironment(u"TELEGRAM_BOT_TOKEN"_s, QString(PanelAppHarness::kBotToken));
    QVERIFY2(app.start(), qPrintable(app.lastError()));
    const QString token = QString(PanelAppHarness::kBotToken);
    auto *sessions = app.page<Ui::SessionsPage>();
    QVERIFY(sessions);
    Ui::SessionListModel *model = sessions->listModel();

    // The first message arrives before the page was ever shown.
    app.provider().enqueue(FakeOpenAiProvider::stream({u"Hi Bob"_s}));
    app.telegram().pushText(token, kBob, kBob, u"Hello"_s);
    QTRY_COMPARE_WITH_TIMEOUT(app.telegram().sentMessages(token).size(), 1, 15000);
    app.showPage(sessions);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(kBobKey) >= 0, 10000);
    QTRY_VERIFY(!model->isLoading());
    QVERIFY2(duplicateKeys(model).isEmpty(), qPrintable(listedKeys(model).join(u", "_s)));

    // Two people write while the page is shown; the conversation of one of them is open.
    sessions->openSession(kBobKey);
    for (int i = 0; i < 2; ++i) {
        QSignalSpy reloaded(model, &QAbstractItemModel::modelReset);
        app.provider().enqueue(FakeOpenAiProvider::stream({u"To Bob %1"_s.arg(i)}));
        app.telegram().pushText(token, kBob, kBob, u"Bob %1"_s.arg(i));
        app.provider().enqueue(FakeOpenAiProvider::stream({u"To Alice %1"_s.arg(i)}));
        app.telegram().pushText(token, kAlice, kAlice, u"Alice %1"_s.arg(i));
        QTRY_COMPARE_WITH_TIMEOUT(app.telegram().sentMessages(token).size(), 3 + 2 * i, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), 10000);
        QTRY_VERIFY(!model->isLoading());
        QVERIFY2(duplicateKeys(model).isEmpty(), qPrintable(listedKeys(model).join(u", "_s)));
    }
    QTRY_VERIFY(model->rowOf(kAliceKey) >= 0);
    QCOMPARE(listedKeys(model).count(kBobKey), 1);
    QCOMPARE(listedKeys(model).count(kAliceKey), 1);
    QCOMPARE(sessions->currentKey(), kBobKey);
}

QTEST_MAIN(TestPanelSessions)
#include "tst_panelsessions.moc"
