#include "model/schemafields.h"

#include <QSet>

#include <algorithm>
#include <cctype>
#include <functional>
#include <string_view>


namespace patchbay {

namespace {

QString typeOf(const Json &schema)
{
    if (!schema.is_object() || !schema.contains("type"))
        return {};
    const Json &t = schema["type"];
    if (t.is_string())
        return toQString(t.get<std::string>());
    if (t.is_array()) // ["string", "null"]: the one that is not null
        for (const Json &x : t)
            if (x.is_string() && x.get<std::string>() != "null")
                return toQString(x.get<std::string>());
    return {};
}

/// One schema a field's value may have: the field's own, or one of its anyOf/oneOf
/// alternatives, with the `$ref`s followed to reach it.
struct Alternative
{
    const Json *schema;
    int refs;         ///< how many $refs were followed to get here
    const Json *via;  ///< the shared schema the last $ref led to (nullptr: none)
};

QString typeOfAlternative(const Json &schema)
{
    QString t = typeOf(schema);
    if (t.isEmpty() && schema.is_object() && schema.contains("properties"))
        t = QStringLiteral("object");
    return t;
}

/// The shared schema a `$ref` value names; nullptr if there is none of that name.
const Json *sharedSchema(const Json &schemas, const Json &ref)
{
    if (!schemas.is_object() || !ref.is_string())
        return nullptr;
    const auto it = schemas.find(toStdString(schemaRefName(ref.get<std::string>())));
    return it == schemas.end() ? nullptr : &*it;
}

bool hasProperties(const Json &schema)
{
    const Json *p = jsonMember(schema, "properties");
    return p && p->is_object();
}

struct Walker
{
    SchemaRole role;
    const Json *schemas;
    qsizetype limit;
    int refDepth;
    QList<SchemaField> &out;
    std::vector<const Json *> chain; ///< the shared schemas whose fields are being listed, outermost first

    /// The alternatives `schema` stands for, every $ref followed (to know the type, which is cheap:
    /// no fields are listed).
    void flatten(const Json &schema, int refs, const Json *via, std::vector<Alternative> &alts) const
    {
        int visits = 256; // alternatives of alternatives of … are not followed without end
        flatten(schema, refs, via, alts, 0, visits);
    }
    void flatten(const Json &schema, int refs, const Json *via, std::vector<Alternative> &alts, int hops, int &visits) const
    {
        if (!schema.is_object() || hops > 16 || --visits < 0)
            return;
        if (const Json *ref = jsonMember(schema, "$ref"); ref && ref->is_string()) {
            if (const Json *target = schemas ? sharedSchema(*schemas, *ref) : nullptr)
                flatten(*target, refs + 1, target, alts, hops + 1, visits);
            return;
        }
        bool alternatives = false;
        for (const char *k : {"anyOf", "oneOf"})
            if (const Json *a = jsonMember(schema, k); a && a->is_array()) {
                alternatives = true;
                for (const Json &x : *a)
                    flatten(x, refs, via, alts, hops + 1, visits);
            }
        if (!alternatives || schema.contains("properties") || schema.contains("type"))
            alts.push_back({&schema, refs, via});
    }

    /// Lists the fields below the field at `index` (whose schema is `schema`, as `alts`), or
    /// marks it as having more when that takes a $ref deeper than allowed or followed already.
    void children(const std::vector<Alternative> &alts, const Json &schema, qsizetype index, const QString &path,
                  int depth, int refs)
    {
        std::vector<Alternative> inner;
        QString prefix = path;
        const bool array = std::any_of(alts.begin(), alts.end(),
                                       [](const Alternative &a) { return typeOf(*a.schema) == u"array"; });
        if (array) {
            if (role == SchemaRole::Target)
                return; // a mapping writes the whole list
            prefix += QStringLiteral("[*]");
            for (const Alternative &a : alts)
                if (const Json *items = jsonMember(*a.schema, "items"); items && typeOf(*a.schema) == u"array")
                    flatten(*items, a.refs, a.via, inner);
        } else {
            inner = alts;
        }
        std::erase_if(inner, [](const Alternative &a) { return !hasProperties(*a.schema); });
        if (inner.empty() || depth > 32)
            return;
        for (const Alternative &a : inner)
            if (refs + a.refs > refDepth || (a.via && std::find(chain.begin(), chain.end(), a.via) != chain.end())) {
                out[index].more = schema;
                return;
            }
        QSet<QString> seen;
        for (const Alternative &a : inner) {
            if (a.via)
                chain.push_back(a.via);
            properties(*a.schema, prefix, index, depth + 1, refs + a.refs, seen);
            if (a.via)
                chain.pop_back();
        }
    }

