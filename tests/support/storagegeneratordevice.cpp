#include "support/storagegeneratordevice.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::TestSupport {

StorageGeneratorDevice::StorageGeneratorDevice(qint64 size, qint64 failAt, quint32 seed)
    : m_size(size)
    , m_failAt(failAt)
    , m_state(seed ? seed : 1)
{
    open(QIODevice::ReadOnly);
}

qint64 StorageGeneratorDevice::bytesAvailable() const
{
    return (m_size - m_position) + QIODevice::bytesAvailable();
}

bool StorageGeneratorDevice::atEnd() const
{
    return m_position >= m_size && QIODevice::bytesAvailable() == 0;
}

qint64 StorageGeneratorDevice::readData(char *data, qint64 maxSize)
{
    if (m_failAt >= 0 && m_position >= m_failAt) {
        setErrorString(u"simulated source failure"_s);
        return -1;
    }
    qint64 n = std::min(maxSize, m_size - m_position);
    if (m_failAt >= 0)
        n = std::min(n, m_failAt - m_position);
    for (qint64 i = 0; i < n; ++i) {
        // xorshift32: cheap, deterministic, not compressible into a pattern the hash would hide.
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        data[i] = char(m_state & 0xff);
    }
    m_position += n;
    return n;
}

} // namespace Moltdesk::TestSupport
