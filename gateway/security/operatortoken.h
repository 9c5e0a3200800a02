#pragma once

#include <QByteArrayView>
#include <QMutex>
#include <QObject>
#include <QString>

#include <functional>

namespace Moltdesk::Security {

class SecretRedactor;
class SecretStore;

// Makes sure MOLTDESK_TOKEN (the operator token for the HTTP API and the WebSocket) exists at
// start-up, and rotates it for the panel. The policies (documented in docs/secrets.md):
//
//  1. If an environment store is given and has MOLTDESK_TOKEN (process env, then --env-file): use it.
//  2. Else read the keychain; if missing there, create one (256 random bits, 64 hex chars) and store it.
//  3. If no keychain is reachable:
//     GUI      - an ephemeral in-memory token for this run; isPersistent() == false and
//                keychainProblem() says why, so the UI can warn. Never written anywhere in clear.
//     Headless - DATA/operator-token, created 0600; when newly created the token is printed once
//                through the notice sink (stderr) with where it is kept; later starts read it silently.
//     A keychain that is reachable but refuses (locked, access denied) is not unreachable:
//     GUI falls back to ephemeral, headless fails with a clear message rather than silently
//     downgrading to a file.
//  Headless also prints a newly created keychain token once (the operator needs it to connect).
//
// The token value is registered with the SecretRedactor (if given) so it never reaches a log line.
class OperatorToken : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Gui, Headless };
    enum class Origin { None, Environment, Keychain, TokenFile, Ephemeral };
    using NoticeSink = std::function<void(const QString &line)>;

    // `keychain` and `environment` may be null (no keychain configured / GUI without env lookup);
    // they must outlive this object. The token file is `dataDir`/operator-token.
    OperatorToken(Mode mode, SecretStore *keychain, SecretStore *environment, const QString &dataDir,
                  SecretRedactor *redactor = nullptr, QObject *parent = nullptr);

    // Where the one-time headless notice goes; default: the process's stderr.
    void setNoticeSink(NoticeSink sink);

    // Asynchronous; emits ready() or failed(reason). Call once at start-up.
    void ensure();
    // Asynchronous; a new token replaces the old one where it is kept. Emits rotated() or
    // rotateFailed(reason). A token from the environment can't be rotated from here.
    void rotate();

    bool isReady() const;
    // Thread-safe (the server thread reads it while the panel may rotate).
    QString token() const;
    // Constant-time comparison with the current token; false while no token is set.
    bool verify(QByteArrayView presented) const;
    Origin origin() const;
    bool isPersistent() const;
    // Human-readable where-it-is-kept text, for the panel and the notice.
    QString storageDescription() const;
    // Why the keychain could not be used (empty when it was, or was not needed).
    QString keychainProblem() const;
    QString tokenFilePath() const { return m_tokenFilePath; }

    // 256 bits from the OS CSPRNG (QRandomGenerator::system()), hex-encoded: 64 characters.
    static QString generate();

signals:
    void ready();
    void failed(const QString &reason);
    void rotated();
    void rotateFailed(const QString &reason);

private:
    void fromKeychain();
    void createInKeychain();
    void keychainUnreachable(const QString &reason);
    void keychainRefused(const QString &reason);
    void fromFile();
    void adopt(const QString &token, Origin origin, bool created);
    void replaceToken(const QString &token);
    void notice(const QString &line) const;

    const Mode m_mode;
    SecretStore *const m_keychain;
    SecretStore *const m_environment;
    SecretRedactor *const m_redactor;
    const QString m_tokenFilePath;
    NoticeSink m_notice;

    mutable QMutex m_mutex; // guards m_token, m_origin
    QString m_token;
    Origin m_origin = Origin::None;
    QString m_keychainProblem;
    bool m_started = false;
    bool m_rotating = false;
};

} // namespace Moltdesk::Security
