#include "projectfile.h"

#include "model/jsonreader.h"
#include "model/names.h"
#include "project/projectvalidator.h"
#include "util/jsonparse.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

namespace patchbay {

namespace {

using Need = JsonReader::Need;

// ---------------------------------------------------------------------------------------------
// Reading

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::ProjectFile)

public:
    explicit Reader(Problems *problems) : m_problems(problems) {}

    KeyValues keyValues(JsonReader &r, const char *key)
    {
        KeyValues out;
        const Json *obj = r.object(key);
        if (!obj)
            return out;
        const JsonPath path = r.pathOf(key);
        for (auto it = obj->begin(); it != obj->end(); ++it) {
            const QString name = toQString(it.key());
            if (!it.value().is_string()) {
                error(path.key(name), tr("expected text, found %1").arg(jsonTypeName(it.value())));
                continue;
            }
            out.append({name, toQString(it.value().get<std::string>())});
        }
        return out;
    }

    Variables variables(JsonReader &r, const char *key)
    {
        Variables out;
        const Json *obj = r.object(key);
        if (!obj)
            return out;
        const JsonPath path = r.pathOf(key);
        for (auto it = obj->begin(); it != obj->end(); ++it) {
            const QString name = toQString(it.key());
            const Json &v = it.value();
            if (v.is_string()) {
                out.append({name, toQString(v.get<std::string>()), false});
            } else if (isSecretMarker(v)) {
                out.append({name, QString(), true});
            } else {
                error(path.key(name), tr("expected text, or {\"secret\": true} for a value kept "
                                         "in the keychain; found %1")
                                          .arg(jsonTypeName(v)));
            }
        }
        return out;
    }

    static bool isSecretMarker(const Json &v)
    {
        return v.is_object() && v.size() == 1 && v.contains("secret") && v["secret"].is_boolean() &&
               v["secret"].get<bool>();
    }

    SecretRef secret(JsonReader &r, const char *key, SecretRef fallback)
    {
        const Json *v = r.value(key);
        if (!v)
            return fallback;
        if (isSecretMarker(*v))
            return SecretRef{SecretRef::Source::Keychain, {}};
        static const QRegularExpression pureTemplate(
            QStringLiteral("^\\s*\\{\\{\\s*[A-Za-z_][A-Za-z0-9_.-]*\\s*\\}\\}\\s*$"));
        if (v->is_string()) {
            const QString s = toQString(v->get<std::string>());
            if (pureTemplate.match(s).hasMatch())
                return SecretRef{SecretRef::Source::Variable, s.trimmed()};
            // Never echo the value: it may be a real secret.
            error(r.pathOf(key),
                  tr("a secret must not be written into the project file; replace the value with "
                     "{\"secret\": true} and store it in the keychain (connection editor, or "
                     "`patchbay-cli secret set`), or refer to a secret variable as "
                     "\"{{name}}\""));
            return fallback;
        }
        error(r.pathOf(key), tr("expected {\"secret\": true} or a \"{{variable}}\", found %1")
                                 .arg(jsonTypeName(*v)));
        return fallback;
    }

    Auth auth(const Json &json, const JsonPath &path)
    {
        Auth a;
        JsonReader r(json, path, m_problems);
        a.type = AuthType(r.choice("type", names::authTypes(), 0, tr("auth type"), Need::Required));
        switch (a.type) {
        case AuthType::None:
            break;
        case AuthType::ApiKey:
            a.keyIn = ApiKeyLocation(r.choice("in", names::apiKeyLocations(), 0,
                                              tr("API key location")));
            a.keyName = r.string("name", Need::Required, a.keyName);
            a.key = secret(r, "key", a.key);
            break;
        case AuthType::Bearer:
            a.token = secret(r, "token", a.token);
            break;
        case AuthType::Basic:
            a.username = r.string("username", Need::Required);
            a.password = secret(r, "password", a.password);
            break;
        case AuthType::OAuth2:
            a.grant = OAuth2Grant(r.choice("grant", names::oauth2Grants(), 0, tr("OAuth2 grant")));
            a.tokenUrl = r.string("tokenUrl", Need::Required);
            if (a.grant == OAuth2Grant::AuthorizationCode)
                a.authorizationUrl = r.string("authorizationUrl", Need::Required);
            a.clientId = r.string("clientId", Need::Required);
            a.clientSecret = secret(r, "clientSecret", a.clientSecret);
            a.scope = r.string("scope");
            break;
        }
        r.finish();
        return a;
    }

