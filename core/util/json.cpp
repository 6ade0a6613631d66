#include "json.h"

#include <QCoreApplication>

namespace patchbay {

QString jsonTypeName(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return QCoreApplication::translate("patchbay::Json", "null");
    case Json::value_t::boolean:
        return QCoreApplication::translate("patchbay::Json", "true/false");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return QCoreApplication::translate("patchbay::Json", "a number");
    case Json::value_t::string:
        return QCoreApplication::translate("patchbay::Json", "text");
    case Json::value_t::array:
        return QCoreApplication::translate("patchbay::Json", "a list");
    case Json::value_t::object:
        return QCoreApplication::translate("patchbay::Json", "an object");
    case Json::value_t::binary:
    case Json::value_t::discarded:
        break;
    }
    return QCoreApplication::translate("patchbay::Json", "an unknown value");
}

const Json *jsonMember(const Json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

Json &jsonMemberForWrite(Json::object_t &object, const std::string &key)
{
    for (auto &field : object)
        if (field.first == key)
            return field.second;
    if (object.size() == object.capacity()) {
        Json::object_t grown;
        grown.reserve(object.size() + object.size() / 2 + 2);
        for (auto &field : object)
            grown.emplace_back(field.first, std::move(field.second));
        object.swap(grown);
    }
    object.emplace_back(key, Json());
    return object.back().second;
}

const Json *jsonAt(const Json &value, const QString &path)
{
    const Json *v = &value;
    for (const QString &part : path.split(u'.')) {
        v = jsonMember(*v, toStdString(part).c_str());
        if (!v)
            return nullptr;
    }
    return v;
}

const Json *jsonAt(const Json &value, const std::vector<std::string> &path)
{
    const Json *v = &value;
    for (const std::string &part : path) {
        v = jsonMember(*v, part.c_str());
        if (!v)
            return nullptr;
    }
    return v;
}

std::vector<std::string> jsonPathParts(const QString &path)
{
    std::vector<std::string> parts;
    for (const QString &part : path.split(u'.'))
        parts.push_back(toStdString(part));
    return parts;
}

QString jsonText(const Json &object, const char *key)
{
    const Json *v = jsonMember(object, key);
    return v && v->is_string() ? toQString(v->get<std::string>()) : QString();
}

QString jsonPointerToken(const QString &name)
{
    QString token = name;
    return token.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
}

QString jsonPointerName(QString token)
{
    // in this order: "~01" is the name "~1"
    return token.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
}

} // namespace patchbay
