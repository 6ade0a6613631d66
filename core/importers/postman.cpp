#include "postman.h"

#include "util/templatevars.h"

#include "importers/specdocument.h"
#include "model/names.h"
#include "util/fastjson.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace patchbay {

namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }

/// Text, or a number or true/false written as text (Postman keeps some values unquoted).
QString str(const Json &v, const char *key)
{
    const Json *m = jsonMember(v, key);
    if (m && (m->is_number() || m->is_boolean()))
        return qs(m->dump());
    return jsonText(v, key);
}

bool disabled(const Json &v) { return v.is_object() && v.contains("disabled") && v["disabled"] == true; }

/// Postman auth's attribute lists: [{"key": "token", "value": "…"}, …] (v2.1) or an object (v2.0).
QString authValue(const Json &auth, const std::string &type, const char *key)
{
    const Json *attrs = auth.contains(type) ? &auth[type] : nullptr;
    if (!attrs)
        return {};
    if (attrs->is_array()) {
        for (const Json &a : *attrs)
            if (str(a, "key") == QLatin1String(key))
                return str(a, "value");
        return {};
    }
    return str(*attrs, key);
}

class Importer
{
public:
    Postman::Import run(const Json &collection, const Json &environment);

private:
    void walk(const Json &items, const QString &group, const Json &inheritedAuth, const QString &path, int depth);
    void request(const Json &item, const QString &group, const Json &auth, const QString &path);
    QString connectionFor(const QString &origin, const Json &auth, const QString &path);
    /// The item's test script, as far as it says what the reply should be: assertions and
    /// captures; what is left is listed as a problem.
    void tests(const Json &item, Endpoint &e, const QString &path);
    void problem(const QString &path, const QString &message, bool error = false)
    {
        m_out.result.problems.append({error ? Problem::Severity::Error : Problem::Severity::Warning, path, message});
    }
    void addVariable(const QString &name, const QString &value, bool secret = false)
    {
        Variables &vars = m_out.result.project.environments[0].variables;
        if (!findVariable(vars, name))
            vars.append(Variable{name, secret ? QString() : value, secret});
    }
    SecretRef secret(const QString &connectionId, const char *field, const QString &value, const QString &path);

    Postman::Import m_out;
    QHash<QString, QString> m_connectionByKey; ///< origin + auth → connection id
};

SecretRef Importer::secret(const QString &connectionId, const char *field, const QString &value, const QString &path)
{
    if (isVariableReference(value))
        return SecretRef{SecretRef::Source::Variable, value.trimmed()};
    if (!value.isEmpty()) {
        m_out.secrets[connectionId][QString::fromLatin1(field)] = value;
        problem(path, Postman::tr("the collection holds the %1 itself; it goes to the keychain, not into the project")
                          .arg(QString::fromLatin1(field)));
    }
    return SecretRef{};
}

QString Importer::connectionFor(const QString &origin, const Json &auth, const QString &path)
{
    const QString key = origin + u'\n' + qs(auth.dump());
    if (const auto it = m_connectionByKey.constFind(key); it != m_connectionByKey.cend())
        return *it;
    Project &p = m_out.result.project;
    Connection c;
    QString name = origin;
    static const QRegularExpression var(QStringLiteral("^\\{\\{\\s*([^{}\\s]+?)(_base_url)?\\s*\\}\\}$"));
    if (const QRegularExpressionMatch m = var.match(origin); m.hasMatch())
        name = m.captured(1);
    else
        name = QUrl(origin).host().isEmpty() ? origin : QUrl(origin).host();
    c.name = name;
    c.id = makeId(name, [&](const QString &id) { return p.connection(id) != nullptr; });
    c.baseUrl = origin;
    const std::string type = auth.is_object() ? auth.value("type", std::string("noauth")) : std::string("noauth");
    const QString apath = JsonPath(path).key(QStringLiteral("auth"));
    if (type == "bearer") {
        c.auth.type = AuthType::Bearer;
        c.auth.token = secret(c.id, "token", authValue(auth, type, "token"), apath);
    } else if (type == "basic") {
        c.auth.type = AuthType::Basic;
        c.auth.username = authValue(auth, type, "username");
        c.auth.password = secret(c.id, "password", authValue(auth, type, "password"), apath);
    } else if (type == "apikey") {
        c.auth.type = AuthType::ApiKey;
        c.auth.keyName = authValue(auth, type, "key");
        c.auth.keyIn = authValue(auth, type, "in") == u"query" ? ApiKeyLocation::Query : ApiKeyLocation::Header;
        c.auth.key = secret(c.id, "key", authValue(auth, type, "value"), apath);
    } else if (type == "oauth2") {
        c.auth.type = AuthType::OAuth2;
        const QString grant = authValue(auth, type, "grant_type");
        c.auth.grant = grant == u"authorization_code" || grant == u"authorization_code_with_pkce"
                           ? OAuth2Grant::AuthorizationCode
                           : OAuth2Grant::ClientCredentials;
        c.auth.tokenUrl = authValue(auth, type, "accessTokenUrl");
        c.auth.authorizationUrl = authValue(auth, type, "authUrl");
        c.auth.clientId = authValue(auth, type, "clientId");
        c.auth.scope = authValue(auth, type, "scope");
        const QString clientSecret = authValue(auth, type, "clientSecret");
        c.auth.clientSecret = clientSecret.isEmpty() && c.auth.grant == OAuth2Grant::AuthorizationCode
                                  ? SecretRef{SecretRef::Source::None, {}}
                                  : secret(c.id, "clientSecret", clientSecret, apath);
    } else if (type != "noauth" && type != "inherit") {
        problem(apath, Postman::tr("the auth type \"%1\" is not supported; the connection has none").arg(qs(type)));
    }
    p.connections.append(c);
    m_connectionByKey.insert(key, c.id);
    return c.id;
}

