// The idempotency ledger and the channels migration: claim() is New once and Duplicate after,
// also after the database is reopened; release() lets a redelivery through; purge works in
// batches by age; the migration creates its tables on a fresh database.
#include "channels/channelsmigration.h"
#include "channels/inboundledger.h"
#include "core/schemamigrations.h"
#include "storage/database.h"
#include "support/queuetestenv.h"

#include <QSqlQuery>
#include <algorithm>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Moltdesk;
using Channels::InboundLedger;

class TestInboundLedger : public QObject
{
    Q_OBJECT

private slots:
    void migrationOnFreshDatabase()
    {
        QTemporaryDir dir;
        Storage::Database db(dir.path(), Moltdesk::Core::SchemaMigrations::all());
        QVERIFY(db.open().ok());
        QCOMPARE(db.schemaVersion().value(), db.latestVersion());
        const QStringList tables = db.connection().value().tables();
        for (const QString &table : {u"channel_pairings"_s, u"channel_senders"_s, u"channel_inbound"_s})
            QVERIFY2(tables.contains(table), qPrintable(table));
        // The migration is in the list and describes itself.
        const auto migrations = Core::SchemaMigrations::all();
        QVERIFY(std::any_of(migrations.cbegin(), migrations.cend(), [](const auto &m) {
            return m.description == Channels::channelsMigration().description;
        }));
        // Its constraints hold: one pending code per sender, unique codes per channel.
        QSqlQuery query(db.connection().value());
        QVERIFY(query.exec(u"INSERT INTO channel_pairings (channel, sender_id, code, sender_name, requested, expires, notified) VALUES ('telegram', '1', 'AAAA2222', '', 0, 1, 0)"_s));
        QVERIFY(!query.exec(u"INSERT INTO channel_pairings (channel, sender_id, code, sender_name, requested, expires, notified) VALUES ('telegram', '2', 'AAAA2222', '', 0, 1, 0)"_s));
        QVERIFY(!query.exec(u"INSERT INTO channel_pairings (channel, sender_id, code, sender_name, requested, expires, notified) VALUES ('telegram', '1', 'BBBB2222', '', 0, 1, 0)"_s));
        QVERIFY(query.exec(u"INSERT INTO channel_pairings (channel, sender_id, code, sender_name, requested, expires, notified) VALUES ('discord', '2', 'AAAA2222', '', 0, 1, 0)"_s));
        QVERIFY(!query.exec(u"INSERT INTO channel_senders (channel, sender_id, status, sender_name, decided, rejection_notified) VALUES ('telegram', '1', 'maybe', '', 0, 0)"_s));
    }

    void upgradeFromPreviousSchema()
    {
        // A data dir written by the build before this migration, with a row in an older table.
        QTemporaryDir dir;
        QList<Storage::Migration> before = Core::SchemaMigrations::all();
        before.removeLast();
        {
            Storage::Database old(dir.path(), before);
            QVERIFY(old.open().ok());
            QSqlQuery query(old.connection().value());
            QVERIFY(query.exec(u"INSERT INTO kv_namespaces VALUES ('MOLTBOT_KV', 1)"_s));
        }
        Storage::Database db(dir.path(), Moltdesk::Core::SchemaMigrations::all());
        QVERIFY(db.open().ok());
        QCOMPARE(db.schemaVersion().value(), db.latestVersion());
        QSqlQuery query(db.connection().value());
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM kv_namespaces"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        InboundLedger ledger(db);
        QCOMPARE(ledger.claim(u"telegram"_s, u"1/1"_s).value(), InboundLedger::Claim::New);
    }

    void claimNewThenDuplicate()
    {
        TestSupport::QueueTestEnv env;
        QVERIFY(env.ok());
        InboundLedger ledger(env.database(), env.clock());
        QCOMPARE(ledger.claim(u"telegram"_s, u"42/1"_s).value(), InboundLedger::Claim::New);
        QCOMPARE(ledger.claim(u"telegram"_s, u"42/1"_s).value(), InboundLedger::Claim::Duplicate);
        QCOMPARE(ledger.claim(u"telegram"_s, u"42/2"_s).value(), InboundLedger::Claim::New);
        QCOMPARE(ledger.claim(u"discord"_s, u"42/1"_s).value(), InboundLedger::Claim::New);
        QVERIFY(!ledger.claim(u"telegram"_s, QString()).ok());
        QVERIFY(!ledger.claim(QString(), u"1"_s).ok());
    }

    void duplicateSurvivesReopen()
    {
        TestSupport::QueueTestEnv env;
        QVERIFY(env.ok());
        QCOMPARE(InboundLedger(env.database(), env.clock()).claim(u"telegram"_s, u"42/7"_s).value(),
                 InboundLedger::Claim::New);
        QVERIFY(env.reopen());
        InboundLedger after(env.database(), env.clock());
        QCOMPARE(after.claim(u"telegram"_s, u"42/7"_s).value(), InboundLedger::Claim::Duplicate);
    }

    void releaseLetsRedeliveryThrough()
    {
        TestSupport::QueueTestEnv env;
        QVERIFY(env.ok());
        InboundLedger ledger(env.database(), env.clock());
        QCOMPARE(ledger.claim(u"telegram"_s, u"1/1"_s).value(), InboundLedger::Claim::New);
        QVERIFY(ledger.release(u"telegram"_s, u"1/1"_s).ok());
        QCOMPARE(ledger.contains(u"telegram"_s, u"1/1"_s).value(), false);
        QCOMPARE(ledger.claim(u"telegram"_s, u"1/1"_s).value(), InboundLedger::Claim::New);
    }

    void purgeByAgeInBatches()
    {
        TestSupport::QueueTestEnv env;
        QVERIFY(env.ok());
        InboundLedger ledger(env.database(), env.clock());
        const int old = InboundLedger::PurgeBatchSize * 2 + 17; // several batches
        {
            QSqlDatabase db = env.database().connection().value();
            db.transaction();
            for (int i = 0; i < old; ++i)
                QCOMPARE(ledger.claim(u"telegram"_s, u"old/"_s + QString::number(i)).value(), InboundLedger::Claim::New);
            db.commit();
        }
        env.advance(std::chrono::hours(24 * 7) + 1ms);
        QCOMPARE(ledger.claim(u"telegram"_s, u"new/1"_s).value(), InboundLedger::Claim::New);
        const auto purged = ledger.purgeOlderThan(7);
        QVERIFY(purged.ok());
        QCOMPARE(purged.value(), old);
        QCOMPARE(ledger.contains(u"telegram"_s, u"old/0"_s).value(), false);
        QCOMPARE(ledger.contains(u"telegram"_s, u"new/1"_s).value(), true);
        QCOMPARE(ledger.purgeOlderThan(7).value(), 0);
        QVERIFY(!ledger.purgeOlderThan(0).ok());
    }
};

QTEST_GUILESS_MAIN(TestInboundLedger)
#include "tst_inboundledger.moc"
