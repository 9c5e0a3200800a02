#include "pages/kvbrowser.h"

#include "asynctask.h"
#include "pages/kveditor.h"
#include "prompter.h"
#include "storage/kvstore.h"
#include "valueformat.h"
#include "widgets/keyboardshortcuts.h"
#include "widgets/statusline.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {
QLabel *heading(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}
} // namespace

KvBrowser::KvBrowser(const PanelServices &services, Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_prompter(prompter)
{
    setObjectName(u"kvBrowser"_s);
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);

    // Namespaces
    auto *nsPane = new QWidget(splitter);
    auto *nsLayout = new QVBoxLayout(nsPane);
    nsLayout->setContentsMargins(0, 0, 0, 0);
    m_namespaces = new QListWidget(nsPane);
    m_namespaces->setObjectName(u"kvNamespaces"_s);
    m_namespaces->setAccessibleName(tr("Namespaces"));
    m_namespaces->setAccessibleDescription(tr("Key-value namespaces; choose one to list its keys"));
    nsLayout->addWidget(heading(tr("&Namespaces"), m_namespaces, nsPane));
    nsLayout->addWidget(m_namespaces, 1);
    auto *refresh = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), nsPane);
    refresh->setObjectName(u"kvRefresh"_s);
    refresh->setToolTip(tr("List the namespaces and keys again (F5)"));
    auto *addNamespace = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("New n&amespace…"), nsPane);
    addNamespace->setObjectName(u"kvNewNamespace"_s);
    addNamespace->setToolTip(tr("Name a new namespace and start its first key"));
    nsLayout->addWidget(addNamespace);
    nsLayout->addWidget(refresh);

    // Keys
    auto *keyPane = new QWidget(splitter);
    auto *keyLayout = new QVBoxLayout(keyPane);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    m_prefix = new QLineEdit(keyPane);
    m_prefix->setObjectName(u"kvPrefix"_s);
    m_prefix->setPlaceholderText(tr("Filter by key prefix"));
    m_prefix->setAccessibleName(tr("Key prefix"));
    m_prefix->setClearButtonEnabled(true);
    m_keys = new QTreeWidget(keyPane);
    m_keys->setObjectName(u"kvKeys"_s);
    m_keys->setAccessibleName(tr("Keys"));
    m_keys->setAccessibleDescription(tr("Keys of the chosen namespace with their expiry; select one to edit its value"));
    m_keys->setHeaderLabels({tr("Key"), tr("Expires")});
    m_keys->setRootIsDecorated(false);
    m_keys->setUniformRowHeights(true); // cheap layout for long lists
    m_keys->setAlternatingRowColors(true);
    m_keys->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_keys->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    keyLayout->addWidget(heading(tr("Ke&ys"), m_keys, keyPane));
    keyLayout->addWidget(m_prefix);
    keyLayout->addWidget(m_keys, 1);
    auto *keyButtons = new QHBoxLayout;
    m_loadMore = new QPushButton(tr("&Load more"), keyPane);
    m_loadMore->setObjectName(u"kvLoadMore"_s);
    m_loadMore->setToolTip(tr("List the next page of keys"));
    m_loadMore->setEnabled(false);
    m_newKey = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("Ne&w key"), keyPane);
    m_newKey->setObjectName(u"kvNewKey"_s);
    m_newKey->setToolTip(tr("Start a new key in the chosen namespace"));
    keyButtons->addWidget(m_loadMore);
    keyButtons->addStretch(1);
    keyButtons->addWidget(m_newKey);
    keyLayout->addLayout(keyButtons);

    m_editor = new KvEditor(splitter);
    splitter->addWidget(nsPane);
    splitter->addWidget(keyPane);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({160, 300, 440});
    layout->addWidget(splitter, 1);

    m_status = new StatusLine(this);
    m_status->setObjectName(u"kvStatus"_s);
    layout->addWidget(m_status);

    m_prefixDebounce = new QTimer(this);
    m_prefixDebounce->setSingleShot(true);
    m_prefixDebounce->setInterval(250); // one listing per pause in typing, not per keystroke
    connect(m_prefix, &QLineEdit::textChanged, m_prefixDebounce, qOverload<>(&QTimer::start));
    connect(m_prefixDebounce, &QTimer::timeout, this, [this] { loadKeys(false); });
    connect(refresh, &QPushButton::clicked, this, &KvBrowser::reload);
    connect(addNamespace, &QPushButton::clicked, this, &KvBrowser::addNamespace);
    connect(m_namespaces, &QListWidget::currentRowChanged, this, &KvBrowser::namespaceChanged);
    connect(m_keys, &QTreeWidget::currentItemChanged, this, &KvBrowser::keySelected);
    connect(m_loadMore, &QPushButton::clicked, this, [this] { loadKeys(true); });
    connect(m_newKey, &QPushButton::clicked, m_editor, &KvEditor::startNewKey);
    connect(m_editor, &KvEditor::saveRequested, this, &KvBrowser::save);
    connect(m_editor, &KvEditor::deleteRequested, this, &KvBrowser::removeKey);

    KeyboardShortcuts::focusSearch(this, m_prefix);
    KeyboardShortcuts::refresh(this, refresh);
    KeyboardShortcuts::deleteSelected(m_keys, m_editor->deleteButton());

    if (!m_services.kv) {
        setEnabled(false);
        m_status->showError(tr("The key-value store is not available."));
    }
}

