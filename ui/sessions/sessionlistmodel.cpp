#include "sessions/sessionlistmodel.h"

#include "gatewayclient.h"
#include "sessions/sessionformat.h"

#include <QDateTime>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

QString SessionListModel::panelChatKey()
{
    return u"webchat:panel"_s;
}

namespace {
// A small "You" badge for rows the operator has taken over: drawn, like the panel's other icons.
QIcon drawTakenOverBadge()
{
    QIcon result;
    for (int height : {16, 20, 32}) {
        const int width = height * 2;
        QPixmap pixmap(width, height);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x3b, 0x5b, 0xa9));
        painter.drawRoundedRect(QRectF(0.5, 1.5, width - 1, height - 3), height * 0.35, height * 0.35);
        QFont font;
        font.setBold(true);
        font.setPixelSize(int(height * 0.58));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRect(0, 0, width, height), Qt::AlignCenter, SessionListModel::tr("You"));
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}
} // namespace

SessionListModel::SessionListModel(GatewayClient *gateway, QObject *parent)
    : QAbstractTableModel(parent)
    , m_gateway(gateway)
{
}

void SessionListModel::setFilter(const QString &search, const QString &channel)
{
    m_search = search.trimmed();
    m_channel = channel;
    start();
}

void SessionListModel::reload()
{
    start();
}

void SessionListModel::start()
{
    ++m_generation;
    // The state is complete before the reset is announced: a view that reacts to the reset can
    // call fetchMore() at once (the Sessions page re-selects the open conversation, and
    // QAbstractItemView::currentChanged fetches more), and that call must be the one load of the
    // first page. Clearing `m_loading` after endResetModel() let the page be asked for twice and
    // both answers appended - every conversation listed twice (issue 11).
    setLoading(false);
    beginResetModel();
    m_rows.clear();
    m_keys.clear();
    m_cursor.clear();
    m_atEnd = false;
    if (showsPinned()) {
        Row pinned;
        pinned.key = panelChatKey();
        pinned.channel = u"webchat"_s;
        pinned.pinned = true;
        m_rows.append(pinned);
        m_keys.insert(pinned.key);
    }
    endResetModel();
    loadPage(); // nothing when the view already started it
    loadCosts();
}

bool SessionListModel::showsPinned() const
{
    return m_search.isEmpty() && (m_channel.isEmpty() || m_channel == u"webchat"_s);
}

qint64 SessionListModel::now() const
{
    return m_nowMs > 0 ? m_nowMs : QDateTime::currentMSecsSinceEpoch();
}

void SessionListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void SessionListModel::loadPage()
{
    if (!m_gateway || m_loading || m_atEnd)
        return;
    QJsonObject params{{u"limit"_s, m_pageSize}};
    if (!m_cursor.isEmpty())
        params.insert(u"cursor"_s, m_cursor);
    if (!m_search.isEmpty())
        params.insert(u"search"_s, m_search);
    if (!m_channel.isEmpty())
        params.insert(u"channel"_s, m_channel);
    setLoading(true);
    const quint64 generation = m_generation;
    const quint64 request = ++m_request;
    m_gateway->call(u"sessions.list"_s, params, this,
                    [this, generation, request](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
                        if (generation != m_generation || request != m_request)
                            return; // the filter changed, or a newer request replaced this one
                        setLoading(false);
                        if (error) {
                            m_atEnd = true; // do not hammer a failing gateway from fetchMore
                            Q_EMIT loadFailed(error->message());
                            return;
                        }
                        const QJsonObject page = payload.toObject();
                        const QJsonArray sessions = page.value(u"sessions"_s).toArray();
                        QList<Row> rows;
                        rows.reserve(sessions.size());
                        for (const QJsonValue &value : sessions) {
                            const QJsonObject s = value.toObject();
                            Row row;
                            row.key = s.value(u"key"_s).toString();
                            row.title = s.value(u"title"_s).toString();
                            row.channel = s.value(u"channel"_s).toString();
                            row.lastActivityMs = s.value(u"lastActivity"_s).toInteger();
                            row.messageCount = s.value(u"messageCount"_s).toInteger();
                            row.takenOver = s.value(u"takenOver"_s).toBool(); // omitted when off
                            const bool hasPinned = !m_rows.isEmpty() && m_rows.constFirst().pinned;
                            if (hasPinned && row.key == panelChatKey()) {
                                // The pinned row takes the stored numbers instead of appearing twice.
                                row.pinned = true;
                                m_rows[0] = row;
                                Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1));
                                continue;
                            }
                            // One row per conversation, whatever the pages say (keyset pages do
                            // not overlap, but a listed key is never added again).
                            if (m_keys.contains(row.key))
                                continue;
                            m_keys.insert(row.key);
                            rows.append(row);
                        }
                        const QJsonValue next = page.value(u"nextCursor"_s);
                        m_cursor = next.toString();
                        m_atEnd = !next.isString() || m_cursor.isEmpty();
                        if (!rows.isEmpty()) {
                            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
                            m_rows.append(rows);
                            endInsertRows();
                        }
                        Q_EMIT pageLoaded();
                    });
}

