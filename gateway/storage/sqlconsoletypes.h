#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

// Value types of the read-only SQL console (the panel's D1 console).
namespace Moltdesk::Storage {

struct SqlConsoleResult
{
    QStringList columns;
    QList<QVariantList> rows;
    bool truncated = false; // more rows existed than the row cap allowed
    qint64 elapsedMs = 0;
};

struct SqlColumnInfo
{
    QString name;
    QString type; // declared type, as written in CREATE TABLE
    bool notNull = false;
    bool primaryKey = false;
};

struct SqlTableInfo
{
    QString name;
    QList<SqlColumnInfo> columns;
};

} // namespace Moltdesk::Storage
