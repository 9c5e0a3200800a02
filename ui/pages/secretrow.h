#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Moltdesk::Ui {

// One known secret on the Secrets page: its name, what it is for, whether it is set, a password
// field to set or replace it, and reveal / delete. The row only shows; SecretsPage talks to the store.
class SecretRow : public QWidget
{
    Q_OBJECT

public:
    enum class State { Checking, Set, NotSet, Unknown };

    SecretRow(const QString &name, const QString &description, bool confidential, QWidget *parent = nullptr);

    QString name() const { return m_name; }
    State state() const { return m_state; }
    QString statusText() const;

    // `detail`: where it is set (backend) for Set, the reason for Unknown.
    void setState(State state, const QString &detail = {});
    // Why this secret cannot be changed from here (empty: it can).
    void setLocked(const QString &reason);
    void setWritable(bool writable);

    void showRevealed(const QString &value);
    void hideRevealed();
    bool isRevealed() const;
    QString revealedText() const;
    void clearInput();

Q_SIGNALS:
    void saveRequested(const QString &name, const QString &value);
    void deleteRequested(const QString &name);
    void revealRequested(const QString &name);

private:
    void updateButtons();
    QString saveDescription() const;

    QString m_name;
    bool m_confidential;
    State m_state = State::Checking;
    QString m_lockReason;
    bool m_writable = true;
    QLabel *m_status = nullptr;
    QLineEdit *m_input = nullptr;
    QLineEdit *m_revealed = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace Moltdesk::Ui
