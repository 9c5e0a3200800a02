#include "application.h"

#include "base/version.h"
#include "host/commandline.h"
#include "settings/languageswitcher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

namespace {
// Without a display a QApplication would abort; the contract says: say so and run headless.
bool displayAvailable()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    return !env.value(u"DISPLAY"_s).isEmpty() || !env.value(u"WAYLAND_DISPLAY"_s).isEmpty()
        || !env.value(u"QT_QPA_PLATFORM"_s).isEmpty();
}
} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const Host::CommandLineResult parsed = Host::CommandLine::parse(arguments);
    if (!parsed.error.isEmpty()) {
        std::fprintf(stderr, "moltdesk: %s\n", qPrintable(parsed.error));
        return 2;
    }
    if (parsed.options.showHelp) {
        std::fputs(qPrintable(Host::CommandLine::helpText()), stdout);
        return 0;
    }
    if (parsed.options.showVersion) {
        std::printf("moltdesk %s\n", Base::kVersion);
        return 0;
    }

    bool headless = parsed.options.headless;
    if (!headless && !displayAvailable()) {
        std::fputs("moltdesk: no display available (DISPLAY and WAYLAND_DISPLAY are unset): running headless\n",
                   stderr);
        headless = true;
    }

    // Debug lines are for developers: off unless QT_LOGGING_RULES asks for them.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"moltdesk.*.debug=false"_s);

    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QLatin1StringView(Base::kApplicationName));
    QCoreApplication::setApplicationVersion(QLatin1StringView(Base::kVersion));
    if (!headless)
        QGuiApplication::setQuitOnLastWindowClosed(false); // the tray keeps us alive; Application decides

    // The panel's language: the choice made on the Settings page (kept in DATA/ui.ini), else the
    // user's locale (LANGUAGE / LANG). German and French ship with it, English otherwise; Qt's own
    // dialogs follow through the qtbase catalogue. Declared before the Application so the pages
    // it builds can switch it, and removed after them.
    std::unique_ptr<Ui::LanguageSwitcher> languages;
    if (!headless) {
        const QString dataDir = Host::CommandLine::resolveDataDir(
            parsed.options, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        languages = std::make_unique<Ui::LanguageSwitcher>(QDir(dataDir).filePath(u"ui.ini"_s));
        languages->applyStored();
    }

    int code = 0;
    {
        App::Application application(parsed.options,
                                     headless ? App::Application::Mode::Headless : App::Application::Mode::Gui);
        application.setLanguageSwitcher(languages.get());
        QObject::connect(&application, &App::Application::exitRequested, app.get(),
                         [](int exitCode) { QCoreApplication::exit(exitCode); });
        code = application.start();
        if (code < 0)
            code = QCoreApplication::exec();
    }
    return code;
}
