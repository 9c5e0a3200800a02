#include "security/secretvault.h"

#include "base/logging.h"
#include "security/envsecretstore.h"
#include "security/secretredactor.h"
#include "security/secretstore.h"

#include <QMetaObject>

#include <memory>

using namespace Qt::StringLiterals;

namespace Moltdesk::Security {

SecretVault::SecretVault(SecretStore *keychain, const EnvSecretStore *environment, SecretRedactor *redactor,
                         QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_environment(environment)
    , m_redactor(redactor)
{
}

QString SecretVault::environmentValue(const QString &name) const
{
    return m_environment ? m_environment->value(name) : QString();
}

QString SecretVault::value(const QString &name) const
{
    const QString fromEnvironment = environmentValue(name);
    return fromEnvironment.isEmpty() ? m_keychainValues.value(name) : fromEnvironment;
}

QString SecretVault::source(const QString &name) const
{
    if (!environmentValue(name).isEmpty())
        return u"environment"_s;
    if (!m_keychainValues.value(name).isEmpty())
        return u"keychain"_s;
    return {};
}

QString SecretVault::backendName() const
{
    return m_keychain ? m_keychain->backendName() : u"keychain"_s;
}

void SecretVault::remember(const QString &name, const QString &value)
{
    m_keychainValues.set(name, value);
    if (!value.isEmpty() && m_redactor)
        m_redactor->addSecret(value);
}

void SecretVault::post(const QPointer<QObject> &context, const Done &done, const SecretResult &result)
{
    // `context` lives on the caller's thread and may be gone by the time the keychain answered
    // (the gateway stopped right after a secrets.set): then nobody is waiting.
    if (!done || !context)
        return;
    // Queued even on the same thread, so callers never see a re-entrant callback; Qt drops the
    // call with `context` if it is destroyed first.
    QMetaObject::invokeMethod(context, [done, result] { done(result); }, Qt::QueuedConnection);
}

void SecretVault::load(const QStringList &names, QObject *context, std::function<void()> done)
{
    auto pending = std::make_shared<int>(1); // held until every read is queued
    auto finishOne = [pending, context, done] {
        if (--*pending == 0 && done && context)
            QMetaObject::invokeMethod(context, done, Qt::QueuedConnection);
    };
    for (const QString &name : names) {
        const QString fromEnvironment = environmentValue(name);
        if (!fromEnvironment.isEmpty()) {
            if (m_redactor)
                m_redactor->addSecret(fromEnvironment);
            continue;
        }
        if (!m_keychain)
            continue;
        ++*pending;
        m_keychain->read(name, this, [this, name, finishOne](const SecretResult &result) {
            if (result.isOk() && !result.value().isEmpty())
                remember(name, result.value());
            finishOne();
        });
    }
    finishOne();
}

void SecretVault::store(const QString &name, const QString &value, QObject *callerContext, Done done)
{
    const QPointer<QObject> context(callerContext);
    QMetaObject::invokeMethod(
        this,
        [this, name, value, context, done] {
            if (!m_keychain) {
                post(context, done,
                     SecretResult::failure(SecretResult::Status::Unavailable, tr("No keychain is configured.")));
                return;
            }
            m_keychain->write(name, value, this, [this, name, value, context, done](const SecretResult &result) {
                if (result.isOk()) {
                    remember(name, value);
                    qCInfo(lcSecurity).noquote() << name << "stored in the" << backendName()
                                                 << (environmentValue(name).isEmpty()
                                                         ? QString()
                                                         : u"(the environment's value stays in use)"_s);
                }
                post(context, done, result);
            });
        },
        Qt::QueuedConnection);
}

void SecretVault::remove(const QString &name, QObject *callerContext, Done done)
{
    const QPointer<QObject> context(callerContext);
    QMetaObject::invokeMethod(
        this,
        [this, name, context, done] {
            if (!m_keychain) {
                post(context, done,
                     SecretResult::failure(SecretResult::Status::Unavailable, tr("No keychain is configured.")));
                return;
            }
            m_keychain->remove(name, this, [this, name, context, done](const SecretResult &result) {
                if (result.isOk()) {
                    m_keychainValues.remove(name);
                    qCInfo(lcSecurity).noquote() << name << "removed from the" << backendName();
                }
                post(context, done, result);
            });
        },
        Qt::QueuedConnection);
}

} // namespace Moltdesk::Security
