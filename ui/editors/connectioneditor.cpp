#include "connectioneditor.h"

#include "net/httpclient.h"
#include "net/oauth2signin.h"
#include "net/requestbuilder.h"
#include "secrets/secretstore.h"
#include "ui/commands/edititemcommand.h"
#include "ui/document.h"
#include "ui/sendhelper.h"
#include "ui/services.h"
#include "ui/widgets/keyvaluetable.h"
#include "ui/widgets/secretfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace patchbay::ui {

ConnectionEditor::ConnectionEditor(Document *doc, Services *services, QString connectionId, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_services(services), m_id(std::move(connectionId))
{
    setObjectName(QStringLiteral("ConnectionEditor"));
    buildForm();
    load();
    connect(m_doc, &Document::changed, this, [this](Document::Part part) {
        if (part != Document::Part::Connections && part != Document::Part::Project)
            return;
        if (!current()) {
            deleteLater(); // the connection was removed (or its adding undone)
            return;
        }
        load();
    });
}

ConnectionEditor::~ConnectionEditor()
{
    if (m_test)
        m_test->cancel();
}

const Connection *ConnectionEditor::current() const { return m_doc->project().connection(m_id); }

QString ConnectionEditor::title() const
{
    const Connection *c = current();
    return c ? c->name : m_id;
}

SecretField *ConnectionEditor::secretFieldFor(AuthType type) const
{
    switch (type) {
    case AuthType::ApiKey: return m_key;
    case AuthType::Bearer: return m_token;
    case AuthType::Basic: return m_password;
    case AuthType::OAuth2: return m_clientSecret;
    case AuthType::None: break;
    }
    return nullptr;
}

void ConnectionEditor::buildForm()
{
    auto *content = new QWidget;
    auto *outer = new QVBoxLayout(content);
    auto *intro = new QLabel(tr("A connection is one web API: where it is and how Patchbay signs in to it. "
                                "Endpoints and integrations use it. Changes apply when you leave a field; "
                                "secrets go to the system keychain, never into the project file."));
    intro->setWordWrap(true);
    outer->addWidget(intro);
    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test connection"));
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_testButton->setToolTip(tr("Sends a GET request to the base URL with this connection's credentials"));
    m_testResult = new QLabel;
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);
    outer->addLayout(testRow);

    outer->addWidget(buildGeneral());
    outer->addWidget(buildAuth());
    outer->addWidget(buildHeaders());
    outer->addWidget(buildLimits());
    outer->addWidget(buildTls());
    outer->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    applyOnEdit();
}

QGroupBox *ConnectionEditor::buildGeneral()
{
    auto *general = new QGroupBox(tr("Connection"));
    auto *form = new QFormLayout(general);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    form->addRow(tr("&Name:"), m_name);
    m_baseUrl = new QLineEdit;
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.example.com/v1"));
    m_baseUrl->setToolTip(tr("The address every endpoint's path is added to. May use {{variables}} from the environment."));
    form->addRow(tr("&Base URL:"), m_baseUrl);

    return general;
}

QGroupBox *ConnectionEditor::buildAuth()
{
    auto *auth = new QGroupBox(tr("Authentication"));
    auto *authLayout = new QFormLayout(auth);
    m_authType = new QComboBox;
    m_authType->setObjectName(QStringLiteral("authType"));
    m_authType->addItem(tr("None"), int(AuthType::None));
    m_authType->addItem(tr("API key"), int(AuthType::ApiKey));
    m_authType->addItem(tr("Bearer token"), int(AuthType::Bearer));
    m_authType->addItem(tr("Basic (user name and password)"), int(AuthType::Basic));
    m_authType->addItem(tr("OAuth 2.0"), int(AuthType::OAuth2));
    authLayout->addRow(tr("&Type:"), m_authType);
    m_authPages = new QStackedWidget;
    authLayout->addRow(m_authPages);

    m_authPages->addWidget(new QLabel(tr("Requests are sent without credentials.")));

    m_authPages->addWidget(buildApiKeyPage());
    m_authPages->addWidget(buildBearerPage());
    m_authPages->addWidget(buildBasicPage());
    m_authPages->addWidget(buildOAuthPage());
    return auth;
}

