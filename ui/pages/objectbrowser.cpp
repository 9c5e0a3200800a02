#include "pages/objectbrowser.h"

#include "asynctask.h"
#include "pages/objectpreview.h"
#include "prompter.h"
#include "storage/objectstore.h"
#include "valueformat.h"
#include "widgets/keyboardshortcuts.h"
#include "widgets/statusline.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {
constexpr int KeyRole = Qt::UserRole;
constexpr int SizeRole = Qt::UserRole + 1;

// Streams the object into `path` through QSaveFile, so a failed copy never leaves half a file in
// place of the user's (the rename happens only on commit).
Storage::Result<qint64> copyToFile(Storage::ObjectStore *store, const QString &key, const QString &path)
{
    auto got = store->get(key);
    if (!got)
        return got.error();
    if (!got.value())
        return Storage::Error{Storage::Error::Code::NotFound, ObjectBrowser::tr("the object no longer exists")};
    QFile *body = got.value()->body.get();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Storage::Error::io(out.errorString());
    qint64 total = 0;
    QByteArray chunk;
    while (!(chunk = body->read(64 * 1024)).isEmpty()) {
        if (out.write(chunk) != chunk.size())
            return Storage::Error::io(out.errorString());
        total += chunk.size();
    }
    if (body->error() != QFileDevice::NoError)
        return Storage::Error::io(body->errorString());
    if (!out.commit())
        return Storage::Error::io(out.errorString());
    return total;
}

Storage::Result<Storage::ObjectInfo> uploadFrom(Storage::ObjectStore *store, const QString &path, const QString &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Storage::Error::io(ObjectBrowser::tr("cannot read %1: %2").arg(path, file.errorString()));
    const QString type = QMimeDatabase().mimeTypeForFile(path).name();
    return store->put(key, &file, type);
}
} // namespace

ObjectBrowser::ObjectBrowser(const PanelServices &services, Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_prompter(prompter)
{
    setObjectName(u"objectBrowser"_s);
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);

    auto *listPane = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_prefix = new QLineEdit(listPane);
    m_prefix->setObjectName(u"objPrefix"_s);
    m_prefix->setPlaceholderText(tr("Filter by key prefix, e.g. media/"));
    m_prefix->setAccessibleName(tr("Object key prefix"));
    m_prefix->setClearButtonEnabled(true);
    listLayout->addWidget(m_prefix);
    m_objects = new QTreeWidget(listPane);
    m_objects->setObjectName(u"objList"_s);
    m_objects->setAccessibleName(tr("Objects"));
    m_objects->setAccessibleDescription(tr("Stored objects with size, type and last change; select one to preview it"));
    m_objects->setHeaderLabels({tr("Key"), tr("Size"), tr("Type"), tr("Modified")});
    m_objects->setRootIsDecorated(false);
    m_objects->setUniformRowHeights(true);
    m_objects->setAlternatingRowColors(true);
    m_objects->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_objects->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    listLayout->addWidget(m_objects, 1);

    auto *buttons = new QHBoxLayout;
    m_loadMore = new QPushButton(tr("&Load more"), listPane);
    m_loadMore->setObjectName(u"objLoadMore"_s);
    m_loadMore->setToolTip(tr("List the next page of objects"));
    m_loadMore->setEnabled(false);
    auto *refresh = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), listPane);
    refresh->setObjectName(u"objRefresh"_s);
    refresh->setToolTip(tr("List the objects again from the start (F5)"));
    m_upload = new QPushButton(style()->standardIcon(QStyle::SP_ArrowUp), tr("&Upload…"), listPane);
    m_upload->setObjectName(u"objUpload"_s);
    m_upload->setToolTip(tr("Store a file from disk as an object, under a key you choose"));
    m_save = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save to disk…"), listPane);
    m_save->setObjectName(u"objSave"_s);
    m_save->setToolTip(tr("Copy the selected object to a file on disk"));
    m_delete = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Delete…"), listPane);
    m_delete->setObjectName(u"objDelete"_s);
    m_delete->setToolTip(tr("Delete the selected object after asking (Delete)"));
    buttons->addWidget(m_loadMore);
    buttons->addWidget(refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_upload);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    listLayout->addLayout(buttons);

    m_preview = new ObjectPreview(splitter);
    splitter->addWidget(listPane);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({520, 400});
    layout->addWidget(splitter, 1);

    m_status = new StatusLine(this);
    m_status->setObjectName(u"objStatus"_s);
    layout->addWidget(m_status);

    m_prefixDebounce = new QTimer(this);
    m_prefixDebounce->setSingleShot(true);
    m_prefixDebounce->setInterval(250);
    connect(m_prefix, &QLineEdit::textChanged, m_prefixDebounce, qOverload<>(&QTimer::start));
    connect(m_prefixDebounce, &QTimer::timeout, this, [this] { loadObjects(false); });
    connect(m_loadMore, &QPushButton::clicked, this, [this] { loadObjects(true); });
    connect(refresh, &QPushButton::clicked, this, &ObjectBrowser::reload);
    KeyboardShortcuts::focusSearch(this, m_prefix);
    KeyboardShortcuts::refresh(this, refresh);
    KeyboardShortcuts::deleteSelected(m_objects, m_delete);
    connect(m_objects, &QTreeWidget::currentItemChanged, this, &ObjectBrowser::objectSelected);
    connect(m_upload, &QPushButton::clicked, this, &ObjectBrowser::chooseUpload);
    connect(m_save, &QPushButton::clicked, this, &ObjectBrowser::chooseSave);
    connect(m_delete, &QPushButton::clicked, this, &ObjectBrowser::removeObject);
    m_save->setEnabled(false);
    m_delete->setEnabled(false);

    if (!m_services.objects) {
        setEnabled(false);
        m_status->showError(tr("The object store is not available."));
    }
}

