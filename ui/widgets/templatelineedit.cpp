#include "templatelineedit.h"

#include "util/templatevars.h"

#include <QApplication>
#include <QClipboard>
#include <QHelpEvent>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QTextCharFormat>
#include <QToolTip>

namespace patchbay::ui {

TemplateLineEdit::TemplateLineEdit(QWidget *parent) : QLineEdit(parent)
{
    connect(this, &QLineEdit::textChanged, this, &TemplateLineEdit::rehighlight);
}

void TemplateLineEdit::setLookup(std::function<Lookup(const QString &)> lookup)
{
    m_lookup = std::move(lookup);
    rehighlight();
}

QList<TemplateLineEdit::Span> TemplateLineEdit::spans() const
{
    QList<Span> result;
    const QString t = text();
    for (auto p = nextPlaceholder(t, 0); p; p = nextPlaceholder(t, p->end))
        result.append({int(p->start), int(p->end - p->start), p->name.toString()});
    return result;
}

QStringList TemplateLineEdit::unknownVariables() const
{
    QStringList names;
    for (const Span &s : spans())
        if (!m_lookup || !m_lookup(s.name).known)
            names.append(s.name);
    return names;
}

void TemplateLineEdit::rehighlight()
{
    // QLineEdit keeps text formats given through an input method event; positions are relative
    // to the cursor.
    QList<QInputMethodEvent::Attribute> attributes;
    for (const Span &s : spans()) {
        QTextCharFormat f;
        if (m_lookup && m_lookup(s.name).known) {
            f.setForeground(palette().link());
            f.setFontWeight(QFont::DemiBold);
        } else {
            f.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            f.setUnderlineColor(QColor(0xc0, 0x39, 0x2b));
            f.setForeground(QColor(0xc0, 0x39, 0x2b));
        }
        attributes.append({QInputMethodEvent::TextFormat, s.start - cursorPosition(), s.length, f});
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(this, &event);
}

bool TemplateLineEdit::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const int pos = cursorPositionAt(help->pos());
        for (const Span &s : spans()) {
            if (pos >= s.start && pos <= s.start + s.length) {
                const Lookup l = m_lookup ? m_lookup(s.name) : Lookup{};
                QToolTip::showText(help->globalPos(),
                                   l.known ? l.description
                                           : tr("{{%1}} is not defined in this environment. Add it in "
                                                "Project › Environments, or switch environments in the toolbar.")
                                                 .arg(s.name),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        e->ignore();
        return true;
    }
    return QLineEdit::event(e);
}

void TemplateLineEdit::keyPressEvent(QKeyEvent *e)
{
    if (e->matches(QKeySequence::Paste)) {
        pasteText(QApplication::clipboard()->text());
        return;
    }
    QLineEdit::keyPressEvent(e);
}

void TemplateLineEdit::pasteText(const QString &text)
{
    if (text.trimmed().startsWith(QLatin1String("curl "))) {
        Q_EMIT curlPasted(text);
        return;
    }
    QString oneLine = text;
    oneLine.replace(QRegularExpression(QStringLiteral("[\\r\\n]+")), QStringLiteral(" "));
    insert(oneLine.trimmed());
}

} // namespace patchbay::ui
