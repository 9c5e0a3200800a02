#pragma once

#include "channels/channelclock.h"
#include "channels/pairedsender.h"
#include "channels/pendingpairing.h"
#include "storage/result.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace Moltdesk::Storage {
class Database;
}

namespace Moltdesk::Channels {

// Pairing (security.dmPolicy = "pairing"): an unknown DM sender - or an unapproved group the bot
// was addressed in - gets a short code, the operator approves or rejects it in the panel
// (WS pairing.*), and the decision is stored for good. Senders and groups are two kinds of
// subject (PendingPairing::Kind) with their own ids, caps and decisions.
//
// - Codes: CodeLength characters from an alphabet without look-alikes (no 0/O, 1/I/L), drawn from
//   the OS CSPRNG (QRandomGenerator::system()): a guessed code must not pair a stranger.
// - One pending code per subject: asking again returns the same code. Expired codes (1 hour) are
//   deleted. At most MaxPendingPerChannel live codes per channel and kind: a new request drops
//   the oldest (throw-away accounts cannot lock everyone else out; the dropped sender gets a new
//   code by writing again).
// - Names are what the sender (or a group's members) chose: stored through
//   PendingPairing::cleanName and shown as untrusted text.
// - Decisions are cached in memory (loaded by open()), so the per-message check for a known
//   subject costs no SQL; only unknown ones touch the database.
// - Storage: channel_pairings and channel_senders, column `kind`; a group's row has the sender_id
//   "group:<chat id>" so it never meets a sender's row (docs/channels/README.md "Pairing").
//
// Lives on the gateway thread (signals feed the WebSocket events). Each write is a short
// BEGIN IMMEDIATE transaction on a handful of rows.
class PairingStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int CodeLength = 8;
    static constexpr int MaxPendingPerChannel = 3;
    static constexpr qint64 CodeLifetimeMs = 60 * 60 * 1000;
    // A sender who keeps writing while pending is reminded of the code at most this often.
    static constexpr qint64 ReminderIntervalMs = 10 * 60 * 1000;
    static inline const QString CodeAlphabet = QStringLiteral("ABCDEFGHJKMNPQRSTUVWXYZ23456789");

    enum class SenderState { Unknown, Approved, Rejected };
    using Kind = PendingPairing::Kind;

    struct Request
    {
        enum class Outcome { Issued, Pending };
        Outcome outcome = Outcome::Issued;
        PendingPairing pairing;
        bool notify = false; // tell the sender (new code, or a reminder is due)
        QList<PendingPairing> dropped; // older requests this one pushed out (cap reached)
    };

    explicit PairingStore(Storage::Database &database, Clock clock = {}, QObject *parent = nullptr);

    // Loads the stored decisions. Call once after the database is open.
    Storage::Result<void> open();

    SenderState senderState(const QString &channel, const QString &senderId) const;
    SenderState groupState(const QString &channel, const QString &chatId) const;
    SenderState state(Kind kind, const QString &channel, const QString &id) const;

    // An unknown sender (or group) asks to talk. Issues a code or returns the pending one. When the
    // channel already has MaxPendingPerChannel live codes of this kind, the oldest are dropped
    // (Request::dropped, signal `dropped`).
    Storage::Result<Request> request(const QString &channel, const QString &senderId, const QString &senderName);
    Storage::Result<Request> request(Kind kind, const QString &channel, const QString &id, const QString &name);

    // True exactly once per rejected sender: they are told once, later messages drop silently.
    Storage::Result<bool> takeRejectionNotice(const QString &channel, const QString &senderId);
    Storage::Result<bool> takeRejectionNotice(Kind kind, const QString &channel, const QString &id);

    // Live (unexpired) codes, oldest first; all channels when `channel` is empty.
    Storage::Result<QList<PendingPairing>> pending(const QString &channel = QString());
    // Decided senders, most recent first; all channels when `channel` is empty.
    QList<PairedSender> senders(const QString &channel = QString()) const;

    // By code (case-insensitive; spaces and dashes ignored). NotFound for an unknown or expired
    // code, with a message saying so.
    Storage::Result<PairedSender> approve(const QString &channel, const QString &code);
    Storage::Result<PairedSender> reject(const QString &channel, const QString &code);
    // Drops the decision about a sender: they are unknown again (and will be asked to pair).
    Storage::Result<bool> forget(const QString &channel, const QString &senderId);
    Storage::Result<bool> forget(Kind kind, const QString &channel, const QString &id);

    static QString normaliseCode(const QString &code);
    static QString generateCode();

signals:
    void requested(const Moltdesk::Channels::PendingPairing &pairing);
    void resolved(const Moltdesk::Channels::PairedSender &sender);
    // A pending request pushed out by a newer one (the cap of MaxPendingPerChannel).
    void dropped(const Moltdesk::Channels::PendingPairing &pairing);
    // forget() dropped the decision about a sender (they are unknown again).
    void forgotten(const QString &channel, const QString &senderId);

private:
    Storage::Result<PairedSender> decide(const QString &channel, const QString &code, PairedSender::Status status);
    static QString cacheKey(Kind kind, const QString &channel, const QString &id);

    Storage::Database &m_database;
    Clock m_clock;
    QHash<QString, PairedSender> m_decisions; // cacheKey -> decision
    QHash<QString, bool> m_rejectionNotified;  // cacheKey -> told already
};

} // namespace Moltdesk::Channels
