#pragma once

#include "storage/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <optional>
#include <type_traits>
#include <utility>

namespace Moltdesk::Storage {

class Database;

// The prepare / bind / exec / sqlError steps every store repeats, in one place. Not an
// ORM: the SQL stays at the call site, written out. Each call names its purpose ("cannot read
// KV key", "loading paired senders"): a failure is Storage::sqlError(purpose, the driver's error),
// the same message the stores built by hand.
//
//   const auto row = Sql::one(db, u"cannot read cron job"_s,
//                             u"SELECT ... FROM cron_jobs WHERE id = :id"_s, {{u":id"_s, id}});
//   const auto removed = Sql::affected(db, u"cannot remove cron job"_s,
//                                      u"DELETE FROM cron_jobs WHERE id = ?"_s, {id});
//
// Queries are forward-only (rows are read once, in order). Transactions stay with the caller
// (Storage::Transaction): pass the transaction's connection. The Database overloads take the
// calling thread's connection first.
namespace Sql {

// One bound value: positional for "?" (bound in order), or named for ":name".
struct Bind
{
    template <typename T,
              typename = std::enable_if_t<!std::is_same_v<std::decay_t<T>, Bind>
                                          && std::is_constructible_v<QVariant, T &&>>>
    Bind(T &&value) : value(std::forward<T>(value))
    {
    }
    Bind(QString name, QVariant value) : name(std::move(name)), value(std::move(value)) {}

    QString name; // empty: positional
    QVariant value;
};

using Binds = std::initializer_list<Bind>;
using BindList = QList<Bind>; // for binds collected at run time (optional filters, VALUES lists)

// Prepares, binds and executes; the query is positioned before the first row.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &purpose, const QString &sql, Binds binds = {});
Result<QSqlQuery> exec(Database &database, const QString &purpose, const QString &sql, Binds binds = {});
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &purpose, const QString &sql, const BindList &binds);
Result<QSqlQuery> exec(Database &database, const QString &purpose, const QString &sql, const BindList &binds);

// The first row, or nullopt when there is none (further rows are ignored).
Result<std::optional<QSqlRecord>> one(const QSqlDatabase &db, const QString &purpose, const QString &sql,
                                      Binds binds = {});
Result<std::optional<QSqlRecord>> one(Database &database, const QString &purpose, const QString &sql,
                                      Binds binds = {});

// For INSERT / UPDATE / DELETE: how many rows the statement changed.
Result<int> affected(const QSqlDatabase &db, const QString &purpose, const QString &sql, Binds binds = {});
Result<int> affected(Database &database, const QString &purpose, const QString &sql, Binds binds = {});

} // namespace Sql

} // namespace Moltdesk::Storage
