// The shared inbound path: ordering (a duplicate never costs a rate-limit token; a denied or
// unpaired sender never reaches Dispatch; unaddressed group chatter costs no ledger write),
// the notices each outcome sends back, and the counters/metrics each outcome leaves.
#include "channels/accesspolicy.h"
#include "channels/channelmetrics.h"
#include "channels/inboundledger.h"
#include "channels/inboundpipeline.h"
#include "channels/pairingstore.h"
#include "channels/senderratelimiter.h"
#include "metrics/registry.h"
#include "support/channelsfakechannel.h"
#include "support/queuetestenv.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Moltdesk;
using Channels::InboundMessage;
using Channels::InboundPipeline;
using DmPolicy = Config::SecuritySettings::DmPolicy;
using TestSupport::ChannelsFakeChannel;

class TestInboundPipeline : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        m_pipeline.reset();
        m_channel.reset();
        m_limiter.reset();
        m_access.reset();
        m_store.reset();
        m_ledger.reset();
        m_metrics.reset();
        m_registry.reset();
        m_env.reset();
        m_dispatched.clear();
    }

    void admittedMessageIsDispatched()
    {
        setUp(DmPolicy::Open, 20, 5);
        m_channel->inject(ChannelsFakeChannel::dm(u"42"_s, u"1"_s, u"hi there"_s));
        QCOMPARE(m_dispatched.size(), 1);
        const InboundMessage &message = m_dispatched.first();
        QCOMPARE(message.channel, u"telegram"_s);
        QCOMPARE(message.text, u"hi there"_s);
        QCOMPARE(message.sessionKey().value().toString(), u"telegram:dm:42"_s);
        QCOMPARE(message.receivedAt, m_env->now());
        const auto counters = m_channel->status().counters;
        QCOMPARE(counters.received, 1u);
        QCOMPARE(counters.dispatched, 1u);
        QCOMPARE(counters.rejected, 0u);
        QVERIFY(m_channel->sent.isEmpty());
    }

    void duplicateNeverCostsAToken()
    {
        setUp(DmPolicy::Open, 1, 2);
        QSignalSpy processed(m_pipeline.get(), &InboundPipeline::processed);
        m_channel->inject(ChannelsFakeChannel::dm(u"42"_s, u"1"_s));
        for (int i = 0; i < 5; ++i)
            m_channel->inject(ChannelsFakeChannel::dm(u"42"_s, u"1"_s)); // the channel redelivers
        QCOMPARE(processed.count(), 6);
        QCOMPARE(processed.last().at(1).value<InboundPipeline::Outcome>(), InboundPipeline::Outcome::Duplicate);
        // Burst 2: had the duplicates taken tokens, this second real message would be limited.
        m_channel->inject(ChannelsFakeChannel::dm(u"42"_s, u"2"_s));
        QCOMPARE(m_dispatched.size(), 2);
        QCOMPARE(m_channel->status().counters.duplicates, 5u);
        QCOMPARE(m_registry->value(Channels::ChannelMetrics::Dropped,
                                   {{u"channel"_s, u"telegram"_s}, {u"reason"_s, u"duplicate"_s}}), 5.0);
        // The same message id in another chat is another message (Telegram numbers per chat).
        InboundMessage other = ChannelsFakeChannel::dm(u"43"_s, u"1"_s);
        m_channel->inject(other);
        QCOMPARE(m_dispatched.size(), 3);
    }

    void deniedSenderNeverReachesDispatch()
    {
        setUp(DmPolicy::Allowlist, 20, 5);
        for (int i = 0; i < 5; ++i)
            m_channel->inject(ChannelsFakeChannel::dm(u"999"_s, QString::number(i)));
        QVERIFY(m_dispatched.isEmpty());
        QVERIFY(m_channel->sent.isEmpty()); // allowlist: strangers hear nothing
        QCOMPARE(m_channel->status().counters.rejected, 5u);
        QCOMPARE(m_registry->value(Channels::ChannelMetrics::Dropped,
                                   {{u"channel"_s, u"telegram"_s}, {u"reason"_s, u"not_allowed"_s}}), 5.0);
        m_channel->inject(ChannelsFakeChannel::dm(u"100"_s, u"1"_s)); // in allowFrom
        QCOMPARE(m_dispatched.size(), 1);
    }

    void pairingFlowThroughThePipeline()
    {
        setUp(DmPolicy::Pairing, 20, 5);
        m_channel->inject(ChannelsFakeChannel::dm(u"42"_s, u"1"_s));
        QVERIFY(m_dispatched.isEmpty());
        QCOMPARE(m_channel->sent.size(), 1);
        const Channels::OutboundMessage notice = m_channel->sent.first();
        QCOMPARE(m_store->pending().value().size(), 1);
        const QString code = m_store->pending().value().first().code;
        QVERIFY2(notice.text.contains(code), qPrintable(notice.text));
        QCOMPARE(notice.chatId, u"42"_s);
        QCOMPARE(notice.replyToMessageId, u"1"_s);
        QVERIFY(notice.plainText);
        // Repeats: same code, no notice flood.
        for (int i = 2; i < 6; ++i)
            m_channel->inject(ChannelsFakeChannel::dm(u"42"_s, QString::number(i)));
        QCOMPARE(m_channel->sent.size(), 1);
        QCOMPARE(m_store->pending().value().size(), 1);
        QVERIFY(m_dispatched.isEmpty());

        QVERIFY(m_store->approve(u"telegram"_s, code).ok());
        m_channel->inject(ChannelsFakeChannel::dm(u"42"_s, u"6"_s));
        QCOMPARE(m_dispatched.size(), 1);

        // A rejected sender is told once, then dropped silently.
        m_channel->inject(ChannelsFakeChannel::dm(u"50"_s, u"1"_s));
        QCOMPARE(m_store->pending().value().size(), 1);
        const QString code50 = m_store->pending().value().first().code;
        QVERIFY(m_store->reject(u"telegram"_s, code50).ok());
        const qsizetype before = m_channel->sent.size();
        for (int i = 2; i < 5; ++i)
            m_channel->inject(ChannelsFakeChannel::dm(u"50"_s, QString::number(i)));
        QCOMPARE(m_channel->sent.size(), before + 1);
        QCOMPARE(m_channel->sent.last().text, InboundPipeline::noticeText(
                     {Channels::AccessDecision::Outcome::Deny, u"rejected"_s, Channels::AccessDecision::Notice::Rejected, {}}));
        QCOMPARE(m_dispatched.size(), 1);
    }

    void pairingCapKeepsTheNewestRequest()
    {
        // Three throw-away accounts do not lock out the fourth: it gets its code (the oldest
        // request is dropped), once, and nothing reaches the agent.
        setUp(DmPolicy::Pairing, 20, 5);
        for (int i = 1; i <= 3; ++i)
            m_channel->inject(ChannelsFakeChannel::dm(QString::number(i), u"1"_s));
        QCOMPARE(m_channel->sent.size(), 3);
        for (int i = 0; i < 4; ++i)
            m_channel->inject(ChannelsFakeChannel::dm(u"4"_s, QString::number(10 + i)));
        QCOMPARE(m_channel->sent.size(), 4);
        QVERIFY(m_channel->sent.last().text.contains(u"pairing code"_s));
        QCOMPARE(m_store->pending().value().size(), 3);
        QVERIFY(m_dispatched.isEmpty());
    }

    void rateLimitOneNoticeNoDispatch()
    {
        setUp(DmPolicy::Open, 1, 1);
        m_channel->inject(ChannelsFakeChannel::dm(u"42"_s, u"1"_s));
        for (int i = 2; i < 10; ++i)
            m_channel->inject(ChannelsFakeChannel::dm(u"42"_s, QString::number(i)));
        QCOMPARE(m_dispatched.size(), 1);
        QCOMPARE(m_channel->sent.size(), 1);
        QCOMPARE(m_channel->sent.first().text, InboundPipeline::rateLimitNoticeText());
        QCOMPARE(m_channel->status().counters.rejected, 8u);
        QCOMPARE(m_registry->value(Channels::ChannelMetrics::Dropped,
                                   {{u"channel"_s, u"telegram"_s}, {u"reason"_s, u"rate_limited"_s}}), 8.0);
        // Another sender is unaffected.
        m_channel->inject(ChannelsFakeChannel::dm(u"43"_s, u"1"_s));
        QCOMPARE(m_dispatched.size(), 2);
        // A minute later: a token again.
        m_env->advance(60s);
        m_channel->inject(ChannelsFakeChannel::dm(u"42"_s, u"20"_s));
        QCOMPARE(m_dispatched.size(), 3);
    }

    void unaddressedGroupChatterCostsNoLedgerWrite()
    {
        setUp(DmPolicy::Pairing, 20, 5);
        m_access->setGroupRules(u"telegram"_s, Channels::GroupRules{{u"-100"_s}, true}); // a listed group
        m_channel->inject(ChannelsFakeChannel::group(u"-100"_s, u"42"_s, u"1"_s, false));
        QVERIFY(m_dispatched.isEmpty());
        QCOMPARE(m_ledger->contains(u"telegram"_s, u"-100/1"_s).value(), false);
        QCOMPARE(m_channel->status().counters.rejected, 0u); // chatter is not an offence
        m_channel->inject(ChannelsFakeChannel::group(u"-100"_s, u"42"_s, u"2"_s, true));
        QCOMPARE(m_dispatched.size(), 1);
        QCOMPARE(m_dispatched.first().sessionKey().value().toString(), u"telegram:group:-100"_s);
        QCOMPARE(m_ledger->contains(u"telegram"_s, u"-100/2"_s).value(), true);
        QVERIFY(m_channel->sent.isEmpty()); // a listed group's members need no pairing
    }

    void malformedMessageIsAnError()
    {
        setUp(DmPolicy::Open, 20, 5);
        InboundMessage noSender = ChannelsFakeChannel::dm(u"42"_s, u"1"_s);
        noSender.senderId.clear();
        m_channel->inject(noSender);
        InboundMessage badId = ChannelsFakeChannel::dm(u"has space"_s, u"2"_s);
        m_channel->inject(badId);
        QVERIFY(m_dispatched.isEmpty());
        QCOMPARE(m_channel->status().counters.errors, 2u);
        QVERIFY(m_channel->status().lastError.contains(u"malformed"_s));
    }

    void failedNoticeIsCountedNotFatal()
    {
        setUp(DmPolicy::Pairing, 20, 5);
        m_channel->failNextSends(1, Channels::SendResult::failure(u"HTTP 403: bot was blocked by the user"_s));
        m_channel->inject(ChannelsFakeChannel::dm(u"42"_s, u"1"_s));
        QCOMPARE(m_channel->sent.size(), 1);
        QCOMPARE(m_channel->status().counters.errors, 1u);
        QCOMPARE(m_channel->status().counters.sent, 0u);
        QCOMPARE(m_channel->status().lastError, u"HTTP 403: bot was blocked by the user"_s);
    }