void Importer::request(const Json &item, const QString &group, const Json &auth, const QString &path)
{
    const Json &req = item["request"];
    Endpoint e;
    e.name = str(item, "name");
    if (e.name.isEmpty())
        e.name = Postman::tr("Request");
    e.group = group;
    Project &p = m_out.result.project;
    e.id = makeId(e.name, [&](const QString &id) { return p.endpoint(id) != nullptr; });
    QString raw;
    const Json *url = nullptr;
    if (req.is_string()) { // v2.0 short form: the request is its URL
        raw = qs(req.get<std::string>());
    } else {
        e.method = str(req, "method").toUpper();
        if (req.contains("url")) {
            url = &req["url"];
            raw = url->is_string() ? qs(url->get<std::string>()) : str(*url, "raw");
        }
    }
    if (e.method.isEmpty())
        e.method = QStringLiteral("GET");
    if (raw.isEmpty()) {
        problem(JsonPath(path).key(QStringLiteral("request")).key(QStringLiteral("url")), Postman::tr("the request has no URL; left out"));
        return;
    }
    // the URL: origin (scheme://host[:port] or a leading {{variable}}), path, query
    QString rest = raw;
    QString origin;
    static const QRegularExpression leadingVar(QStringLiteral("^\\{\\{[^{}]+\\}\\}"));
    static const QRegularExpression scheme(QStringLiteral("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*"));
    if (const QRegularExpressionMatch m = leadingVar.match(rest); m.hasMatch())
        origin = m.captured(0);
    else if (const QRegularExpressionMatch s = scheme.match(rest); s.hasMatch())
        origin = s.captured(0);
    else {
        const qsizetype slash = rest.indexOf(u'/');
        origin = slash < 0 ? rest : rest.left(slash); // "example.com/path": Postman's own shorthand
        if (!origin.isEmpty() && !origin.contains(QStringLiteral("{{")))
            origin.prepend(QStringLiteral("https://"));
        rest = QStringLiteral("https://") + rest;
    }
    rest = rest.mid(origin.size()); // rest starts with origin in every case above
    const qsizetype q = rest.indexOf(u'?');
    QString pathPart = q < 0 ? rest : rest.left(q);
    const QString queryPart = q < 0 ? QString() : rest.mid(q + 1);
    if (pathPart.isEmpty())
        pathPart = QStringLiteral("/");
    // :id path variables → {{id}}
    static const QRegularExpression pathVar(QStringLiteral("(?<=/):([A-Za-z_][A-Za-z0-9_]*)"));
    QHash<QString, QString> pathValues;
    if (url && url->is_object() && url->contains("variable") && (*url)["variable"].is_array())
        for (const Json &v : (*url)["variable"])
            pathValues.insert(str(v, "key"), str(v, "value"));
    for (auto it = pathVar.globalMatch(pathPart); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        addVariable(m.captured(1), pathValues.value(m.captured(1)));
    }
    pathPart.replace(pathVar, QStringLiteral("{{\\1}}"));
    e.path = pathPart;
    // query: the structured list if there is one (it knows disabled ones), else the raw text
    if (url && url->is_object() && url->contains("query") && (*url)["query"].is_array()) {
        for (const Json &kv : (*url)["query"])
            if (!disabled(kv))
                e.query.append({str(kv, "key"), str(kv, "value")});
    } else if (!queryPart.isEmpty()) {
        for (const QString &pair : queryPart.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(u'=');
            e.query.append({QUrl::fromPercentEncoding(pair.left(eq).toUtf8()),
                            eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1).toUtf8())});
        }
    }
    if (req.is_object() && req.contains("header") && req["header"].is_array())
        for (const Json &h : req["header"])
            if (!disabled(h))
                e.headers.append({str(h, "key"), str(h, "value")});
    if (req.is_object() && req.contains("body") && req["body"].is_object()) {
        const Json &body = req["body"];
        const QString mode = str(body, "mode");
        const QString bpath = JsonPath(path).key(QStringLiteral("request")).key(QStringLiteral("body"));
        if (mode == u"raw") {
            e.body = str(body, "raw");
            const bool json = body.contains("options") && body["options"].is_object() &&
                              body["options"].value("raw", Json::object()).value("language", std::string()) == "json";
            if (json && valueOf(e.headers, QStringLiteral("Content-Type")).isNull())
                e.headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/json")});
        } else if (mode == u"urlencoded" && body.contains("urlencoded") && body["urlencoded"].is_array()) {
            QStringList pairs;
            for (const Json &kv : body["urlencoded"])
                if (!disabled(kv))
                    pairs << QString::fromLatin1(QUrl::toPercentEncoding(str(kv, "key"))) + u'=' +
                                 QString::fromLatin1(QUrl::toPercentEncoding(str(kv, "value"), "{}"));
            e.body = pairs.join(u'&');
            if (valueOf(e.headers, QStringLiteral("Content-Type")).isNull())
                e.headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/x-www-form-urlencoded")});
        } else if (mode == u"graphql" && body.contains("graphql")) {
            Json g = Json::object();
            g["query"] = body["graphql"].value("query", std::string());
            const std::string vars = body["graphql"].value("variables", std::string());
            g["variables"] = vars.empty() ? Json::object() : Json::parse(vars, nullptr, false);
            if (g["variables"].is_discarded())
                g["variables"] = Json::object();
            e.body = qs(g.dump(2));
            if (valueOf(e.headers, QStringLiteral("Content-Type")).isNull())
                e.headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/json")});
        } else if (!mode.isEmpty() && mode != u"none") {
            problem(bpath, Postman::tr("a body of the kind \"%1\" (files, form data) is not supported; the request has none").arg(mode));
        }
    }
    const Json &ownAuth = req.is_object() && req.contains("auth") && req["auth"].is_object() && req["auth"].value("type", std::string()) != "inherit"
                              ? req["auth"]
                              : auth;
    e.connection = connectionFor(origin, ownAuth, path);
    tests(item, e, path);
    p.endpoints.append(e);
    ++m_out.result.operations;
}