    Connection connection(const Json &json, const JsonPath &path)
    {
        Connection c;
        JsonReader r(json, path, m_problems);
        c.id = r.string("id", Need::Required);
        c.name = r.string("name", Need::Required);
        c.baseUrl = r.string("baseUrl", Need::Required);
        if (const Json *a = r.object("auth"))
            c.auth = auth(*a, r.pathOf("auth"));
        c.headers = keyValues(r, "headers");
        if (const Json *rl = r.object("rateLimit")) {
            JsonReader rr(*rl, r.pathOf("rateLimit"), m_problems);
            c.rateLimit.requestsPerSecond = rr.number("requestsPerSecond", 0, 0, 1e6);
            c.rateLimit.burst = rr.integer("burst", 1, 1, 1000000);
            rr.finish();
        }
        if (const Json *rt = r.object("retry")) {
            JsonReader rr(*rt, r.pathOf("retry"), m_problems);
            RetryPolicy d;
            c.retry.attempts = rr.integer("attempts", d.attempts, 1, 100);
            c.retry.baseDelayMs = rr.integer("baseDelayMs", d.baseDelayMs, 0, 3600000);
            c.retry.maxDelayMs = rr.integer("maxDelayMs", d.maxDelayMs, 0, 3600000);
            c.retry.maxRetryAfterS = rr.integer("maxRetryAfterS", d.maxRetryAfterS, 0, 86400);
            rr.finish();
        }
        c.timeoutMs = r.integer("timeoutMs", c.timeoutMs, 1, 3600000);
        c.maxResponseBytes = r.integer64("maxResponseBytes", c.maxResponseBytes, 1,
                                         qint64(1) << 40);
        if (const Json *t = r.object("tls")) {
            JsonReader tlsReader(*t, r.pathOf("tls"), m_problems);
            c.tls.verify = tlsReader.boolean("verify", true);
            c.tls.caFile = tlsReader.string("caFile");
            tlsReader.finish();
        }
        c.spec = r.string("spec");
        r.finish();
        return c;
    }

    Pagination pagination(const Json &json, const JsonPath &path)
    {
        Pagination p;
        JsonReader r(json, path, m_problems);
        p.style = PaginationStyle(r.choice("style", names::paginationStyles(), 0,
                                           tr("pagination style"), Need::Required));
        auto sizeFields = [&](const QString &defaultParam) {
            p.sizeParam = r.string("sizeParam", Need::Optional, defaultParam);
            p.pageSize = r.integer("pageSize", p.pageSize, 1, 1000000);
        };
        switch (p.style) {
        case PaginationStyle::None:
            break;
        case PaginationStyle::Page:
            p.pageParam = r.string("pageParam", Need::Optional, p.pageParam);
            p.startPage = r.integer("startPage", p.startPage, 0, 1000000);
            sizeFields(p.sizeParam);
            break;
        case PaginationStyle::Offset:
            p.offsetParam = r.string("offsetParam", Need::Optional, p.offsetParam);
            sizeFields(QStringLiteral("limit"));
            break;
        case PaginationStyle::Cursor:
            p.cursorPath = r.string("cursorPath", Need::Optional, p.cursorPath);
            p.cursorParam = r.string("cursorParam", Need::Optional, p.cursorParam);
            sizeFields(p.sizeParam);
            break;
        case PaginationStyle::LinkHeader:
            sizeFields(p.sizeParam);
            break;
        case PaginationStyle::NextUrl:
            p.nextUrlPath = r.string("nextUrlPath", Need::Optional, p.nextUrlPath);
            sizeFields(p.sizeParam);
            break;
        }
        if (p.style != PaginationStyle::None)
            p.maxPages = r.integer("maxPages", p.maxPages, 1, 100000000);
        r.finish();
        return p;
    }

    Json schema(JsonReader &r, const char *key)
    {
        const Json *s = r.value(key);
        if (!s)
            return nullptr;
        if (!s->is_object()) {
            error(r.pathOf(key), tr("expected a JSON Schema object, found %1").arg(jsonTypeName(*s)));
            return nullptr;
        }
        return *s;
    }

    Endpoint endpoint(const Json &json, const JsonPath &path)
    {
        Endpoint e;
        JsonReader r(json, path, m_problems);
        e.id = r.string("id", Need::Required);
        e.name = r.string("name", Need::Required);
        e.group = r.string("group");
        e.connection = r.string("connection", Need::Required);
        const int m = r.choice("method", names::httpMethods(), 0, tr("HTTP method"), Need::Required);
        e.method = names::httpMethods().value(m);
        e.path = r.string("path");
        e.query = keyValues(r, "query");
        e.headers = keyValues(r, "headers");
        e.body = r.string("body");
        if (const Json *p = r.object("pagination"))
            e.pagination = pagination(*p, r.pathOf("pagination"));
        e.recordsPath = r.string("recordsPath");
        e.recordSchema = schema(r, "recordSchema");
        e.requestSchema = schema(r, "requestSchema");
        if (const Json *s = r.array("samples"))
            e.samples = *s;
        e.assertions = list<Assertion>(r, "assertions", [this](const Json &j, const JsonPath &p) { return assertion(j, p); });
        e.captures = list<Capture>(r, "captures", [this](const Json &j, const JsonPath &p) { return capture(j, p); });
        r.finish();
        return e;
    }

