#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace Moltdesk::Ui {

// The panel's language: the user's choice (System default, English, Deutsch, Français) kept in
// the panel's QSettings file (DATA/ui.ini, key "language"), and the installed translators - ours
// and Qt's own qtbase catalogue, so standard dialogs follow. Installing them makes Qt send
// QEvent::LanguageChange to every widget; MainWindow rebuilds its pages on it.
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    // `translationsDir` holds moltdesk_<lang>.qm (the app embeds them under :/i18n).
    explicit LanguageSwitcher(QString settingsPath, QString translationsDir = QStringLiteral(":/i18n"),
                              QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // "" (system default), "en", "de", "fr".
    static QStringList codes();
    // The language's own name ("Deutsch"); "" gives the translated "System default".
    static QString displayName(const QString &code);
    static QString storedLanguage(const QString &settingsPath);

    QString language() const { return m_language; }
    // The locale whose translations are installed.
    QLocale locale() const;

    // Installs the stored choice; called once at start-up, before any window exists.
    void applyStored();
    // Stores `code` and installs its translations at once; emits languageChanged() when it differs.
    // Returns false (and changes nothing) for an unknown code.
    bool setLanguage(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void install();

    QString m_settingsPath;
    QString m_translationsDir;
    QString m_language;
    std::unique_ptr<QTranslator> m_own;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace Moltdesk::Ui
