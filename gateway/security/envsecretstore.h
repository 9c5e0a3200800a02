#pragma once

#include "security/secretstore.h"

#include <QHash>
#include <QMap>
#include <QProcessEnvironment>

namespace Moltdesk::Security {

// Read-only secrets from the process environment and the parsed `--env-file` (Config::DotEnv's
// name -> value map). Precedence: the process environment wins over the file, the way dotenv
// loaders behave (an explicit `export X=...` or a systemd Environment= line overrides the file).
// An empty value counts as unset, so a template `.env` with `ANTHROPIC_API_KEY=` does not hide the
// keychain. The environment is captured at construction (start-up); later changes are not seen.
class EnvSecretStore : public SecretStore
{
public:
    explicit EnvSecretStore(const QHash<QString, QString> &fileValues = {},
                            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // For a DotEnv result held in a QMap (a constructor overload would make `{}` ambiguous).
    static EnvSecretStore fromMap(const QMap<QString, QString> &fileValues,
                                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    // Synchronous look-up for start-up code; the same precedence as read(). Empty if unset.
    QString value(const QString &name, QString *source = nullptr) const;

    QString backendName() const override;
    bool isWritable() const override { return false; }
    void read(const QString &name, QObject *context, Callback callback) override;
    // Both fail with Status::Error: the environment can't be changed from here.
    void write(const QString &name, const QString &value, QObject *context, Callback callback) override;
    void remove(const QString &name, QObject *context, Callback callback) override;
    // Always reachable.
    void probe(QObject *context, Callback callback) override;

private:
    SecretResult readOnlyError(const QString &name) const;

    QHash<QString, QString> m_file;
    QProcessEnvironment m_environment;
};

} // namespace Moltdesk::Security