namespace {

/// `pm.response.json().a[0]["b c"]` (or a variable that holds pm.response.json()) as a
/// formula over the reply: `body.a[0]["b c"]`.
QString formulaOf(const QString &chain)
{
    QString out = QStringLiteral("body");
    static const QRegularExpression part(QStringLiteral(R"(\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[["']([^"']+)["']\])"));
    for (QRegularExpressionMatchIterator it = part.globalMatch(chain); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(1).isEmpty())
            out += u'.' + m.captured(1);
        else if (!m.captured(2).isEmpty())
            out += u'[' + m.captured(2) + u']';
        else
            out += QStringLiteral("[\"") + m.captured(3) + QStringLiteral("\"]");
    }
    return out;
}

/// A JavaScript literal as an assertion's expected text: strings without their quotes.
QString literalText(const QString &literal)
{
    if (literal.size() >= 2 && (literal.startsWith(u'"') || literal.startsWith(u'\'')))
        return literal.mid(1, literal.size() - 2).replace(QStringLiteral("\\\""), QStringLiteral("\"")).replace(QStringLiteral("\\'"), QStringLiteral("'"));
    return literal;
}

} // namespace

void Importer::tests(const Json &item, Endpoint &e, const QString &path)
{
    if (!item.contains("event") || !item["event"].is_array())
        return;
    const Json &events = item["event"];
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Json &ev = events[i];
        const QString epath = JsonPath(path).key(QStringLiteral("event")).index(qsizetype(i));
        const QString listen = str(ev, "listen");
        QString script;
        if (ev.contains("script") && ev["script"].is_object() && ev["script"].contains("exec")) {
            const Json &exec = ev["script"]["exec"];
            if (exec.is_string())
                script = qs(exec.get<std::string>());
            else if (exec.is_array())
                for (const Json &line : exec)
                    if (line.is_string())
                        script += qs(line.get<std::string>()) + u'\n';
        }
        if (script.trimmed().isEmpty())
            continue;
        if (listen != u"test") {
            problem(epath, Postman::tr("a %1 script is JavaScript that Patchbay does not run; left out").arg(listen.isEmpty() ? QStringLiteral("event") : listen));
            continue;
        }
        // pm.response.json(), or a variable that holds it ("var jsonData = pm.response.json();")
        QStringList aliases{QStringLiteral("pm\\.response\\.json\\(\\)")};
        static const QRegularExpression alias(QStringLiteral(R"((?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*pm\.response\.json\(\)\s*;?)"));
        for (QRegularExpressionMatchIterator it = alias.globalMatch(script); it.hasNext();)
            aliases << QRegularExpression::escape(it.next().captured(1));
        const QString json = QStringLiteral("(?:%1)((?:\\.[A-Za-z_$][\\w$]*|\\[\\d+\\]|\\[[\"'][^\"']+[\"']\\])*)").arg(aliases.join(u'|'));
        const QString literal = QStringLiteral(R"((-?\d+(?:\.\d+)?|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|true|false|null))");
        const QRegularExpression expectation(
            QStringLiteral(R"(pm\.expect\(\s*(?:%1|(pm\.response\.code)|(pm\.response\.responseTime))\s*\)\.to\.(not\.)?(?:be\.|have\.)?)"
                           R"((eql|equal|eq|above|below|greaterThan|lessThan|at\.most|at\.least|include|contain|exist|an|a)\b(?:\(\s*%2?\s*\))?)")
                .arg(json, literal));
        // .to.match(new RegExp("…")), as the export writes `matches`
        const QRegularExpression match(
            QStringLiteral(R"(pm\.expect\(\s*(?:%1|(pm\.response\.code)|(pm\.response\.responseTime))\s*\)\.to\.match\(\s*new RegExp\(\s*("(?:[^"\\]|\\.)*")\s*\)\s*\))")
                .arg(json));
        static const QRegularExpression status(QStringLiteral(R"(pm\.response\.to\.have\.status\(\s*(\d{3})\s*\))"));
        static const QRegularExpression ok(QStringLiteral(R"(pm\.response\.to\.be\.ok\b)"));
        static const QRegularExpression header(QStringLiteral(R"(pm\.response\.to\.have\.header\(\s*["']([^"']+)["']\s*\))"));
        const QRegularExpression capture(
            QStringLiteral(R"(pm\.(?:environment|collectionVariables|globals|variables)\.set\(\s*["']([A-Za-z_][\w.-]*)["']\s*,\s*%1\s*\))").arg(json));
        static const QRegularExpression testStart(QStringLiteral(R"(pm\.test\(\s*(["'])((?:(?!\1).)*)\1)"));

        for (QRegularExpressionMatchIterator it = capture.globalMatch(script); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            e.captures.append(Capture{m.captured(1), formulaOf(m.captured(2))});
        }
        // each pm.test(…) up to the next one
        QList<QRegularExpressionMatch> starts;
        for (QRegularExpressionMatchIterator it = testStart.globalMatch(script); it.hasNext();)
            starts.append(it.next());
        for (qsizetype t = 0; t < starts.size(); ++t) {
            const qsizetype from = starts[t].capturedStart();
            const qsizetype to = t + 1 < starts.size() ? starts[t + 1].capturedStart() : script.size();
            const QString block = script.mid(from, to - from);
            const int checks = int(block.count(QStringLiteral("pm.expect(")) + block.count(QStringLiteral("pm.response.to.")));
            int kept = 0;
            for (QRegularExpressionMatchIterator it = status.globalMatch(block); it.hasNext(); ++kept)
                e.assertions.append(Assertion{AssertionSubject::Status, {}, AssertionOperator::Equals, it.next().captured(1)});
            for (QRegularExpressionMatchIterator it = ok.globalMatch(block); it.hasNext(); ++kept, it.next())
                e.assertions.append(Assertion{AssertionSubject::Status, {}, AssertionOperator::Matches, QStringLiteral("^2[0-9][0-9]$")});
            for (QRegularExpressionMatchIterator it = header.globalMatch(block); it.hasNext(); ++kept)
                e.assertions.append(Assertion{AssertionSubject::Header, it.next().captured(1), AssertionOperator::Exists, {}});
            for (QRegularExpressionMatchIterator it = expectation.globalMatch(block); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                Assertion a;
                if (!m.captured(2).isEmpty())
                    a.subject = AssertionSubject::Status;
                else if (!m.captured(3).isEmpty())
                    a.subject = AssertionSubject::Time;
                else {
                    a.subject = AssertionSubject::Formula;
                    a.argument = formulaOf(m.captured(1));
                }
                const bool negated = !m.captured(4).isEmpty();
                const QString verb = m.captured(5);
                const QString value = literalText(m.captured(6));
                const bool hasValue = m.capturedLength(6) > 0;
                a.expected = value;
                if (verb == u"eql" || verb == u"equal" || verb == u"eq")
                    a.op = negated ? AssertionOperator::NotEquals : AssertionOperator::Equals;
                else if (negated)
                    continue; // "not above", "not a": no operator says that
                else if (verb == u"above" || verb == u"greaterThan")
                    a.op = AssertionOperator::Greater;
                else if (verb == u"below" || verb == u"lessThan")
                    a.op = AssertionOperator::Less;
                else if (verb == u"at.most")
                    a.op = AssertionOperator::LessOrEqual;
                else if (verb == u"at.least")
                    a.op = AssertionOperator::GreaterOrEqual;
                else if (verb == u"include" || verb == u"contain")
                    a.op = AssertionOperator::Contains;
                else if (verb == u"exist")
                    a.op = AssertionOperator::Exists;
                else { // a / an: Chai's type names
                    static const QHash<QString, QString> types{{QStringLiteral("string"), QStringLiteral("text")},
                                                              {QStringLiteral("number"), QStringLiteral("number")},
                                                              {QStringLiteral("boolean"), QStringLiteral("boolean")},
                                                              {QStringLiteral("array"), QStringLiteral("list")},
                                                              {QStringLiteral("object"), QStringLiteral("object")},
                                                              {QStringLiteral("null"), QStringLiteral("null")}};
                    if (!types.contains(value))
                        continue;
                    a.op = AssertionOperator::IsType;
                    a.expected = types.value(value);
                }
                if (a.op != AssertionOperator::Exists && a.op != AssertionOperator::IsType && !hasValue)
                    continue;
                e.assertions.append(a);
                ++kept;
            }
            for (QRegularExpressionMatchIterator it = match.globalMatch(block); it.hasNext(); ++kept) {
                const QRegularExpressionMatch m = it.next();
                const std::optional<Json> pattern = fastjson::parse(m.captured(4).toUtf8());
                const AssertionSubject subject = !m.captured(2).isEmpty()   ? AssertionSubject::Status
                                                 : !m.captured(3).isEmpty() ? AssertionSubject::Time
                                                                            : AssertionSubject::Formula;
                e.assertions.append(Assertion{subject, subject == AssertionSubject::Formula ? formulaOf(m.captured(1)) : QString(),
                                              AssertionOperator::Matches,
                                              pattern && pattern->is_string() ? qs(pattern->get<std::string>()) : QString()});
            }
            if (kept < checks)
                problem(epath, kept == 0 ? Postman::tr("the test \"%1\" is JavaScript that Patchbay does not run; it is not kept (write it again as "
                                                        "an assertion of the endpoint, docs/testing.md)").arg(starts[t].captured(2))
                                         : Postman::tr("the test \"%1\": %2 of its %3 checks kept as assertions, the rest is JavaScript "
                                                       "that Patchbay does not run").arg(starts[t].captured(2)).arg(kept).arg(checks));
        }
    }
}

