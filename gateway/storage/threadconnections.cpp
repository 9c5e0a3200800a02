#include "storage/threadconnections.h"

#include "base/logging.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace Moltdesk::Storage {

ThreadConnections::ThreadConnections(const QString &prefix, Opener opener, QObject *parent)
    : QObject(parent)
    , m_prefix(prefix)
    , m_opener(std::move(opener))
{
}

ThreadConnections::~ThreadConnections()
{
    QMutexLocker locker(&m_mutex);
    const QHash<QThread *, QString> names = std::exchange(m_names, {});
    locker.unlock();
    for (const QString &name : names)
        QSqlDatabase::removeDatabase(name);
}

Result<QSqlDatabase> ThreadConnections::connection()
{
    QThread *thread = QThread::currentThread();
    QMutexLocker locker(&m_mutex);
    if (const auto it = m_names.constFind(thread); it != m_names.constEnd())
        return QSqlDatabase::database(*it, false);

    const QString name = m_prefix + u'-' + QString::number(++m_counter);
    Result<void> opened;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        if (!db.isValid())
            opened = Storage::sqlError(u"the Qt SQLite driver (QSQLITE) is not available"_s, db.lastError());
        else
            opened = m_opener(db);
        if (!opened)
            db.close();
    }
    if (!opened) {
        // Drop the half-made connection so the next call retries from scratch.
        QSqlDatabase::removeDatabase(name);
        return opened.error();
    }
    m_names.insert(thread, name);
    locker.unlock();

    // Direct: QThread::finished is emitted by the finishing thread itself, so the connection
    // is closed in the thread that owns it. The context object disconnects us if we die first.
    if (thread != this->thread())
        connect(thread, &QThread::finished, this, [this, thread] { release(thread); }, Qt::DirectConnection);
    qCDebug(lcStorage) << "opened connection" << name;
    return QSqlDatabase::database(name, false);
}

QStringList ThreadConnections::connectionNames() const
{
    QMutexLocker locker(&m_mutex);
    return m_names.values();
}

void ThreadConnections::release(QThread *thread)
{
    QMutexLocker locker(&m_mutex);
    const QString name = m_names.take(thread);
    locker.unlock();
    if (name.isEmpty())
        return;
    QSqlDatabase::removeDatabase(name);
    qCDebug(lcStorage) << "closed connection" << name;
}

} // namespace Moltdesk::Storage
