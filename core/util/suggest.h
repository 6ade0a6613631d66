#pragma once

#include <QString>
#include <QStringList>

namespace patchbay {

/// Levenshtein distance, case-insensitive.
int editDistance(const QString &a, const QString &b);

/// The candidate closest to `word` when it is close enough to be a likely typo ("concatt" →
/// "concat", "recordPath" → "recordsPath"), else an empty string.
QString closestMatch(const QString &word, const QStringList &candidates);

/// `"a", "b" or "c"` — for messages that list what is allowed.
QString quotedList(const QStringList &items, const QString &lastSeparator);

} // namespace patchbay
