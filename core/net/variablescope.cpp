#include "variablescope.h"

#include "secrets/secretstore.h"

namespace patchbay {

VariableScope::VariableScope(const Project &project, QString environment, Variables overrides)
    : m_project(project), m_environment(std::move(environment)), m_overrides(std::move(overrides))
{
}

VariableScope::Value VariableScope::find(const QString &name) const
{
    Value v;
    if (const Variable *o = findVariable(m_overrides, name)) {
        v.found = true;
        v.value = o->value;
        return v;
    }
    const Variable *var = nullptr;
    QString owner;
    if (const Environment *env = m_project.environment(m_environment)) {
        var = findVariable(env->variables, name);
        owner = env->name;
    }
    if (!var) {
        var = findVariable(m_project.variables, name);
        owner.clear();
    }
    if (!var)
        return v;
    v.found = true;
    if (!var->secret) {
        v.value = var->value;
        return v;
    }
    v.secret = true;
    v.secretKey = SecretKeys::variable(m_project.id, owner, name);
    const auto it = m_secretValues.constFind(v.secretKey);
    v.loaded = it != m_secretValues.cend();
    if (v.loaded)
        v.value = it.value();
    return v;
}

QStringList VariableScope::secretKeys(const QStringList &names) const
{
    QStringList keys;
    for (const QString &n : names) {
        const Value v = find(n);
        if (v.secret && !keys.contains(v.secretKey))
            keys.append(v.secretKey);
    }
    return keys;
}

} // namespace patchbay
