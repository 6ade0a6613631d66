#include "schemacheck.h"

#include "schemafields.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace patchbay {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("patchbay::SchemaCheck", text);
}

bool hasType(const Json &value, const std::string &type)
{
    if (type == "string")
        return value.is_string();
    if (type == "number")
        return value.is_number();
    if (type == "integer")
        return value.is_number_integer() || value.is_number_unsigned() ||
               (value.is_number_float() && std::isfinite(value.get<double>()) && std::trunc(value.get<double>()) == value.get<double>());
    if (type == "boolean")
        return value.is_boolean();
    if (type == "object")
        return value.is_object();
    if (type == "array")
        return value.is_array();
    if (type == "null")
        return value.is_null();
    return true; // a type this check does not know: the API decides
}

QString typeWords(const std::string &type)
{
    if (type == "string")
        return tr("a text");
    if (type == "number")
        return tr("a number");
    if (type == "integer")
        return tr("a whole number");
    if (type == "boolean")
        return tr("true or false");
    if (type == "object")
        return tr("an object");
    if (type == "array")
        return tr("a list");
    if (type == "null")
        return tr("null");
    return QString::fromStdString(type);
}

class Checker
{
public:
    explicit Checker(const Json &schemas) : m_schemas(schemas) {}

    void check(const Json &value, const Json &schemaIn, const JsonPath &path, int depth = 0)
    {
        if (depth > 64)
            return; // a schema that deep is someone's mistake; the API has the last word
        const Json *resolved = resolveSchema(schemaIn, m_schemas);
        if (!resolved || !resolved->is_object())
            return;
        const Json &schema = *resolved;
        auto fail = [&](const QString &message) { m_problems.append(Problem{Problem::Severity::Error, path, message}); };

        if (const auto it = schema.find("type"); it != schema.end()) {
            std::vector<std::string> types;
            if (it->is_string())
                types.push_back(it->get<std::string>());
            else if (it->is_array())
                for (const Json &t : *it)
                    if (t.is_string())
                        types.push_back(t.get<std::string>());
            bool fits = types.empty();
            for (const std::string &t : types)
                fits = fits || hasType(value, t);
            if (!fits) {
                QStringList words;
                for (const std::string &t : types)
                    words.append(typeWords(t));
                fail(tr("expected %1, found %2").arg(words.join(tr(" or ")), jsonTypeName(value)));
                return;
            }
        }
        if (const auto it = schema.find("enum"); it != schema.end() && it->is_array()) {
            if (std::find(it->begin(), it->end(), value) == it->end()) {
                QStringList allowed;
                for (const Json &a : *it)
                    allowed.append(toQString(a.dump()));
                fail(tr("%1 is not one of the allowed values: %2").arg(toQString(value.dump()), allowed.join(QStringLiteral(", "))));
            }
        }
        if (const auto it = schema.find("const"); it != schema.end() && *it != value)
            fail(tr("must be %1").arg(toQString(it->dump())));
        if (value.is_string()) {
            const qsizetype length = toQString(value.get<std::string>()).size();
            if (const auto min = schema.find("minLength"); min != schema.end() && min->is_number() && length < min->get<double>())
                fail(tr("is shorter than %1 characters").arg(min->get<double>()));
            if (const auto max = schema.find("maxLength"); max != schema.end() && max->is_number() && length > max->get<double>())
                fail(tr("is longer than %1 characters").arg(max->get<double>()));
        }
        if (value.is_number()) {
            const double v = value.get<double>();
            if (const auto min = schema.find("minimum"); min != schema.end() && min->is_number() && v < min->get<double>())
                fail(tr("is below the minimum %1").arg(min->get<double>()));
            if (const auto max = schema.find("maximum"); max != schema.end() && max->is_number() && v > max->get<double>())
                fail(tr("is above the maximum %1").arg(max->get<double>()));
        }
        if (value.is_object()) {
            const auto props = schema.find("properties");
            const bool hasProps = props != schema.end() && props->is_object();
            if (const auto req = schema.find("required"); req != schema.end() && req->is_array())
                for (const Json &name : *req)
                    if (name.is_string() && !value.contains(name.get<std::string>()))
                        m_problems.append(Problem{Problem::Severity::Error, path.key(toQString(name.get<std::string>())),
                                                  tr("is required but missing")});
            const auto extra = schema.find("additionalProperties");
            for (auto field = value.begin(); field != value.end(); ++field) {
                const JsonPath fieldPath = path.key(toQString(field.key()));
                if (hasProps && props->contains(field.key()))
                    check(field.value(), (*props)[field.key()], fieldPath, depth + 1);
                else if (extra != schema.end() && extra->is_boolean() && !extra->get<bool>())
                    m_problems.append(Problem{Problem::Severity::Error, fieldPath, tr("is not a field this takes")});
                else if (extra != schema.end() && extra->is_object())
                    check(field.value(), *extra, fieldPath, depth + 1);
            }
        }
        if (value.is_array()) {
            if (const auto min = schema.find("minItems"); min != schema.end() && min->is_number() && double(value.size()) < min->get<double>())
                fail(tr("has fewer than %1 items").arg(min->get<double>()));
            if (const auto max = schema.find("maxItems"); max != schema.end() && max->is_number() && double(value.size()) > max->get<double>())
                fail(tr("has more than %1 items").arg(max->get<double>()));
            if (const auto items = schema.find("items"); items != schema.end() && items->is_object())
                for (size_t i = 0; i < value.size(); ++i)
                    check(value[i], *items, path.index(qsizetype(i)), depth + 1);
        }
        if (const auto all = schema.find("allOf"); all != schema.end() && all->is_array())
            for (const Json &s : *all)
                check(value, s, path, depth + 1);
        for (const char *key : {"anyOf", "oneOf"}) {
            const auto any = schema.find(key);
            if (any == schema.end() || !any->is_array() || any->empty())
                continue;
            bool fits = false;
            for (const Json &s : *any) {
                Checker inner(m_schemas);
                inner.check(value, s, path, depth + 1);
                fits = fits || inner.m_problems.isEmpty();
            }
            if (!fits)
                fail(tr("fits none of the shapes it may have"));
        }
    }

