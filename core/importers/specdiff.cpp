#include "specdiff.h"

#include "expr/fieldsread.h"
#include "model/integrationgraph.h"
#include "model/schemafields.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <memory>

namespace patchbay {

namespace {

using Kind = SpecChange::Kind;

/// "GET /customers/{}": an operation whatever its parameters are called.
QString operationKey(const Endpoint &e)
{
    static const QRegularExpression variable(QStringLiteral("\\{\\{[^{}]*\\}\\}"));
    return e.method.toUpper() + u' ' + QString(e.path).replace(variable, QStringLiteral("{}"));
}

/// "GET /customers/{id}": as the spec writes it.
QString operationLabel(const Endpoint &e)
{
    QString path = e.path;
    path.replace(QStringLiteral("{{"), QStringLiteral("{")).replace(QStringLiteral("}}"), QStringLiteral("}"));
    return e.method.toUpper() + u' ' + path;
}

/// A value that is nothing but one `{{variable}}`: what the importer makes of a required parameter.
bool isVariableOnly(const QString &value)
{
    static const QRegularExpression only(QStringLiteral("^\\{\\{[^{}]+\\}\\}$"));
    return only.match(value.trimmed()).hasMatch();
}

/// A name as the rename rule compares it: case, `_`, `-` and spaces aside.
QString looseName(const QString &path)
{
    QString n = path.section(u'.', -1).toLower();
    n.remove(u'_').remove(u'-').remove(u' ');
    return n;
}

bool breakingKind(Kind kind, bool request, bool required)
{
    switch (kind) {
    case Kind::EndpointAdded:
    case Kind::ParameterRemoved: return false;
    case Kind::ParameterAdded: return required;
    case Kind::FieldAdded: return request && required;
    case Kind::FieldRemoved: return !request;
    case Kind::FieldRequired: return request;
    case Kind::FieldOptional: return !request;
    case Kind::EnumNarrowed: return request;
    case Kind::EnumWidened: return !request;
    case Kind::EndpointRemoved:
    case Kind::FieldRenamed:
    case Kind::TypeChanged:
    case Kind::RecordsMoved:
    case Kind::AuthChanged:
    case Kind::ServerChanged: return true;
    }
    return true;
}

/// The fields of a record schema by path, each with its parent's path.
struct FieldList
{
    QList<SchemaField> fields;
    QHash<QString, qsizetype> index;
    QString parentOf(const SchemaField &f) const { return f.parent < 0 ? QString() : fields[f.parent].path; }
    const SchemaField *find(const QString &path) const
    {
        const auto it = index.constFind(path);
        return it == index.cend() ? nullptr : &fields[*it];
    }
};

FieldList fieldsOf(const Json &schema, const Json &schemas)
{
    FieldList list;
    if (!schemaListsFields(schema, schemas))
        return list;
    SchemaFieldOptions options;
    options.schemas = &schemas;
    list.fields = schemaFields(schema, SchemaRole::Source, options);
    for (qsizetype i = 0; i < list.fields.size(); ++i)
        list.index.insert(list.fields[i].path, i);
    return list;
}

/// The shared schemas `schema` refers to by name (`#/schemas/<name>`), each once.
QStringList sharedNamesIn(const Json &schema)
{
    QStringList names;
    for (const QString &ref : schemaRefs(schema))
        if (const QString name = schemaRefName(ref.toStdString()); !name.isEmpty() && !names.contains(name))
            names << name;
    return names;
}

/// Whether two schemas say the same, the shared schemas they lead to included.
bool sameSchema(const Json &a, const Json &schemasA, const Json &b, const Json &schemasB)
{
    if (a != b)
        return false;
    QStringList names = sharedNamesIn(a);
    QSet<QString> seen(names.cbegin(), names.cend());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const std::string n = names[i].toStdString();
        const Json *x = schemasA.is_object() && schemasA.contains(n) ? &schemasA[n] : nullptr;
        const Json *y = schemasB.is_object() && schemasB.contains(n) ? &schemasB[n] : nullptr;
        if (!x || !y) {
            if (x != y)
                return false; // on one side only
            continue;
        }
        if (*x != *y)
            return false;
        for (const QString &more : sharedNamesIn(*x))
            if (!seen.contains(more)) {
                seen.insert(more);
                names.append(more);
            }
    }
    return true;
}

/// Which shared schema of the new spec is which of the project's: walks the two schemas side
/// by side, and where both refer to a shared schema at the same place, the new one's name maps
/// to the project's (an import into a project that had a schema of that name made it `Name_2`).
void alignRefs(const Json &mine, const Json &theirs, const Json &mySchemas, const Json &theirSchemas,
               QHash<QString, QString> &map, int depth)
{
    if (depth > 48 || !mine.is_object() || !theirs.is_object())
        return;
    const Json *myRef = jsonMember(mine, "$ref");
    const Json *theirRef = jsonMember(theirs, "$ref");
    if (myRef && theirRef && myRef->is_string() && theirRef->is_string()) {
        const QString m = schemaRefName(myRef->get<std::string>());
        const QString t = schemaRefName(theirRef->get<std::string>());
        if (m.isEmpty() || t.isEmpty() || map.contains(t))
            return;
        map.insert(t, m);
        const Json *ms = mySchemas.is_object() && mySchemas.contains(m.toStdString()) ? &mySchemas[m.toStdString()] : nullptr;
        const Json *ts = theirSchemas.is_object() && theirSchemas.contains(t.toStdString()) ? &theirSchemas[t.toStdString()] : nullptr;
        if (ms && ts)
            alignRefs(*ms, *ts, mySchemas, theirSchemas, map, depth + 1);
        return;
    }
    if (const Json *mp = jsonMember(mine, "properties"), *tp = jsonMember(theirs, "properties");
        mp && tp && mp->is_object() && tp->is_object())
        for (auto it = mp->begin(); it != mp->end(); ++it)
            if (tp->contains(it.key()))
                alignRefs(*it, (*tp)[it.key()], mySchemas, theirSchemas, map, depth + 1);
    for (const char *k : {"items", "additionalProperties"})
        if (const Json *a = jsonMember(mine, k), *b = jsonMember(theirs, k); a && b)
            alignRefs(*a, *b, mySchemas, theirSchemas, map, depth + 1);
    for (const char *k : {"anyOf", "oneOf"})
        if (const Json *a = jsonMember(mine, k), *b = jsonMember(theirs, k); a && b && a->is_array() && b->is_array())
            for (std::size_t i = 0; i < a->size() && i < b->size(); ++i)
                alignRefs((*a)[i], (*b)[i], mySchemas, theirSchemas, map, depth + 1);
}

/// Gives the new spec's shared schemas the names the project knows them by; one whose name the
/// project uses for something else (another API's) gets a free name.
void renameIncoming(Project &incoming, const Project &project, QHash<QString, QString> map)
{
    QSet<QString> targets(map.cbegin(), map.cend());
    for (auto it = incoming.schemas.begin(); it != incoming.schemas.end(); ++it) {
        const QString name = toQString(it.key());
        if (map.contains(name) || !project.schemas.contains(it.key()) || targets.contains(name))
            continue;
        QString to;
        for (int n = 2; to.isEmpty() || project.schemas.contains(to.toStdString()) || incoming.schemas.contains(to.toStdString()) || targets.contains(to); ++n)
            to = name + u'_' + QString::number(n);
        map.insert(name, to);
        targets.insert(to);
    }
    for (auto it = map.begin(); it != map.end();)
        it = it.key() == it.value() ? map.erase(it) : std::next(it);
    if (map.isEmpty())
        return;
    Json renamed = Json::object();
    for (auto it = incoming.schemas.begin(); it != incoming.schemas.end(); ++it) {
        Json s = *it;
        renameSchemaRefs(s, map);
        renamed[map.value(toQString(it.key()), toQString(it.key())).toStdString()] = std::move(s);
    }
    incoming.schemas = std::move(renamed);
    for (Endpoint &e : incoming.endpoints) {
        renameSchemaRefs(e.recordSchema, map);
        renameSchemaRefs(e.requestSchema, map);
    }
}

class Differ
{
public:
    Differ(const Project &project, const Connection &connection, SpecDiff &diff)
        : m_project(project), m_connection(connection), m_diff(diff)
    {
    }

