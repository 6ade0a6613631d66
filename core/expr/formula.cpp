#include "expr/formula.h"

#include "expr/ast.h"
#include "expr/parser.h"
#include "model/schemafields.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace patchbay {

namespace {

void walk(const expr::Node &n, QStringList *paths, QStringList *functions)
{
    if (paths && n.kind == expr::Node::Kind::Path && !n.fromItem) {
        const QString p = expr::pathText(n.segments);
        if (!paths->contains(p))
            paths->append(p);
    }
    if (functions && n.kind == expr::Node::Kind::Call) {
        const QString f = QString::fromLatin1(n.function->name);
        if (!functions->contains(f))
            functions->append(f);
    }
    for (const auto &c : n.children)
        walk(*c, paths, functions);
}

} // namespace

QString expr::pathText(const std::vector<Segment> &segments)
{
    QString out;
    for (const Segment &s : segments) {
        switch (s.kind) {
        case Segment::Kind::Field:
            out = fieldPath(out, QString::fromStdString(s.name));
            break;
        case Segment::Kind::Index:
            out += u'[' + QString::number(s.index) + u']';
            break;
        case Segment::Kind::Wildcard:
            out += QStringLiteral("[*]");
            break;
        }
    }
    return out;
}

FormulaEnvironment FormulaEnvironment::fromTables(const QList<LookupTable> &tables)
{
    FormulaEnvironment env;
    for (const LookupTable &t : tables) {
        QHash<QString, QString> &rows = env.lookupTables[t.name];
        for (const KeyValue &kv : t.rows)
            rows.insert(kv.name, kv.value);
    }
    return env;
}

Formula::Formula() = default;
Formula::~Formula() = default;
Formula::Formula(const Formula &) = default;
Formula &Formula::operator=(const Formula &) = default;
Formula::Formula(Formula &&) noexcept = default;
Formula &Formula::operator=(Formula &&) noexcept = default;

Result<Formula> Formula::compile(const QString &text, const QStringList *tableNames)
{
    Formula f;
    f.m_text = text;
    if (text.trimmed().isEmpty())
        return f; // an empty formula gives null
    expr::ParseError error;
    std::unique_ptr<expr::Node> root = expr::parse(text, tableNames, &error);
    if (!root) {
        const QString where = QCoreApplication::translate("patchbay::Formula", "column %1").arg(error.column);
        return makeError(QStringLiteral("formula.syntax"), where + QStringLiteral(": ") + error.message, where);
    }
    f.m_root = std::shared_ptr<const expr::Node>(root.release());
    return f;
}

Result<Json> Formula::evaluate(const Json &record, const FormulaEnvironment &env) const
{
    if (!m_root)
        return Json();
    expr::EvalContext ctx;
    ctx.record = &record;
    ctx.env = &env;
    try {
        return expr::evaluate(*m_root, ctx);
    } catch (const expr::EvalError &e) {
        return makeError(QStringLiteral("formula.eval"), e.message);
    } catch (const Json::exception &e) {
        return makeError(QStringLiteral("formula.eval"), QString::fromUtf8(e.what()));
    }
}

QStringList Formula::fieldPaths() const
{
    QStringList out;
    if (m_root)
        walk(*m_root, &out, nullptr);
    return out;
}

QStringList Formula::functions() const
{
    QStringList out;
    if (m_root)
        walk(*m_root, nullptr, &out);
    return out;
}

QStringList Formula::functionNames()
{
    QStringList out;
    for (const expr::FunctionDef &f : expr::allFunctions())
        out.append(QString::fromLatin1(f.name));
    return out;
}

QString Formula::functionSignature(const QString &name)
{
    const expr::FunctionDef *f = expr::findFunction(name);
    return f ? QString::fromLatin1(f->signature) : QString();
}

Formula::FunctionHelp Formula::functionHelp(const QString &name)
{
    // The rows of docs/functions.md's tables: | signature | what it gives | `example` | `result` |
    static const QHash<QString, FunctionHelp> help = [] {
        QHash<QString, FunctionHelp> out;
        QFile doc(QStringLiteral(":/docs/functions.md"));
        if (!doc.open(QIODevice::ReadOnly))
            return out;
        static const QRegularExpression row(QStringLiteral("^\\| ([A-Za-z]+)\\((.*?)\\) \\| (.*) \\| `(.*)` \\| `(.*)` \\|$"));
        for (const QByteArray &line : doc.readAll().split('\n')) {
            const QRegularExpressionMatch m = row.match(QString::fromUtf8(line).trimmed());
            if (!m.hasMatch())
                continue;
            QString gives = m.captured(3);
            gives.remove(u'`');
            out.insert(m.captured(1).toLower(), {m.captured(1) + u'(' + m.captured(2) + u')', gives, m.captured(4), m.captured(5)});
        }
        return out;
    }();
    const expr::FunctionDef *f = expr::findFunction(name);
    if (!f)
        return {};
    FunctionHelp h = help.value(name.toLower());
    if (h.signature.isEmpty())
        h.signature = QString::fromLatin1(f->signature);
    return h;
}

} // namespace patchbay
