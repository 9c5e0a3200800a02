#include "security/keychainsecretstore.h"

#include "base/logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Moltdesk::Security {

namespace {
// An entry that never exists: reading it tells "reachable" (EntryNotFound) from "unreachable".
const QString kProbeKey = u"moltdesk.availability-probe"_s;

// QtKeychain 0.13 on Linux reports a missing D-Bus session or Secret Service not only as
// NoBackendAvailable but, on its KWallet path, as OtherError "Could not open wallet: ...; D-Bus
// is not running" / ServiceUnknown. Those mean "no keychain", not "the keychain failed".
bool looksUnreachable(const QString &errorString)
{
    static const QLatin1StringView markers[] = {
        "D-Bus is not running"_L1, "ServiceUnknown"_L1, "NoServer"_L1, "org.freedesktop.DBus.Error"_L1,
        "Cannot autolaunch D-Bus"_L1, "No such secret collection"_L1, "Could not connect"_L1,
    };
    for (const QLatin1StringView marker : markers) {
        if (errorString.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service)
    : m_service(service)
{
}

QString KeychainSecretStore::backendName() const
{
    return u"keychain"_s;
}

QString KeychainSecretStore::unavailableReason()
{
    return QCoreApplication::translate(
        "SecretStore",
        "No keychain (Secret Service) is reachable: install and unlock GNOME Keyring or KWallet.");
}

void KeychainSecretStore::read(const QString &name, QObject *context, Callback callback)
{
    if (const QString why = validateName(name); !why.isEmpty()) {
        deliver(context, callback, SecretResult::failure(SecretResult::Status::Error, why, backendName()));
        return;
    }
    run(Operation::Read, new QKeychain::ReadPasswordJob(m_service), name, context, std::move(callback));
}

void KeychainSecretStore::write(const QString &name, const QString &value, QObject *context, Callback callback)
{
    if (const QString why = validateWrite(name, value); !why.isEmpty()) {
        deliver(context, callback, SecretResult::failure(SecretResult::Status::Error, why, backendName()));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(value); // stored as UTF-8 by QtKeychain
    run(Operation::Write, job, name, context, std::move(callback));
}

void KeychainSecretStore::remove(const QString &name, QObject *context, Callback callback)
{
    if (const QString why = validateName(name); !why.isEmpty()) {
        deliver(context, callback, SecretResult::failure(SecretResult::Status::Error, why, backendName()));
        return;
    }
    run(Operation::Remove, new QKeychain::DeletePasswordJob(m_service), name, context, std::move(callback));
}

void KeychainSecretStore::probe(QObject *context, Callback callback)
{
    // A read is not enough: gnome-keyring D-Bus-activated with a locked login collection answers
    // "not found" to reads but refuses every write. So probe with a write and clean up after it.
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(u"probe"_s);
    run(Operation::Probe, job, kProbeKey, context,
        [service = m_service, callback = std::move(callback)](const SecretResult &result) {
            if (result.isOk()) {
                auto *cleanup = new QKeychain::DeletePasswordJob(service);
                cleanup->setKey(kProbeKey);
                cleanup->setInsecureFallback(false);
                cleanup->setAutoDelete(true);
                cleanup->start();
            }
            if (callback)
                callback(result);
        });
}

void KeychainSecretStore::run(Operation operation, QKeychain::Job *job, const QString &name, QObject *context,
                              Callback callback)
{
    job->setKey(name);
    // Never the plaintext QSettings fallback (see the class comment).
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    const QPointer<QObject> guard(context);
    // The job is its own context: it lives on this thread and deletes itself after finished().
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [service = m_service, operation, name, guard, callback = std::move(callback)](QKeychain::Job *finished) {
                         if (!guard)
                             return;
                         deliver(guard.data(), callback, resultFor(operation, service, name, finished));
                     });
    job->start();
}

SecretResult KeychainSecretStore::resultFor(Operation operation, const QString &service, const QString &name,
                                            QKeychain::Job *job)
{
    const QString source = u"keychain"_s;
    using Status = SecretResult::Status;
    const QString detail = job->errorString();
    auto fail = [&source, &name, &detail](Status status, const QString &what) {
        // errorString() comes from QtKeychain/libsecret and names the problem, never the value.
        QString message = what;
        if (!detail.isEmpty())
            message += u" ("_s + detail + u')';
        qCDebug(lcSecurity) << "keychain" << SecretResult::statusName(status) << "for" << name;
        return SecretResult::failure(status, message, source);
    };

    switch (job->error()) {
    case QKeychain::NoError:
        if (operation == Operation::Read)
            return SecretResult::ok(static_cast<QKeychain::ReadPasswordJob *>(job)->textData(), source);
        return SecretResult::ok({}, source);
    case QKeychain::EntryNotFound:
        if (operation == Operation::Probe || operation == Operation::Remove)
            return SecretResult::ok({}, source);
        return fail(Status::NotFound, QCoreApplication::translate("SecretStore", "%1 is not in the keychain.").arg(name));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return fail(Status::Unavailable, unavailableReason());
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return fail(Status::Denied,
                    QCoreApplication::translate("SecretStore", "The keychain denied access to %1; unlock it and allow Moltdesk.")
                        .arg(operation == Operation::Probe ? service : name));
    case QKeychain::CouldNotDeleteEntry:
        return fail(Status::Error, QCoreApplication::translate("SecretStore", "Could not delete %1 from the keychain.").arg(name));
    case QKeychain::OtherError:
        break;
    }
    if (looksUnreachable(detail))
        return fail(Status::Unavailable, unavailableReason());
    return fail(Status::Error, QCoreApplication::translate("SecretStore", "The keychain failed for %1.")
                                   .arg(operation == Operation::Probe ? service : name));
}

} // namespace Moltdesk::Security
