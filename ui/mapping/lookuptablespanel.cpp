#include "lookuptablespanel.h"

#include "ui/commands/editlookuptablescommand.h"
#include "ui/document.h"
#include "ui/widgets/keyvaluetable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace patchbay::ui {

LookupTablesPanel::LookupTablesPanel(Document *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_chooser(new QComboBox(this)), m_rows(new KeyValueTable(tr("Key"), tr("Value"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add Table…"), this);
    add->setObjectName(QStringLiteral("addLookupTable"));
    auto *remove = new QPushButton(tr("Remove Table"), this);
    remove->setObjectName(QStringLiteral("removeLookupTable"));
    connect(add, &QPushButton::clicked, this, [this] {
        auto *dialog = new QInputDialog(this);
        dialog->setObjectName(QStringLiteral("addLookupTableDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Add Lookup Table"));
        dialog->setLabelText(tr("Name, as lookup(\"name\", key) uses it:"));
        connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
            if (!text.trimmed().isEmpty())
                addTable(text.trimmed());
        });
        dialog->open();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (!m_chooser->currentText().isEmpty())
            removeTable(m_chooser->currentText());
    });
    bar->addWidget(new QLabel(tr("Table:"), this));
    bar->addWidget(m_chooser, 1);
    bar->addWidget(add);
    bar->addWidget(remove);
    connect(m_chooser, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        const LookupTable *t = m_doc->project().lookupTable(name);
        m_rows->setValues(t ? t->rows : KeyValues{});
        m_rows->setEnabled(t != nullptr);
    });
    connect(m_rows, &KeyValueTable::edited, this, [this] {
        QList<LookupTable> tables = m_doc->project().lookupTables;
        for (LookupTable &t : tables)
            if (t.name == m_chooser->currentText())
                t.rows = m_rows->values();
        push(tables);
    });
    layout->addLayout(bar);
    layout->addWidget(m_rows, 1);
    refresh();
}

void LookupTablesPanel::refresh()
{
    const QString current = m_chooser->currentText();
    QStringList names;
    for (const LookupTable &t : m_doc->project().lookupTables)
        names << t.name;
    {
        const QSignalBlocker block(m_chooser);
        m_chooser->clear();
        m_chooser->addItems(names);
        m_chooser->setCurrentIndex(names.contains(current) ? int(names.indexOf(current)) : (names.isEmpty() ? -1 : 0));
    }
    const LookupTable *t = m_doc->project().lookupTable(m_chooser->currentText());
    if (!m_rows->hasFocus() || !t)
        m_rows->setValues(t ? t->rows : KeyValues{});
    m_rows->setEnabled(t != nullptr);
}

void LookupTablesPanel::addTable(const QString &name)
{
    if (m_doc->project().lookupTable(name)) {
        Q_EMIT statusMessage(tr("There is a lookup table “%1” already.").arg(name));
        return;
    }
    QList<LookupTable> tables = m_doc->project().lookupTables;
    tables.append(LookupTable{name, {}});
    push(tables);
    m_chooser->setCurrentText(name);
}

void LookupTablesPanel::removeTable(const QString &name)
{
    QList<LookupTable> tables = m_doc->project().lookupTables;
    tables.removeIf([&](const LookupTable &t) { return t.name == name; });
    push(tables);
}

void LookupTablesPanel::push(const QList<LookupTable> &after)
{
    if (after != m_doc->project().lookupTables)
        m_doc->undoStack()->push(new EditLookupTablesCommand(m_doc, after));
}

} // namespace patchbay::ui
