#pragma once

#include <QList>
#include <QString>

namespace patchbay {

/// A `{{name}}` variable. A secret variable has no value in the project file: its value lives in
/// the keychain (key `<project>/@env.<environment>/<name>`, or `<project>/@project/<name>`).
struct Variable
{
    QString name;
    QString value;
    bool secret = false;
    bool operator==(const Variable &) const = default;
};

using Variables = QList<Variable>;

/// A named set of variables ("local", "staging", "production") that overrides the project's own.
struct Environment
{
    QString name;
    Variables variables;
    bool operator==(const Environment &) const = default;
};

inline const Variable *findVariable(const Variables &vars, const QString &name)
{
    for (const Variable &v : vars)
        if (v.name == name)
            return &v;
    return nullptr;
}

} // namespace patchbay