QWidget *ConnectionEditor::buildApiKeyPage()
{
    auto *keyPage = new QWidget;
    auto *keyForm = new QFormLayout(keyPage);
    keyForm->setContentsMargins(0, 0, 0, 0);
    m_keyName = new QLineEdit;
    keyForm->addRow(tr("Parameter name:"), m_keyName);
    m_keyIn = new QComboBox;
    m_keyIn->addItem(tr("Header"), int(ApiKeyLocation::Header));
    m_keyIn->addItem(tr("Query parameter"), int(ApiKeyLocation::Query));
    keyForm->addRow(tr("Sent as:"), m_keyIn);
    m_key = new SecretField(m_services);
    keyForm->addRow(tr("API key (secret):"), m_key);

    return keyPage;
}

QWidget *ConnectionEditor::buildBearerPage()
{
    auto *bearerPage = new QWidget;
    auto *bearerForm = new QFormLayout(bearerPage);
    bearerForm->setContentsMargins(0, 0, 0, 0);
    m_token = new SecretField(m_services);
    m_token->setObjectName(QStringLiteral("token"));
    bearerForm->addRow(tr("Token (secret):"), m_token);

    return bearerPage;
}

QWidget *ConnectionEditor::buildBasicPage()
{
    auto *basicPage = new QWidget;
    auto *basicForm = new QFormLayout(basicPage);
    basicForm->setContentsMargins(0, 0, 0, 0);
    m_username = new QLineEdit;
    basicForm->addRow(tr("User name:"), m_username);
    m_password = new SecretField(m_services);
    basicForm->addRow(tr("Password (secret):"), m_password);

    return basicPage;
}

QWidget *ConnectionEditor::buildOAuthPage()
{
    auto *oauthPage = new QWidget;
    auto *oauthForm = new QFormLayout(oauthPage);
    oauthForm->setContentsMargins(0, 0, 0, 0);
    m_grant = new QComboBox;
    m_grant->addItem(tr("Client credentials (server to server)"), int(OAuth2Grant::ClientCredentials));
    m_grant->addItem(tr("Authorization code with PKCE (sign in in the browser)"), int(OAuth2Grant::AuthorizationCode));
    oauthForm->addRow(tr("Grant:"), m_grant);
    m_tokenUrl = new QLineEdit;
    oauthForm->addRow(tr("Token URL:"), m_tokenUrl);
    m_authorizationUrl = new QLineEdit;
    oauthForm->addRow(tr("Authorization URL:"), m_authorizationUrl);
    m_clientId = new QLineEdit;
    oauthForm->addRow(tr("Client ID:"), m_clientId);
    m_clientSecret = new SecretField(m_services);
    oauthForm->addRow(tr("Client secret (secret):"), m_clientSecret);
    m_scope = new QLineEdit;
    oauthForm->addRow(tr("Scope:"), m_scope);
    auto *signInRow = new QHBoxLayout;
    m_signInButton = new QPushButton(tr("Sign in…"));
    m_signInButton->setToolTip(tr("Opens the API's sign-in page in your browser; the refresh token is kept in the system keychain."));
    m_signInStatus = new QLabel;
    m_signInStatus->setWordWrap(true);
    signInRow->addWidget(m_signInButton);
    signInRow->addWidget(m_signInStatus, 1);
    oauthForm->addRow(signInRow);
    return oauthPage;
}

QGroupBox *ConnectionEditor::buildHeaders()
{
    auto *headersBox = new QGroupBox(tr("Default headers"));
    auto *headersLayout = new QVBoxLayout(headersBox);
    m_headers = new KeyValueTable(tr("Header"), tr("Value"));
    m_headers->setMinimumHeight(90);
    m_headers->setMaximumHeight(150);
    headersLayout->addWidget(m_headers);

    return headersBox;
}

