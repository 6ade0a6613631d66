#include "fieldsread.h"

#include "expr/formula.h"
#include "util/templatevars.h"

#include <QRegularExpression>

namespace patchbay {

QString schemaSpelling(QString path)
{
    static const QRegularExpression index(QStringLiteral("\\[[0-9]+\\]"));
    return path.replace(index, QStringLiteral("[*]"));
}

QStringList recordFieldsInRequest(const Endpoint &endpoint)
{
    QStringList fields;
    for (const QString &text : endpoint.templates())
        for (const QString &v : templateVariables(text))
            if (v.startsWith(QLatin1String("record.")) && !fields.contains(schemaSpelling(v.mid(7))))
                fields << schemaSpelling(v.mid(7));
    return fields;
}

QStringList fieldsReadBy(const QString &formula)
{
    QStringList paths;
    if (formula.trimmed().isEmpty())
        return paths;
    if (Result<Formula> f = Formula::compile(formula))
        for (const QString &p : f->fieldPaths())
            if (const QString spelled = schemaSpelling(p); !paths.contains(spelled))
                paths << spelled;
    return paths;
}

QStringList fieldsReadBy(const Node &node)
{
    QStringList formulas;
    switch (node.type) {
    case NodeType::Filter: formulas << node.condition; break;
    case NodeType::Map:
        for (const FieldMapping &m : node.fields)
            formulas << m.formula;
        break;
    case NodeType::Branch:
        for (const BranchOutput &o : node.outputs)
            formulas << o.condition;
        break;
    case NodeType::Lookup: formulas << node.lookupKey; break;
    case NodeType::Source:
    case NodeType::Target: break;
    }
    QStringList paths;
    for (const QString &text : std::as_const(formulas))
        for (const QString &p : fieldsReadBy(text))
            if (!paths.contains(p))
                paths << p;
    return paths;
}

} // namespace patchbay
