#pragma once

#include "model/connection.h"
#include "model/endpoint.h"
#include "net/httpresult.h"
#include "net/requesthistory.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace patchbay {
class HttpExchange;
struct CurlCommand;
} // namespace patchbay

namespace patchbay::ui {

class Document;
class KeyValueTable;
class ResponseView;
class Services;
class TemplateLineEdit;

/// Try one request, as in Postman: a connection (which signs it), method, URL with
/// `{{variables}}`, query parameters, headers and a body checked as JSON while typing; Send in the
/// background with Cancel; the response below. Opened for an endpoint it starts from that
/// endpoint and "Save endpoint" writes back to it; "Save as endpoint" adds a new one.
class RequestConsole : public QWidget
{
    Q_OBJECT

public:
    RequestConsole(Document *doc, Services *services, QString endpointId, QWidget *parent = nullptr);
    ~RequestConsole() override;

    QString title() const;
    void setEnvironment(const QString &environment);

    void send();
    void cancel();
    bool isSending() const;
    /// Fills the request from a `curl …` command; a token or password in it goes to the keychain
    /// through the chosen connection, or is kept (masked) as a header if there is none.
    bool applyCurl(const QString &command);
    /// Copies the request as a cURL command (secrets masked) to the clipboard and returns it.
    void copyAsCurl();
    /// Adds an endpoint from this request (one undo step) and makes this console its editor.
    QString saveAsEndpoint(const QString &name);
    void loadHistoryEntry(const RequestHistoryEntry &entry);
    /// Learns the endpoint's records from the last response (records path, schema, samples),
    /// as one undo step. False if there is no endpoint or no JSON response.
    bool useResponseAsSample();

    // for tests and screenshots
    QComboBox *connectionCombo() const { return m_connection; }
    QComboBox *methodCombo() const { return m_method; }
    TemplateLineEdit *urlEdit() const { return m_url; }
    KeyValueTable *queryTable() const { return m_query; }
    KeyValueTable *headersTable() const { return m_headers; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLabel *bodyStatus() const { return m_bodyStatus; }
    QPushButton *sendButton() const { return m_send; }
    ResponseView *response() const { return m_response; }
    const QString &endpointId() const { return m_endpointId; }
    const HttpResult &lastResult() const { return m_lastResult; }

Q_SIGNALS:
    void titleChanged(const QString &title);
    void statusMessage(const QString &message);
    /// A request went out and its reply (or failure) is in; the history has a new entry.
    void sent(const patchbay::HttpResult &result);
    /// Copy as cURL finished (the text is on the clipboard).
    void curlCopied(const QString &command);

private:
    void loadEndpoint();
    void reloadConnections();
    void checkBody();
    void setBusy(bool busy);
    void updateLookup();
    QString connectionId() const;
    /// `e` with the request as the fields show it (connection, method, path, query, headers, body).
    Endpoint withFields(Endpoint e) const;
    QString resolvedBaseUrl(const Connection &c) const;
    QStringList templates() const;

    Document *m_doc;
    Services *m_services;
    QString m_endpointId;
    QString m_environment;

    QComboBox *m_connection;
    QComboBox *m_method;
    TemplateLineEdit *m_url;
    QPushButton *m_send;
    QProgressBar *m_busy;
    QTabWidget *m_requestTabs;
    KeyValueTable *m_query;
    KeyValueTable *m_headers;
    QPlainTextEdit *m_body;
    QLabel *m_bodyStatus;
    QPushButton *m_save;
    QPushButton *m_useSample = nullptr;
    ResponseView *m_response;
    QPointer<HttpExchange> m_exchange;
    bool m_preparing = false;
    HttpResult m_lastResult;
};

} // namespace patchbay::ui
