#include "driftguard.h"

#include "expr/formula.h"
#include "model/integrationgraph.h"
#include "model/schemafields.h"

#include <QRegularExpression>

namespace patchbay {

namespace {

/// A JSON value's type as JSON Schema names it.
QString schemaTypeOf(const Json &v)
{
    switch (v.type()) {
    case Json::value_t::string: return QStringLiteral("string");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return QStringLiteral("integer");
    case Json::value_t::number_float: return QStringLiteral("number");
    case Json::value_t::boolean: return QStringLiteral("boolean");
    case Json::value_t::object: return QStringLiteral("object");
    case Json::value_t::array: return QStringLiteral("array");
    default: return QStringLiteral("null");
    }
}

bool typeFits(const Json &v, const QStringList &types)
{
    const QString t = schemaTypeOf(v);
    for (const QString &allowed : types) {
        if (allowed == t || (allowed == u"number" && t == u"integer"))
            return true;
        if (allowed == u"integer" && t == u"number") { // 3.0 is an integer in JSON
            const double d = v.get<double>();
            if (d == double(qint64(d)))
                return true;
        }
    }
    return false;
}

/// A name without its spelling: lower case, no `_`, `-` or spaces ("emailAddress", "email_address"
/// and "Email-Address" are one).
std::string spellingFree(const std::string &name)
{
    std::string out;
    out.reserve(name.size());
    for (const char c : name)
        if (c != '_' && c != '-' && c != ' ')
            out += char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace

QString SchemaDrift::inWords() const
{
    const QString where = recordKey.isEmpty() ? QString() : tr(" (record %1)").arg(recordKey);
    switch (kind) {
    case Kind::Missing:
        return tr("%1 is missing%2").arg(field, where);
    case Kind::TypeChanged:
        return tr("%1 was %2, now %3%4").arg(field, expected, found, where);
    case Kind::NewField:
        return tr("new field %1 (%2)%3").arg(field, found, where);
    case Kind::Required:
        return tr("the target now requires %1, which the integration does not write%2").arg(field, where);
    }
    return field;
}

Json SchemaDrift::toJson() const
{
    static const char *const kinds[] = {"missing", "typeChanged", "newField", "required"};
    Json j{{"kind", kinds[int(kind)]}, {"field", field.toStdString()}, {"breaking", breaking}};
    if (!expected.isEmpty())
        j["expected"] = expected.toStdString();
    if (!found.isEmpty())
        j["found"] = found.toStdString();
    if (!recordKey.isEmpty())
        j["recordKey"] = recordKey.toStdString();
    return j;
}

SchemaDrift SchemaDrift::fromJson(const Json &j)
{
    SchemaDrift d;
    const QString kind = jsonText(j, "kind");
    d.kind = kind == u"missing"       ? Kind::Missing
             : kind == u"typeChanged" ? Kind::TypeChanged
             : kind == u"required"    ? Kind::Required
                                      : Kind::NewField;
    d.field = jsonText(j, "field");
    d.expected = jsonText(j, "expected");
    d.found = jsonText(j, "found");
    d.recordKey = jsonText(j, "recordKey");
    d.breaking = j.is_object() && j.value("breaking", false);
    return d;
}

QStringList requiredFieldsNamedIn(const QString &refusal)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("(?:^|[\\s:\"'(\\[])([A-Za-z_][\\w.]*) (?:is|are) (?:required|mandatory|missing)\\b")),
        QRegularExpression(QStringLiteral("[Mm]issing required (?:param(?:eter)?|field|property)s?:? [\"']?([A-Za-z_][\\w.]*)")),
        QRegularExpression(QStringLiteral("[Rr]equired (?:field|param(?:eter)?|propert(?:y|ie))s? (?:is |are )?(?:missing|not (?:provided|given|set))"
                                          ":? \\[?([A-Za-z_][\\w., ]*)\\]?")),
    };
    QStringList fields;
    for (const QRegularExpression &re : patterns)
        for (auto it = re.globalMatch(refusal); it.hasNext();)
            for (QString name : it.next().captured(1).split(u',', Qt::SkipEmptyParts)) {
                name = name.trimmed();
                while (name.endsWith(u'.'))
                    name.chop(1); // the sentence's end
                static const QStringList words{"field", "fields", "param", "params", "parameter", "parameters", "property",
                                               "properties", "value", "values", "it", "this", "that", "body", "request"};
                if (!name.isEmpty() && !words.contains(name.toLower()) && !fields.contains(name, Qt::CaseInsensitive))
                    fields << name;
            }
    return fields;
}

