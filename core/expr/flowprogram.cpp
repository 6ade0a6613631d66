#include "flowprogram.h"

#include "model/integrationgraph.h"
#include "util/fastjson.h"
#include "util/json.h"
#include "util/templatevars.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace patchbay {

void FlowProgram::Tally::prepare(const std::shared_ptr<const Names> &names)
{
    if (m_names)
        return;
    m_names = names;
    m_entered.assign(size_t(names->nodes.size()), 0);
    m_left.assign(size_t(names->nodes.size()), 0);
    m_branched.assign(names->outputs.size(), 0);
}

qint64 FlowProgram::Tally::entered(const QString &node) const
{
    const qsizetype i = m_names ? m_names->nodes.indexOf(node) : -1;
    return i < 0 ? 0 : m_entered[size_t(i)];
}

qint64 FlowProgram::Tally::left(const QString &node) const
{
    const qsizetype i = m_names ? m_names->nodes.indexOf(node) : -1;
    return i < 0 ? 0 : m_left[size_t(i)];
}

qint64 FlowProgram::Tally::branched(const QString &node, const QString &output) const
{
    if (!m_names)
        return 0;
    for (size_t o = 0; o < m_names->outputs.size(); ++o)
        if (m_names->outputs[o].second == output && m_names->nodes[m_names->outputs[o].first] == node)
            return m_branched[o];
    return 0;
}

void FlowProgram::Tally::add(const Tally &other)
{
    if (!other.m_names)
        return;
    prepare(other.m_names);
    Q_ASSERT(m_names->nodes == other.m_names->nodes);
    for (size_t i = 0; i < m_entered.size(); ++i) {
        m_entered[i] += other.m_entered[i];
        m_left[i] += other.m_left[i];
    }
    for (size_t o = 0; o < m_branched.size(); ++o)
        m_branched[o] += other.m_branched[o];
}

Json FlowProgram::Tally::toJson() const
{
    Json out = Json::object();
    if (!m_names)
        return out;
    for (size_t i = 0; i < m_entered.size(); ++i) {
        const std::string node = m_names->nodes[qsizetype(i)].toStdString();
        if (m_entered[i] > 0)
            out[node]["in"] = m_entered[i];
        if (m_left[i] > 0)
            out[node]["left"] = m_left[i];
    }
    for (size_t o = 0; o < m_branched.size(); ++o)
        if (m_branched[o] > 0)
            out[m_names->nodes[m_names->outputs[o].first].toStdString()]["outputs"][m_names->outputs[o].second.toStdString()] =
                m_branched[o];
    return out;
}

bool FlowProgram::isChain(const Integration &in)
{
    int sources = 0;
    int targets = 0;
    for (const Node &n : in.nodes) {
        if (n.type == NodeType::Lookup || n.type == NodeType::Branch)
            return false;
        if (n.type == NodeType::Target && n.writeMode != WriteMode::Create)
            return false;
        sources += n.type == NodeType::Source;
        targets += n.type == NodeType::Target;
    }
    if (sources > 1 || targets > 1)
        return false;
    QSet<QString> from;
    for (const Wire &w : in.wires) {
        if (from.contains(w.from))
            return false; // a node with two wires out sends its records two ways
        from.insert(w.from);
    }
    return true;
}