    void run();

private:
    SpecChange change(Kind kind, const Endpoint *e, bool request = false, bool required = false) const
    {
        SpecChange c;
        c.kind = kind;
        c.breaking = breakingKind(kind, request, required);
        c.inRequest = request;
        if (e) {
            c.endpoint = e->id;
            c.operation = operationLabel(*e);
        }
        return c;
    }
    void add(SpecChange c) { m_diff.changes.push_back(std::move(c)); }
    void connectionChanges();
    void parameters(const Endpoint &mine, const Endpoint &theirs);
    void fields(const Endpoint &mine, const Endpoint &theirs, bool request);
    void impacts(SpecChange &c) const;

    const Project &m_project;
    const Connection &m_connection;
    SpecDiff &m_diff;
};

void Differ::connectionChanges()
{
    const Connection &theirs = m_diff.incoming.connections.first();
    if (theirs.baseUrl != m_connection.baseUrl) {
        SpecChange c = change(Kind::ServerChanged, nullptr);
        c.before = m_connection.baseUrl;
        c.after = theirs.baseUrl;
        add(c);
    }
    const Auth &a = m_connection.auth;
    const Auth &b = theirs.auth;
    const auto describe = [](const Auth &x) {
        switch (x.type) {
        case AuthType::None: return SpecChange::tr("none");
        case AuthType::ApiKey:
            return SpecChange::tr("API key %1 in the %2").arg(x.keyName, x.keyIn == ApiKeyLocation::Query ? SpecChange::tr("query") : SpecChange::tr("header"));
        case AuthType::Bearer: return SpecChange::tr("bearer token");
        case AuthType::Basic: return SpecChange::tr("user name and password");
        case AuthType::OAuth2:
            return SpecChange::tr("OAuth 2 (%1, %2)")
                .arg(x.grant == OAuth2Grant::AuthorizationCode ? SpecChange::tr("authorization code") : SpecChange::tr("client credentials"),
                     x.tokenUrl);
        }
        return QString();
    };
    const bool differs = a.type != b.type ||
                         (a.type == AuthType::ApiKey && (a.keyName != b.keyName || a.keyIn != b.keyIn)) ||
                         (a.type == AuthType::OAuth2 && (a.grant != b.grant || a.tokenUrl != b.tokenUrl ||
                                                         a.authorizationUrl != b.authorizationUrl || a.scope != b.scope));
    if (differs) {
        SpecChange c = change(Kind::AuthChanged, nullptr);
        c.before = describe(a);
        c.after = describe(b);
        if (a.type == AuthType::OAuth2 && b.type == AuthType::OAuth2 && a.scope != b.scope && c.before == c.after) {
            c.before += u' ' + SpecChange::tr("scopes %1").arg(a.scope);
            c.after += u' ' + SpecChange::tr("scopes %1").arg(b.scope);
        }
        add(c);
    }
}

void Differ::parameters(const Endpoint &mine, const Endpoint &theirs)
{
    for (const bool query : {true, false}) {
        const KeyValues &before = query ? mine.query : mine.headers;
        const KeyValues &after = query ? theirs.query : theirs.headers;
        const auto has = [](const KeyValues &list, const QString &name) {
            return std::any_of(list.cbegin(), list.cend(), [&](const KeyValue &kv) { return kv.name.compare(name, Qt::CaseInsensitive) == 0; });
        };
        const auto skipped = [query](const QString &name) { // set by the importer from the body, not a parameter
            return !query && (name.compare(u"Content-Type", Qt::CaseInsensitive) == 0 || name.compare(u"Accept", Qt::CaseInsensitive) == 0);
        };
        for (const KeyValue &kv : after)
            if (!skipped(kv.name) && !has(before, kv.name)) {
                const bool required = isVariableOnly(kv.value);
                SpecChange c = change(Kind::ParameterAdded, &mine, true, required);
                c.field = kv.name;
                c.place = query ? QStringLiteral("query") : QStringLiteral("header");
                c.after = required ? SpecChange::tr("required") : SpecChange::tr("optional");
                add(c);
            }
        for (const KeyValue &kv : before)
            if (!skipped(kv.name) && !has(after, kv.name)) {
                SpecChange c = change(Kind::ParameterRemoved, &mine, true);
                c.field = kv.name;
                c.place = query ? QStringLiteral("query") : QStringLiteral("header");
                add(c);
            }
    }
}

void Differ::fields(const Endpoint &mine, const Endpoint &theirs, bool request)
{
    const Json &a = request ? mine.requestSchema : mine.recordSchema;
    const Json &b = request ? theirs.requestSchema : theirs.recordSchema;
    if (sameSchema(a, m_project.schemas, b, m_diff.incoming.schemas))
        return;
    const FieldList before = fieldsOf(a, m_project.schemas);
    const FieldList after = fieldsOf(b, m_diff.incoming.schemas);
    if (before.fields.isEmpty() || after.fields.isEmpty())
        return; // nothing listed on one side: no field to compare (a schema given or dropped is not a field's change)
    // a field whose type changed is said once, not again for what it holds now or held before
    const auto retyped = [&](const QString &path) {
        const SchemaField *was = before.find(path);
        const SchemaField *is = after.find(path);
        return was && is && !was->type.isEmpty() && !is->type.isEmpty() && was->type != is->type;
    };
    QSet<QString> renamedTo;
    for (const SchemaField &f : before.fields) {
        const QString parent = before.parentOf(f);
        if (!parent.isEmpty() && (!after.find(parent) || retyped(parent)))
            continue; // its parent is gone or another type: said there
        const SchemaField *now = after.find(f.path);
        if (!now) {
            // renamed: the same name spelled otherwise, new beside it
            const SchemaField *twin = nullptr;
            for (const SchemaField &g : after.fields)
                if (after.parentOf(g) == parent && !before.find(g.path) && looseName(g.path) == looseName(f.path) &&
                    !renamedTo.contains(g.path))
                    twin = &g;
            SpecChange c = change(twin ? Kind::FieldRenamed : Kind::FieldRemoved, &mine, request, f.required);
            c.field = f.path;
            c.before = f.type;
            if (twin) {
                c.after = twin->path;
                renamedTo.insert(twin->path);
            }
            add(c);
            continue;
        }
        if (!f.type.isEmpty() && !now->type.isEmpty() && f.type != now->type) {
            SpecChange c = change(Kind::TypeChanged, &mine, request);
            c.field = f.path;
            c.before = f.type;
            c.after = now->type;
            add(c);
            continue;
        }
        if (f.enumValues != now->enumValues) {
            const QSet<QString> was(f.enumValues.cbegin(), f.enumValues.cend());
            const QSet<QString> is(now->enumValues.cbegin(), now->enumValues.cend());
            // no enum is every value: gaining one narrows, losing one widens
            const bool narrowed = (was.isEmpty() && !is.isEmpty()) || (!is.isEmpty() && !was.isEmpty() && !is.contains(was));
            const bool widened = (is.isEmpty() && !was.isEmpty()) || (!is.isEmpty() && !was.isEmpty() && !was.contains(is));
            if (narrowed || widened) {
                SpecChange c = change(narrowed ? Kind::EnumNarrowed : Kind::EnumWidened, &mine, request);
                if (narrowed && widened) // some values gone and others new: the gone ones break what sent them
                    c.breaking = true;
                c.field = f.path;
                c.before = was.isEmpty() ? SpecChange::tr("any value") : f.enumValues.join(QStringLiteral(", "));
                c.after = is.isEmpty() ? SpecChange::tr("any value") : now->enumValues.join(QStringLiteral(", "));
                add(c);
            }
        }
        if (f.required != now->required) {
            SpecChange c = change(now->required ? Kind::FieldRequired : Kind::FieldOptional, &mine, request);
            c.field = f.path;
            add(c);
        }
    }
    for (const SchemaField &g : after.fields) {
        const QString parent = after.parentOf(g);
        if (before.find(g.path) || renamedTo.contains(g.path) || (!parent.isEmpty() && (!before.find(parent) || retyped(parent))))
            continue;
        SpecChange c = change(Kind::FieldAdded, &mine, request, g.required);
        c.field = g.path;
        c.after = g.required ? SpecChange::tr("%1, required").arg(g.type) : g.type;
        add(c);
    }
}

/// Whether a field read (or written) at `used` is touched by a change at `changed`: the same
/// field, one inside it, or the object around it.
bool touches(const QString &used, const QString &changed)
{
    const auto inside = [](const QString &inner, const QString &outer) {
        return inner.startsWith(outer) && inner.size() > outer.size() && (inner[outer.size()] == u'.' || inner[outer.size()] == u'[');
    };
    return used == changed || inside(used, changed) || inside(changed, used);
}

void Differ::impacts(SpecChange &c) const
{
    static const QSet<Kind> fieldKinds{Kind::FieldRemoved, Kind::FieldRenamed, Kind::FieldAdded, Kind::FieldRequired,
                                       Kind::FieldOptional, Kind::TypeChanged, Kind::EnumNarrowed, Kind::EnumWidened};
    const bool wholeConnection = c.endpoint.isEmpty();
    for (const Integration &in : m_project.integrations) {
        auto impact = [&](const Node &n, const QString &line) {
            const SpecImpact i{in.id, in.name, n.id, line};
            if (!c.impacts.contains(i))
                c.impacts.append(i);
        };
        for (const Node &n : in.nodes) {
            if (n.type != NodeType::Source && n.type != NodeType::Target && n.type != NodeType::Lookup)
                continue;
            const Endpoint *e = m_project.endpoint(n.endpoint);
            const bool onIt = wholeConnection ? (e && e->connection == m_connection.id) : n.endpoint == c.endpoint;
            if (!onIt)
                continue;
            if (!fieldKinds.contains(c.kind)) {
                impact(n, {});
                continue;
            }
            if (c.inRequest) {
                if (n.type != NodeType::Target)
                    continue;
                // the maps that feed this target, and their lines that write the field
                bool written = false;
                for (const Node *m : IntegrationGraph::feeding(in, n.id))
                    if (m->type == NodeType::Map)
                        for (const FieldMapping &fm : m->fields)
                            if (touches(schemaSpelling(fm.target), c.field)) {
                                impact(*m, fm.target);
                                written = true;
                            }
                if (!written && c.kind == Kind::FieldAdded)
                    impact(n, {}); // required now, and nothing writes it
                continue;
            }
            if (n.type == NodeType::Target)
                continue;
            // a record field: read under the lookup's name, or as it is from the source
            QString field = c.field;
            if (n.type == NodeType::Lookup)
                field = n.lookupAs + (n.lookupTake == LookupTake::All ? QStringLiteral("[*].") : QStringLiteral(".")) + c.field;
            const auto readsIt = [&](const QStringList &read) {
                return std::any_of(read.cbegin(), read.cend(), [&](const QString &r) { return touches(r, field); });
            };
            if (n.type == NodeType::Source &&
                (readsIt(fieldsReadBy(in.key)) || (!n.watermarkField.isEmpty() && touches(schemaSpelling(n.watermarkField), field))))
                impact(n, {});
            for (const Node &m : in.nodes) {
                if (m.type == NodeType::Map) {
                    for (const FieldMapping &fm : m.fields)
                        if (readsIt(fieldsReadBy(fm.formula)))
                            impact(m, fm.target);
                } else if (m.type != NodeType::Source && m.type != NodeType::Target) {
                    QStringList read = fieldsReadBy(m);
                    if (const Endpoint *asked = m_project.endpoint(m.endpoint); m.type == NodeType::Lookup && asked && m.lookupBatch <= 1)
                        read << recordFieldsInRequest(*asked); // what a lookup sends of the record
                    if (readsIt(read))
                        impact(m, {});
                }
            }
        }
    }
}

void Differ::run()
{
    connectionChanges();
    QHash<QString, const Endpoint *> theirs;
    for (const Endpoint &e : m_diff.incoming.endpoints)
        theirs.insert(operationKey(e), &e);
    QSet<QString> matched;
    for (const Endpoint &mine : m_project.endpoints) {
        if (mine.connection != m_connection.id)
            continue;
        const QString key = operationKey(mine);
        const Endpoint *now = theirs.value(key);
        if (!now) {
            add(change(Kind::EndpointRemoved, &mine));
            continue;
        }
        matched.insert(key);
        if (mine.recordsPath != now->recordsPath && !now->recordSchema.is_null()) {
            SpecChange c = change(Kind::RecordsMoved, &mine);
            c.before = mine.recordsPath;
            c.after = now->recordsPath;
            add(c);
        }
        parameters(mine, *now);
        fields(mine, *now, true);
        fields(mine, *now, false);
    }
    QSet<QString> taken;
    for (const Endpoint &e : m_diff.incoming.endpoints) {
        if (matched.contains(operationKey(e)))
            continue;
        SpecChange c = change(Kind::EndpointAdded, &e);
        c.endpoint = makeId(e.id, [&](const QString &id) { return m_project.endpoint(id) || taken.contains(id); });
        taken.insert(c.endpoint);
        c.after = e.name;
        add(c);
    }
    for (SpecChange &c : m_diff.changes)
        if (c.breaking)
            impacts(c);
}

Endpoint *endpointIn(Project &p, const QString &id)
{
    for (Endpoint &e : p.endpoints)
        if (e.id == id)
            return &e;
    return nullptr;
}

const Endpoint *incomingFor(const Project &incoming, const Endpoint &mine)
{
    const QString key = operationKey(mine);
    for (const Endpoint &e : incoming.endpoints)
        if (operationKey(e) == key)
            return &e;
    return nullptr;
}

} // namespace

