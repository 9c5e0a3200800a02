#include "channels/telegramsetuppanel.h"

#include "channels/telegramsetup.h"
#include "widgets/banner.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {

QLabel *stepTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// Red that stays readable on light and dark palettes.
QString errorColour(const QPalette &palette)
{
    return palette.color(QPalette::Text).lightness() > 128 ? u"#ff6b6b"_s : u"#c0392b"_s;
}

QString okColour(const QPalette &palette)
{
    return palette.color(QPalette::Text).lightness() > 128 ? u"#6bd68a"_s : u"#1e8449"_s;
}

} // namespace

TelegramSetupPanel::TelegramSetupPanel(TelegramSetup *setup, QWidget *parent)
    : QGroupBox(tr("Set up"), parent)
    , m_setup(setup)
{
    setObjectName(u"telegramSetup"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    // 1. Token
    auto *tokenTitle = stepTitle(tr("1. Bot &token"), this);
    layout->addWidget(tokenTitle);
    layout->addWidget(hint(tr("In Telegram, open @BotFather, send /newbot and follow its questions. Paste the token "
                              "it gives you (it looks like 123456789:AAE…)."),
                           this));
    auto *tokenRow = new QHBoxLayout;
    m_token = new QLineEdit(this);
    m_token->setObjectName(u"token"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setClearButtonEnabled(true);
    m_token->setAccessibleName(tr("Telegram bot token"));
    m_token->setPlaceholderText(tr("Paste the token from @BotFather"));
    tokenTitle->setBuddy(m_token);
    m_check = new QPushButton(tr("&Check"), this);
    m_check->setObjectName(u"checkToken"_s);
    m_check->setAccessibleName(tr("Check the token with Telegram"));
    m_check->setToolTip(tr("Ask Telegram which bot the token belongs to (Enter in the token field)"));
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_check);
    layout->addLayout(tokenRow);
    m_bot = new QLabel(this);
    m_bot->setObjectName(u"botResult"_s);
    m_bot->setWordWrap(true);
    m_bot->setTextFormat(Qt::RichText);
    m_bot->setOpenExternalLinks(true);
    m_bot->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(m_bot);

    // 2. Mode
    layout->addSpacing(6);
    layout->addWidget(stepTitle(tr("2. How Telegram reaches Moltdesk"), this));
    // A radio button's text cannot wrap: the name on the button, what it means wrapped under it,
    // so the panel fits a 1,024 px window (docs/panel.md "Window size").
    m_polling = new QRadioButton(tr("&Long polling"), this);
    m_polling->setObjectName(u"modePolling"_s);
    const QString pollingText = tr("Moltdesk asks Telegram for new messages. Works anywhere; recommended.");
    m_polling->setAccessibleDescription(pollingText);
    m_webhookMode = new QRadioButton(tr("&Webhook"), this);
    m_webhookMode->setObjectName(u"modeWebhook"_s);
    const QString webhookText = tr("Telegram calls this computer. Needs a public https:// address (reverse proxy or "
                                   "tunnel).");
    m_webhookMode->setAccessibleDescription(webhookText);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_polling);
    modes->addButton(m_webhookMode);
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    for (const auto &[button, text] : {std::pair{m_polling, pollingText}, std::pair{m_webhookMode, webhookText}}) {
        layout->addWidget(button, 0, Qt::AlignLeft); // as wide as its text: a click beside it selects nothing
        QLabel *meaning = hint(text, this);
        meaning->setContentsMargins(indent, 0, 0, 0);
        layout->addWidget(meaning);
    }
    m_webhookRow = new QWidget(this);
    auto *webhookLayout = new QGridLayout(m_webhookRow);
    webhookLayout->setContentsMargins(24, 0, 0, 0);
    m_publicUrl = new QLineEdit(m_webhookRow);
    m_publicUrl->setObjectName(u"publicUrl"_s);
    m_publicUrl->setPlaceholderText(u"https://bot.example.org"_s);
    m_publicUrl->setAccessibleName(tr("Public https address of this gateway"));
    auto *urlLabel = new QLabel(tr("Public &address:"), m_webhookRow);
    urlLabel->setBuddy(m_publicUrl);
    m_setWebhook = new QPushButton(tr("Set &up webhook"), m_webhookRow);
    m_setWebhook->setObjectName(u"setWebhook"_s);
    m_setWebhook->setToolTip(tr("Tell Telegram to deliver the bot's messages to the public address (Enter in the address field)"));
    m_webhook = new QLabel(m_webhookRow);
    m_webhook->setObjectName(u"webhookResult"_s);
    m_webhook->setWordWrap(true);
    webhookLayout->addWidget(urlLabel, 0, 0);
    webhookLayout->addWidget(m_publicUrl, 0, 1);
    webhookLayout->addWidget(m_setWebhook, 0, 2);
    webhookLayout->addWidget(m_webhook, 1, 1, 1, 2);
    // Telegram refuses getUpdates while a webhook is set (409), so a running long poll stops.
    auto *webhookNote = hint(tr("Setting the webhook takes effect at Telegram at once: a running long poll stops "
                                "until Moltdesk restarts with the saved settings."),
                             m_webhookRow);
    webhookLayout->addWidget(webhookNote, 2, 1, 1, 2);
    layout->addWidget(m_webhookRow);

    // 3. Save
    layout->addSpacing(6);
    layout->addWidget(stepTitle(tr("3. Save"), this));
    layout->addWidget(hint(tr("The token goes to the keychain, never into config.json."), this));
    auto *saveRow = new QHBoxLayout;
    m_save = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save and enable"), this);
    m_save->setObjectName(u"saveTelegram"_s);
    m_save->setToolTip(tr("Store the token in the keychain, save the mode in config.json and start the channel"));
    saveRow->addWidget(m_save);
    saveRow->addStretch(1);
    layout->addLayout(saveRow);
    m_saveResult = new Banner(this);
    m_saveResult->setObjectName(u"saveResult"_s);
    m_saveResult->hide();
    layout->addWidget(m_saveResult);

    const bool webhook = setup->mode() == Config::TelegramSettings::Mode::Webhook;
    (webhook ? m_webhookMode : m_polling)->setChecked(true);
    if (setup->publicUrl().isValid())
        m_publicUrl->setText(setup->publicUrl().toString());

    connect(m_check, &QPushButton::clicked, this, [this] { m_setup->checkToken(m_token->text()); });
    connect(m_token, &QLineEdit::returnPressed, m_check, &QPushButton::click);
    connect(m_webhookMode, &QRadioButton::toggled, this, [this](bool on) {
        m_setup->setMode(on ? Config::TelegramSettings::Mode::Webhook : Config::TelegramSettings::Mode::Polling);
        refresh();
    });
    connect(m_publicUrl, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString problem = m_setup->setPublicUrl(text);
        m_webhook->setText(problem.isEmpty() ? QString()
                                             : u"<span style=\"color:%1\">%2</span>"_s.arg(errorColour(palette()),
                                                                                              problem.toHtmlEscaped()));
        refresh();
    });
    connect(m_setWebhook, &QPushButton::clicked, this, [this] {
        m_setup->setPublicUrl(m_publicUrl->text());
        m_setup->setUpWebhook();
    });
    connect(m_publicUrl, &QLineEdit::returnPressed, m_setWebhook, &QPushButton::click);
    connect(m_save, &QPushButton::clicked, m_setup, &TelegramSetup::save);
    connect(m_setup, &TelegramSetup::stepChanged, this, &TelegramSetupPanel::refresh);
    refresh();
}