QStringList fieldsWrittenTo(const Integration &integration, const QString &targetNodeId)
{
    QString target = targetNodeId;
    if (target.isEmpty())
        if (const Node *t = integration.firstNode(NodeType::Target))
            target = t->id;
    QStringList fields;
    for (const Node *n : IntegrationGraph::feeding(integration, target))
        if (n->type == NodeType::Map)
            for (const FieldMapping &m : n->fields)
                fields << m.target;
    return fields;
}

std::optional<SchemaDrift> targetDrift(const Integration &integration, const QString &targetNodeId, const QString &refusal,
                                       const QString &recordKey)
{
    const QStringList written = fieldsWrittenTo(integration, targetNodeId);
    for (const QString &field : requiredFieldsNamedIn(refusal)) {
        const bool writes = std::any_of(written.cbegin(), written.cend(), [&](const QString &w) {
            return w.compare(field, Qt::CaseInsensitive) == 0 || w.startsWith(field + u'.', Qt::CaseInsensitive) ||
                   field.startsWith(w + u'.', Qt::CaseInsensitive);
        });
        if (writes)
            continue; // the integration writes it: this record lacks a value (a dead letter), not a new field
        SchemaDrift d;
        d.kind = SchemaDrift::Kind::Required;
        d.field = field;
        d.recordKey = recordKey;
        d.breaking = true;
        return d;
    }
    return std::nullopt;
}

DriftGuard DriftGuard::forIntegration(const Project &project, const Integration &integration)
{
    DriftGuard guard;
    const Node *source = integration.firstNode(NodeType::Source);
    const Endpoint *endpoint = source ? project.endpoint(source->endpoint) : nullptr;
    if (!endpoint || !schemaListsFields(endpoint->recordSchema, project.schemas))
        return guard;
    SchemaFieldOptions options;
    options.schemas = &project.schemas;
    options.refDepth = 2;
    const QList<SchemaField> fields = schemaFields(endpoint->recordSchema, SchemaRole::Source, options);
    QHash<QString, const SchemaField *> byPath;
    for (const SchemaField &f : fields) {
        byPath.insert(f.path, &f);
        if (f.depth == 0)
            guard.m_known.insert(f.name.toStdString());
    }

    // What the integration reads of a source record. Fields a lookup adds are not the source's.
    QStringList paths;
    if (Result<Formula> key = Formula::compile(integration.key))
        for (const QString &p : key->fieldPaths())
            paths << schemaSpelling(p);
    QStringList added;
    for (const Node &n : integration.nodes) {
        if (n.type == NodeType::Source && !n.watermarkField.isEmpty())
            paths << n.watermarkField;
        if (n.type == NodeType::Lookup) {
            added << n.lookupAs;
            // a lookup of one record at a time names what it sends as {{record.…}} in its request
            if (const Endpoint *asked = project.endpoint(n.endpoint); asked && n.lookupBatch <= 1)
                for (const QString &field : recordFieldsInRequest(*asked))
                    if (!paths.contains(field))
                        paths << field;
        }
        paths << fieldsReadBy(n);
    }
    for (const QString &raw : std::as_const(paths))
        guard.m_read.insert(schemaSpelling(raw));
    for (const QString &raw : std::as_const(paths)) { // (in the order read: the log's order)
        const QString path = schemaSpelling(raw);
        std::vector<std::string> names;
        if (!fieldSteps(path, names) || names.empty() || added.contains(QString::fromStdString(names.front())))
            continue;
        const SchemaField *f = byPath.value(path);
        if (!f || f->type.isEmpty() || std::any_of(guard.m_watched.cbegin(), guard.m_watched.cend(),
                                                   [&](const Watched &w) { return w.path == path; }))
            continue;
        Watched w;
        w.path = path;
        QString parent;
        for (std::string &n : names) {
            w.parents.push_back(parent);
            parent = n.empty() ? parent + QStringLiteral("[*]") : fieldPath(parent, QString::fromStdString(n));
            w.steps.push_back(Step{std::move(n)});
        }
        w.types = f->type.split(QStringLiteral(" | "));
        w.required = f->required;
        guard.m_watched.push_back(std::move(w));
    }
    return guard;
}