QString SpecChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::EndpointAdded: return QStringLiteral("endpoint-added");
    case Kind::EndpointRemoved: return QStringLiteral("endpoint-removed");
    case Kind::ParameterAdded: return QStringLiteral("parameter-added");
    case Kind::ParameterRemoved: return QStringLiteral("parameter-removed");
    case Kind::FieldAdded: return QStringLiteral("field-added");
    case Kind::FieldRemoved: return QStringLiteral("field-removed");
    case Kind::FieldRenamed: return QStringLiteral("field-renamed");
    case Kind::FieldRequired: return QStringLiteral("field-required");
    case Kind::FieldOptional: return QStringLiteral("field-optional");
    case Kind::TypeChanged: return QStringLiteral("type-changed");
    case Kind::EnumNarrowed: return QStringLiteral("enum-narrowed");
    case Kind::EnumWidened: return QStringLiteral("enum-widened");
    case Kind::RecordsMoved: return QStringLiteral("records-moved");
    case Kind::AuthChanged: return QStringLiteral("auth-changed");
    case Kind::ServerChanged: return QStringLiteral("server-changed");
    }
    return {};
}

QString SpecChange::inWords() const
{
    const QString side = inRequest ? tr("request field") : tr("response field");
    QString what;
    switch (kind) {
    case Kind::EndpointAdded: what = tr("new endpoint (%1)").arg(after); break;
    case Kind::EndpointRemoved: what = tr("endpoint removed"); break;
    case Kind::ParameterAdded:
        what = place == u"header" ? tr("%1 header %2 added").arg(after, field) : tr("%1 query parameter %2 added").arg(after, field);
        break;
    case Kind::ParameterRemoved:
        what = place == u"header" ? tr("header %1 removed").arg(field) : tr("query parameter %1 removed").arg(field);
        break;
    case Kind::FieldAdded: what = tr("%1 %2 added (%3)").arg(side, field, after); break;
    case Kind::FieldRemoved: what = tr("%1 %2 removed").arg(side, field); break;
    case Kind::FieldRenamed: what = tr("%1 %2 renamed %3").arg(side, field, after); break;
    case Kind::FieldRequired: what = tr("%1 %2 is now required").arg(side, field); break;
    case Kind::FieldOptional: what = tr("%1 %2 is no longer required").arg(side, field); break;
    case Kind::TypeChanged: what = tr("%1 %2 was %3, now %4").arg(side, field, before, after); break;
    case Kind::EnumNarrowed: what = tr("%1 %2 takes fewer values: %3 (was %4)").arg(side, field, after, before); break;
    case Kind::EnumWidened: what = tr("%1 %2 takes more values: %3 (was %4)").arg(side, field, after, before); break;
    case Kind::RecordsMoved:
        what = tr("the records are now at “%1” in the reply (were at “%2”)")
                   .arg(after.isEmpty() ? tr("the top") : after, before.isEmpty() ? tr("the top") : before);
        break;
    case Kind::AuthChanged: what = tr("sign-in changed: %1 (was %2)").arg(after, before); break;
    case Kind::ServerChanged: what = tr("server changed: %1 (was %2)").arg(after, before); break;
    }
    return operation.isEmpty() ? what : operation + QStringLiteral(": ") + what;
}

