#include "pages/kveditor.h"

#include "valueformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {
constexpr qint64 UnitSeconds[] = {1, 60, 3600, 86400};

QString metadataText(const QJsonValue &metadata)
{
    if (metadata.isUndefined())
        return {};
    const QByteArray compact = QJsonDocument(QJsonArray{metadata}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(compact.mid(1, compact.size() - 2));
}
} // namespace

KvEditor::KvEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"kvEditor"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_keyLabel = new QLabel(this);
    m_keyLabel->setObjectName(u"kvKeyName"_s);
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont keyFont = m_keyLabel->font();
    keyFont.setBold(true);
    keyFont.setPointSizeF(keyFont.pointSizeF() * 1.1);
    m_keyLabel->setFont(keyFont);
    m_keyLabel->setWordWrap(true);
    layout->addWidget(m_keyLabel);

    auto *form = new QFormLayout;
    m_keyEdit = new QLineEdit(this);
    m_keyEdit->setObjectName(u"kvKeyEdit"_s);
    m_keyEdit->setPlaceholderText(tr("Name of the new key"));
    m_keyEdit->setAccessibleName(tr("Key name"));
    form->addRow(tr("K&ey:"), m_keyEdit);
    m_form = form;
    m_type = new QComboBox(this);
    m_type->setObjectName(u"kvType"_s);
    m_type->setAccessibleName(tr("Value type"));
    m_type->setToolTip(tr("How the value is stored: text, JSON (checked before saving) or binary"));
    m_type->addItem(tr("Text"), int(Storage::KvValueType::Text));
    m_type->addItem(tr("JSON"), int(Storage::KvValueType::Json));
    m_type->addItem(tr("Binary"), int(Storage::KvValueType::Binary));
    form->addRow(tr("&Type:"), m_type);
    layout->addLayout(form);

    m_info = new QLabel(this);
    m_info->setObjectName(u"kvInfo"_s);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_info);

    m_value = new QPlainTextEdit(this);
    m_value->setObjectName(u"kvValue"_s);
    m_value->setAccessibleName(tr("Value"));
    m_value->setAccessibleDescription(tr("The value of the selected key; Tab leaves the field"));
    m_value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_value->setTabChangesFocus(true);
    m_value->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_value, 1);

    auto *ttlRow = new QHBoxLayout;
    m_expires = new QCheckBox(tr("E&xpires after"), this);
    m_expires->setObjectName(u"kvExpires"_s);
    m_expires->setToolTip(tr("Let the key expire after the time set next to it; unchecked, it never expires"));
    m_ttlValue = new QSpinBox(this);
    m_ttlValue->setObjectName(u"kvTtlValue"_s);
    m_ttlValue->setAccessibleName(tr("Time to live"));
    m_ttlValue->setToolTip(tr("How long the key lives after it is saved, in the unit next to it"));
    m_ttlValue->setRange(1, 1000000);
    m_ttlUnit = new QComboBox(this);
    m_ttlUnit->setObjectName(u"kvTtlUnit"_s);
    m_ttlUnit->setAccessibleName(tr("Time to live unit"));
    m_ttlUnit->setToolTip(tr("The unit of the time to live"));
    m_ttlUnit->addItems({tr("seconds"), tr("minutes"), tr("hours"), tr("days")});
    m_expiry = new QLabel(this);
    m_expiry->setObjectName(u"kvExpiry"_s);
    ttlRow->addWidget(m_expires);
    ttlRow->addWidget(m_ttlValue);
    ttlRow->addWidget(m_ttlUnit);
    ttlRow->addWidget(m_expiry, 1);
    layout->addLayout(ttlRow);

    auto *buttons = new QHBoxLayout;
    m_format = new QPushButton(tr("&Format JSON"), this);
    m_format->setObjectName(u"kvFormat"_s);
    m_format->setToolTip(tr("Indent the JSON value for reading"));
    m_save = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"), this);
    m_save->setObjectName(u"kvSave"_s);
    m_save->setToolTip(tr("Write the value and its expiry to the store"));
    m_delete = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Delete…"), this);
    m_delete->setObjectName(u"kvDelete"_s);
    m_delete->setToolTip(tr("Delete the key after asking (Delete)"));
    buttons->addWidget(m_format);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &KvEditor::saveRequested);
    connect(m_delete, &QPushButton::clicked, this, &KvEditor::deleteRequested);
    connect(m_format, &QPushButton::clicked, this, &KvEditor::formatJson);
    connect(m_type, &QComboBox::currentIndexChanged, this, &KvEditor::typeChanged);
    // Touching any expiry control means "use what the form says"; untouched keeps the stored
    // absolute expiration, so saving a value never shifts its expiry by accident.
    const auto markDirty = [this] {
        m_ttlDirty = true;
        updateExpiryLabel();
    };
    connect(m_expires, &QCheckBox::toggled, this, markDirty);
    connect(m_ttlValue, &QSpinBox::valueChanged, this, markDirty);
    connect(m_ttlUnit, &QComboBox::currentIndexChanged, this, markDirty);
    clear();
}

