// The desktop mode as a process (offscreen platform): it starts the embedded gateway, a second
// launch on the same data dir hands over to it ("show window") instead of starting, and SIGTERM
// stops it cleanly.
#include "support/appprocess.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using Moltdesk::TestSupport::AppProcess;

namespace {
const QString kBinary = QStringLiteral(MOLTDESK_BINARY);
const QString kToken = u"gui-instance-token-0123456789abcdef0123456789"_s;
} // namespace

class TestGuiInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLaunchShowsTheRunningWindow();
};

void TestGuiInstance::secondLaunchShowsTheRunningWindow()
{
    QTemporaryDir dir;
    QProcessEnvironment env = AppProcess::environmentWithToken(kToken);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);

    AppProcess first(kBinary);
    first.setEnvironment(env);
    QVERIFY(first.start({u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s}));
    QVERIFY2(first.waitForListening().isValid(), first.transcript().constData());
    QVERIFY(!first.stdErr().contains("running headless"));

    AppProcess second(kBinary);
    second.setEnvironment(env);
    QVERIFY(second.start({u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s}));
    QCOMPARE(second.waitForExit(), 0);
    QVERIFY2(second.stdErr().contains("already running on this data directory: showing its window"),
             second.transcript().constData());
    QVERIFY(second.stdOut().isEmpty()); // it never listened
    QVERIFY(first.waitForStdErr("a second launch asked to show the window"));

    QVERIFY(first.sendSignal(SIGTERM));
    QCOMPARE(first.waitForExit(), 0);
}

QTEST_GUILESS_MAIN(TestGuiInstance)
#include "tst_guiinstance.moc"
