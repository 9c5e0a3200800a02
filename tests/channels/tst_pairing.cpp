// Pairing (security.dmPolicy = "pairing"): a code per unknown sender, the same code on repeat,
// approve -> admitted, reject -> denied (told once), expiry after one hour on an injected clock,
// at most three pending codes per channel and kind, the newest kept; groups pair like senders
// (the WS methods/events the panel uses: tests/control/tst_pairingmethods.cpp).
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

    void throwAwayAccountsCannotFillThePendingSlots()
    {
        // The attack: three throw-away accounts ask for codes and every real person after them
        // used to hear "try later" for an hour. Now the newest three are kept, the oldest dropped.
        QSignalSpy dropped(m_store.get(), &PairingStore::dropped);
        for (int i = 1; i <= 3; ++i) {
            QCOMPARE(m_policy->decide(dm(u"spam%1"_s.arg(i), u"m"_s)).outcome, AccessDecision::Outcome::PairingNeeded);
            m_env->advance(1s);
        }
        const AccessDecision real = m_policy->decide(dm(u"friend"_s, u"m"_s));
        QCOMPARE(real.outcome, AccessDecision::Outcome::PairingNeeded);
        QCOMPARE(real.notice, AccessDecision::Notice::PairingCode);
        QVERIFY(!real.pairing.code.isEmpty());
        const QList<Channels::PendingPairing> pending = m_store->pending().value();
        QCOMPARE(pending.size(), PairingStore::MaxPendingPerChannel);
        QStringList senders;
        for (const auto &p : pending)
            senders << p.senderId;
        QCOMPARE(senders, (QStringList{u"spam2"_s, u"spam3"_s, u"friend"_s}));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().at(0).value<Channels::PendingPairing>().senderId, u"spam1"_s);
        // The operator can approve the newcomer; the dropped code is gone.
        QVERIFY(m_store->approve(u"telegram"_s, real.pairing.code).ok());
        QCOMPARE(m_store->senderState(u"telegram"_s, u"friend"_s), PairingStore::SenderState::Approved);
        // The cap is per channel: another channel's requests drop nothing here.
        Channels::InboundMessage other = dm(u"4"_s, u"m"_s);
        other.channel = u"discord"_s;
        QCOMPARE(m_policy->decide(other).outcome, AccessDecision::Outcome::PairingNeeded);
        QCOMPARE(m_store->pending(u"telegram"_s).value().size(), 2);
        // A flood of strangers cannot push out a group's request either: separate caps per kind.
        Channels::InboundMessage inGroup = ChannelsFakeChannel::group(u"-77"_s, u"900"_s, u"g1"_s, true);
        QCOMPARE(m_policy->decide(inGroup).outcome, AccessDecision::Outcome::PairingNeeded);
        for (int i = 4; i <= 9; ++i) {
            m_env->advance(1s);
            QCOMPARE(m_policy->decide(dm(u"spam%1"_s.arg(i), u"m"_s)).outcome, AccessDecision::Outcome::PairingNeeded);
        }
        int groups = 0;
        // Held in a variable: a range-for over the temporary Result's value() would dangle.
        const QList<Channels::PendingPairing> stillPending = m_store->pending(u"telegram"_s).value();
        for (const auto &p : stillPending)
            groups += p.kind == Channels::PendingPairing::Kind::Group ? 1 : 0;
        QCOMPARE(groups, 1);
    }

    void senderNamesAreUntrustedText()
    {
        // The attack: a display name chosen to mislead the operator - right-to-left overrides
        // that flip "gpj.exe" around, line breaks that fake a second line in the panel, a name
        // long enough to push the code out of view.
        const QString rlo = QString(QChar(0x202E));
        Channels::InboundMessage message = dm(u"66"_s, u"1"_s);
        message.senderName = u"Operator"_s + rlo + u"\n(approved)\u200B\t  admin"_s + QString(500, u'x');
        const AccessDecision decision = m_policy->decide(message);
        QCOMPARE(decision.outcome, AccessDecision::Outcome::PairingNeeded);
        const Channels::PendingPairing stored = m_store->pending().value().constFirst();
        QVERIFY(!stored.senderName.contains(rlo));
        QVERIFY(!stored.senderName.contains(u'\n'));
        QVERIFY(!stored.senderName.contains(QChar(0x200B)));
        QVERIFY(stored.senderName.startsWith(u"Operator (approved) admin"_s));
        QCOMPARE(stored.senderName.size(), Channels::PendingPairing::MaxNameLength);
        QCOMPARE(stored.toJson().value(u"senderName"_s).toString(), stored.senderName);
        // A surrogate pair is never cut in half at the cap.
        const QString emoji = QString::fromUcs4(U"\U0001F600");
        const QString clean = Channels::PendingPairing::cleanName(QString(63, u'a') + emoji);
        QVERIFY(!clean.back().isHighSurrogate());
        QCOMPARE(Channels::PendingPairing::cleanName(emoji + u"  Bo"_s), emoji + u" Bo"_s);
    }

    void unknownGroupGetsOneCodeAndIsAnsweredOnlyAfterApproval()
    {
        // The attack: a stranger makes a group, adds the bot and mentions it. Under the default
        // dmPolicy (pairing) the group gets a code, nobody in it reaches the agent until the
        // operator approves the group, and the code is repeated at most every ten minutes.
        QSignalSpy requested(m_store.get(), &PairingStore::requested);
        Channels::InboundMessage mention = ChannelsFakeChannel::group(u"-500"_s, u"901"_s, u"1"_s, true);
        mention.chatTitle = u"Free AI here"_s + QString(QChar(0x202E));
        const AccessDecision first = m_policy->decide(mention);
        QCOMPARE(first.outcome, AccessDecision::Outcome::PairingNeeded);
        QCOMPARE(first.reason, u"group_pairing"_s);
        QCOMPARE(first.notice, AccessDecision::Notice::GroupPairingCode);
        QCOMPARE(first.pairing.kind, Channels::PendingPairing::Kind::Group);
        QCOMPARE(first.pairing.senderId, u"-500"_s);
        QCOMPARE(first.pairing.senderName, u"Free AI here"_s);
        QCOMPARE(requested.size(), 1);
        // Other members mentioning the bot: the same code, no second notice within ten minutes.
        const AccessDecision again = m_policy->decide(ChannelsFakeChannel::group(u"-500"_s, u"902"_s, u"2"_s, true));
        QCOMPARE(again.outcome, AccessDecision::Outcome::PairingNeeded);
        QCOMPARE(again.pairing.code, first.pairing.code);
        QCOMPARE(again.notice, AccessDecision::Notice::None);
        // Chatter that does not address the bot asks for nothing.
        QCOMPARE(m_policy->screen(ChannelsFakeChannel::group(u"-501"_s, u"903"_s, u"3"_s, false)).outcome,
                 AccessDecision::Outcome::Ignore);
        QCOMPARE(m_store->pending().value().size(), 1);
        // The group's pairing is not a sender's: the member who asked is still unknown.
        QCOMPARE(m_store->senderState(u"telegram"_s, u"-500"_s), PairingStore::SenderState::Unknown);

        const auto approved = m_store->approve(u"telegram"_s, first.pairing.code);
        QVERIFY(approved.ok());
        QCOMPARE(approved->kind, Channels::PendingPairing::Kind::Group);
        QCOMPARE(approved->toJson().value(u"kind"_s).toString(), u"group"_s);
        const AccessDecision answered = m_policy->decide(ChannelsFakeChannel::group(u"-500"_s, u"902"_s, u"4"_s, true));
        QCOMPARE(answered.outcome, AccessDecision::Outcome::Admit);
        QCOMPARE(answered.reason, u"group"_s);
        // Approving the group approved no member's DMs.
        QCOMPARE(m_policy->decide(dm(u"902"_s, u"5"_s)).outcome, AccessDecision::Outcome::PairingNeeded);
        // The decision survives a restart.
        PairingStore reopened(m_env->database(), m_env->clock());
        QVERIFY(reopened.open().ok());
        QCOMPARE(reopened.groupState(u"telegram"_s, u"-500"_s), PairingStore::SenderState::Approved);
        QCOMPARE(reopened.senderState(u"telegram"_s, u"-500"_s), PairingStore::SenderState::Unknown);
    }

    void rejectedMemberStaysRejectedInAnApprovedGroup()
    {
        const QString dmCode = m_policy->decide(dm(u"13"_s, u"1"_s)).pairing.code;
        QVERIFY(m_store->reject(u"telegram"_s, dmCode).ok());
        const QString groupCode =
            m_policy->decide(ChannelsFakeChannel::group(u"-600"_s, u"14"_s, u"2"_s, true)).pairing.code;
        QVERIFY(m_store->approve(u"telegram"_s, groupCode).ok());
        const AccessDecision rejected = m_policy->decide(ChannelsFakeChannel::group(u"-600"_s, u"13"_s, u"3"_s, true));
        QCOMPARE(rejected.outcome, AccessDecision::Outcome::Deny);
        QCOMPARE(rejected.reason, u"rejected"_s);
        QCOMPARE(rejected.notice, AccessDecision::Notice::None);
        // ...and cannot ask for another group either.
        const AccessDecision elsewhere = m_policy->decide(ChannelsFakeChannel::group(u"-601"_s, u"13"_s, u"4"_s, true));
        QCOMPARE(elsewhere.reason, u"rejected"_s);
        QCOMPARE(m_store->pending().value().size(), 0);
    }

    void rejectedGroupIsToldOnce()
    {
        const QString code = m_policy->decide(ChannelsFakeChannel::group(u"-700"_s, u"1"_s, u"1"_s, true)).pairing.code;
        const auto rejected = m_store->reject(u"telegram"_s, code);
        QVERIFY(rejected.ok());
        const AccessDecision first = m_policy->decide(ChannelsFakeChannel::group(u"-700"_s, u"2"_s, u"2"_s, true));
        QCOMPARE(first.outcome, AccessDecision::Outcome::Deny);
        QCOMPARE(first.reason, u"group_rejected"_s);
        QCOMPARE(first.notice, AccessDecision::Notice::GroupRejected);
        const AccessDecision second = m_policy->decide(ChannelsFakeChannel::group(u"-700"_s, u"3"_s, u"3"_s, true));
        QCOMPARE(second.reason, u"group_rejected"_s);
        QCOMPARE(second.notice, AccessDecision::Notice::None);
        // Forgetting the group lets it ask again.
        QVERIFY(m_store->forget(PairingStore::Kind::Group, u"telegram"_s, u"-700"_s).value());
        QCOMPARE(m_policy->decide(ChannelsFakeChannel::group(u"-700"_s, u"2"_s, u"4"_s, true)).notice,
                 AccessDecision::Notice::GroupPairingCode);
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