QStringList DriftGuard::watched() const
{
    QStringList out;
    for (const Watched &w : m_watched)
        out << w.path;
    return out;
}

void DriftGuard::check(const Json &record, const QString &key, std::vector<SchemaDrift> &found) const
{
    if (!record.is_object() || !active())
        return;
    auto add = [&](SchemaDrift d) {
        for (SchemaDrift &seen : found) {
            if (seen.sameAs(d)) {
                if (d.breaking && !seen.breaking) // the worse case counts
                    seen = std::move(d);
                return;
            }
        }
        found.push_back(std::move(d));
    };
    // Fields the schema does not know (new; not breaking by themselves).
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (m_known.count(it.key()))
            continue;
        SchemaDrift d;
        d.kind = SchemaDrift::Kind::NewField;
        d.field = fieldPath(QString(), QString::fromStdString(it.key()));
        d.found = schemaTypeOf(it.value());
        d.recordKey = key;
        add(std::move(d));
    }
    for (const Watched &w : m_watched) {
        std::vector<SchemaDrift> here;
        checkAlong(record, w, 0, key, here);
        for (SchemaDrift &d : here)
            add(std::move(d));
    }
}

void DriftGuard::checkAlong(const Json &value, const Watched &w, size_t step, const QString &key,
                            std::vector<SchemaDrift> &found) const
{
    if (value.is_null())
        return; // an empty field or list: nothing to compare
    if (step == w.steps.size()) {
        if (typeFits(value, w.types))
            return;
        SchemaDrift d;
        d.kind = SchemaDrift::Kind::TypeChanged;
        d.field = w.path;
        d.expected = w.types.join(QStringLiteral(" | "));
        d.found = schemaTypeOf(value);
        d.recordKey = key;
        d.breaking = true;
        found.push_back(std::move(d));
        return;
    }
    const Step &s = w.steps[step];
    if (s.name.empty()) { // every item of a list
        if (!value.is_array()) {
            SchemaDrift d;
            d.kind = SchemaDrift::Kind::TypeChanged;
            d.field = w.path.left(w.path.indexOf(QStringLiteral("[*]")));
            d.expected = QStringLiteral("array");
            d.found = schemaTypeOf(value);
            d.recordKey = key;
            d.breaking = true;
            found.push_back(std::move(d));
            return;
        }
        for (const Json &item : value) {
            checkAlong(item, w, step + 1, key, found);
            if (!found.empty())
                return; // one item says it for the list
        }
        return;
    }
    if (!value.is_object())
        return; // a step through something else: its own type is compared where it is read
    const auto it = value.find(s.name);
    if (it == value.end()) {
        // Optional fields may be absent. Absent where the schema requires it (its parent being
        // there), or beside a field of the same name spelled otherwise (email_address and
        // emailAddress: renamed), it breaks what the integration reads.
        const bool last = step + 1 == w.steps.size();
        bool renamed = false;
        const std::string wanted = spellingFree(s.name);
        for (auto k = value.begin(); k != value.end() && !renamed; ++k) // (a spelling it reads too is no rename)
            renamed = spellingFree(k.key()) == wanted && !m_read.contains(fieldPath(w.parents[step], QString::fromStdString(k.key())));
        if ((last && w.required) || renamed) {
            SchemaDrift d;
            d.kind = SchemaDrift::Kind::Missing;
            d.field = w.path;
            d.expected = w.types.join(QStringLiteral(" | "));
            d.recordKey = key;
            d.breaking = true;
            found.push_back(std::move(d));
        }
        return;
    }
    checkAlong(*it, w, step + 1, key, found);
}

