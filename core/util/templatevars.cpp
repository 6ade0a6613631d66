#include "templatevars.h"

#include <QRegularExpression>

namespace patchbay {

QStringList templateVariables(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([^{}\\s]+)\\s*\\}\\}"));
    QStringList out;
    if (!text.contains(QStringLiteral("{{")))
        return out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
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
