#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Moltdesk::Ui {

class FieldMessage;
class SetupFlow;

// Step 2: the key (where the provider needs one) and, for a local server, its address; "Check"
// (or Return) asks the provider for its model list, and the answer is shown under the field.
// Next is enabled only once the check passed.
class ConnectPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ConnectPage(SetupFlow *flow, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void startCheck();
    void describeKey(bool local, const QString &provider);
    void refresh();

    SetupFlow *m_flow;
    QLabel *m_keyLabel = nullptr;
    QLabel *m_keyHelp = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_check = nullptr;
    FieldMessage *m_message = nullptr;
};

} // namespace Moltdesk::Ui