void KvEditor::clear()
{
    m_new = false;
    m_loaded = false;
    m_currentKey.clear();
    m_original = {};
    m_ttlDirty = false;
    m_keyLabel->setText(tr("Select a key to see its value."));
    m_form->setRowVisible(m_keyEdit, false);
    m_info->clear();
    m_value->clear();
    m_value->setReadOnly(true);
    setTtlFromExpiration(std::nullopt);
    for (QWidget *w : std::initializer_list<QWidget *>{m_type, m_expires, m_ttlValue, m_ttlUnit, m_format, m_save, m_delete})
        w->setEnabled(false);
}

void KvEditor::startNewKey()
{
    clear();
    m_new = true;
    m_loaded = true;
    m_editable = true;
    m_original.type = Storage::KvValueType::Text;
    m_keyLabel->setText(tr("New key"));
    m_keyEdit->clear();
    m_form->setRowVisible(m_keyEdit, true);
    m_keyEdit->setFocus();
    m_value->setReadOnly(false);
    m_type->setCurrentIndex(1); // JSON is what the gateway itself stores most
    for (QWidget *w : std::initializer_list<QWidget *>{m_type, m_expires, m_ttlValue, m_ttlUnit, m_save})
        w->setEnabled(true);
    typeChanged();
    m_ttlDirty = true;
}

void KvEditor::showKey(const QString &key, const Storage::KvValue &value)
{
    clear();
    m_loaded = true;
    m_currentKey = key;
    m_original = value;
    m_keyLabel->setText(key);
    const bool binary = value.type == Storage::KvValueType::Binary || !ValueFormat::isText(value.data);
    m_editable = !binary && value.data.size() <= EditableBytes;

    QSignalBlocker blockType(m_type);
    m_type->setCurrentIndex(m_type->findData(int(binary ? Storage::KvValueType::Binary : value.type)));
    QString text;
    if (binary) {
        text = ValueFormat::hexPreview(value.data);
    } else if (value.type == Storage::KvValueType::Json) {
        text = ValueFormat::prettyJson(value.data);
        if (text.isEmpty()) // stored as JSON but not parseable: show it as it is
            text = QString::fromUtf8(value.data.left(EditableBytes));
    } else {
        text = QString::fromUtf8(value.data.left(EditableBytes));
    }
    m_value->setPlainText(text);
    m_value->setReadOnly(!m_editable);

    QStringList info;
    info << ValueFormat::byteSize(value.data.size());
    if (binary)
        info << tr("binary: shown as hex, not editable here");
    else if (!m_editable)
        info << tr("too large to edit here; the first %1 are shown").arg(ValueFormat::byteSize(EditableBytes));
    const QString metadata = metadataText(value.metadata);
    if (!metadata.isEmpty())
        info << tr("metadata: %1").arg(metadata);
    m_info->setText(info.join(u" · "_s));

    setTtlFromExpiration(value.expiration);
    // Binary values can still get a new expiry: the bytes are written back unchanged.
    for (QWidget *w : std::initializer_list<QWidget *>{m_expires, m_ttlValue, m_ttlUnit, m_save, m_delete})
        w->setEnabled(true);
    m_type->setEnabled(m_editable);
    m_format->setEnabled(m_editable && value.type == Storage::KvValueType::Json);
    m_ttlDirty = false;
    updateExpiryLabel();
}

