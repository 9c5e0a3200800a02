#include "storage/transaction.h"

#include "base/logging.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Moltdesk::Storage {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (!m_db.isOpen()) {
        m_begun = Storage::sqlError(u"database connection is not open"_s, m_db.lastError());
        return;
    }
    QSqlQuery query(m_db);
    if (!query.exec(u"BEGIN IMMEDIATE"_s)) {
        m_begun = Storage::sqlError(u"could not start a transaction"_s, query.lastError());
        return;
    }
    m_active = true;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    if (!query.exec(u"ROLLBACK"_s))
        qCWarning(lcStorage) << "rollback failed:" << query.lastError().text();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return Error::invalid(u"commit without an active transaction"_s);
    QSqlQuery query(m_db);
    if (!query.exec(u"COMMIT"_s))
        return Storage::sqlError(u"commit failed"_s, query.lastError()); // destructor rolls back
    m_active = false;
    return {};
}

} // namespace Moltdesk::Storage