FlowProgram FlowProgram::compile(const Project &project, const Integration &in, Problems *problems)
{
    FlowProgram p;
    p.m_env = FormulaEnvironment::fromTables(project.lookupTables);
    const QStringList tables = RecordPipeline::tableNames(project);
    const JsonPath base = RecordPipeline::placeOf(project, in);
    const auto error = [&](const QString &path, const QString &message) {
        problems->append(Problem{Problem::Severity::Error, path, message});
        p.m_valid = false;
    };

    if (Result<Formula> key = Formula::compile(in.key, &tables); key)
        p.m_key = std::move(*key);
    else
        error(base.key(QStringLiteral("key")), key.error().message);

    QHash<QString, int> stepOf;
    for (qsizetype n = 0; n < in.nodes.size(); ++n) {
        const Node &node = in.nodes[n];
        const QString path = base.key(QStringLiteral("nodes")).index(n);
        Step s;
        s.type = node.type;
        s.id = node.id;
        switch (node.type) {
        case NodeType::Source:
            if (p.m_source < 0)
                p.m_source = int(p.m_steps.size());
            break;
        case NodeType::Filter:
        case NodeType::Map:
            s.pipeline = RecordPipeline::forNode(project, node, path, IntegrationGraph::requiredTargets(project, in, &node),
                                                 problems);
            if (!s.pipeline.isValid())
                p.m_valid = false;
            break;
        case NodeType::Branch:
            for (qsizetype o = 0; o < node.outputs.size(); ++o) {
                const BranchOutput &b = node.outputs[o];
                const QString cp = JsonPath(path).key(QStringLiteral("outputs")).index(o).key(QStringLiteral("condition"));
                if (b.condition.trimmed().isEmpty()) {
                    error(cp, tr("the output \"%1\" has no condition yet; say which records go there").arg(b.name));
                    continue;
                }
                Result<Formula> f = Formula::compile(b.condition, &tables);
                if (!f) {
                    error(cp, f.error().message);
                    continue;
                }
                s.conditions.push_back(std::move(*f));
                s.outputNames.append(b.name);
            }
            s.outputs.resize(s.conditions.size() + 1);
            break;
        case NodeType::Lookup: {
            LookupStep l;
            l.nodeId = node.id;
            l.endpoint = node.endpoint;
            l.as = node.lookupAs;
            l.asName = toStdString(node.lookupAs);
            l.recordsPath = node.lookupRecordsPath;
            l.take = node.lookupTake;
            l.notFoundOn404 = node.notFoundOn404;
            l.concurrency = node.concurrency;
            if (node.lookupBatch > 1) {
                l.batch = node.lookupBatch;
                l.match = node.lookupMatch;
                l.quoteKeys = node.lookupQuoteKeys;
                Result<Formula> key = Formula::compile(node.lookupKey);
                if (!key)
                    error(JsonPath(path).key(QStringLiteral("batch")).key(QStringLiteral("key")),
                          tr("the batch's key: %1").arg(key.error().message));
                else
                    l.key = std::move(*key);
                const Endpoint *e = project.endpoint(node.endpoint);
                const QStringList texts = e ? e->templates() : QStringList();
                if (e && std::none_of(texts.cbegin(), texts.cend(),
                                      [](const QString &t) { return templateVariables(t).contains(QStringLiteral("keys")); }))
                    error(JsonPath(path).key(QStringLiteral("batch")),
                          tr("the endpoint \"%1\" has no {{keys}} in its request: a batch puts its records' keys there, "
                             "e.g. ?ids={{keys}} or WHERE Email IN ({{keys}})").arg(e->name));
                if (node.lookupMatch.trimmed().isEmpty())
                    error(JsonPath(path).key(QStringLiteral("batch")).key(QStringLiteral("match")),
                          tr("say which field of a found record holds the key, e.g. \"Email\""));
            }
            // a missing endpoint is the validator's to name (and SyncRun's to refuse)
            if (node.lookupAs.trimmed().isEmpty())
                error(JsonPath(path).key(QStringLiteral("as")),
                      tr("say under which name the answer is added to the record, e.g. \"contact\""));
            s.index = int(p.m_lookups.size());
            p.m_lookups.push_back(std::move(l));
            p.m_lookupSteps.push_back(int(p.m_steps.size()));
            break;
        }
        case NodeType::Target: {
            TargetStep t;
            t.nodeId = node.id;
            t.endpoint = node.endpoint;
            t.batchSize = node.batchSize;
            t.concurrency = node.concurrency;
            t.mode = node.writeMode;
            if (const Endpoint *e = project.endpoint(node.endpoint); e && node.writeMode != WriteMode::Create)
                for (const QString &v : templateVariables(e->path))
                    if (v.startsWith(QStringLiteral("record.")))
                        t.pathFields.append(v.mid(7).section(u'.', 0, 0));
            s.index = int(p.m_targets.size());
            p.m_targets.push_back(std::move(t));
            break;
        }
        }
        stepOf.insert(node.id, int(p.m_steps.size()));
        p.m_steps.push_back(std::move(s));
    }

    auto names = std::make_shared<Tally::Names>();
    for (Step &s : p.m_steps) {
        if (s.type == NodeType::Branch) {
            s.firstOutput = int(names->outputs.size());
            for (const QString &o : std::as_const(s.outputNames))
                names->outputs.emplace_back(int(names->nodes.size()), o);
            names->outputs.emplace_back(int(names->nodes.size()), QLatin1String(IntegrationGraph::Otherwise));
        }
        names->nodes.append(s.id);
    }
    p.m_names = std::move(names);

    for (qsizetype w = 0; w < in.wires.size(); ++w) {
        const Wire &wire = in.wires[w];
        const auto from = stepOf.constFind(wire.from);
        const auto to = stepOf.constFind(wire.to);
        if (from == stepOf.cend() || to == stepOf.cend())
            continue; // the validator names it
        Step &s = p.m_steps[size_t(*from)];
        if (s.type == NodeType::Branch) {
            const qsizetype output = wire.fromPort == QLatin1String(IntegrationGraph::Otherwise)
                                         ? s.outputNames.size()
                                         : s.outputNames.indexOf(wire.fromPort);
            if (output < 0) {
                error(base.key(QStringLiteral("wires")).index(w).key(QStringLiteral("fromPort")),
                      wire.fromPort.isEmpty()
                          ? tr("a wire from the branch \"%1\" must say which output it starts at (%2 or otherwise)")
                                .arg(s.id, s.outputNames.join(QStringLiteral(", ")))
                          : tr("the branch \"%1\" has no output \"%2\"; it has %3 and otherwise")
                                .arg(s.id, wire.fromPort, s.outputNames.join(QStringLiteral(", "))));
                continue;
            }
            s.outputs[size_t(output)].nodes.push_back(*to);
        } else {
            s.next.nodes.push_back(*to);
        }
    }

    // No loops: a record must not come back to where it was (the validator says so too).
    std::vector<int> state(p.m_steps.size(), 0);
    std::function<bool(int)> loops = [&](int i) {
        state[size_t(i)] = 1;
        const Step &s = p.m_steps[size_t(i)];
        std::vector<int> next = s.next.nodes;
        for (const Next &o : s.outputs)
            next.insert(next.end(), o.nodes.begin(), o.nodes.end());
        for (int n : next)
            if (state[size_t(n)] == 1 || (state[size_t(n)] == 0 && loops(n)))
                return true;
        state[size_t(i)] = 2;
        return false;
    };
    for (size_t i = 0; i < p.m_steps.size(); ++i)
        if (state[i] == 0 && loops(int(i))) {
            error(base.key(QStringLiteral("wires")), tr("the wires form a loop; records must flow from the source to the targets without coming back"));
            break;
        }
    return p; // a missing source or target is the validator's to name
}

