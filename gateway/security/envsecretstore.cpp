#include "security/envsecretstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Moltdesk::Security {

EnvSecretStore::EnvSecretStore(const QHash<QString, QString> &fileValues, const QProcessEnvironment &environment)
    : m_file(fileValues)
    , m_environment(environment)
{
}

EnvSecretStore EnvSecretStore::fromMap(const QMap<QString, QString> &fileValues, const QProcessEnvironment &environment)
{
    QHash<QString, QString> hash;
    for (auto it = fileValues.cbegin(); it != fileValues.cend(); ++it)
        hash.insert(it.key(), it.value());
    return EnvSecretStore(hash, environment);
}

QString EnvSecretStore::backendName() const
{
    return u"environment"_s;
}

QString EnvSecretStore::value(const QString &name, QString *source) const
{
    if (const QString v = m_environment.value(name); !v.isEmpty()) {
        if (source)
            *source = u"environment"_s;
        return v;
    }
    if (const QString v = m_file.value(name); !v.isEmpty()) {
        if (source)
            *source = u"env-file"_s;
        return v;
    }
    return {};
}

void EnvSecretStore::read(const QString &name, QObject *context, Callback callback)
{
    if (const QString why = validateName(name); !why.isEmpty()) {
        deliver(context, callback, SecretResult::failure(SecretResult::Status::Error, why, backendName()));
        return;
    }
    QString source;
    const QString v = value(name, &source);
    deliver(context, callback,
            v.isEmpty() ? SecretResult::failure(SecretResult::Status::NotFound,
                                                QCoreApplication::translate("SecretStore", "%1 is not set in the environment or the env file.").arg(name),
                                                backendName())
                        : SecretResult::ok(v, source));
}

SecretResult EnvSecretStore::readOnlyError(const QString &name) const
{
    return SecretResult::failure(
        SecretResult::Status::Error,
        QCoreApplication::translate("SecretStore", "%1 comes from the environment, which Moltdesk cannot change; edit the environment or the env file instead.").arg(name),
        backendName());
}

void EnvSecretStore::write(const QString &name, const QString &, QObject *context, Callback callback)
{
    deliver(context, callback, readOnlyError(name));
}

void EnvSecretStore::remove(const QString &name, QObject *context, Callback callback)
{
    deliver(context, callback, readOnlyError(name));
}

void EnvSecretStore::probe(QObject *context, Callback callback)
{
    deliver(context, callback, SecretResult::ok({}, backendName()));
}

} // namespace Moltdesk::Security
