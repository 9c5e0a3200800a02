#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Moltdesk::Ui {

class GatewayClient;

// The Sessions page's list: `sessions.list` pages (keyset cursor, docs/sessions.md) fetched as
// the view scrolls (canFetchMore/fetchMore), so 100,000 sessions never load at once. The panel's
// own chat (`webchat:panel`) is pinned on top while no search narrows the list. Costs come from
// one grouped `usage.cost` call (groupBy session, last 30 days, top 1000); without the usage
// module the Cost column stays empty and costsAvailable() is false.
// Answers carry a generation number, so a page that arrives after the filter changed is dropped.
class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Channel, LastActivity, Messages, Cost, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, PinnedRole, TakenOverRole };

    static QString panelChatKey();

    explicit SessionListModel(GatewayClient *gateway, QObject *parent = nullptr);

    // Drops every row and loads the first page with these server-side filters.
    void setFilter(const QString &search, const QString &channel);
    // Loads the first page again with the same filters (new activity).
    void reload();
    void setPageSize(int size) { m_pageSize = size; }
    void setNow(qint64 nowMs) { m_nowMs = nowMs; } // tests pin the clock for relative times

    QString keyAt(int row) const;
    int rowOf(const QString &key) const;
    // `takenOver` of the listed row (docs/sessions.md); setTakenOver() applies a newer report
    // (the `sessions.takeover` event, a history page) to the row without re-reading the list.
    bool isTakenOver(const QString &key) const;
    void setTakenOver(const QString &key, bool takenOver);
    bool isLoading() const { return m_loading; }
    bool atEnd() const { return m_atEnd; }
    bool costsAvailable() const { return m_costsAvailable; }
    QString search() const { return m_search; }
    QString channel() const { return m_channel; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void pageLoaded();
    void costsLoaded(bool available);

private:
    struct Row
    {
        QString key;
        QString title;
        QString channel;
        qint64 lastActivityMs = 0;
        qint64 messageCount = 0;
        bool pinned = false;
        bool takenOver = false;
    };

    void start();
    void loadPage();
    void loadCosts();
    void setLoading(bool loading);
    bool showsPinned() const;
    qint64 now() const;

    GatewayClient *m_gateway = nullptr;
    QList<Row> m_rows;
    QSet<QString> m_keys; // of m_rows: one row per conversation
    QHash<QString, double> m_costs;
    mutable QIcon m_badge; // drawn on first use
    QString m_search;
    QString m_channel;
    QString m_cursor;
    int m_pageSize = 100;
    quint64 m_generation = 0;
    quint64 m_request = 0; // the page request whose answer counts
    qint64 m_nowMs = 0;
    bool m_loading = false;
    bool m_atEnd = false;
    bool m_costsAvailable = false;
};

} // namespace Moltdesk::Ui
