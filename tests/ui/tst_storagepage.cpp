// The Storage page offscreen against a real database in a temporary directory: KV (namespaces,
// prefix filter, cursor paging, JSON edit with validation, delete, TTL), Objects (upload, text and
// image preview, save to disk, delete) and the read-only SQL console.
#include "core/schemamigrations.h"
#include "pages/kvbrowser.h"
#include "pages/objectbrowser.h"
#include "pages/objectpreview.h"
#include "pages/sqlconsolepanel.h"
#include "pages/storagepage.h"
#include "storage/database.h"
#include "storage/kvstore.h"
#include "storage/objectstore.h"
#include "storage/sqlconsole.h"
#include "support/uiscriptedprompter.h"
#include "widgets/statusline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

class TestStoragePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void kvListsNamespacesAndPages();
    void kvPrefixFilter();
    void kvEditJson();
    void kvDelete();
    void kvChangeTtl();
    void kvNewKeyInNewNamespace();
    void objectsUploadPreviewSaveDelete();
    void sqlSelectShowsRows();
    void sqlWriteIsRefused();

private:
    template <typename T>
    T *find(const QString &name) const
    {
        T *widget = m_page->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }
    void openKv();
    QTreeWidget *keys() const { return find<QTreeWidget>(u"kvKeys"_s); }
    QStringList keyNames() const;
    void selectKey(const QString &key);

    // Declaration order is destruction order in reverse: the pool (and its threads' connections)
    // goes before the stores, the stores before the database.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::KvStore> m_kv;
    std::unique_ptr<Storage::ObjectStore> m_objects;
    std::unique_ptr<Storage::SqlConsole> m_sql;
    std::unique_ptr<QThreadPool> m_pool;
    Ui::UiScriptedPrompter m_prompter;
    std::unique_ptr<Ui::StoragePage> m_page;
};

void TestStoragePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Storage::Database>(m_dir->path(), Moltdesk::Core::SchemaMigrations::all());
    QVERIFY(m_db->open().ok());
    m_kv = std::make_unique<Storage::KvStore>(*m_db);
    m_objects = std::make_unique<Storage::ObjectStore>(*m_db);
    QVERIFY(m_objects->open().ok());
    m_sql = std::make_unique<Storage::SqlConsole>(*m_db);
    m_pool = std::make_unique<QThreadPool>();
    m_prompter = {};

    QVERIFY(m_kv->putJson(u"MOLTBOT_KV"_s, u"user:1"_s, QJsonDocument::fromJson(R"({"name":"ada"})")).ok());
    QVERIFY(m_kv->putText(u"MOLTBOT_KV"_s, u"user:2"_s, u"plain text"_s).ok());
    QVERIFY(m_kv->putText(u"MOLTBOT_KV"_s, u"user:3"_s, u"three"_s).ok());
    QVERIFY(m_kv->put(u"MOLTBOT_KV"_s, u"blob"_s, QByteArray("\x00\x01\x02\xff", 4)).ok());
    QVERIFY(m_kv->putText(u"MOLTBOT_SESSIONS"_s, u"telegram:dm:1"_s, u"{}"_s).ok());

    Ui::PanelServices services;
    services.kv = m_kv.get();
    services.objects = m_objects.get();
    services.sql = m_sql.get();
    services.prompter = &m_prompter;
    services.pool = m_pool.get();
    m_page = std::make_unique<Ui::StoragePage>(services);
    m_page->kvBrowser()->setPageSize(2);
    m_page->objectBrowser()->setPageSize(2);
    m_page->resize(1000, 700);
    m_page->show();
}

void TestStoragePage::cleanup()
{
    m_page.reset();
    m_pool.reset(); // waits for running store calls
    m_sql.reset();
    m_objects.reset();
    m_kv.reset();
    m_db.reset();
    m_dir.reset();
}

QStringList TestStoragePage::keyNames() const
{
    QStringList names;
    for (int i = 0; i < keys()->topLevelItemCount(); ++i)
        names << keys()->topLevelItem(i)->text(0);
    return names;
}

