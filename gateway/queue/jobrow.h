#pragma once

#include "queue/queuetypes.h"

#include <QSqlQuery>

namespace Moltdesk::Queue {

// The mapping between a queue_jobs row and Job, kept in one place so every SELECT reads the
// same columns in the same order.
class JobRow
{
public:
    // Column list for "SELECT <columns> FROM queue_jobs j ...".
    static QString columns();
    // Reads the current row of a query selected with columns().
    static Job read(const QSqlQuery &query);
};

} // namespace Moltdesk::Queue
