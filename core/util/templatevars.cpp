#include "templatevars.h"

#include <QRegularExpression>

namespace patchbay {

std::optional<TemplatePlaceholder> nextPlaceholder(QStringView text, qsizetype from)
{
    // As the pattern \{\{\s*([^{}\s]+)\s*\}\} finds them, without a regular expression (a
    // request is built for every lookup that is not a cache hit)
    const qsizetype n = text.size();
    for (qsizetype at = text.indexOf(u"{{", from); at >= 0; at = text.indexOf(u"{{", at + 1)) {
        qsizetype i = at + 2;
        while (i < n && text[i].isSpace())
            ++i;
        const qsizetype nameStart = i;
        while (i < n && !text[i].isSpace() && text[i] != u'{' && text[i] != u'}')
            ++i;
        const qsizetype nameEnd = i;
        while (i < n && text[i].isSpace())
            ++i;
        if (nameEnd > nameStart && i + 1 < n && text[i] == u'}' && text[i + 1] == u'}')
            return TemplatePlaceholder{at, i + 2, text.sliced(nameStart, nameEnd - nameStart)};
    }
    return std::nullopt;
}

QStringList templateVariables(const QString &text)
{
    QStringList out;
    for (auto p = nextPlaceholder(text, 0); p; p = nextPlaceholder(text, p->end)) {
        const QString name = p->name.toString();
        if (!out.contains(name))
            out.append(name);
    }
    return out;
}

bool isVariableReference(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\{\\{\\s*[A-Za-z_][A-Za-z0-9_.-]*\\s*\\}\\}$"));
    return re.match(text.trimmed()).hasMatch();
}

bool isValidVariableName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    return re.match(name).hasMatch();
}

} // namespace patchbay
