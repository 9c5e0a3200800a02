#include "pages/secretspage.h"

#include "pages/secretrow.h"
#include "security/operatortoken.h"
#include "security/secretcatalog.h"
#include "secretwriter.h"
#include "security/secretstore.h"
#include "widgets/banner.h"
#include "widgets/statusline.h"

#include "gatewayclient.h"

#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

SecretsPage::SecretsPage(const PanelServices &services, QWidget *parent)
    : Page(parent)
    , m_services(services)
    , m_prompter(services.prompter)
{
    setObjectName(u"secretsPage"_s);
    if (!m_prompter) {
        m_ownPrompter = std::make_unique<Prompter>();
        m_prompter = m_ownPrompter.get();
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    m_keychain = new Banner(this);
    m_keychain->setObjectName(u"keychainStatus"_s);
    m_keychain->setText(tr("Checking the keychain…"));
    layout->addWidget(m_keychain);

    auto *tokenRow = new QHBoxLayout;
    auto *tokenText = new QLabel(tr("The operator token lets the API, WebSocket clients and scripts in. Rotate it "
                                    "if it may have leaked."),
                                 this);
    tokenText->setWordWrap(true);
    m_rotate = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Rotate &operator token…"), this);
    m_rotate->setObjectName(u"rotateToken"_s);
    m_rotate->setToolTip(tr("Replace the operator token with a new one (after asking); every client must then connect with the new token"));
    m_rotate->setEnabled(m_services.operatorToken != nullptr);
    tokenRow->addWidget(tokenText, 1);
    tokenRow->addWidget(m_rotate);
    layout->addLayout(tokenRow);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // a container, not a Tab stop: its controls are
    auto *list = new QWidget(scroll);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 8, 0);
    QGroupBox *group = nullptr;
    QVBoxLayout *groupLayout = nullptr;
    const QList<Security::SecretCatalog::Entry> entries = Security::SecretCatalog::entries();
    for (const Security::SecretCatalog::Entry &entry : entries) {
        if (!group || group->title() != entry.group) {
            group = new QGroupBox(entry.group, list);
            groupLayout = new QVBoxLayout(group);
            listLayout->addWidget(group);
        }
        auto *row = new SecretRow(entry.name, entry.description, entry.confidential, group);
        groupLayout->addWidget(row);
        m_rows.insert(entry.name, row);
        connect(row, &SecretRow::saveRequested, this, &SecretsPage::save);
        connect(row, &SecretRow::deleteRequested, this, &SecretsPage::remove);
        connect(row, &SecretRow::revealRequested, this, &SecretsPage::reveal);
    }
    listLayout->addStretch(1);
    if (!entries.isEmpty())
        setMainControl(m_rows.value(entries.constFirst().name)->findChild<QLineEdit *>(u"value"_s));
    scroll->setWidget(list);
    layout->addWidget(scroll, 1);

    m_status = new StatusLine(this);
    m_status->setObjectName(u"secretsStatus"_s);
    layout->addWidget(m_status);

    if (SecretRow *token = m_rows.value(Security::SecretNames::OperatorToken))
        token->setLocked(tr("Use “Rotate operator token” so the gateway switches to the new token at once."));
    connect(m_rotate, &QPushButton::clicked, this, &SecretsPage::rotateOperatorToken);
    if (m_services.operatorToken) {
        connect(m_services.operatorToken, &Security::OperatorToken::rotated, this, [this] {
            m_rotate->setEnabled(true);
            m_status->end();
            m_status->showInfo(tr("A new operator token is in use. Connected clients must use it from now on."));
            if (SecretRow *token = m_rows.value(Security::SecretNames::OperatorToken))
                readStatus(token);
            Q_EMIT secretChanged(Security::SecretNames::OperatorToken);
        });
        connect(m_services.operatorToken, &Security::OperatorToken::rotateFailed, this, [this](const QString &reason) {
            m_rotate->setEnabled(true);
            m_status->end();
            m_status->showError(tr("The operator token was not rotated: %1").arg(reason));
        });
    }
    if (!m_services.secrets) {
        m_keychain->setTone(Banner::Tone::Error);
        m_keychain->setText(tr("No secret store is configured."));
        for (SecretRow *row : std::as_const(m_rows)) {
            row->setWritable(false);
            row->setState(SecretRow::State::Unknown, tr("no secret store"));
        }
    }
}

