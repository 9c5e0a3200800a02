#include "wizard/providerpage.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

ProviderPage::ProviderPage(SetupFlow *flow, QWidget *parent)
    : QWizardPage(parent)
    , m_flow(flow)
{
    setTitle(tr("Which AI should answer?"));
    setSubTitle(tr("Moltdesk sends your conversations to the AI you choose here. You can add more "
                   "providers and fallbacks later in the settings."));
    // The buttons sit in separate containers, so a group keeps them exclusive (and arrow keys
    // move between them).
    m_group = new QButtonGroup(this);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    layout->addWidget(addChoice(SetupFlow::Choice::Anthropic, tr("&Anthropic (Claude)"),
                                tr("Needs an API key from console.anthropic.com. Strong at long conversations "
                                   "and tool use.")));
    layout->addWidget(addChoice(SetupFlow::Choice::OpenAi, tr("&OpenAI (GPT)"),
                                tr("Needs an API key from platform.openai.com.")));
    layout->addWidget(addChoice(SetupFlow::Choice::Local, tr("A &local server (Ollama, llama.cpp, …)"),
                                tr("Runs on your own computer or network; usually no key and no cost. The "
                                   "server must speak the OpenAI-compatible API.")));
    layout->addStretch(1);
}

QWidget *ProviderPage::addChoice(SetupFlow::Choice choice, const QString &text, const QString &description)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->setSpacing(2);
    auto *button = new QRadioButton(text, box);
    button->setObjectName(u"choice_"_s + SetupFlow::providerName(choice));
    QFont bold = button->font();
    bold.setBold(true);
    button->setFont(bold);
    button->setAccessibleDescription(description);
    auto *label = new QLabel(description, box);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    // Indent under the radio button's text, not its indicator.
    label->setContentsMargins(button->sizeHint().height() + 4, 0, 0, 0);
    layout->addWidget(button);
    layout->addWidget(label);
    m_buttons.insert(choice, button);
    m_group->addButton(button);
    connect(button, &QRadioButton::toggled, this, [this, choice](bool on) {
        if (on)
            m_flow->setChoice(choice);
    });
    return box;
}

void ProviderPage::initializePage()
{
    QRadioButton *button = m_buttons.value(m_flow->choice());
    button->setChecked(true);
    button->setFocus();
}

bool ProviderPage::validatePage()
{
    return m_flow->next();
}

} // namespace Moltdesk::Ui
