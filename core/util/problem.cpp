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

QList<JsonPath::Step> JsonPath::steps() const
{
    QList<Step> steps;
    const QString &p = m_path;
    qsizetype i = 0;
    while (i < p.size()) {
        if (p[i] == u'.' && !steps.isEmpty())
            ++i;
        if (i < p.size() && p[i] == u'[') {
            if (i + 1 < p.size() && p[i + 1] == u'"') {
                QString key;
                qsizetype j = i + 2;
                for (; j < p.size() && p[j] != u'"'; ++j) {
                    if (p[j] == u'\\' && j + 1 < p.size()) {
                        const QChar c = p[++j];
                        key += c == u'n' ? u'\n' : c == u'r' ? u'\r' : c == u't' ? u'\t' : c;
                    } else {
                        key += p[j];
                    }
                }
                if (j + 1 >= p.size() || p[j + 1] != u']')
                    break;
                steps.append({key, -1, true});
                i = j + 2;
                continue;
            }
            const qsizetype close = p.indexOf(u']', i);
            bool ok = false;
            const qsizetype index = close < 0 ? -1 : QStringView(p).sliced(i + 1, close - i - 1).toLongLong(&ok);
            if (!ok || index < 0)
                break;
            steps.append({QString(), index});
            i = close + 1;
            continue;
        }
        qsizetype j = i;
        while (j < p.size() && p[j] != u'.' && p[j] != u'[')
            ++j;
        if (j == i)
            break;
        steps.append({p.sliced(i, j - i), -1});
        i = j;
    }
    return steps;
}

QList<qsizetype> JsonPath::indexesAfter(const QStringList &keys) const
{
    const QList<Step> all = steps();
    QList<qsizetype> indexes;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const qsizetype at = 2 * k;
        if (at + 1 >= all.size() || all[at].key != keys[k] || all[at].index >= 0 || all[at + 1].index < 0)
            return {};
        indexes.append(all[at + 1].index);
    }
    return indexes;
}

} // namespace patchbay
