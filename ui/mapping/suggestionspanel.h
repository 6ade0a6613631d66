#pragma once

#include "expr/automap.h"

#include <QWidget>

class QListWidget;

namespace patchbay::ui {

/// Auto-map's proposals, as the mapping editor's "Suggestions" tab lists them: "email → email
/// (92 % alike)", to accept or reject one by one, chosen ones, or all.
class SuggestionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SuggestionsPanel(QWidget *parent = nullptr);

    void setSuggestions(const QList<AutoMap::Suggestion> &suggestions);
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    /// The positions chosen (all of them when empty: "Accept All", "Reject All").
    void accepted(const QList<int> &rows);
    void rejected(const QList<int> &rows);

private:
    QList<int> chosenRows() const;

    QListWidget *m_list;
};

} // namespace patchbay::ui
