#include "storage/sqlstatement.h"

#include "storage/database.h"

#include <QSqlError>

namespace Moltdesk::Storage::Sql {

namespace {

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &purpose, const QString &sql, const Bind *begin,
                      const Bind *end)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Storage::sqlError(purpose, query.lastError());
    for (const Bind *bind = begin; bind != end; ++bind) {
        if (bind->name.isEmpty())
            query.addBindValue(bind->value);
        else
            query.bindValue(bind->name, bind->value);
    }
    if (!query.exec())
        return Storage::sqlError(purpose, query.lastError());
    return Result<QSqlQuery>(std::move(query));
}

} // namespace

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &purpose, const QString &sql, Binds binds)
{
    return run(db, purpose, sql, binds.begin(), binds.end());
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &purpose, const QString &sql, const BindList &binds)
{
    return run(db, purpose, sql, binds.constData(), binds.constData() + binds.size());
}

Result<QSqlQuery> exec(Database &database, const QString &purpose, const QString &sql, Binds binds)
{
    const Result<QSqlDatabase> db = database.connection();
    if (!db)
        return db.error();
    return exec(db.value(), purpose, sql, binds);
}

Result<QSqlQuery> exec(Database &database, const QString &purpose, const QString &sql, const BindList &binds)
{
    const Result<QSqlDatabase> db = database.connection();
    if (!db)
        return db.error();
    return exec(db.value(), purpose, sql, binds);
}

Result<std::optional<QSqlRecord>> one(const QSqlDatabase &db, const QString &purpose, const QString &sql, Binds binds)
{
    Result<QSqlQuery> query = exec(db, purpose, sql, binds);
    if (!query)
        return query.error();
    if (!query->next()) {
        // next() is false at the end of the rows, and also when stepping failed (a busy or
        // corrupt database): only the first is "no row".
        if (query->lastError().isValid())
            return Storage::sqlError(purpose, query->lastError());
        return std::optional<QSqlRecord>();
    }
    return std::optional<QSqlRecord>(query->record());
}

Result<std::optional<QSqlRecord>> one(Database &database, const QString &purpose, const QString &sql, Binds binds)
{
    const Result<QSqlDatabase> db = database.connection();
    if (!db)
        return db.error();
    return one(db.value(), purpose, sql, binds);
}

Result<int> affected(const QSqlDatabase &db, const QString &purpose, const QString &sql, Binds binds)
{
    const Result<QSqlQuery> query = exec(db, purpose, sql, binds);
    if (!query)
        return query.error();
    return query->numRowsAffected();
}

Result<int> affected(Database &database, const QString &purpose, const QString &sql, Binds binds)
{
    const Result<QSqlDatabase> db = database.connection();
    if (!db)
        return db.error();
    return affected(db.value(), purpose, sql, binds);
}

} // namespace Moltdesk::Storage::Sql
