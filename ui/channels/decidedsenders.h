#pragma once

#include <QJsonArray>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace Moltdesk::Ui {

// The senders the operator approved or declined by pairing (PairedSender::toJson), with "Forget"
// (pairing.forget): a forgotten sender is unknown again and gets a new code when they write.
class DecidedSenders : public QWidget
{
    Q_OBJECT

public:
    explicit DecidedSenders(QWidget *parent = nullptr);

    void setSenders(const QJsonArray &senders);
    int count() const;
    // Selects the row of `senderId` (for keyboard users and tests); false when not listed.
    bool select(const QString &senderId);

Q_SIGNALS:
    void forgetRequested(const QString &senderId, const QString &name, bool group);

private:
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_forget = nullptr;
};

} // namespace Moltdesk::Ui