void ObjectBrowser::ensureLoaded()
{
    if (m_loaded || !m_services.objects)
        return;
    reload();
}

void ObjectBrowser::reload()
{
    m_loaded = true;
    loadObjects(false);
}

void ObjectBrowser::loadObjects(bool more)
{
    m_prefixDebounce->stop();
    const quint64 generation = more ? m_listGeneration : ++m_listGeneration;
    if (!more) {
        m_objects->clear();
        m_cursor.clear();
        m_preview->clear();
        m_addedHere.clear();
    }
    m_loadMore->setEnabled(false);
    Storage::ObjectStore *store = m_services.objects;
    const QString prefix = m_prefix->text();
    const QString cursor = m_cursor;
    const int limit = m_pageSize;
    m_status->begin(tr("Loading objects…"));
    AsyncTask::run(m_services.pool, this, [store, prefix, cursor, limit] { return store->list(prefix, cursor, limit); },
                   [this, generation](const Storage::Result<Storage::ObjectListResult> &result) {
                       m_status->end();
                       if (generation != m_listGeneration)
                           return;
                       if (!result) {
                           m_status->showError(tr("Could not list the objects: %1").arg(result.error().message));
                           return;
                       }
                       QList<QTreeWidgetItem *> items;
                       for (const Storage::ObjectInfo &info : result->objects) {
                           if (m_addedHere.contains(info.key))
                               continue; // uploaded while this page was loading: already listed
                           auto *item = new QTreeWidgetItem;
                           setItem(item, info);
                           items.append(item);
                       }
                       m_objects->addTopLevelItems(items);
                       m_cursor = result->truncated ? result->cursor : QString();
                       m_loadMore->setEnabled(result->truncated);
                       const int count = m_objects->topLevelItemCount();
                       m_status->showInfo(result->truncated
                                              ? tr("First %n object(s) shown; more are available.", nullptr, count)
                                              : tr("%n object(s)", nullptr, count));
                   });
}

void ObjectBrowser::setItem(QTreeWidgetItem *item, const Storage::ObjectInfo &info)
{
    item->setText(0, info.key);
    item->setData(0, KeyRole, info.key);
    item->setText(1, ValueFormat::byteSize(info.size));
    item->setData(1, SizeRole, info.size);
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(2, info.contentType);
    item->setText(3, QLocale().toString(info.updated.toLocalTime(), QLocale::ShortFormat));
}

void ObjectBrowser::removeItem(const QString &key)
{
    // Deleting the current item would select (and preview) its neighbour; the user did not ask for that.
    {
        QSignalBlocker block(m_objects);
        delete itemFor(key);
        m_objects->setCurrentItem(nullptr);
    }
    m_save->setEnabled(false);
    m_delete->setEnabled(false);
}

QTreeWidgetItem *ObjectBrowser::itemFor(const QString &key) const
{
    const QList<QTreeWidgetItem *> found = m_objects->findItems(key, Qt::MatchExactly, 0);
    return found.isEmpty() ? nullptr : found.first();
}

QString ObjectBrowser::selectedKey() const
{
    QTreeWidgetItem *item = m_objects->currentItem();
    return item ? item->data(0, KeyRole).toString() : QString();
}

