#pragma once

#include "util/json.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace patchbay {

/// JSON parsing where speed matters (pages of records, files of records): simdjson parses, and
/// its DOM becomes the model's Json (objects keep their key order).
namespace fastjson {
/// The value, or nullopt with `*error` set (simdjson's reason).
std::optional<Json> parse(const QByteArray &bytes, QString *error = nullptr);
/// The same, for a slice of a buffer that has at least 64 readable bytes after its end.
std::optional<Json> parsePadded(const char *data, size_t length, QString *error = nullptr);
/// Whether the text is valid JSON, without building anything. `*tooDeep`: it is not, because
/// it nests deeper than simdjson's limit (1,024 levels) — no use reading it again.
bool isValid(const QByteArray &bytes, bool *tooDeep = nullptr);

/// A document built but for one list in it (a page's records): the list at `listPath` (object
/// keys joined by "."; empty: the document itself) is left empty, and counted, and its last
/// item built (a cursor may be read from it). When the path leads to no list, nothing is left
/// out and listFound is false.
struct Outline
{
    Json document;
    bool listFound = false;
    size_t count = 0;
    Json last;
};
std::optional<Outline> parseOutline(const QByteArray &bytes, const QString &listPath, QString *error = nullptr);
/// Builds the items of the list at `listPath` one at a time, on the calling thread, and hands
/// each to `f(index, item)`; stops early when f returns false. Only the items from `begin` up
/// to `end` are built (a large page is mapped a slice at a time); the bytes parsed last are
/// kept parsed for the next call on this thread. A null there is an empty list; false with
/// `*error` when the text or the path does not lead to a list.
bool forEachItem(const QByteArray &bytes, const QString &listPath, const std::function<bool(size_t, Json &&)> &f,
                 QString *error = nullptr, size_t begin = 0, size_t end = SIZE_MAX);
/// The items at `indexes` of that list, in that order; null where there is none. Only those
/// are built.
std::vector<Json> itemsAt(const QByteArray &bytes, const QString &listPath, const std::vector<size_t> &indexes);

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
