#pragma once

#include "storage/result.h"

#include <QSqlDatabase>

namespace Moltdesk::Storage {

// RAII write transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless
// commit() succeeded. IMMEDIATE takes the write lock up front so two writers never both hold a
// read lock and then deadlock on the upgrade (https://www.sqlite.org/lang_transaction.html);
// the busy timeout then makes the second writer wait instead of failing.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Empty if BEGIN worked; otherwise the error, and nothing else should run.
    const Result<void> &begun() const { return m_begun; }
    Result<void> commit();

private:
    QSqlDatabase m_db;
    Result<void> m_begun;
    bool m_active = false;
};

} // namespace Moltdesk::Storage