void KvBrowser::ensureLoaded()
{
    if (m_loaded || !m_services.kv)
        return;
    m_loaded = true;
    loadNamespaces();
}

void KvBrowser::reload()
{
    m_loaded = true;
    loadNamespaces();
}

QString KvBrowser::currentNamespace() const
{
    QListWidgetItem *item = m_namespaces->currentItem();
    return item ? item->text() : QString();
}

void KvBrowser::loadNamespaces()
{
    Storage::KvStore *kv = m_services.kv;
    const QString previous = currentNamespace();
    m_status->begin(tr("Loading namespaces…"));
    AsyncTask::run(m_services.pool, this, [kv] { return kv->namespaces(); },
                   [this, previous](const Storage::Result<QStringList> &result) {
                       m_status->end();
                       if (!result) {
                           m_status->showError(tr("Could not list the namespaces: %1").arg(result.error().message));
                           return;
                       }
                       QSignalBlocker block(m_namespaces);
                       m_namespaces->clear();
                       m_namespaces->addItems(result.value());
                       const auto found = m_namespaces->findItems(previous, Qt::MatchExactly);
                       m_namespaces->setCurrentRow(found.isEmpty() ? 0 : m_namespaces->row(found.first()));
                       block.unblock();
                       if (result->isEmpty())
                           m_status->showInfo(tr("No keys stored yet."));
                       namespaceChanged();
                   });
}

void KvBrowser::addNamespace()
{
    const std::optional<QString> name =
        m_prompter.askText(this, tr("New namespace"), tr("Namespace name (letters, digits, _ - .):"), QString());
    if (!name || name->trimmed().isEmpty())
        return;
    // A namespace exists once a key is written to it, so it is only listed here until then.
    const QString ns = name->trimmed();
    const auto found = m_namespaces->findItems(ns, Qt::MatchExactly);
    if (found.isEmpty())
        m_namespaces->addItem(ns);
    m_namespaces->setCurrentRow(m_namespaces->row(m_namespaces->findItems(ns, Qt::MatchExactly).first()));
    m_editor->startNewKey();
}

void KvBrowser::namespaceChanged()
{
    m_editor->clear();
    loadKeys(false);
}

void KvBrowser::loadKeys(bool more)
{
    m_prefixDebounce->stop();
    const QString ns = currentNamespace();
    const quint64 generation = more ? m_listGeneration : ++m_listGeneration;
    if (!more) {
        m_keys->clear();
        m_cursor.clear();
        m_addedHere.clear();
    }
    m_loadMore->setEnabled(false);
    m_newKey->setEnabled(!ns.isEmpty());
    if (ns.isEmpty())
        return;
    Storage::KvStore *kv = m_services.kv;
    const QString prefix = m_prefix->text();
    const QString cursor = m_cursor;
    const int limit = m_pageSize;
    m_status->begin(tr("Loading keys…"));
    AsyncTask::run(m_services.pool, this, [kv, ns, prefix, cursor, limit] { return kv->list(ns, prefix, cursor, limit); },
                   [this, generation](const Storage::Result<Storage::KvListResult> &result) {
                       m_status->end();
                       if (generation != m_listGeneration)
                           return; // the user asked for another listing meanwhile
                       if (!result) {
                           m_status->showError(tr("Could not list the keys: %1").arg(result.error().message));
                           return;
                       }
                       const QDateTime now = QDateTime::currentDateTimeUtc();
                       QList<QTreeWidgetItem *> items;
                       items.reserve(result->keys.size());
                       for (const Storage::KvKey &key : result->keys) {
                           if (m_addedHere.contains(key.name))
                               continue; // saved as new while this page was loading: listed already
                           items.append(new QTreeWidgetItem({key.name, ValueFormat::shortExpiry(key.expiration, now)}));
                       }
                       m_keys->addTopLevelItems(items);
                       m_cursor = result->complete ? QString() : result->cursor;
                       m_loadMore->setEnabled(!result->complete);
                       m_status->showInfo(result->complete ? tr("%n key(s)", nullptr, m_keys->topLevelItemCount())
                                                           : tr("First %n key(s) shown; more are available.", nullptr,
                                                                m_keys->topLevelItemCount()));
                   });
}