void TestStoragePage::openKv()
{
    m_page->activate();
    auto *namespaces = find<QListWidget>(u"kvNamespaces"_s);
    QTRY_COMPARE(namespaces->count(), 2);
    QCOMPARE(namespaces->item(0)->text(), u"MOLTBOT_KV"_s);
    QCOMPARE(namespaces->currentRow(), 0);
    QTRY_COMPARE(keys()->topLevelItemCount(), 2);
}

void TestStoragePage::selectKey(const QString &key)
{
    const auto found = keys()->findItems(key, Qt::MatchExactly, 0);
    QVERIFY2(!found.isEmpty(), qPrintable(key));
    keys()->setCurrentItem(found.first());
    QTRY_COMPARE(find<QLabel>(u"kvKeyName"_s)->text(), key);
}

void TestStoragePage::kvListsNamespacesAndPages()
{
    openKv();
    // Page size 2: the first page holds the first two keys in byte order, and more are announced.
    QCOMPARE(keyNames(), (QStringList{u"blob"_s, u"user:1"_s}));
    auto *loadMore = find<QPushButton>(u"kvLoadMore"_s);
    QVERIFY(loadMore->isEnabled());
    loadMore->click();
    QTRY_COMPARE(keys()->topLevelItemCount(), 4);
    QCOMPARE(keyNames(), (QStringList{u"blob"_s, u"user:1"_s, u"user:2"_s, u"user:3"_s}));
    // The store returned a full page, so one more (empty) request may be needed to know it is the end.
    if (loadMore->isEnabled()) {
        loadMore->click();
        QTRY_VERIFY(!loadMore->isEnabled());
        QCOMPARE(keys()->topLevelItemCount(), 4);
    }

    // Another namespace lists only its own keys.
    find<QListWidget>(u"kvNamespaces"_s)->setCurrentRow(1);
    QTRY_COMPARE(keyNames(), QStringList{u"telegram:dm:1"_s});
}

void TestStoragePage::kvPrefixFilter()
{
    openKv();
    find<QLineEdit>(u"kvPrefix"_s)->setText(u"user:"_s);
    QTRY_COMPARE(keyNames(), (QStringList{u"user:1"_s, u"user:2"_s}));
    find<QPushButton>(u"kvLoadMore"_s)->click();
    QTRY_COMPARE(keyNames(), (QStringList{u"user:1"_s, u"user:2"_s, u"user:3"_s}));

    find<QLineEdit>(u"kvPrefix"_s)->setText(u"nothing-here"_s);
    QTRY_COMPARE(keys()->topLevelItemCount(), 0);
    QTRY_VERIFY(find<Ui::StatusLine>(u"kvStatus"_s)->text().contains(u"0 key"_s));
}

void TestStoragePage::kvEditJson()
{
    openKv();
    selectKey(u"user:1"_s);
    auto *value = find<QPlainTextEdit>(u"kvValue"_s);
    // Pretty-printed for reading.
    QVERIFY2(value->toPlainText().contains(u"\"name\": \"ada\""_s), qPrintable(value->toPlainText()));
    QCOMPARE(find<QComboBox>(u"kvType"_s)->currentText(), u"JSON"_s);

    // Invalid JSON is refused with the parser's reason and position; the stored value is untouched.
    value->setPlainText(u"{\n  \"name\": \"grace\",\n  oops\n}"_s);
    find<QPushButton>(u"kvSave"_s)->click();
    auto *status = find<Ui::StatusLine>(u"kvStatus"_s);
    QVERIFY(status->isError());
    QVERIFY2(status->text().contains(u"Invalid JSON at line 3"_s), qPrintable(status->text()));
    QCOMPARE(m_kv->get(u"MOLTBOT_KV"_s, u"user:1"_s).value()->data, QByteArray(R"({"name":"ada"})"));

    value->setPlainText(u"{\n  \"name\": \"grace\"\n}"_s);
    find<QPushButton>(u"kvSave"_s)->click();
    QTRY_COMPARE(m_kv->get(u"MOLTBOT_KV"_s, u"user:1"_s).value()->data, QByteArray(R"({"name":"grace"})"));
    QTRY_VERIFY(status->text().startsWith(u"Saved"_s));
    QVERIFY(!status->isError());
    QCOMPARE(m_kv->get(u"MOLTBOT_KV"_s, u"user:1"_s).value()->type, Storage::KvValueType::Json);
}

