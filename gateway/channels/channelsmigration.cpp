#include "channels/channelsmigration.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Channels {

Storage::Migration channelsMigration()
{
    // Times are UTC milliseconds since the epoch, as in the rest of the schema. Ids are TEXT:
    // Discord snowflakes exceed 2^53 and Telegram group ids are negative.
    // - channel_pairings: pending pairing requests. One per sender (primary key) and codes unique
    //   per channel, so "the same sender asking again" finds its code and approve-by-code is one
    //   indexed lookup. Expired rows are deleted lazily when the channel issues the next code.
    // - channel_senders: the operator's decisions. rejection_notified remembers that a rejected
    //   sender was told once, so later messages are dropped silently.
    // - channel_inbound: the idempotency ledger. The primary key makes claim() an atomic
    //   INSERT OR IGNORE; the time index serves the batched retention purge.
    return Storage::Migration::fromSql(u"channel pairings, approved senders and inbound ledger"_s, {
        u"CREATE TABLE channel_pairings ("
        "  channel TEXT NOT NULL,"
        "  sender_id TEXT NOT NULL,"
        "  code TEXT NOT NULL,"
        "  sender_name TEXT NOT NULL DEFAULT '',"
        "  requested INTEGER NOT NULL,"
        "  expires INTEGER NOT NULL,"
        "  notified INTEGER NOT NULL,"
        "  PRIMARY KEY (channel, sender_id)) WITHOUT ROWID"_s,
        u"CREATE UNIQUE INDEX channel_pairings_code ON channel_pairings(channel, code)"_s,
        u"CREATE TABLE channel_senders ("
        "  channel TEXT NOT NULL,"
        "  sender_id TEXT NOT NULL,"
        "  status TEXT NOT NULL CHECK (status IN ('approved', 'rejected')),"
        "  sender_name TEXT NOT NULL DEFAULT '',"
        "  decided INTEGER NOT NULL,"
        "  rejection_notified INTEGER NOT NULL DEFAULT 0,"
        "  PRIMARY KEY (channel, sender_id)) WITHOUT ROWID"_s,
        u"CREATE TABLE channel_inbound ("
        "  channel TEXT NOT NULL,"
        "  message_key TEXT NOT NULL,"
        "  received INTEGER NOT NULL,"
        "  PRIMARY KEY (channel, message_key)) WITHOUT ROWID"_s,
        u"CREATE INDEX channel_inbound_received ON channel_inbound(received)"_s,
    });
}

Storage::Migration groupPairingMigration()
{
    // Groups pair like senders (docs/channels/README.md "Groups"): `kind` tells a group's row
    // ("group", sender_id "group:<chat id>", sender_name its title) from a sender's. Added columns,
    // so every existing row stays and is a sender's.
    return Storage::Migration::fromSql(u"channel pairings for groups"_s, {
        u"ALTER TABLE channel_pairings ADD COLUMN kind TEXT NOT NULL DEFAULT 'sender'"
        "  CHECK (kind IN ('sender', 'group'))"_s,
        u"ALTER TABLE channel_senders ADD COLUMN kind TEXT NOT NULL DEFAULT 'sender'"
        "  CHECK (kind IN ('sender', 'group'))"_s,
        u"CREATE INDEX channel_pairings_kind ON channel_pairings(channel, kind, requested)"_s,
    });
}

} // namespace Moltdesk::Channels
