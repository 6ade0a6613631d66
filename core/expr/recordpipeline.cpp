#include "recordpipeline.h"

#include "model/integrationgraph.h"
#include "util/json.h"

#include <QRegularExpression>

namespace patchbay {

QStringList RecordPipeline::Outcome::errors() const
{
    QStringList out;
    if (!error.isEmpty())
        out.append(error);
    for (const Field &f : fields)
        if (!f.error.isEmpty())
            out.append(tr("field %1: %2").arg(f.target, f.error));
    return out;
}

void RecordPipeline::addFilter(const QString &condition, const QString &path, const QStringList &tables, Problems *problems,
                               const QString &nodeId)
{
    // A filter without a condition yet keeps every record (as the canvas says), as a filter step
    // with no rules does in Zapier or n8n.
    if (condition.trimmed().isEmpty())
        return;
    Result<Formula> f = Formula::compile(condition, &tables);
    if (!f) {
        problems->append(Problem{Problem::Severity::Error, path, f.error().message});
        m_valid = false;
        return;
    }
    Step s;
    s.isFilter = true;
    s.nodeId = nodeId;
    s.condition = std::move(*f);
    m_steps.push_back(std::move(s));
}

void RecordPipeline::addMap(const QList<FieldMapping> &fields, const QStringList &requiredTargets, const QString &path,
                            const QStringList &tables, Problems *problems, const QString &nodeId)
{
    Step s;
    s.nodeId = nodeId;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const FieldMapping &fm = fields[i];
        const QString fieldPath = JsonPath(path).key(QStringLiteral("fields")).index(i).key(QStringLiteral("formula"));
        Result<Formula> f = Formula::compile(fm.formula, &tables);
        if (!f) {
            problems->append(Problem{Problem::Severity::Error, fieldPath, f.error().message});
            m_valid = false;
            continue;
        }
        std::vector<TargetStep> targetPath;
        if (!parseTarget(fm.target, &targetPath)) {
            problems->append(Problem{Problem::Severity::Error,
                                     JsonPath(path).key(QStringLiteral("fields")).index(i).key(QStringLiteral("target")),
                                     tr("\"%1\" is not a target path; write field names with dots and positions in "
                                        "brackets, e.g. address.city or tags[0]")
                                         .arg(fm.target)});
            m_valid = false;
            continue;
        }
        s.fields.push_back(CompiledField{fm.target, std::move(targetPath), std::move(*f),
                                         fm.required || requiredTargets.contains(fm.target)});
    }
    m_steps.push_back(std::move(s));
}

QStringList RecordPipeline::tableNames(const Project &project)
{
    QStringList tables;
    for (const LookupTable &t : project.lookupTables)
        tables.append(t.name);
    return tables;
}

JsonPath RecordPipeline::placeOf(const Project &project, const Integration &in)
{
    qsizetype index = 0;
    for (qsizetype i = 0; i < project.integrations.size(); ++i)
        if (&project.integrations[i] == &in)
            index = i;
    return JsonPath(QStringLiteral("integrations")).index(index);
}

RecordPipeline RecordPipeline::compile(const Project &project, const Integration &in, Problems *problems)
{
    RecordPipeline p;
    p.m_env = FormulaEnvironment::fromTables(project.lookupTables);
    const QStringList tables = tableNames(project);
    const JsonPath base = placeOf(project, in);

    Result<Formula> key = Formula::compile(in.key, &tables);
    if (!key) {
        problems->append(Problem{Problem::Severity::Error, base.key(QStringLiteral("key")), key.error().message});
        p.m_valid = false;
    } else {
        p.m_key = std::move(*key);
    }

    // Follow the wires from the source; each node once (loops are refused by validation).
    const Node *source = in.firstNode(NodeType::Source);
    QList<const Node *> route;
    if (source)
        route = QList<const Node *>{source} + IntegrationGraph::chain(in, source->id, IntegrationGraph::Direction::Downstream);
    const QStringList requiredTargets = IntegrationGraph::requiredTargets(project, in);
    for (const Node *current : std::as_const(route)) {
        qsizetype nodeIndex = 0;
        for (qsizetype n = 0; n < in.nodes.size(); ++n)
            if (&in.nodes[n] == current)
                nodeIndex = n;
        const QString path = base.key(QStringLiteral("nodes")).index(nodeIndex);
        if (current->type == NodeType::Filter)
            p.addFilter(current->condition, JsonPath(path).key(QStringLiteral("condition")), tables, problems, current->id);
        else if (current->type == NodeType::Map)
            p.addMap(current->fields, requiredTargets, path, tables, problems, current->id);
    }
    if (!source) {
        // No canvas yet: the filter and map nodes in the order they are listed.
        for (qsizetype n = 0; n < in.nodes.size(); ++n) {
            const QString path = base.key(QStringLiteral("nodes")).index(n);
            if (in.nodes[n].type == NodeType::Filter)
                p.addFilter(in.nodes[n].condition, JsonPath(path).key(QStringLiteral("condition")), tables, problems);
            else if (in.nodes[n].type == NodeType::Map)
                p.addMap(in.nodes[n].fields, requiredTargets, path, tables, problems);
        }
    }
    return p;
}

