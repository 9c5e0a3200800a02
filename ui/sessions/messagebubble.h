#pragma once

#include <QFrame>

class QLabel;

namespace Moltdesk::Ui {

// One message of a conversation: the user's on the right, the agent's on the left, Markdown
// rendered through SafeMarkdown (GitHub dialect, no raw HTML, only http(s)/mailto links, each
// shown with its target; the text is untrusted). The agent's
// bubble shows "model · tokens · cost" under the text when known; while a reply streams it is a
// "typing" bubble whose text grows. Errors and notices (summaries, stopped runs) have their own look.
class MessageBubble : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { User, Assistant, Error, Notice };

    MessageBubble(Kind kind, const QString &markdown, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString text() const { return m_markdown; }
    void setText(const QString &markdown);
    QString meta() const;
    // What the label shows (HTML, or plain text for errors): for tests and accessibility checks.
    QString renderedText() const;
    void setMeta(const QString &meta);
    bool isTyping() const { return m_typing; }
    void setTyping(bool typing);

private:
    void applyStyle();

    Kind m_kind;
    QString m_markdown;
    QLabel *m_body = nullptr;
    QLabel *m_meta = nullptr;
    bool m_typing = false;
};

} // namespace Moltdesk::Ui
