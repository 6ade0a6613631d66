#pragma once

#include <nlohmann/json.hpp>

#include <QString>

#include <string>
#include <vector>

namespace patchbay {

/// The JSON value type of the model: insertion-ordered, so that objects keep the order in which
/// a user or an API wrote their keys (schemas show fields in their declared order, and a project
/// file written by Patchbay reads back into the same bytes).
using Json = nlohmann::ordered_json;

inline QString toQString(const std::string &s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

inline std::string toStdString(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    return std::string(utf8.constData(), static_cast<size_t>(utf8.size()));
}

/// A short, human name of a JSON value's type for messages: "text", "number", "object", …
QString jsonTypeName(const Json &value);

/// The member `key` of an object; nullptr if `object` is not an object or has no such member.
const Json *jsonMember(const Json &object, const char *key);
/// The member `key` of an object, added as null at the end when missing. Unlike
/// `object[key]`, growing the object moves its values: an object's fields are pairs with a
/// const key, which std::vector copies — deeply — when it reallocates.
Json &jsonMemberForWrite(Json::object_t &object, const std::string &key);
/// The value at a field path through nested objects ("billing_details.email"); nullptr where a
/// step is not an object or has no such member.
const Json *jsonAt(const Json &value, const QString &path);
/// The same along a path split once (jsonPathParts), for the many records of a run.
const Json *jsonAt(const Json &value, const std::vector<std::string> &path);
std::vector<std::string> jsonPathParts(const QString &path);
/// The text at `key` of an object; "" if it is absent or not text.
QString jsonText(const Json &object, const char *key);

/// One step of a JSON pointer (RFC 6901) for a name: `~` written `~0`, `/` written `~1`.
QString jsonPointerToken(const QString &name);
/// The name a JSON pointer's step stands for (`~1` is `/`, `~0` is `~`).
QString jsonPointerName(QString token);

} // namespace patchbay
