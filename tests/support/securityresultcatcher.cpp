#include "support/securityresultcatcher.h"

#include <QThread>

namespace Moltdesk::TestSupport {

SecurityResultCatcher::SecurityResultCatcher(QObject *parent)
    : QObject(parent)
{
}

Security::SecretStore::Callback SecurityResultCatcher::callback()
{
    return [this](const Security::SecretResult &result) {
        m_results.append(result);
        m_lastThread = QThread::currentThreadId();
        emit caught();
    };
}

} // namespace Moltdesk::TestSupport
