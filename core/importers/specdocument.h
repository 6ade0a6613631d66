#pragma once

#include "util/problem.h"
#include "util/json.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace patchbay {

/// Reads a document the user brings (an OpenAPI or Swagger spec, a Postman collection, a JSON
/// sample) as JSON or YAML into a Json value. Whatever is wrong is a problem with its place:
/// `line L, column C` for syntax, the JSON path for a duplicate key. A UTF-8 byte order mark is
/// skipped; text that is not UTF-8 is refused; nesting deeper than MaxDepth is refused before any
/// parser sees it, so that no input can exhaust the stack.
class SpecDocument
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::SpecDocument)

public:
    static constexpr int MaxDepth = 256;

    enum class Format { Json, Yaml };
    /// JSON if the first non-blank character is `{` or `[`, YAML otherwise (YAML also reads JSON).
    static Format detect(const QByteArray &bytes);
    /// Returns nullopt when nothing could be read; `problems` says why.
    static std::optional<Json> parse(const QByteArray &bytes, Problems *problems);
    /// The deepest nesting of lists and maps, counted on the text alone (brackets outside quotes,
    /// block indentation), stopping early once past `limit`.
    static int nestingDepth(const QByteArray &bytes, int limit);
};

} // namespace patchbay