    Assertion assertion(const Json &json, const JsonPath &path)
    {
        Assertion a;
        JsonReader r(json, path, m_problems);
        a.subject = AssertionSubject(r.choice("subject", names::assertionSubjects(), 0, tr("what an assertion checks"), Need::Required));
        if (a.subject == AssertionSubject::Header)
            a.argument = r.string("header", Need::Required);
        else if (a.subject == AssertionSubject::Formula)
            a.argument = r.string("formula", Need::Required);
        a.op = AssertionOperator(r.choice("operator", names::assertionOperators(), 0, tr("comparison"), Need::Required));
        // 200, "200", true: what the reply is compared with, as text
        if (const Json *v = r.value("expected")) {
            if (v->is_string())
                a.expected = toQString(v->get<std::string>());
            else if (v->is_number() || v->is_boolean() || v->is_null())
                a.expected = toQString(v->dump());
            else
                error(r.pathOf("expected"), tr("expected a number or text, found %1").arg(jsonTypeName(*v)));
        } else if (a.op != AssertionOperator::Exists) {
            error(r.pathOf("expected"), tr("an assertion that compares needs \"expected\": what the reply should give"));
        }
        if (a.op == AssertionOperator::IsType && !a.expected.isEmpty() && !names::valueTypes().contains(a.expected))
            error(r.pathOf("expected"), tr("\"%1\" is not a type; use one of %2").arg(a.expected, names::valueTypes().join(QStringLiteral(", "))));
        r.finish();
        return a;
    }

    Capture capture(const Json &json, const JsonPath &path)
    {
        Capture c;
        JsonReader r(json, path, m_problems);
        c.variable = r.string("variable", Need::Required);
        c.formula = r.string("formula", Need::Required);
        r.finish();
        return c;
    }

    Node node(const Json &json, const JsonPath &path)
    {
        Node n;
        JsonReader r(json, path, m_problems);
        n.id = r.string("id", Need::Required);
        n.type = NodeType(r.choice("type", names::nodeTypes(), 0, tr("node type"), Need::Required));
        n.name = r.string("name");
        if (const Json *pos = r.object("position")) {
            JsonReader pr(*pos, r.pathOf("position"), m_problems);
            n.position.setX(pr.number("x", 0, -1e9, 1e9));
            n.position.setY(pr.number("y", 0, -1e9, 1e9));
            pr.finish();
        }
        switch (n.type) {
        case NodeType::Source:
            n.endpoint = r.string("endpoint");
            if (const Json *w = r.object("watermark")) {
                JsonReader wr(*w, r.pathOf("watermark"), m_problems);
                n.watermarkField = wr.string("field", Need::Required);
                n.watermarkParam = wr.string("param", Need::Required);
                wr.finish();
            }
            if (const Json *w = r.object("webhook")) {
                JsonReader wr(*w, r.pathOf("webhook"), m_problems);
                WebhookSettings hook;
                hook.scheme = WebhookScheme(wr.choice("signature", names::webhookSchemes(), 0, tr("signature check")));
                // Like a connection's secret fields, but only a reference to a secret variable.
                const SecretRef ref = secret(wr, "secret", SecretRef{SecretRef::Source::None, {}});
                if (ref.source == SecretRef::Source::Keychain)
                    error(wr.pathOf("secret"), tr("a webhook's secret refers to a secret variable, \"{{name}}\"; add "
                                                  "one to the project's variables and write its name here"));
                else if (ref.source == SecretRef::Source::Variable)
                    hook.secret = ref.variableTemplate;
                hook.header = wr.string("header");
                hook.toleranceSeconds = wr.integer("tolerance", hook.toleranceSeconds, 1, 86400);
                hook.maxBodyKb = wr.integer("maxBodyKb", hook.maxBodyKb, 1, 65536);
                wr.finish();
                n.webhook = hook;
            }
            break;
        case NodeType::Filter:
            n.condition = r.string("condition");
            break;
        case NodeType::Map:
            if (const Json *fields = r.array("fields")) {
                const JsonPath fp = r.pathOf("fields");
                for (size_t i = 0; i < fields->size(); ++i) {
                    JsonReader f((*fields)[i], fp.index(qsizetype(i)), m_problems);
                    FieldMapping fm;
                    fm.target = f.string("target", Need::Required);
                    fm.formula = f.string("formula");
                    fm.required = f.boolean("required", false);
                    f.finish();
                    n.fields.append(fm);
                }
            }
            break;
        case NodeType::Target:
            n.endpoint = r.string("endpoint");
            n.batchSize = r.integer("batchSize", n.batchSize, 1, 100000);
            n.concurrency = r.integer("concurrency", n.concurrency, 1, 256);
            n.writeMode = WriteMode(r.choice("writeMode", names::writeModes(), 0, tr("write mode")));
            break;
        case NodeType::Lookup:
            n.endpoint = r.string("endpoint");
            n.lookupAs = r.string("as", Need::Required);
            n.lookupRecordsPath = r.string("recordsPath");
            n.lookupTake = LookupTake(r.choice("take", names::lookupTakes(), 0, tr("what to take")));
            n.notFoundOn404 = r.boolean("notFoundOn404", true);
            n.concurrency = r.integer("concurrency", n.concurrency, 1, 256);
            if (const Json *b = r.object("batch")) {
                JsonReader br(*b, r.pathOf("batch"), m_problems);
                n.lookupBatch = br.integer("size", 50, 1, 1000);
                n.lookupKey = br.string("key", Need::Required);
                n.lookupMatch = br.string("match", Need::Required);
                n.lookupQuoteKeys = br.boolean("quote", false);
            }
            break;
        case NodeType::Branch:
            if (const Json *outputs = r.array("outputs")) {
                const JsonPath op = r.pathOf("outputs");
                for (size_t i = 0; i < outputs->size(); ++i) {
                    JsonReader o((*outputs)[i], op.index(qsizetype(i)), m_problems);
                    BranchOutput b;
                    b.name = o.string("name", Need::Required);
                    b.condition = o.string("condition");
                    o.finish();
                    n.outputs.append(b);
                }
            }
            break;
        }
        r.finish();
        return n;
    }

