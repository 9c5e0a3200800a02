#pragma once

#include "security/secretresult.h"

#include <QString>

#include <functional>

class QObject;

namespace Moltdesk::Security {

// Where secrets live, behind one asynchronous interface (docs/secrets.md "Where they are read
// from": secrets only in the keychain, behind an interface; an interface plus a null
// implementation, as KeePassXC's QuickUnlockInterface does).
//
// Every operation completes asynchronously: the callback is *always* queued to `context`'s thread
// (never called from inside read()/write()/remove()), and it is dropped if `context` is destroyed
// first. Pass the calling QObject (usually `this`) so the callback runs on the caller's thread.
// The calling thread needs a running event loop.
class SecretStore
{
public:
    using Callback = std::function<void(const SecretResult &)>;

    virtual ~SecretStore() = default;

    // A short backend name for messages and the panel ("keychain", "environment", ...).
    virtual QString backendName() const = 0;
    virtual bool isWritable() const = 0;

    virtual void read(const QString &name, QObject *context, Callback callback) = 0;
    virtual void write(const QString &name, const QString &value, QObject *context, Callback callback) = 0;
    // Idempotent: removing a secret that is not there is Ok.
    virtual void remove(const QString &name, QObject *context, Callback callback) = 0;

    // Is the backend reachable right now? Ok = usable; otherwise message() is a human-readable reason
    // the panel can show as is ("No keychain (Secret Service) is reachable: ...").
    virtual void probe(QObject *context, Callback callback) = 0;

    // Secret names are environment-variable style: 1..128 of [A-Za-z0-9_.-], starting with a letter
    // or '_'. Returns an empty string when valid, else why not.
    static QString validateName(const QString &name);

protected:
    // Queue `callback(result)` onto context's thread (see class comment).
    static void deliver(QObject *context, const Callback &callback, const SecretResult &result);
    // Shared checks for write(): a valid name and a non-empty value (an empty secret is a removal).
    static QString validateWrite(const QString &name, const QString &value);
};

} // namespace Moltdesk::Security