void Importer::walk(const Json &items, const QString &group, const Json &inheritedAuth, const QString &path, int depth)
{
    if (!items.is_array()) {
        problem(path, Postman::tr("\"item\" should be a list"));
        return;
    }
    if (depth > 32) {
        problem(path, Postman::tr("folders nested deeper than 32 levels are left out"));
        return;
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Json &item = items[i];
        const QString ipath = JsonPath(path).index(qsizetype(i));
        if (!item.is_object()) {
            problem(ipath, Postman::tr("an item should be an object"));
            continue;
        }
        const Json &auth = item.contains("auth") && item["auth"].is_object() && item["auth"].value("type", std::string()) != "inherit"
                               ? item["auth"]
                               : inheritedAuth;
        if (item.contains("item")) {
            const QString name = str(item, "name");
            walk(item["item"], group.isEmpty() ? name : group + QStringLiteral(" / ") + name, auth,
                 JsonPath(ipath).key(QStringLiteral("item")), depth + 1);
        } else if (item.contains("request")) {
            request(item, group, auth, ipath);
        } else {
            problem(ipath, Postman::tr("an item with neither a request nor items is left out"));
        }
    }
}

Postman::Import Importer::run(const Json &collection, const Json &environment)
{
    Project &p = m_out.result.project;
    p.environments.append(Environment{QStringLiteral("default"), {}});
    if (!collection.is_object() || !collection.contains("item")) {
        m_out.result.problems.append({Problem::Severity::Error, {},
                                      Postman::tr("this is not a Postman collection: it has no \"item\" list")});
        return m_out;
    }
    const Json info = collection.value("info", Json::object());
    const QString schema = str(info, "schema");
    m_out.result.version = schema.contains(QStringLiteral("v2.0")) ? QStringLiteral("2.0") : QStringLiteral("2.1");
    if (!schema.isEmpty() && !schema.contains(QStringLiteral("/v2.")))
        problem(QStringLiteral("info.schema"), Postman::tr("only collections of format 2.0 and 2.1 are known; read as 2.1"));
    p.name = str(info, "name");
    if (p.name.isEmpty())
        p.name = Postman::tr("Postman collection");
    p.id = makeId(p.name, [](const QString &) { return false; });
    p.description = str(info, "description").left(500);
    // variables: the collection's, then the environment's (those win)
    auto readVariables = [&](const Json &list, bool fromEnvironment) {
        if (!list.is_array())
            return;
        for (const Json &v : list) {
            if (!v.is_object() || (fromEnvironment && v.contains("enabled") && v["enabled"] == false))
                continue;
            const QString key = str(v, "key");
            if (key.isEmpty())
                continue;
            const bool secret = str(v, "type") == u"secret";
            Variables &vars = p.environments[0].variables;
            vars.removeIf([&](const Variable &x) { return x.name == key; });
            vars.append(Variable{key, secret ? QString() : str(v, "value"), secret});
            if (secret && !str(v, "value").isEmpty())
                m_out.secrets[QStringLiteral("@env")][key] = str(v, "value");
        }
    };
    readVariables(collection.value("variable", Json::array()), false);
    if (environment.is_object()) {
        readVariables(environment.value("values", Json::array()), true);
        if (!str(environment, "name").isEmpty())
            p.environments[0].name = str(environment, "name");
    }
    walk(collection["item"], QString(), collection.value("auth", Json::object()), QStringLiteral("item"), 0);
    if (p.connections.isEmpty())
        m_out.result.problems.append({Problem::Severity::Error, QStringLiteral("item"), Postman::tr("the collection has no requests")});
    return m_out;
}