QStringList SpecChange::impactsInWords() const
{
    QStringList lines;
    for (const SpecImpact &i : impacts)
        lines << (i.line.isEmpty() ? tr("integration “%1”, node %2").arg(i.integrationName, i.node)
                                   : tr("integration “%1”, line %2 of %3").arg(i.integrationName, i.line, i.node));
    return lines;
}

Json SpecChange::toJson() const
{
    Json j = Json::object();
    j["kind"] = kindName(kind).toStdString();
    j["breaking"] = breaking;
    j["change"] = inWords().toStdString();
    if (!endpoint.isEmpty())
        j["endpoint"] = endpoint.toStdString();
    if (!operation.isEmpty())
        j["operation"] = operation.toStdString();
    if (!field.isEmpty()) {
        j["field"] = field.toStdString();
        if (!place.isEmpty())
            j["in"] = place.toStdString();
        else
            j["in"] = inRequest ? "request" : "response";
    }
    if (!before.isEmpty())
        j["before"] = before.toStdString();
    if (!after.isEmpty())
        j["after"] = after.toStdString();
    Json list = Json::array();
    for (const SpecImpact &i : impacts) {
        Json o{{"integration", i.integration.toStdString()}, {"node", i.node.toStdString()}};
        if (!i.line.isEmpty())
            o["line"] = i.line.toStdString();
        list.push_back(std::move(o));
    }
    if (!list.empty())
        j["affects"] = std::move(list);
    return j;
}

