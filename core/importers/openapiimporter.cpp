#include "openapiimporter.h"

#include "importers/schemainference.h"
#include "importers/specdocument.h"
#include "project/projectvalidator.h"
#include "model/schemafields.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <unordered_map>

namespace patchbay {

namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }

QString text(const Json &v, const char *key) { return jsonText(v, key); }
const Json *member(const Json &v, const char *key) { return jsonMember(v, key); }

/// A variable name that `{{…}}` accepts: letters, digits, `_`, `.`, `-`.
QString variableName(const QString &raw)
{
    static const QRegularExpression odd(QStringLiteral("[^A-Za-z0-9_.-]+"));
    static const QRegularExpression lead(QStringLiteral("^[^A-Za-z_]+"));
    QString n = raw;
    n.replace(odd, QStringLiteral("_"));
    n.remove(lead);
    return n.isEmpty() ? QStringLiteral("value") : n;
}

class Importer
{
public:
    Importer(const Json &doc, QString sourceName) : m_doc(doc), m_source(std::move(sourceName)) {}

    ImportResult run();

private:
    void problem(const QString &path, const QString &message, bool error = false)
    {
        m_result.problems.append({error ? Problem::Severity::Error : Problem::Severity::Warning, path, message});
    }

    // --- $ref and schemas -------------------------------------------------------------------
    const Json *resolvePointer(const std::string &ref) const;
    /// The node a `$ref` leads to (parameters, responses, request bodies), following chains.
    const Json *deref(const Json &node, const QString &path);
    Json schema(const Json &s, const QString &path, int depth);
    /// A schema under `#/components/schemas` (`#/definitions` in 2.0) is written once into the
    /// project's `schemas` and referred to; this is its name there, or "" for another $ref.
    QString sharedName(const std::string &ref) const;
    /// The project's shared schema of that name, converted on first use.
    const Json &shared(QString name); // a copy: converting may grow the list it comes from
    /// Notes a shared schema met, to be converted when the import is done.
    void meet(const QString &name);
    /// What a converted schema stands for: a reference to a shared schema followed.
    const Json &resolved(const Json &converted);
    Json sampleFor(const Json &schema, int depth);

    void connection();
    Auth auth(const Json &scheme, const QString &path);
    void operations();
    void operation(const QString &pathTemplate, const QString &method, const Json &op, const Json &pathItem,
                   const QString &itemWhere, const QString &where);
    void addVariable(const QString &name, const QString &value);

    const Json &m_doc;
    QString m_source;
    bool m_v2 = false;
    ImportResult m_result;
    Connection m_connection;
    std::unordered_map<std::string, Json> m_schemaCache;
    std::vector<std::string> m_refStack;
    // shared schemas: converted ones by name (node-based: references stay valid), the names met
    // in the order met, those being converted (a circle through allOf is cut there)
    std::unordered_map<QString, Json> m_shared;
    QStringList m_sharedOrder;
    QSet<QString> m_sharedMet; ///< what m_sharedOrder holds, to look up
    QSet<QString> m_converting;
    std::vector<QString> m_sampleChain;
    int m_sampleBudget = 0;
    QSet<QString> m_endpointIds;
};

const Json *Importer::resolvePointer(const std::string &ref) const
{
    if (ref.rfind("#/", 0) != 0)
        return nullptr;
    const Json *node = &m_doc;
    std::size_t start = 2;
    while (start <= ref.size()) {
        std::size_t end = ref.find('/', start);
        if (end == std::string::npos)
            end = ref.size();
        // percent-encoding from the URI fragment, then RFC 6901's ~1 and ~0
        const std::string token = toStdString(
            jsonPointerName(QUrl::fromPercentEncoding(QByteArray::fromStdString(ref.substr(start, end - start)))));
        if (node->is_object()) {
            const auto it = node->find(token);
            if (it == node->end())
                return nullptr;
            node = &*it;
        } else if (node->is_array()) {
            bool ok = false;
            const qsizetype i = QString::fromStdString(token).toLongLong(&ok);
            if (!ok || i < 0 || i >= qsizetype(node->size()))
                return nullptr;
            node = &(*node)[std::size_t(i)];
        } else {
            return nullptr;
        }
        start = end + 1;
        if (end == ref.size())
            break;
    }
    return node;
}

const Json *Importer::deref(const Json &node, const QString &path)
{
    const Json *n = &node;
    for (int hops = 0; hops < 16; ++hops) {
        const QString ref = text(*n, "$ref");
        if (ref.isEmpty())
            return n;
        const Json *target = resolvePointer(ref.toStdString());
        if (!target) {
            problem(path, ref.startsWith(u'#') ? OpenApiImporter::tr("the $ref \"%1\" leads nowhere in this document").arg(ref)
                                               : OpenApiImporter::tr("the $ref \"%1\" points into another file; only "
                                                                     "references inside the document are followed")
                                                     .arg(ref));
            return nullptr;
        }
        n = target;
    }
    problem(path, OpenApiImporter::tr("$refs that lead to each other in a circle"));
    return nullptr;
}

