#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Moltdesk::Ui {

// Pure formatting and validation helpers shared by the pages (kept free of widgets so they are
// easy to test and reuse).
class ValueFormat
{
    Q_DECLARE_TR_FUNCTIONS(ValueFormat)

public:
    struct JsonCheck
    {
        bool ok = false;
        QByteArray compact; // the value re-serialised compactly, when ok
        QString error;      // the parser's reason with line and column, when not ok
        int line = 0;       // 1-based position of the error in the text
        int column = 0;
    };

    // Validates one JSON value of any kind (Workers KV's JSON values may be scalars, which
    // QJsonDocument cannot hold alone, so the text is parsed inside a one-element array).
    static JsonCheck checkJson(const QString &text);
    // Indented JSON for display, or an empty string when `data` is not one valid JSON value.
    static QString prettyJson(const QByteArray &data);

    // "2 d 3 h", "4 min 5 s"...
    static QString duration(qint64 seconds);
    // "never expires", "expires in 3 h 4 min", "expired".
    static QString expiry(const std::optional<QDateTime> &expiration, const QDateTime &now);
    // The same, short enough for a list column: "—", "in 3 h 4 min", "expired".
    static QString shortExpiry(const std::optional<QDateTime> &expiration, const QDateTime &now);
    static QString byteSize(qint64 bytes);
    // A classic hexdump (offset, 16 hex bytes, ASCII) of at most `maxBytes`.
    static QString hexPreview(const QByteArray &data, int maxBytes = 512);
    // Valid UTF-8 without NUL bytes: safe to show in a text editor. `truncated`: data is the start
    // of something longer, so a character cut at the end is not an error.
    static bool isText(const QByteArray &data, bool truncated = false);
};

} // namespace Moltdesk::Ui
