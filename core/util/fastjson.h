#pragma once

#include "util/json.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace patchbay {

/// JSON parsing where speed matters (pages of records, files of records): simdjson parses, and
/// its DOM becomes the model's Json (objects keep their key order).
namespace fastjson {
/// The value, or nullopt with `*error` set (simdjson's reason).
std::optional<Json> parse(const QByteArray &bytes, QString *error = nullptr);
/// The same, for a slice of a buffer that has at least 64 readable bytes after its end.
std::optional<Json> parsePadded(const char *data, size_t length, QString *error = nullptr);
/// Whether the text is valid JSON, without building anything.
bool isValid(const QByteArray &bytes);

/// Writes values compactly, byte for byte as `Json::dump(-1, ' ', false, replace)` does, onto
/// the end of a QByteArray — without what every dump() sets up anew (a serializer with a
/// 512-byte indent buffer, a shared output adapter, the locale) and without a std::string to
/// copy from. One writer per thread: it is not shareable.
class Writer
{
public:
    Writer();
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;
    void append(const Json &value, QByteArray &out);

private:
    void serialize(const Json &value, QByteArray &out); ///< by nlohmann's serializer
    struct Impl;
    std::unique_ptr<Impl> d;
};
} // namespace fastjson

} // namespace patchbay
