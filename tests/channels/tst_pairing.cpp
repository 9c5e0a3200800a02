// Pairing (security.dmPolicy = "pairing"): a code per unknown sender, the same code on repeat,
// approve -> admitted, reject -> denied (told once), expiry after one hour on an injected clock,
// at most three pending codes per channel (the WS methods/events the panel uses:
// tests/control/tst_pairingmethods.cpp).
#include "channels/accesspolicy.h"
#include "channels/channelregistry.h"
#include "channels/pairingstore.h"
#include "support/channelsfakechannel.h"
#include "support/queuetestenv.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Moltdesk;
using Channels::AccessDecision;
using Channels::PairingStore;
using TestSupport::ChannelsFakeChannel;

class TestPairing : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_env = std::make_unique<TestSupport::QueueTestEnv>();
        QVERIFY2(m_env->ok(), qPrintable(m_env->openError()));
        m_store = std::make_unique<PairingStore>(m_env->database(), m_env->clock());
        QVERIFY(m_store->open().ok());
        Config::SecuritySettings security; // dmPolicy defaults to pairing
        m_policy = std::make_unique<Channels::AccessPolicy>(security, m_store.get(), m_env->clock());
    }

    void cleanup()
    {
        m_policy.reset();
        m_store.reset();
        m_env.reset();
    }

    void codeShape()
    {
        const QRegularExpression shape(u"^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$"_s);
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString code = PairingStore::generateCode();
            QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
            seen.insert(code);
        }
        QVERIFY(seen.size() > 190); // random, not a counter or a constant
        QCOMPARE(PairingStore::normaliseCode(u" abcd-2345 "_s), u"ABCD2345"_s);
    }

    void codeIssuedOnceAndRepeated()
    {
        QSignalSpy requested(m_store.get(), &PairingStore::requested);
        const AccessDecision first = m_policy->decide(dm(u"42"_s, u"1"_s));
        QCOMPARE(first.outcome, AccessDecision::Outcome::PairingNeeded);
        QCOMPARE(first.notice, AccessDecision::Notice::PairingCode);
        QCOMPARE(first.pairing.code.size(), PairingStore::CodeLength);
        QCOMPARE(requested.count(), 1);

        // Asking again: same code, no second notice, no second event.
        m_env->advance(1min);
        const AccessDecision again = m_policy->decide(dm(u"42"_s, u"2"_s));
        QCOMPARE(again.outcome, AccessDecision::Outcome::PairingNeeded);
        QCOMPARE(again.pairing.code, first.pairing.code);
        QCOMPARE(again.notice, AccessDecision::Notice::None);
        QCOMPARE(requested.count(), 1);

        // Still writing much later (but within the hour): one reminder with the same code.
        m_env->advance(10min);
        const AccessDecision reminder = m_policy->decide(dm(u"42"_s, u"3"_s));
        QCOMPARE(reminder.notice, AccessDecision::Notice::PairingCode);
        QCOMPARE(reminder.pairing.code, first.pairing.code);
        QCOMPARE(m_policy->decide(dm(u"42"_s, u"4"_s)).notice, AccessDecision::Notice::None);

        const auto pending = m_store->pending(u"telegram"_s);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().senderId, u"42"_s);
        QCOMPARE(pending->first().senderName, u"User 42"_s);
    }

    void approveAdmits()
    {
        const QString code = m_policy->decide(dm(u"42"_s, u"1"_s)).pairing.code;
        QSignalSpy resolved(m_store.get(), &PairingStore::resolved);
        const auto approved = m_store->approve(u"telegram"_s, code.toLower()); // case-insensitive
        QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().message));
        QCOMPARE(approved->senderId, u"42"_s);
        QCOMPARE(resolved.count(), 1);
        const AccessDecision after = m_policy->decide(dm(u"42"_s, u"2"_s));
        QCOMPARE(after.outcome, AccessDecision::Outcome::Admit);
        QCOMPARE(after.reason, u"paired"_s);
        QVERIFY(m_store->pending().value().isEmpty());
        // The code is spent.
        QCOMPARE(m_store->approve(u"telegram"_s, code).error().code, Storage::Error::Code::NotFound);

        // Survives a restart (the decision is in SQLite, the cache is reloaded).
        m_policy.reset();
        m_store.reset();
        QVERIFY(m_env->reopen());
        m_store = std::make_unique<PairingStore>(m_env->database(), m_env->clock());
        QVERIFY(m_store->open().ok());
        QCOMPARE(m_store->senderState(u"telegram"_s, u"42"_s), PairingStore::SenderState::Approved);
        // Another channel's sender with the same id is a different person.
        QCOMPARE(m_store->senderState(u"discord"_s, u"42"_s), PairingStore::SenderState::Unknown);
    }

    void rejectDeniesAndTellsOnce()
    {
        const QString code = m_policy->decide(dm(u"42"_s, u"1"_s)).pairing.code;
        QVERIFY(m_store->reject(u"telegram"_s, code).ok());
        const AccessDecision first = m_policy->decide(dm(u"42"_s, u"2"_s));
        QCOMPARE(first.outcome, AccessDecision::Outcome::Deny);
        QCOMPARE(first.reason, u"rejected"_s);
        QCOMPARE(first.notice, AccessDecision::Notice::Rejected);
        for (int i = 3; i < 6; ++i) {
            const AccessDecision later = m_policy->decide(dm(u"42"_s, QString::number(i)));
            QCOMPARE(later.outcome, AccessDecision::Outcome::Deny);
            QCOMPARE(later.notice, AccessDecision::Notice::None);
        }
        // No new code for a rejected sender.
        QVERIFY(m_store->pending().value().isEmpty());
        // Rejected senders are denied in groups too.
        QCOMPARE(m_policy->decide(ChannelsFakeChannel::group(u"-100"_s, u"42"_s, u"9"_s, true)).outcome,
                 AccessDecision::Outcome::Deny);
        // Forgetting makes them unknown again: they get a fresh code.
        QCOMPARE(m_store->forget(u"telegram"_s, u"42"_s).value(), true);
        QCOMPARE(m_policy->decide(dm(u"42"_s, u"10"_s)).outcome, AccessDecision::Outcome::PairingNeeded);
    }

    void codesExpireAfterOneHour()
    {
        const QString code = m_policy->decide(dm(u"42"_s, u"1"_s)).pairing.code;
        m_env->advance(59min);
        QCOMPARE(m_store->pending().value().size(), 1);
        m_env->advance(1min);
        QVERIFY(m_store->pending().value().isEmpty());
        const auto late = m_store->approve(u"telegram"_s, code);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, Storage::Error::Code::NotFound);
        QVERIFY(late.error().message.contains(u"expire"_s));
        // Writing again after expiry issues a new code with a notice.
        const AccessDecision renewed = m_policy->decide(dm(u"42"_s, u"2"_s));
        QCOMPARE(renewed.notice, AccessDecision::Notice::PairingCode);
        QVERIFY(m_store->approve(u"telegram"_s, renewed.pairing.code).ok());
    }

    void pendingCapOfThree()
    {
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(m_policy->decide(dm(QString::number(i), u"m"_s)).outcome, AccessDecision::Outcome::PairingNeeded);
        const AccessDecision fourth = m_policy->decide(dm(u"4"_s, u"m"_s));
        QCOMPARE(fourth.outcome, AccessDecision::Outcome::Deny);
        QCOMPARE(fourth.reason, u"pairing_busy"_s);
        QCOMPARE(fourth.notice, AccessDecision::Notice::PairingBusy);
        // Nothing stored for the fourth, and it is not told again and again.
        QCOMPARE(m_store->pending().value().size(), 3);
        QCOMPARE(m_policy->decide(dm(u"4"_s, u"m2"_s)).notice, AccessDecision::Notice::None);
        // The cap is per channel.
        Channels::InboundMessage other = dm(u"4"_s, u"m"_s);
        other.channel = u"discord"_s;
        QCOMPARE(m_policy->decide(other).outcome, AccessDecision::Outcome::PairingNeeded);
        // An expired code frees a slot.
        m_env->advance(61min);
        QCOMPARE(m_policy->decide(dm(u"4"_s, u"m3"_s)).outcome, AccessDecision::Outcome::PairingNeeded);
    }

    void wrongCodeAndChannel()
    {
        const QString code = m_policy->decide(dm(u"42"_s, u"1"_s)).pairing.code;
        QCOMPARE(m_store->approve(u"discord"_s, code).error().code, Storage::Error::Code::NotFound);
        QCOMPARE(m_store->approve(u"telegram"_s, u"ZZZZZZZZ"_s).error().code, Storage::Error::Code::NotFound);
        QCOMPARE(m_store->approve(u"telegram"_s, QString()).error().code, Storage::Error::Code::InvalidArgument);
        QCOMPARE(m_store->senderState(u"telegram"_s, u"42"_s), PairingStore::SenderState::Unknown);
    }

private:
    static Channels::InboundMessage dm(const QString &sender, const QString &messageId)
    {
        return ChannelsFakeChannel::dm(sender, messageId);
    }

    std::unique_ptr<TestSupport::QueueTestEnv> m_env;
    std::unique_ptr<PairingStore> m_store;
    std::unique_ptr<Channels::AccessPolicy> m_policy;
};

QTEST_GUILESS_MAIN(TestPairing)
#include "tst_pairing.moc"
