#pragma once

#include "page.h"
#include "panelservices.h"
#include "prompter.h"

#include <QHash>

#include <memory>

class QPushButton;

namespace Moltdesk::Security {
class SecretResult;
}

namespace Moltdesk::Ui {

class Banner;
class SecretRow;
class StatusLine;

// The Secrets page: every secret of Security::SecretCatalog, grouped, with whether it is set; set,
// replace and delete through the SecretStore; a value appears only after an explicit "Reveal" and
// is wiped again when the page is left or the window hidden. Keychain availability (probe()) is shown
// at the top in words, and the operator token can be rotated.
//
// Two secrets are guarded: MOLTDESK_TOKEN changes only through "Rotate" (OperatorToken must learn the
// new value, or every client would be locked out), and MOLTDESK_ENCRYPTION_KEY cannot be replaced or
// deleted once set (data encrypted with it would become unreadable).
class SecretsPage : public Page
{
    Q_OBJECT

public:
    explicit SecretsPage(const PanelServices &services, QWidget *parent = nullptr);
    ~SecretsPage() override;

    QString title() const override;
    QIcon icon() const override;

    SecretRow *row(const QString &name) const { return m_rows.value(name); }
    // Re-reads the keychain state and whether each secret is set.
    void refresh();
    void rotateOperatorToken();

Q_SIGNALS:
    // A secret was set, replaced, deleted or rotated: the owner reloads providers/channels.
    void secretChanged(const QString &name);

protected:
    void onActivated(bool first) override;
    void onDeactivated() override;
    void hideEvent(QHideEvent *event) override;

private:
    void probe();
    void readStatus(SecretRow *row);
    void applyStatus(SecretRow *row, const Security::SecretResult &result);
    void save(const QString &name, const QString &value);
    void remove(const QString &name);
    void reveal(const QString &name);
    void hideAllRevealed();

    PanelServices m_services;
    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter = nullptr;
    Banner *m_keychain = nullptr;
    QPushButton *m_rotate = nullptr;
    StatusLine *m_status = nullptr;
    QHash<QString, SecretRow *> m_rows;
};

} // namespace Moltdesk::Ui