Result<QString> FlowProgram::key(const Json &source) const
{
    if (m_key.isEmpty())
        return QString();
    Result<Json> k = m_key.evaluate(source, m_env);
    if (!k)
        return makeError(QStringLiteral("key"), tr("key: %1").arg(k.error().message));
    return QString::fromStdString(textOf(*k));
}

void FlowProgram::start(Json record, std::vector<Outcome> *out, Tally *tally) const
{
    if (m_source < 0)
        return;
    tally->prepare(m_names);
    ++tally->m_entered[size_t(m_source)];
    forward(m_steps[size_t(m_source)].next, std::move(record), out, tally, m_source);
}

Result<void> FlowProgram::addAnswer(int lookup, Json &record, Json answer) const
{
    const LookupStep &step = m_lookups[size_t(lookup)];
    if (!record.is_object())
        return makeError(QStringLiteral("lookup.as"),
                         tr("the answer cannot be added as \"%1\": the record is not an object").arg(step.as));
    jsonMemberForWrite(record.get_ref<Json::object_t &>(), step.asName) = std::move(answer);
    return {};
}

void FlowProgram::resume(int lookup, Json record, std::vector<Outcome> *out, Tally *tally) const
{
    tally->prepare(m_names);
    const int step = m_lookupSteps[size_t(lookup)];
    forward(m_steps[size_t(step)].next, std::move(record), out, tally, step);
}

void FlowProgram::forward(const Next &next, Json record, std::vector<Outcome> *out, Tally *tally, int from) const
{
    if (next.nodes.empty()) {
        ++tally->m_left[size_t(from)];
        Outcome o;
        o.kind = Outcome::Kind::Unrouted;
        o.nodeId = m_steps[size_t(from)].id;
        out->push_back(std::move(o));
        return;
    }
    for (size_t i = 0; i + 1 < next.nodes.size(); ++i)
        walk(next.nodes[i], record, out, tally); // a copy down each wire but the last
    walk(next.nodes.back(), std::move(record), out, tally);
}

