#include "wizard/setupwizard.h"

#include "wizard/connectpage.h"
#include "wizard/modelpage.h"
#include "wizard/providerpage.h"
#include "wizard/setupflow.h"
#include "wizard/summarypage.h"
#include "wizard/telegrampage.h"

#include <QAbstractButton>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

SetupWizard::SetupWizard(SetupFlow *flow, QWidget *parent)
    : QWizard(parent)
    , m_flow(flow)
{
    setObjectName(u"setupWizard"_s);
    setWindowTitle(tr("Set up Moltdesk"));
    setAccessibleName(tr("Moltdesk set-up"));
    // ModernStyle everywhere: the same look on every desktop, and titles/subtitles in a header.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setButtonText(QWizard::CancelButton, tr("Set up &later"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    button(QWizard::CancelButton)->setToolTip(tr("Close without saving; run the set-up again from the menu."));
    setMinimumSize(640, 500);

    setPage(ProviderId, new ProviderPage(flow, this));
    setPage(ConnectId, new ConnectPage(flow, this));
    setPage(ModelId, new ModelPage(flow, this));
    setPage(TelegramId, new TelegramPage(flow, this));
    m_summary = new SummaryPage(flow, this);
    setPage(SummaryId, m_summary);
    setStartId(ProviderId);

    connect(m_flow, &SetupFlow::finished, this, &SetupWizard::onFinished);
}

void SetupWizard::accept()
{
    if (m_saved) {
        QWizard::accept();
        return;
    }
    // Saving is asynchronous (the keychain may ask the user); the wizard closes when it is done.
    m_flow->finish();
}

void SetupWizard::onFinished(bool ok, const QString &message)
{
    m_summary->showResult(ok, message);
    if (!ok)
        return;
    m_saved = true;
    Q_EMIT setupSaved();
    QWizard::accept();
}

} // namespace Moltdesk::Ui
