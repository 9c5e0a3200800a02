#pragma once

#include "storage/result.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>

#include <functional>

class QThread;

namespace Moltdesk::Storage {

// One named Qt Sql connection per thread. Qt Sql connections may only be used by the thread that
// created them (https://doc.qt.io/qt-6/threads-modules.html#threads-and-the-sql-module), so each
// caller thread lazily gets its own, named "<prefix>-<n>". When a QThread finishes, its connection
// is removed from inside that thread (direct connection to QThread::finished); connections of
// threads that were not started by QThread are removed when this object is destroyed.
//
// Thread-safe: connection() may be called from any thread at any time.
class ThreadConnections : public QObject
{
    Q_OBJECT

public:
    // Configures and opens a freshly added connection (file name, flags, pragmas).
    using Opener = std::function<Result<void>(QSqlDatabase &db)>;

    ThreadConnections(const QString &prefix, Opener opener, QObject *parent = nullptr);
    ~ThreadConnections() override;

    // The calling thread's open connection, opened now if this thread has none yet.
    Result<QSqlDatabase> connection();

    // Names of the live connections (for tests and diagnostics).
    QStringList connectionNames() const;

private:
    void release(QThread *thread);

    QString m_prefix;
    Opener m_opener;
    mutable QMutex m_mutex;
    QHash<QThread *, QString> m_names;
    quint64 m_counter = 0;
};

} // namespace Moltdesk::Storage
