#pragma once

#include <QSortFilterProxyModel>

namespace Moltdesk::Ui {

// Filters the Logs page's rows by a minimum severity (stored in SeverityRole of column 0) and a
// case-insensitive text that must appear in the category or the message.
class LogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int SeverityRole = Qt::UserRole + 1;
    enum Severity { Debug, Info, Warning, Error };

    explicit LogFilterModel(QObject *parent = nullptr);

    static Severity severity(QtMsgType type);

    void setMinimumSeverity(Severity severity);
    Severity minimumSeverity() const { return m_minimum; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Severity m_minimum = Info;
    QString m_search;
};

} // namespace Moltdesk::Ui
