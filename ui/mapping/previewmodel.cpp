#include "previewmodel.h"

#include "expr/recordpipeline.h"

#include <QBrush>
#include <QColor>

#include "ui/theme.h"
#include <QFont>

namespace patchbay::ui {

PreviewModel::PreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void PreviewModel::setRecords(const QList<Json> &records, const QStringList &dropped)
{
    beginResetModel();
    m_records = records.mid(0, MaxRecords);
    m_dropped = dropped.mid(0, MaxRecords);
    for (Column &c : m_columns)
        c.cells.reset();
    endResetModel();
}

void PreviewModel::setMapping(const QList<FieldMapping> &fields, const QStringList &requiredTargets,
                              const FormulaEnvironment &env, const QStringList &tableNames)
{
    const bool envChanged = env.lookupTables != m_env.lookupTables || tableNames != m_tables;
    m_env = env;
    m_tables = tableNames;
    std::vector<Column> next;
    next.reserve(size_t(fields.size()));
    bool sameShape = fields.size() == qsizetype(m_columns.size());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        Column c;
        c.field = fields[i];
        c.required = fields[i].required || requiredTargets.contains(fields[i].target);
        if (size_t(i) < m_columns.size()) {
            const Column &old = m_columns[size_t(i)];
            if (old.field.target != c.field.target)
                sameShape = false;
            if (!envChanged && old.field == c.field && old.required == c.required)
                c.cells = std::move(old.cells);
        }
        next.push_back(std::move(c));
    }
    if (!sameShape) {
        beginResetModel();
        m_columns = std::move(next);
        endResetModel();
        return;
    }
    m_columns = std::move(next);
    // tell the view about the columns that changed, so it asks for them again
    int first = -1;
    int last = -1;
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (!m_columns[i].cells) {
            first = first < 0 ? int(i) : first;
            last = int(i);
        }
    if (first >= 0 && !m_records.isEmpty())
        Q_EMIT dataChanged(index(0, first), index(rowCount() - 1, last));
}

const std::vector<PreviewModel::Cell> &PreviewModel::cells(int column) const
{
    const Column &c = m_columns[size_t(column)];
    if (c.cells)
        return *c.cells;
    std::vector<Cell> out(size_t(m_records.size()));
    Result<Formula> formula = Formula::compile(c.field.formula, &m_tables);
    if (!formula) {
        const QString message = tr("formula: %1").arg(formula.error().message);
        for (Cell &cell : out)
            cell.error = message;
    } else {
        for (qsizetype r = 0; r < m_records.size(); ++r) {
            RecordPipeline::Field f = RecordPipeline::evaluateField(c.field.target, *formula, c.required, m_records[r], m_env);
            Cell &cell = out[size_t(r)];
            cell.error = f.error;
            if (f.error.isEmpty())
                cell.text = f.value.is_string() ? toQString(f.value.get<std::string>()) : toQString(f.value.dump());
        }
    }
    c.cells = std::move(out);
    return *c.cells;
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Cell &cell = cells(index.column())[size_t(index.row())];
    const bool dropped = index.row() < m_dropped.size() && !m_dropped[index.row()].isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        return cell.error.isEmpty() ? cell.text : cell.error;
    case Qt::ToolTipRole:
        if (!cell.error.isEmpty())
            return cell.error;
        return dropped ? m_dropped[index.row()] : cell.text;
    case Qt::ForegroundRole:
        if (!cell.error.isEmpty())
            return QBrush(theme::pick(QColor(0xc0, 0x39, 0x2b), QColor(0xf1, 0x94, 0x8a)));
        return dropped ? QVariant(QBrush(Qt::gray)) : QVariant();
    case Qt::BackgroundRole:
        return cell.error.isEmpty() ? QVariant() : QVariant(QBrush(theme::pick(QColor(0xfd, 0xed, 0xec), QColor(0x5b, 0x2c, 0x28))));
    case Qt::FontRole:
        if (dropped) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section < columnCount()) {
        const Column &c = m_columns[size_t(section)];
        if (role == Qt::DisplayRole)
            return c.required ? c.field.target + QStringLiteral(" *") : c.field.target;
        if (role == Qt::ToolTipRole)
            return c.field.formula;
    }
    if (orientation == Qt::Vertical && section < rowCount()) {
        if (role == Qt::DisplayRole)
            return QString::number(section + 1);
        if (role == Qt::ToolTipRole && section < m_dropped.size() && !m_dropped[section].isEmpty())
            return m_dropped[section];
        if (role == Qt::ForegroundRole && section < m_dropped.size() && !m_dropped[section].isEmpty())
            return QBrush(Qt::gray);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString PreviewModel::cellText(int row, int column) const
{
    return cells(column)[size_t(row)].text;
}

QString PreviewModel::cellError(int row, int column) const
{
    return cells(column)[size_t(row)].error;
}

int PreviewModel::computedColumns() const
{
    return int(std::count_if(m_columns.begin(), m_columns.end(), [](const Column &c) { return c.cells.has_value(); }));
}

int PreviewModel::columnOf(const QString &target) const
{
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].field.target == target)
            return int(i);
    return -1;
}

} // namespace patchbay::ui
