#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace patchbay::ui {

/// A one-line formula box that completes the word being typed from the source fields and the
/// functions of the mapping language (`low` → `lower(`), as a spreadsheet's formula bar does.
/// A formula that does not compile gets a red frame and its message as the tooltip.
class FormulaLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit FormulaLineEdit(QWidget *parent = nullptr);

    /// Source field paths offered besides the functions.
    void setFields(const QStringList &fields);
    /// What completes the word at the cursor now (for tests and the popup).
    QStringList completions() const;
    /// Replaces the word at the cursor with `completion` (a function gets its "(").
    void complete(const QString &completion);
    QCompleter *completer() const { return m_completer; }

protected:
    void keyPressEvent(QKeyEvent *e) override;

private:
    QString wordAtCursor(int *start) const;
    void updateCompletions();
    void check();

    QCompleter *m_completer;
    QStringListModel *m_model;
    QStringList m_fields;
    QStringList m_functions;
};

} // namespace patchbay::ui
