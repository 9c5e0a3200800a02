#pragma once

#include "wizard/setupflow.h"

#include <QMap>
#include <QWizardPage>

class QButtonGroup;
class QRadioButton;

namespace Moltdesk::Ui {

// Step 1: which AI answers — Anthropic, OpenAI, or a local OpenAI-compatible server (Ollama,
// llama.cpp). Arrow keys move between the choices.
class ProviderPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProviderPage(SetupFlow *flow, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    QWidget *addChoice(SetupFlow::Choice choice, const QString &text, const QString &description);

    SetupFlow *m_flow;
    QButtonGroup *m_group = nullptr;
    QMap<SetupFlow::Choice, QRadioButton *> m_buttons;
};

} // namespace Moltdesk::Ui
