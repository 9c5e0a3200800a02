#pragma once

#include <QJsonValue>
#include <QString>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Moltdesk::Ui {

// One config.json key on the Settings page: the right editor for its type, a one-line
// explanation, the default as placeholder and, under it, the loader's message when the value is
// wrong. Values travel as the JSON the loader reads (docs/configuration.md), so numbers that do
// not parse stay text and the loader - not this widget - says what is wrong with them.
class ConfigField : public QWidget
{
    Q_OBJECT

public:
    enum class Kind {
        Text,      // a string; empty = the default
        MultiLine, // a long string (the system prompt)
        Integer,   // a whole number
        Toggle,    // true / false
        Money,     // USD amount or no limit (null)
        List,      // an array of strings, typed comma-separated
        Duration,  // seconds or "30d", "12h", ...
        Size,      // bytes or "10MiB", "64kB", ...
    };
    struct Spec
    {
        QString key; // dotted path, e.g. "ai.maxOutputTokens"
        Kind kind = Kind::Text;
        QString label;
        QString help;        // one line: what the key does
        QString placeholder; // the default, shown while the field is empty
    };

    explicit ConfigField(Spec spec, QWidget *parent = nullptr);

    const Spec &spec() const { return m_spec; }
    QString key() const { return m_spec.key; }
    QWidget *editor() const { return m_editor; }

    // Shows `value` (from config.get or the draft) without emitting edited().
    void load(const QJsonValue &value);
    // The JSON to store at key(); undefined means "remove the key" (the loader uses the default).
    QJsonValue value() const;

    void setProblems(const QStringList &messages);
    bool hasProblem() const { return !m_problemText.isEmpty(); }
    QString problemText() const { return m_problemText; }
    // Marks the key as one that only takes effect after a restart (config.get's restartRequired).
    void setRestartRequired(bool restart);

Q_SIGNALS:
    void edited();

private:
    void updateHelp();

    Spec m_spec;
    QWidget *m_editor = nullptr;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_check = nullptr;
    QLabel *m_help = nullptr;
    QLabel *m_problem = nullptr;
    QString m_problemText;
    bool m_restart = false;
    bool m_loading = false;
};

} // namespace Moltdesk::Ui
