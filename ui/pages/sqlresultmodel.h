#pragma once

#include "storage/sqlconsoletypes.h"

#include <QAbstractTableModel>

namespace Moltdesk::Ui {

// A read-only table model over one SqlConsoleResult (at most SqlConsole::MaxRowCap rows, so a
// plain list is enough; the view asks only for the visible cells).
class SqlResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit SqlResultModel(QObject *parent = nullptr);

    void setResult(const Storage::SqlConsoleResult &result);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Storage::SqlConsoleResult m_result;
};

} // namespace Moltdesk::Ui
