#pragma once

#include "model/project.h"

#include <QHash>
#include <QString>

namespace patchbay {

/// Where each `{{name}}` gets its value for one project, one active environment and the
/// command line: `--var` overrides, then the environment, then the project's own variables.
/// Secret variables take their values from a map of keychain values loaded beforehand.
class VariableScope
{
public:
    VariableScope(const Project &project, QString environment, Variables overrides);

    struct Value
    {
        bool found = false;
        bool secret = false;
        QString value;     ///< for a secret: its value, if loaded
        QString secretKey; ///< for a secret: the keychain key
        bool loaded = true; ///< false: a secret whose value was not loaded
    };
    Value find(const QString &name) const;

    /// The keychain keys of the secret variables among `names`.
    QStringList secretKeys(const QStringList &names) const;
    void setSecretValues(const QHash<QString, QString> &values) { m_secretValues = values; }
    const QHash<QString, QString> &secretValues() const { return m_secretValues; }

    const Project &project() const { return m_project; }
    const QString &environment() const { return m_environment; }

private:
    const Project &m_project;
    QString m_environment;
    Variables m_overrides;
    QHash<QString, QString> m_secretValues;
};

} // namespace patchbay
