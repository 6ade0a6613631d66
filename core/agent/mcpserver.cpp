#include "mcpserver.h"

#include "model/schemacheck.h"
#include "net/httpclient.h"
#include "net/requestbuilder.h"
#include "net/retry.h"
#include "secrets/secretstore.h"
#include "store/store.h"
#include "sync/syncrun.h"
#include "util/fastjson.h"
#include "util/templatevars.h"

#include <QCryptographicHash>

namespace patchbay {

namespace {

// JSON-RPC 2.0's error codes (https://www.jsonrpc.org/specification#error_object).
constexpr int ParseError = -32700;
constexpr int InvalidRequest = -32600;
constexpr int MethodNotFound = -32601;
constexpr int InvalidParams = -32602;

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QByteArray dumped(const Json &j)
{
    return QByteArray::fromStdString(j.dump(-1, ' ', false, Json::error_handler_t::replace));
}

bool takesBody(const QString &method)
{
    return method != u"GET" && method != u"HEAD" && method != u"DELETE" && method != u"OPTIONS";
}

} // namespace

/// One tools/call on its way.
struct McpServer::Call
{
    Json id;
    std::shared_ptr<const Project> project;
    AgentTool tool;
    Json arguments;
    QString argumentsHash;
    bool confirmed = false; ///< a person (or --allow-confirmed) said yes
};

McpServer::McpServer(const Project &project, SecretStore *secrets, Store *store, Options options, QObject *parent)
    : QObject(parent), m_project(std::make_shared<const Project>(project)), m_secrets(secrets), m_store(store),
      m_options(std::move(options)), m_http(new HttpClient(this))
{
    m_http->setSecretStore(secrets);
    buildTools();
}

McpServer::~McpServer() = default;

QStringList McpServer::protocolVersions()
{
    return {QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18"), QStringLiteral("2025-03-26"), QStringLiteral("2024-11-05")};
}

void McpServer::setProject(const Project &project)
{
    const Json before = m_toolList;
    m_project = std::make_shared<const Project>(project);
    buildTools();
    if (m_initialized && m_toolList != before)
        Q_EMIT message(dumped(Json{{"jsonrpc", "2.0"}, {"method", "notifications/tools/list_changed"}}));
}

void McpServer::respond(const Json &id, Json result)
{
    Q_EMIT message(dumped(Json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}}));
}

void McpServer::respondError(const Json &id, int code, const QString &text, Json data)
{
    Json error{{"code", code}, {"message", utf8(text)}};
    if (!data.is_null())
        error["data"] = std::move(data);
    Q_EMIT message(dumped(Json{{"jsonrpc", "2.0"}, {"id", id}, {"error", std::move(error)}}));
}

void McpServer::receive(const QByteArray &bytes)
{
    QString why;
    const std::optional<Json> parsed = fastjson::parse(bytes, &why);
    if (!parsed) {
        respondError(nullptr, ParseError, tr("Parse error: the message is not JSON (%1).").arg(why));
        return;
    }
    const Json &m = *parsed;
    const Json id = m.is_object() && m.contains("id") ? m["id"] : Json();
    if (bytes.size() > m_options.maxMessageBytes) {
        respondError(id.is_string() || id.is_number() ? id : Json(), InvalidRequest,
                     tr("The message is %1 MB; this server takes at most %2 MB in one message.")
                         .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1)
                         .arg(m_options.maxMessageBytes / (1024 * 1024)));
        return;
    }
    if (!m.is_object()) {
        respondError(nullptr, InvalidRequest,
                     m.is_array() ? tr("Invalid request: batches of messages are not taken; send one message a line.")
                                  : tr("Invalid request: a message is a JSON object."));
        return;
    }
    if (!m.contains("method")) {
        if (m.contains("result") || m.contains("error"))
            return; // a client's answer to a request of ours: none is sent
        respondError(id, InvalidRequest, tr("Invalid request: the message has no \"method\"."));
        return;
    }
    const auto version = m.find("jsonrpc");
    if (version == m.end() || *version != "2.0" || !m["method"].is_string()) {
        respondError(id, InvalidRequest, tr("Invalid request: \"jsonrpc\" must be \"2.0\" and \"method\" a text."));
        return;
    }
    const std::string method = m["method"].get<std::string>();
    const bool notification = !m.contains("id");
    if (!notification && !id.is_string() && !id.is_number_integer()) {
        respondError(nullptr, InvalidRequest, tr("Invalid request: \"id\" must be a text or a whole number."));
        return;
    }
    const Json params = m.contains("params") ? m["params"] : Json::object();
    if (!params.is_object()) {
        if (!notification)
            respondError(id, InvalidParams, tr("Invalid params: \"params\" must be an object."));
        return;
    }
    if (notification) {
        if (method == "notifications/initialized")
            m_initialized = true;
        return; // notifications/cancelled and others: nothing to answer
    }
    if (method == "initialize")
        initialize(id, params);
    else if (method == "ping")
        respond(id, Json::object());
    else if (method == "tools/list")
        respond(id, toolList());
    else if (method == "tools/call")
        callTool(id, params);
    else
        respondError(id, MethodNotFound, tr("Method not found: %1").arg(QString::fromStdString(method)));
}