QGroupBox *ConnectionEditor::buildLimits()
{
    auto *limits = new QGroupBox(tr("Rate limit, retries and timeout"));
    auto *limitsForm = new QFormLayout(limits);
    m_rate = new QDoubleSpinBox;
    m_rate->setRange(0, 10000);
    m_rate->setDecimals(2);
    m_rate->setSpecialValueText(tr("no limit"));
    m_rate->setSuffix(tr(" requests/s"));
    m_burst = new QSpinBox;
    m_burst->setRange(1, 10000);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rate);
    rateRow->addWidget(new QLabel(tr("burst:")));
    rateRow->addWidget(m_burst);
    rateRow->addStretch();
    limitsForm->addRow(tr("Rate limit:"), rateRow);
    m_attempts = new QSpinBox;
    m_attempts->setRange(1, 20);
    m_attempts->setToolTip(tr("Tries in all, the first included; 1 means no retries."));
    m_baseDelay = new QSpinBox;
    m_baseDelay->setRange(10, 600000);
    m_baseDelay->setSuffix(tr(" ms"));
    m_maxDelay = new QSpinBox;
    m_maxDelay->setRange(10, 3600000);
    m_maxDelay->setSuffix(tr(" ms"));
    auto *retryRow = new QHBoxLayout;
    retryRow->addWidget(m_attempts);
    retryRow->addWidget(new QLabel(tr("tries, waiting from")));
    retryRow->addWidget(m_baseDelay);
    retryRow->addWidget(new QLabel(tr("up to")));
    retryRow->addWidget(m_maxDelay);
    retryRow->addStretch();
    limitsForm->addRow(tr("Retries:"), retryRow);
    m_timeout = new QSpinBox;
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    auto *timeoutRow = new QHBoxLayout;
    timeoutRow->addWidget(m_timeout);
    timeoutRow->addStretch();
    limitsForm->addRow(tr("Timeout:"), timeoutRow);

    return limits;
}

QGroupBox *ConnectionEditor::buildTls()
{
    auto *tls = new QGroupBox(tr("Security (TLS)"));
    auto *tlsForm = new QFormLayout(tls);
    m_verifyTls = new QCheckBox(tr("Verify the server's certificate"));
    tlsForm->addRow(m_verifyTls);
    m_tlsWarning = new QLabel(tr("⚠ Certificate checks are off: anyone on the network could read or change "
                                 "this connection's data and credentials. Turn this on unless you are testing."));
    m_tlsWarning->setWordWrap(true);
    m_tlsWarning->setStyleSheet(QStringLiteral("color: #b9770e;"));
    tlsForm->addRow(m_tlsWarning);
    m_caFile = new QLineEdit;
    m_caFile->setPlaceholderText(tr("the system's certificates"));
    auto *browse = new QPushButton(tr("Browse…"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    tlsForm->addRow(tr("Extra CA file (PEM):"), caRow);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("CA certificates"), m_caFile->text(),
                                                       tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!f.isEmpty()) {
            m_caFile->setText(f);
            apply();
        }
    });
    return tls;
}

void ConnectionEditor::applyOnEdit()
{
    // every field applies when it is left or changed
    for (QLineEdit *e : {m_name, m_baseUrl, m_keyName, m_username, m_tokenUrl, m_authorizationUrl, m_clientId, m_scope, m_caFile})
        connect(e, &QLineEdit::editingFinished, this, &ConnectionEditor::apply);
    for (QComboBox *c : {m_authType, m_keyIn, m_grant})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            updateAuthPage();
            apply();
        });
    for (QSpinBox *s : {m_burst, m_attempts, m_baseDelay, m_maxDelay, m_timeout})
        connect(s, &QSpinBox::editingFinished, this, &ConnectionEditor::apply);
    connect(m_rate, &QDoubleSpinBox::editingFinished, this, &ConnectionEditor::apply);
    connect(m_verifyTls, &QCheckBox::toggled, this, [this] {
        updateTlsWarning();
        apply();
    });
    connect(m_headers, &KeyValueTable::edited, this, &ConnectionEditor::apply);
    for (SecretField *f : {m_key, m_token, m_password, m_clientSecret}) {
        connect(f, &SecretField::refChanged, this, &ConnectionEditor::apply);
        connect(f, &SecretField::saved, this, [this](bool ok, const QString &message) {
            Q_EMIT statusMessage(ok ? tr("The secret is saved in the system keychain") : message);
        });
    }
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionEditor::testConnection);
    connect(m_signInButton, &QPushButton::clicked, this, &ConnectionEditor::signIn);
}