    Problems m_problems;

private:
    const Json &m_schemas;
};

void collectRefs(const Json &schema, const Json &schemas, QSet<QString> &names)
{
    for (const QString &ref : schemaRefs(schema)) {
        const QString name = schemaRefName(ref.toStdString());
        if (name.isEmpty() || names.contains(name) || !schemas.is_object() || !schemas.contains(name.toStdString()))
            continue;
        names.insert(name);
        collectRefs(schemas[name.toStdString()], schemas, names);
    }
}

void pointRefsToDefs(Json &schema)
{
    if (schema.is_object()) {
        for (auto it = schema.begin(); it != schema.end(); ++it) {
            if (it.key() == "$ref" && it->is_string() && !schemaRefName(it->get<std::string>()).isEmpty())
                *it = "#/$defs/" + it->get<std::string>().substr(std::string_view("#/schemas/").size());
            else
                pointRefsToDefs(*it);
        }
    } else if (schema.is_array()) {
        for (Json &item : schema)
            pointRefsToDefs(item);
    }
}

} // namespace

Problems checkAgainstSchema(const Json &value, const Json &schema, const Json &schemas, const JsonPath &path)
{
    Checker checker(schemas);
    checker.check(value, schema, path);
    return checker.m_problems;
}

Json selfContainedSchema(const Json &schema, const Json &schemas)
{
    QSet<QString> names;
    collectRefs(schema, schemas, names);
    Json out = schema;
    pointRefsToDefs(out);
    if (!names.isEmpty() && out.is_object()) {
        Json defs = Json::object();
        QStringList sorted(names.cbegin(), names.cend());
        sorted.sort();
        for (const QString &name : sorted) {
            Json def = schemas[name.toStdString()];
            pointRefsToDefs(def);
            defs[name.toStdString()] = std::move(def);
        }
        out["$defs"] = std::move(defs);
    }
    return out;
}

} // namespace patchbay
