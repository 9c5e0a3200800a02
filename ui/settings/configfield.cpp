#include "settings/configfield.h"

#include "settings/configdocument.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {

QString moneyText(double amount)
{
    return QLocale().toString(amount, 'f', 2);
}

// The user's locale first ("12,50" in German), then the C locale ("12.50" pasted from elsewhere).
QJsonValue moneyValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue(QJsonValue::Null); // no cap
    bool ok = false;
    double amount = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        amount = QLocale::c().toDouble(trimmed, &ok);
    return ok ? QJsonValue(amount) : QJsonValue(trimmed);
}

} // namespace

ConfigField::ConfigField(Spec spec, QWidget *parent)
    : QWidget(parent)
    , m_spec(std::move(spec))
{
    setObjectName(u"field:"_s + m_spec.key);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    switch (m_spec.kind) {
    case Kind::Toggle:
        m_check = new QCheckBox(m_spec.label, this);
        m_editor = m_check;
        connect(m_check, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
        break;
    case Kind::MultiLine:
        m_text = new QPlainTextEdit(this);
        m_text->setPlaceholderText(m_spec.placeholder);
        m_text->setTabChangesFocus(true); // keyboard users must be able to leave the field
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 6 + 12);
        m_editor = m_text;
        connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
        break;
    default:
        m_line = new QLineEdit(this);
        m_line->setPlaceholderText(m_spec.placeholder);
        m_line->setClearButtonEnabled(m_spec.kind != Kind::Money);
        m_editor = m_line;
        connect(m_line, &QLineEdit::textChanged, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
        break;
    }
    m_editor->setObjectName(m_spec.key);
    m_editor->setAccessibleName(m_spec.label);
    m_editor->setAccessibleDescription(m_spec.help);

    if (m_spec.kind == Kind::Money) {
        auto *row = new QHBoxLayout;
        row->setSpacing(6);
        m_line->setMaximumWidth(160);
        row->addWidget(m_line);
        auto *currency = new QLabel(tr("USD"), this);
        row->addWidget(currency);
        row->addStretch(1);
        layout->addLayout(row);
    } else {
        if (m_line && (m_spec.kind == Kind::Integer || m_spec.kind == Kind::Duration || m_spec.kind == Kind::Size))
            m_line->setMaximumWidth(220);
        layout->addWidget(m_editor);
    }

    m_help = new QLabel(this);
    m_help->setWordWrap(true);
    m_help->setObjectName(u"help:"_s + m_spec.key);
    QPalette helpPalette = m_help->palette();
    helpPalette.setColor(QPalette::WindowText, helpPalette.color(QPalette::PlaceholderText));
    m_help->setPalette(helpPalette);
    QFont small = m_help->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_help->setFont(small);
    layout->addWidget(m_help);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem:"_s + m_spec.key);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    m_problem->hide();
    layout->addWidget(m_problem);
    updateHelp();
}

void ConfigField::load(const QJsonValue &value)
{
    m_loading = true;
    switch (m_spec.kind) {
    case Kind::Toggle:
        m_check->setChecked(value.toBool());
        break;
    case Kind::MultiLine:
        m_text->setPlainText(value.toString());
        break;
    case Kind::Money:
        m_line->setText(value.isDouble() ? moneyText(value.toDouble()) : value.toString());
        break;
    case Kind::List: {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            items << item.toVariant().toString();
        m_line->setText(items.join(u", "_s));
        break;
    }
    case Kind::Duration:
        m_line->setText(value.isDouble() ? ConfigDocument::durationText(value.toInteger()) : value.toString());
        break;
    case Kind::Size:
        m_line->setText(value.isDouble() ? ConfigDocument::sizeText(value.toInteger()) : value.toString());
        break;
    case Kind::Integer:
        m_line->setText(value.isDouble() ? QString::number(value.toInteger()) : value.toString());
        break;
    case Kind::Text:
        m_line->setText(value.toString());
        break;
    }
    m_loading = false;
}

QJsonValue ConfigField::value() const
{
    switch (m_spec.kind) {
    case Kind::Toggle:
        return m_check->isChecked();
    case Kind::MultiLine:
        return m_text->toPlainText();
    case Kind::Money:
        return moneyValue(m_line->text());
    case Kind::List: {
        static const QRegularExpression separators(u"[,\\s]+"_s);
        return QJsonArray::fromStringList(m_line->text().split(separators, Qt::SkipEmptyParts));
    }
    case Kind::Integer:
    case Kind::Duration:
    case Kind::Size:
        if (m_line->text().trimmed().isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        return ConfigDocument::numberOrText(m_line->text());
    case Kind::Text:
        if (m_line->text().trimmed().isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        return m_line->text().trimmed();
    }
    return QJsonValue(QJsonValue::Undefined);
}

void ConfigField::setProblems(const QStringList &messages)
{
    const QString text = messages.join(u'\n');
    if (text == m_problemText)
        return;
    m_problemText = text;
    m_problem->setText(text);
    m_problem->setAccessibleName(text.isEmpty() ? QString() : tr("Problem with %1: %2").arg(m_spec.label, text));
    m_problem->setVisible(!text.isEmpty());
    if (m_line || m_text)
        m_editor->setStyleSheet(text.isEmpty() ? QString() : u"border: 1px solid #d93025; border-radius: 3px;"_s);
}

void ConfigField::setRestartRequired(bool restart)
{
    if (m_restart == restart)
        return;
    m_restart = restart;
    updateHelp();
}

void ConfigField::updateHelp()
{
    m_help->setText(m_restart ? tr("%1 Takes effect after a restart.").arg(m_spec.help) : m_spec.help);
}

} // namespace Moltdesk::Ui