void ConnectionEditor::load()
{
    const Connection *c = current();
    if (!c)
        return;
    m_loading = true;
    const QString projectId = m_doc->project().id;
    auto set = [](QLineEdit *e, const QString &v) {
        if (e->text() != v)
            e->setText(v);
    };
    set(m_name, c->name);
    set(m_baseUrl, c->baseUrl);
    m_authType->setCurrentIndex(m_authType->findData(int(c->auth.type)));
    set(m_keyName, c->auth.keyName);
    m_keyIn->setCurrentIndex(m_keyIn->findData(int(c->auth.keyIn)));
    set(m_username, c->auth.username);
    m_grant->setCurrentIndex(m_grant->findData(int(c->auth.grant)));
    set(m_tokenUrl, c->auth.tokenUrl);
    set(m_authorizationUrl, c->auth.authorizationUrl);
    set(m_clientId, c->auth.clientId);
    set(m_scope, c->auth.scope);
    auto secret = [&](SecretField *f, const SecretRef &ref, const char *field) {
        if (f->ref() != ref || f->edit()->text().isEmpty())
            f->setKey(SecretKeys::connectionField(projectId, c->id, QString::fromLatin1(field)), ref);
    };
    secret(m_key, c->auth.key, "key");
    secret(m_token, c->auth.token, "token");
    secret(m_password, c->auth.password, "password");
    secret(m_clientSecret, c->auth.clientSecret, "clientSecret");
    if (m_headers->values() != c->headers)
        m_headers->setValues(c->headers);
    m_rate->setValue(c->rateLimit.requestsPerSecond);
    m_burst->setValue(c->rateLimit.burst);
    m_attempts->setValue(c->retry.attempts);
    m_baseDelay->setValue(c->retry.baseDelayMs);
    m_maxDelay->setValue(c->retry.maxDelayMs);
    m_timeout->setValue(std::max(1, c->timeoutMs / 1000));
    m_verifyTls->setChecked(c->tls.verify);
    set(m_caFile, c->tls.caFile);
    updateAuthPage();
    updateTlsWarning();
    m_loading = false;
    Q_EMIT titleChanged(title());
}

Connection ConnectionEditor::fromFields() const
{
    Connection c = *current();
    c.name = m_name->text().trimmed();
    c.baseUrl = m_baseUrl->text().trimmed();
    c.auth.type = AuthType(m_authType->currentData().toInt());
    c.auth.keyName = m_keyName->text().trimmed();
    c.auth.keyIn = ApiKeyLocation(m_keyIn->currentData().toInt());
    c.auth.key = m_key->ref();
    c.auth.token = m_token->ref();
    c.auth.username = m_username->text();
    c.auth.password = m_password->ref();
    c.auth.grant = OAuth2Grant(m_grant->currentData().toInt());
    c.auth.tokenUrl = m_tokenUrl->text().trimmed();
    c.auth.authorizationUrl = m_authorizationUrl->text().trimmed();
    c.auth.clientId = m_clientId->text().trimmed();
    c.auth.clientSecret = m_clientSecret->ref();
    c.auth.scope = m_scope->text().trimmed();
    c.headers = m_headers->values();
    c.rateLimit.requestsPerSecond = m_rate->value();
    c.rateLimit.burst = m_burst->value();
    c.retry.attempts = m_attempts->value();
    c.retry.baseDelayMs = m_baseDelay->value();
    c.retry.maxDelayMs = m_maxDelay->value();
    // keep sub-second timeouts from the file unless the field was changed
    if (m_timeout->value() != std::max(1, c.timeoutMs / 1000))
        c.timeoutMs = m_timeout->value() * 1000;
    c.tls.verify = m_verifyTls->isChecked();
    c.tls.caFile = m_caFile->text().trimmed();
    return c;
}

void ConnectionEditor::apply()
{
    if (m_loading || !current())
        return;
    const Connection after = fromFields();
    if (after == *current())
        return;
    m_doc->undoStack()->push(new EditConnectionCommand(m_doc, m_id, after));
}

void ConnectionEditor::updateAuthPage()
{
    const auto type = AuthType(m_authType->currentData().toInt());
    m_authPages->setCurrentIndex(m_authType->currentIndex());
    // the stack is as tall as its current page, not its tallest one
    for (int i = 0; i < m_authPages->count(); ++i)
        m_authPages->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                              i == m_authPages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_authPages->adjustSize();
    const bool code = type == AuthType::OAuth2 && OAuth2Grant(m_grant->currentData().toInt()) == OAuth2Grant::AuthorizationCode;
    m_authorizationUrl->setEnabled(code);
    m_signInButton->setVisible(code);
    m_signInStatus->setVisible(code);
}

void ConnectionEditor::updateTlsWarning() { m_tlsWarning->setVisible(!m_verifyTls->isChecked()); }