void McpServer::initialize(const Json &id, const Json &params)
{
    const QStringList versions = protocolVersions();
    const QString asked = params.contains("protocolVersion") && params["protocolVersion"].is_string()
                              ? QString::fromStdString(params["protocolVersion"].get<std::string>())
                              : QString();
    if (const auto info = params.find("clientInfo"); info != params.end() && info->is_object()) {
        m_clientName = QString::fromStdString(info->value("name", std::string()));
        m_clientVersion = QString::fromStdString(info->value("version", std::string()));
    }
    Json result{{"protocolVersion", utf8(versions.contains(asked) ? asked : versions.first())},
                {"capabilities", Json{{"tools", Json{{"listChanged", true}}}}},
                {"serverInfo", Json{{"name", "patchbay"},
                                    {"title", "Patchbay"},
                                    {"version", utf8(QCoreApplication::applicationVersion())}}},
                {"instructions", utf8(tr("Tools of the Patchbay project “%1”, chosen by its user. Tools that change "
                                         "data may wait for the user to allow them.")
                                          .arg(m_project->name))}};
    Q_EMIT log(tr("%1 %2 connected (protocol %3)").arg(m_clientName, m_clientVersion, asked));
    respond(id, std::move(result));
}

QString McpServer::toolText(const QString &text) const
{
    return text.size() <= m_options.maxResultChars
               ? text
               : text.left(m_options.maxResultChars) + u'\n' +
                     tr("[The reply was cut to its first %1 of %2 characters.]").arg(m_options.maxResultChars).arg(text.size());
}

QStringList McpServer::freeVariables(const Endpoint &endpoint) const
{
    RequestBuilder builder(*m_project, m_options.environment, m_options.overrides);
    QStringList names;
    for (const QString &text : endpoint.templates())
        for (const QString &name : templateVariables(text))
            if (!name.startsWith(QStringLiteral("record.")) && !names.contains(name) && !builder.scope().find(name).found)
                names.append(name);
    return names;
}

Json McpServer::inputSchema(const AgentTool &tool) const
{
    Json properties = Json::object();
    Json required = Json::array();
    if (const Endpoint *e = m_project->endpoint(tool.endpoint)) {
        for (const QString &name : freeVariables(*e)) {
            properties[utf8(name)] = Json{{"type", "string"}, {"description", utf8(tr("{{%1}} of the request").arg(name))}};
            required.push_back(utf8(name));
        }
        bool usesRecord = false;
        for (const QString &text : e->templates())
            usesRecord = usesRecord || text.contains(QStringLiteral("{{record."));
        if ((!e->requestSchema.is_null() || usesRecord) && takesBody(e->method)) {
            Json body = e->requestSchema.is_null() ? Json{{"type", "object"}} : selfContainedSchema(e->requestSchema, m_project->schemas);
            if (body.is_object() && !body.contains("description"))
                body["description"] = utf8(tr("The JSON body sent to the API."));
            properties["body"] = std::move(body);
            required.push_back("body");
        }
    } else if (m_project->integration(tool.integration)) {
        properties["dryRun"] = Json{{"type", "boolean"},
                                    {"description", utf8(tr("Read and map only; write nothing and change nothing."))},
                                    {"default", false}};
    }
    Json schema{{"type", "object"}, {"properties", std::move(properties)}, {"additionalProperties", false}};
    if (!required.empty())
        schema["required"] = std::move(required);
    return schema;
}