Json Importer::schema(const Json &s, const QString &path, int depth)
{
    // Structure nests at most MaxSchemaDepth levels within one schema, and $refs are followed
    // MaxRefDepth deep (each $ref'd schema starting its own structural count): recursion is
    // bounded. What a $ref resolves to depends only on the chain of $refs that led to it (where
    // cycles are cut), so it is computed once per chain — operations sharing a schema share it.
    constexpr int MaxSchemaDepth = 24;
    constexpr int MaxRefDepth = 4;
    if (!s.is_object()) {
        if (!s.is_boolean() && !s.is_null())
            problem(path, OpenApiImporter::tr("a schema should be an object"));
        return Json::object();
    }
    if (depth > MaxSchemaDepth)
        return Json{{"description", "(nested deeper than Patchbay follows)"}};
    if (const Json *ref = member(s, "$ref"); ref && ref->is_string()) {
        const std::string r = ref->get<std::string>();
        if (const QString name = sharedName(r); !name.isEmpty()) {
            if (!resolvePointer(r)) {
                problem(path, OpenApiImporter::tr("the $ref \"%1\" leads nowhere in this document").arg(qs(r)));
                return Json::object();
            }
            meet(name); // converted when the import is done, or when read first
            return Json{{"$ref", schemaRef(name).toStdString()}};
        }
        const auto onStack = std::find(m_refStack.begin(), m_refStack.end(), r);
        if (onStack != m_refStack.end()) {
            // a cycle: cut here, with a note of where it would go on
            Json cut = Json::object();
            cut["type"] = "object";
            cut["x-patchbay-cycle"] = r;
            return cut;
        }
        if (m_refStack.size() >= std::size_t(MaxRefDepth)) {
            Json cut = Json::object();
            cut["type"] = "object";
            cut["x-patchbay-ref"] = r; // deeper than Patchbay follows
            return cut;
        }
        std::string key;
        for (const std::string &above : m_refStack)
            key += above + '\n';
        key += r;
        if (const auto hit = m_schemaCache.find(key); hit != m_schemaCache.end())
            return hit->second;
        const Json *target = resolvePointer(r);
        if (!target) {
            problem(path, r.rfind("#", 0) == 0
                              ? OpenApiImporter::tr("the $ref \"%1\" leads nowhere in this document").arg(qs(r))
                              : OpenApiImporter::tr("the $ref \"%1\" points into another file; only references "
                                                    "inside the document are followed")
                                    .arg(qs(r)));
            return Json::object();
        }
        m_refStack.push_back(r);
        Json resolved = schema(*target, qs(r), 0);
        m_refStack.pop_back();
        m_schemaCache.emplace(std::move(key), resolved);
        return resolved;
    }
    if (const Json *all = member(s, "allOf"); all && all->is_array() && all->size() == 1 && !s.contains("properties")) {
        // `allOf` of one shared schema is how OpenAPI 3.0 puts words beside a $ref (GitHub's
        // nullable references, `readOnly` fields): it is that reference, with those words kept
        // beside it. Merged as a copy, chains of such fields copied each other: a GitHub-shaped
        // spec of 8 MB made a project of 1.3 GB.
        const Json *ref = member((*all)[0], "$ref");
        if (ref && ref->is_string() && !sharedName(ref->get<std::string>()).isEmpty()) {
            Json out = schema((*all)[0], JsonPath(path).key(QStringLiteral("allOf")).index(0), depth + 1);
            for (auto it = s.begin(); it != s.end(); ++it)
                if (it.key() != "allOf" && it.key().rfind("x-", 0) != 0)
                    out[it.key()] = *it;
            return out;
        }
    }
    Json out = Json::object();
    for (auto it = s.begin(); it != s.end(); ++it) {
        const std::string &k = it.key();
        if (k == "properties" && it->is_object()) {
            Json props = Json::object();
            for (auto p = it->begin(); p != it->end(); ++p)
                props[p.key()] = schema(*p, JsonPath(path).key(QStringLiteral("properties")).key(qs(p.key())), depth + 1);
            out["properties"] = std::move(props);
        } else if ((k == "items" || k == "additionalProperties" || k == "not") && it->is_object()) {
            out[k] = schema(*it, JsonPath(path).key(qs(k)), depth + 1);
        } else if ((k == "oneOf" || k == "anyOf") && it->is_array()) {
            Json alternatives = Json::array();
            for (std::size_t i = 0; i < it->size(); ++i)
                alternatives.push_back(schema((*it)[i], JsonPath(path).key(qs(k)).index(qsizetype(i)), depth + 1));
            out[k] = std::move(alternatives);
        } else if (k != "allOf" && k.rfind("x-", 0) != 0) {
            out[k] = *it; // vendor extensions (x-expansionResources, …) are not Patchbay's to keep
        }
    }
    if (const Json *all = member(s, "allOf"); all && all->is_array()) {
        // merged: properties and required of every part; the first part's type and format
        for (std::size_t i = 0; i < all->size(); ++i) {
            const Json converted = schema((*all)[i], JsonPath(path).key(QStringLiteral("allOf")).index(qsizetype(i)), depth + 1);
            const Json &part = resolved(converted);
            for (auto it = part.begin(); it != part.end(); ++it) {
                if (it.key() == "properties" && it->is_object()) {
                    Json &props = out["properties"];
                    if (!props.is_object())
                        props = Json::object();
                    for (auto p = it->begin(); p != it->end(); ++p)
                        props[p.key()] = *p;
                } else if (it.key() == "required" && it->is_array()) {
                    Json &req = out["required"];
                    if (!req.is_array())
                        req = Json::array();
                    for (const Json &r : *it)
                        if (std::find(req.begin(), req.end(), r) == req.end())
                            req.push_back(r);
                } else if (!out.contains(it.key())) {
                    out[it.key()] = *it;
                }
            }
        }
        if (!out.contains("type") && out.contains("properties"))
            out["type"] = "object";
    }
    return out;
}