void ConnectionEditor::testConnection()
{
    apply();
    if (m_test) {
        m_test->cancel();
        return;
    }
    const Connection *c = current();
    if (!c)
        return;
    m_testButton->setText(tr("Cancel test"));
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Sending GET %1 …").arg(c->baseUrl));
    prepareRequest(
        m_services, m_doc->project(), m_environment, m_id, {},
        [](const RequestBuilder &b, const Connection *conn) {
            return b.buildAdHoc(conn, QStringLiteral("GET"), QString(), {}, {}, QString());
        },
        this, [this](Result<PreparedRequest> request) {
            auto show = [this](const HttpResult &r) {
                m_test = nullptr; // it deletes itself later
                m_testButton->setText(tr("&Test connection"));
                const bool reached = r.error == NetError::None || r.error == NetError::Http;
                QString text;
                if (r.ok())
                    text = tr("✓ %1 in %2 ms: the API answers and accepts the credentials.").arg(outcomeTitle(r)).arg(r.durationMs);
                else if (r.status == 401 || r.status == 403)
                    text = tr("✗ %1: the API answers but refuses the credentials. Check the %2.")
                               .arg(outcomeTitle(r), AuthType(m_authType->currentData().toInt()) == AuthType::None
                                                         ? tr("authentication type")
                                                         : tr("secret"));
                else if (reached)
                    text = tr("The API answers (%1 in %2 ms). The base URL itself need not be a valid request; "
                              "try an endpoint in a request console.")
                               .arg(outcomeTitle(r))
                               .arg(r.durationMs);
                else
                    text = tr("✗ %1: %2").arg(outcomeTitle(r), r.errorMessage);
                m_testResult->setStyleSheet(r.ok() ? QStringLiteral("color: #1e8449;")
                                                   : reached && r.status != 401 && r.status != 403
                                                         ? QString()
                                                         : QStringLiteral("color: #c0392b;"));
                m_testResult->setText(text);
                Q_EMIT testFinished(r);
            };
            if (!request) {
                HttpResult failed;
                failed.error = NetError::Auth;
                failed.errorMessage = request.error().message;
                show(failed);
                return;
            }
            m_test = m_services->http()->send(std::move(*request));
            connect(m_test, &HttpExchange::finished, this, show);
        });
}

void ConnectionEditor::signIn()
{
    apply();
    if (m_signIn) {
        m_signIn->cancel();
        return;
    }
    const Connection *c = current();
    if (!c)
        return;
    m_signInStatus->setText(tr("Preparing…"));
    const QString name = c->name;
    prepareRequest(
        m_services, m_doc->project(), m_environment, m_id, {},
        [](const RequestBuilder &b, const Connection *conn) {
            return b.buildAdHoc(conn, QStringLiteral("GET"), QString(), {}, {}, QString());
        },
        this, [this, name](Result<PreparedRequest> probe) {
            if (!probe) {
                m_signInStatus->setText(probe.error().message);
                return;
            }
            const QString refreshKey = probe->auth.refreshTokenKey;
            m_signIn = new OAuth2SignIn(probe->auth, name, this);
            m_signInButton->setText(tr("Cancel sign-in"));
            connect(m_signIn, &OAuth2SignIn::openBrowser, this, [this](const QUrl &url) {
                m_signInStatus->setText(tr("Waiting for you to sign in in the browser…"));
                QDesktopServices::openUrl(url);
            });
            auto finish = [this](const QString &text) {
                m_signInStatus->setText(text);
                m_signInButton->setText(tr("Sign in…"));
                if (m_signIn)
                    m_signIn->deleteLater();
            };
            connect(m_signIn, &OAuth2SignIn::failed, this, finish);
            connect(m_signIn, &OAuth2SignIn::succeeded, this,
                    [this, finish, refreshKey, key = probe->connectionKey](const QString &access, qint64 expires,
                                                                            const QString &refresh) {
                        m_services->http()->setAccessToken(key, access, expires, refresh);
                        if (refresh.isEmpty()) {
                            finish(tr("Signed in for this session; the server gave no refresh token, so you "
                                      "will sign in again next time."));
                            return;
                        }
                        m_services->secrets()->write(refreshKey, refresh, this, [finish](Result<void> r) {
                            finish(r ? tr("✓ Signed in; the refresh token is in the system keychain.")
                                     : r.error().message);
                        });
                    });
            m_signIn->start();
        });
}

} // namespace patchbay::ui