Json kv(const QString &key, const QString &value)
{
    return Json{{"key", key.toStdString()}, {"value", value.toStdString()}};
}

} // namespace

Postman::Import Postman::importCollection(const Json &collection, const Json &environment)
{
    return Importer().run(collection, environment);
}

Postman::Import Postman::importFile(const QString &collectionPath, const QString &environmentPath)
{
    Import out;
    auto read = [&](const QString &path) -> std::optional<Json> {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            out.result.problems.append({Problem::Severity::Error, {}, tr("cannot read %1: %2").arg(path, f.errorString())});
            return std::nullopt;
        }
        return SpecDocument::parse(f.readAll(), &out.result.problems);
    };
    const std::optional<Json> collection = read(collectionPath);
    if (!collection)
        return out;
    Json environment;
    if (!environmentPath.isEmpty()) {
        const std::optional<Json> env = read(environmentPath);
        if (!env)
            return out;
        environment = *env;
    }
    const Problems before = out.result.problems;
    out = importCollection(*collection, environment);
    out.result.problems = before + out.result.problems;
    return out;
}

namespace {

/// A formula that is a path into the body (`body.data[0].id`, `body["a b"]`) as JavaScript
/// over the reply; "" for any other formula (Postman cannot run Patchbay's functions).
QString javaScriptOf(const QString &formula)
{
    static const QRegularExpression path(QStringLiteral(R"(^body((?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["[^"\\]+"\])*)$)"));
    const QRegularExpressionMatch m = path.match(formula.trimmed());
    return m.hasMatch() ? QStringLiteral("pm.response.json()") + m.captured(1) : QString();
}

