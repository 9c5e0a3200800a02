#include "base/eventlog.h"
#include "host/logsink.h"

#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using Moltdesk::Base::EventLog;
using Moltdesk::Host::LogSink;

Q_LOGGING_CATEGORY(lcTest, "moltdesk.test")

class TestEventLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundedAndOrdered();
    void tailAfterSeq();
    void sinkRedactsEverywhere();
    void concurrentWriters();
};

void TestEventLog::boundedAndOrdered()
{
    EventLog log(3);
    for (int i = 1; i <= 5; ++i)
        log.append(QtInfoMsg, u"c"_s, QString::number(i));
    const auto entries = log.tail(10);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).message, u"3"_s);
    QCOMPARE(entries.at(2).message, u"5"_s);
    QCOMPARE(entries.at(2).seq, quint64(5));
}

void TestEventLog::tailAfterSeq()
{
    EventLog log(100);
    for (int i = 1; i <= 10; ++i)
        log.append(QtWarningMsg, u"c"_s, QString::number(i));
    const auto after = log.tail(100, 7);
    QCOMPARE(after.size(), 3);
    QCOMPARE(after.first().message, u"8"_s);
    const auto limited = log.tail(2);
    QCOMPARE(limited.size(), 2);
    QCOMPARE(limited.first().message, u"9"_s);
}

void TestEventLog::sinkRedactsEverywhere()
{
    QTemporaryDir dir;
    EventLog log;
    const QString secret = u"sk-ant-verysecretvalue123"_s;
    {
        LogSink sink(&log, [secret](const QString &line) {
            QString out = line;
            return out.replace(secret, u"[REDACTED]"_s);
        });
        sink.setEchoToStderr(false);
        QVERIFY(sink.openFile(dir.filePath(u"logs"_s)));
        sink.install();
        qCWarning(lcTest) << "provider said" << secret;
    }
    QFile file(dir.filePath(u"logs/moltdesk.log"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("provider said"));
    QVERIFY(contents.contains("[REDACTED]"));
    QVERIFY(!contents.contains(secret.toUtf8()));
    const auto entries = log.tail(10);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().category, u"moltdesk.test"_s);
    QVERIFY(!entries.first().message.contains(secret));
}

void TestEventLog::concurrentWriters()
{
    EventLog log(100000);
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([&log] {
            for (int i = 0; i < 1000; ++i)
                log.append(QtInfoMsg, u"c"_s, u"m"_s);
        });
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(30000));
        delete thread;
    }
    const auto entries = log.tail(100000);
    QCOMPARE(entries.size(), 4000);
    for (qsizetype i = 1; i < entries.size(); ++i)
        QCOMPARE(entries.at(i).seq, entries.at(i - 1).seq + 1);
}

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
