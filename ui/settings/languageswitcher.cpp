#include "settings/languageswitcher.h"

#include "base/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {
const QString kKey = u"language"_s;
} // namespace

LanguageSwitcher::LanguageSwitcher(QString settingsPath, QString translationsDir, QObject *parent)
    : QObject(parent)
    , m_settingsPath(std::move(settingsPath))
    , m_translationsDir(std::move(translationsDir))
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_own)
        QCoreApplication::removeTranslator(m_own.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageSwitcher::codes()
{
    return {QString(), u"en"_s, u"de"_s, u"fr"_s};
}

QString LanguageSwitcher::displayName(const QString &code)
{
    // Each language in its own words, so a user who cannot read the current one still finds theirs.
    if (code == u"en"_s)
        return u"English"_s;
    if (code == u"de"_s)
        return u"Deutsch"_s;
    if (code == u"fr"_s)
        return u"Français"_s;
    return tr("System default");
}

QString LanguageSwitcher::storedLanguage(const QString &settingsPath)
{
    const QString code = QSettings(settingsPath, QSettings::IniFormat).value(kKey).toString();
    return codes().contains(code) ? code : QString();
}

QLocale LanguageSwitcher::locale() const
{
    return m_language.isEmpty() ? QLocale::system() : QLocale(m_language);
}

void LanguageSwitcher::applyStored()
{
    m_language = storedLanguage(m_settingsPath);
    install();
}

bool LanguageSwitcher::setLanguage(const QString &code)
{
    if (!codes().contains(code))
        return false;
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    settings.setValue(kKey, code);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        qCWarning(lcUi) << "cannot store the language choice in" << m_settingsPath;
    if (code == m_language && m_own)
        return true;
    m_language = code;
    install();
    Q_EMIT languageChanged(code);
    return true;
}

void LanguageSwitcher::install()
{
    // Remove first: Qt asks the most recently installed translator first, and a stale German
    // catalogue must not answer for French.
    if (m_own)
        QCoreApplication::removeTranslator(m_own.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_own = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();
    const QLocale chosen = locale();
    // English is the source language: no catalogue of ours, and none needed.
    if (chosen.language() != QLocale::English && m_own->load(chosen, u"moltdesk"_s, u"_"_s, m_translationsDir))
        QCoreApplication::installTranslator(m_own.get());
    if (m_qt->load(chosen, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    qCInfo(lcUi).noquote() << "panel language:" << (m_language.isEmpty() ? u"system ("_s + chosen.name() + u')' : m_language);
}

} // namespace Moltdesk::Ui