Json McpServer::toolDefinition(const AgentTool &tool) const
{
    const Endpoint *e = m_project->endpoint(tool.endpoint);
    const Integration *in = m_project->integration(tool.integration);
    QString title = tool.title;
    QString description = tool.description;
    Json annotations{{"openWorldHint", true}};
    if (e) {
        if (title.isEmpty())
            title = e->name;
        if (description.isEmpty())
            description = tr("Sends %1 %2 to the API of “%3”.").arg(e->method, e->path, e->connection);
        annotations["readOnlyHint"] = e->method == u"GET" || e->method == u"HEAD";
        annotations["destructiveHint"] = e->method == u"DELETE";
        annotations["idempotentHint"] = retry::isIdempotentMethod(e->method.toLatin1()); // as retries judge it
    } else if (in) {
        if (title.isEmpty())
            title = in->name;
        if (description.isEmpty())
            description = tr("Runs the integration “%1” and answers what it did.").arg(in->name);
        annotations["readOnlyHint"] = false;
        annotations["destructiveHint"] = false;
        annotations["idempotentHint"] = true; // delivered records are not sent twice
    }
    annotations["title"] = utf8(title);
    return Json{{"name", utf8(tool.name)},
                {"title", utf8(title)},
                {"description", utf8(description)},
                {"inputSchema", inputSchema(tool)},
                {"annotations", std::move(annotations)}};
}

void McpServer::buildTools()
{
    // once per project, not per call: a call checks its arguments against the schema listed
    Json tools = Json::array();
    m_inputSchemas.clear();
    for (const AgentTool &t : m_project->agentTools) {
        if (!m_project->endpoint(t.endpoint) && !m_project->integration(t.integration))
            continue;
        Json definition = toolDefinition(t);
        m_inputSchemas.insert(t.name, definition["inputSchema"]);
        tools.push_back(std::move(definition));
    }
    m_toolList = Json{{"tools", std::move(tools)}};
}

void McpServer::callTool(const Json &id, const Json &params)
{
    const auto name = params.find("name");
    if (name == params.end() || !name->is_string()) {
        respondError(id, InvalidParams, tr("Invalid params: tools/call needs the tool's \"name\"."));
        return;
    }
    const QString toolName = QString::fromStdString(name->get<std::string>());
    const AgentTool *tool = m_project->agentTool(toolName);
    const auto schema = m_inputSchemas.constFind(toolName);
    if (!tool || schema == m_inputSchemas.cend()) {
        respondError(id, InvalidParams, tr("Unknown tool: %1").arg(toolName));
        return;
    }
    Json arguments = params.contains("arguments") ? params["arguments"] : Json::object();
    if (arguments.is_null())
        arguments = Json::object();
    auto call = std::make_shared<Call>();
    call->id = id;
    call->project = m_project;
    call->tool = *tool;
    call->argumentsHash = QString::fromLatin1(QCryptographicHash::hash(dumped(arguments), QCryptographicHash::Sha256).toHex());
    ++m_inFlight;
    const Problems problems = arguments.is_object() ? checkAgainstSchema(arguments, *schema, m_project->schemas)
                                                    : Problems{Problem{Problem::Severity::Error, QString(), tr("the arguments must be an object")}};
    if (!problems.isEmpty()) {
        QStringList lines;
        Json data = Json::array();
        for (const Problem &p : problems) {
            lines.append(p.toString());
            data.push_back(Json{{"path", utf8(p.path)}, {"message", utf8(p.message)}});
        }
        respondError(id, InvalidParams, tr("Invalid arguments for %1: %2").arg(toolName, lines.join(QStringLiteral("; "))), data);
        finishCall(call, nullptr, QStringLiteral("invalid-arguments"));
        return;
    }
    call->arguments = std::move(arguments);
    const bool isEndpoint = m_project->endpoint(tool->endpoint) != nullptr;
    auto go = [this, call, isEndpoint] {
        if (isEndpoint)
            sendEndpoint(call);
        else
            runIntegration(call);
    };
    if (!tool->confirm) {
        go();
        return;
    }
    Confirmation question;
    question.client = m_clientName.isEmpty() ? tr("An AI agent") : m_clientName;
    question.project = m_project->name;
    question.tool = tool->name;
    if (const Endpoint *e = m_project->endpoint(tool->endpoint))
        question.action = QStringLiteral("%1 %2 (%3)").arg(e->method, e->path, tool->title.isEmpty() ? e->name : tool->title);
    else
        question.action = tr("run “%1”").arg(m_project->integration(tool->integration)->name);
    constexpr qsizetype MaxShown = 4000;
    question.arguments = QString::fromStdString(call->arguments.dump(2, ' ', false, Json::error_handler_t::replace));
    if (question.arguments.size() > MaxShown)
        question.arguments = question.arguments.left(MaxShown) + u'\n' + tr("… (%1 characters more)").arg(question.arguments.size() - MaxShown);
    auto notDone = [this, call](const QString &text, const QString &outcome) {
        finishCall(call, Json{{"content", Json::array({Json{{"type", "text"}, {"text", utf8(text)}}})}, {"isError", true}}, outcome);
    };
    const QString noOne = tr("Not done: “%1” needs the user's confirmation, and no one could be asked: no Patchbay window "
                             "is open on this computer. The user can open Patchbay and ask again, or start the server "
                             "with --allow-confirmed.")
                              .arg(tool->name);
    if (!m_options.confirm) {
        Q_EMIT log(tr("%1: refused, it needs a person's yes (start with --allow-confirmed to allow it)").arg(tool->name));
        notDone(noOne, QStringLiteral("refused"));
        return;
    }
    Q_EMIT log(tr("%1: waiting for the user's yes or no").arg(tool->name));
    QPointer<McpServer> self(this);
    m_options.confirm(question, [self, call, go, notDone, noOne](Verdict verdict) {
        if (!self)
            return;
        switch (verdict) {
        case Verdict::Allowed:
            call->confirmed = true;
            go();
            return;
        case Verdict::Denied:
            notDone(tr("Not done: the user denied “%1”.").arg(call->tool.name), QStringLiteral("denied"));
            return;
        case Verdict::NoOneToAsk:
            Q_EMIT self->log(tr("%1: refused, no Patchbay window answered").arg(call->tool.name));
            notDone(noOne, QStringLiteral("refused"));
            return;
        }
    });
}