    Integration integration(const Json &json, const JsonPath &path)
    {
        Integration in;
        JsonReader r(json, path, m_problems);
        in.id = r.string("id", Need::Required);
        in.name = r.string("name", Need::Required);
        in.key = r.string("key", Need::Optional, in.key);
        in.idempotencyHeader = r.string("idempotencyHeader", Need::Optional, in.idempotencyHeader);
        in.onRecordError = RecordErrorPolicy(r.choice("onRecordError", names::recordErrorPolicies(),
                                                      0, tr("record error policy")));
        in.onSchemaChange = SchemaChangePolicy(r.choice("onSchemaChange", names::schemaChangePolicies(), 0,
                                                        tr("schema change policy")));
        if (const Json *s = r.object("schedule")) {
            JsonReader sr(*s, r.pathOf("schedule"), m_problems);
            in.schedule.cron = sr.string("cron", Need::Required);
            in.schedule.timezone = sr.string("timezone");
            in.schedule.enabled = sr.boolean("enabled", false);
            sr.finish();
        }
        if (const Json *nodes = r.array("nodes")) {
            for (size_t i = 0; i < nodes->size(); ++i)
                in.nodes.append(node((*nodes)[i], r.pathOf("nodes").index(qsizetype(i))));
        }
        if (const Json *wires = r.array("wires")) {
            for (size_t i = 0; i < wires->size(); ++i) {
                JsonReader wr((*wires)[i], r.pathOf("wires").index(qsizetype(i)), m_problems);
                Wire w;
                w.from = wr.string("from", Need::Required);
                w.to = wr.string("to", Need::Required);
                w.fromPort = wr.string("fromPort");
                wr.finish();
                in.wires.append(w);
            }
        }
        r.finish();
        return in;
    }

    LookupTable lookupTable(const Json &json, const JsonPath &path)
    {
        LookupTable t;
        JsonReader r(json, path, m_problems);
        t.name = r.string("name", Need::Required);
        if (const Json *rows = r.array("rows")) {
            for (size_t i = 0; i < rows->size(); ++i) {
                const Json &row = (*rows)[i];
                const JsonPath rp = r.pathOf("rows").index(qsizetype(i));
                if (!row.is_array() || row.size() != 2 || !row[0].is_string() || !row[1].is_string()) {
                    error(rp, tr("expected a row of two texts, [\"key\", \"value\"]"));
                    continue;
                }
                t.rows.append({toQString(row[0].get<std::string>()),
                               toQString(row[1].get<std::string>())});
            }
        }
        r.finish();
        return t;
    }

    AgentTool agentTool(const Json &json, const JsonPath &path)
    {
        AgentTool t;
        JsonReader r(json, path, m_problems);
        t.name = r.string("name", Need::Required);
        t.title = r.string("title");
        t.description = r.string("description");
        t.endpoint = r.string("endpoint");
        t.integration = r.string("integration");
        t.confirm = r.boolean("confirm", true);
        r.finish();
        return t;
    }

    template<typename T, typename F>
    QList<T> list(JsonReader &r, const char *key, F readOne)
    {
        QList<T> out;
        if (const Json *arr = r.array(key)) {
            for (size_t i = 0; i < arr->size(); ++i)
                out.append(readOne((*arr)[i], r.pathOf(key).index(qsizetype(i))));
        }
        return out;
    }

    void error(const JsonPath &path, const QString &message)
    {
        m_problems->append(Problem{Problem::Severity::Error, path, message});
    }

private:
    Problems *m_problems;
};

// ---------------------------------------------------------------------------------------------
// Writing

Json number(double v)
{
    if (std::trunc(v) == v && std::abs(v) < 9e15)
        return Json(static_cast<qint64>(v));
    return Json(v);
}

