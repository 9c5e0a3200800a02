#pragma once

#include <QWizard>

namespace Moltdesk::Ui {

class ConnectPage;
class ModelPage;
class ProviderPage;
class SetupFlow;
class SummaryPage;
class TelegramPage;

// The first-run wizard on top of SetupFlow: provider → key (checked live) → model → Telegram →
// summary. "Set up later" closes it without writing anything (rejected); Finish saves through
// SetupFlow::finish() and closes only when that worked (accepted), otherwise the reason stays on
// the last page. One flow per run of the wizard; the flow is not owned (the application may
// parent it to the wizard: `flow->setParent(wizard)`).
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ProviderId, ConnectId, ModelId, TelegramId, SummaryId };

    explicit SetupWizard(SetupFlow *flow, QWidget *parent = nullptr);

    SetupFlow *flow() const { return m_flow; }

    void accept() override;

signals:
    // After a successful save: the application reloads its configuration and secrets.
    void setupSaved();

private:
    void onFinished(bool ok, const QString &message);
    void showProgress(int id);

    SetupFlow *m_flow;
    SummaryPage *m_summary = nullptr;
    bool m_saved = false;
};

} // namespace Moltdesk::Ui
