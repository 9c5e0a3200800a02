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

// Pairing (security.dmPolicy = "pairing"): an unknown DM sender gets a short code, the operator
// approves or rejects it in the panel (WS pairing.*), and the decision is stored for good.
//
// - Codes: CodeLength characters from an alphabet without look-alikes (no 0/O, 1/I/L), drawn from
//   the OS CSPRNG (QRandomGenerator::system()): a guessed code must not pair a stranger.
// - One pending code per sender: asking again returns the same code; expired codes (1 hour) are
//   deleted and do not count towards the cap of MaxPendingPerChannel per channel.
// - Decisions are cached in memory (loaded by open()), so the per-message check for a known
//   sender costs no SQL; only unknown senders touch the database.
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

    struct Request
    {
        enum class Outcome { Issued, Pending, CapReached };
        Outcome outcome = Outcome::Issued;
        PendingPairing pairing; // empty for CapReached
        bool notify = false;    // tell the sender (new code, or a reminder is due)
    };

    explicit PairingStore(Storage::Database &database, Clock clock = {}, QObject *parent = nullptr);

    // Loads the stored decisions. Call once after the database is open.
    Storage::Result<void> open();

    SenderState senderState(const QString &channel, const QString &senderId) const;

    // An unknown sender asks to talk. Issues a code, returns the pending one, or refuses when the
    // channel already has MaxPendingPerChannel live codes (nothing is stored then).
    Storage::Result<Request> request(const QString &channel, const QString &senderId, const QString &senderName);

    // True exactly once per rejected sender: they are told once, later messages drop silently.
    Storage::Result<bool> takeRejectionNotice(const QString &channel, const QString &senderId);

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

    static QString normaliseCode(const QString &code);
    static QString generateCode();

signals:
    void requested(const Moltdesk::Channels::PendingPairing &pairing);
    void resolved(const Moltdesk::Channels::PairedSender &sender);
    // forget() dropped the decision about a sender (they are unknown again).
    void forgotten(const QString &channel, const QString &senderId);

private:
    Storage::Result<PairedSender> decide(const QString &channel, const QString &code, PairedSender::Status status);
    static QString cacheKey(const QString &channel, const QString &senderId);

    Storage::Database &m_database;
    Clock m_clock;
    QHash<QString, PairedSender> m_decisions; // cacheKey -> decision
    QHash<QString, bool> m_rejectionNotified;  // cacheKey -> told already
};

} // namespace Moltdesk::Channels