QString Importer::sharedName(const std::string &ref) const
{
    const std::string_view prefix = m_v2 ? "#/definitions/" : "#/components/schemas/";
    if (ref.size() <= prefix.size() || ref.compare(0, prefix.size(), prefix) != 0)
        return {};
    const QString token = QUrl::fromPercentEncoding(QByteArray::fromStdString(ref.substr(prefix.size())));
    if (token.contains(u'/'))
        return {}; // into a schema, not a whole one
    return jsonPointerName(token);
}

const Json &Importer::shared(QString name)
{
    if (const auto it = m_shared.find(name); it != m_shared.end())
        return it->second;
    static const Json cut = Json::object();
    if (m_converting.contains(name) || m_converting.size() > 32)
        return cut; // allOf in a circle, or nested past reason: what is merged so far
    meet(name);
    const std::string ref = (m_v2 ? "#/definitions/" : "#/components/schemas/") + toStdString(jsonPointerToken(name));
    const Json *target = resolvePointer(ref);
    if (!target)
        return cut;
    m_converting.insert(name);
    Json converted = schema(*target, qs(ref), 0);
    m_converting.remove(name);
    return m_shared.emplace(name, std::move(converted)).first->second;
}

void Importer::meet(const QString &name)
{
    if (!m_sharedMet.contains(name)) {
        m_sharedMet.insert(name);
        m_sharedOrder.append(name);
    }
}

const Json &Importer::resolved(const Json &converted)
{
    const Json *s = &converted;
    for (int hops = 0; hops < 16; ++hops) {
        const Json *ref = member(*s, "$ref");
        if (!ref || !ref->is_string())
            return *s;
        const QString name = schemaRefName(ref->get<std::string>());
        if (name.isEmpty())
            return *s;
        s = &shared(name);
    }
    return *s;
}

bool readOnly(const Json &schema)
{
    return schema.is_object() && schema.contains("readOnly") && schema["readOnly"] == true;
}

Json Importer::sampleFor(const Json &schema, int depth)
{
    // a body to start from: every field once, shared schemas not again inside themselves, and no
    // more than a few thousand values however the schemas nest
    if (depth == 0)
        m_sampleBudget = 4000;
    if (!schema.is_object() || depth > 8 || --m_sampleBudget < 0)
        return nullptr;
    if (const Json *ref = member(schema, "$ref"); ref && ref->is_string()) {
        const QString name = schemaRefName(ref->get<std::string>());
        if (name.isEmpty() || std::find(m_sampleChain.begin(), m_sampleChain.end(), name) != m_sampleChain.end())
            return nullptr;
        m_sampleChain.push_back(name);
        Json sample = sampleFor(shared(name), depth);
        m_sampleChain.pop_back();
        return sample;
    }
    const Json &s = schema;
    if (const Json *e = member(s, "example"))
        return *e;
    if (const Json *d = member(s, "default"))
        return *d;
    if (const Json *e = member(s, "enum"); e && e->is_array() && !e->empty())
        return (*e)[0];
    for (const char *alt : {"oneOf", "anyOf"})
        if (const Json *a = member(s, alt); a && a->is_array() && !a->empty())
            return sampleFor((*a)[0], depth + 1);
    QString type = text(s, "type");
    if (const Json *t = member(s, "type"); t && t->is_array() && !t->empty() && (*t)[0].is_string())
        type = qs((*t)[0].get<std::string>()); // 3.1: ["string", "null"]
    if (type.isEmpty() && member(s, "properties"))
        type = QStringLiteral("object");
    if (type == u"object") {
        Json o = Json::object();
        if (const Json *props = member(s, "properties"); props && props->is_object())
            for (auto it = props->begin(); it != props->end(); ++it)
                if (!readOnly(*it) && !readOnly(resolved(*it))) // (beside a $ref, or in what it leads to)
                    o[it.key()] = sampleFor(*it, depth + 1); // what the server fills in is not sent
        return o;
    }
    if (type == u"array") {
        Json a = Json::array();
        if (const Json *items = member(s, "items"))
            a.push_back(sampleFor(*items, depth + 1));
        return a;
    }
    if (type == u"integer")
        return 0;
    if (type == u"number")
        return 0.0;
    if (type == u"boolean")
        return false;
    if (type == u"string") {
        const QString f = text(s, "format");
        if (f == u"date-time")
            return "2024-01-31T12:00:00Z";
        if (f == u"date")
            return "2024-01-31";
        if (f == u"email")
            return "someone@example.com";
        if (f == u"uuid")
            return "00000000-0000-4000-8000-000000000000";
        if (f == u"uri" || f == u"url")
            return "https://example.com/";
        return "";
    }
    return nullptr;
}