void TelegramSetupPanel::setTokenStored(bool stored)
{
    m_token->setPlaceholderText(stored ? tr("A token is stored — paste a new one to replace it")
                                       : tr("Paste the token from @BotFather"));
}

void TelegramSetupPanel::refresh()
{
    using Step = TelegramSetup::Step;
    const Step step = m_setup->step();
    const QString error = errorColour(palette());
    const QString ok = okColour(palette());

    m_check->setEnabled(step != Step::CheckingToken);
    if (step == Step::CheckingToken) {
        m_bot->setText(m_setup->message().toHtmlEscaped());
    } else if (step == Step::TokenRefused || (step == Step::EnterToken && !m_setup->message().isEmpty())) {
        m_bot->setText(u"<span style=\"color:%1\">%2</span>"_s.arg(error, m_setup->message().toHtmlEscaped()));
    } else if (m_setup->hasBot()) {
        const TelegramSetup::Bot &bot = m_setup->bot();
        QString text = u"<span style=\"color:%1\">✔</span> "_s.arg(ok)
                       + tr("This is <b>%1</b>").arg(bot.name.toHtmlEscaped());
        if (bot.link.isValid())
            text += u" — <a href=\"%1\">%2</a>"_s.arg(bot.link.toString(QUrl::FullyEncoded),
                                                       QString(u"t.me/"_s + bot.username).toHtmlEscaped());
        m_bot->setText(text);
    } else {
        m_bot->clear();
    }
    m_bot->setVisible(!m_bot->text().isEmpty());

    const bool webhook = m_setup->mode() == Config::TelegramSettings::Mode::Webhook;
    m_webhookRow->setVisible(webhook);
    m_setWebhook->setEnabled(m_setup->hasBot() && step != Step::SettingWebhook && step != Step::Saving);
    if (step == Step::SettingWebhook)
        m_webhook->setText(m_setup->message());
    else if (step == Step::WebhookFailed)
        m_webhook->setText(u"<span style=\"color:%1\">%2</span>"_s.arg(error, m_setup->message().toHtmlEscaped()));
    else if (step == Step::WebhookVerified)
        m_webhook->setText(u"<span style=\"color:%1\">✔</span> %2"_s.arg(ok, m_setup->message().toHtmlEscaped()));
    else if (!m_setup->hasBot() && webhook && m_webhook->text().isEmpty())
        m_webhook->setText(tr("Check the token first."));

    m_save->setEnabled(m_setup->canSave());
    if (step == Step::Saved || step == Step::SaveFailed || step == Step::Saving) {
        m_saveResult->setTone(step == Step::Saved      ? Banner::Tone::Success
                              : step == Step::Saving ? Banner::Tone::Neutral
                                                     : Banner::Tone::Error);
        m_saveResult->setText(m_setup->message());
        m_saveResult->show();
    } else {
        m_saveResult->hide();
    }
}

QString TelegramSetupPanel::botText() const
{
    return m_bot->text();
}

QString TelegramSetupPanel::webhookText() const
{
    return m_webhook->text();
}

QString TelegramSetupPanel::saveText() const
{
    return m_saveResult->isHidden() ? QString() : m_saveResult->text();
}

} // namespace Moltdesk::Ui
