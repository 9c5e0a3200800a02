#include "wizard/modelpage.h"

#include "wizard/fieldmessage.h"
#include "wizard/setupflow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

ModelPage::ModelPage(SetupFlow *flow, QWidget *parent)
    : QWizardPage(parent)
    , m_flow(flow)
{
    setTitle(tr("Choose a model"));
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"modelFilter"_s);
    m_filter->setPlaceholderText(tr("Type to filter…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter models"));
    auto *label = new QLabel(tr("&Models:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"models"_s);
    m_list->setAccessibleName(tr("Available models"));
    m_list->setAccessibleDescription(tr("The models your provider offers; the one you choose answers your messages"));
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(true);
    m_list->setStyleSheet(u"QListWidget::item { padding: 4px 6px; }"_s);
    label->setBuddy(m_list);
    m_hint = new FieldMessage(this);
    m_hint->setObjectName(u"modelHint"_s);
    layout->addWidget(m_filter);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);

    connect(m_filter, &QLineEdit::textChanged, this, &ModelPage::applyFilter);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_flow->setModel(item->text());
        Q_EMIT completeChanged();
    });
    // Down from the filter goes straight into the list.
    connect(m_filter, &QLineEdit::returnPressed, m_list, qOverload<>(&QWidget::setFocus));
}

void ModelPage::initializePage()
{
    setSubTitle(tr("These are the models %1 offers you. The one selected is a good start; you can change it "
                   "later in the settings.").arg(SetupFlow::providerTitle(m_flow->choice())));
    const QString chosen = m_flow->model();
    m_filter->clear();
    m_list->clear();
    m_list->addItems(m_flow->models());
    const QList<QListWidgetItem *> matches = m_list->findItems(chosen, Qt::MatchExactly);
    if (!matches.isEmpty()) {
        m_list->setCurrentItem(matches.first());
        m_list->scrollToItem(matches.first(), QAbstractItemView::PositionAtCenter);
    }
    showCount(int(m_list->count()));
    m_filter->setVisible(m_list->count() > 8);
    m_list->setFocus();
}

void ModelPage::cleanupPage()
{
    m_flow->back();
}

bool ModelPage::isComplete() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() && item->text() == m_flow->model();
}

bool ModelPage::validatePage()
{
    return m_flow->next();
}

void ModelPage::applyFilter(const QString &text)
{
    int shown = 0;
    QListWidgetItem *firstShown = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool match = item->text().contains(text.trimmed(), Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !firstShown)
            firstShown = item;
        shown += match ? 1 : 0;
    }
    if (m_list->currentItem() && m_list->currentItem()->isHidden() && firstShown)
        m_list->setCurrentItem(firstShown);
    if (shown == 0)
        m_hint->setMessage(FieldMessage::Kind::Error, tr("No model matches \"%1\".").arg(text.trimmed()));
    else
        showCount(shown);
    Q_EMIT completeChanged();
}

} // namespace Moltdesk::Ui

namespace Moltdesk::Ui {

void ModelPage::showCount(int shown)
{
    m_hint->setMessage(FieldMessage::Kind::Hint,
                       shown == 1 ? tr("1 model listed.") : tr("%1 models listed.").arg(shown));
}

} // namespace Moltdesk::Ui
