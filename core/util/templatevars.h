#pragma once

#include <QString>
#include <QStringList>

namespace patchbay {

/// The names used as `{{name}}` in a template, in order of first use, each once.
QStringList templateVariables(const QString &text);

/// Whether `name` is a valid variable name: a letter or `_`, then letters, digits, `_`, `.`, `-`.
bool isValidVariableName(const QString &name);

/// Whether the whole text (spaces around it aside) is one `{{variable}}`: a secret given that
/// way is taken from the environment rather than stored.
bool isVariableReference(const QString &text);

} // namespace patchbay
