#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Moltdesk::Ui {

// Pure text helpers for the Sessions page (no widgets, so they are cheap to test and reuse):
// relative times, the text of Anthropic-shaped content blocks (docs/sessions.md) and the
// per-message "model · tokens · cost" line.
class SessionFormat
{
    Q_DECLARE_TR_FUNCTIONS(SessionFormat)

public:
    // "just now", "5 min ago", "3 h ago", "yesterday", "4 d ago", else the date.
    static QString relativeTime(qint64 thenMs, qint64 nowMs);
    // "$0.0123" with enough digits that small costs do not read as zero.
    static QString cost(double usd);
    // The text of every text block, joined by blank lines; a plain string content is returned as is.
    static QString text(const QJsonValue &content);
    // A tool result's content (string or blocks) as text; images become "[image]".
    static QString toolResultText(const QJsonValue &content);
    // "claude-sonnet-4 · 1,200 in / 340 out · $0.0042"; parts that are unknown are left out.
    static QString usageLine(const QString &model, const QJsonObject &usage, std::optional<double> costUsd);
    // A label for a session key: "Telegram · dm 12345", "Chat with your agent" for the panel chat.
    static QString channelName(const QString &channel);
    static QString prettyJson(const QJsonValue &value);
};

} // namespace Moltdesk::Ui