private:
    void setUp(DmPolicy policy, int perMinute, int burst)
    {
        m_env = std::make_unique<TestSupport::QueueTestEnv>();
        QVERIFY(m_env->ok());
        m_registry = std::make_unique<Metrics::Registry>();
        m_metrics = std::make_unique<Channels::ChannelMetrics>(m_registry.get());
        m_ledger = std::make_unique<Channels::InboundLedger>(m_env->database(), m_env->clock());
        m_store = std::make_unique<Channels::PairingStore>(m_env->database(), m_env->clock());
        QVERIFY(m_store->open().ok());
        Config::SecuritySettings security;
        security.dmPolicy = policy;
        security.allowFrom.insert(u"telegram"_s, {u"100"_s});
        m_access = std::make_unique<Channels::AccessPolicy>(security, m_store.get(), m_env->clock());
        m_limiter = std::make_unique<Channels::SenderRateLimiter>(perMinute, burst, m_env->clock());
        m_pipeline = std::make_unique<InboundPipeline>(
            *m_ledger, *m_access, *m_limiter,
            [this](const InboundMessage &message) {
                m_dispatched.append(message);
                return InboundPipeline::Handoff::Accepted;
            },
            m_metrics.get());
        m_channel = std::make_unique<ChannelsFakeChannel>(u"telegram"_s, m_env->clock());
        m_channel->setPipeline(m_pipeline.get());
    }

    std::unique_ptr<TestSupport::QueueTestEnv> m_env;
    std::unique_ptr<Metrics::Registry> m_registry;
    std::unique_ptr<Channels::ChannelMetrics> m_metrics;
    std::unique_ptr<Channels::InboundLedger> m_ledger;
    std::unique_ptr<Channels::PairingStore> m_store;
    std::unique_ptr<Channels::AccessPolicy> m_access;
    std::unique_ptr<Channels::SenderRateLimiter> m_limiter;
    std::unique_ptr<InboundPipeline> m_pipeline;
    std::unique_ptr<ChannelsFakeChannel> m_channel;
    QList<InboundMessage> m_dispatched;
};

QTEST_GUILESS_MAIN(TestInboundPipeline)
#include "tst_inboundpipeline.moc"
