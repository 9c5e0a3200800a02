#pragma once

#include <QFrame>
#include <QJsonValue>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace Moltdesk::Ui {

// A tool call and its result as an expandable card: the header names the tool and its state
// (running / done / failed); expanding shows the input JSON and the result text.
class ToolCard : public QFrame
{
    Q_OBJECT

public:
    enum class State { Running, Done, Failed };

    ToolCard(const QString &toolCallId, const QString &name, const QJsonValue &input, QWidget *parent = nullptr);

    QString toolCallId() const { return m_id; }
    QString name() const { return m_name; }
    State state() const { return m_state; }
    QString inputText() const { return m_input; }
    QString resultText() const { return m_result; }
    bool isExpanded() const;
    void setExpanded(bool expanded);
    void setResult(const QString &text, bool isError);
    // A result whose call was not shown (it is older than the loaded page).
    void setInputUnknown();

private:
    void updateHeader();
    void updateBody();

    QString m_id;
    QString m_name;
    QString m_input;
    QString m_result;
    State m_state = State::Running;
    QToolButton *m_header = nullptr;
    QPlainTextEdit *m_body = nullptr;
};

} // namespace Moltdesk::Ui
