#include "model/schemafields.h"

#include <cctype>


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

struct Walker
{
    SchemaRole role;
    int limit;
    QList<SchemaField> out;

    void object(const Json &schema, const QString &prefix, int parent, int depth)
    {
        if (depth > 16 || !schema.is_object() || !schema.contains("properties") || !schema["properties"].is_object())
            return;
        QStringList required;
        if (schema.contains("required") && schema["required"].is_array())
            for (const Json &r : schema["required"])
                if (r.is_string())
                    required.append(toQString(r.get<std::string>()));
        for (auto it = schema["properties"].begin(); it != schema["properties"].end(); ++it) {
            if (out.size() >= limit)
                return;
            SchemaField f;
            f.name = toQString(it.key());
            f.path = fieldPath(prefix, f.name);
            f.type = typeOf(it.value());
            if (it.value().is_object() && it.value().contains("format") && it.value()["format"].is_string())
                f.format = toQString(it.value()["format"].get<std::string>());
            f.required = required.contains(f.name);
            f.depth = depth;
            f.parent = parent;
            const int index = int(out.size());
            out.append(f);
            const Json &v = it.value();
            if (f.type == u"array") {
                if (role == SchemaRole::Source && v.is_object() && v.contains("items"))
                    object(v["items"], f.path + QStringLiteral("[*]"), index, depth + 1);
            } else {
                object(v, f.path, index, depth + 1);
            }
        }
    }
};

} // namespace

QList<SchemaField> schemaFields(const Json &schema, SchemaRole role, int limit)
{
    Walker w{role, limit, {}};
    w.object(schema, QString(), -1, 0);
    return w.out;
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
