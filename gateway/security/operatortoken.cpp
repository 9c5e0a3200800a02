#include "security/operatortoken.h"

#include "base/logging.h"
#include "security/constanttime.h"
#include "security/secretcatalog.h"
#include "security/secretredactor.h"
#include "security/secretstore.h"
#include "security/tokenfile.h"

#include <QDir>
#include <QMutexLocker>
#include <QRandomGenerator>

#include <array>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Moltdesk::Security {

namespace {
const QString kName = QString(SecretNames::OperatorToken);
}

OperatorToken::OperatorToken(Mode mode, SecretStore *keychain, SecretStore *environment, const QString &dataDir,
                             SecretRedactor *redactor, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_keychain(keychain)
    , m_environment(environment)
    , m_redactor(redactor)
    , m_tokenFilePath(QDir(dataDir).filePath(u"operator-token"_s))
    , m_notice([](const QString &line) {
        // Straight to stderr, not through qDebug: this one-time line must not be redacted.
        std::fputs((line + u'\n').toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    })
{
}

void OperatorToken::setNoticeSink(NoticeSink sink)
{
    m_notice = std::move(sink);
}

QString OperatorToken::generate()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray raw(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QString::fromLatin1(raw.toHex());
}

void OperatorToken::ensure()
{
    if (m_started) {
        qCWarning(lcSecurity) << "OperatorToken::ensure() called twice; ignored";
        return;
    }
    m_started = true;
    if (!m_environment) {
        fromKeychain();
        return;
    }
    m_environment->read(kName, this, [this](const SecretResult &result) {
        if (result.isOk()) {
            adopt(result.value(), Origin::Environment, false);
            return;
        }
        fromKeychain();
    });
}

void OperatorToken::fromKeychain()
{
    if (!m_keychain) {
        keychainUnreachable(tr("No keychain is configured."));
        return;
    }
    m_keychain->read(kName, this, [this](const SecretResult &result) {
        switch (result.status()) {
        case SecretResult::Status::Ok:
            adopt(result.value(), Origin::Keychain, false);
            return;
        case SecretResult::Status::NotFound:
            createInKeychain();
            return;
        case SecretResult::Status::Unavailable:
            keychainUnreachable(result.message());
            return;
        case SecretResult::Status::Denied:
        case SecretResult::Status::Error:
            keychainRefused(result.message());
            return;
        }
    });
}

void OperatorToken::createInKeychain()
{
    const QString token = generate();
    m_keychain->write(kName, token, this, [this, token](const SecretResult &result) {
        switch (result.status()) {
        case SecretResult::Status::Ok:
            adopt(token, Origin::Keychain, true);
            return;
        case SecretResult::Status::Unavailable:
            keychainUnreachable(result.message());
            return;
        case SecretResult::Status::NotFound:
        case SecretResult::Status::Denied:
        case SecretResult::Status::Error:
            keychainRefused(result.message());
            return;
        }
    });
}

void OperatorToken::keychainUnreachable(const QString &reason)
{
    m_keychainProblem = reason;
    if (m_mode == Mode::Gui) {
        qCWarning(lcSecurity).noquote() << "operator token is ephemeral for this run:" << reason;
        adopt(generate(), Origin::Ephemeral, true);
        return;
    }
    fromFile();
}

void OperatorToken::keychainRefused(const QString &reason)
{
    m_keychainProblem = reason;
    if (m_mode == Mode::Gui) {
        qCWarning(lcSecurity).noquote() << "operator token is ephemeral for this run:" << reason;
        adopt(generate(), Origin::Ephemeral, true);
        return;
    }
    emit failed(tr("Cannot get the operator token from the keychain: %1 Unlock the keychain, or set %2 in the "
                   "environment or the --env-file.")
                    .arg(reason, kName));
}

void OperatorToken::fromFile()
{
    const TokenFile file(m_tokenFilePath);
    QString token;
    QString error;
    switch (file.read(&token, &error)) {
    case TokenFile::ReadStatus::Ok:
        adopt(token, Origin::TokenFile, false);
        return;
    case TokenFile::ReadStatus::Error:
        emit failed(error);
        return;
    case TokenFile::ReadStatus::Missing:
        break;
    }
    token = generate();
    if (!file.create(token, &error)) {
        emit failed(error);
        return;
    }
    adopt(token, Origin::TokenFile, true);
}

void OperatorToken::adopt(const QString &token, Origin origin, bool created)
{
    if (m_redactor && !m_redactor->addSecret(token))
        qCWarning(lcSecurity) << "the operator token is shorter than" << SecretRedactor::kMinimumLength
                              << "characters and cannot be redacted from logs; use a longer one";
    if (token.size() < 32)
        qCWarning(lcSecurity) << "the operator token from" << (origin == Origin::Environment ? "the environment" : "storage")
                              << "is shorter than 32 characters; a generated one has 64";
    {
        QMutexLocker lock(&m_mutex);
        m_token = token;
        m_origin = origin;
    }
    qCInfo(lcSecurity).noquote() << "operator token ready; kept in" << storageDescription();
    if (created && m_mode == Mode::Headless && (origin == Origin::TokenFile || origin == Origin::Keychain)) {
        notice(tr("Moltdesk operator token (shown only this once): %1").arg(token));
        if (origin == Origin::TokenFile)
            notice(tr("It is kept in %1 (mode 0600) because no keychain is reachable (%2).")
                       .arg(m_tokenFilePath, m_keychainProblem));
        else
            notice(tr("It is kept in %1.").arg(storageDescription()));
    }
    emit ready();
}

void OperatorToken::rotate()
{
    const Origin current = origin();
    if (current == Origin::None || m_rotating) {
        emit rotateFailed(tr("The operator token is not ready yet."));
        return;
    }
    if (current == Origin::Environment) {
        emit rotateFailed(tr("%1 is set in the environment or the --env-file; change it there and restart.").arg(kName));
        return;
    }
    const QString token = generate();
    if (current == Origin::Ephemeral) {
        replaceToken(token);
        return;
    }
    if (current == Origin::TokenFile) {
        QString error;
        if (!TokenFile(m_tokenFilePath).replace(token, &error)) {
            emit rotateFailed(error);
            return;
        }
        replaceToken(token);
        return;
    }
    m_rotating = true;
    m_keychain->write(kName, token, this, [this, token](const SecretResult &result) {
        m_rotating = false;
        if (!result.isOk()) {
            emit rotateFailed(result.message());
            return;
        }
        replaceToken(token);
    });
}

void OperatorToken::replaceToken(const QString &token)
{
    // The old value stays registered with the redactor: it may still show up in in-flight requests.
    if (m_redactor)
        m_redactor->addSecret(token);
    {
        QMutexLocker lock(&m_mutex);
        m_token = token;
    }
    qCInfo(lcSecurity).noquote() << "operator token rotated; kept in" << storageDescription();
    emit rotated();
}

void OperatorToken::notice(const QString &line) const
{
    if (m_notice)
        m_notice(line);
}

bool OperatorToken::isReady() const
{
    return origin() != Origin::None;
}

QString OperatorToken::token() const
{
    QMutexLocker lock(&m_mutex);
    return m_token;
}

bool OperatorToken::verify(QByteArrayView presented) const
{
    const QString current = token();
    if (current.isEmpty() || presented.isEmpty())
        return false;
    return constantTimeEquals(presented, current.toUtf8());
}

OperatorToken::Origin OperatorToken::origin() const
{
    QMutexLocker lock(&m_mutex);
    return m_origin;
}

bool OperatorToken::isPersistent() const
{
    const Origin o = origin();
    return o == Origin::Environment || o == Origin::Keychain || o == Origin::TokenFile;
}

QString OperatorToken::keychainProblem() const
{
    return m_keychainProblem;
}

QString OperatorToken::storageDescription() const
{
    switch (origin()) {
    case Origin::None:
        return tr("nowhere yet");
    case Origin::Environment:
        return tr("the environment (%1)").arg(kName);
    case Origin::Keychain:
        return tr("the OS keychain (service \"moltdesk\", key %1)").arg(kName);
    case Origin::TokenFile:
        return m_tokenFilePath;
    case Origin::Ephemeral:
        return tr("memory only, for this run (no keychain is available)");
    }
    return {};
}

} // namespace Moltdesk::Security