Json str(const QString &s)
{
    return Json(toStdString(s));
}

Json keyValuesJson(const KeyValues &list)
{
    Json out = Json::object();
    for (const KeyValue &kv : list)
        out[toStdString(kv.name)] = str(kv.value);
    return out;
}

Json secretJson(const SecretRef &s)
{
    if (s.source == SecretRef::Source::Variable)
        return str(s.variableTemplate);
    return Json{{"secret", true}};
}

Json variablesJson(const Variables &vars)
{
    Json out = Json::object();
    for (const Variable &v : vars)
        out[toStdString(v.name)] = v.secret ? Json{{"secret", true}} : str(v.value);
    return out;
}

Json authJson(const Auth &a)
{
    Json j = Json::object();
    j["type"] = str(names::of(a.type, names::authTypes()));
    switch (a.type) {
    case AuthType::None:
        break;
    case AuthType::ApiKey:
        j["in"] = str(names::of(a.keyIn, names::apiKeyLocations()));
        j["name"] = str(a.keyName);
        j["key"] = secretJson(a.key);
        break;
    case AuthType::Bearer:
        j["token"] = secretJson(a.token);
        break;
    case AuthType::Basic:
        j["username"] = str(a.username);
        j["password"] = secretJson(a.password);
        break;
    case AuthType::OAuth2:
        j["grant"] = str(names::of(a.grant, names::oauth2Grants()));
        j["tokenUrl"] = str(a.tokenUrl);
        if (a.grant == OAuth2Grant::AuthorizationCode)
            j["authorizationUrl"] = str(a.authorizationUrl);
        j["clientId"] = str(a.clientId);
        if (a.clientSecret.isSet())
            j["clientSecret"] = secretJson(a.clientSecret);
        if (!a.scope.isEmpty())
            j["scope"] = str(a.scope);
        break;
    }
    return j;
}

Json connectionJson(const Connection &c)
{
    const Connection d;
    Json j = Json::object();
    j["id"] = str(c.id);
    j["name"] = str(c.name);
    j["baseUrl"] = str(c.baseUrl);
    j["auth"] = authJson(c.auth);
    if (!c.headers.isEmpty())
        j["headers"] = keyValuesJson(c.headers);
    if (c.rateLimit.requestsPerSecond > 0)
        j["rateLimit"] = Json{{"requestsPerSecond", number(c.rateLimit.requestsPerSecond)},
                              {"burst", c.rateLimit.burst}};
    if (c.retry != d.retry)
        j["retry"] = Json{{"attempts", c.retry.attempts},
                          {"baseDelayMs", c.retry.baseDelayMs},
                          {"maxDelayMs", c.retry.maxDelayMs},
                          {"maxRetryAfterS", c.retry.maxRetryAfterS}};
    if (c.timeoutMs != d.timeoutMs)
        j["timeoutMs"] = c.timeoutMs;
    if (c.maxResponseBytes != d.maxResponseBytes)
        j["maxResponseBytes"] = c.maxResponseBytes;
    if (c.tls != d.tls) {
        Json t = Json::object();
        t["verify"] = c.tls.verify;
        if (!c.tls.caFile.isEmpty())
            t["caFile"] = str(c.tls.caFile);
        j["tls"] = t;
    }
    if (!c.spec.isEmpty())
        j["spec"] = str(c.spec);
    return j;
}

Json paginationJson(const Pagination &p)
{
    Json j = Json::object();
    j["style"] = str(names::of(p.style, names::paginationStyles()));
    switch (p.style) {
    case PaginationStyle::None:
        return j;
    case PaginationStyle::Page:
        j["pageParam"] = str(p.pageParam);
        j["startPage"] = p.startPage;
        break;
    case PaginationStyle::Offset:
        j["offsetParam"] = str(p.offsetParam);
        break;
    case PaginationStyle::Cursor:
        j["cursorPath"] = str(p.cursorPath);
        j["cursorParam"] = str(p.cursorParam);
        break;
    case PaginationStyle::LinkHeader:
        break;
    case PaginationStyle::NextUrl:
        j["nextUrlPath"] = str(p.nextUrlPath);
        break;
    }
    j["sizeParam"] = str(p.sizeParam);
    j["pageSize"] = p.pageSize;
    j["maxPages"] = p.maxPages;
    return j;
}

