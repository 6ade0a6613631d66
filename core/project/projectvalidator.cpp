#include "projectvalidator.h"

#include "model/integrationgraph.h"
#include "model/names.h"
#include "model/schemafields.h"

#include "expr/flowprogram.h"
#include "expr/formula.h"
#include "expr/recordpipeline.h"
#include "util/cronexpression.h"
#include "util/cafile.h"
#include "util/headercheck.h"
#include "util/suggest.h"
#include "util/templatevars.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include <functional>

namespace patchbay {

bool isValidId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    return re.match(id).hasMatch();
}

namespace {

class Validator
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::ProjectValidator)

public:
    explicit Validator(const Project &p) : m_p(p)
    {
        for (const Variable &v : p.variables)
            m_defined.insert(v.name);
        for (const Environment &e : p.environments)
            for (const Variable &v : e.variables)
                m_defined.insert(v.name);
        // a capture defines its variable for the requests after it (`patchbay-cli test`)
        for (const Endpoint &e : p.endpoints)
            for (const Capture &c : e.captures)
                m_defined.insert(c.variable);
    }

    Problems run()
    {
        if (!m_p.id.isEmpty() && !isValidId(m_p.id))
            badId(JsonPath(QStringLiteral("id")), m_p.id);
        variables(m_p.variables, JsonPath(QStringLiteral("variables")));
        QSet<QString> envNames;
        for (qsizetype i = 0; i < m_p.environments.size(); ++i) {
            const Environment &e = m_p.environments[i];
            const JsonPath path = JsonPath(QStringLiteral("environments")).index(i);
            if (envNames.contains(e.name))
                error(path.key(QStringLiteral("name")),
                      tr("another environment is already called \"%1\"; names must be unique").arg(e.name));
            envNames.insert(e.name);
            variables(e.variables, path.key(QStringLiteral("variables")));
        }
        connections();
        endpoints();
        schemaReferences();
        integrations();
        lookupTables();
        agentTools();
        return m_problems;
    }

