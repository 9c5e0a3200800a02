#include "pages/logfiltermodel.h"

namespace Moltdesk::Ui {

LogFilterModel::LogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

LogFilterModel::Severity LogFilterModel::severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return Debug;
    case QtInfoMsg:
        return Info;
    case QtWarningMsg:
        return Warning;
    case QtCriticalMsg:
    case QtFatalMsg:
        return Error;
    }
    return Info;
}

void LogFilterModel::setMinimumSeverity(Severity severity)
{
    if (m_minimum == severity)
        return;
    m_minimum = severity;
    invalidateRowsFilter();
}

void LogFilterModel::setSearchText(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    invalidateRowsFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (model->index(sourceRow, 0, sourceParent).data(SeverityRole).toInt() < m_minimum)
        return false;
    if (m_search.isEmpty())
        return true;
    for (int column = 2; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Moltdesk::Ui
