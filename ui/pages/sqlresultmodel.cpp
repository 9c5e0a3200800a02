#include "pages/sqlresultmodel.h"

#include "valueformat.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

SqlResultModel::SqlResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SqlResultModel::setResult(const Storage::SqlConsoleResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void SqlResultModel::clear()
{
    setResult({});
}

int SqlResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int SqlResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.columns.size());
}

QVariant SqlResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_result.rows.size())
        return {};
    const QVariantList &row = m_result.rows.at(index.row());
    const QVariant value = index.column() < row.size() ? row.at(index.column()) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        if (value.isNull())
            return u"NULL"_s;
        if (value.typeId() == QMetaType::QByteArray) {
            const QByteArray bytes = value.toByteArray();
            return ValueFormat::isText(bytes) ? QString::fromUtf8(bytes)
                                              : tr("<%1 of binary data>").arg(ValueFormat::byteSize(bytes.size()));
        }
        QString text = value.toString();
        if (role == Qt::DisplayRole && text.size() > 300) // keep rows one line high
            text = text.left(300) + u'…';
        return text;
    }
    case Qt::FontRole:
        if (value.isNull()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (value.isNull())
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole: {
        const int type = value.typeId();
        if (type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::Double)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    default:
        return {};
    }
}

QVariant SqlResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_result.columns.size() ? m_result.columns.at(section) : QVariant();
    return section + 1;
}

} // namespace Moltdesk::Ui
