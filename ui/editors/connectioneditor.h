#pragma once

#include "model/connection.h"
#include "net/httpresult.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace patchbay {
class HttpExchange;
class OAuth2SignIn;
} // namespace patchbay

namespace patchbay::ui {

class Document;
class KeyValueTable;
class SecretField;
class Services;

/// Edits one connection: name, base URL, auth with the fields its type needs, default headers,
/// rate limit, retries, timeout, TLS. Every change is applied when a field is left, as one
/// undoable step; secrets go to the keychain. "Test connection" sends a GET to the base URL.
class ConnectionEditor : public QWidget
{
    Q_OBJECT

public:
    ConnectionEditor(Document *doc, Services *services, QString connectionId, QWidget *parent = nullptr);
    ~ConnectionEditor() override;

    QString title() const;
    const QString &connectionId() const { return m_id; }
    void setEnvironment(const QString &environment) { m_environment = environment; }

    /// Applies what the fields show to the project (one undo step), if anything changed.
    void apply();
    void testConnection();
    void signIn();

    // for tests and screenshots
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QComboBox *authTypeCombo() const { return m_authType; }
    SecretField *tokenField() const { return m_token; }
    SecretField *secretFieldFor(AuthType type) const;
    QLabel *testResultLabel() const { return m_testResult; }
    QPushButton *testButton() const { return m_testButton; }

Q_SIGNALS:
    void titleChanged(const QString &title);
    void statusMessage(const QString &message);
    void testFinished(const patchbay::HttpResult &result);

private:
    void buildForm();
    // the form's sections, top to bottom
    QGroupBox *buildGeneral();
    QGroupBox *buildAuth();
    QWidget *buildApiKeyPage();
    QWidget *buildBearerPage();
    QWidget *buildBasicPage();
    QWidget *buildOAuthPage();
    QGroupBox *buildHeaders();
    QGroupBox *buildLimits();
    QGroupBox *buildTls();
    /// Every field applies when it is left or changed.
    void applyOnEdit();
    void load();
    Connection fromFields() const;
    const Connection *current() const;
    void updateAuthPage();
    void updateTlsWarning();

    Document *m_doc;
    Services *m_services;
    QString m_id;
    QString m_environment;
    bool m_loading = false;

    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QComboBox *m_authType;
    QStackedWidget *m_authPages;
    // api key
    QLineEdit *m_keyName;
    QComboBox *m_keyIn;
    SecretField *m_key;
    // bearer
    SecretField *m_token;
    // basic
    QLineEdit *m_username;
    SecretField *m_password;
    // oauth2
    QComboBox *m_grant;
    QLineEdit *m_tokenUrl;
    QLineEdit *m_authorizationUrl;
    QLineEdit *m_clientId;
    SecretField *m_clientSecret;
    QLineEdit *m_scope;
    QPushButton *m_signInButton;
    QLabel *m_signInStatus;
    QPointer<OAuth2SignIn> m_signIn;

    KeyValueTable *m_headers;
    QDoubleSpinBox *m_rate;
    QSpinBox *m_burst;
    QSpinBox *m_attempts;
    QSpinBox *m_baseDelay;
    QSpinBox *m_maxDelay;
    QSpinBox *m_timeout;
    QCheckBox *m_verifyTls;
    QLabel *m_tlsWarning;
    QLineEdit *m_caFile;

    QPushButton *m_testButton;
    QLabel *m_testResult;
    QPointer<HttpExchange> m_test;
};

} // namespace patchbay::ui