void SessionListModel::loadCosts()
{
    if (!m_gateway)
        return;
    const quint64 generation = m_generation;
    // One grouped call instead of one per row: the top 1000 sessions by cost over 30 days cover
    // every session that cost anything worth showing (docs/usage.md, usage.cost groupBy=session).
    const QJsonObject params{{u"groupBy"_s, u"session"_s}, {u"days"_s, 30}, {u"limit"_s, 1000}};
    m_gateway->call(u"usage.cost"_s, params, this,
                    [this, generation](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
                        if (generation != m_generation)
                            return;
                        m_costs.clear();
                        m_costsAvailable = !error;
                        if (!error) {
                            const QJsonArray rows = payload.toObject().value(u"rows"_s).toArray();
                            for (const QJsonValue &value : rows) {
                                const QJsonObject row = value.toObject();
                                m_costs.insert(row.value(u"key"_s).toString(), row.value(u"costUsd"_s).toDouble());
                            }
                        }
                        if (!m_rows.isEmpty())
                            Q_EMIT dataChanged(index(0, Cost), index(int(m_rows.size()) - 1, Cost));
                        Q_EMIT costsLoaded(m_costsAvailable);
                    });
}

QString SessionListModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

int SessionListModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

bool SessionListModel::isTakenOver(const QString &key) const
{
    const int row = rowOf(key);
    return row >= 0 && m_rows.at(row).takenOver;
}

void SessionListModel::setTakenOver(const QString &key, bool takenOver)
{
    const int row = rowOf(key);
    if (row < 0 || m_rows.at(row).takenOver == takenOver)
        return;
    m_rows[row].takenOver = takenOver;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == KeyRole)
        return row.key;
    if (role == PinnedRole)
        return row.pinned;
    if (role == Qt::FontRole && row.pinned) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == TakenOverRole)
        return row.takenOver;
    if (role == Qt::ToolTipRole)
        return row.takenOver && index.column() == Title
            ? tr("%1\nYou are answering here: the agent is paused in this conversation.").arg(row.key)
            : row.key;
    if (role == Qt::DecorationRole && index.column() == Title && row.takenOver)
    {
        if (m_badge.isNull())
            m_badge = drawTakenOverBadge();
        return m_badge;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Messages || index.column() == Cost))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Title: {
        if (row.pinned)
            return tr("Chat with your agent");
        const QString title = row.title.isEmpty() ? row.key : row.title;
        // Screen readers do not see the badge: say it in words.
        return row.takenOver && role == Qt::AccessibleTextRole ? tr("%1 (you are answering)").arg(title) : title;
    }
    case Channel:
        return SessionFormat::channelName(row.channel);
    case LastActivity:
        return row.lastActivityMs > 0 ? SessionFormat::relativeTime(row.lastActivityMs, now()) : QString();
    case Messages:
        return row.lastActivityMs > 0 || row.messageCount > 0 ? QLocale().toString(row.messageCount) : QString();
    case Cost: {
        const auto it = m_costs.constFind(row.key);
        return it == m_costs.constEnd() ? QString() : SessionFormat::cost(it.value());
    }
    default:
        return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Conversation");
    case Channel:
        return tr("Channel");
    case LastActivity:
        return tr("Last activity");
    case Messages:
        return tr("Messages");
    case Cost:
        return tr("Cost (30 d)");
    default:
        return {};
    }
}

bool SessionListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_gateway && !m_atEnd && !m_loading;
}

void SessionListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        loadPage();
}

} // namespace Moltdesk::Ui
