#include "security/layeredsecretstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Moltdesk::Security {

namespace {
int severity(SecretResult::Status status)
{
    switch (status) {
    case SecretResult::Status::Ok:
        return 0;
    case SecretResult::Status::NotFound:
        return 1;
    case SecretResult::Status::Unavailable:
        return 2;
    case SecretResult::Status::Denied:
        return 3;
    case SecretResult::Status::Error:
        return 4;
    }
    return 4;
}
} // namespace

LayeredSecretStore::LayeredSecretStore(const QList<SecretStore *> &readLayers, SecretStore *writeTarget)
    : m_layers(readLayers)
    , m_target(writeTarget)
{
    m_layers.removeAll(nullptr);
}

QString LayeredSecretStore::backendName() const
{
    QStringList names;
    for (const SecretStore *layer : m_layers)
        names.append(layer->backendName());
    return u"layered("_s + names.join(u", "_s) + u')';
}

bool LayeredSecretStore::isWritable() const
{
    return m_target && m_target->isWritable();
}

SecretResult LayeredSecretStore::noTarget() const
{
    return SecretResult::failure(SecretResult::Status::Error,
                                 QCoreApplication::translate("SecretStore", "No writable secret store is configured."),
                                 backendName());
}

void LayeredSecretStore::read(const QString &name, QObject *context, Callback callback)
{
    if (const QString why = validateName(name); !why.isEmpty()) {
        deliver(context, callback, SecretResult::failure(SecretResult::Status::Error, why, backendName()));
        return;
    }
    readFrom(0, name, context, std::move(callback),
             SecretResult::failure(SecretResult::Status::NotFound,
                                   QCoreApplication::translate("SecretStore", "%1 is not set.").arg(name), backendName()));
}

void LayeredSecretStore::readFrom(qsizetype index, const QString &name, QObject *context, Callback callback,
                                  SecretResult worst)
{
    if (index >= m_layers.size()) {
        deliver(context, callback, worst);
        return;
    }
    // Each layer answers on context's thread; the chain continues from there.
    m_layers.at(index)->read(name, context,
                             [this, index, name, context, callback, worst](const SecretResult &result) {
                                 if (result.isOk()) {
                                     callback(result);
                                     return;
                                 }
                                 const SecretResult next =
                                     severity(result.status()) > severity(worst.status()) ? result : worst;
                                 readFrom(index + 1, name, context, callback, next);
                             });
}

void LayeredSecretStore::write(const QString &name, const QString &value, QObject *context, Callback callback)
{
    if (!m_target) {
        deliver(context, callback, noTarget());
        return;
    }
    m_target->write(name, value, context, std::move(callback));
}

void LayeredSecretStore::remove(const QString &name, QObject *context, Callback callback)
{
    if (!m_target) {
        deliver(context, callback, noTarget());
        return;
    }
    m_target->remove(name, context, std::move(callback));
}

void LayeredSecretStore::probe(QObject *context, Callback callback)
{
    if (!m_target) {
        deliver(context, callback, noTarget());
        return;
    }
    m_target->probe(context, std::move(callback));
}

} // namespace Moltdesk::Security