int SpecDiff::breakingCount() const
{
    return int(std::count_if(changes.cbegin(), changes.cend(), [](const SpecChange &c) { return c.breaking; }));
}

Result<SpecDiff> diffSpec(const Project &project, const QString &connectionId, const ImportResult &fresh)
{
    const Connection *connection = project.connection(connectionId);
    if (!connection)
        return makeError(QStringLiteral("spec.no-connection"),
                         SpecChange::tr("The project has no connection “%1”. Name one of its connections: %2.")
                             .arg(connectionId, [&] {
                                 QStringList ids;
                                 for (const Connection &c : project.connections)
                                     ids << c.id;
                                 return ids.join(QStringLiteral(", "));
                             }()));
    if (connection->spec.isEmpty())
        return makeError(QStringLiteral("spec.no-origin"),
                         SpecChange::tr("The connection “%1” was not imported from an OpenAPI document (it has no spec "
                                        "origin), so there is nothing to compare the new spec with. Import the spec as a "
                                        "new connection instead, and move the integrations over to it.")
                             .arg(connection->name));
    if (!fresh.ok())
        return makeError(QStringLiteral("spec.nothing"),
                         SpecChange::tr("Nothing could be read from the new spec (see the problems listed); the "
                                        "connection “%1” is left as it is.")
                             .arg(connection->name));
    SpecDiff diff;
    diff.connection = connectionId;
    diff.version = fresh.version;
    diff.incoming = fresh.project;
    // the new spec's shared schemas under the names the project knows them by
    QHash<QString, QString> names;
    for (const Endpoint &mine : project.endpoints)
        if (mine.connection == connectionId)
            if (const Endpoint *theirs = incomingFor(diff.incoming, mine)) {
                alignRefs(mine.recordSchema, theirs->recordSchema, project.schemas, diff.incoming.schemas, names, 0);
                alignRefs(mine.requestSchema, theirs->requestSchema, project.schemas, diff.incoming.schemas, names, 0);
            }
    renameIncoming(diff.incoming, project, names);
    for (Endpoint &e : diff.incoming.endpoints)
        e.connection = connectionId;
    Differ(project, *connection, diff).run();
    return diff;
}

