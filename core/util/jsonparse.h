#pragma once

#include "model/problem.h"
#include "util/json.h"

#include <QByteArray>

#include <optional>

namespace patchbay {

/// Parses JSON text for a document the user wrote (a project, a spec, a sample). A syntax error
/// becomes a problem at `line L, column C`; every duplicate key is a problem at its JSON path
/// (the last value wins). A UTF-8 byte order mark is skipped. Deep nesting cannot overflow the
/// stack: nlohmann's parser is iterative.
/// Returns nullopt on a syntax error.
std::optional<Json> parseJsonDocument(const QByteArray &bytes, Problems *problems);

/// 1-based line and column (in characters) of a 0-based byte offset in UTF-8 text.
struct TextPosition
{
    int line = 1;
    int column = 1;
};
TextPosition textPosition(const QByteArray &utf8, qsizetype byteOffset);

} // namespace patchbay
