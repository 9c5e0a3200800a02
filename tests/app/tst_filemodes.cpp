// Issue 13, item 11, as the attack: another local user reads the data directory (database,
// logs, objects, config, token file) or the --env-file, because Moltdesk was started under a loose
// umask or an old version left loose modes behind (docs/storage.md "File modes").
#include "support/appprocess.h"
#include "support/configtestfiles.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using Moltdesk::TestSupport::AppProcess;
using Moltdesk::TestSupport::ConfigTestFiles;

namespace {

const QString kBinary = QStringLiteral(MOLTDESK_BINARY);
const QString kToken = u"filemodes-operator-token-0123456789abcdef"_s;

int modeOf(const QString &path)
{
    struct stat info = {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

bool writeWithMode(const QString &path, const QByteArray &data, int mode)
{
    return ConfigTestFiles::write(path, data) && ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

// Starts `app` under umask 000, so nothing but the program's own care keeps the modes tight.
bool startUnderOpenUmask(AppProcess &app, const QStringList &arguments)
{
    const mode_t previous = ::umask(0);
    const bool started = app.start(arguments); // fork happens here; the child inherits umask 000
    ::umask(previous);
    return started;
}

// Every directory under (and including) `root` 0700, every file 0600; the offenders otherwise.
QStringList looseModes(const QString &root)
{
    QStringList loose;
    if (modeOf(root) != 0700)
        loose.append(u"%1 %2"_s.arg(root, QString::number(modeOf(root), 8)));
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        const int wanted = info.isSymLink() ? -2 : info.isDir() ? 0700 : 0600;
        if (wanted != -2 && modeOf(path) != wanted)
            loose.append(u"%1 %2"_s.arg(path, QString::number(modeOf(path), 8)));
    }
    return loose;
}

} // namespace

class TestFileModes : public QObject
{
    Q_OBJECT

private slots:
    void dataDirIsOwnerOnlyUnderUmask000()
    {
        QTemporaryDir parent;
        QVERIFY(parent.isValid());
        const QString data = parent.filePath(u"data"_s); // created by the program itself
        AppProcess app(kBinary);
        app.setEnvironment(AppProcess::cleanEnvironment()); // no token, no keychain: the token file
        QVERIFY(startUnderOpenUmask(app, AppProcess::headlessArguments(data)));
        QVERIFY2(app.waitForListening().isValid(), app.transcript().constData());

        // While running: the database, its -wal and -shm, the log, the token file, objects/.
        for (const QString &name : {u"moltdesk.db"_s, u"moltdesk.db-wal"_s, u"moltdesk.db-shm"_s,
                                    u"logs/moltdesk.log"_s, u"operator-token"_s, u"objects"_s})
            QVERIFY2(QFile::exists(QDir(data).filePath(name)), qPrintable(name));
        QStringList loose = looseModes(data);
        QVERIFY2(loose.isEmpty(), qPrintable(loose.join(u'\n')));

        QVERIFY(app.sendSignal(SIGTERM));
        QCOMPARE(app.waitForExit(), 0);
        loose = looseModes(data);
        QVERIFY2(loose.isEmpty(), qPrintable(loose.join(u'\n')));
    }

    void looseModesAreTightenedAtStartUp()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        QVERIFY(::chmod(QFile::encodeName(data.path()).constData(), 0755) == 0);
        QVERIFY(writeWithMode(data.filePath(u"config.json"_s), "{}\n", 0644));
        QVERIFY(QDir(data.path()).mkpath(u"logs"_s));
        QVERIFY(::chmod(QFile::encodeName(data.filePath(u"logs"_s)).constData(), 0777) == 0);
        QVERIFY(writeWithMode(data.filePath(u"logs/moltdesk.log.1"_s), "old line\n", 0666));
        QVERIFY(QDir(data.path()).mkpath(u"objects/ab"_s));
        QVERIFY(writeWithMode(data.filePath(u"objects/ab/stray"_s), "attachment bytes", 0644));

        AppProcess app(kBinary);
        app.setEnvironment(AppProcess::environmentWithToken(kToken));
        QVERIFY(startUnderOpenUmask(app, AppProcess::headlessArguments(data.path())));
        QVERIFY2(app.waitForListening().isValid(), app.transcript().constData());
        const QStringList loose = looseModes(data.path());
        QVERIFY2(loose.isEmpty(), qPrintable(loose.join(u'\n')));
        // Each change is logged, with the path and both modes.
        const QByteArray err = app.stdErr();
        QVERIFY2(err.contains(QByteArray("file mode tightened: " + QFile::encodeName(data.filePath(u"config.json"_s)) + ": 0644 -> 0600")),
                 err.constData());
        QVERIFY2(err.contains(QByteArray("file mode tightened: " + QFile::encodeName(data.filePath(u"logs/moltdesk.log.1"_s)) + ": 0666 -> 0600")),
                 err.constData());
        QVERIFY2(err.contains(QByteArray(QFile::encodeName(data.filePath(u"objects/ab/stray"_s)) + ": 0644 -> 0600")), err.constData());
        QVERIFY(app.sendSignal(SIGTERM));
        QCOMPARE(app.waitForExit(), 0);
    }

    void envFileOthersCanReadIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0644") << 0644;
        QTest::newRow("0640") << 0640;
        QTest::newRow("0604") << 0604;
        QTest::newRow("0620") << 0620;
    }

    void envFileOthersCanReadIsRefused()
    {
        QFETCH(int, mode);
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString envFile = data.filePath(u"secrets.env"_s);
        QVERIFY(writeWithMode(envFile, "MOLTDESK_TOKEN=" + kToken.toUtf8() + "\nOPENAI_API_KEY=sk-filemodes-secret-42\n", mode));
        AppProcess app(kBinary);
        app.setEnvironment(AppProcess::cleanEnvironment());
        QVERIFY(app.start(AppProcess::headlessArguments(data.path()) << u"--env-file"_s << envFile));
        QCOMPARE(app.waitForExit(), 2);
        QVERIFY(!app.stdOut().contains("listening on"));
        const QList<QByteArray> lines = app.programErrorLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(QByteArray("chmod 600 " + QFile::encodeName(envFile))), lines.first().constData());
        QVERIFY2(lines.first().contains("group or others"), lines.first().constData());
        QVERIFY(!app.transcript().contains("sk-filemodes-secret-42"));
        QVERIFY(!app.transcript().contains(kToken.toUtf8()));
        // The file is the operator's: not "fixed" behind their back.
        QCOMPARE(modeOf(envFile), mode);

        // The same file, 0600, is read.
        QVERIFY(::chmod(QFile::encodeName(envFile).constData(), 0600) == 0);
        AppProcess fixed(kBinary);
        fixed.setEnvironment(AppProcess::cleanEnvironment());
        QVERIFY(fixed.start(AppProcess::headlessArguments(data.path()) << u"--env-file"_s << envFile));
        QVERIFY2(fixed.waitForListening().isValid(), fixed.transcript().constData());
        QVERIFY(fixed.sendSignal(SIGTERM));
        QCOMPARE(fixed.waitForExit(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFileModes)
#include "tst_filemodes.moc"
