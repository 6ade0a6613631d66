#pragma once

#include "model/keyvalue.h"

#include <QTableWidget>

namespace patchbay::ui {

/// A two-column table of names and values (headers, query parameters, variables) that always
/// ends with an empty row to type a new one into. Rows left empty are dropped.
class KeyValueTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit KeyValueTable(const QString &nameTitle, const QString &valueTitle, QWidget *parent = nullptr);

    void setValues(const KeyValues &values);
    KeyValues values() const;

Q_SIGNALS:
    /// The user changed a cell (not emitted by setValues).
    void edited();

private:
    void ensureEmptyLastRow();
    bool m_filling = false;
};

} // namespace patchbay::ui
