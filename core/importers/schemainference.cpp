#include "schemainference.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>
#include <QUuid>

#include <map>
#include <memory>
#include <vector>

namespace patchbay {

namespace {

enum Format : unsigned { DateTime = 1, Date = 2, Email = 4, Uri = 8, Uuid = 16, AllFormats = 31 };

unsigned formatsOf(const std::string &s)
{
    unsigned f = 0;
    const QString v = QString::fromStdString(s);
    static const QRegularExpression dateTime(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression uri(QStringLiteral("^[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s]+$"));
    if (dateTime.match(v).hasMatch())
        f |= DateTime;
    if (date.match(v).hasMatch() && QDate::fromString(v, Qt::ISODate).isValid())
        f |= Date;
    if (email.match(v).hasMatch())
        f |= Email;
    if (uri.match(v).hasMatch())
        f |= Uri;
    if (v.size() == 36 && !QUuid::fromString(v).isNull())
        f |= Uuid;
    return f;
}

/// What the samples showed at one place of the records.
struct Seen
{
    qsizetype values = 0;
    bool null = false, boolean = false, integer = false, number = false, string = false, object = false, array = false;
    unsigned formats = AllFormats; ///< the formats every string here had
    qsizetype objects = 0;         ///< how many of the values were objects (for "required")
    std::vector<std::pair<std::string, std::unique_ptr<Seen>>> properties; ///< in the order first seen
    std::map<std::string, std::size_t> index;
    std::unique_ptr<Seen> items;

    void add(const Json &v, int depth)
    {
        ++values;
        switch (v.type()) {
        case Json::value_t::null: null = true; break;
        case Json::value_t::boolean: boolean = true; break;
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned: integer = true; break;
        case Json::value_t::number_float: number = true; break;
        case Json::value_t::string: {
            string = true;
            if (formats)
                formats &= formatsOf(v.get_ref<const std::string &>());
            break;
        }
        case Json::value_t::object: {
            object = true;
            ++objects;
            if (depth >= SchemaInference::MaxDepth)
                break;
            for (auto it = v.begin(); it != v.end(); ++it) {
                auto found = index.find(it.key());
                if (found == index.end()) {
                    found = index.emplace(it.key(), properties.size()).first;
                    properties.emplace_back(it.key(), std::make_unique<Seen>());
                }
                properties[found->second].second->add(*it, depth + 1);
            }
            break;
        }
        case Json::value_t::array: {
            array = true;
            if (depth >= SchemaInference::MaxDepth)
                break;
            if (!items)
                items = std::make_unique<Seen>();
            for (const Json &e : v)
                items->add(e, depth + 1);
            break;
        }
        default: break;
        }
    }

    Json schema() const
    {
        Json s = Json::object();
        QStringList types;
        if (object)
            types << QStringLiteral("object");
        if (array)
            types << QStringLiteral("array");
        if (string)
            types << QStringLiteral("string");
        if (number)
            types << QStringLiteral("number");
        else if (integer)
            types << QStringLiteral("integer");
        if (boolean)
            types << QStringLiteral("boolean");
        if (null)
            types << QStringLiteral("null");
        if (types.size() == 1) {
            s["type"] = types.first().toStdString();
        } else if (!types.isEmpty()) {
            Json list = Json::array();
            for (const QString &t : types)
                list.push_back(t.toStdString());
            s["type"] = list;
        }
        if (string && formats) {
            // the most specific format every value had
            const char *name = (formats & Uuid) ? "uuid" : (formats & DateTime) ? "date-time" : (formats & Date) ? "date"
                               : (formats & Email) ? "email" : "uri";
            s["format"] = name;
        }
        if (object) {
            Json props = Json::object();
            Json required = Json::array();
            for (const auto &[name, seen] : properties) {
                props[name] = seen->schema();
                if (seen->values == objects && !seen->null)
                    required.push_back(name);
            }
            s["properties"] = props;
            if (!required.empty())
                s["required"] = required;
        }
        if (array)
            s["items"] = items ? items->schema() : Json::object();
        return s;
    }
};

} // namespace

const QStringList &SchemaInference::recordListNames()
{
    static const QStringList names{QStringLiteral("data"),    QStringLiteral("items"),   QStringLiteral("results"),
                                   QStringLiteral("records"), QStringLiteral("values"),  QStringLiteral("entries"),
                                   QStringLiteral("objects"), QStringLiteral("list"),    QStringLiteral("elements"),
                                   QStringLiteral("content"), QStringLiteral("rows")};
    return names;
}

Json SchemaInference::fromRecords(const Json &records)
{
    Seen seen;
    if (records.is_array()) {
        for (const Json &r : records)
            seen.add(r, 0);
    } else {
        seen.add(records, 0);
    }
    return seen.values == 0 ? Json::object() : seen.schema();
}

SchemaInference::Sample SchemaInference::fromBody(const Json &body)
{
    Sample s;
    if (body.is_array()) {
        s.records = body;
    } else if (body.is_object()) {
        std::string path;
        for (const QString &name : recordListNames())
            if (body.contains(name.toStdString()) && body[name.toStdString()].is_array()) {
                path = name.toStdString();
                break;
            }
        if (path.empty()) {
            std::vector<std::string> lists;
            for (auto it = body.begin(); it != body.end(); ++it)
                if (it->is_array() && !it->empty() && (*it)[0].is_object())
                    lists.push_back(it.key());
            if (lists.size() == 1)
                path = lists.front();
        }
        if (!path.empty()) {
            s.recordsPath = QString::fromStdString(path);
            s.records = body[path];
        } else {
            s.records = Json::array({body});
        }
    } else {
        s.records = Json::array({body});
    }
    s.schema = fromRecords(s.records);
    return s;
}

} // namespace patchbay
