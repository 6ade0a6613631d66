#include "problem.h"
#include "util/printable.h"

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
    // As JSON would write them: a key with a line break stays on one line of a message.
    quoted.replace(u'\n', QStringLiteral("\\n")).replace(u'\r', QStringLiteral("\\r")).replace(u'\t', QStringLiteral("\\t"));
    quoted = printable(quoted);
    return JsonPath(m_path + QStringLiteral("[\"") + quoted + QStringLiteral("\"]"));
}

JsonPath JsonPath::index(qsizetype i) const
{
    return JsonPath(m_path + u'[' + QString::number(i) + u']');
}

} // namespace patchbay