void FlowProgram::walk(int index, Json record, std::vector<Outcome> *out, Tally *tally) const
{
    const Step &s = m_steps[size_t(index)];
    ++tally->m_entered[size_t(index)];
    const auto fail = [&](const QString &message) {
        Outcome o;
        o.kind = Outcome::Kind::Failed;
        o.nodeId = s.id;
        o.error = message;
        o.value = std::move(record);
        out->push_back(std::move(o));
    };
    switch (s.type) {
    case NodeType::Source:
        return forward(s.next, std::move(record), out, tally, index);
    case NodeType::Filter:
    case NodeType::Map: {
        RecordPipeline::Outcome r = s.pipeline.process(record, m_env, RecordPipeline::Detail::Errors);
        if (r.status == RecordPipeline::Outcome::Status::FilteredOut) {
            ++tally->m_left[size_t(index)];
            Outcome o;
            o.kind = Outcome::Kind::FilteredOut;
            o.nodeId = s.id;
            out->push_back(std::move(o));
            return;
        }
        if (r.status == RecordPipeline::Outcome::Status::Failed)
            return fail(r.errors().join(QStringLiteral("; ")));
        return forward(s.next, std::move(r.output), out, tally, index);
    }
    case NodeType::Branch:
        for (size_t c = 0; c < s.conditions.size(); ++c) {
            Result<Json> v = s.conditions[c].evaluate(record, m_env);
            if (!v)
                return fail(tr("the condition of output \"%1\": %2").arg(s.outputNames[qsizetype(c)], v.error().message));
            const std::optional<bool> b = truthOf(*v);
            if (!b)
                return fail(tr("the condition of output \"%1\" gave %2, neither true nor false")
                                .arg(s.outputNames[qsizetype(c)], QString::fromStdString(v->dump())));
            if (*b) {
                ++tally->m_branched[size_t(s.firstOutput) + c];
                if (s.outputs[c].nodes.empty()) { // an output wired nowhere: its records end here, counted
                    ++tally->m_left[size_t(index)];
                    Outcome o;
                    o.kind = Outcome::Kind::Unrouted;
                    o.nodeId = s.id;
                    out->push_back(std::move(o));
                    return;
                }
                return forward(s.outputs[c], std::move(record), out, tally, index);
            }
        }
        ++tally->m_branched[size_t(s.firstOutput) + s.conditions.size()];
        return forward(s.outputs.back(), std::move(record), out, tally, index);
    case NodeType::Lookup:
    case NodeType::Target: {
        Outcome o;
        o.kind = s.type == NodeType::Lookup ? Outcome::Kind::AtLookup : Outcome::Kind::AtTarget;
        o.index = s.index;
        o.nodeId = s.id;
        o.value = std::move(record);
        out->push_back(std::move(o));
        return;
    }
    }
}

Result<std::vector<Json>> FlowProgram::foundOf(const LookupStep &lookup, int status, const QByteArray &body)
{
    std::vector<Json> found;
    if (status == 404 && lookup.notFoundOn404)
        return found;
    QString error;
    std::optional<Json> reply = body.trimmed().isEmpty() ? std::optional<Json>(Json()) : fastjson::parse(body, &error);
    if (!reply)
        return makeError(QStringLiteral("lookup"), tr("the lookup \"%1\" got an answer that is not JSON: %2").arg(lookup.nodeId, error));
    const Json *at = &*reply;
    if (!lookup.recordsPath.isEmpty()) {
        for (const QString &part : lookup.recordsPath.split(u'.')) {
            if (!at->is_object() || !at->contains(part.toStdString()))
                return makeError(QStringLiteral("lookup"),
                                 tr("the lookup \"%1\" got an answer without \"%2\" (its records path is \"%3\")")
                                     .arg(lookup.nodeId, part, lookup.recordsPath));
            at = &(*at)[part.toStdString()];
        }
    }
    if (at->is_array())
        found.assign(at->begin(), at->end());
    else if (!at->is_null())
        found.push_back(*at); // one record, as a read by id answers
    return found;
}

Result<Json> FlowProgram::taken(const LookupStep &lookup, std::vector<Json> found)
{
    switch (lookup.take) {
    case LookupTake::All:
        return Json(std::move(found));
    case LookupTake::One:
        if (found.size() > 1)
            return makeError(QStringLiteral("lookup"),
                             tr("the lookup \"%1\" found %2 records where it needs exactly one").arg(lookup.nodeId).arg(found.size()));
        [[fallthrough]];
    case LookupTake::First:
        return found.empty() ? Json() : std::move(found.front());
    }
    return Json();
}

Result<Json> FlowProgram::answerOf(const LookupStep &lookup, int status, const QByteArray &body)
{
    Result<std::vector<Json>> found = foundOf(lookup, status, body);
    if (!found)
        return found.error();
    return taken(lookup, std::move(*found));
}

} // namespace patchbay
