#include "host/instancelock.h"

#include "base/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace Moltdesk::Host {

namespace {
constexpr QByteArrayView kShowCommand = "show\n";
}

InstanceLock::InstanceLock(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_lock(QDir(dataDir).filePath(u"moltdesk.lock"_s))
{
    // A lock left by a crashed process is recognised by its pid, not by age.
    m_lock.setStaleLockTime(0);
}

InstanceLock::~InstanceLock() = default;

InstanceLock::Result InstanceLock::tryLock()
{
    if (m_lock.tryLock(0))
        return Result::Acquired;
    if (m_lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        m_lock.getLockInfo(&pid, &host, &app);
        m_error = u"another moltdesk (pid %1) is already using the data directory %2"_s.arg(pid).arg(
            QDir::toNativeSeparators(m_dataDir));
        return Result::HeldByOther;
    }
    m_error = u"cannot lock the data directory %1 (is it writable?)"_s.arg(QDir::toNativeSeparators(m_dataDir));
    return Result::Failed;
}

QString InstanceLock::serverNameFor(const QString &dataDir)
{
    // Local socket names are short-lived paths in /tmp; derive one per data dir and user.
    const QByteArray digest =
        QCryptographicHash::hash(QDir::cleanPath(dataDir).toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return u"moltdesk-"_s + QString::fromLatin1(digest);
}

bool InstanceLock::listenForShowRequests()
{
    if (m_server)
        return true;
    const QString name = serverNameFor(m_dataDir);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock, so a socket file left at this name belongs to a dead process.
    QLocalServer::removeServer(name);
    if (!m_server->listen(name)) {
        qCWarning(lcApp) << "cannot listen for show requests:" << m_server->errorString();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine()) {
                    if (socket->bytesAvailable() > 64)
                        socket->abort();
                    return;
                }
                if (socket->readLine(64) == kShowCommand)
                    Q_EMIT showRequested();
                socket->disconnectFromServer();
            });
        }
    });
    return true;
}

bool InstanceLock::forwardShow(const QString &dataDir, int timeoutMs)
{
    // Runs in the second process before any event loop exists, so blocking waits are fine here.
    QLocalSocket socket;
    socket.connectToServer(serverNameFor(dataDir));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kShowCommand.data(), kShowCommand.size());
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    socket.waitForDisconnected(timeoutMs);
    return true;
}

} // namespace Moltdesk::Host
