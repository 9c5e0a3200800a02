#include "host/commandline.h"

#include "base/version.h"

#include <QDir>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace Moltdesk::Host {

namespace {

constexpr QLatin1StringView kValueNames[] = {
    "--data-dir"_L1, "--config"_L1, "--listen"_L1, "--env-file"_L1,
};

QString *fieldFor(CommandLineOptions &options, QStringView name)
{
    if (name == kValueNames[0])
        return &options.dataDir;
    if (name == kValueNames[1])
        return &options.config;
    if (name == kValueNames[2])
        return &options.listen;
    if (name == kValueNames[3])
        return &options.envFile;
    return nullptr;
}
} // namespace

CommandLineResult CommandLine::parse(const QStringList &arguments)
{
    CommandLineResult result;
    CommandLineOptions &options = result.options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == "--headless"_L1) {
            options.headless = true;
        } else if (arg == "--help"_L1 || arg == "-h"_L1) {
            options.showHelp = true;
        } else if (arg == "--version"_L1 || arg == "-v"_L1) {
            options.showVersion = true;
        } else if (arg.startsWith("--"_L1)) {
            // Both "--name value" and "--name=value" are accepted, as QCommandLineParser does.
            const qsizetype eq = arg.indexOf(u'=');
            const QString name = eq < 0 ? arg : arg.left(eq);
            QString *field = fieldFor(options, name);
            if (!field) {
                result.error = u"unknown option '%1' (see --help)"_s.arg(name);
                return result;
            }
            QString value;
            if (eq >= 0) {
                value = arg.mid(eq + 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                result.error = u"option '%1' needs a value (see --help)"_s.arg(name);
                return result;
            }
            if (value.isEmpty()) {
                result.error = u"option '%1' needs a non-empty value"_s.arg(name);
                return result;
            }
            *field = value;
        } else {
            result.error = u"unexpected argument '%1' (see --help)"_s.arg(arg);
            return result;
        }
    }
    return result;
}

QString CommandLine::helpText()
{
    return uR"(Usage: moltdesk [options]

Moltdesk %1 - a self-hosted AI agent gateway with a desktop control panel.

Options:
  --headless           Run the gateway alone, without the control panel.
  --data-dir DIR       Data directory (env MOLTDESK_DATA_DIR; default: the
                       platform's app-data location).
  --config FILE        Configuration file (env MOLTDESK_CONFIG; default
                       DATA/config.json; a missing file means all defaults).
  --listen HOST:PORT   Address to listen on (default gateway.listen, which
                       defaults to 127.0.0.1:8787; port 0 picks a free port).
  --env-file FILE      Read secrets and settings from a dotenv file.
  -v, --version        Print the version and exit.
  -h, --help           Print this help and exit.

Exit codes: 0 clean stop, 2 bad arguments or configuration, 1 other start-up failure.
)"_s.arg(QLatin1StringView(Base::kVersion));
}

QString CommandLine::resolveDataDir(const CommandLineOptions &options, const QString &platformDefault)
{
    QString dir = options.dataDir;
    if (dir.isEmpty())
        dir = QProcessEnvironment::systemEnvironment().value(u"MOLTDESK_DATA_DIR"_s);
    if (dir.isEmpty())
        dir = platformDefault;
    return QDir::cleanPath(QDir(dir).absolutePath());
}

QString CommandLine::resolveConfigPath(const CommandLineOptions &options, const QString &dataDir)
{
    QString path = options.config;
    if (path.isEmpty())
        path = QProcessEnvironment::systemEnvironment().value(u"MOLTDESK_CONFIG"_s);
    if (path.isEmpty())
        path = QDir(dataDir).filePath(u"config.json"_s);
    return QDir::cleanPath(QDir(path).absolutePath());
}

} // namespace Moltdesk::Host
