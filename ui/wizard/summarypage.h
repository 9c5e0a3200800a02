#pragma once

#include <QWizardPage>

class QLabel;

namespace Moltdesk::Ui {

class Banner;
class SetupFlow;

// Step 5: what will be saved, in words, and the outcome of saving (an error stays on this page
// with what to do; success closes the wizard).
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(SetupFlow *flow, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void showResult(bool ok, const QString &message);

private:
    SetupFlow *m_flow;
    QLabel *m_summary = nullptr;
    Banner *m_result = nullptr;
};

} // namespace Moltdesk::Ui