Result<QStringList> applySpecChanges(Project &project, const SpecDiff &diff, const QList<int> &which, const QString &specOrigin)
{
    const auto connection = [&]() -> Connection * {
        for (Connection &c : project.connections)
            if (c.id == diff.connection)
                return &c;
        return nullptr;
    };
    if (!connection())
        return makeError(QStringLiteral("spec.no-connection"), SpecChange::tr("The project has no connection “%1” any more.").arg(diff.connection));
    Project incoming = diff.incoming; // fieldHolder walks writable schemas
    QList<int> chosen = which;
    if (chosen.isEmpty())
        for (int i = 0; i < int(diff.changes.size()); ++i)
            chosen << i;
    QStringList done;
    // a shared schema the new parts refer to, and those it refers to, where the project lacks them
    const auto bringSchemas = [&](const Json &schema) {
        QStringList names = sharedNamesIn(schema);
        for (qsizetype i = 0; i < names.size(); ++i) {
            const std::string n = names[i].toStdString();
            if (project.schemas.contains(n) || !incoming.schemas.contains(n))
                continue;
            project.schemas[n] = incoming.schemas[n];
            for (const QString &more : sharedNamesIn(incoming.schemas[n]))
                if (!names.contains(more))
                    names << more;
        }
    };
    for (const int index : std::as_const(chosen)) {
        if (index < 0 || index >= int(diff.changes.size()))
            return makeError(QStringLiteral("spec.no-change"),
                             SpecChange::tr("There is no change %1; the changes are numbered 1 to %2.").arg(index + 1).arg(diff.changes.size()));
        const SpecChange &c = diff.changes[std::size_t(index)];
        Endpoint *mine = endpointIn(project, c.endpoint);
        const Endpoint *theirs = mine ? incomingFor(incoming, *mine) : nullptr;
        const auto missing = [&] {
            return makeError(QStringLiteral("spec.stale"),
                             SpecChange::tr("“%1” no longer fits the project (it was changed since the comparison); "
                                            "compare again.")
                                 .arg(c.inWords()));
        };
        switch (c.kind) {
        case Kind::ServerChanged: connection()->baseUrl = incoming.connections.first().baseUrl; break;
        case Kind::AuthChanged: connection()->auth = incoming.connections.first().auth; break;
        case Kind::EndpointAdded: {
            const auto it = std::find_if(incoming.endpoints.cbegin(), incoming.endpoints.cend(), [&](const Endpoint &e) {
                return operationLabel(e) == c.operation;
            });
            if (it == incoming.endpoints.cend() || mine)
                return missing();
            Endpoint e = *it;
            e.id = c.endpoint;
            e.connection = diff.connection;
            bringSchemas(e.recordSchema);
            bringSchemas(e.requestSchema);
            project.endpoints.append(e);
            break;
        }
        case Kind::EndpointRemoved:
            if (!mine)
                return missing();
            project.endpoints.removeIf([&](const Endpoint &e) { return e.id == c.endpoint; });
            break;
        case Kind::ParameterAdded:
        case Kind::ParameterRemoved: {
            if (!mine || !theirs)
                return missing();
            KeyValues &list = c.place == u"header" ? mine->headers : mine->query;
            list.removeIf([&](const KeyValue &kv) { return kv.name.compare(c.field, Qt::CaseInsensitive) == 0; });
            if (c.kind == Kind::ParameterAdded)
                for (const KeyValue &kv : c.place == u"header" ? theirs->headers : theirs->query)
                    if (kv.name.compare(c.field, Qt::CaseInsensitive) == 0)
                        list.append(kv);
            break;
        }
        case Kind::RecordsMoved:
            if (!mine || !theirs)
                return missing();
            mine->recordsPath = theirs->recordsPath;
            break;
        case Kind::FieldAdded:
        case Kind::FieldRemoved:
        case Kind::FieldRenamed:
        case Kind::FieldRequired:
        case Kind::FieldOptional:
        case Kind::TypeChanged:
        case Kind::EnumNarrowed:
        case Kind::EnumWidened: {
            if (!mine || !theirs)
                return missing();
            Json &root = c.inRequest ? mine->requestSchema : mine->recordSchema;
            Json &theirRoot = c.inRequest ? const_cast<Endpoint *>(theirs)->requestSchema : const_cast<Endpoint *>(theirs)->recordSchema;
            // the old field goes (removed, or renamed away)
            if (c.kind == Kind::FieldRemoved || c.kind == Kind::FieldRenamed) {
                std::string name;
                Json *holder = fieldHolder(root, c.field, project.schemas, &name);
                if (!holder)
                    return missing();
                (*holder)["properties"].erase(name);
                if (Json *req = holder->contains("required") ? &(*holder)["required"] : nullptr; req && req->is_array())
                    req->erase(std::remove(req->begin(), req->end(), Json(name)), req->end());
                if (c.kind == Kind::FieldRemoved)
                    break;
            }
            // the new field (or its new definition) comes from the new spec, required or not as there
            const QString path = c.kind == Kind::FieldRenamed ? c.after : c.field;
            std::string name;
            const Json *from = fieldHolder(theirRoot, path, incoming.schemas, &name);
            Json *into = fieldHolder(root, path, project.schemas, &name, FieldHolder::OrParent);
            if (!from || !into)
                return missing();
            const Json &definition = (*from)["properties"][name];
            (*into)["properties"][name] = definition;
            bringSchemas(definition);
            const bool required = from->contains("required") && (*from)["required"].is_array() &&
                                  std::find((*from)["required"].begin(), (*from)["required"].end(), Json(name)) != (*from)["required"].end();
            Json &req = (*into)["required"];
            if (!req.is_array())
                req = Json::array();
            req.erase(std::remove(req.begin(), req.end(), Json(name)), req.end());
            if (required)
                req.push_back(name);
            else if (req.empty())
                into->erase("required");
            break;
        }
        }
        done << c.inWords();
    }
    if (!done.isEmpty())
        addImportedVariables(project, incoming); // those the new parts use
    connection()->spec = specOrigin;
    return done;
}