void ObjectBrowser::objectSelected()
{
    const QString key = selectedKey();
    m_save->setEnabled(!key.isEmpty());
    m_delete->setEnabled(!key.isEmpty());
    if (key.isEmpty()) {
        m_preview->clear();
        return;
    }
    Storage::ObjectStore *store = m_services.objects;
    const quint64 generation = ++m_previewGeneration;
    m_preview->showMessage(tr("Loading the preview…"));
    m_status->begin(tr("Loading the preview…"));
    AsyncTask::run(m_services.pool, this, [store, key] { return ObjectPreview::read(store, key); },
                   [this, key, generation](const Storage::Result<std::optional<ObjectPreview::Content>> &result) {
                       m_status->end();
                       if (generation != m_previewGeneration)
                           return;
                       if (!result) {
                           m_preview->showMessage(tr("No preview: %1").arg(result.error().message));
                           return;
                       }
                       if (!result.value()) {
                           removeItem(key);
                           m_preview->clear();
                           m_status->showError(tr("The object %1 no longer exists.").arg(key));
                           return;
                       }
                       m_preview->showContent(*result.value());
                   });
}

void ObjectBrowser::chooseUpload()
{
    const QString path = m_prompter.openFileName(this, tr("Upload a file"));
    if (path.isEmpty())
        return;
    const std::optional<QString> key = m_prompter.askText(this, tr("Upload a file"), tr("Store it under the key:"),
                                                          m_prefix->text() + QFileInfo(path).fileName());
    if (!key || key->isEmpty())
        return;
    uploadFile(path, *key);
}

void ObjectBrowser::uploadFile(const QString &path, const QString &key)
{
    Storage::ObjectStore *store = m_services.objects;
    m_status->begin(tr("Uploading %1…").arg(QFileInfo(path).fileName()));
    AsyncTask::run(m_services.pool, this, [store, path, key] { return uploadFrom(store, path, key); },
                   [this, key](const Storage::Result<Storage::ObjectInfo> &result) {
                       m_status->end();
                       if (!result) {
                           m_status->showError(tr("Could not upload %1: %2").arg(key, result.error().message));
                           return;
                       }
                       QTreeWidgetItem *item = itemFor(key);
                       if (!item) {
                           item = new QTreeWidgetItem;
                           m_objects->addTopLevelItem(item);
                           m_addedHere.insert(key);
                       }
                       setItem(item, result.value());
                       m_objects->setCurrentItem(item);
                       m_status->showInfo(tr("Uploaded %1 (%2).").arg(key, ValueFormat::byteSize(result->size)));
                       Q_EMIT uploaded(key);
                   });
}

void ObjectBrowser::chooseSave()
{
    const QString key = selectedKey();
    if (key.isEmpty())
        return;
    const QString suggested = key.section(u'/', -1);
    const QString path = m_prompter.saveFileName(this, tr("Save object to disk"), suggested);
    if (!path.isEmpty())
        saveObjectTo(key, path);
}

void ObjectBrowser::saveObjectTo(const QString &key, const QString &path)
{
    Storage::ObjectStore *store = m_services.objects;
    m_status->begin(tr("Saving %1…").arg(key));
    AsyncTask::run(m_services.pool, this, [store, key, path] { return copyToFile(store, key, path); },
                   [this, key, path](const Storage::Result<qint64> &result) {
                       m_status->end();
                       if (!result) {
                           m_status->showError(tr("Could not save %1 to %2: %3").arg(key, path, result.error().message));
                           return;
                       }
                       m_status->showInfo(tr("Saved %1 to %2.").arg(ValueFormat::byteSize(result.value()), path));
                       Q_EMIT saved(path);
                   });
}

void ObjectBrowser::removeObject()
{
    const QString key = selectedKey();
    if (key.isEmpty())
        return;
    if (!m_prompter.confirm(this, tr("Delete object"),
                            tr("Delete the object “%1”? This cannot be undone.").arg(key), tr("Delete")))
        return;
    Storage::ObjectStore *store = m_services.objects;
    m_status->begin(tr("Deleting…"));
    AsyncTask::run(m_services.pool, this, [store, key] { return store->remove(key); },
                   [this, key](const Storage::Result<bool> &result) {
                       m_status->end();
                       if (!result) {
                           m_status->showError(tr("Could not delete %1: %2").arg(key, result.error().message));
                           return;
                       }
                       removeItem(key);
                       m_preview->clear();
                       m_status->showInfo(tr("Deleted %1.").arg(key));
                   });
}

} // namespace Moltdesk::Ui