ImportResult Importer::run()
{
    if (!m_doc.is_object()) {
        problem({}, OpenApiImporter::tr("an OpenAPI document is an object at the top; this is not one"), true);
        return m_result;
    }
    const QString openapi = text(m_doc, "openapi");
    const QString swagger = text(m_doc, "swagger");
    if (!swagger.isEmpty()) {
        m_v2 = true;
        m_result.version = swagger;
        if (swagger != u"2.0")
            problem(QStringLiteral("swagger"), OpenApiImporter::tr("Swagger %1 is not known; read as 2.0").arg(swagger));
    } else if (!openapi.isEmpty()) {
        m_result.version = openapi;
        if (!openapi.startsWith(QLatin1String("3.")))
            problem(QStringLiteral("openapi"), OpenApiImporter::tr("OpenAPI %1 is not known; read as 3.1").arg(openapi));
    } else {
        problem({}, OpenApiImporter::tr("neither \"openapi\" nor \"swagger\" says which version this is; read as OpenAPI 3"),
                !member(m_doc, "paths"));
        if (!member(m_doc, "paths"))
            return m_result;
    }
    const Json *info = member(m_doc, "info");
    QString title = info ? text(*info, "title") : QString();
    if (!info || !info->is_object())
        problem(QStringLiteral("info"), OpenApiImporter::tr("missing; the API is named after the file"));
    if (title.isEmpty())
        title = QFileInfo(m_source).completeBaseName().section(u'.', 0, 0);
    if (title.isEmpty())
        title = QStringLiteral("API");
    Project &p = m_result.project;
    p.name = title;
    p.id = makeId(title, [](const QString &) { return false; });
    p.description = info ? text(*info, "description").left(500) : QString();
    p.environments.append(Environment{QStringLiteral("default"), {}});
    connection();
    operations();
    p.connections.append(m_connection);
    // the shared schemas the endpoints refer to, and those they refer to in turn (each converted
    // once, without recursing into the next: a spec's schemas may refer to each other in circles)
    for (qsizetype i = 0; i < m_sharedOrder.size(); ++i)
        shared(m_sharedOrder[i]);
    for (const QString &name : std::as_const(m_sharedOrder))
        if (const auto it = m_shared.find(name); it != m_shared.end())
            p.schemas[name.toStdString()] = std::move(it->second);
    for (auto it = p.schemas.begin(); it != p.schemas.end(); ++it)
        if (!resolveSchema(*it, p.schemas)) {
            problem((m_v2 ? JsonPath(QStringLiteral("definitions")) : JsonPath(QStringLiteral("components")).key(QStringLiteral("schemas"))).key(qs(it.key())),
                    OpenApiImporter::tr("$refs that lead to each other in a circle"));
            *it = Json::object();
        }
    return m_result;
}

void Importer::addVariable(const QString &name, const QString &value)
{
    Variables &vars = m_result.project.environments[0].variables;
    if (!findVariable(vars, name))
        vars.append(Variable{name, value, false});
}

void Importer::connection()
{
    Connection &c = m_connection;
    c.name = m_result.project.name;
    c.id = makeId(c.name, [](const QString &) { return false; });
    if (m_v2) {
        QString scheme = QStringLiteral("https");
        if (const Json *schemes = member(m_doc, "schemes"); schemes && schemes->is_array() && !schemes->empty()) {
            bool https = false;
            for (const Json &s : *schemes)
                https = https || (s.is_string() && s.get<std::string>() == "https");
            scheme = https ? QStringLiteral("https") : qs((*schemes)[0].is_string() ? (*schemes)[0].get<std::string>() : "https");
        }
        QString host = text(m_doc, "host");
        if (host.isEmpty()) {
            host = QStringLiteral("{{host}}");
            addVariable(QStringLiteral("host"), QString());
            problem(QStringLiteral("host"), OpenApiImporter::tr("missing; set the variable {{host}} to the API's host name"));
        }
        QString basePath = text(m_doc, "basePath");
        if (basePath == u"/")
            basePath.clear();
        c.baseUrl = scheme + QStringLiteral("://") + host + basePath;
    } else {
        const Json *servers = member(m_doc, "servers");
        const Json *server = servers && servers->is_array() && !servers->empty() ? &(*servers)[0] : nullptr;
        QString url = server ? text(*server, "url") : QString();
        if (url.isEmpty()) {
            url = QStringLiteral("{{base_url}}");
            addVariable(QStringLiteral("base_url"), QString());
            problem(QStringLiteral("servers"), OpenApiImporter::tr("no server is given; set the variable {{base_url}} to the API's address"));
        }
        // server variables: {region} → {{region}} with its default
        if (const Json *vars = server ? member(*server, "variables") : nullptr; vars && vars->is_object()) {
            for (auto it = vars->begin(); it != vars->end(); ++it) {
                const QString name = variableName(qs(it.key()));
                url.replace(u'{' + qs(it.key()) + u'}', QStringLiteral("{{") + name + QStringLiteral("}}"));
                addVariable(name, text(*it, "default"));
            }
        }
        if (url.startsWith(u'/')) {
            addVariable(QStringLiteral("base_url"), QString());
            problem(QStringLiteral("servers[0].url"),
                    OpenApiImporter::tr("\"%1\" is relative; set the variable {{base_url}} to the API's address").arg(url));
            url = QStringLiteral("{{base_url}}") + url;
        }
        while (url.endsWith(u'/'))
            url.chop(1);
        c.baseUrl = url;
    }
    // auth: the scheme the document requires first, else the first one it defines
    const Json *schemes = m_v2 ? member(m_doc, "securityDefinitions")
                               : (member(m_doc, "components") ? member(m_doc["components"], "securitySchemes") : nullptr);
    if (!schemes || !schemes->is_object() || schemes->empty())
        return;
    // Of the alternatives the document offers, one that needs no user name is preferred (Stripe
    // takes its secret key as a Basic user name or as a Bearer token: Bearer asks for less).
    const auto isBasic = [&](const std::string &name) {
        const Json &s = (*schemes)[name];
        return text(s, "type") == u"basic" || (text(s, "type") == u"http" && text(s, "scheme").toLower() == u"basic");
    };
    std::vector<std::string> offered;
    if (const Json *security = member(m_doc, "security"); security && security->is_array())
        for (const Json &req : *security)
            if (req.is_object() && !req.empty() && schemes->contains(req.begin().key()))
                offered.push_back(req.begin().key());
    const auto noUserName = std::find_if_not(offered.begin(), offered.end(), isBasic);
    const std::string chosen = noUserName != offered.end() ? *noUserName
                               : !offered.empty()           ? offered.front()
                                                            : schemes->begin().key();
    const QString path = (m_v2 ? QStringLiteral("securityDefinitions") : QStringLiteral("components.securitySchemes"));
    const Json *scheme = deref((*schemes)[chosen], JsonPath(path).key(qs(chosen)));
    if (scheme)
        c.auth = auth(*scheme, JsonPath(path).key(qs(chosen)));
}