Result<SpecDiff> pendingSpecChanges(const Project &project, const QString &projectFile, const QString &connectionId,
                                    Problems *problems)
{
    const Connection *c = project.connection(connectionId);
    if (c && !c->spec.isEmpty()) {
        const QString file = specFileOf(*c, projectFile);
        const QFileInfo info(file);
        if (!info.exists())
            return makeError(QStringLiteral("spec.gone"),
                             SpecChange::tr("The spec of “%1”, %2, is not there any more; nothing to compare with. Import it "
                                            "again from where it is now (Update from Spec…).")
                                 .arg(c->name, file));
        // the last few specs read, by file, size and time: the window asks each time a canvas opens
        struct Read
        {
            QString file;
            qint64 size = 0;
            QDateTime modified;
            std::shared_ptr<const ImportResult> result;
        };
        static QMutex mutex;
        static QList<Read> cache;
        std::shared_ptr<const ImportResult> fresh;
        {
            QMutexLocker lock(&mutex);
            for (const Read &r : std::as_const(cache))
                if (r.file == info.absoluteFilePath() && r.size == info.size() && r.modified == info.lastModified())
                    fresh = r.result;
        }
        if (!fresh) {
            fresh = std::make_shared<const ImportResult>(OpenApiImporter::importFile(file));
            QMutexLocker lock(&mutex);
            cache.prepend(Read{info.absoluteFilePath(), info.size(), info.lastModified(), fresh});
            while (cache.size() > 4)
                cache.removeLast();
        }
        if (problems)
            *problems = fresh->problems;
        return diffSpec(project, connectionId, *fresh);
    }
    return diffSpec(project, connectionId, ImportResult{}); // says what is missing
}

