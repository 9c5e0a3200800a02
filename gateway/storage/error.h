#pragma once

#include <QSqlError>
#include <QString>

namespace Moltdesk::Storage {

// A storage failure, returned as a value (never thrown): callers such as the HTTP layer map
// `code` to a status in one place and show `message` to the user as is.
struct Error
{
    enum class Code {
        InvalidArgument, // bad key, namespace, cursor, option...
        TooLarge,        // a configured size limit was exceeded
        NotFound,
        ReadOnly,        // a write attempted through the read-only SQL console
        Timeout,         // a console query ran past its time limit
        Io,              // file system failure (unwritable data dir, disk full...)
        Corrupt,         // the database file is not a usable SQLite database
        Database,        // any other SQLite error
    };

    Code code = Code::Database;
    QString message;

    static Error invalid(const QString &message) { return {Code::InvalidArgument, message}; }
    static Error tooLarge(const QString &message) { return {Code::TooLarge, message}; }
    static Error io(const QString &message) { return {Code::Io, message}; }

    // `context` says what we were doing; the driver text says why SQLite refused.
    static Error fromSql(const QString &context, const QSqlError &error)
    {
        return {Code::Database, context + QStringLiteral(": ") + error.text()};
    }
};

} // namespace Moltdesk::Storage