Auth Importer::auth(const Json &s, const QString &path)
{
    Auth a;
    const QString type = text(s, "type");
    if (type == u"apiKey") {
        a.type = AuthType::ApiKey;
        a.keyName = text(s, "name");
        const QString in = text(s, "in");
        if (in == u"query")
            a.keyIn = ApiKeyLocation::Query;
        else if (in != u"header")
            problem(JsonPath(path).key(QStringLiteral("in")),
                    OpenApiImporter::tr("an API key in \"%1\" is not supported; it is sent as a header").arg(in));
    } else if (type == u"http" || type == u"basic") {
        const QString scheme = text(s, "scheme").toLower();
        if (type == u"basic" || scheme == u"basic") {
            a.type = AuthType::Basic;
        } else if (scheme == u"bearer") {
            a.type = AuthType::Bearer;
        } else {
            problem(JsonPath(path).key(QStringLiteral("scheme")),
                    OpenApiImporter::tr("HTTP authentication \"%1\" is not supported; the connection has none").arg(scheme));
        }
    } else if (type == u"oauth2") {
        a.type = AuthType::OAuth2;
        QString tokenUrl;
        QString authUrl;
        const Json *scopes = nullptr;
        if (m_v2) {
            const QString flow = text(s, "flow");
            tokenUrl = text(s, "tokenUrl");
            authUrl = text(s, "authorizationUrl");
            scopes = member(s, "scopes");
            if (flow == u"accessCode")
                a.grant = OAuth2Grant::AuthorizationCode;
            else if (flow != u"application")
                problem(JsonPath(path).key(QStringLiteral("flow")),
                        OpenApiImporter::tr("the OAuth2 flow \"%1\" is not supported; set up client credentials or "
                                            "authorization code by hand")
                            .arg(flow));
        } else if (const Json *flows = member(s, "flows"); flows && flows->is_object()) {
            const Json *f = member(*flows, "authorizationCode");
            if (f) {
                a.grant = OAuth2Grant::AuthorizationCode;
            } else if ((f = member(*flows, "clientCredentials"))) {
                a.grant = OAuth2Grant::ClientCredentials;
            } else {
                problem(JsonPath(path).key(QStringLiteral("flows")),
                        OpenApiImporter::tr("only the authorizationCode and clientCredentials flows are supported"));
            }
            if (f) {
                tokenUrl = text(*f, "tokenUrl");
                authUrl = text(*f, "authorizationUrl");
                scopes = member(*f, "scopes");
            }
        }
        a.tokenUrl = tokenUrl;
        a.authorizationUrl = authUrl;
        a.clientId = QStringLiteral("{{client_id}}");
        addVariable(QStringLiteral("client_id"), QString());
        a.clientSecret = a.grant == OAuth2Grant::ClientCredentials ? SecretRef{} : SecretRef{SecretRef::Source::None, {}};
        if (scopes && scopes->is_object()) {
            QStringList names;
            for (auto it = scopes->begin(); it != scopes->end(); ++it)
                names << qs(it.key());
            a.scope = names.join(u' ');
        }
    } else {
        problem(JsonPath(path).key(QStringLiteral("type")),
                OpenApiImporter::tr("the security scheme type \"%1\" is not supported; the connection has no auth").arg(type));
    }
    return a;
}

void Importer::operations()
{
    const Json *paths = member(m_doc, "paths");
    if (!paths) {
        problem(QStringLiteral("paths"), OpenApiImporter::tr("missing: the document describes no operations"), true);
        return;
    }
    if (!paths->is_object()) {
        problem(QStringLiteral("paths"), OpenApiImporter::tr("should be an object of paths"), true);
        return;
    }
    static const char *const methods[] = {"get", "put", "post", "delete", "options", "head", "patch", "trace"};
    for (auto it = paths->begin(); it != paths->end(); ++it) {
        const QString pathKey = qs(it.key());
        const QString where = JsonPath(QStringLiteral("paths")).key(pathKey);
        const Json *item = deref(*it, where);
        if (!item)
            continue;
        if (!item->is_object()) {
            problem(where, OpenApiImporter::tr("a path item should be an object"));
            continue;
        }
        for (const char *m : methods) {
            const Json *op = member(*item, m);
            if (!op)
                continue;
            ++m_result.operations;
            if (!op->is_object()) {
                problem(JsonPath(where).key(qs(m)), OpenApiImporter::tr("an operation should be an object"));
                continue;
            }
            operation(pathKey, QString::fromLatin1(m).toUpper(), *op, *item, where, JsonPath(where).key(qs(m)));
        }
    }
}

