#include "problem.h"

namespace patchbay {

static bool isPlainKey(const QString &name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'_') || c.unicode() > 127)
            return false;
    }
    return true;
}

JsonPath JsonPath::key(const QString &name) const
{
    if (isPlainKey(name))
        return JsonPath(m_path.isEmpty() ? name : m_path + u'.' + name);
    QString quoted = name;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return JsonPath(m_path + QStringLiteral("[\"") + quoted + QStringLiteral("\"]"));
}

JsonPath JsonPath::index(qsizetype i) const
{
    return JsonPath(m_path + u'[' + QString::number(i) + u']');
}

} // namespace patchbay
