#pragma once

#include "panelservices.h"
#include "storage/kvtypes.h"

#include <QSet>
#include <QWidget>

class QListWidget;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Moltdesk::Ui {

class KvEditor;
class StatusLine;

// The Storage page's KV tab: namespaces, keys by prefix loaded a page at a time through the
// store's cursor ("Load more", never the whole namespace at once), and the KvEditor for one value.
// Every store call runs on the pool (AsyncTask); answers to a listing that was superseded (the
// user typed another prefix meanwhile) are dropped by a generation counter.
class KvBrowser : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 200;

    KvBrowser(const PanelServices &services, Prompter &prompter, QWidget *parent = nullptr);

    // Loads the namespaces the first time; later calls do nothing (use reload()).
    void ensureLoaded();
    void reload();
    void setPageSize(int size) { m_pageSize = size; }

private:
    void loadNamespaces();
    void addNamespace();
    void namespaceChanged();
    void loadKeys(bool more);
    void keySelected();
    void save();
    void removeKey();
    void openKey(const QString &key);
    QTreeWidgetItem *itemFor(const QString &key) const;
    void removeItem(const QString &key);
    QString currentNamespace() const;

    PanelServices m_services;
    Prompter &m_prompter;
    QListWidget *m_namespaces = nullptr;
    QLineEdit *m_prefix = nullptr;
    QTreeWidget *m_keys = nullptr;
    QPushButton *m_loadMore = nullptr;
    QPushButton *m_newKey = nullptr;
    KvEditor *m_editor = nullptr;
    StatusLine *m_status = nullptr;
    QTimer *m_prefixDebounce = nullptr;

    bool m_loaded = false;
    int m_pageSize = DefaultPageSize;
    quint64 m_listGeneration = 0;
    quint64 m_valueGeneration = 0;
    QString m_cursor;
    // Keys added by "New key" since the last full listing; a listing page skips them.
    QSet<QString> m_addedHere;
};

} // namespace Moltdesk::Ui