Json endpointJson(const Endpoint &e)
{
    Json j = Json::object();
    j["id"] = str(e.id);
    j["name"] = str(e.name);
    if (!e.group.isEmpty())
        j["group"] = str(e.group);
    j["connection"] = str(e.connection);
    j["method"] = str(e.method);
    j["path"] = str(e.path);
    if (!e.query.isEmpty())
        j["query"] = keyValuesJson(e.query);
    if (!e.headers.isEmpty())
        j["headers"] = keyValuesJson(e.headers);
    if (!e.body.isEmpty())
        j["body"] = str(e.body);
    if (e.pagination.style != PaginationStyle::None)
        j["pagination"] = paginationJson(e.pagination);
    if (!e.recordsPath.isEmpty())
        j["recordsPath"] = str(e.recordsPath);
    if (!e.recordSchema.is_null())
        j["recordSchema"] = e.recordSchema;
    if (!e.requestSchema.is_null())
        j["requestSchema"] = e.requestSchema;
    if (e.samples.is_array())
        j["samples"] = e.samples;
    if (!e.assertions.isEmpty()) {
        Json list = Json::array();
        for (const Assertion &a : e.assertions) {
            Json one = Json::object();
            one["subject"] = str(names::of(a.subject, names::assertionSubjects()));
            if (a.subject == AssertionSubject::Header)
                one["header"] = str(a.argument);
            else if (a.subject == AssertionSubject::Formula)
                one["formula"] = str(a.argument);
            one["operator"] = str(names::of(a.op, names::assertionOperators()));
            if (a.op != AssertionOperator::Exists)
                one["expected"] = str(a.expected);
            list.push_back(std::move(one));
        }
        j["assertions"] = std::move(list);
    }
    if (!e.captures.isEmpty()) {
        Json list = Json::array();
        for (const Capture &c : e.captures)
            list.push_back(Json{{"variable", str(c.variable)}, {"formula", str(c.formula)}});
        j["captures"] = std::move(list);
    }
    return j;
}

Json nodeJson(const Node &n)
{
    const Node d;
    Json j = Json::object();
    j["id"] = str(n.id);
    j["type"] = str(names::of(n.type, names::nodeTypes()));
    if (!n.name.isEmpty())
        j["name"] = str(n.name);
    j["position"] = Json{{"x", number(n.position.x())}, {"y", number(n.position.y())}};
    switch (n.type) {
    case NodeType::Source:
        j["endpoint"] = str(n.endpoint);
        if (!n.watermarkField.isEmpty() || !n.watermarkParam.isEmpty())
            j["watermark"] = Json{{"field", str(n.watermarkField)}, {"param", str(n.watermarkParam)}};
        if (n.webhook) {
            const WebhookSettings &w = *n.webhook;
            Json hook{{"signature", str(names::of(w.scheme, names::webhookSchemes()))}};
            if (!w.secret.isEmpty())
                hook["secret"] = str(w.secret);
            if (!w.header.isEmpty())
                hook["header"] = str(w.header);
            if (w.toleranceSeconds != WebhookSettings().toleranceSeconds)
                hook["tolerance"] = w.toleranceSeconds;
            if (w.maxBodyKb != WebhookSettings().maxBodyKb)
                hook["maxBodyKb"] = w.maxBodyKb;
            j["webhook"] = std::move(hook);
        }
        break;
    case NodeType::Filter:
        j["condition"] = str(n.condition);
        break;
    case NodeType::Map: {
        Json fields = Json::array();
        for (const FieldMapping &f : n.fields) {
            Json fj{{"target", str(f.target)}, {"formula", str(f.formula)}};
            if (f.required)
                fj["required"] = true;
            fields.push_back(std::move(fj));
        }
        j["fields"] = std::move(fields);
        break;
    }
    case NodeType::Target:
        j["endpoint"] = str(n.endpoint);
        j["batchSize"] = n.batchSize;
        j["concurrency"] = n.concurrency;
        if (n.writeMode != WriteMode::Create)
            j["writeMode"] = str(names::of(n.writeMode, names::writeModes()));
        break;
    case NodeType::Lookup:
        j["endpoint"] = str(n.endpoint);
        j["as"] = str(n.lookupAs);
        if (!n.lookupRecordsPath.isEmpty())
            j["recordsPath"] = str(n.lookupRecordsPath);
        j["take"] = str(names::of(n.lookupTake, names::lookupTakes()));
        if (!n.notFoundOn404)
            j["notFoundOn404"] = false;
        j["concurrency"] = n.concurrency;
        if (n.lookupBatch > 1) {
            Json b{{"size", n.lookupBatch}, {"key", str(n.lookupKey)}, {"match", str(n.lookupMatch)}};
            if (n.lookupQuoteKeys)
                b["quote"] = true;
            j["batch"] = b;
        }
        break;
    case NodeType::Branch: {
        Json outputs = Json::array();
        for (const BranchOutput &b : n.outputs)
            outputs.push_back(Json{{"name", str(b.name)}, {"condition", str(b.condition)}});
        j["outputs"] = std::move(outputs);
        break;
    }
    }
    return j;
}

