#include "pages/logspage.h"

#include "base/eventlog.h"
#include "pages/logfiltermodel.h"
#include "widgets/keyboardshortcuts.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {

constexpr int kPollMs = 500;
enum Column { TimeColumn, LevelColumn, CategoryColumn, MessageColumn };

QColor levelColour(LogFilterModel::Severity severity)
{
    switch (severity) {
    case LogFilterModel::Error:
        return QColor(0xc6, 0x28, 0x28);
    case LogFilterModel::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case LogFilterModel::Debug:
        return QColor(0x75, 0x75, 0x75);
    case LogFilterModel::Info:
        break;
    }
    return {};
}

} // namespace

LogsPage::LogsPage(const PanelServices &, Base::EventLog *log, QWidget *parent)
    : Page(parent)
    , m_log(log)
{
    setObjectName(u"logsPage"_s);
    if (m_log)
        m_capacity = m_log->capacity();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *toolbar = new QHBoxLayout;
    auto *levelLabel = new QLabel(tr("&Show:"), this);
    m_level = new QComboBox(this);
    m_level->setObjectName(u"logsLevel"_s);
    m_level->setAccessibleName(tr("Minimum level"));
    m_level->setToolTip(tr("Show only lines of this level or a more severe one"));
    m_level->addItem(tr("Everything (debug)"), int(LogFilterModel::Debug));
    m_level->addItem(tr("Info and above"), int(LogFilterModel::Info));
    m_level->addItem(tr("Warnings and errors"), int(LogFilterModel::Warning));
    m_level->addItem(tr("Errors only"), int(LogFilterModel::Error));
    m_level->setCurrentIndex(1);
    levelLabel->setBuddy(m_level);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"logsSearch"_s);
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setPlaceholderText(tr("Search messages and categories…"));
    m_search->setClearButtonEnabled(true);
    m_pause = new QPushButton(style()->standardIcon(QStyle::SP_MediaPause), tr("&Pause"), this);
    m_pause->setObjectName(u"logsPause"_s);
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop following new lines so you can read; new lines are still collected."));
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(u"logsCopy"_s);
    m_copy->setToolTip(tr("Copy the selected lines, or every shown line when none is selected."));
    toolbar->addWidget(levelLabel);
    toolbar->addWidget(m_level);
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_pause);
    toolbar->addWidget(m_copy);
    layout->addLayout(toolbar);

    m_model = new QStandardItemModel(0, 4, this);
    m_model->setHorizontalHeaderLabels({tr("Time"), tr("Level"), tr("Category"), tr("Message")});
    m_filter = new LogFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"logsView"_s);
    m_view->setAccessibleName(tr("Log lines"));
    m_view->setAccessibleDescription(tr("The gateway's log with time, level, category and message; new lines are added at the bottom"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // keeps thousands of rows cheap to lay out
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_view->setFont(mono);
    m_view->header()->setStretchLastSection(true);
    // Column widths from the monospace font's metrics: "00:00:00.000", "warning", a long category.
    const int digit = QFontMetrics(mono).horizontalAdvance(u'0');
    m_view->setColumnWidth(TimeColumn, digit * 14);
    m_view->setColumnWidth(LevelColumn, digit * 9);
    m_view->setColumnWidth(CategoryColumn, digit * 22);
    layout->addWidget(m_view, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(u"logsCount"_s);
    layout->addWidget(m_count);

    setMainControl(m_view);
    KeyboardShortcuts::focusSearch(this, m_search);

    m_timer = new QTimer(this);
    m_timer->setInterval(kPollMs);
    connect(m_timer, &QTimer::timeout, this, &LogsPage::poll);
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMinimumSeverity(LogFilterModel::Severity(m_level->currentData().toInt()));
        updateCount();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text.trimmed());
        updateCount();
    });
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
        m_pause->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
        if (!paused)
            m_view->scrollToBottom();
    });
    connect(m_copy, &QPushButton::clicked, this, &LogsPage::copy);
    if (!m_log) {
        m_count->setText(tr("No event log is attached: the gateway is not running in this process."));
        m_pause->setEnabled(false);
    }
    updateCount();
}

LogsPage::~LogsPage() = default;

QString LogsPage::title() const
{
    return tr("Logs");
}

QIcon LogsPage::icon() const
{
    // Lines of text on a page, in the palette's text colour.
    QPixmap pixmap(40, 40);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::WindowText), 4, Qt::SolidLine, Qt::RoundCap));
    for (int i = 0; i < 4; ++i)
        painter.drawLine(QPointF(6, 8 + i * 8), QPointF(i % 2 ? 26 : 34, 8 + i * 8));
    painter.end();
    return QIcon(pixmap);
}

void LogsPage::onActivated(bool)
{
    poll();
    m_timer->start();
}

void LogsPage::onDeactivated()
{
    m_timer->stop();
}

void LogsPage::poll()
{
    if (!m_log)
        return;
    const QList<Base::LogEntry> entries = m_log->tail(m_capacity, m_lastSeq);
    if (entries.isEmpty())
        return;
    const QLocale locale;
    for (const Base::LogEntry &entry : entries) {
        const LogFilterModel::Severity severity = LogFilterModel::severity(entry.level);
        QList<QStandardItem *> row = {
            new QStandardItem(locale.toString(entry.time.toLocalTime().time(), u"HH:mm:ss.zzz"_s)),
            new QStandardItem(Base::EventLog::levelName(entry.level)), new QStandardItem(entry.category),
            new QStandardItem(entry.message)};
        row.first()->setData(int(severity), LogFilterModel::SeverityRole);
        row.first()->setToolTip(locale.toString(entry.time.toLocalTime(), QLocale::LongFormat));
        row.last()->setToolTip(entry.message);
        const QColor colour = levelColour(severity);
        if (colour.isValid()) {
            for (QStandardItem *item : std::as_const(row))
                item->setForeground(colour);
        }
        m_model->appendRow(row);
        m_lastSeq = entry.seq;
    }
    // Bounded like the EventLog itself: the oldest lines go first.
    const int excess = m_model->rowCount() - int(m_capacity);
    if (excess > 0)
        m_model->removeRows(0, excess);
    if (!m_pause->isChecked())
        m_view->scrollToBottom();
    updateCount();
}

void LogsPage::setMinimumLevel(QtMsgType level)
{
    m_level->setCurrentIndex(m_level->findData(int(LogFilterModel::severity(level))));
}

void LogsPage::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void LogsPage::setPaused(bool paused)
{
    m_pause->setChecked(paused);
}

bool LogsPage::isPaused() const
{
    return m_pause->isChecked();
}

QString LogsPage::shownText() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            rows.append(m_filter->index(row, 0));
    }
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &index : std::as_const(rows)) {
        QStringList cells;
        for (int column = 0; column < m_filter->columnCount(); ++column)
            cells << m_filter->index(index.row(), column).data().toString();
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n');
}

void LogsPage::copy()
{
    QApplication::clipboard()->setText(shownText());
}

int LogsPage::totalRows() const
{
    return m_model->rowCount();
}

int LogsPage::shownRows() const
{
    return m_filter->rowCount();
}

void LogsPage::updateCount()
{
    if (!m_log)
        return;
    m_count->setText(tr("%1 of %2 lines shown (the newest %3 are kept)")
                         .arg(shownRows())
                         .arg(totalRows())
                         .arg(m_capacity));
}

} // namespace Moltdesk::Ui
