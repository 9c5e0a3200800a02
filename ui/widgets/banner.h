#pragma once

#include <QLabel>

namespace Moltdesk::Ui {

// A rounded, coloured message box: the Overview's state banner and the keychain warnings.
class Banner : public QLabel
{
    Q_OBJECT

public:
    enum class Tone { Neutral, Success, Warning, Error };

    explicit Banner(QWidget *parent = nullptr);

    void setTone(Tone tone);
    Tone tone() const { return m_tone; }

private:
    Tone m_tone = Tone::Neutral;
};

} // namespace Moltdesk::Ui