void TestStoragePage::kvDelete()
{
    openKv();
    selectKey(u"user:1"_s);

    // "No" keeps the key.
    m_prompter.confirmAnswer = false;
    find<QPushButton>(u"kvDelete"_s)->click();
    QCOMPARE(m_prompter.asked.size(), 1);
    QVERIFY(m_prompter.asked.first().contains(u"user:1"_s));
    QVERIFY(m_kv->get(u"MOLTBOT_KV"_s, u"user:1"_s).value().has_value());

    m_prompter.confirmAnswer = true;
    find<QPushButton>(u"kvDelete"_s)->click();
    QTRY_VERIFY(!m_kv->get(u"MOLTBOT_KV"_s, u"user:1"_s).value().has_value());
    QTRY_VERIFY(!keyNames().contains(u"user:1"_s));
    QVERIFY(!find<QPushButton>(u"kvSave"_s)->isEnabled()); // the editor was cleared
}

void TestStoragePage::kvChangeTtl()
{
    openKv();
    selectKey(u"blob"_s);
    // A binary value is shown as hex and keeps its bytes when only the expiry changes.
    QVERIFY(find<QPlainTextEdit>(u"kvValue"_s)->toPlainText().contains(u"00 01 02 ff"_s));
    QVERIFY(find<QPlainTextEdit>(u"kvValue"_s)->isReadOnly());
    QVERIFY(find<QLabel>(u"kvExpiry"_s)->text().contains(u"never"_s));

    find<QCheckBox>(u"kvExpires"_s)->setChecked(true);
    find<QComboBox>(u"kvTtlUnit"_s)->setCurrentIndex(2); // hours
    find<QSpinBox>(u"kvTtlValue"_s)->setValue(2);
    find<QPushButton>(u"kvSave"_s)->click();
    QTRY_VERIFY(m_kv->get(u"MOLTBOT_KV"_s, u"blob"_s).value()->expiration.has_value());
    const Storage::KvValue stored = *m_kv->get(u"MOLTBOT_KV"_s, u"blob"_s).value();
    QCOMPARE(stored.data, QByteArray("\x00\x01\x02\xff", 4));
    QCOMPARE(stored.type, Storage::KvValueType::Binary);
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(*stored.expiration);
    QVERIFY2(left > 7100 && left <= 7200, qPrintable(QString::number(left)));
    // The reloaded editor says so in words, and so does the list.
    QTRY_VERIFY2(find<QLabel>(u"kvExpiry"_s)->text().startsWith(u"expires in 1 h 59 min"_s)
                     || find<QLabel>(u"kvExpiry"_s)->text().startsWith(u"expires in 2 h"_s),
                 qPrintable(find<QLabel>(u"kvExpiry"_s)->text()));
    QVERIFY(keys()->findItems(u"blob"_s, Qt::MatchExactly).first()->text(1).startsWith(u"in 1 h"_s));

    // Removing the expiry again.
    find<QCheckBox>(u"kvExpires"_s)->setChecked(false);
    find<QPushButton>(u"kvSave"_s)->click();
    QTRY_VERIFY(!m_kv->get(u"MOLTBOT_KV"_s, u"blob"_s).value()->expiration.has_value());

    // Too short for KV (minimum 60 s): the store's reason is shown, nothing changes.
    find<QCheckBox>(u"kvExpires"_s)->setChecked(true);
    find<QComboBox>(u"kvTtlUnit"_s)->setCurrentIndex(0);
    find<QSpinBox>(u"kvTtlValue"_s)->setValue(5);
    find<QPushButton>(u"kvSave"_s)->click();
    auto *status = find<Ui::StatusLine>(u"kvStatus"_s);
    QTRY_VERIFY2(status->isError() && status->text().contains(u"60 seconds"_s), qPrintable(status->text()));
    QVERIFY(!m_kv->get(u"MOLTBOT_KV"_s, u"blob"_s).value()->expiration.has_value());
}

