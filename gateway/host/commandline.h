#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Moltdesk::Host {

// The parsed command line of the one `moltdesk` executable (contract: "Command line").
// Parsing is a pure function so it can be tested without starting anything.
struct CommandLineOptions
{
    bool headless = false;
    bool showHelp = false;
    bool showVersion = false;
    QString dataDir;   // empty: MOLTDESK_DATA_DIR, then the platform's app-data location
    QString config;    // empty: MOLTDESK_CONFIG, then DATA/config.json
    QString listen;    // empty: gateway.listen from the config
    QString envFile;
};

struct CommandLineResult
{
    CommandLineOptions options;
    QString error; // non-empty: bad arguments (exit code 2)
};

class CommandLine
{
public:
    // `arguments` includes the program name first, as QCoreApplication::arguments() does.
    static CommandLineResult parse(const QStringList &arguments);
    static QString helpText();

    // Resolves the defaults the contract names: flag, then environment, then platform default.
    static QString resolveDataDir(const CommandLineOptions &options, const QString &platformDefault);
    static QString resolveConfigPath(const CommandLineOptions &options, const QString &dataDir);
};

} // namespace Moltdesk::Host