void McpServer::sendEndpoint(const std::shared_ptr<Call> &call)
{
    const Endpoint *endpoint = call->project->endpoint(call->tool.endpoint);
    auto builder = std::make_shared<RequestBuilder>(*call->project, m_options.environment, m_options.overrides);
    QStringList optional;
    const QStringList keys = builder->secretKeys(*endpoint, &optional);
    QPointer<McpServer> self(this);
    m_secrets->readAll(keys, optional, this, [self, call, builder, endpoint](Result<QHash<QString, QString>> secrets) {
        if (!self)
            return;
        auto failed = [&](const QString &text) {
            self->finishCall(call, Json{{"content", Json::array({Json{{"type", "text"}, {"text", utf8(text)}}})}, {"isError", true}},
                             QStringLiteral("failed"));
        };
        if (!secrets) {
            failed(secrets.error().message);
            return;
        }
        builder->setSecrets(*secrets);
        QHash<QString, QString> values;
        for (auto it = call->arguments.begin(); it != call->arguments.end(); ++it)
            if (it.key() != "body" && it->is_string())
                values.insert(QString::fromStdString(it.key()), QString::fromStdString(it->get<std::string>()));
        RequestBuilder::Overrides overrides;
        overrides.values = &values;
        if (call->arguments.contains("body")) {
            overrides.body = dumped(call->arguments["body"]);
            overrides.record = &call->arguments["body"]; // {{record.id}} in a path is the body's
        }
        Result<PreparedRequest> request = builder->build(*endpoint, overrides);
        if (!request) {
            failed(request.error().message);
            return;
        }
        Q_EMIT self->log(tr("%1: %2 %3").arg(call->tool.name, QString::fromLatin1(request->method), request->redactor.redactUrl(request->url)));
        const Redactor redactor = request->redactor;
        HttpExchange *exchange = self->m_http->send(std::move(*request));
        connect(exchange, &HttpExchange::finished, self, [self, call, redactor](const HttpResult &r) {
            const Redactor masks = redactor.withSecrets(r.secretsUsed);
            const QByteArray body = masks.redact(r.body);
            const std::optional<Json> parsed = body.isEmpty() ? std::optional<Json>(Json()) : fastjson::parse(body);
            QString text;
            if (r.error != NetError::None && r.status == 0)
                text = r.errorMessage;
            else
                text = tr("HTTP %1 %2").arg(r.status).arg(QString::fromLatin1(r.reason)) + u'\n' +
                       (parsed ? QString::fromStdString(parsed->dump(2, ' ', false, Json::error_handler_t::replace))
                               : QString::fromUtf8(body));
            const QString shown = self->toolText(text);
            Json result{{"content", Json::array({Json{{"type", "text"}, {"text", utf8(shown)}}})}};
            if (r.status > 0 && parsed && shown.size() == text.size())
                result["structuredContent"] = Json{{"status", r.status}, {"body", *parsed}};
            const bool ok = r.ok();
            result["isError"] = !ok;
            if (r.rateLimitWaitMs > 0) // agents' calls are paced like everything else on the connection
                Q_EMIT self->log(tr("%1: waited %2 s for the connection's rate limit").arg(call->tool.name).arg(double(r.rateLimitWaitMs) / 1000.0, 0, 'f', 1));
            self->finishCall(call, std::move(result), ok ? QStringLiteral("ok") : QStringLiteral("api-error"), r.status);
        });
    });
}

