#pragma once

#include "util/problem.h"
#include "util/json.h"

#include <QByteArray>

#include <optional>

namespace patchbay {

/// How deep the JSON documents a user hands in (projects, specs, samples, replies shown in full)
/// may nest. Real ones stay far below; 100,000 levels of `[` is an attack, not a document.
constexpr int MaxJsonDepth = 512;

/// Parses JSON text for a document the user wrote (a project, a spec, a sample). A syntax error
/// becomes a problem at `line L, column C`; every duplicate key is a problem at its JSON path
/// (the last value wins). A UTF-8 byte order mark is skipped. Lists and objects nested deeper
/// than `maxDepth` are refused as soon as the parser gets there (a problem at their path):
/// everything that walks a document later — validation, writing it back, the mapping editor —
/// may then recurse without running out of stack, and memory stays proportional to the text.
/// Returns nullopt on a syntax error or nesting that is too deep.
std::optional<Json> parseJsonDocument(const QByteArray &bytes, Problems *problems, int maxDepth = MaxJsonDepth);

/// 1-based line and column (in characters) of a 0-based byte offset in UTF-8 text.
struct TextPosition
{
    int line = 1;
    int column = 1;
};
TextPosition textPosition(const QByteArray &utf8, qsizetype byteOffset);

} // namespace patchbay