private:
    void error(const JsonPath &path, const QString &message)
    {
        m_problems.append(Problem{Problem::Severity::Error, path, message});
    }
    void warning(const JsonPath &path, const QString &message)
    {
        m_problems.append(Problem{Problem::Severity::Warning, path, message});
    }
    void badId(const JsonPath &path, const QString &id)
    {
        error(path, tr("\"%1\" is not a valid id; use letters, digits, \"_\", \".\" and \"-\" "
                       "(starting with a letter or digit, at most 64 characters)")
                        .arg(id));
    }

    template<typename T>
    void uniqueIds(const QList<T> &list, const QString &listName, const QString &what)
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const JsonPath path = JsonPath(listName).index(i).key(QStringLiteral("id"));
            const QString &id = list[i].id;
            if (id.isEmpty())
                continue; // reported as missing by the reader
            if (!isValidId(id))
                badId(path, id);
            else if (seen.contains(id))
                error(path, tr("another %1 already has the id \"%2\"; ids must be unique").arg(what, id));
            seen.insert(id);
        }
    }

    void variables(const Variables &vars, const JsonPath &path)
    {
        for (const Variable &v : vars) {
            if (!isValidVariableName(v.name))
                badVariableName(path.key(v.name), v.name);
        }
    }

    void badVariableName(const JsonPath &path, const QString &name)
    {
        error(path, tr("\"%1\" is not a valid variable name; start with a letter or \"_\", then use "
                       "letters, digits, \"_\", \".\" or \"-\"")
                        .arg(name));
    }

    /// A `{{name}}` that no environment defines is allowed (`--var` may supply it) but suspicious.
    void templateUses(const QString &text, const JsonPath &path)
    {
        for (const QString &name : templateVariables(text)) {
            // {{record.…}} is a field of the record being sent, filled in by a run.
            if (m_defined.contains(name) || name.startsWith(QStringLiteral("record.")))
                continue;
            QString message = tr("uses {{%1}}, which neither the project nor any environment "
                                 "defines; add it to the variables or pass --var %1=…")
                                  .arg(name);
            const QString guess = closestMatch(name, QStringList(m_defined.cbegin(), m_defined.cend()));
            if (!guess.isEmpty())
                message += tr(" (did you mean {{%1}}?)").arg(guess);
            warning(path, message);
        }
    }

    void templateUses(const KeyValues &list, const JsonPath &path)
    {
        for (const KeyValue &kv : list)
            templateUses(kv.value, path.key(kv.name));
    }

    void connections()
    {
        uniqueIds(m_p.connections, QStringLiteral("connections"), tr("connection"));
        for (qsizetype i = 0; i < m_p.connections.size(); ++i) {
            const Connection &c = m_p.connections[i];
            const JsonPath path = JsonPath(QStringLiteral("connections")).index(i);
            const JsonPath urlPath = path.key(QStringLiteral("baseUrl"));
            if (!c.baseUrl.isEmpty() && !c.baseUrl.contains(QStringLiteral("{{"))) {
                const QUrl url(c.baseUrl, QUrl::StrictMode);
                const QString scheme = url.scheme().toLower();
                if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
                    error(urlPath, tr("\"%1\" is not a web address; write it like "
                                      "\"https://api.example.com/v1\"")
                                       .arg(c.baseUrl));
            }
            templateUses(c.baseUrl, urlPath);
            templateUses(c.headers, path.key(QStringLiteral("headers")));
            headerLines(c.headers, path.key(QStringLiteral("headers")));
            const Auth &a = c.auth;
            const JsonPath authPath = path.key(QStringLiteral("auth"));
            if (a.type == AuthType::ApiKey && a.keyIn == ApiKeyLocation::Header)
                headerLine(a.keyName, QString(), authPath.key(QStringLiteral("name")));
            for (const SecretRef *s : {&a.key, &a.token, &a.password, &a.clientSecret})
                if (s->source == SecretRef::Source::Variable)
                    headerLine(QStringLiteral("X"), s->variableTemplate, authPath);
            if (!c.tls.caFile.isEmpty())
                caFile(c.tls.caFile, path.key(QStringLiteral("tls")).key(QStringLiteral("caFile")));
            for (const SecretRef *s : {&a.key, &a.token, &a.password, &a.clientSecret})
                if (s->source == SecretRef::Source::Variable)
                    templateUses(s->variableTemplate, authPath);
            if (a.type == AuthType::OAuth2) {
                checkUrl(a.tokenUrl, authPath.key(QStringLiteral("tokenUrl")));
                if (a.grant == OAuth2Grant::AuthorizationCode)
                    checkUrl(a.authorizationUrl, authPath.key(QStringLiteral("authorizationUrl")));
            }
            if (!c.tls.verify)
                warning(path.key(QStringLiteral("tls")).key(QStringLiteral("verify")),
                        tr("TLS certificate checks are off for this connection: anyone on the "
                           "network path can read and change its traffic, secrets included. "
                           "Configure a CA file instead if the server uses its own certificate."));
            if (c.retry.maxDelayMs < c.retry.baseDelayMs)
                error(path.key(QStringLiteral("retry")).key(QStringLiteral("maxDelayMs")),
                      tr("must not be smaller than baseDelayMs (%1)").arg(c.retry.baseDelayMs));
        }
    }

    void checkUrl(const QString &text, const JsonPath &path)
    {
        if (text.isEmpty() || text.contains(QStringLiteral("{{"))) {
            templateUses(text, path);
            return;
        }
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || !(url.scheme() == u"http" || url.scheme() == u"https"))
            error(path, tr("\"%1\" is not a web address").arg(text));
    }

    void endpoints()
    {
        uniqueIds(m_p.endpoints, QStringLiteral("endpoints"), tr("endpoint"));
        QStringList connectionIds;
        for (const Connection &c : m_p.connections)
            connectionIds.append(c.id);
        for (qsizetype i = 0; i < m_p.endpoints.size(); ++i) {
            const Endpoint &e = m_p.endpoints[i];
            const JsonPath path = JsonPath(QStringLiteral("endpoints")).index(i);
            if (!e.connection.isEmpty() && !m_p.connection(e.connection))
                unknownReference(path.key(QStringLiteral("connection")), tr("connection"),
                                 e.connection, connectionIds);
            templateUses(e.path, path.key(QStringLiteral("path")));
            templateUses(e.query, path.key(QStringLiteral("query")));
            templateUses(e.headers, path.key(QStringLiteral("headers")));
            headerLines(e.headers, path.key(QStringLiteral("headers")));
            templateUses(e.body, path.key(QStringLiteral("body")));
            checks(e, path);
        }
    }

    /// An endpoint's assertions and captures: formulas that compile, names that are variables.
    void checks(const Endpoint &e, const JsonPath &path)
    {
        const auto formula = [&](const QString &text, const JsonPath &at) {
            if (Result<Formula> f = Formula::compile(text); !f)
                error(at, f.error().message);
        };
        for (qsizetype i = 0; i < e.assertions.size(); ++i) {
            const Assertion &a = e.assertions[i];
            const JsonPath at = path.key(QStringLiteral("assertions")).index(i);
            if (a.subject == AssertionSubject::Formula)
                formula(a.argument, at.key(QStringLiteral("formula")));
            if (a.op == AssertionOperator::Matches && !QRegularExpression(a.expected).isValid())
                error(at.key(QStringLiteral("expected")),
                      tr("\"%1\" is not a regular expression: %2").arg(a.expected, QRegularExpression(a.expected).errorString()));
            const bool numeric = a.op == AssertionOperator::Less || a.op == AssertionOperator::LessOrEqual ||
                                 a.op == AssertionOperator::Greater || a.op == AssertionOperator::GreaterOrEqual;
            bool isNumber = false;
            a.expected.trimmed().toDouble(&isNumber);
            if (numeric && !isNumber)
                error(at.key(QStringLiteral("expected")), tr("\"%1\" is not a number to compare with").arg(a.expected));
        }
        for (qsizetype i = 0; i < e.captures.size(); ++i) {
            const Capture &c = e.captures[i];
            const JsonPath at = path.key(QStringLiteral("captures")).index(i);
            if (!isValidVariableName(c.variable))
                badVariableName(at.key(QStringLiteral("variable")), c.variable);
            formula(c.formula, at.key(QStringLiteral("formula")));
        }
    }

    /// Every `$ref` in an endpoint's schemas and in the shared schemas leads to a shared schema.
    void schemaReferences()
    {
        QStringList names;
        for (auto it = m_p.schemas.begin(); it != m_p.schemas.end(); ++it)
            names.append(toQString(it.key()));
        const auto check = [&](const Json &schema, const JsonPath &path) {
            for (const QString &ref : schemaRefs(schema)) {
                const QString name = schemaRefName(ref.toStdString());
                if (name.isEmpty()) {
                    warning(path, tr("the $ref \"%1\" is not followed: only the project's own schemas can be referred to, "
                                     "as \"#/schemas/NAME\"").arg(ref));
                } else if (!m_p.schemas.contains(name.toStdString())) {
                    QString message = tr("there is no shared schema \"%1\"; its fields cannot be listed").arg(name);
                    if (const QString guess = closestMatch(name, names); !guess.isEmpty())
                        message += tr("; did you mean \"%1\"?").arg(guess);
                    warning(path, message);
                }
            }
        };
        for (qsizetype i = 0; i < m_p.endpoints.size(); ++i) {
            const JsonPath path = JsonPath(QStringLiteral("endpoints")).index(i);
            check(m_p.endpoints[i].recordSchema, path.key(QStringLiteral("recordSchema")));
            check(m_p.endpoints[i].requestSchema, path.key(QStringLiteral("requestSchema")));
        }
        for (auto it = m_p.schemas.begin(); it != m_p.schemas.end(); ++it)
            check(*it, JsonPath(QStringLiteral("schemas")).key(toQString(it.key())));
    }

    /// A header name or value that could not be sent safely (CR, LF, control characters) is
    /// an error here already, not only when a request is refused.
    void headerLine(const QString &name, const QString &value, const JsonPath &path)
    {
        if (const QString fault = http::headerFault(name, value); !fault.isEmpty())
            error(path, tr("%1; a header with a line break or another control character could add headers, or a "
                           "whole request, of its own. Remove it.")
                            .arg(fault));
    }

    void headerLines(const KeyValues &list, const JsonPath &path)
    {
        for (const KeyValue &kv : list)
            headerLine(kv.name, kv.value, path.key(kv.name));
    }

    void caFile(const QString &file, const JsonPath &path)
    {
        QString why;
        // A warning: the file is this machine's, and a project moves between machines; but
        // every secure request of the connection fails without it.
        if (!caFileUsable(file, &why))
            warning(path, why + tr("; secure requests of this connection fail until it is there"));
    }

    void unknownReference(const JsonPath &path, const QString &what, const QString &id,
                          const QStringList &ids)
    {
        QString message = tr("there is no %1 with the id \"%2\"").arg(what, id);
        const QString guess = closestMatch(id, ids);
        if (!guess.isEmpty())
            message += tr("; did you mean \"%1\"?").arg(guess);
        else if (!ids.isEmpty())
            message += tr("; known: %1").arg(ids.join(QStringLiteral(", ")));
        error(path, message);
    }

    void integrations()
    {
        uniqueIds(m_p.integrations, QStringLiteral("integrations"), tr("integration"));
        QStringList endpointIds;
        for (const Endpoint &e : m_p.endpoints)
            endpointIds.append(e.id);
        for (qsizetype i = 0; i < m_p.integrations.size(); ++i) {
            const Integration &in = m_p.integrations[i];
            const JsonPath path = JsonPath(QStringLiteral("integrations")).index(i);
            if (!in.idempotencyHeader.isEmpty())
                headerLine(in.idempotencyHeader, QString(), path.key(QStringLiteral("idempotencyHeader")));
            uniqueIds(in.nodes, path.key(QStringLiteral("nodes")), tr("node"));
            QStringList nodeIds;
            for (qsizetype n = 0; n < in.nodes.size(); ++n) {
                const Node &node = in.nodes[n];
                nodeIds.append(node.id);
                const JsonPath np = path.key(QStringLiteral("nodes")).index(n);
                const bool hasEndpoint =
                    node.type == NodeType::Source || node.type == NodeType::Target || node.type == NodeType::Lookup;
                if (hasEndpoint && !node.endpoint.isEmpty() && !m_p.endpoint(node.endpoint))
                    unknownReference(np.key(QStringLiteral("endpoint")), tr("endpoint"),
                                     node.endpoint, endpointIds);
                const bool webhook = node.type == NodeType::Source && node.webhook;
                if (webhook && node.webhook->scheme != WebhookScheme::None && node.webhook->secret.trimmed().isEmpty())
                    error(np.key(QStringLiteral("webhook")).key(QStringLiteral("secret")),
                          tr("the %1 signature check needs the sender's signing secret; put it in a secret variable "
                             "and write {{its_name}} here")
                              .arg(names::of(node.webhook->scheme, names::webhookSchemes())));
                if (webhook)
                    templateUses(node.webhook->secret, np.key(QStringLiteral("webhook")).key(QStringLiteral("secret")));
                if (hasEndpoint && node.endpoint.isEmpty() && !webhook)
                    warning(np.key(QStringLiteral("endpoint")),
                            tr("no endpoint chosen yet; the integration cannot run until it has one"));
                if (node.type == NodeType::Branch)
                    branch(in, node, np);
                if (node.type == NodeType::Target && node.writeMode != WriteMode::Create) {
                    const Endpoint *e = m_p.endpoint(node.endpoint);
                    if (e && !e->path.contains(QStringLiteral("{{record.")))
                        warning(np.key(QStringLiteral("writeMode")),
                                tr("an %1 names the record it changes in the endpoint's path, e.g. "
                                   "/contacts/{{record.contact.Id}}; the path of \"%2\" has no {{record.…}}, so every "
                                   "record would change the same one")
                                    .arg(names::of(node.writeMode, names::writeModes()), e->id));
                }
                if (node.type == NodeType::Map) {
                    if (const QStringList missing = IntegrationGraph::unmappedRequired(m_p, in, node); !missing.isEmpty())
                        warning(np.key(QStringLiteral("fields")),
                                tr("the target needs %1, which nothing maps; draw a line to it in the mapping editor")
                                    .arg(missing.join(QStringLiteral(", "))));
                    QSet<QString> targets;
                    for (qsizetype f = 0; f < node.fields.size(); ++f) {
                        const QString &t = node.fields[f].target;
                        const JsonPath fp = np.key(QStringLiteral("fields")).index(f).key(QStringLiteral("target"));
                        if (targets.contains(t))
                            error(fp, tr("the target field \"%1\" is mapped twice; keep one").arg(t));
                        targets.insert(t);
                    }
                }
            }
            if (!in.nodes.isEmpty() && !in.firstNode(NodeType::Source))
                warning(path.key(QStringLiteral("nodes")),
                        tr("there is no source node yet; the integration cannot run without one"));
            if (!in.nodes.isEmpty() && !in.firstNode(NodeType::Target))
                warning(path.key(QStringLiteral("nodes")),
                        tr("there is no target node yet; the integration cannot run without one"));
            const bool loops = wires(in, path);
            // Formulas: compiled here too, so that `validate` finds a mistake before a run does.
            Problems formulaProblems;
            if (FlowProgram::isChain(in))
                RecordPipeline::compile(m_p, in, &formulaProblems);
            else if (!loops) // a loop is named once, above
                FlowProgram::compile(m_p, in, &formulaProblems);
            m_problems += formulaProblems;
            if (!in.schedule.cron.isEmpty()) {
                Result<CronExpression> cron = CronExpression::parse(in.schedule.cron);
                if (!cron)
                    error(path.key(QStringLiteral("schedule")).key(QStringLiteral("cron")), cron.error().message);
            }
            if (!in.schedule.timezone.isEmpty() &&
                !QTimeZone::isTimeZoneIdAvailable(in.schedule.timezone.toUtf8()))
                error(path.key(QStringLiteral("schedule")).key(QStringLiteral("timezone")),
                      tr("unknown time zone \"%1\"; use an IANA name such as \"Europe/Oslo\" or "
                         "\"America/New_York\"")
                          .arg(in.schedule.timezone));
        }
    }

    void branch(const Integration &in, const Node &node, const JsonPath &np)
    {
        QSet<QString> names;
        for (qsizetype o = 0; o < node.outputs.size(); ++o) {
            const QString &name = node.outputs[o].name;
            const JsonPath op = np.key(QStringLiteral("outputs")).index(o).key(QStringLiteral("name"));
            if (name == QLatin1String(IntegrationGraph::Otherwise))
                error(op, tr("\"otherwise\" is the name of the output for the records no condition takes; call this one "
                             "something else"));
            else if (names.contains(name))
                error(op, tr("another output of this branch is already called \"%1\"").arg(name));
            names.insert(name);
        }
        const bool otherwise = std::any_of(in.wires.begin(), in.wires.end(), [&](const Wire &w) {
            return w.from == node.id && w.fromPort == QLatin1String(IntegrationGraph::Otherwise);
        });
        if (!otherwise)
            warning(np, tr("no wire leaves \"otherwise\": records that no output takes end here (they are counted as "
                           "left out, not lost)"));
    }

    /// Checks the wires; returns whether they form a loop.
    bool wires(const Integration &in, const JsonPath &path)
    {
        QStringList nodeIds;
        for (const Node &n : in.nodes)
            nodeIds.append(n.id);
        QSet<QPair<QString, QString>> seen;
        QHash<QString, QStringList> next;
        for (qsizetype w = 0; w < in.wires.size(); ++w) {
            const Wire &wire = in.wires[w];
            const JsonPath wp = path.key(QStringLiteral("wires")).index(w);
            const Node *from = in.node(wire.from);
            const Node *to = in.node(wire.to);
            if (!wire.from.isEmpty() && !from)
                unknownReference(wp.key(QStringLiteral("from")), tr("node"), wire.from, nodeIds);
            if (!wire.to.isEmpty() && !to)
                unknownReference(wp.key(QStringLiteral("to")), tr("node"), wire.to, nodeIds);
            if (!from || !to)
                continue;
            if (from == to) {
                error(wp, tr("a wire cannot lead from a node back into itself"));
                continue;
            }
            if (from->type == NodeType::Target)
                error(wp.key(QStringLiteral("from")),
                      tr("a target node only receives records; a wire cannot start at it"));
            if (to->type == NodeType::Source)
                error(wp.key(QStringLiteral("to")),
                      tr("a source node only produces records; a wire cannot end at it"));
            if (from->type != NodeType::Branch && !wire.fromPort.isEmpty())
                error(wp.key(QStringLiteral("fromPort")),
                      tr("only a branch has named outputs; remove \"fromPort\" from this wire"));
            const QPair<QString, QString> key(wire.from + u'\n' + wire.fromPort, wire.to);
            if (seen.contains(key))
                error(wp, tr("this wire from \"%1\" to \"%2\" is there twice; remove one")
                              .arg(wire.from, wire.to));
            seen.insert(key);
            next[wire.from].append(wire.to);
        }
        // A loop would feed records back forever.
        QHash<QString, int> state; // 0 unseen, 1 on the stack, 2 done
        std::function<bool(const QString &)> hasCycle = [&](const QString &id) {
            state[id] = 1;
            for (const QString &n : next.value(id)) {
                const int s = state.value(n);
                if (s == 1 || (s == 0 && hasCycle(n)))
                    return true;
            }
            state[id] = 2;
            return false;
        };
        for (const Node &n : in.nodes) {
            if (state.value(n.id) == 0 && hasCycle(n.id)) {
                error(path.key(QStringLiteral("wires")),
                      tr("the wires form a loop through \"%1\"; records must flow from a source "
                         "to a target without coming back")
                          .arg(n.id));
                return true;
            }
        }
        return false;
    }

    void lookupTables()
    {
        QSet<QString> names;
        for (qsizetype i = 0; i < m_p.lookupTables.size(); ++i) {
            const LookupTable &t = m_p.lookupTables[i];
            const JsonPath path = JsonPath(QStringLiteral("lookupTables")).index(i);
            if (names.contains(t.name))
                error(path.key(QStringLiteral("name")),
                      tr("another lookup table is already called \"%1\"").arg(t.name));
            names.insert(t.name);
            QSet<QString> keys;
            for (qsizetype r = 0; r < t.rows.size(); ++r) {
                if (keys.contains(t.rows[r].name))
                    error(path.key(QStringLiteral("rows")).index(r),
                          tr("the key \"%1\" is in this table twice; a lookup needs unique keys")
                              .arg(t.rows[r].name));
                keys.insert(t.rows[r].name);
            }
        }
    }

    void agentTools()
    {
        // MCP tool names: what clients accept everywhere (letters, digits, _ - .), 1 to 64.
        static const QRegularExpression toolName(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
        QSet<QString> names;
        for (qsizetype i = 0; i < m_p.agentTools.size(); ++i) {
            const AgentTool &t = m_p.agentTools[i];
            const JsonPath path = JsonPath(QStringLiteral("agentTools")).index(i);
            if (!toolName.match(t.name).hasMatch())
                error(path.key(QStringLiteral("name")),
                      tr("\"%1\" cannot be a tool's name: use 1 to 64 letters, digits, _, - or . (no spaces)").arg(t.name));
            else if (names.contains(t.name))
                error(path.key(QStringLiteral("name")), tr("another agent tool is already called \"%1\"").arg(t.name));
            names.insert(t.name);
            if (t.endpoint.isEmpty() == t.integration.isEmpty()) {
                error(path, tr("an agent tool sends one endpoint or runs one integration: give \"endpoint\" or \"integration\", not both"));
                continue;
            }
            auto ids = [](const auto &list) {
                QStringList out;
                for (const auto &item : list)
                    out.append(item.id);
                return out;
            };
            if (!t.endpoint.isEmpty() && !m_p.endpoint(t.endpoint))
                unknownReference(path.key(QStringLiteral("endpoint")), tr("endpoint"), t.endpoint, ids(m_p.endpoints));
            if (!t.integration.isEmpty() && !m_p.integration(t.integration))
                unknownReference(path.key(QStringLiteral("integration")), tr("integration"), t.integration, ids(m_p.integrations));
        }
    }

    const Project &m_p;
    QSet<QString> m_defined;
    Problems m_problems;
};

} // namespace

Problems validateProject(const Project &project)
{
    return Validator(project).run();
}

} // namespace patchbay