QString KvEditor::key() const
{
    return m_new ? m_keyEdit->text() : m_currentKey;
}

void KvEditor::setTtlFromExpiration(const std::optional<QDateTime> &expiration)
{
    QSignalBlocker b1(m_expires), b2(m_ttlValue), b3(m_ttlUnit);
    m_expires->setChecked(expiration.has_value());
    qint64 left = expiration ? qMax<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(*expiration)) : 3600;
    int unit = 0;
    for (int i = 3; i > 0; --i) {
        if (left >= UnitSeconds[i] && left % UnitSeconds[i] == 0) {
            unit = i;
            break;
        }
    }
    if (unit == 0 && left >= 3600) // not a round number: show minutes, rounded up
        unit = 1;
    m_ttlUnit->setCurrentIndex(unit);
    m_ttlValue->setValue(int(qMin<qint64>((left + UnitSeconds[unit] - 1) / UnitSeconds[unit], m_ttlValue->maximum())));
    updateExpiryLabel();
}

qint64 KvEditor::ttlSeconds() const
{
    return qint64(m_ttlValue->value()) * UnitSeconds[qBound(0, m_ttlUnit->currentIndex(), 3)];
}

void KvEditor::updateExpiryLabel()
{
    m_ttlValue->setEnabled(m_loaded && m_expires->isChecked());
    m_ttlUnit->setEnabled(m_loaded && m_expires->isChecked());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_loaded) {
        m_expiry->clear();
    } else if (!m_ttlDirty && !m_new) {
        QString text = ValueFormat::expiry(m_original.expiration, now);
        if (m_original.expiration)
            text += u" ("_s + QLocale().toString(m_original.expiration->toLocalTime(), QLocale::ShortFormat) + u')';
        m_expiry->setText(text);
    } else {
        m_expiry->setText(m_expires->isChecked()
                              ? tr("will expire %1 after saving").arg(ValueFormat::duration(ttlSeconds()))
                              : tr("will never expire"));
    }
}

void KvEditor::typeChanged()
{
    const auto type = Storage::KvValueType(m_type->currentData().toInt());
    m_format->setEnabled(m_editable && type == Storage::KvValueType::Json);
}

void KvEditor::formatJson()
{
    const QString pretty = ValueFormat::prettyJson(m_value->toPlainText().toUtf8());
    if (!pretty.isEmpty())
        m_value->setPlainText(pretty);
}

std::optional<KvEditor::Write> KvEditor::pendingWrite(QString *error) const
{
    if (!m_loaded) {
        *error = tr("Select a key first.");
        return std::nullopt;
    }
    Write write;
    write.key = key();
    if (write.key.isEmpty()) {
        *error = tr("The key needs a name.");
        return std::nullopt;
    }
    write.type = Storage::KvValueType(m_type->currentData().toInt());
    if (!m_new && !m_editable) {
        write.type = m_original.type; // bytes go back exactly as they were
        write.data = m_original.data;
    } else if (write.type == Storage::KvValueType::Json) {
        const ValueFormat::JsonCheck check = ValueFormat::checkJson(m_value->toPlainText());
        if (!check.ok) {
            *error = check.error;
            return std::nullopt;
        }
        write.data = check.compact;
    } else if (write.type == Storage::KvValueType::Binary) {
        *error = tr("Binary values cannot be typed in; choose Text or JSON.");
        return std::nullopt;
    } else {
        write.data = m_value->toPlainText().toUtf8();
    }
    write.options.metadata = m_original.metadata;
    if (m_expires->isChecked()) {
        if (m_ttlDirty || m_new || !m_original.expiration)
            write.options.expirationTtl = ttlSeconds();
        else
            write.options.expiration = m_original.expiration;
    }
    return write;
}

} // namespace Moltdesk::Ui