void KvBrowser::keySelected()
{
    QTreeWidgetItem *item = m_keys->currentItem();
    if (!item) {
        m_editor->clear();
        return;
    }
    openKey(item->text(0));
}

void KvBrowser::openKey(const QString &key)
{
    Storage::KvStore *kv = m_services.kv;
    const QString ns = currentNamespace();
    const quint64 generation = ++m_valueGeneration;
    m_status->begin(tr("Loading the value…"));
    AsyncTask::run(m_services.pool, this, [kv, ns, key] { return kv->get(ns, key); },
                   [this, key, generation](const Storage::Result<std::optional<Storage::KvValue>> &result) {
                       m_status->end();
                       if (generation != m_valueGeneration)
                           return;
                       if (!result) {
                           m_status->showError(tr("Could not read %1: %2").arg(key, result.error().message));
                           return;
                       }
                       if (!result.value()) {
                           removeItem(key);
                           m_editor->clear();
                           m_status->showError(tr("The key %1 no longer exists (it expired or was deleted).").arg(key));
                           return;
                       }
                       m_editor->showKey(key, *result.value());
                       if (QTreeWidgetItem *item = itemFor(key))
                           item->setText(1, ValueFormat::shortExpiry(result.value()->expiration, QDateTime::currentDateTimeUtc()));
                   });
}

void KvBrowser::removeItem(const QString &key)
{
    // Deleting the current item would open its neighbour; the user did not ask for that.
    QSignalBlocker block(m_keys);
    delete itemFor(key);
    m_keys->setCurrentItem(nullptr);
}

QTreeWidgetItem *KvBrowser::itemFor(const QString &key) const
{
    const QList<QTreeWidgetItem *> found = m_keys->findItems(key, Qt::MatchExactly, 0);
    return found.isEmpty() ? nullptr : found.first();
}

void KvBrowser::save()
{
    QString error;
    const std::optional<KvEditor::Write> write = m_editor->pendingWrite(&error);
    if (!write) {
        m_status->showError(error);
        return;
    }
    const QString ns = currentNamespace();
    const bool isNew = m_editor->isNewKey();
    Storage::KvStore *kv = m_services.kv;
    m_status->begin(tr("Saving…"));
    AsyncTask::run(m_services.pool, this,
                   [kv, ns, w = *write] { return kv->put(ns, w.key, w.data, w.type, w.options); },
                   [this, key = write->key, isNew](const Storage::Result<void> &result) {
                       m_status->end();
                       if (!result) {
                           m_status->showError(tr("Could not save %1: %2").arg(key, result.error().message));
                           return;
                       }
                       if (isNew && !itemFor(key)) {
                           m_keys->addTopLevelItem(new QTreeWidgetItem({key, QString()}));
                           m_addedHere.insert(key);
                       }
                       if (QTreeWidgetItem *item = itemFor(key)) {
                           QSignalBlocker block(m_keys);
                           m_keys->setCurrentItem(item);
                       }
                       openKey(key);
                       m_status->showInfo(tr("Saved %1.").arg(key));
                   });
}

void KvBrowser::removeKey()
{
    const QString key = m_editor->key();
    const QString ns = currentNamespace();
    if (key.isEmpty() || m_editor->isNewKey())
        return;
    if (!m_prompter.confirm(this, tr("Delete key"),
                            tr("Delete the key “%1” from the namespace “%2”? This cannot be undone.").arg(key, ns),
                            tr("Delete")))
        return;
    Storage::KvStore *kv = m_services.kv;
    m_status->begin(tr("Deleting…"));
    AsyncTask::run(m_services.pool, this, [kv, ns, key] { return kv->remove(ns, key); },
                   [this, key](const Storage::Result<bool> &result) {
                       m_status->end();
                       if (!result) {
                           m_status->showError(tr("Could not delete %1: %2").arg(key, result.error().message));
                           return;
                       }
                       removeItem(key);
                       m_editor->clear();
                       m_status->showInfo(tr("Deleted %1.").arg(key));
                   });
}

} // namespace Moltdesk::Ui
