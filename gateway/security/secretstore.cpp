#include "security/secretstore.h"

#include "base/logging.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Moltdesk::Security {

QString SecretStore::validateName(const QString &name)
{
    if (name.isEmpty())
        return QCoreApplication::translate("SecretStore", "The secret name is empty.");
    if (name.size() > 128)
        return QCoreApplication::translate("SecretStore", "The secret name is longer than 128 characters.");
    const QChar first = name.front();
    if (!(first == u'_' || (first.unicode() < 128 && first.isLetter())))
        return QCoreApplication::translate("SecretStore", "The secret name must start with a letter or '_'.");
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')
            || u == u'_' || u == u'.' || u == u'-';
        if (!ok)
            return QCoreApplication::translate("SecretStore", "The secret name may only contain A-Z, a-z, 0-9, '_', '.' and '-'.");
    }
    return {};
}

QString SecretStore::validateWrite(const QString &name, const QString &value)
{
    if (QString why = validateName(name); !why.isEmpty())
        return why;
    if (value.isEmpty())
        return QCoreApplication::translate("SecretStore", "Refusing to store an empty value for %1; remove the secret instead.").arg(name);
    return {};
}

void SecretStore::deliver(QObject *context, const Callback &callback, const SecretResult &result)
{
    if (!callback)
        return;
    if (!context) {
        // A programming error, but never silently lose the answer in release builds either.
        qCWarning(lcSecurity) << "SecretStore: dropping a result because no context object was given";
        Q_ASSERT_X(false, "SecretStore::deliver", "a context object is required");
        return;
    }
    // Queued even when already on context's thread, so callers never see re-entrant callbacks.
    // If context dies before the event is processed Qt discards the event with it.
    QMetaObject::invokeMethod(context, [callback, result] { callback(result); }, Qt::QueuedConnection);
}

} // namespace Moltdesk::Security
