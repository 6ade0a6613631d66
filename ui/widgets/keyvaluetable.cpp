#include "keyvaluetable.h"

#include <QHeaderView>

namespace patchbay::ui {

KeyValueTable::KeyValueTable(const QString &nameTitle, const QString &valueTitle, QWidget *parent)
    : QTableWidget(0, 2, parent)
{
    setHorizontalHeaderLabels({nameTitle, valueTitle});
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->resizeSection(0, 200);
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::AllEditTriggers);
    connect(this, &QTableWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        ensureEmptyLastRow();
        Q_EMIT edited();
    });
    ensureEmptyLastRow();
}

void KeyValueTable::setValues(const KeyValues &values)
{
    m_filling = true;
    setRowCount(0);
    for (const KeyValue &kv : values) {
        const int row = rowCount();
        insertRow(row);
        setItem(row, 0, new QTableWidgetItem(kv.name));
        setItem(row, 1, new QTableWidgetItem(kv.value));
    }
    ensureEmptyLastRow();
    m_filling = false;
}

KeyValues KeyValueTable::values() const
{
    KeyValues result;
    for (int row = 0; row < rowCount(); ++row) {
        const QString name = item(row, 0) ? item(row, 0)->text().trimmed() : QString();
        const QString value = item(row, 1) ? item(row, 1)->text() : QString();
        if (!name.isEmpty() || !value.isEmpty())
            result.append({name, value});
    }
    return result;
}

void KeyValueTable::ensureEmptyLastRow()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    auto empty = [this](int row) {
        return (!item(row, 0) || item(row, 0)->text().isEmpty()) && (!item(row, 1) || item(row, 1)->text().isEmpty());
    };
    // one empty row at the end, none in between
    for (int row = rowCount() - 2; row >= 0; --row)
        if (empty(row) && currentRow() != row)
            removeRow(row);
    if (rowCount() == 0 || !empty(rowCount() - 1)) {
        const int row = rowCount();
        insertRow(row);
        setItem(row, 0, new QTableWidgetItem());
        setItem(row, 1, new QTableWidgetItem());
    }
    m_filling = wasFilling;
}

} // namespace patchbay::ui
