#include "wizard/setupwizard.h"

#include "wizard/connectpage.h"
#include "wizard/modelpage.h"
#include "wizard/providerpage.h"
#include "wizard/setupflow.h"
#include "wizard/summarypage.h"
#include "wizard/telegrampage.h"

#include <QAbstractButton>
#include <QApplication>

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

    if (!QApplication::windowIcon().isNull())
        setPixmap(QWizard::LogoPixmap, QApplication::windowIcon().pixmap(48, 48));

    connect(m_flow, &SetupFlow::finished, this, &SetupWizard::onFinished);
    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::showProgress);
    showProgress(currentId());
}

void SetupWizard::showProgress(int id)
{
    // "Step 2 of 5 — …" in the header: the user sees how far along they are. Pages that rebuild
    // their subtitle in initializePage() get the prefix again here (it runs after that).
    QWizardPage *current = page(id);
    if (!current)
        return;
    const QString prefix = tr("Step %1 of %2 — ").arg(id + 1).arg(pageIds().size());
    if (!current->subTitle().startsWith(prefix))
        current->setSubTitle(prefix + current->subTitle());
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
