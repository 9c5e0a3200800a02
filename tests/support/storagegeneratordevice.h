#pragma once

#include <QIODevice>

namespace Moltdesk::TestSupport {

// A sequential read-only device that produces `size` deterministic pseudo-random bytes without
// holding them in memory, optionally failing (read() returns -1) once `failAt` bytes were served.
// Used to stream large objects into the object store and to simulate a source dying mid-way.
class StorageGeneratorDevice : public QIODevice
{
public:
    explicit StorageGeneratorDevice(qint64 size, qint64 failAt = -1, quint32 seed = 1);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_size;
    qint64 m_failAt;
    qint64 m_position = 0;
    quint32 m_state;
};

} // namespace Moltdesk::TestSupport
