#include "suggest.h"

#include <QList>

#include <algorithm>

namespace patchbay {

int editDistance(const QString &a, const QString &b)
{
    const QString x = a.toCaseFolded();
    const QString y = b.toCaseFolded();
    QList<int> prev(y.size() + 1);
    QList<int> cur(y.size() + 1);
    for (qsizetype j = 0; j <= y.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const int subst = prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, subst});
        }
        std::swap(prev, cur);
    }
    return prev[y.size()];
}

QString closestMatch(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = 0;
    for (const QString &c : candidates) {
        const int d = editDistance(word, c);
        if (best.isEmpty() || d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    const int allowed = std::max<int>(2, int(word.size()) / 3);
    if (best.isEmpty() || bestDistance > allowed || bestDistance >= word.size())
        return {};
    return best;
}

QString quotedList(const QStringList &items, const QString &lastSeparator)
{
    QString out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += (i == items.size() - 1) ? lastSeparator : QStringLiteral(", ");
        out += u'"' + items[i] + u'"';
    }
    return out;
}

} // namespace patchbay