/// Text as a JavaScript string literal (JSON's quoting is JavaScript's).
QString jsString(const QString &text) { return QString::fromStdString(Json(text.toStdString()).dump()); }

/// A pm.test's name for an assertion: "status equals 200", "body.id exists".
QString titleOf(const Assertion &a)
{
    QString subject = a.subject == AssertionSubject::Header ? QStringLiteral("header ") + a.argument
                      : a.subject == AssertionSubject::Formula ? a.argument
                                                               : names::of(a.subject, names::assertionSubjects());
    const QString op = names::of(a.op, names::assertionOperators());
    return a.op == AssertionOperator::Exists ? subject + u' ' + op : subject + u' ' + op + u' ' + a.expected;
}

/// An expected value as a JavaScript literal: numbers, true, false and null as they are, the
/// rest as a string.
QString literalOf(const QString &expected)
{
    bool number = false;
    expected.toDouble(&number);
    if (number || expected == u"true" || expected == u"false" || expected == u"null")
        return expected;
    return jsString(expected);
}

} // namespace

QStringList Postman::testScript(const Endpoint &e)
{
    QStringList lines;
    for (const Assertion &a : e.assertions) {
        QString subject;
        switch (a.subject) {
        case AssertionSubject::Status:
            if (a.op == AssertionOperator::Equals) {
                lines << QStringLiteral("pm.test(%1, function () { pm.response.to.have.status(%2); });")
                             .arg(jsString(titleOf(a)), a.expected);
                continue;
            }
            subject = QStringLiteral("pm.response.code");
            break;
        case AssertionSubject::Header:
            if (a.op == AssertionOperator::Exists) {
                lines << QStringLiteral("pm.test(%1, function () { pm.response.to.have.header(%2); });")
                             .arg(jsString(titleOf(a)), jsString(a.argument));
                continue;
            }
            subject = QStringLiteral("pm.response.headers.get(%1)").arg(jsString(a.argument));
            break;
        case AssertionSubject::Time:
            subject = QStringLiteral("pm.response.responseTime");
            break;
        case AssertionSubject::Formula:
            subject = javaScriptOf(a.argument);
            break;
        }
        const QString v = literalOf(a.expected);
        QString chai;
        switch (a.op) {
        case AssertionOperator::Equals: chai = QStringLiteral("to.eql(%1)").arg(v); break;
        case AssertionOperator::NotEquals: chai = QStringLiteral("to.not.eql(%1)").arg(v); break;
        case AssertionOperator::Less: chai = QStringLiteral("to.be.below(%1)").arg(v); break;
        case AssertionOperator::LessOrEqual: chai = QStringLiteral("to.be.at.most(%1)").arg(v); break;
        case AssertionOperator::Greater: chai = QStringLiteral("to.be.above(%1)").arg(v); break;
        case AssertionOperator::GreaterOrEqual: chai = QStringLiteral("to.be.at.least(%1)").arg(v); break;
        case AssertionOperator::Contains: chai = QStringLiteral("to.include(%1)").arg(v); break;
        case AssertionOperator::StartsWith:
            chai = QStringLiteral("to.match(new RegExp(%1))")
                       .arg(jsString(u'^' + QRegularExpression::escape(a.expected)));
            break;
        case AssertionOperator::Matches:
            chai = QStringLiteral("to.match(new RegExp(%1))").arg(jsString(a.expected));
            break;
        case AssertionOperator::Exists: chai = QStringLiteral("to.exist"); break;
        case AssertionOperator::IsType: {
            static const QHash<QString, QString> chaiTypes{{QStringLiteral("text"), QStringLiteral("string")},
                                                           {QStringLiteral("list"), QStringLiteral("array")}};
            chai = QStringLiteral("to.be.a(\"%1\")").arg(chaiTypes.value(a.expected, a.expected));
            break;
        }
        }
        if (subject.isEmpty())
            lines << QStringLiteral("// not exported (a Patchbay formula Postman cannot run): %1").arg(titleOf(a));
        else
            lines << QStringLiteral("pm.test(%1, function () { pm.expect(%2).%3; });").arg(jsString(titleOf(a)), subject, chai);
    }
    for (const Capture &c : e.captures) {
        const QString js = javaScriptOf(c.formula);
        if (js.isEmpty())
            lines << QStringLiteral("// not exported (a Patchbay formula Postman cannot run): {{%1}} = %2").arg(c.variable, c.formula);
        else
            lines << QStringLiteral("pm.collectionVariables.set(%1, %2);").arg(jsString(c.variable), js);
    }
    return lines;
}