    void properties(const Json &schema, const QString &prefix, qsizetype parent, int depth, int refs, QSet<QString> &seen)
    {
        QStringList required;
        if (const Json *r = jsonMember(schema, "required"); r && r->is_array())
            for (const Json &name : *r)
                if (name.is_string())
                    required.append(toQString(name.get<std::string>()));
        const Json &props = schema["properties"];
        for (auto it = props.begin(); it != props.end(); ++it) {
            if (out.size() >= limit)
                return;
            SchemaField f;
            f.name = toQString(it.key());
            if (seen.contains(f.name))
                continue; // a field that two alternatives have is listed once
            seen.insert(f.name);
            f.path = fieldPath(prefix, f.name);
            std::vector<Alternative> alts;
            flatten(it.value(), 0, nullptr, alts);
            QStringList types;
            for (const Alternative &a : alts) {
                const QString t = typeOfAlternative(*a.schema);
                if (!t.isEmpty() && !types.contains(t))
                    types.append(t);
                if (f.format.isEmpty())
                    f.format = jsonText(*a.schema, "format");
                if (const Json *values = jsonMember(*a.schema, "enum"); values && values->is_array())
                    for (const Json &v : *values)
                        if (const QString text = v.is_string() ? toQString(v.get<std::string>()) : toQString(v.dump());
                            !f.enumValues.contains(text))
                            f.enumValues.append(text);
            }
            f.type = types.join(QStringLiteral(" | "));
            f.required = required.contains(f.name);
            f.depth = depth;
            f.parent = int(parent);
            const qsizetype index = out.size();
            out.append(std::move(f));
            children(alts, it.value(), index, out[index].path, depth, refs);
        }
    }
};

} // namespace

namespace {

/// The schema a node stands for, followed through `$ref`s into the project's shared schemas —
/// writable, so that an edit lands where the field is defined.
Json *followed(Json *node, Json &schemas)
{
    for (int hops = 0; node && node->is_object() && node->contains("$ref") && hops < 32; ++hops) {
        const Json &ref = (*node)["$ref"];
        const QString name = ref.is_string() ? schemaRefName(ref.get<std::string>()) : QString();
        if (name.isEmpty() || !schemas.is_object() || !schemas.contains(name.toStdString()))
            return nullptr;
        node = &schemas[name.toStdString()];
    }
    return node;
}

/// The object schema holding `name` (a direct `properties` member, or one of `anyOf`/`oneOf`).
Json *holderOf(Json *node, const std::string &name, Json &schemas)
{
    node = followed(node, schemas);
    if (!node || !node->is_object())
        return nullptr;
    if (node->contains("properties") && (*node)["properties"].is_object() && (*node)["properties"].contains(name))
        return node;
    for (const char *alternatives : {"anyOf", "oneOf"})
        if (node->contains(alternatives) && (*node)[alternatives].is_array())
            for (Json &alt : (*node)[alternatives])
                if (Json *h = holderOf(&alt, name, schemas))
                    return h;
    return nullptr;
}

} // namespace

bool fieldSteps(const QString &path, std::vector<std::string> &steps)
{
    steps.clear();
    qsizetype i = 0;
    QString name;
    auto push = [&] {
        if (!name.isEmpty())
            steps.push_back(name.toStdString());
        name.clear();
    };
    while (i < path.size()) {
        const QChar c = path.at(i);
        if (c == u'.') {
            push();
            ++i;
        } else if (c == u'[') {
            push();
            if (path.mid(i, 3) == u"[*]") {
                steps.emplace_back(); // every item
                i += 3;
            } else if (path.mid(i, 2) == u"[\"") {
                qsizetype j = i + 2;
                QString quoted;
                while (j < path.size() && path.at(j) != u'"') {
                    if (path.at(j) == u'\\' && j + 1 < path.size())
                        ++j;
                    quoted += path.at(j++);
                }
                if (path.mid(j, 2) != u"\"]") {
                    steps.clear();
                    return false;
                }
                steps.push_back(quoted.toStdString());
                i = j + 2;
            } else {
                steps.clear();
                return false;
            }
        } else {
            name += c;
            ++i;
        }
    }
    push();
    return true;
}


Json *fieldHolder(Json &schema, const QString &path, Json &schemas, std::string *name, FieldHolder mode)
{
    std::vector<std::string> steps;
    if (!fieldSteps(path, steps) || steps.empty() || steps.back().empty())
        return nullptr;
    Json *node = &schema;
    for (size_t i = 0; i + 1 < steps.size(); ++i) {
        if (steps[i].empty()) { // a list's items
            node = followed(node, schemas);
            if (!node || !node->is_object() || !node->contains("items"))
                return nullptr;
            node = &(*node)["items"];
            continue;
        }
        Json *holder = holderOf(node, steps[i], schemas);
        if (!holder)
            return nullptr;
        node = &(*holder)["properties"][steps[i]];
    }
    if (name)
        *name = steps.back();
    if (Json *holder = holderOf(node, steps.back(), schemas))
        return holder;
    if (mode == FieldHolder::OrParent) {
        Json *parent = followed(node, schemas);
        if (parent && parent->is_object())
            return parent;
    }
    return nullptr;
}

QString schemaRef(const QString &name)
{
    return QStringLiteral("#/schemas/") + jsonPointerToken(name);
}

QString schemaRefName(const std::string &ref)
{
    constexpr std::string_view prefix = "#/schemas/";
    if (ref.size() <= prefix.size() || ref.compare(0, prefix.size(), prefix) != 0)
        return {};
    const QString token = toQString(ref.substr(prefix.size()));
    if (token.contains(u'/'))
        return {}; // a pointer into a schema, not to one
    return jsonPointerName(token);
}

const Json *resolveSchema(const Json &schema, const Json &schemas)
{
    const Json *s = &schema;
    for (int hops = 0; hops < 16; ++hops) {
        const Json *ref = jsonMember(*s, "$ref");
        if (!ref || !ref->is_string())
            return s;
        s = sharedSchema(schemas, *ref);
        if (!s)
            return nullptr;
    }
    return nullptr;
}

bool schemaListsFields(const Json &schema, const Json &schemas)
{
    const Json *s = resolveSchema(schema, schemas);
    return s && hasProperties(*s);
}

QStringList schemaRefs(const Json &schema)
{
    QStringList out;
    const std::function<void(const Json &)> walk = [&](const Json &v) {
        if (v.is_object()) {
            for (auto it = v.begin(); it != v.end(); ++it) {
                if (it.key() == "$ref" && it->is_string()) {
                    const QString r = toQString(it->get<std::string>());
                    if (!out.contains(r))
                        out.append(r);
                } else {
                    walk(*it);
                }
            }
        } else if (v.is_array()) {
            for (const Json &x : v)
                walk(x);
        }
    };
    walk(schema);
    return out;
}

void renameSchemaRefs(Json &schema, const QHash<QString, QString> &renamed)
{
    if (schema.is_object()) {
        for (auto it = schema.begin(); it != schema.end(); ++it) {
            if (it.key() == "$ref" && it->is_string()) {
                const auto to = renamed.find(schemaRefName(it->get<std::string>()));
                if (to != renamed.end())
                    *it = schemaRef(*to).toStdString();
            } else {
                renameSchemaRefs(*it, renamed);
            }
        }
    } else if (schema.is_array()) {
        for (Json &x : schema)
            renameSchemaRefs(x, renamed);
    }
}

QList<SchemaField> schemaFields(const Json &schema, SchemaRole role, const SchemaFieldOptions &options)
{
    QList<SchemaField> out;
    Walker w{role, options.schemas, options.limit, options.refDepth, out, {}};
    std::vector<Alternative> alts;
    w.flatten(schema, 0, nullptr, alts);
    // the record itself: its fields, however many $refs lead to it
    std::erase_if(alts, [](const Alternative &a) { return !hasProperties(*a.schema); });
    QSet<QString> seen;
    for (const Alternative &a : alts) {
        if (a.via)
            w.chain.push_back(a.via);
        w.properties(*a.schema, QString(), -1, 0, 0, seen);
        w.chain.clear();
    }
    return out;
}

qsizetype listFieldsBelow(QList<SchemaField> &fields, qsizetype index, SchemaRole role, const SchemaFieldOptions &options)
{
    if (index < 0 || index >= fields.size() || !fields[index].hasMore())
        return 0;
    const qsizetype before = fields.size();
    const Json schema = std::exchange(fields[index].more, Json());
    Walker w{role, options.schemas, before + options.limit, options.refDepth, fields, {}};
    std::vector<Alternative> alts;
    w.flatten(schema, 0, nullptr, alts);
    w.children(alts, schema, index, fields[index].path, fields[index].depth, 0);
    return fields.size() - before;
}

qsizetype listFieldsAlong(QList<SchemaField> &fields, const QString &path, SchemaRole role, const SchemaFieldOptions &options)
{
    for (int step = 0; step < 64; ++step) {
        qsizetype best = -1;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QString &p = fields[i].path;
            if (p == path)
                return i;
            if (fields[i].hasMore() && path.size() > p.size() && path.startsWith(p)
                && (path[p.size()] == u'.' || path[p.size()] == u'[') && (best < 0 || p.size() > fields[best].path.size()))
                best = i;
        }
        if (best < 0 || listFieldsBelow(fields, best, role, options) == 0)
            return -1;
    }
    return -1;
}

bool isPlainFieldName(const std::string &s)
{
    if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0])))
        return false;
    for (unsigned char c : s)
        if (!(std::isalnum(c) || c == '_' || c >= 0x80))
            return false;
    return true;
}

QString fieldPath(const QString &parent, const QString &name)
{
    if (isPlainFieldName(name.toStdString()))
        return parent + (parent.isEmpty() ? QString() : QStringLiteral(".")) + name;
    QString escaped = name;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return parent + QStringLiteral("[\"") + escaped + QStringLiteral("\"]");
}

} // namespace patchbay