SecretsPage::~SecretsPage() = default;

QString SecretsPage::title() const
{
    return tr("Secrets");
}

QIcon SecretsPage::icon() const
{
    // No standard "key" icon exists outside Windows (SP_VistaShield is empty elsewhere): a padlock
    // drawn in the palette's text colour reads at 20 px and follows dark themes.
    QPixmap pixmap(40, 40);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = palette().color(QPalette::WindowText);
    painter.setPen(QPen(colour, 4));
    painter.setBrush(Qt::NoBrush);
    painter.drawArc(QRectF(11, 4, 18, 22), 0, 180 * 16);
    painter.drawLine(QPointF(11, 15), QPointF(11, 19));
    painter.drawLine(QPointF(29, 15), QPointF(29, 19));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(6, 18, 28, 19), 4, 4);
    painter.setBrush(palette().color(QPalette::Window));
    painter.drawEllipse(QPointF(20, 26), 3, 3);
    painter.end();
    return QIcon(pixmap);
}

void SecretsPage::onActivated(bool)
{
    refresh();
}

void SecretsPage::onDeactivated()
{
    hideAllRevealed();
}

void SecretsPage::hideEvent(QHideEvent *event)
{
    // Hidden to the tray or minimised: a revealed value must not wait there for the next person.
    hideAllRevealed();
    Page::hideEvent(event);
}

void SecretsPage::hideAllRevealed()
{
    for (SecretRow *row : std::as_const(m_rows))
        row->hideRevealed();
}

void SecretsPage::refresh()
{
    if (!m_services.secrets)
        return;
    probe();
    for (SecretRow *row : std::as_const(m_rows))
        readStatus(row);
}

void SecretsPage::probe()
{
    Security::SecretStore *store = m_services.secrets;
    store->probe(this, [this, store](const Security::SecretResult &result) {
        const bool writable = store->isWritable();
        if (result.isOk()) {
            m_keychain->setTone(Banner::Tone::Success);
            m_keychain->setText(writable ? tr("Secrets are kept in the %1. Values are never shown unless you "
                                              "click “Reveal”.")
                                               .arg(store->backendName())
                                         : tr("Secrets are read from the %1, which cannot be changed from here.")
                                               .arg(store->backendName()));
        } else {
            m_keychain->setTone(Banner::Tone::Warning);
            m_keychain->setText(tr("Secrets cannot be stored right now: %1").arg(result.message()));
        }
        for (SecretRow *row : std::as_const(m_rows))
            row->setWritable(writable && result.isOk());
    });
}

void SecretsPage::readStatus(SecretRow *row)
{
    row->setState(SecretRow::State::Checking);
    if (m_services.gateway && row->name() != Security::SecretNames::OperatorToken) {
        // The gateway knows where each value it uses comes from (environment or keychain).
        const QString name = row->name();
        m_services.gateway->call(u"secrets.status"_s, {}, this,
                                 [this, name](const QJsonValue &payload, const std::optional<Ws::RpcError> &error) {
                                     SecretRow *target = m_rows.value(name);
                                     if (!target)
                                         return;
                                     if (error) {
                                         target->setState(SecretRow::State::Unknown, error->message());
                                         return;
                                     }
                                     const QJsonArray secrets = payload.toObject().value(u"secrets"_s).toArray();
                                     for (const QJsonValue &value : secrets) {
                                         const QJsonObject entry = value.toObject();
                                         if (entry.value(u"name"_s).toString() != name)
                                             continue;
                                         const QString source = entry.value(u"source"_s).toString();
                                         applyStatus(target, source.isEmpty()
                                                                 ? Security::SecretResult::failure(
                                                                       Security::SecretResult::Status::NotFound, {})
                                                                 : Security::SecretResult::ok({}, source));
                                         return;
                                     }
                                     applyStatus(target, Security::SecretResult::failure(
                                                             Security::SecretResult::Status::NotFound, {}));
                                 });
        return;
    }
    const QString name = row->name();
    // The value is read only to learn whether it is set; it is dropped right here.
    m_services.secrets->read(name, this, [this, name](const Security::SecretResult &result) {
        if (SecretRow *target = m_rows.value(name))
            applyStatus(target, result);
    });
}

