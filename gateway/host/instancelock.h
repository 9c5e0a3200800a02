#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

namespace Moltdesk::Host {

// Locks the data directory so one process at a time owns it (a second gateway on the same
// SQLite file and token would fight over both). The owner also listens on a local socket so a
// second GUI launch can ask it to show its window instead of starting (qBittorrent's and
// KeePassXC's single-instance pattern: lock file + local socket).
class InstanceLock : public QObject
{
    Q_OBJECT

public:
    enum class Result { Acquired, HeldByOther, Failed };

    explicit InstanceLock(const QString &dataDir, QObject *parent = nullptr);
    ~InstanceLock() override;

    Result tryLock();
    // For HeldByOther/Failed: one line saying what happened, naming the data dir (and the pid).
    QString errorString() const { return m_error; }

    // Starts accepting "show" requests from later launches; call after Acquired.
    bool listenForShowRequests();

    // In a second process: asks the owner of `dataDir` to show its window. True when delivered.
    static bool forwardShow(const QString &dataDir, int timeoutMs = 2000);
    static QString serverNameFor(const QString &dataDir);

Q_SIGNALS:
    void showRequested();

private:
    QString m_dataDir;
    QLockFile m_lock;
    QString m_error;
    QLocalServer *m_server = nullptr;
};

} // namespace Moltdesk::Host
