#include "core/schemamigrations.h"
#include "support/queuetestenv.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::TestSupport {

QueueTestEnv::QueueTestEnv()
    : m_now(std::make_shared<QDateTime>(QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC)))
{
    reopen();
}

std::function<QDateTime()> QueueTestEnv::clock() const
{
    const std::shared_ptr<QDateTime> now = m_now;
    return [now]() { return *now; };
}

bool QueueTestEnv::reopen()
{
    m_database.reset();
    m_database = std::make_unique<Storage::Database>(m_dir.path(), Moltdesk::Core::SchemaMigrations::all());
    const Storage::Result<void> opened = m_database->open();
    m_openError = opened ? QString() : opened.error().message;
    return opened.ok();
}

} // namespace Moltdesk::TestSupport