void SecretsPage::applyStatus(SecretRow *row, const Security::SecretResult &result)
{
    switch (result.status()) {
    case Security::SecretResult::Status::Ok:
        row->setState(SecretRow::State::Set, result.source());
        break;
    case Security::SecretResult::Status::NotFound:
        row->setState(SecretRow::State::NotSet);
        break;
    default:
        row->setState(SecretRow::State::Unknown, result.message());
        break;
    }
    if (row->name() == Security::SecretNames::EncryptionKey)
        row->setLocked(row->state() == SecretRow::State::Set
                           ? tr("Replacing or deleting this key would make data encrypted with it unreadable.")
                           : QString());
}

void SecretsPage::save(const QString &name, const QString &value)
{
    if (!m_services.secrets && !m_services.gateway)
        return;
    m_status->begin(tr("Saving %1…").arg(name));
    // Through the gateway (secrets.set): the keychain is written and the running gateway uses the
    // new value before the answer comes (docs/panel.md "Secrets").
    SecretWriter::store(m_services.gateway, m_services.secrets, name, value, this,
                        [this, name](const SecretWriter::Outcome &outcome) {
                            m_status->end();
                            if (!outcome.ok) {
                                m_status->showError(tr("%1 was not saved: %2").arg(name, outcome.error));
                                return;
                            }
                            if (SecretRow *row = m_rows.value(name)) {
                                row->clearInput();
                                row->hideRevealed();
                                readStatus(row);
                            }
                            if (outcome.shadowedByEnvironment)
                                m_status->showInfo(tr("%1 saved. The environment sets it too, and its value stays "
                                                      "in use until it is removed there.")
                                                       .arg(name));
                            else
                                m_status->showInfo(outcome.appliedLive ? tr("%1 saved and in use.").arg(name)
                                                                       : tr("%1 saved.").arg(name));
                            Q_EMIT secretChanged(name);
                        });
}

void SecretsPage::remove(const QString &name)
{
    if (!m_services.secrets && !m_services.gateway)
        return;
    const QString backend = m_services.secrets ? m_services.secrets->backendName() : tr("keychain");
    if (!m_prompter->confirm(this, tr("Delete secret"),
                             tr("Delete %1 from the %2? Whatever uses it stops working until it is set again.")
                                 .arg(name, backend),
                             tr("Delete")))
        return;
    m_status->begin(tr("Deleting %1…").arg(name));
    SecretWriter::remove(m_services.gateway, m_services.secrets, name, this,
                         [this, name](const SecretWriter::Outcome &outcome) {
                             m_status->end();
                             if (!outcome.ok) {
                                 m_status->showError(tr("%1 was not deleted: %2").arg(name, outcome.error));
                                 return;
                             }
                             if (SecretRow *row = m_rows.value(name))
                                 readStatus(row);
                             m_status->showInfo(outcome.shadowedByEnvironment
                                                    ? tr("%1 deleted from the keychain; the environment still sets it.")
                                                          .arg(name)
                                                    : tr("%1 deleted.").arg(name));
                             Q_EMIT secretChanged(name);
                         });
}

void SecretsPage::reveal(const QString &name)
{
    if (!m_services.secrets)
        return;
    m_services.secrets->read(name, this, [this, name](const Security::SecretResult &result) {
        SecretRow *row = m_rows.value(name);
        if (!row)
            return;
        // The user may have left the page while the keychain answered: reveal nothing then.
        if (!result.isOk() || !isActive() || !isVisible()) {
            row->hideRevealed();
            if (!result.isOk())
                applyStatus(row, result);
            return;
        }
        row->showRevealed(result.value());
    });
}

void SecretsPage::rotateOperatorToken()
{
    Security::OperatorToken *token = m_services.operatorToken;
    if (!token)
        return;
    if (!m_prompter->confirm(this, tr("Rotate operator token"),
                             tr("A new operator token replaces the current one at once. Every connected client, "
                                "script and WebSocket session must use the new token to connect again."),
                             tr("Rotate")))
        return;
    m_rotate->setEnabled(false);
    m_status->begin(tr("Rotating the operator token…"));
    token->rotate();
}

} // namespace Moltdesk::Ui
