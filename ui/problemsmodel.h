#pragma once

#include "util/problem.h"
#include "model/project.h"

#include <QAbstractTableModel>

namespace patchbay::ui {

/// The problems of a project as a table: severity, where (in words: “Integration “Sync” ›
/// node “to-contact” › field “email” › formula”; the JSON path is in the tooltip) and what.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, PathColumn, MessageColumn, ColumnCount };

    explicit ProblemsModel(QObject *parent = nullptr);

    /// `project` names the places (null: the JSON paths are shown as they are).
    void setProblems(const Problems &problems, const Project *project = nullptr);
    /// A JSON path of the project file in words, with the names of what it points at.
    static QString placeInWords(const Project &project, const QString &path);
    const Problems &problems() const { return m_problems; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Problems m_problems;
    QStringList m_places; ///< placeInWords of each problem
};

} // namespace patchbay::ui
