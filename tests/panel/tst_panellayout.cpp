// The real app (tests/support/panelappharness.h) at 1,024 × 640, the smallest screen the panel
// promises to fit (a 1,280 × 800 laptop at 125 %): no page may make the window need more, and
// every button that is shown must lie inside the window - including the Sessions page after its
// first show and with a conversation selected, and the first-run wizard.
#include "mainwindow.h"
#include "pages/sessionspage.h"
#include "sessions/conversationview.h"
#include "sessions/sessionlistmodel.h"
#include "support/fakeopenaiprovider.h"
#include "support/panelappharness.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QLayout>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using TestSupport::PanelAppHarness;

namespace {
const QSize kSmallest(1024, 640);

QString describe(const QWidget *widget)
{
    QStringList chain;
    for (const QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        const QString name = w->objectName();
        chain << (name.isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                 : u"%1 '%2'"_s.arg(QString::fromLatin1(w->metaObject()->className()), name));
        if (chain.size() == 6)
            break;
    }
    return chain.join(u" < "_s);
}

// The innermost scroll area viewport `widget` sits in (below `window`), if any.
QWidget *viewportOf(const QWidget *widget, const QWidget *window)
{
    for (QWidget *w = widget->parentWidget(); w && w != window; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w->parentWidget()); area && area->viewport() == w)
            return w;
    }
    return nullptr;
}

// Buttons shown but not inside `window`: beyond its right or bottom edge, or - inside a scroll
// area - cut off sideways (scrolling down to reach a row is fine; scrolling sideways to reach a
// button is not).
QStringList buttonsOutside(QWidget *window)
{
    QStringList problems;
    // A window that grew past the smallest size does not help a screen that has no more room.
    const QRect bounds = window->rect().intersected(QRect(QPoint(0, 0), kSmallest));
    const QList<QAbstractButton *> buttons = window->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (!button->isVisibleTo(window) || button->window() != window || button->size().isEmpty())
            continue;
        if (QWidget *viewport = viewportOf(button, window)) {
            const QRect inViewport(button->mapTo(viewport, QPoint(0, 0)), button->size());
            if (inViewport.left() < 0 || inViewport.right() > viewport->width() - 1)
                problems << u"%1 (%2) cut off sideways in its scroll area: x %3..%4 of %5"_s.arg(
                    describe(button), button->text(), QString::number(inViewport.left()),
                    QString::number(inViewport.right()), QString::number(viewport->width()));
            continue;
        }
        const QRect inWindow(button->mapTo(window, QPoint(0, 0)), button->size());
        if (!bounds.contains(inWindow))
            problems << u"%1 (%2) at %3,%4 %5x%6 is outside the window (%7x%8 on the smallest screen)"_s.arg(
                describe(button), button->text(), QString::number(inWindow.x()), QString::number(inWindow.y()),
                QString::number(inWindow.width()), QString::number(inWindow.height()),
                QString::number(bounds.width()), QString::number(bounds.height()));
    }
    return problems;
}

// Shown, or would be shown when its page of a stacked widget (pages, tabs) is the current one: a
// hidden page still counts towards the window's minimum size.
bool takesPart(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        if (w->isHidden() && !qobject_cast<const QStackedWidget *>(w->parentWidget()))
            return false;
    }
    return true;
}

// The widgets that ask for the most width or height, for a failure message that says what to fix.
QString widestParts(QWidget *root)
{
    QList<QPair<int, QString>> wide;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!takesPart(w, root) || w->isWindow())
            continue;
        const QSize hint = w->minimumSizeHint().expandedTo(w->minimumSize());
        if (hint.width() > 400 || hint.height() > 400)
            wide << qMakePair(hint.width(), u"%1: min %2x%3"_s.arg(describe(w)).arg(hint.width()).arg(hint.height()));
    }
    std::sort(wide.begin(), wide.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList lines;
    for (const auto &entry : std::as_const(wide))
        lines << entry.second;
    return lines.mid(0, 40).join(u"\n  "_s);
}

// QVERIFY2 cuts long messages: the whole list goes to the log, the failure names the place.
#define VERIFY_FITS(problems, where)                                                                                   \
    do {                                                                                                               \
        const QString found = (problems);                                                                              \
        if (!found.isEmpty()) {                                                                                        \
            qWarning().noquote() << (where) << found;                                                                  \
            QFAIL(qPrintable((where) + u": "_s + found.left(600)));                                                    \
        }                                                                                                              \
    } while (false)

QString fits(QWidget *window)
{
    QCoreApplication::processEvents();
    if (QLayout *layout = window->layout())
        layout->activate();
    QStringList problems;
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (minimum.width() > kSmallest.width() || minimum.height() > kSmallest.height())
        problems << u"the window needs at least %1x%2:\n  %3"_s.arg(minimum.width()).arg(minimum.height()).arg(widestParts(window));
    if (window->width() > kSmallest.width() || window->height() > kSmallest.height())
        problems << u"the window grew to %1x%2"_s.arg(window->width()).arg(window->height());
    problems << buttonsOutside(window);
    return problems.join(u"\n"_s);
}
} // namespace

class TestPanelLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPageFitsTheSmallestWindow();
    void sessionsFitsWithAConversationOpen();
    void wizardFitsTheSmallestWindow();
};

