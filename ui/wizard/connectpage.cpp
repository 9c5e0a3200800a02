#include "wizard/connectpage.h"

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

ConnectPage::ConnectPage(SetupFlow *flow, QWidget *parent)
    : QWizardPage(parent)
    , m_flow(flow)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_url = new QLineEdit(this);
    m_url->setObjectName(u"baseUrl"_s);
    m_url->setPlaceholderText(u"http://127.0.0.1:11434"_s);
    m_url->setAccessibleName(tr("Server address"));
    m_urlLabel = new QLabel(tr("Server &address:"), this);
    m_urlLabel->setBuddy(m_url);
    form->addRow(m_urlLabel, m_url);

    m_key = new QLineEdit(this);
    m_key->setObjectName(u"apiKey"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setClearButtonEnabled(true);
    m_key->setAccessibleName(tr("API key"));
    m_check = new QPushButton(tr("&Check"), this);
    m_check->setObjectName(u"check"_s);
    m_check->setAutoDefault(false);
    describeKey(false, QString());
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_check);
    m_keyLabel = new QLabel(tr("API &key:"), this);
    m_keyLabel->setBuddy(m_key);
    form->addRow(m_keyLabel, keyRow);

    m_message = new FieldMessage(this);
    m_message->setObjectName(u"keyMessage"_s);
    form->addRow(QString(), m_message);
    layout->addLayout(form);

    m_keyHelp = new QLabel(this);
    m_keyHelp->setWordWrap(true);
    m_keyHelp->setOpenExternalLinks(true);
    m_keyHelp->setTextFormat(Qt::RichText);
    layout->addWidget(m_keyHelp);
    layout->addStretch(1);

    connect(m_key, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_flow->setApiKey(text);
        refresh();
    });
    connect(m_url, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_flow->setBaseUrl(m_flow->choice(), QUrl::fromUserInput(text.trimmed()));
        refresh();
    });
    // Return checks; once the check passed, Return falls through to the wizard's Next.
    const auto onReturn = [this] {
        if (m_flow->keyCheck() != SetupFlow::Check::Passed)
            startCheck();
    };
    connect(m_key, &QLineEdit::returnPressed, this, onReturn);
    connect(m_url, &QLineEdit::returnPressed, this, onReturn);
    connect(m_check, &QPushButton::clicked, this, &ConnectPage::startCheck);
    connect(m_flow, &SetupFlow::changed, this, &ConnectPage::refresh);
}

// The key field's placeholder is only an example ("sk-…"), so the field and the check button say
// what they are for in words.
void ConnectPage::describeKey(bool local, const QString &provider)
{
    if (local) {
        m_key->setAccessibleDescription(tr("Only if your server was started with a key; it is kept in the system keychain"));
        m_check->setToolTip(tr("Check that the server answers at this address (Enter)"));
    } else {
        m_key->setAccessibleDescription(provider.isEmpty()
                                            ? tr("The provider's API key; it is kept in the system keychain")
                                            : tr("Your %1 API key; it is kept in the system keychain").arg(provider));
        m_check->setToolTip(tr("Check the key right away with a free request (Enter)"));
    }
}

void ConnectPage::initializePage()
{
    const SetupFlow::Choice choice = m_flow->choice();
    const QString title = SetupFlow::providerTitle(choice);
    const bool local = choice == SetupFlow::Choice::Local;
    if (local) {
        setTitle(tr("Connect to your local server"));
        setSubTitle(tr("Enter the address of the OpenAI-compatible server. Ollama listens on "
                       "http://127.0.0.1:11434 unless you changed it. A key is only needed if the server "
                       "was started with one."));
        m_keyLabel->setText(tr("API &key (optional):"));
        m_key->setPlaceholderText(tr("Leave empty unless the server asks for one"));
        m_keyHelp->setText(tr("Nothing is sent anywhere but this address."));
        m_check->setText(tr("&Connect"));
    } else {
        setTitle(tr("Paste your %1 API key").arg(title));
        setSubTitle(tr("The key is checked right away with a free request and kept in your system keychain — "
                       "never in a file."));
        m_keyLabel->setText(tr("API &key:"));
        m_key->setPlaceholderText(choice == SetupFlow::Choice::Anthropic ? u"sk-ant-…"_s : u"sk-…"_s);
        const QString link = choice == SetupFlow::Choice::Anthropic
                                 ? u"https://console.anthropic.com/settings/keys"_s
                                 : u"https://platform.openai.com/api-keys"_s;
        m_keyHelp->setText(tr("No key yet? Create one at <a href=\"%1\">%1</a>, copy it and paste it here.")
                               .arg(link));
        m_check->setText(tr("&Check key"));
    }
    m_urlLabel->setVisible(local);
    m_url->setVisible(local);
    m_url->setText(m_flow->baseUrl().toString());
    m_key->setText(m_flow->apiKey());
    m_key->setAccessibleName(local ? tr("API key (optional)") : tr("%1 API key").arg(title));
    describeKey(local, title);
    m_check->setAccessibleName(local ? tr("Connect to the server") : tr("Check the key"));
    (local ? static_cast<QWidget *>(m_url) : m_key)->setFocus();
    refresh();
}

void ConnectPage::cleanupPage()
{
    m_flow->back();
}

bool ConnectPage::isComplete() const
{
    return m_flow->keyCheck() == SetupFlow::Check::Passed;
}

bool ConnectPage::validatePage()
{
    return m_flow->next();
}

void ConnectPage::startCheck()
{
    m_flow->setApiKey(m_key->text());
    if (m_url->isVisible())
        m_flow->setBaseUrl(m_flow->choice(), QUrl::fromUserInput(m_url->text().trimmed()));
    m_flow->checkKey();
}

void ConnectPage::refresh()
{
    if (m_flow->step() != SetupFlow::Step::Connect)
        return;
    switch (m_flow->keyCheck()) {
    case SetupFlow::Check::Idle:
        m_message->clearMessage();
        break;
    case SetupFlow::Check::Running:
        m_message->setMessage(FieldMessage::Kind::Busy,
                              tr("Checking with %1…").arg(m_flow->baseUrl().host()));
        break;
    case SetupFlow::Check::Passed:
        m_message->setMessage(FieldMessage::Kind::Success, m_flow->keyMessage());
        break;
    case SetupFlow::Check::Failed:
        m_message->setMessage(FieldMessage::Kind::Error, m_flow->keyMessage());
        break;
    }
    m_check->setEnabled(m_flow->keyCheck() != SetupFlow::Check::Running);
    Q_EMIT completeChanged();
}

} // namespace Moltdesk::Ui
