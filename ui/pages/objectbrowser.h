#pragma once

#include "panelservices.h"

#include <QSet>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Moltdesk::Storage {
struct ObjectInfo;
}

namespace Moltdesk::Ui {

class ObjectPreview;
class StatusLine;

// The Storage page's Objects tab (the R2 equivalent): objects by prefix a page at a time, a preview,
// upload from disk, save to disk and delete. Uploads and downloads stream through the store's
// chunked I/O on the pool: an object is never loaded whole into memory just to copy it.
class ObjectBrowser : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 200;

    ObjectBrowser(const PanelServices &services, Prompter &prompter, QWidget *parent = nullptr);

    void ensureLoaded();
    void reload();
    void setPageSize(int size) { m_pageSize = size; }

    // What the buttons do once the file dialog has answered (tests call these directly).
    void uploadFile(const QString &path, const QString &key);
    void saveObjectTo(const QString &key, const QString &path);

Q_SIGNALS:
    void uploaded(const QString &key);
    void saved(const QString &path);

private:
    void loadObjects(bool more);
    void objectSelected();
    void chooseUpload();
    void chooseSave();
    void removeObject();
    void setItem(QTreeWidgetItem *item, const Storage::ObjectInfo &info);
    QTreeWidgetItem *itemFor(const QString &key) const;
    void removeItem(const QString &key);
    QString selectedKey() const;

    PanelServices m_services;
    Prompter &m_prompter;
    QLineEdit *m_prefix = nullptr;
    QTreeWidget *m_objects = nullptr;
    QPushButton *m_loadMore = nullptr;
    QPushButton *m_upload = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    ObjectPreview *m_preview = nullptr;
    StatusLine *m_status = nullptr;
    QTimer *m_prefixDebounce = nullptr;

    bool m_loaded = false;
    int m_pageSize = DefaultPageSize;
    quint64 m_listGeneration = 0;
    quint64 m_previewGeneration = 0;
    QString m_cursor;
    // Keys listed by an upload since the last full listing; a listing page skips them.
    QSet<QString> m_addedHere;
};

} // namespace Moltdesk::Ui
