#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace patchbay {

/// One `{{ name }}` in a template: where it starts and ends in the text, and the name (spaces
/// inside the braces aside; a name has no spaces or braces).
struct TemplatePlaceholder
{
    qsizetype start = 0;
    qsizetype end = 0;
    QStringView name;
};

/// The first placeholder at or after `from`, if there is one.
std::optional<TemplatePlaceholder> nextPlaceholder(QStringView text, qsizetype from);

/// The names used as `{{name}}` in a template, in order of first use, each once.
QStringList templateVariables(const QString &text);

/// Whether `name` is a valid variable name: a letter or `_`, then letters, digits, `_`, `.`, `-`.
bool isValidVariableName(const QString &name);

/// Whether the whole text (spaces around it aside) is one `{{variable}}`: a secret given that
/// way is taken from the environment rather than stored.
bool isVariableReference(const QString &text);

} // namespace patchbay
