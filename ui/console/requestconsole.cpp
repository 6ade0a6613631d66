#include "requestconsole.h"

#include "importers/curlcommand.h"
#include "importers/schemainference.h"
#include "util/fastjson.h"
#include "project/projectvalidator.h"
#include "net/curl.h"
#include "net/httpclient.h"
#include "net/variablescope.h"
#include "responseview.h"
#include "secrets/secretstore.h"
#include "ui/commands/addremoveitemcommand.h"
#include "ui/commands/edititemcommand.h"
#include "ui/document.h"
#include "ui/sendhelper.h"
#include "ui/services.h"
#include "ui/widgets/keyvaluetable.h"
#include "ui/widgets/templatelineedit.h"
#include "util/jsonparse.h"
#include "util/templatevars.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace patchbay::ui {

RequestConsole::RequestConsole(Document *doc, Services *services, QString endpointId, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_services(services), m_endpointId(std::move(endpointId)),
      m_connection(new QComboBox(this)), m_method(new QComboBox(this)), m_url(new TemplateLineEdit(this)),
      m_send(new QPushButton(tr("Send"), this)), m_busy(new QProgressBar(this)), m_requestTabs(new QTabWidget(this)),
      m_query(new KeyValueTable(tr("Parameter"), tr("Value"), this)),
      m_headers(new KeyValueTable(tr("Header"), tr("Value"), this)), m_body(new QPlainTextEdit(this)),
      m_bodyStatus(new QLabel(this)), m_save(new QPushButton(this)), m_response(new ResponseView(this))
{
    setObjectName(QStringLiteral("RequestConsole"));
    m_connection->setObjectName(QStringLiteral("connection"));
    m_connection->setToolTip(tr("The connection whose base URL, credentials and limits the request uses"));
    m_connection->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_method->setObjectName(QStringLiteral("method"));
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
                        QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")});
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(tr("/path, or a full URL — paste a curl command here to fill everything"));
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setDefault(true);
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_send->setToolTip(tr("Send the request (Ctrl+Enter)"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setTextVisible(false);
    m_busy->hide();

    auto *line = new QHBoxLayout;
    line->addWidget(m_connection);
    line->addWidget(m_method);
    line->addWidget(m_url, 1);
    line->addWidget(m_busy);
    line->addWidget(m_send);

    m_body->setObjectName(QStringLiteral("body"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setPlaceholderText(tr("The request body, usually JSON. {{variables}} are filled in when sending."));
    m_bodyStatus->setObjectName(QStringLiteral("bodyStatus"));
    auto *bodyPage = new QWidget;
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_body, 1);
    bodyLayout->addWidget(m_bodyStatus);
    m_requestTabs->addTab(m_query, tr("Query parameters"));
    m_requestTabs->addTab(m_headers, tr("Headers"));
    m_requestTabs->addTab(bodyPage, tr("Body"));

    auto *copyCurl = new QPushButton(tr("Copy as cURL"), this);
    copyCurl->setToolTip(tr("Copies the request as a curl command; secrets are masked as ••••"));
    auto *saveAs = new QPushButton(tr("Save as Endpoint…"), this);
    saveAs->setToolTip(tr("Keep this request in the project, to use in integrations"));
    m_save->setText(tr("Save Endpoint"));
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(copyCurl);
    actions->addWidget(saveAs);
    actions->addWidget(m_save);
    m_useSample = new QPushButton(tr("Use Response as Sample"), this);
    m_useSample->setObjectName(QStringLiteral("useSample"));
    m_useSample->setToolTip(tr("Learn the endpoint's records from this response: where the list is, the fields and "
                               "their types, and keep a few records as samples for the mapping preview"));
    m_useSample->setEnabled(false);
    actions->insertWidget(1, m_useSample);
    connect(m_useSample, &QPushButton::clicked, this, &RequestConsole::useResponseAsSample);

    auto *requestPane = new QWidget;
    auto *requestLayout = new QVBoxLayout(requestPane);
    requestLayout->addLayout(line);
    requestLayout->addWidget(m_requestTabs, 1);
    requestLayout->addLayout(actions);
    auto *responsePane = new QWidget;
    auto *responseLayout = new QVBoxLayout(responsePane);
    responseLayout->addWidget(m_response);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(requestPane);
    split->addWidget(responsePane);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_send, &QPushButton::clicked, this, [this] { isSending() ? cancel() : send(); });
    connect(m_url, &QLineEdit::returnPressed, this, &RequestConsole::send);
    connect(m_url, &TemplateLineEdit::curlPasted, this, &RequestConsole::applyCurl);
    connect(m_body, &QPlainTextEdit::textChanged, this, &RequestConsole::checkBody);
    connect(copyCurl, &QPushButton::clicked, this, &RequestConsole::copyAsCurl);
    connect(saveAs, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save as endpoint"), tr("Name of the endpoint:"),
                                                   QLineEdit::Normal, title(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveAsEndpoint(name.trimmed());
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const qsizetype index = Project::indexOf(m_doc->project().endpoints, m_endpointId);
        if (index < 0)
            return;
        const Endpoint &before = m_doc->project().endpoints[index];
        const Endpoint e = withFields(before);
        if (!(e == before))
            m_doc->undoStack()->push(new EditEndpointCommand(m_doc, m_endpointId, e));
        Q_EMIT statusMessage(tr("Saved the request to the endpoint “%1”").arg(e.name));
    });
    connect(m_connection, &QComboBox::currentIndexChanged, this, &RequestConsole::updateLookup);
    connect(m_doc, &Document::changed, this, [this](Document::Part part) {
        if (part == Document::Part::Connections || part == Document::Part::Project)
            reloadConnections();
        if (part == Document::Part::Endpoints && !m_endpointId.isEmpty() && !m_doc->project().endpoint(m_endpointId)) {
            m_endpointId.clear(); // the endpoint is gone: keep the request, as an unsaved one
            m_save->setEnabled(false);
            Q_EMIT titleChanged(title());
        }
        updateLookup();
    });

    reloadConnections();
    loadEndpoint();
    checkBody();
}

RequestConsole::~RequestConsole()
{
    if (m_exchange)
        m_exchange->cancel();
}

QString RequestConsole::title() const
{
    if (const Endpoint *e = m_doc->project().endpoint(m_endpointId))
        return e->name;
    return tr("New request");
}

void RequestConsole::setEnvironment(const QString &environment)
{
    m_environment = environment;
    updateLookup();
}

QString RequestConsole::connectionId() const { return m_connection->currentData().toString(); }

void RequestConsole::reloadConnections()
{
    const QString current = connectionId();
    const QSignalBlocker block(m_connection);
    m_connection->clear();
    m_connection->addItem(tr("No connection"), QString());
    for (const Connection &c : m_doc->project().connections)
        m_connection->addItem(c.name, c.id);
    const int i = m_connection->findData(current);
    m_connection->setCurrentIndex(i >= 0 ? i : (m_connection->count() > 1 ? 1 : 0));
}

void RequestConsole::loadEndpoint()
{
    const Endpoint *e = m_doc->project().endpoint(m_endpointId);
    m_save->setEnabled(e != nullptr);
    m_save->setVisible(e != nullptr);
    if (!e)
        return;
    m_connection->setCurrentIndex(std::max(0, m_connection->findData(e->connection)));
    m_method->setCurrentText(e->method);
    m_url->setText(e->path);
    m_query->setValues(e->query);
    m_headers->setValues(e->headers);
    m_body->setPlainText(e->body);
    updateLookup();
}

void RequestConsole::updateLookup()
{
    auto project = std::make_shared<Project>(m_doc->project());
    const QString env = m_environment;
    m_url->setLookup([project, env](const QString &name) {
        TemplateLineEdit::Lookup l;
        const VariableScope scope(*project, env, {});
        const VariableScope::Value v = scope.find(name);
        l.known = v.found || name.startsWith(QLatin1String("record."));
        if (v.found)
            l.description = v.secret ? tr("{{%1}}: a secret, from the system keychain").arg(name)
                                     : tr("{{%1}} = %2").arg(name, v.value);
        return l;
    });
}

QStringList RequestConsole::templates() const
{
    QStringList t{m_url->text(), m_body->toPlainText()};
    for (const KeyValue &kv : m_query->values() + m_headers->values())
        t << kv.value;
    return t;
}

void RequestConsole::checkBody()
{
    const QString text = m_body->toPlainText();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        m_bodyStatus->setText(tr("No body"));
        m_bodyStatus->setStyleSheet(QString());
        return;
    }
    if (!trimmed.startsWith(u'{') && !trimmed.startsWith(u'[')) {
        m_bodyStatus->setText(tr("Plain text (not JSON)"));
        m_bodyStatus->setStyleSheet(QString());
        return;
    }
    // {{variables}} in a JSON body are text until sent: check with placeholders in their place
    QString probe = text;
    static const QRegularExpression var(QStringLiteral("\\{\\{[^{}]*\\}\\}"));
    probe.replace(var, QStringLiteral("0"));
    Problems problems;
    if (parseJsonDocument(probe.toUtf8(), &problems) && problems.isEmpty()) {
        m_bodyStatus->setText(tr("✓ Valid JSON"));
        m_bodyStatus->setStyleSheet(QStringLiteral("color: #1e8449;"));
    } else {
        const Problem p = problems.value(0);
        m_bodyStatus->setText(tr("✗ Not valid JSON: %1: %2").arg(p.path, p.message));
        m_bodyStatus->setStyleSheet(QStringLiteral("color: #c0392b;"));
    }
}

bool RequestConsole::isSending() const { return m_preparing || m_exchange; }

void RequestConsole::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_send->setText(busy ? tr("Cancel") : tr("Send"));
    m_send->setToolTip(busy ? tr("Stop waiting for this request") : tr("Send the request (Ctrl+Enter)"));
}

void RequestConsole::send()
{
    if (isSending())
        return;
    const QString method = m_method->currentText();
    const QString url = m_url->text().trimmed();
    const KeyValues query = m_query->values();
    const KeyValues headers = m_headers->values();
    const QString body = m_body->toPlainText();
    m_preparing = true;
    setBusy(true);
    m_response->showSending(tr("%1 %2 …").arg(method, url));
    const QString projectId = m_doc->project().id;
    const QString endpointId = m_endpointId;
    prepareRequest(
        m_services, m_doc->project(), m_environment, connectionId(), templates(),
        [=](const RequestBuilder &b, const Connection *c) {
            Result<PreparedRequest> r = b.buildAdHoc(c, method, url, query, headers, body);
            if (r)
                r->endpointId = endpointId;
            return r;
        },
        this, [this, projectId](Result<PreparedRequest> request) {
            m_preparing = false;
            if (!request) {
                setBusy(false);
                m_response->showNotSent(request.error().message);
                m_lastResult = HttpResult{};
                m_lastResult.error = NetError::Auth;
                m_lastResult.errorMessage = request.error().message;
                Q_EMIT sent(m_lastResult);
                return;
            }
            const PreparedRequest sentRequest = *request;
            m_exchange = m_services->http()->send(std::move(*request));
            connect(m_exchange, &HttpExchange::progress, this,
                    [this](const QString &status) { m_response->showSending(status); });
            connect(m_exchange, &HttpExchange::finished, this, [this, sentRequest, projectId](const HttpResult &reply) {
                m_exchange = nullptr; // it deletes itself later
                setBusy(false);
                // Shown (and kept as a sample) with every secret masked, an access token echoed
                // by the server included.
                const Redactor redactor = sentRequest.redactor.withSecrets(reply.secretsUsed);
                HttpResult r = reply;
                r.body = redactor.redact(reply.body);
                r.headers = redactor.redactHeaders(reply.headers);
                m_lastResult = r;
                m_response->showResult(r);
                m_useSample->setEnabled(!m_endpointId.isEmpty() && r.ok() && !r.body.isEmpty());
                if (Store *store = m_services->store()) {
                    Result<qint64> saved = requestHistory::record(*store, requestHistory::entryFor(sentRequest, reply, projectId));
                    if (!saved)
                        Q_EMIT statusMessage(tr("The request is not in the history: %1").arg(saved.error().message));
                }
                Q_EMIT sent(r);
            });
        });
}

void RequestConsole::cancel()
{
    if (m_exchange)
        m_exchange->cancel();
}

QString RequestConsole::resolvedBaseUrl(const Connection &c) const
{
    // the base URL with its (non-secret) variables filled in, without a trailing slash
    const VariableScope scope(m_doc->project(), m_environment, {});
    QString base;
    qsizetype last = 0;
    for (auto p = nextPlaceholder(c.baseUrl, 0); p; p = nextPlaceholder(c.baseUrl, p->end)) {
        const VariableScope::Value v = scope.find(p->name.toString());
        if (!v.found || v.secret)
            return {};
        base += QStringView(c.baseUrl).mid(last, p->start - last);
        base += v.value;
        last = p->end;
    }
    base += QStringView(c.baseUrl).mid(last);
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}

bool RequestConsole::applyCurl(const QString &command)
{
    Result<CurlCommand> parsed = CurlCommand::parse(command);
    if (!parsed) {
        m_response->showNotSent(tr("The pasted curl command could not be read: %1").arg(parsed.error().message));
        return false;
    }
    const CurlCommand &c = *parsed;
    // the URL's query goes to the table, so that it can be edited there
    QUrl url(c.url);
    KeyValues query;
    for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        query.append({name, value});
    url.setQuery(QString());
    QString urlText = url.toString();
    // a URL under a connection's base becomes relative to it, so that the connection signs it
    const Connection *conn = m_doc->project().connection(connectionId());
    const Connection *match = nullptr;
    QString matchedBase;
    for (const Connection &candidate : m_doc->project().connections) {
        const QString base = resolvedBaseUrl(candidate);
        if (!base.isEmpty() && urlText.startsWith(base) && (&candidate == conn || !match)) {
            match = &candidate;
            matchedBase = base;
        }
    }
    if (match) {
        m_connection->setCurrentIndex(m_connection->findData(match->id));
        urlText = urlText.mid(matchedBase.size());
        if (urlText.isEmpty())
            urlText = QStringLiteral("/");
    } else {
        m_connection->setCurrentIndex(0);
    }
    m_method->setCurrentText(c.method);
    m_url->setText(urlText);
    m_query->setValues(query);
    KeyValues headers = c.headers;
    QString note;
    if (c.auth != CurlCommand::AuthKind::None) {
        if (match) {
            note = tr("The credentials in the command were left out: the connection “%1” signs the request.").arg(match->name);
        } else {
            // no connection to keep the secret: keep it as a header so that the request works;
            // it is masked in the history and in Copy as cURL
            const QString value = c.auth == CurlCommand::AuthKind::Bearer
                                      ? QStringLiteral("Bearer ") + c.secret
                                      : QStringLiteral("Basic ") + QString::fromLatin1((c.username + u':' + c.secret).toUtf8().toBase64());
            headers.append({QStringLiteral("Authorization"), value});
            note = tr("The command's credentials are in the Authorization header. To keep them in the keychain, "
                      "add a connection for this API.");
        }
    }
    m_headers->setValues(headers);
    m_body->setPlainText(c.body);
    m_requestTabs->setCurrentIndex(c.body.isEmpty() ? 0 : 2);
    if (c.insecure)
        note += u' ' + tr("The command turned certificate checks off (-k); Patchbay keeps them on.");
    Q_EMIT statusMessage(tr("Filled the request from the curl command.") + (note.isEmpty() ? QString() : u' ' + note));
    return true;
}

void RequestConsole::copyAsCurl()
{
    const QString method = m_method->currentText();
    const QString url = m_url->text().trimmed();
    const KeyValues query = m_query->values();
    const KeyValues headers = m_headers->values();
    const QString body = m_body->toPlainText();
    prepareRequest(
        m_services, m_doc->project(), m_environment, connectionId(), templates(),
        [=](const RequestBuilder &b, const Connection *c) { return b.buildAdHoc(c, method, url, query, headers, body); },
        this, [this](Result<PreparedRequest> request) {
            if (!request) {
                Q_EMIT statusMessage(tr("Cannot copy as cURL: %1").arg(request.error().message));
                return;
            }
            const QString command = toCurl(*request, false);
            QApplication::clipboard()->setText(command);
            Q_EMIT statusMessage(tr("Copied as cURL (secrets masked as ••••)"));
            Q_EMIT curlCopied(command);
        });
}

bool RequestConsole::useResponseAsSample()
{
    const qsizetype index = Project::indexOf(m_doc->project().endpoints, m_endpointId);
    if (index < 0 || !m_lastResult.ok())
        return false;
    QString error;
    const std::optional<Json> body = fastjson::parse(m_lastResult.body, &error);
    if (!body) {
        Q_EMIT statusMessage(tr("The response is not JSON, so it cannot be a sample: %1").arg(error));
        return false;
    }
    const SchemaInference::Sample sample = SchemaInference::fromBody(*body);
    Endpoint e = m_doc->project().endpoints[index];
    e.recordsPath = sample.recordsPath;
    e.recordSchema = sample.schema;
    Json samples = Json::array();
    for (std::size_t i = 0; i < sample.records.size() && i < 20; ++i)
        samples.push_back(sample.records[i]);
    e.samples = samples;
    m_doc->undoStack()->push(new EditEndpointCommand(m_doc, e.id, e, tr("Learn records of “%1”").arg(e.name)));
    const qsizetype fields = sample.schema.contains("properties") ? qsizetype(sample.schema["properties"].size()) : 0;
    Q_EMIT statusMessage(tr("“%1” now knows its records: %n field(s)", "", int(fields)).arg(e.name) +
                         (sample.recordsPath.isEmpty() ? QString() : tr(", found under “%1”").arg(sample.recordsPath)) +
                         tr("; %n sample(s) kept", "", int(samples.size())));
    return true;
}

Endpoint RequestConsole::withFields(Endpoint e) const
{
    e.connection = connectionId();
    e.method = m_method->currentText();
    e.path = m_url->text().trimmed();
    e.query = m_query->values();
    e.headers = m_headers->values();
    e.body = m_body->toPlainText();
    return e;
}

QString RequestConsole::saveAsEndpoint(const QString &name)
{
    Endpoint e;
    e.id = m_doc->uniqueId(Document::Part::Endpoints, name);
    e.name = name;
    e = withFields(e);
    m_doc->undoStack()->push(new AddEndpointCommand(m_doc, e));
    m_endpointId = e.id;
    m_save->setVisible(true);
    m_save->setEnabled(true);
    Q_EMIT titleChanged(title());
    Q_EMIT statusMessage(tr("Added the endpoint “%1”").arg(name));
    return e.id;
}

void RequestConsole::loadHistoryEntry(const RequestHistoryEntry &entry)
{
    if (const Endpoint *e = m_doc->project().endpoint(entry.endpointId))
        m_connection->setCurrentIndex(std::max(0, m_connection->findData(e->connection)));
    else
        m_connection->setCurrentIndex(0);
    m_method->setCurrentText(entry.method);
    QUrl url(entry.url);
    KeyValues query;
    for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        query.append({name, value});
    url.setQuery(QString());
    m_url->setText(url.toString());
    m_query->setValues(query);
    KeyValues headers;
    for (const auto &h : entry.requestHeaders)
        headers.append({QString::fromLatin1(h.first), QString::fromUtf8(h.second)});
    m_headers->setValues(headers);
    m_body->setPlainText(QString::fromUtf8(entry.requestBody));
    Q_EMIT statusMessage(tr("Opened a request from the history; masked values (••••) must be filled in again."));
}

} // namespace patchbay::ui
