#pragma once

#include <QByteArrayView>

namespace Moltdesk::Security {

// Compare a presented token/signature with the expected one without an early exit, so response
// timing does not reveal how many leading bytes matched (the classic MAC-compare timing attack; cf.
// RFC 2104 §5 / RFC 6749 §10.10 on guessing attacks against credentials).
//
// Both inputs are first hashed with SHA-256 and the two fixed-size digests are compared with an
// XOR-accumulate loop. Hashing makes the comparison independent of *where* the inputs differ and of
// whether their lengths differ. What remains observable is the hashing time, which depends only on
// each input's length in 64-byte blocks: the attacker knows their own input's length, and may learn
// the expected secret's length class — acceptable for our high-entropy tokens and fixed-size MACs.
// Empty inputs never compare equal to non-empty ones; two empty inputs are equal (callers must
// reject an unset/empty expected secret themselves — see OperatorToken::verify()).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace Moltdesk::Security
