#pragma once

#include <QByteArrayView>

namespace Moltdesk::Ws {

// Constant-time comparison of a presented secret with the expected one.
class TokenCheck
{
public:
    // True only if both are non-empty and equal. Both sides are first hashed with SHA-256 so the
    // compare always walks 32 bytes: neither the position of the first differing byte nor the
    // expected token's length leaks through timing (the classic attack on memcmp/==, see
    // CWE-208 "Observable Timing Discrepancy").
    static bool equals(QByteArrayView presented, QByteArrayView expected);
};

} // namespace Moltdesk::Ws
