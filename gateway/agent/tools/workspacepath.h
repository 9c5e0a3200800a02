#pragma once

#include <QString>

#include <optional>

namespace Moltdesk::Agent {

// A path inside a conversation's workspace, normalised the way a shell would read it: "\" and "/"
// separate, "." and empty segments vanish, ".." goes up one level, a leading "/" means the
// workspace root. Going above the root is refused rather than clamped, so the model learns its
// path was wrong instead of silently writing somewhere else. The object store never maps keys to
// file names, but other readers of `workspace/...` keys (UI, exports) may, so keys stay clean.
class WorkspacePath
{
public:
    static constexpr qsizetype MaxLength = 512;
    static constexpr qsizetype MaxSegment = 255;

    // The normalised relative path ("" for the root), or nullopt with `error` set.
    static std::optional<QString> normalize(const QString &path, QString *error);

    // "workspace/<percent-encoded session key>/": encoding keeps a session key containing "/" from
    // reaching into another session's folder.
    static QString rootKey(const QString &sessionKey);
};

} // namespace Moltdesk::Agent
