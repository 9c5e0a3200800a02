#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Moltdesk::Ui {

class Banner;
class TelegramSetup;

// The widgets of the Telegram click-through, in three numbered steps, over a TelegramSetup that
// does the work: 1. paste the token → the bot's name and t.me link (or why not); 2. long polling or
// webhook (public address, set and verified); 3. save and enable.
class TelegramSetupPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit TelegramSetupPanel(TelegramSetup *setup, QWidget *parent = nullptr);

    // A token is already stored: say so and let the field replace it.
    void setTokenStored(bool stored);

    QString botText() const;
    QString webhookText() const;
    QString saveText() const;

private:
    void refresh();

    TelegramSetup *m_setup;
    QLineEdit *m_token = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_bot = nullptr;
    QRadioButton *m_polling = nullptr;
    QRadioButton *m_webhookMode = nullptr;
    QWidget *m_webhookRow = nullptr;
    QLineEdit *m_publicUrl = nullptr;
    QPushButton *m_setWebhook = nullptr;
    QLabel *m_webhook = nullptr;
    QPushButton *m_save = nullptr;
    Banner *m_saveResult = nullptr;
};

} // namespace Moltdesk::Ui
