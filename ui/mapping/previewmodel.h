#pragma once

#include "expr/formula.h"
#include "model/integration.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace patchbay::ui {

/// The mapping editor's live preview: sample source records down, target fields across, each
/// cell the field's value for that record or its error (red, the message as tooltip).
///
/// Cells are worked out a column at a time, when a view first asks for one: opening a mapping
/// of 2,000 fields costs only the columns on screen, and an edit recomputes only the columns
/// whose formula changed.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int MaxRecords = 100;

    explicit PreviewModel(QObject *parent = nullptr);

    /// The sample records (the first MaxRecords of them), and which the upstream filters drop
    /// (`dropped[i]` is the reason, or "").
    void setRecords(const QList<Json> &records, const QStringList &dropped = {});
    /// The mapping to show; columns whose target, formula and required flag stay the same keep
    /// their cells.
    void setMapping(const QList<FieldMapping> &fields, const QStringList &requiredTargets, const FormulaEnvironment &env,
                    const QStringList &tableNames);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The value or error text of one cell (tests).
    QString cellText(int row, int column) const;
    QString cellError(int row, int column) const;
    /// How many columns have been worked out so far.
    int computedColumns() const;
    int columnOf(const QString &target) const;

private:
    struct Cell
    {
        QString text;
        QString error;
    };
    struct Column
    {
        FieldMapping field;
        bool required = false;
        mutable std::optional<std::vector<Cell>> cells;
    };
    const std::vector<Cell> &cells(int column) const;

    QList<Json> m_records;
    QStringList m_dropped;
    std::vector<Column> m_columns;
    FormulaEnvironment m_env;
    QStringList m_tables;
};

} // namespace patchbay::ui
