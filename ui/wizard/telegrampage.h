#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Moltdesk::Ui {

class FieldMessage;
class SetupFlow;

// Step 4: the Telegram bot. The token from @BotFather is checked with getMe and the bot's name and
// link are shown. Leaving the field empty turns Next into "Skip": Telegram can be set up later on
// the Channels page.
class TelegramPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TelegramPage(SetupFlow *flow, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void refresh();

    SetupFlow *m_flow;
    QLineEdit *m_token = nullptr;
    QPushButton *m_check = nullptr;
    FieldMessage *m_message = nullptr;
    QLabel *m_bot = nullptr;
};

} // namespace Moltdesk::Ui
