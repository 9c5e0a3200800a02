#pragma once

#include <QString>

namespace Moltdesk::Security {

// The headless operator-token file (DATA/operator-token), used only when no keychain is reachable.
// The file is created with mode 0600 in the open() call itself (O_CREAT|O_EXCL, never chmod after
// writing, so there is no window in which it is readable by others) and refused on read when group
// or others can access it, as OpenSSH refuses private keys with open permissions.
class TokenFile
{
public:
    enum class ReadStatus { Ok, Missing, Error };

    explicit TokenFile(const QString &path);

    QString path() const { return m_path; }

    // Error: message says what is wrong and how to fix it (never includes the content).
    ReadStatus read(QString *token, QString *error) const;
    // Fails if the file already exists (another instance won the race).
    bool create(const QString &token, QString *error) const;
    // Atomic replacement for rotation: a fresh 0600 temp file, fsync, rename over the old one.
    bool replace(const QString &token, QString *error) const;

    // A stored token must be 32..1024 printable ASCII characters without spaces.
    static bool isAcceptable(const QString &token);

private:
    bool writeNew(const QString &path, const QString &token, QString *error) const;

    QString m_path;
};

} // namespace Moltdesk::Security
