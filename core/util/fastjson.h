#pragma once

#include "util/json.h"

#include <QByteArray>
#include <QString>

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
} // namespace fastjson

} // namespace patchbay