Json integrationJson(const Integration &in)
{
    Json j = Json::object();
    j["id"] = str(in.id);
    j["name"] = str(in.name);
    j["key"] = str(in.key);
    j["idempotencyHeader"] = str(in.idempotencyHeader);
    j["onRecordError"] = str(names::of(in.onRecordError, names::recordErrorPolicies()));
    if (in.onSchemaChange != SchemaChangePolicy::Pause)
        j["onSchemaChange"] = str(names::of(in.onSchemaChange, names::schemaChangePolicies()));
    if (!in.schedule.cron.isEmpty() || in.schedule.enabled) {
        Json s = Json::object();
        s["cron"] = str(in.schedule.cron);
        if (!in.schedule.timezone.isEmpty())
            s["timezone"] = str(in.schedule.timezone);
        s["enabled"] = in.schedule.enabled;
        j["schedule"] = s;
    }
    Json nodes = Json::array();
    for (const Node &n : in.nodes)
        nodes.push_back(nodeJson(n));
    j["nodes"] = std::move(nodes);
    Json wires = Json::array();
    for (const Wire &w : in.wires) {
        Json wj{{"from", str(w.from)}, {"to", str(w.to)}};
        if (!w.fromPort.isEmpty())
            wj["fromPort"] = str(w.fromPort);
        wires.push_back(std::move(wj));
    }
    j["wires"] = std::move(wires);
    return j;
}

} // namespace

// ---------------------------------------------------------------------------------------------

ProjectLoad ProjectFile::read(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        ProjectLoad load;
        const QString reason = file.exists()
                                   ? tr("it cannot be read (%1); check its permissions")
                                         .arg(file.errorString())
                                   : tr("there is no such file; check the name and folder");
        load.problems.append(Problem{Problem::Severity::Error, QString(),
                                     tr("Cannot open the project: %1.").arg(reason)});
        return load;
    }
    if (file.size() > MaxFileBytes) {
        ProjectLoad load;
        load.problems.append(Problem{Problem::Severity::Error, QString(), tooLarge(file.size())});
        return load;
    }
    return parse(file.readAll());
}

QString ProjectFile::tooLarge(qint64 bytes)
{
    return tr("The project file is %1 MB; Patchbay opens project files of up to %2 MB. A project that large "
              "holds samples or schemas it does not need: remove the endpoints' samples (they can be fetched "
              "again), or split the project.")
        .arg(double(bytes) / (1024 * 1024), 0, 'f', 1)
        .arg(MaxFileBytes / (1024 * 1024));
}

ProjectLoad ProjectFile::parse(const QByteArray &bytes)
{
    ProjectLoad load;
    if (bytes.size() > MaxFileBytes) {
        load.problems.append(Problem{Problem::Severity::Error, QString(), tooLarge(bytes.size())});
        return load;
    }
    std::optional<Json> doc = parseJsonDocument(bytes, &load.problems);
    if (!doc)
        return load;
    ProjectLoad structural = fromJson(*doc);
    load.project = std::move(structural.project);
    load.problems += structural.problems;
    return load;
}

ProjectLoad ProjectFile::fromJson(const Json &document)
{
    ProjectLoad load;
    Problems &problems = load.problems;

    if (!document.is_object()) {
        problems.append(Problem{Problem::Severity::Error, QString(),
                                tr("a project file holds one JSON object, but this one holds %1")
                                    .arg(jsonTypeName(document))});
        return load;
    }
    // The version first: a newer file is not checked field by field, it is refused plainly.
    const auto version = document.find("formatVersion");
    if (version == document.end()) {
        problems.append(Problem{Problem::Severity::Error, QStringLiteral("formatVersion"),
                                tr("required, but missing; is this a Patchbay project? A project "
                                   "file starts with \"formatVersion\": %1")
                                    .arg(Project::FormatVersion)});
        return load;
    }
    if (!version->is_number_integer() || version->get<qint64>() < 1) {
        problems.append(Problem{Problem::Severity::Error, QStringLiteral("formatVersion"),
                                tr("expected a whole number such as %1").arg(Project::FormatVersion)});
        return load;
    }
    if (version->get<qint64>() > Project::FormatVersion) {
        problems.append(Problem{Problem::Severity::Error, QStringLiteral("formatVersion"),
                                tr("this project was saved by a newer version of Patchbay (file "
                                   "format %1); this version reads format %2. Update Patchbay to "
                                   "open it; the file was not changed.")
                                    .arg(version->get<qint64>())
                                    .arg(Project::FormatVersion)});
        return load;
    }

    auto project = std::make_unique<Project>();
    Reader reader(&problems);
    JsonReader r(document, JsonPath(), &problems);
    r.accept("formatVersion");
    project->id = r.string("id", Need::Required);
    project->name = r.string("name", Need::Required);
    project->description = r.string("description");
    project->variables = reader.variables(r, "variables");
    project->environments = reader.list<Environment>(r, "environments",
        [&](const Json &j, const JsonPath &path) {
            Environment e;
            JsonReader er(j, path, &problems);
            e.name = er.string("name", Need::Required);
            e.variables = reader.variables(er, "variables");
            er.finish();
            return e;
        });
    project->connections = reader.list<Connection>(r, "connections",
        [&](const Json &j, const JsonPath &path) { return reader.connection(j, path); });
    project->endpoints = reader.list<Endpoint>(r, "endpoints",
        [&](const Json &j, const JsonPath &path) { return reader.endpoint(j, path); });
    project->integrations = reader.list<Integration>(r, "integrations",
        [&](const Json &j, const JsonPath &path) { return reader.integration(j, path); });
    project->lookupTables = reader.list<LookupTable>(r, "lookupTables",
        [&](const Json &j, const JsonPath &path) { return reader.lookupTable(j, path); });
    project->agentTools = reader.list<AgentTool>(r, "agentTools",
        [&](const Json &j, const JsonPath &path) { return reader.agentTool(j, path); });
    if (const Json *schemas = r.object("schemas")) {
        // taken whole (added one by one, each name would be looked for among all before it)
        project->schemas = *schemas;
        for (auto it = schemas->begin(); it != schemas->end(); ++it)
            if (!it->is_object()) {
                problems.append(Problem{Problem::Severity::Error, r.pathOf("schemas").key(toQString(it.key())),
                                        tr("expected a JSON Schema object, found %1").arg(jsonTypeName(*it))});
                project->schemas.erase(it.key());
            }
    }
    r.finish();

    problems += validateProject(*project);
    load.project = std::move(project);
    return load;
}

