#include "formulalineedit.h"

#include "expr/formula.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

namespace patchbay::ui {

FormulaLineEdit::FormulaLineEdit(QWidget *parent)
    : QLineEdit(parent), m_completer(new QCompleter(this)), m_model(new QStringListModel(this)),
      m_functions(Formula::functionNames())
{
    setPlaceholderText(tr("a field, or a formula such as lower(email)"));
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &FormulaLineEdit::complete);
    connect(this, &QLineEdit::textEdited, this, &FormulaLineEdit::updateCompletions);
    connect(this, &QLineEdit::textChanged, this, &FormulaLineEdit::check); // typed or set
}

void FormulaLineEdit::setFields(const QStringList &fields)
{
    m_fields = fields;
}

QString FormulaLineEdit::wordAtCursor(int *start) const
{
    const QString t = text();
    int s = cursorPosition();
    while (s > 0 && (t[s - 1].isLetterOrNumber() || t[s - 1] == u'_' || t[s - 1] == u'.' || t[s - 1] == u'[' ||
                     t[s - 1] == u']' || t[s - 1] == u'*'))
        --s;
    if (start)
        *start = s;
    return t.mid(s, cursorPosition() - s);
}

QStringList FormulaLineEdit::completions() const
{
    const QString word = wordAtCursor(nullptr);
    if (word.isEmpty())
        return {};
    QStringList out;
    for (const QString &f : m_fields)
        if (f.startsWith(word, Qt::CaseInsensitive) && f != word)
            out << f;
    for (const QString &f : m_functions)
        if (f.startsWith(word, Qt::CaseInsensitive))
            out << f + u'(';
    return out;
}

void FormulaLineEdit::updateCompletions()
{
    const QStringList list = completions();
    m_model->setStringList(list);
    if (list.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(QString());
    QRect r = cursorRect();
    r.setWidth(std::max(200, width() / 2));
    m_completer->complete(r);
}

void FormulaLineEdit::complete(const QString &completion)
{
    int start = 0;
    const QString word = wordAtCursor(&start);
    QString t = text();
    t.replace(start, word.size(), completion);
    setText(t);
    setCursorPosition(start + int(completion.size()));
    m_completer->popup()->hide();
    Q_EMIT textEdited(text());
}

void FormulaLineEdit::keyPressEvent(QKeyEvent *e)
{
    if (m_completer->popup()->isVisible()) {
        switch (e->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
            if (const QModelIndex i = m_completer->popup()->currentIndex(); i.isValid()) {
                complete(i.data().toString());
                e->accept();
                return;
            }
            break;
        case Qt::Key_Escape:
            m_completer->popup()->hide();
            e->accept();
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(e);
}

void FormulaLineEdit::check()
{
    Result<Formula> f = Formula::compile(text());
    if (f.ok()) {
        setStyleSheet(QString());
        setToolTip(QString());
    } else {
        setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
        setToolTip(f.error().message);
    }
}

} // namespace patchbay::ui