void TestPanelLayout::everyPageFitsTheSmallestWindow()
{
    PanelAppHarness app;
    app.setConfig(app.configWithTelegram());
    app.setEnvironment(u"OPENAI_API_KEY"_s, QString(PanelAppHarness::kProviderKey));
    app.setEnvironment(u"TELEGRAM_BOT_TOKEN"_s, QString(PanelAppHarness::kBotToken));
    QVERIFY2(app.start(), qPrintable(app.lastError()));
    Ui::MainWindow *window = app.window();
    window->resize(kSmallest);
    QCOMPARE(app.pages().size(), 9);

    // Twice round: a page's first show loads data and sets texts that can widen it for good.
    for (int round = 0; round < 2; ++round) {
        for (Ui::Page *page : app.pages()) {
            app.showPage(page);
            QTRY_COMPARE(window->currentPage(), page);
            // The first answers of the gateway arrive and fill the page.
            QTRY_VERIFY2(page->pendingWork().isEmpty(), qPrintable(page->pendingWork()));
            VERIFY_FITS(fits(window), u"round %1, page %2"_s.arg(round + 1).arg(page->title()));
            // Every tab of the page (Storage, Settings) too.
            const QList<QTabWidget *> tabWidgets = page->findChildren<QTabWidget *>();
            for (QTabWidget *tabs : tabWidgets) {
                if (!tabs->isVisibleTo(window))
                    continue;
                for (int tab = 0; tab < tabs->count(); ++tab) {
                    tabs->setCurrentIndex(tab);
                    QTRY_VERIFY2(page->pendingWork().isEmpty(), qPrintable(page->pendingWork()));
                    VERIFY_FITS(fits(window), u"round %1, page %2, tab %3"_s.arg(round + 1).arg(page->title(), tabs->tabText(tab)));
                }
                tabs->setCurrentIndex(0);
            }
        }
    }
}

void TestPanelLayout::sessionsFitsWithAConversationOpen()
{
    PanelAppHarness app;
    app.setConfig(app.configWithTelegram());
    app.setEnvironment(u"OPENAI_API_KEY"_s, QString(PanelAppHarness::kProviderKey));
    app.setEnvironment(u"TELEGRAM_BOT_TOKEN"_s, QString(PanelAppHarness::kBotToken));
    QVERIFY2(app.start(), qPrintable(app.lastError()));
    Ui::MainWindow *window = app.window();
    window->resize(kSmallest);

    // A Telegram conversation with a long reply, so the list and the conversation have content.
    app.provider().enqueue(TestSupport::FakeOpenAiProvider::stream(
        {u"A reply long enough to wrap in the conversation view, "_s, u"so the bubbles are tested at the small size too."_s}));
    app.telegram().pushText(QString(PanelAppHarness::kBotToken), 5551, 5551, u"Hello, is anyone there?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(app.telegram().sentMessages(QString(PanelAppHarness::kBotToken)).size(), 1, 15000);

    auto *sessions = app.page<Ui::SessionsPage>();
    QVERIFY(sessions);
    app.showPage(sessions);
    QTRY_VERIFY(sessions->listModel()->rowOf(u"telegram:dm:5551"_s) >= 0);
    VERIFY_FITS(fits(window), u"panel chat open"_s);

    sessions->openSession(u"telegram:dm:5551"_s);
    QTRY_COMPARE(sessions->currentKey(), u"telegram:dm:5551"_s);
    QTRY_COMPARE_WITH_TIMEOUT(sessions->conversation()->bubbles().size() >= 2, true, 5000);
    VERIFY_FITS(fits(window), u"Telegram conversation open"_s);

    // Away and back: the page keeps fitting.
    app.showPage(app.pages().constFirst());
    app.showPage(sessions);
    VERIFY_FITS(fits(window), u"shown again"_s);
}

void TestPanelLayout::wizardFitsTheSmallestWindow()
{
    PanelAppHarness app; // no config.json: first run
    QVERIFY2(app.start(), qPrintable(app.lastError()));
    QTRY_VERIFY(app.wizard());
    Ui::SetupWizard *wizard = app.wizard();
    QTRY_VERIFY(wizard->isVisible());
    QCoreApplication::processEvents();
    const QSize minimum = wizard->minimumSizeHint().expandedTo(wizard->minimumSize());
    QVERIFY2(minimum.width() <= kSmallest.width() && minimum.height() <= kSmallest.height(),
             qPrintable(u"the wizard needs %1x%2:\n  %3"_s.arg(minimum.width()).arg(minimum.height()).arg(widestParts(wizard))));
    QVERIFY2(wizard->width() <= kSmallest.width() && wizard->height() <= kSmallest.height(),
             qPrintable(u"the wizard opened at %1x%2"_s.arg(wizard->width()).arg(wizard->height())));
    for (int id : wizard->pageIds()) {
        QWizardPage *page = wizard->page(id);
        const QSize pageMinimum = page->minimumSizeHint().expandedTo(page->minimumSize());
        QVERIFY2(pageMinimum.width() <= kSmallest.width() && pageMinimum.height() <= kSmallest.height(),
                 qPrintable(u"wizard page %1 needs %2x%3"_s.arg(id).arg(pageMinimum.width()).arg(pageMinimum.height())));
    }
    const QString problems = buttonsOutside(wizard).join(u"\n"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_MAIN(TestPanelLayout)
#include "tst_panellayout.moc"