void TestStoragePage::kvNewKeyInNewNamespace()
{
    openKv();
    m_prompter.textAnswer = u"MOLTBOT_CACHE"_s;
    find<QPushButton>(u"kvNewNamespace"_s)->click();
    auto *namespaces = find<QListWidget>(u"kvNamespaces"_s);
    QCOMPARE(namespaces->currentItem()->text(), u"MOLTBOT_CACHE"_s);
    QTRY_COMPARE(keys()->topLevelItemCount(), 0);

    auto *keyEdit = find<QLineEdit>(u"kvKeyEdit"_s);
    QVERIFY(keyEdit->isVisible());
    // A nameless key is refused before any store call.
    find<QPlainTextEdit>(u"kvValue"_s)->setPlainText(u"[1, 2, 3]"_s);
    find<QPushButton>(u"kvSave"_s)->click();
    QVERIFY(find<Ui::StatusLine>(u"kvStatus"_s)->isError());

    keyEdit->setText(u"primes"_s);
    find<QPushButton>(u"kvSave"_s)->click();
    QTRY_VERIFY(m_kv->get(u"MOLTBOT_CACHE"_s, u"primes"_s).value().has_value());
    const Storage::KvValue stored = *m_kv->get(u"MOLTBOT_CACHE"_s, u"primes"_s).value();
    QCOMPARE(stored.data, QByteArray("[1,2,3]"));
    QCOMPARE(stored.type, Storage::KvValueType::Json);
    QTRY_COMPARE(keyNames(), QStringList{u"primes"_s});
    QTRY_COMPARE(find<QLabel>(u"kvKeyName"_s)->text(), u"primes"_s);
    QVERIFY(!keyEdit->isVisible()); // an existing key's name is not editable
}