void Importer::operation(const QString &pathTemplate, const QString &method, const Json &op, const Json &pathItem,
                         const QString &itemWhere, const QString &where)
{
    Endpoint e;
    const QString operationId = text(op, "operationId");
    const QString summary = text(op, "summary").simplified();
    e.name = !summary.isEmpty() && summary.size() <= 60 ? summary
             : !operationId.isEmpty()                   ? operationId
                                                        : method + u' ' + pathTemplate;
    e.id = makeId(operationId.isEmpty() ? method + u'-' + pathTemplate : operationId,
                  [this](const QString &id) { return m_endpointIds.contains(id); });
    m_endpointIds.insert(e.id);
    if (const Json *tags = member(op, "tags"); tags && tags->is_array() && !tags->empty() && (*tags)[0].is_string())
        e.group = qs((*tags)[0].get<std::string>());
    e.connection = m_connection.id;
    e.method = method;

    // parameters: the path item's, overridden by the operation's (same name and place)
    QList<QPair<const Json *, QString>> params;
    auto collect = [&](const Json &owner, const QString &ownerPath) {
        const Json *list = member(owner, "parameters");
        if (!list)
            return;
        if (!list->is_array()) {
            problem(JsonPath(ownerPath).key(QStringLiteral("parameters")), OpenApiImporter::tr("should be a list"));
            return;
        }
        for (std::size_t i = 0; i < list->size(); ++i) {
            const QString ppath = JsonPath(ownerPath).key(QStringLiteral("parameters")).index(qsizetype(i));
            const Json *param = deref((*list)[i], ppath);
            if (!param || !param->is_object())
                continue;
            const QString name = text(*param, "name");
            const QString in = text(*param, "in");
            params.removeIf([&](const QPair<const Json *, QString> &p) {
                return text(*p.first, "name") == name && text(*p.first, "in") == in;
            });
            params.append({param, ppath});
        }
    };
    collect(pathItem, itemWhere);
    collect(op, where);

    QString path = pathTemplate;
    QStringList formFields;
    for (const auto &[param, ppath] : params) {
        const QString name = text(*param, "name");
        const QString in = text(*param, "in");
        const QString var = variableName(name);
        const bool required = param->contains("required") && (*param)["required"] == true;
        QString example;
        const Json *ex = member(*param, "example");
        const Json *sch = member(*param, "schema");
        if (!ex && sch)
            ex = member(*sch, "example");
        if (!ex)
            ex = member(*param, "default");
        if (!ex && sch)
            ex = member(*sch, "default");
        if (ex && !ex->is_null())
            example = ex->is_string() ? qs(ex->get<std::string>()) : qs(ex->dump());
        if (name.isEmpty()) {
            problem(ppath, OpenApiImporter::tr("a parameter without a name is left out"));
            continue;
        }
        if (in == u"path") {
            path.replace(u'{' + name + u'}', QStringLiteral("{{") + var + QStringLiteral("}}"));
            addVariable(var, example);
        } else if (in == u"query" || in == u"header") {
            if (!required && example.isEmpty())
                continue; // optional without a value: left for the user to add
            KeyValues &list = in == u"query" ? e.query : e.headers;
            if (required) {
                list.append({name, QStringLiteral("{{") + var + QStringLiteral("}}")});
                addVariable(var, example);
            } else {
                list.append({name, example});
            }
        } else if (in == u"body" && m_v2) {
            if (sch) {
                e.requestSchema = schema(*sch, JsonPath(ppath).key(QStringLiteral("schema")), 0);
                const Json sample = sampleFor(e.requestSchema, 0);
                e.body = qs(sample.dump(2));
                e.headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/json")});
            }
        } else if (in == u"formData" && m_v2) {
            formFields << name + QStringLiteral("={{") + var + QStringLiteral("}}");
            addVariable(var, example);
        } else if (in == u"cookie") {
            problem(ppath, OpenApiImporter::tr("cookie parameters are not supported; \"%1\" is left out").arg(name));
        } else {
            problem(JsonPath(ppath).key(QStringLiteral("in")), OpenApiImporter::tr("unknown place \"%1\" for a parameter").arg(in));
        }
    }
    // a {placeholder} no parameter described still becomes a variable
    static const QRegularExpression loose(QStringLiteral("(?<!\\{)\\{([^{}]+)\\}(?!\\})"));
    for (auto it = loose.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString var = variableName(m.captured(1));
        path.replace(m.captured(0), QStringLiteral("{{") + var + QStringLiteral("}}"));
        addVariable(var, QString());
    }
    e.path = path;
    if (!formFields.isEmpty()) {
        e.body = formFields.join(u'&');
        e.headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/x-www-form-urlencoded")});
    }

    QString mediaType;
    auto jsonContent = [&mediaType](const Json &owner) -> const Json * {
        const Json *content = member(owner, "content");
        if (!content || !content->is_object())
            return nullptr;
        if (const Json *j = member(*content, "application/json")) {
            mediaType = QStringLiteral("application/json");
            return j;
        }
        for (auto it = content->begin(); it != content->end(); ++it)
            if (it.key().find("json") != std::string::npos) { // application/merge-patch+json, …
                mediaType = qs(it.key());
                return &*it;
            }
        return nullptr;
    };
    auto firstExample = [](const Json &media) -> const Json * {
        if (const Json *ex = member(media, "example"))
            return ex;
        if (const Json *exs = member(media, "examples"); exs && exs->is_object() && !exs->empty()) {
            const Json &first = exs->begin().value();
            return member(first, "value") ? member(first, "value") : nullptr;
        }
        return nullptr;
    };

    // request body (3.x); none for a GET or HEAD, which carry none (Stripe's lists declare an
    // empty form body: sent, it would only bring a Content-Type header along)
    if (!m_v2 && method != u"GET" && method != u"HEAD") {
        if (const Json *rb = member(op, "requestBody")) {
            const QString rbPath = JsonPath(where).key(QStringLiteral("requestBody"));
            if (const Json *body = deref(*rb, rbPath); body && body->is_object()) {
                if (const Json *media = jsonContent(*body)) {
                    if (const Json *sch = member(*media, "schema"))
                        e.requestSchema = schema(*sch, JsonPath(rbPath).key(QStringLiteral("content")).key(mediaType).key(QStringLiteral("schema")), 0);
                    const Json *ex = firstExample(*media);
                    const Json sample = ex ? *ex : sampleFor(e.requestSchema, 0);
                    e.body = qs(sample.dump(2));
                    e.headers.append({QStringLiteral("Content-Type"), mediaType});
                } else if (const Json *content = member(*body, "content"); content && content->is_object() && !content->empty()) {
                    e.headers.append({QStringLiteral("Content-Type"), qs(content->begin().key())});
                }
            }
        }
    }

    // the response: its record schema, where the records are, samples
    bool returnsList = false;
    const Json *responses = member(op, "responses");
    if (!responses || !responses->is_object()) {
        if (!responses)
            problem(JsonPath(where).key(QStringLiteral("responses")), OpenApiImporter::tr("missing; the endpoint has no record schema"));
    } else {
        const Json *chosen = nullptr;
        QString chosenPath;
        for (const char *code : {"200", "201", "2XX", "2xx", "202", "203", "206", "default"}) {
            if (const Json *r = member(*responses, code)) {
                chosenPath = JsonPath(where).key(QStringLiteral("responses")).key(QString::fromLatin1(code));
                chosen = deref(*r, chosenPath);
                break;
            }
        }
        if (chosen && chosen->is_object()) {
            Json responseSchema;
            const Json *example = nullptr;
            if (m_v2) {
                if (const Json *sch = member(*chosen, "schema"))
                    responseSchema = schema(*sch, JsonPath(chosenPath).key(QStringLiteral("schema")), 0);
                if (const Json *exs = member(*chosen, "examples"))
                    example = member(*exs, "application/json");
            } else if (const Json *media = jsonContent(*chosen)) {
                if (const Json *sch = member(*media, "schema"))
                    responseSchema = schema(*sch, JsonPath(chosenPath).key(QStringLiteral("content")), 0);
                example = firstExample(*media);
            }
            if (const Json &rs = resolved(responseSchema); rs.is_object()) {
                if (text(rs, "type") == u"array") {
                    returnsList = true;
                    e.recordSchema = rs.value("items", Json::object());
                } else if (const Json *props = member(rs, "properties"); props && props->is_object()) {
                    // a list wrapped in an envelope: {"data": [...], "next": …}
                    QString wrapped;
                    QStringList arrays;
                    for (auto it = props->begin(); it != props->end(); ++it)
                        if (text(resolved(*it), "type") == u"array")
                            arrays << qs(it.key());
                    for (const QString &p : SchemaInference::recordListNames())
                        if (arrays.contains(p)) {
                            wrapped = p;
                            break;
                        }
                    if (wrapped.isEmpty() && arrays.size() == 1)
                        wrapped = arrays.first();
                    if (!wrapped.isEmpty()) {
                        returnsList = true;
                        e.recordsPath = wrapped;
                        e.recordSchema = resolved((*props)[wrapped.toStdString()]).value("items", Json::object());
                    } else {
                        e.recordSchema = responseSchema;
                    }
                } else {
                    e.recordSchema = responseSchema;
                }
            }
            if (example) {
                Json records = *example;
                if (!e.recordsPath.isEmpty() && records.is_object())
                    records = records.value(e.recordsPath.toStdString(), Json());
                if (records.is_array()) {
                    Json samples = Json::array();
                    for (std::size_t i = 0; i < records.size() && i < 20; ++i)
                        samples.push_back(records[i]);
                    e.samples = samples;
                } else if (records.is_object()) {
                    e.samples = Json::array({records});
                }
            }
        }
    }
    // pagination, when the parameters say it plainly
    auto hasQuery = [&](const char *name) {
        for (const auto &[param, ppath] : params)
            if (text(*param, "in") == u"query" && text(*param, "name") == QLatin1String(name))
                return true;
        return false;
    };
    if (method == u"GET" && returnsList) {
        if (hasQuery("page")) {
            e.pagination.style = PaginationStyle::Page;
            e.pagination.sizeParam = hasQuery("per_page") ? QStringLiteral("per_page") : hasQuery("page_size") ? QStringLiteral("page_size") : hasQuery("limit") ? QStringLiteral("limit") : QString();
        } else if (hasQuery("offset")) {
            e.pagination.style = PaginationStyle::Offset;
            e.pagination.sizeParam = hasQuery("limit") ? QStringLiteral("limit") : QString();
        } else if (hasQuery("cursor")) {
            e.pagination.style = PaginationStyle::Cursor;
        } else if (hasQuery("starting_after")) {
            // Stripe's: the next page starts after the last record's id
            e.pagination.style = PaginationStyle::Cursor;
            e.pagination.cursorParam = QStringLiteral("starting_after");
            e.pagination.cursorPath = QStringLiteral("@last.id");
            e.pagination.sizeParam = hasQuery("limit") ? QStringLiteral("limit") : QString();
        }
        if (e.pagination.style != PaginationStyle::None) // the pager sets these itself
            e.query.removeIf([&](const KeyValue &kv) {
                return kv.name == e.pagination.pageParam || kv.name == e.pagination.sizeParam ||
                       kv.name == e.pagination.offsetParam || kv.name == e.pagination.cursorParam;
            });
    }
    m_result.project.endpoints.append(e);
}

} // namespace

