#include "security/constanttime.h"

#include <QCryptographicHash>

namespace Moltdesk::Security {

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    const QByteArray da = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray db = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    // volatile keeps the compiler from turning the loop into an early-exit memcmp.
    volatile unsigned char diff = 0;
    for (qsizetype i = 0; i < da.size(); ++i)
        diff = diff | static_cast<unsigned char>(da.at(i) ^ db.at(i));
    // Equal digests of different lengths are a SHA-256 collision; the length check is belt and braces.
    return diff == 0 && a.size() == b.size();
}

} // namespace Moltdesk::Security
