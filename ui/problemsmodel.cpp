#include "problemsmodel.h"

#include <QApplication>
#include <QHash>
#include <QStyle>

namespace patchbay::ui {

ProblemsModel::ProblemsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProblemsModel::setProblems(const Problems &problems, const Project *project)
{
    beginResetModel();
    m_problems = problems;
    m_places.clear();
    for (const Problem &p : problems)
        m_places.append(project ? placeInWords(*project, p.path) : p.path);
    endResetModel();
}

QString ProblemsModel::placeInWords(const Project &project, const QString &path)
{
    // "integrations[0].nodes[2].fields[1].formula": a key, then its index or quoted key
    QStringList words;
    QString key;
    const Integration *in = nullptr;
    const Node *node = nullptr;
    auto name = [](const QString &n, const QString &id) { return n.isEmpty() ? id : n; };
    for (const JsonPath::Step &step : JsonPath(path).steps()) {
        if (step.index < 0 && !step.quoted) {
            key = step.key;
            static const QHash<QString, const char *> plain{
                {QStringLiteral("baseUrl"), QT_TR_NOOP("base URL")},     {QStringLiteral("auth"), QT_TR_NOOP("sign-in")},
                {QStringLiteral("headers"), QT_TR_NOOP("headers")},      {QStringLiteral("query"), QT_TR_NOOP("query")},
                {QStringLiteral("tls"), QT_TR_NOOP("TLS")},              {QStringLiteral("caFile"), QT_TR_NOOP("CA file")},
                {QStringLiteral("verify"), QT_TR_NOOP("certificate check")}, {QStringLiteral("condition"), QT_TR_NOOP("condition")},
                {QStringLiteral("formula"), QT_TR_NOOP("formula")},      {QStringLiteral("endpoint"), QT_TR_NOOP("endpoint")},
                {QStringLiteral("schedule"), QT_TR_NOOP("schedule")},    {QStringLiteral("timezone"), QT_TR_NOOP("time zone")},
                {QStringLiteral("cron"), QT_TR_NOOP("schedule")},        {QStringLiteral("wires"), QT_TR_NOOP("wires")},
                {QStringLiteral("retry"), QT_TR_NOOP("retries")},        {QStringLiteral("pagination"), QT_TR_NOOP("pages")},
                {QStringLiteral("path"), QT_TR_NOOP("path")},            {QStringLiteral("body"), QT_TR_NOOP("body")},
                {QStringLiteral("name"), QT_TR_NOOP("name")},            {QStringLiteral("variables"), QT_TR_NOOP("variables")},
                {QStringLiteral("key"), QT_TR_NOOP("record key")},       {QStringLiteral("idempotencyHeader"), QT_TR_NOOP("idempotency header")},
            };
            const bool listed = key == u"connections" || key == u"endpoints" || key == u"integrations" || key == u"nodes" ||
                                key == u"fields" || key == u"environments" || key == u"lookupTables";
            if (!listed)
                words.append(plain.contains(key) ? tr(plain.value(key)) : key);
            continue;
        }
        if (step.quoted) {
            words.append(QStringLiteral("“%1”").arg(step.key)); // a header's or variable's name
            continue;
        }
        const qsizetype i = step.index;
        if (key == u"connections" && i < project.connections.size())
            words.append(tr("Connection “%1”").arg(name(project.connections[i].name, project.connections[i].id)));
        else if (key == u"endpoints" && i < project.endpoints.size())
            words.append(tr("Endpoint “%1”").arg(name(project.endpoints[i].name, project.endpoints[i].id)));
        else if (key == u"environments" && i < project.environments.size())
            words.append(tr("Environment “%1”").arg(project.environments[i].name));
        else if (key == u"lookupTables" && i < project.lookupTables.size())
            words.append(tr("Lookup table “%1”").arg(project.lookupTables[i].name));
        else if (key == u"integrations" && i < project.integrations.size()) {
            in = &project.integrations[i];
            words.append(tr("Integration “%1”").arg(name(in->name, in->id)));
        } else if (key == u"nodes" && in && i < in->nodes.size()) {
            node = &in->nodes[i];
            words.append(tr("node “%1”").arg(name(node->name, node->id)));
        } else if (key == u"fields" && node && i < node->fields.size())
            words.append(tr("field “%1”").arg(node->fields[i].target));
        else if (key == u"wires")
            words.append(tr("wire %1").arg(i + 1));
        else
            words.append(tr("item %1").arg(i + 1));
    }
    return words.isEmpty() ? path : words.join(QStringLiteral(" › "));
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_problems.size())
        return {};
    const Problem &p = m_problems[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return p.isError() ? tr("Error") : tr("Warning");
        case PathColumn:
            return p.path.isEmpty() ? tr("(whole file)") : m_places.value(index.row(), p.path);
        case MessageColumn:
            return p.message;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return p.toString(); // with the JSON path, for the project file
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return QApplication::style()->standardIcon(p.isError() ? QStyle::SP_MessageBoxCritical
                                                                   : QStyle::SP_MessageBoxWarning);
        return {};
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case PathColumn:
        return tr("Where");
    case MessageColumn:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace patchbay::ui