RecordPipeline RecordPipeline::forNode(const Project &project, const Node &node, const QString &path,
                                       const QStringList &requiredTargets, Problems *problems)
{
    RecordPipeline p;
    p.m_env = FormulaEnvironment::fromTables(project.lookupTables);
    const QStringList tables = tableNames(project);
    if (node.type == NodeType::Filter)
        p.addFilter(node.condition, JsonPath(path).key(QStringLiteral("condition")), tables, problems, node.id);
    else if (node.type == NodeType::Map)
        p.addMap(node.fields, requiredTargets, path, tables, problems, node.id);
    return p;
}

RecordPipeline RecordPipeline::forMapping(const QList<FieldMapping> &fields, const QString &filter,
                                          const Project &project, Problems *problems)
{
    RecordPipeline p;
    p.m_env = FormulaEnvironment::fromTables(project.lookupTables);
    const QStringList tables = tableNames(project);
    if (!filter.trimmed().isEmpty())
        p.addFilter(filter, QStringLiteral("filter"), tables, problems);
    p.addMap(fields, {}, QString(), tables, problems);
    return p;
}

bool RecordPipeline::parseTarget(const QString &path, std::vector<TargetStep> *steps)
{
    static const QRegularExpression step(QStringLiteral("^([^.\\[\\]]+)((?:\\[\\d+\\])*)$"));
    static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]"));
    steps->clear();
    for (const QString &part : path.split(u'.')) {
        const QRegularExpressionMatch m = step.match(part.trimmed());
        if (!m.hasMatch())
            return false;
        TargetStep s;
        s.name = m.captured(1).toStdString();
        auto it = index.globalMatch(m.captured(2));
        while (it.hasNext()) {
            const qsizetype n = it.next().captured(1).toLongLong();
            if (n > 100000)
                return false;
            s.indexes.push_back(size_t(n));
        }
        steps->push_back(std::move(s));
    }
    return !steps->empty();
}

bool RecordPipeline::setCompiled(Json &target, const std::vector<TargetStep> &steps, Json value)
{
    Json *cur = &target;
    for (const TargetStep &s : steps) {
        if (!cur->is_object()) {
            if (!cur->is_null())
                return false;
            *cur = Json::object();
        }
        cur = &jsonMemberForWrite(cur->get_ref<Json::object_t &>(), s.name);
        for (size_t n : s.indexes) {
            if (!cur->is_array()) {
                if (!cur->is_null())
                    return false;
                *cur = Json::array();
            }
            while (cur->size() <= n)
                cur->push_back(Json());
            cur = &(*cur)[n];
        }
    }
    *cur = std::move(value);
    return true;
}

bool RecordPipeline::setPath(Json &target, const QString &path, Json value)
{
    std::vector<TargetStep> steps;
    return parseTarget(path, &steps) && setCompiled(target, steps, std::move(value));
}

RecordPipeline::Field RecordPipeline::evaluateField(const QString &target, const Formula &formula, bool required,
                                                    const Json &record, const FormulaEnvironment &env)
{
    Field field;
    field.target = target;
    Result<Json> v = formula.evaluate(record, env);
    if (!v)
        field.error = v.error().message;
    else if (v->is_null() && required)
        field.error = tr("required, but the formula gave nothing (null)");
    else
        field.value = std::move(*v);
    return field;
}

RecordPipeline::Outcome RecordPipeline::process(const Json &record, const FormulaEnvironment &env, Detail detail) const
{
    Outcome out;
    if (!m_key.isEmpty()) {
        Result<Json> key = m_key.evaluate(record, env);
        if (!key) {
            out.status = Outcome::Status::Failed;
            out.error = tr("key: %1").arg(key.error().message);
            return out;
        }
        out.key = QString::fromStdString(textOf(*key));
    }
    const Json *current = &record; // no copy of the input
    Json holder;
    for (const Step &s : m_steps) {
        if (s.isFilter) {
            Result<Json> keep = s.condition.evaluate(*current, env);
            if (!keep) {
                out.status = Outcome::Status::Failed;
                out.stoppedAt = s.nodeId;
                out.error = tr("filter: %1").arg(keep.error().message);
                return out;
            }
            const std::optional<bool> b = truthOf(*keep);
            if (!b) {
                out.status = Outcome::Status::Failed;
                out.stoppedAt = s.nodeId;
                out.error = tr("filter: the condition gave %1, neither true nor false")
                                .arg(QString::fromStdString(keep->dump()));
                return out;
            }
            if (!*b) {
                out.status = Outcome::Status::FilteredOut;
                out.stoppedAt = s.nodeId;
                return out;
            }
            continue;
        }
        Json mapped = Json::object();
        mapped.get_ref<Json::object_t &>().reserve(s.fields.size()); // at most one name per field
        out.fields.clear();
        out.fields.reserve(qsizetype(s.fields.size()));
        bool failed = false;
        for (const CompiledField &f : s.fields) {
            Field field = evaluateField(f.target, f.formula, f.required, *current, env);
            if (!field.error.isEmpty()) {
                failed = true;
            } else if (detail == Detail::Values) {
                setCompiled(mapped, f.path, field.value);
            } else {
                setCompiled(mapped, f.path, std::move(field.value));
            }
            if (detail == Detail::Values || !field.error.isEmpty())
                out.fields.append(std::move(field));
        }
        holder = std::move(mapped);
        current = &holder;
        if (failed) {
            out.status = Outcome::Status::Failed;
            out.stoppedAt = s.nodeId;
            out.output = std::move(holder);
            return out;
        }
    }
    out.output = current == &holder ? std::move(holder) : record;
    return out;
}

} // namespace patchbay
