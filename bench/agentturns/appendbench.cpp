#include "appendbench.h"

#include "core/schemamigrations.h"
#include "sessions/sessionkey.h"
#include "sessions/sessionstore.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Moltdesk::Bench {

AppendBench::Result AppendBench::run(int appends, bool synchronousOff)
{
    Result result;
    QTemporaryDir dir;
    if (!dir.isValid())
        return {{}, u"cannot create a temporary directory"_s};
    Storage::Database database(dir.path(), Moltdesk::Core::SchemaMigrations::all());
    if (auto opened = database.open(); !opened)
        return {{}, u"database: "_s + opened.error().message};
    if (synchronousOff) {
        auto db = database.connection();
        QSqlQuery pragma(db ? db.value() : QSqlDatabase());
        if (!db || !pragma.exec(u"PRAGMA synchronous=OFF"_s))
            return {{}, u"PRAGMA synchronous=OFF failed"_s};
    }
    Sessions::SessionStore store(database);
    const auto key = Sessions::SessionKey::api(u"append-bench"_s);
    if (!key)
        return {{}, key.error().message};

    Sessions::NewMessage message;
    message.role = u"user"_s;
    message.content = QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u"Hello from the bench."_s}}};
    QList<qint64> samples;
    samples.reserve(appends);
    for (int i = 0; i < appends; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto stored = store.append(key.value(), message);
        samples.append(timer.nsecsElapsed());
        if (!stored)
            return {{}, u"append %1 failed: "_s.arg(i) + stored.error().message};
    }
    result.appendNs = LatencyStats(std::move(samples));
    return result;
}

} // namespace Moltdesk::Bench
