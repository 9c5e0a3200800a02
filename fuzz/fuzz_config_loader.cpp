// libFuzzer target: the config loader (gateway/config/loader.*), fed the bytes as the content of
// config.json and read through Loader::load as start-up reads it (docs/configuration.md,
// docs/fuzzing.md).
//
// Properties checked beyond "no crash":
//   - every error and warning is one line that starts with the file's name;
//   - a file that loads is saved (Loader::save) and loads again without errors or warnings to the
//     same settings and the same effective JSON: config.set never writes a file the next start
//     refuses, and nothing is lost on the way;
//   - secrets never reach a message: replacing the value of every secret-looking key by another
//     string changes no error and no warning (docs/configuration.md "Secrets").

#include "fuzzcheck.h"

#include "config/loader.h"
#include "config/secretkeypolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdint>

using Moltdesk::Config::LoadResult;
using Moltdesk::Config::Loader;
using Moltdesk::Config::SecretKeyPolicy;

namespace {

// Every string value under a secret-looking key becomes another string of another length.
QJsonValue withSecretsReplaced(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(withSecretsReplaced(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (SecretKeyPolicy::looksLikeSecret(it.key()) && it.value().isString())
            it.value() = QString(u'R' + it.value().toString() + u'R');
        else
            it.value() = withSecretsReplaced(it.value());
    }
    return object;
}

void checkMessages(const LoadResult &result, const QString &fileName)
{
    for (const QStringList *list : {&result.errors, &result.warnings}) {
        for (const QString &message : *list) {
            if (!message.startsWith(fileName + u':') || message.contains(u'\n'))
                std::fprintf(stderr, "message: %s\n", qPrintable(message));
            FUZZ_CHECK(message.startsWith(fileName + u':'), "a message starts with the file name");
            FUZZ_CHECK(!message.contains(u'\n'), "a message is one line");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt's file and path functions want an application object (its name is unused).
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Loader::save commits through QSaveFile, which syncs to disk: on tmpfs that costs nothing.
    static QTemporaryDir dir(QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                                 ? QStringLiteral("/dev/shm/moltdesk-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/moltdesk-fuzz-XXXXXX"));
    static const QString path = dir.filePath(QStringLiteral("config.json"));
    static const QString savedPath = dir.filePath(QStringLiteral("saved/config.json"));
    FUZZ_CHECK(dir.isValid(), "a temporary directory");

    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the config file can be written");
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();

    const LoadResult loaded = Loader::load(path);
    FUZZ_CHECK(loaded.fileExists, "the file exists");
    checkMessages(loaded, path);

    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(
        reinterpret_cast<const char *>(data), qsizetype(size)));
    if (document.isObject()) {
        const LoadResult original = Loader::fromJson(document.object(), path);
        const LoadResult replaced = Loader::fromJson(withSecretsReplaced(document.object()).toObject(), path);
        FUZZ_CHECK(original.errors == replaced.errors, "no error depends on a secret's value");
        FUZZ_CHECK(original.warnings == replaced.warnings, "no warning depends on a secret's value");
    }

    if (!loaded.ok())
        return 0;
    QString error;
    FUZZ_CHECK(Loader::save(loaded.settings, savedPath, &error), "a loaded configuration can be saved");
    const LoadResult again = Loader::load(savedPath);
    if (!again.ok() || !again.warnings.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(again.errorString() + again.warnings.join(u'\n')));
    FUZZ_CHECK(again.ok(), "a saved configuration loads without errors");
    FUZZ_CHECK(again.warnings.isEmpty(), "a saved configuration loads without warnings");
    FUZZ_CHECK(again.settings == loaded.settings, "a saved configuration loads to the same settings");
    FUZZ_CHECK(Loader::toJson(again.settings) == Loader::toJson(loaded.settings), "the same effective JSON");
    return 0;
}