QString makeId(const QString &name, const std::function<bool(const QString &)> &taken)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    static const QRegularExpression ends(QStringLiteral("^-+|-+$"));
    QString base = name.toLower();
    base.replace(separators, QStringLiteral("-"));
    base.remove(ends);
    if (base.isEmpty())
        base = QStringLiteral("item");
    base = base.left(56);
    while (base.endsWith(u'-'))
        base.chop(1);
    QString id = base;
    for (int n = 2; taken(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

ImportResult OpenApiImporter::import(const Json &document, const QString &sourceName)
{
    return Importer(document, sourceName).run();
}

ImportResult OpenApiImporter::importFile(const QString &path)
{
    ImportResult r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.problems.append({Problem::Severity::Error, {}, tr("cannot read %1: %2").arg(path, f.errorString())});
        return r;
    }
    Problems problems;
    const std::optional<Json> doc = SpecDocument::parse(f.readAll(), &problems);
    if (!doc) {
        r.problems = problems;
        return r;
    }
    r = import(*doc, QFileInfo(path).fileName());
    r.problems = problems + r.problems;
    for (Connection &c : r.project.connections)
        c.spec = QFileInfo(path).absoluteFilePath(); // the caller makes it relative to the project (specOriginFor)
    return r;
}

QStringList mergeImport(Project &into, const Project &imported)
{
    QStringList added;
    // shared schemas: one of the same name and content (its $refs followed) is shared; another
    // name is found for one that differs, and the imported $refs follow it
    QHash<QString, QString> renamed;
    const auto taken = [&](const QString &name) {
        const std::string n = name.toStdString();
        return into.schemas.contains(n) || imported.schemas.contains(n) || renamed.values().contains(name);
    };
    for (bool changed = true; changed;) {
        changed = false;
        for (auto it = imported.schemas.begin(); it != imported.schemas.end(); ++it) {
            const QString name = toQString(it.key());
            if (renamed.contains(name) || !into.schemas.contains(it.key()))
                continue;
            Json mine = *it;
            renameSchemaRefs(mine, renamed);
            if (into.schemas[it.key()] == mine)
                continue;
            QString to;
            for (int n = 2; to.isEmpty() || taken(to); ++n)
                to = name + u'_' + QString::number(n);
            renamed.insert(name, to);
            changed = true;
        }
    }
    for (auto it = imported.schemas.begin(); it != imported.schemas.end(); ++it) {
        Json schema = *it;
        renameSchemaRefs(schema, renamed);
        into.schemas[renamed.value(toQString(it.key()), toQString(it.key())).toStdString()] = std::move(schema);
    }
    QHash<QString, QString> connectionIds;
    for (Connection c : imported.connections) {
        const QString old = c.id;
        c.id = makeId(c.id, [&](const QString &id) { return into.connection(id) != nullptr; });
        connectionIds.insert(old, c.id);
        into.connections.append(c);
        added << QCoreApplication::translate("patchbay::OpenApiImporter", "connection %1 (%2)").arg(c.id, c.baseUrl);
    }
    for (Endpoint e : imported.endpoints) {
        e.id = makeId(e.id, [&](const QString &id) { return into.endpoint(id) != nullptr; });
        e.connection = connectionIds.value(e.connection, e.connection);
        renameSchemaRefs(e.recordSchema, renamed);
        renameSchemaRefs(e.requestSchema, renamed);
        into.endpoints.append(e);
        added << QCoreApplication::translate("patchbay::OpenApiImporter", "endpoint %1: %2 %3").arg(e.id, e.method, e.path);
    }
    addImportedVariables(into, imported);
    return added;
}

void addImportedVariables(Project &into, const Project &imported)
{
    if (into.environments.isEmpty())
        into.environments.append(Environment{QStringLiteral("default"), {}});
    for (const Environment &env : imported.environments)
        for (const Variable &v : env.variables)
            for (Environment &target : into.environments)
                if (!findVariable(target.variables, v.name) && !findVariable(into.variables, v.name))
                    target.variables.append(v);
}

} // namespace patchbay
