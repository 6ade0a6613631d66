#pragma once

#include "importers/connectorcatalog.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace patchbay::ui {

/// "New connection": a blank one, or one of the catalog's ready-made connectors, found by name,
/// category or description. Each tile has the API's colour and initials.
class ConnectorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectorDialog(QWidget *parent = nullptr);

    /// The chosen connector, or null for a blank connection.
    const Connector *chosen() const;
    void setFilter(const QString &text);
    /// Selects a connector by id ("" for blank); false if there is none such.
    bool select(const QString &id);
    int visibleCount() const;
    QListWidget *list() const { return m_list; }

    static QIcon tileIcon(const QString &name, const QString &color);

private:
    void updateDetails();

    QList<Connector> m_catalog;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_details;
};

} // namespace patchbay::ui