Json Postman::exportCollection(const Project &project, const QString &environment)
{
    Json c = Json::object();
    c["info"] = Json{{"_postman_id", QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()},
                     {"name", project.name.toStdString()},
                     {"description", project.description.toStdString()},
                     {"schema", "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}};
    Json variables = Json::array();
    auto addVariable = [&](const QString &key, const QString &value, bool secret) {
        for (const Json &v : variables)
            if (v["key"] == key.toStdString())
                return;
        Json v = kv(key, value);
        v["type"] = secret ? "secret" : "string";
        variables.push_back(v);
    };
    for (const Connection &conn : project.connections)
        addVariable(conn.id + QStringLiteral("_base_url"), conn.baseUrl, false);
    Variables vars = project.variables;
    if (const Environment *env = project.environment(environment))
        for (const Variable &v : env->variables) {
            vars.removeIf([&](const Variable &x) { return x.name == v.name; });
            vars.append(v);
        }
    for (const Variable &v : vars)
        addVariable(v.name, v.secret ? QString() : v.value, v.secret);

    auto authOf = [&](const Connection &conn) -> Json {
        auto ref = [&](const SecretRef &r, const QString &field) {
            if (r.source == SecretRef::Source::Variable)
                return r.variableTemplate;
            const QString name = conn.id + u'_' + field;
            addVariable(name, QString(), true); // the value stays in the keychain
            return QStringLiteral("{{") + name + QStringLiteral("}}");
        };
        auto attrs = [](std::initializer_list<std::pair<const char *, QString>> list) {
            Json a = Json::array();
            for (const auto &[k, v] : list)
                a.push_back(Json{{"key", k}, {"value", v.toStdString()}, {"type", "string"}});
            return a;
        };
        switch (conn.auth.type) {
        case AuthType::None: return Json{{"type", "noauth"}};
        case AuthType::Bearer: return Json{{"type", "bearer"}, {"bearer", attrs({{"token", ref(conn.auth.token, QStringLiteral("token"))}})}};
        case AuthType::Basic:
            return Json{{"type", "basic"},
                        {"basic", attrs({{"username", conn.auth.username}, {"password", ref(conn.auth.password, QStringLiteral("password"))}})}};
        case AuthType::ApiKey:
            return Json{{"type", "apikey"},
                        {"apikey", attrs({{"key", conn.auth.keyName},
                                          {"value", ref(conn.auth.key, QStringLiteral("key"))},
                                          {"in", conn.auth.keyIn == ApiKeyLocation::Query ? QStringLiteral("query") : QStringLiteral("header")}})}};
        case AuthType::OAuth2:
            return Json{{"type", "oauth2"},
                        {"oauth2", attrs({{"grant_type", conn.auth.grant == OAuth2Grant::AuthorizationCode
                                                             ? QStringLiteral("authorization_code_with_pkce")
                                                             : QStringLiteral("client_credentials")},
                                          {"accessTokenUrl", conn.auth.tokenUrl},
                                          {"authUrl", conn.auth.authorizationUrl},
                                          {"clientId", conn.auth.clientId},
                                          {"clientSecret", conn.auth.clientSecret.isSet() ? ref(conn.auth.clientSecret, QStringLiteral("clientSecret")) : QString()},
                                          {"scope", conn.auth.scope}})}};
        }
        return Json{{"type", "noauth"}};
    };

    Json items = Json::array();
    QHash<QString, std::size_t> folders;
    for (const Endpoint &e : project.endpoints) {
        const Connection *conn = project.connection(e.connection);
        const QString base = conn ? QStringLiteral("{{") + conn->id + QStringLiteral("_base_url}}") : QString();
        QString path = e.path;
        if (!path.startsWith(u'/') && !path.isEmpty() && conn)
            path.prepend(u'/');
        Json query = Json::array();
        QStringList rawQuery;
        for (const KeyValue &q : e.query) {
            query.push_back(kv(q.name, q.value));
            rawQuery << q.name + u'=' + q.value;
        }
        const QString raw = base + path + (rawQuery.isEmpty() ? QString() : u'?' + rawQuery.join(u'&'));
        Json url = Json{{"raw", raw.toStdString()}};
        if (conn) {
            url["host"] = Json::array({base.toStdString()});
            Json segments = Json::array();
            for (const QString &s : path.split(u'/', Qt::SkipEmptyParts))
                segments.push_back(s.toStdString());
            url["path"] = segments;
        }
        if (!query.empty())
            url["query"] = query;
        Json headers = Json::array();
        if (conn)
            for (const KeyValue &h : conn->headers)
                headers.push_back(kv(h.name, h.value));
        for (const KeyValue &h : e.headers)
            headers.push_back(kv(h.name, h.value));
        Json request = Json{{"method", e.method.toStdString()}, {"header", headers}, {"url", url}};
        if (!e.body.isEmpty()) {
            Json body = Json{{"mode", "raw"}, {"raw", e.body.toStdString()}};
            const QString t = e.body.trimmed();
            if (t.startsWith(u'{') || t.startsWith(u'['))
                body["options"] = Json{{"raw", Json{{"language", "json"}}}};
            request["body"] = body;
        }
        if (conn)
            request["auth"] = authOf(*conn);
        Json item = Json{{"name", e.name.toStdString()}, {"request", request}, {"response", Json::array()}};
        if (const QStringList script = testScript(e); !script.isEmpty()) {
            Json exec = Json::array();
            for (const QString &line : script)
                exec.push_back(line.toStdString());
            item["event"] = Json::array({Json{{"listen", "test"}, {"script", Json{{"type", "text/javascript"}, {"exec", exec}}}}});
        }
        if (e.group.isEmpty()) {
            items.push_back(item);
        } else {
            if (!folders.contains(e.group)) {
                folders.insert(e.group, items.size());
                items.push_back(Json{{"name", e.group.toStdString()}, {"item", Json::array()}});
            }
            items[folders.value(e.group)]["item"].push_back(item);
        }
    }
    c["item"] = items;
    c["variable"] = variables;
    return c;
}

} // namespace patchbay