void TestStoragePage::objectsUploadPreviewSaveDelete()
{
    m_page->activate();
    m_page->tabs()->setCurrentWidget(m_page->objectBrowser());
    auto *list = find<QTreeWidget>(u"objList"_s);
    Ui::ObjectBrowser *browser = m_page->objectBrowser();
    auto *preview = m_page->findChild<Ui::ObjectPreview *>(u"objectPreview"_s);

    QTemporaryDir files;
    const QString textPath = files.filePath(u"notes.txt"_s);
    {
        QFile f(textPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello from the panel\n");
    }
    const QString imagePath = files.filePath(u"dot.png"_s);
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(imagePath));

    QSignalSpy uploaded(browser, &Ui::ObjectBrowser::uploaded);
    browser->uploadFile(textPath, u"docs/notes.txt"_s);
    QTRY_COMPARE(uploaded.size(), 1);
    // The upload button goes through the prompter: file, then key.
    m_prompter.openAnswer = imagePath;
    m_prompter.textAnswer = u"media/dot.png"_s;
    find<QPushButton>(u"objUpload"_s)->click();
    QTRY_COMPARE(uploaded.size(), 2);
    QVERIFY(m_objects->head(u"media/dot.png"_s).value().has_value());
    QCOMPARE(m_objects->head(u"media/dot.png"_s).value()->contentType, u"image/png"_s);
    QTRY_COMPARE(list->topLevelItemCount(), 2);

    // Text preview
    list->setCurrentItem(list->findItems(u"docs/notes.txt"_s, Qt::MatchExactly).first());
    QTRY_COMPARE(preview->kind(), Ui::ObjectPreview::Kind::Text);
    QVERIFY(find<QPlainTextEdit>(u"objPreviewText"_s)->toPlainText().contains(u"hello from the panel"_s));

    // Image preview
    list->setCurrentItem(list->findItems(u"media/dot.png"_s, Qt::MatchExactly).first());
    QTRY_COMPARE(preview->kind(), Ui::ObjectPreview::Kind::Image);
    const QPixmap shown = find<QLabel>(u"objPreviewImage"_s)->pixmap();
    QCOMPARE(shown.size(), QSize(40, 30));

    // Save to disk through the prompter's file name
    const QString savedPath = files.filePath(u"copy.png"_s);
    m_prompter.saveAnswer = savedPath;
    QSignalSpy saved(browser, &Ui::ObjectBrowser::saved);
    find<QPushButton>(u"objSave"_s)->click();
    QTRY_COMPARE(saved.size(), 1);
    QFile original(imagePath), copy(savedPath);
    QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), original.readAll());

    // Delete after confirmation
    m_prompter.confirmAnswer = true;
    find<QPushButton>(u"objDelete"_s)->click();
    QTRY_VERIFY(!m_objects->head(u"media/dot.png"_s).value().has_value());
    QTRY_COMPARE(list->topLevelItemCount(), 1);

    // Paging: three objects with page size 2
    browser->uploadFile(textPath, u"docs/z.txt"_s);
    browser->uploadFile(textPath, u"docs/y.txt"_s);
    QTRY_COMPARE(uploaded.size(), 4);
    browser->reload();
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    find<QPushButton>(u"objLoadMore"_s)->click();
    QTRY_COMPARE(list->topLevelItemCount(), 3);
}

void TestStoragePage::sqlSelectShowsRows()
{
    m_page->activate();
    m_page->tabs()->setCurrentWidget(m_page->sqlConsole());
    auto *tables = find<QTreeWidget>(u"sqlTables"_s);
    QTRY_VERIFY(!tables->findItems(u"kv"_s, Qt::MatchExactly).isEmpty());
    QTreeWidgetItem *kv = tables->findItems(u"kv"_s, Qt::MatchExactly).first();
    QVERIFY(kv->childCount() >= 5); // its columns
    QCOMPARE(kv->child(0)->text(0), u"namespace"_s);

    find<QSpinBox>(u"sqlRowCap"_s)->setValue(2);
    m_page->sqlConsole()->setQueryText(u"SELECT key FROM kv WHERE namespace = 'MOLTBOT_KV' ORDER BY key"_s);
    find<QPushButton>(u"sqlRun"_s)->click();
    auto *view = find<QTableView>(u"sqlResults"_s);
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->headerData(0, Qt::Horizontal).toString(), u"key"_s);
    QCOMPARE(view->model()->index(0, 0).data().toString(), u"blob"_s);
    // The row cap is said in words.
    QVERIFY2(find<QLabel>(u"sqlSummary"_s)->text().contains(u"row cap"_s), qPrintable(find<QLabel>(u"sqlSummary"_s)->text()));
}

void TestStoragePage::sqlWriteIsRefused()
{
    m_page->activate();
    m_page->tabs()->setCurrentWidget(m_page->sqlConsole());
    m_page->sqlConsole()->setQueryText(u"INSERT INTO kv_namespaces(name, created) VALUES ('evil', 0)"_s);
    find<QPushButton>(u"sqlRun"_s)->click();
    auto *status = find<Ui::StatusLine>(u"sqlStatus"_s);
    QTRY_VERIFY(status->isError());
    QVERIFY2(status->text().contains(u"only reads data"_s), qPrintable(status->text()));
    QCOMPARE(find<QTableView>(u"sqlResults"_s)->model()->rowCount(), 0);
    const auto names = m_kv->namespaces();
    QVERIFY(names.ok() && !names->contains(u"evil"_s));
}

QTEST_MAIN(TestStoragePage)
#include "tst_storagepage.moc"
