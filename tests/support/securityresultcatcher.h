#pragma once

#include "security/secretstore.h"

#include <QList>
#include <QObject>

namespace Moltdesk::TestSupport {

// Collects SecretStore results in tests: pass the catcher as the context and callback() as the
// callback, then wait on the caught() signal with QSignalSpy.
class SecurityResultCatcher : public QObject
{
    Q_OBJECT
public:
    explicit SecurityResultCatcher(QObject *parent = nullptr);

    Security::SecretStore::Callback callback();
    QList<Security::SecretResult> results() const { return m_results; }
    Security::SecretResult last() const { return m_results.isEmpty() ? Security::SecretResult() : m_results.last(); }
    // Which thread ran the last callback.
    Qt::HANDLE lastThread() const { return m_lastThread; }

signals:
    void caught();

private:
    QList<Security::SecretResult> m_results;
    Qt::HANDLE m_lastThread = nullptr;
};

} // namespace Moltdesk::TestSupport