bool DriftReport::hasBreaking() const
{
    return std::any_of(drifts.cbegin(), drifts.cend(), [](const SchemaDrift &d) { return d.breaking; });
}

Result<DriftReport> latestDrifts(RunStore &runs, const QString &projectId, const QString &integrationId)
{
    DriftReport report;
    Result<QList<RunRecord>> last = runs.runs(1, projectId, integrationId);
    if (!last)
        return last.error();
    if (last->isEmpty())
        return report;
    report.run = last->first();
    Result<QList<RunEvent>> events = runs.events(report.run.id);
    if (!events)
        return events.error();
    for (const RunEvent &e : std::as_const(*events)) {
        if (!e.detail.is_object() || !e.detail.contains("drift"))
            continue;
        SchemaDrift d = SchemaDrift::fromJson(e.detail["drift"]);
        if (std::none_of(report.drifts.cbegin(), report.drifts.cend(), [&](const SchemaDrift &s) { return s.sameAs(d); }))
            report.drifts.push_back(std::move(d));
    }
    return report;
}

Result<QStringList> acceptDrifts(Project &project, const QString &endpointId, const std::vector<SchemaDrift> &drifts)
{
    Endpoint *endpoint = nullptr;
    for (Endpoint &e : project.endpoints)
        if (e.id == endpointId)
            endpoint = &e;
    if (!endpoint || !schemaListsFields(endpoint->recordSchema, project.schemas))
        return makeError(QStringLiteral("drift.no-schema"),
                         SchemaDrift::tr("The endpoint “%1” has no record schema that lists fields: there is nothing to "
                                         "accept a change into. Give it one (import its API description, or take the "
                                         "fields from a sample) first.")
                             .arg(endpointId));
    QStringList changes;
    for (const SchemaDrift &d : drifts) {
        std::string name;
        if (d.kind == SchemaDrift::Kind::NewField) {
            Json *parent = fieldHolder(endpoint->recordSchema, d.field, project.schemas, &name, FieldHolder::OrParent);
            if (!parent)
                continue;
            if (!(parent->contains("properties") && (*parent)["properties"].contains(name))) {
                (*parent)["properties"][name] = Json{{"type", d.found.toStdString()}};
                changes << SchemaDrift::tr("added %1 (%2)").arg(d.field, d.found);
            }
            continue;
        }
        Json *holder = fieldHolder(endpoint->recordSchema, d.field, project.schemas, &name);
        if (!holder)
            return makeError(QStringLiteral("drift.no-field"),
                             SchemaDrift::tr("The field %1 is not in the record schema of “%2” (any more): its change "
                                             "cannot be accepted. Look at the endpoint's schema.")
                                 .arg(d.field, endpointId));
        if (d.kind == SchemaDrift::Kind::Missing) {
            if (holder->contains("required") && (*holder)["required"].is_array()) {
                Json &required = (*holder)["required"];
                const auto before = required.size();
                required.erase(std::remove(required.begin(), required.end(), Json(name)), required.end());
                if (required.size() != before)
                    changes << SchemaDrift::tr("%1 is no longer required").arg(d.field);
            }
            continue;
        }
        // a type changed: the field takes the old type and the new one
        Json &field = (*holder)["properties"][name];
        const Json added{{"type", d.found.toStdString()}};
        if (field.is_object() && field.contains("anyOf") && field["anyOf"].is_array()) {
            field["anyOf"].push_back(added);
        } else {
            Json both{{"anyOf", Json::array({field, added})}};
            if (field.is_object() && field.contains("description"))
                both["description"] = field["description"];
            field = std::move(both);
        }
        changes << SchemaDrift::tr("%1 takes %2 as well as %3").arg(d.field, d.found, d.expected);
    }
    return changes;
}

} // namespace patchbay
