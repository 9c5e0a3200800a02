// Issue 11: with no provider key the Overview used to say, in green, "The gateway is running and
// answering." and show the default provider with a tick; the missing key was a detail in the
// components table. With the real app (tests/support/panelappharness.h): the banner says what is
// missing in words, "Add a key…" opens the Secrets page at that key, and once the key is saved
// the banner turns green on its own.
#include "mainwindow.h"
#include "pages/overviewpage.h"
#include "pages/secretrow.h"
#include "pages/secretspage.h"
#include "support/panelappharness.h"
#include "widgets/banner.h"

#include <QApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using TestSupport::PanelAppHarness;

namespace {
QTreeWidgetItem *componentItem(Ui::OverviewPage *overview, const QString &section, const QString &name)
{
    auto *tree = overview->findChild<QTreeWidget *>(u"components"_s);
    for (int i = 0; tree && i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = tree->topLevelItem(i);
        if (top->text(0) != section)
            continue;
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->text(0) == name)
                return top->child(j);
        }
    }
    return nullptr;
}

bool showsTick(const QTreeWidgetItem *item)
{
    return item && item->data(1, Ui::OverviewPage::HealthLevelRole).toString() == u"ok"_s;
}
} // namespace

class TestPanelOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingKeyIsSaidInWords();
    void withAKeyTheBannerIsGreen();
};

void TestPanelOverview::missingKeyIsSaidInWords()
{
    PanelAppHarness app;
    // The shipped default model (Anthropic), and no key anywhere.
    app.setConfig(QJsonObject{{u"ai"_s, QJsonObject{{u"fallbackModels"_s, QJsonArray{}}}}});
    QVERIFY2(app.start(), qPrintable(app.lastError()));
    Ui::MainWindow *window = app.window();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    Ui::OverviewPage *overview = window->overviewPage();
    QCOMPARE(window->currentPage(), overview);

    auto *banner = overview->findChild<Ui::Banner *>(u"stateBanner"_s);
    QVERIFY(banner);
    QTRY_VERIFY2_WITH_TIMEOUT(banner->text().contains(u"ANTHROPIC_API_KEY"_s), qPrintable(banner->text()), 10000);
    QCOMPARE(banner->text(), u"Moltdesk cannot answer yet: no key for Anthropic (ANTHROPIC_API_KEY is not set)."_s);
    QCOMPARE(banner->tone(), Ui::Banner::Tone::Warning);
    QCOMPARE(overview->missingSecret(), u"ANTHROPIC_API_KEY"_s);

    // The default provider without a key is no green tick.
    QTreeWidgetItem *anthropic = componentItem(overview, u"providers"_s, u"anthropic"_s);
    QVERIFY(anthropic);
    QVERIFY2(!showsTick(anthropic), qPrintable(anthropic->text(1)));
    QVERIFY2(anthropic->text(1).contains(u"no key"_s), qPrintable(anthropic->text(1)));

    // "Add a key…" goes to the Secrets page, at that key's field.
    auto *addKey = overview->findChild<QPushButton *>(u"addKeyButton"_s);
    QVERIFY(addKey);
    QVERIFY(addKey->isVisible());
    QTest::mouseClick(addKey, Qt::LeftButton);
    auto *secrets = qobject_cast<Ui::SecretsPage *>(window->currentPage());
    QVERIFY2(secrets, window->currentPage() ? qPrintable(window->currentPage()->title()) : "no page");
    Ui::SecretRow *row = secrets->row(u"ANTHROPIC_API_KEY"_s);
    QVERIFY(row);
    auto *field = row->findChild<QLineEdit *>(u"value"_s);
    QTRY_COMPARE(QApplication::focusWidget(), field);
    QVERIFY(field->visibleRegion().boundingRect().height() > 0); // scrolled into view

    // Saving the key there (into the test's own keychain service) is the whole fix: the gateway
    // reloads its keys and the banner turns green by itself.
    QTest::keyClicks(field, u"sk-ant-panel-test-0123456789"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(overview->missingSecret().isEmpty() && banner->tone() == Ui::Banner::Tone::Success, 10000);
    QVERIFY(!addKey->isVisibleTo(overview));
    QTRY_VERIFY(showsTick(componentItem(overview, u"providers"_s, u"anthropic"_s)));
}

void TestPanelOverview::withAKeyTheBannerIsGreen()
{
    PanelAppHarness app;
    app.setConfig(app.configWithProvider());
    app.setEnvironment(u"OPENAI_API_KEY"_s, QString(PanelAppHarness::kProviderKey));
    QVERIFY2(app.start(), qPrintable(app.lastError()));
    Ui::OverviewPage *overview = app.window()->overviewPage();
    auto *banner = overview->findChild<Ui::Banner *>(u"stateBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(componentItem(overview, u"providers"_s, u"openai"_s), 10000);
    QCOMPARE(banner->tone(), Ui::Banner::Tone::Success);
    QCOMPARE(banner->text(), u"The gateway is running and answering."_s);
    QVERIFY(overview->missingSecret().isEmpty());
    QVERIFY(!overview->findChild<QPushButton *>(u"addKeyButton"_s)->isVisibleTo(overview));
    QVERIFY(showsTick(componentItem(overview, u"providers"_s, u"openai"_s)));
}

QTEST_MAIN(TestPanelOverview)
#include "tst_paneloverview.moc"
