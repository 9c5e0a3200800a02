#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace Moltdesk::Ui {

// One budget of `usage.status` (BudgetState::toJson): what it covers, spent against the cap as a
// bar, and — once reached — a red bar and when calls resume.
class BudgetBar : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetBar(QWidget *parent = nullptr);

    void setState(const QJsonObject &state);
    bool isReached() const { return m_reached; }
    QString text() const;

private:
    QLabel *m_title = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_detail = nullptr;
    bool m_reached = false;
};

} // namespace Moltdesk::Ui