void McpServer::runIntegration(const std::shared_ptr<Call> &call)
{
    SyncOptions options;
    options.trigger = RunTrigger::Agent;
    options.dryRun = call->arguments.value("dryRun", false);
    options.environment = m_options.environment;
    options.overrides = m_options.overrides;
    options.dataDir = m_options.dataDir;
    options.resumes = 0; // the agent hears how it went now, not after minutes of pauses
    auto *run = new SyncRun(*call->project, call->tool.integration, m_store, m_secrets, options, this);
    Q_EMIT log(tr("%1: running “%2”%3").arg(call->tool.name, call->tool.integration, options.dryRun ? tr(" (dry run)") : QString()));
    connect(run, &SyncRun::finished, this, [this, call, run, dryRun = options.dryRun](const SyncSummary &s) {
        run->deleteLater();
        Json structured{{"run", s.runId},
                        {"status", utf8(runStatusName(s.status))},
                        {"dryRun", dryRun},
                        {"read", s.counts.read},
                        {"filtered_out", s.counts.filtered},
                        {"written", s.counts.written},
                        {"skipped_duplicates", s.counts.skipped},
                        {"dead_letters", s.counts.dead + s.counts.failed},
                        {"duration_ms", s.durationMs},
                        {"message", utf8(s.message)}};
        if (dryRun) {
            Json samples = Json::array();
            for (const Json &sample : s.samples)
                samples.push_back(sample);
            structured["samples"] = std::move(samples);
        }
        const bool ok = s.status == RunStatus::Succeeded;
        QString text = s.inWords();
        if (!s.message.isEmpty())
            text += u'\n' + s.message;
        Json result{{"content", Json::array({Json{{"type", "text"}, {"text", utf8(toolText(text))}}})},
                    {"structuredContent", std::move(structured)},
                    {"isError", !ok}};
        finishCall(call, std::move(result), ok ? QStringLiteral("ok") : runStatusName(s.status));
    });
    QMetaObject::invokeMethod(run, &SyncRun::start, Qt::QueuedConnection);
}

void McpServer::finishCall(const std::shared_ptr<Call> &call, Json result, const QString &outcome, int status)
{
    Json detail{{"client", utf8(m_clientName)},
                {"clientVersion", utf8(m_clientVersion)},
                {"tool", utf8(call->tool.name)},
                {"arguments_sha256", utf8(call->argumentsHash)},
                {"outcome", utf8(outcome)}};
    if (status > 0)
        detail["status"] = status;
    if (call->confirmed)
        detail["confirmed"] = true;
    if (!call->tool.endpoint.isEmpty())
        detail["endpoint"] = utf8(call->tool.endpoint);
    else
        detail["integration"] = utf8(call->tool.integration);
    if (m_store) {
        if (Result<qint64> r = m_store->appendAudit(0, QStringLiteral("agent-call"), detail); !r)
            Q_EMIT log(tr("The call was not written to the audit trail: %1").arg(r.error().message));
    }
    Q_EMIT log(tr("%1: %2").arg(call->tool.name, outcome));
    if (!result.is_null())
        respond(call->id, std::move(result));
    if (--m_inFlight == 0)
        Q_EMIT idle();
}

} // namespace patchbay
