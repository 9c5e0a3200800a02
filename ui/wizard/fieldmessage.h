#pragma once

#include <QLabel>

namespace Moltdesk::Ui {

// The line under a wizard field that says what happened to it: "Checking…", "✔ Connected…" in
// green, or "✖ <what is wrong and what to do>" in red. Screen readers get the same text as the
// accessible description.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    enum class Kind { None, Busy, Success, Error, Hint };

    explicit FieldMessage(QWidget *parent = nullptr);

    void setMessage(Kind kind, const QString &text);
    void clearMessage() { setMessage(Kind::None, {}); }
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::None;
};

} // namespace Moltdesk::Ui
