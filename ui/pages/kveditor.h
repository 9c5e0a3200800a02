#pragma once

#include "storage/kvtypes.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Moltdesk::Ui {

// The value side of the KV tab: shows one key's value (pretty JSON, text, or a hex preview for
// binary), lets the user edit text/JSON and the expiry, and turns the form into a write. It never
// touches the store itself: KvBrowser runs the writes on the pool.
class KvEditor : public QWidget
{
    Q_OBJECT

public:
    // Values above this are shown but not editable: a 25 MiB text in an editor helps no one.
    static constexpr qsizetype EditableBytes = 1024 * 1024;

    struct Write
    {
        QString key;
        QByteArray data;
        Storage::KvValueType type = Storage::KvValueType::Text;
        Storage::KvPutOptions options;
    };

    explicit KvEditor(QWidget *parent = nullptr);

    // "Delete…": the key list's Delete key clicks it, so both ask the same question.
    QPushButton *deleteButton() const { return m_delete; }

    void showKey(const QString &key, const Storage::KvValue &value);
    // An empty form for a new key.
    void startNewKey();
    void clear();

    QString key() const;
    bool isNewKey() const { return m_new; }
    // The write the form describes, or nullopt with *error saying why not (e.g. invalid JSON with
    // its line and column).
    std::optional<Write> pendingWrite(QString *error) const;

Q_SIGNALS:
    void saveRequested();
    void deleteRequested();

private:
    void setTtlFromExpiration(const std::optional<QDateTime> &expiration);
    void updateExpiryLabel();
    void formatJson();
    void typeChanged();
    qint64 ttlSeconds() const;

    QFormLayout *m_form = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_info = nullptr;
    QPlainTextEdit *m_value = nullptr;
    QCheckBox *m_expires = nullptr;
    QSpinBox *m_ttlValue = nullptr;
    QComboBox *m_ttlUnit = nullptr;
    QLabel *m_expiry = nullptr;
    QPushButton *m_format = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;

    bool m_new = false;
    bool m_loaded = false;
    bool m_editable = false;
    bool m_ttlDirty = false;
    QString m_currentKey;
    Storage::KvValue m_original;
};

} // namespace Moltdesk::Ui
