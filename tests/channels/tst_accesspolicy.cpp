// dmPolicy allowlist and open, and the group rules (default-deny groups, group allowlist, mention
// gating). Pairing itself, of senders and of groups, is in tst_pairing.
#include "channels/accesspolicy.h"
#include "channels/pairingstore.h"
#include "support/channelsfakechannel.h"
#include "support/queuetestenv.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;
using Channels::AccessDecision;
using Channels::InboundMessage;
using DmPolicy = Config::SecuritySettings::DmPolicy;
using TestSupport::ChannelsFakeChannel;

Q_DECLARE_METATYPE(Moltdesk::Channels::AccessDecision::Outcome)

class TestAccessPolicy : public QObject
{
    Q_OBJECT

private slots:
    void dmPolicies_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<QString>("sender");
        QTest::addColumn<AccessDecision::Outcome>("outcome");
        QTest::addColumn<QString>("reason");
        QTest::newRow("open admits a stranger") << int(DmPolicy::Open) << u"999"_s << AccessDecision::Outcome::Admit << u"open"_s;
        QTest::newRow("allowlist admits a listed id") << int(DmPolicy::Allowlist) << u"100"_s << AccessDecision::Outcome::Admit << u"allowed"_s;
        QTest::newRow("allowlist denies a stranger") << int(DmPolicy::Allowlist) << u"999"_s << AccessDecision::Outcome::Deny << u"not_allowed"_s;
        QTest::newRow("allowlist is per channel") << int(DmPolicy::Allowlist) << u"200"_s << AccessDecision::Outcome::Deny << u"not_allowed"_s;
        QTest::newRow("pairing admits allowFrom without a code") << int(DmPolicy::Pairing) << u"100"_s << AccessDecision::Outcome::Admit << u"allowed"_s;
        QTest::newRow("pairing asks a stranger to pair") << int(DmPolicy::Pairing) << u"999"_s << AccessDecision::Outcome::PairingNeeded << u"pairing"_s;
    }

    void dmPolicies()
    {
        QFETCH(int, policy);
        QFETCH(QString, sender);
        QFETCH(AccessDecision::Outcome, outcome);
        QFETCH(QString, reason);
        TestSupport::QueueTestEnv env;
        QVERIFY(env.ok());
        Channels::PairingStore store(env.database(), env.clock());
        QVERIFY(store.open().ok());
        Channels::AccessPolicy access(security(DmPolicy(policy)), &store, env.clock());
        const AccessDecision decision = access.decide(ChannelsFakeChannel::dm(sender, u"1"_s));
        QCOMPARE(decision.outcome, outcome);
        QCOMPARE(decision.reason, reason);
        // A denied stranger under allowlist is not told anything (a private bot stays quiet).
        if (outcome == AccessDecision::Outcome::Deny)
            QCOMPARE(decision.notice, AccessDecision::Notice::None);
        // Only the pairing policy creates codes.
        QCOMPARE(store.pending().value().size(), outcome == AccessDecision::Outcome::PairingNeeded ? 1 : 0);
    }

    void allowlistAlsoAdmitsApprovedPairings()
    {
        TestSupport::QueueTestEnv env;
        QVERIFY(env.ok());
        Channels::PairingStore store(env.database(), env.clock());
        QVERIFY(store.open().ok());
        {
            Channels::AccessPolicy pairing(security(DmPolicy::Pairing), &store, env.clock());
            const QString code = pairing.decide(ChannelsFakeChannel::dm(u"555"_s, u"1"_s)).pairing.code;
            QVERIFY(store.approve(u"telegram"_s, code).ok());
        }
        Channels::AccessPolicy allowlist(security(DmPolicy::Allowlist), &store, env.clock());
        QCOMPARE(allowlist.decide(ChannelsFakeChannel::dm(u"555"_s, u"2"_s)).reason, u"paired"_s);
    }

    void allowlistWithoutStore()
    {
        Channels::AccessPolicy access(security(DmPolicy::Allowlist), nullptr);
        QCOMPARE(access.decide(ChannelsFakeChannel::dm(u"100"_s, u"1"_s)).outcome, AccessDecision::Outcome::Admit);
        QCOMPARE(access.decide(ChannelsFakeChannel::dm(u"1"_s, u"1"_s)).outcome, AccessDecision::Outcome::Deny);
    }

    void groups_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<QStringList>("allow");
        QTest::addColumn<bool>("requireMention");
        QTest::addColumn<QString>("chat");
        QTest::addColumn<bool>("mention");
        QTest::addColumn<bool>("replyToBot");
        QTest::addColumn<AccessDecision::Outcome>("outcome");
        QTest::addColumn<QString>("reason");
        const QStringList none;
        const QStringList some{u"-100"_s};
        const int open = int(DmPolicy::Open);
        const int allowlist = int(DmPolicy::Allowlist);
        // dmPolicy open: an empty groupsAllow still means every group (the operator opened the bot).
        QTest::newRow("open: any group, mentioned") << open << none << true << u"-5"_s << true << false << AccessDecision::Outcome::Admit << u"group"_s;
        QTest::newRow("open: any group, reply to bot") << open << none << true << u"-5"_s << false << true << AccessDecision::Outcome::Admit << u"group"_s;
        QTest::newRow("open: any group, not addressed") << open << none << true << u"-5"_s << false << false << AccessDecision::Outcome::Ignore << u"not_addressed"_s;
        QTest::newRow("open: mention not required") << open << none << false << u"-5"_s << false << false << AccessDecision::Outcome::Admit << u"group"_s;
        QTest::newRow("open: unlisted group, mentioned") << open << some << true << u"-5"_s << true << false << AccessDecision::Outcome::Deny << u"group_not_allowed"_s;
        // dmPolicy allowlist: groups are default-deny; an unknown group is dropped silently.
        QTest::newRow("allowlist: listed group, mentioned") << allowlist << some << true << u"-100"_s << true << false << AccessDecision::Outcome::Admit << u"group"_s;
        QTest::newRow("allowlist: listed group, not addressed") << allowlist << some << true << u"-100"_s << false << false << AccessDecision::Outcome::Ignore << u"not_addressed"_s;
        QTest::newRow("allowlist: unlisted group, mentioned") << allowlist << some << true << u"-5"_s << true << false << AccessDecision::Outcome::Deny << u"group_not_allowed"_s;
        QTest::newRow("allowlist: unlisted group, no mention needed") << allowlist << some << false << u"-5"_s << false << false << AccessDecision::Outcome::Deny << u"group_not_allowed"_s;
        // The attack: an empty groupsAllow used to let every group in. Not any more.
        QTest::newRow("allowlist: empty list, stranger's group mentions the bot") << allowlist << none << true << u"-5"_s << true << false << AccessDecision::Outcome::Deny << u"group_not_allowed"_s;
        QTest::newRow("allowlist: empty list, mention not required") << allowlist << none << false << u"-5"_s << false << false << AccessDecision::Outcome::Deny << u"group_not_allowed"_s;
    }

    void groups()
    {
        QFETCH(int, policy);
        QFETCH(QStringList, allow);
        QFETCH(bool, requireMention);
        QFETCH(QString, chat);
        QFETCH(bool, mention);
        QFETCH(bool, replyToBot);
        QFETCH(AccessDecision::Outcome, outcome);
        QFETCH(QString, reason);
        Channels::AccessPolicy access(security(DmPolicy(policy)), nullptr);
        access.setGroupRules(u"telegram"_s, Channels::GroupRules{allow, requireMention});
        InboundMessage message = ChannelsFakeChannel::group(chat, u"777"_s, u"1"_s, mention);
        message.replyToBot = replyToBot;
        QCOMPARE(access.screen(message).outcome, outcome);
        const AccessDecision decision = access.decide(message);
        QCOMPARE(decision.outcome, outcome);
        QCOMPARE(decision.reason, reason);
        QCOMPARE(decision.notice, AccessDecision::Notice::None);
    }

    void strangersGroupNeverReachesTheAgentUnderPairing()
    {
        // The attack under the default dmPolicy (pairing) and the default empty groupsAllow:
        // anyone creates a group, adds the bot and mentions it. The group gets a pairing code,
        // the message goes nowhere; unaddressed chatter from it stops in screen() (no write).
        TestSupport::QueueTestEnv env;
        QVERIFY(env.ok());
        Channels::PairingStore store(env.database(), env.clock());
        QVERIFY(store.open().ok());
        Channels::AccessPolicy access(security(DmPolicy::Pairing), &store, env.clock());
        access.setGroupRules(u"telegram"_s, Channels::GroupRules{{}, true});
        InboundMessage mention = ChannelsFakeChannel::group(u"-5"_s, u"100"_s, u"1"_s, true); // allowFrom member
        const AccessDecision decision = access.decide(mention);
        QCOMPARE(decision.outcome, AccessDecision::Outcome::PairingNeeded);
        QCOMPARE(decision.reason, u"group_pairing"_s);
        QCOMPARE(access.screen(ChannelsFakeChannel::group(u"-5"_s, u"100"_s, u"2"_s, false)).outcome,
                 AccessDecision::Outcome::Ignore);
        // Even with groupsRequireMention off, only a message addressing the bot may ask.
        access.setGroupRules(u"telegram"_s, Channels::GroupRules{{}, false});
        QCOMPARE(access.decide(ChannelsFakeChannel::group(u"-6"_s, u"100"_s, u"3"_s, false)).outcome,
                 AccessDecision::Outcome::Deny);
        QCOMPARE(store.pending().value().size(), 1);
        // A listed group needs no pairing.
        access.setGroupRules(u"telegram"_s, Channels::GroupRules{{u"-5"_s}, true});
        QCOMPARE(access.decide(ChannelsFakeChannel::group(u"-5"_s, u"999"_s, u"4"_s, true)).outcome,
                 AccessDecision::Outcome::Admit);
    }

    void defaultGroupRulesForOtherChannels()
    {
        Channels::AccessPolicy access(security(DmPolicy::Open), nullptr);
        InboundMessage message = ChannelsFakeChannel::group(u"g1"_s, u"1"_s, u"1"_s, false);
        message.channel = u"discord"_s;
        QCOMPARE(access.decide(message).outcome, AccessDecision::Outcome::Ignore);
        message.mentionsBot = true;
        QCOMPARE(access.decide(message).outcome, AccessDecision::Outcome::Admit);
        // Under any other policy an unknown group of any channel is not answered.
        Channels::AccessPolicy closed(security(DmPolicy::Allowlist), nullptr);
        QCOMPARE(closed.decide(message).outcome, AccessDecision::Outcome::Deny);
    }

private:
    static Config::SecuritySettings security(DmPolicy policy)
    {
        Config::SecuritySettings settings;
        settings.dmPolicy = policy;
        settings.allowFrom.insert(u"telegram"_s, {u"100"_s, u"101"_s});
        settings.allowFrom.insert(u"discord"_s, {u"200"_s});
        return settings;
    }
};

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "tst_accesspolicy.moc"
