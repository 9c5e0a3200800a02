#include "ws/tokencheck.h"

#include <QCryptographicHash>

namespace Moltdesk::Ws {

bool TokenCheck::equals(QByteArrayView presented, QByteArrayView expected)
{
    const QByteArray a = QCryptographicHash::hash(presented, QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(expected, QCryptographicHash::Sha256);
    // Accumulate every byte difference instead of returning at the first mismatch.
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    const bool bothPresent = !presented.isEmpty() && !expected.isEmpty();
    return (diff == 0) & bothPresent;
}

} // namespace Moltdesk::Ws