QStringList connectionsUsedBy(const Project &project, const Integration &integration)
{
    QStringList connections;
    for (const Node &n : integration.nodes)
        if (const Endpoint *e = project.endpoint(n.endpoint); e && !connections.contains(e->connection))
            connections << e->connection;
    return connections;
}

std::vector<SpecChange> pendingSpecChangesFor(const Project &project, const QString &projectFile, const QString &integrationId)
{
    std::vector<SpecChange> out;
    const Integration *in = project.integration(integrationId);
    if (!in)
        return out;
    for (const QString &id : connectionsUsedBy(project, *in)) {
        const Connection *c = project.connection(id);
        if (!c || c->spec.isEmpty())
            continue;
        Result<SpecDiff> diff = pendingSpecChanges(project, projectFile, id);
        if (!diff)
            continue;
        for (SpecChange &change : diff->changes)
            if (change.breaking && std::any_of(change.impacts.cbegin(), change.impacts.cend(),
                                               [&](const SpecImpact &i) { return i.integration == integrationId; }))
                out.push_back(std::move(change));
    }
    return out;
}

QString specOriginFor(const QString &specFile, const QString &projectFile)
{
    const QString absolute = QFileInfo(specFile).absoluteFilePath();
    if (projectFile.isEmpty())
        return absolute;
    const QDir dir = QFileInfo(projectFile).absoluteDir();
    const QString relative = dir.relativeFilePath(absolute);
    return relative.startsWith(QLatin1String("..")) ? absolute : relative;
}

QString specFileOf(const Connection &connection, const QString &projectFile)
{
    if (connection.spec.isEmpty())
        return {};
    if (QFileInfo(connection.spec).isAbsolute() || projectFile.isEmpty())
        return connection.spec;
    return QFileInfo(projectFile).absoluteDir().filePath(connection.spec);
}

} // namespace patchbay
