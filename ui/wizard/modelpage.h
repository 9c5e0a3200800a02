#pragma once

#include <QWizardPage>

class QLineEdit;
class QListWidget;

namespace Moltdesk::Ui {

class FieldMessage;
class SetupFlow;

// Step 3: one of the models the provider listed (sorted, a sensible one pre-selected). A filter
// field narrows long lists (OpenAI's has dozens).
class ModelPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ModelPage(SetupFlow *flow, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void applyFilter(const QString &text);
    void showCount(int shown);

    SetupFlow *m_flow;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    FieldMessage *m_hint = nullptr;
};

} // namespace Moltdesk::Ui