Json ProjectFile::toJson(const Project &p)
{
    Json j = Json::object();
    j["formatVersion"] = Project::FormatVersion;
    j["id"] = str(p.id);
    j["name"] = str(p.name);
    if (!p.description.isEmpty())
        j["description"] = str(p.description);
    if (!p.variables.isEmpty())
        j["variables"] = variablesJson(p.variables);
    if (!p.environments.isEmpty()) {
        Json envs = Json::array();
        for (const Environment &e : p.environments)
            envs.push_back(Json{{"name", str(e.name)}, {"variables", variablesJson(e.variables)}});
        j["environments"] = std::move(envs);
    }
    Json connections = Json::array();
    for (const Connection &c : p.connections)
        connections.push_back(connectionJson(c));
    j["connections"] = std::move(connections);
    Json endpoints = Json::array();
    for (const Endpoint &e : p.endpoints)
        endpoints.push_back(endpointJson(e));
    j["endpoints"] = std::move(endpoints);
    Json integrations = Json::array();
    for (const Integration &in : p.integrations)
        integrations.push_back(integrationJson(in));
    j["integrations"] = std::move(integrations);
    if (!p.lookupTables.isEmpty()) {
        Json tables = Json::array();
        for (const LookupTable &t : p.lookupTables) {
            Json rows = Json::array();
            for (const KeyValue &kv : t.rows)
                rows.push_back(Json::array({str(kv.name), str(kv.value)}));
            tables.push_back(Json{{"name", str(t.name)}, {"rows", std::move(rows)}});
        }
        j["lookupTables"] = std::move(tables);
    }
    if (!p.agentTools.isEmpty()) {
        Json tools = Json::array();
        for (const AgentTool &t : p.agentTools) {
            Json tool{{"name", str(t.name)}};
            if (!t.title.isEmpty())
                tool["title"] = str(t.title);
            if (!t.description.isEmpty())
                tool["description"] = str(t.description);
            if (!t.endpoint.isEmpty())
                tool["endpoint"] = str(t.endpoint);
            if (!t.integration.isEmpty())
                tool["integration"] = str(t.integration);
            tool["confirm"] = t.confirm;
            tools.push_back(std::move(tool));
        }
        j["agentTools"] = std::move(tools);
    }
    if (p.schemas.is_object() && !p.schemas.empty())
        j["schemas"] = p.schemas;
    return j;
}

QByteArray ProjectFile::serialize(const Project &project)
{
    // ensure_ascii=false keeps non-ASCII text readable; invalid UTF-8 cannot come from a QString.
    const std::string text = toJson(project).dump(2, ' ', false) + '\n';
    return QByteArray(text.data(), qsizetype(text.size()));
}

Result<void> ProjectFile::write(const Project &project, const QString &filePath)
{
    const QByteArray bytes = serialize(project);
    QSaveFile file(filePath);
    file.setDirectWriteFallback(false); // never a half-written project, even in odd folders
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(QStringLiteral("project.save-open"),
                         tr("Cannot save the project: %1. Check that the folder exists and that "
                            "you may write to it; the file on disk was not changed.")
                             .arg(file.errorString()),
                         filePath);
    }
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(QStringLiteral("project.save-write"),
                         tr("Cannot save the project: %1. Is the disk full? The file on disk was "
                            "not changed.")
                             .arg(reason),
                         filePath);
    }
    if (!file.commit()) {
        return makeError(QStringLiteral("project.save-commit"),
                         tr("Cannot save the project: %1. Is the disk full? The file on disk was "
                            "not changed.")
                             .arg(file.errorString()),
                         filePath);
    }
    return {};
}

} // namespace patchbay
