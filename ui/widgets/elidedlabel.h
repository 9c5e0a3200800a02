#pragma once

#include <QLabel>

namespace Moltdesk::Ui {

// A one-line label that never widens its window: when the room is short the text ends in "…" and
// the whole text is in the tooltip (and the accessible name, for screen readers). Used for titles
// that come from data - a conversation's key or name can be any length.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace Moltdesk::Ui
