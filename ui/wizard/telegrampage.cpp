#include "wizard/telegrampage.h"

#include "wizard/fieldmessage.h"
#include "wizard/setupflow.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

TelegramPage::TelegramPage(SetupFlow *flow, QWidget *parent)
    : QWizardPage(parent)
    , m_flow(flow)
{
    setTitle(tr("Connect a Telegram bot"));
    setSubTitle(tr("Optional: people can then talk to your agent in Telegram. Leave the field empty to skip — "
                   "you can do this later on the Channels page."));
    auto *layout = new QVBoxLayout(this);
    // A table, not <ol>: QLabel's list indent clips the numbers.
    auto *steps = new QLabel(tr("<table cellspacing=\"3\">"
                                "<tr><td><b>1.</b></td><td>In Telegram, open <a href=\"https://t.me/BotFather\">"
                                "@BotFather</a> and send <b>/newbot</b>.</td></tr>"
                                "<tr><td><b>2.</b></td><td>Choose a name, then a user name ending in “bot”.</td></tr>"
                                "<tr><td><b>3.</b></td><td>Copy the token it sends you and paste it below.</td></tr>"
                                "</table>"),
                             this);
    steps->setWordWrap(true);
    steps->setOpenExternalLinks(true);
    steps->setTextFormat(Qt::RichText);
    layout->addWidget(steps);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_token = new QLineEdit(this);
    m_token->setObjectName(u"telegramToken"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setClearButtonEnabled(true);
    m_token->setPlaceholderText(u"123456789:AA…"_s);
    m_token->setAccessibleName(tr("Telegram bot token"));
    m_token->setAccessibleDescription(tr("The token @BotFather sent you; it is kept in the system keychain"));
    m_check = new QPushButton(tr("&Check token"), this);
    m_check->setObjectName(u"checkTelegram"_s);
    m_check->setAccessibleName(tr("Check the Telegram token"));
    m_check->setToolTip(tr("Ask Telegram which bot the token belongs to (Enter)"));
    m_check->setAutoDefault(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_token, 1);
    row->addWidget(m_check);
    auto *label = new QLabel(tr("Bot &token:"), this);
    label->setBuddy(m_token);
    form->addRow(label, row);
    m_message = new FieldMessage(this);
    m_message->setObjectName(u"telegramMessage"_s);
    form->addRow(QString(), m_message);
    m_bot = new QLabel(this);
    m_bot->setObjectName(u"botLink"_s);
    m_bot->setOpenExternalLinks(true);
    m_bot->setTextFormat(Qt::RichText);
    form->addRow(QString(), m_bot);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_token, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_flow->setTelegramToken(text);
        refresh();
    });
    connect(m_token, &QLineEdit::returnPressed, this, [this] {
        if (!m_token->text().trimmed().isEmpty() && m_flow->telegramCheck() != SetupFlow::Check::Passed)
            m_check->click();
    });
    connect(m_check, &QPushButton::clicked, this, [this] {
        m_flow->setTelegramToken(m_token->text());
        m_flow->checkTelegram();
    });
    connect(m_flow, &SetupFlow::changed, this, &TelegramPage::refresh);
}

void TelegramPage::initializePage()
{
    m_token->setText(m_flow->telegramToken());
    m_token->setFocus();
    refresh();
}

void TelegramPage::cleanupPage()
{
    m_flow->back();
}

bool TelegramPage::isComplete() const
{
    // Empty = skip; otherwise only a token Telegram accepted.
    return m_flow->telegramToken().isEmpty() || m_flow->telegramCheck() == SetupFlow::Check::Passed;
}

bool TelegramPage::validatePage()
{
    if (m_flow->telegramToken().isEmpty()) {
        m_flow->skipTelegram();
        return m_flow->step() == SetupFlow::Step::Done;
    }
    return m_flow->next();
}

void TelegramPage::refresh()
{
    if (m_flow->step() != SetupFlow::Step::Telegram)
        return;
    const bool empty = m_flow->telegramToken().isEmpty();
    setButtonText(QWizard::NextButton, empty ? tr("&Skip >") : tr("&Next >"));
    switch (m_flow->telegramCheck()) {
    case SetupFlow::Check::Idle:
        m_message->setMessage(FieldMessage::Kind::Hint, empty ? QString() : tr("Press Return or Check token."));
        break;
    case SetupFlow::Check::Running:
        m_message->setMessage(FieldMessage::Kind::Busy, tr("Asking Telegram…"));
        break;
    case SetupFlow::Check::Passed:
        m_message->setMessage(FieldMessage::Kind::Success, m_flow->telegramMessage());
        break;
    case SetupFlow::Check::Failed:
        m_message->setMessage(FieldMessage::Kind::Error, m_flow->telegramMessage());
        break;
    }
    const QUrl link = m_flow->botLink();
    m_bot->setText(link.isEmpty() ? QString()
                                  : tr("Open your bot: <a href=\"%1\">%1</a>").arg(link.toString().toHtmlEscaped()));
    m_bot->setVisible(!link.isEmpty());
    m_check->setEnabled(!empty && m_flow->telegramCheck() != SetupFlow::Check::Running);
    Q_EMIT completeChanged();
}

} // namespace Moltdesk::Ui
