#pragma once

#include "model/project.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace patchbay::ui {

/// "New integration": a name, where the records come from (an endpoint that lists them) and
/// where they go (an endpoint that takes them). The result opens on the canvas wired
/// Source → Filter → Map → Target.
class NewIntegrationDialog : public QDialog
{
    Q_OBJECT

public:
    NewIntegrationDialog(const Project &project, QWidget *parent = nullptr);

    QString name() const;
    QString sourceEndpoint() const;
    QString targetEndpoint() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *sourceBox() const { return m_source; }
    QComboBox *targetBox() const { return m_target; }

    /// How an endpoint reads in a list: "Demo CRM › List customers (GET /customers)".
    static QString endpointLabel(const Project &project, const Endpoint &e);
    /// Fills `box` with the project's endpoints, those that fit first (GETs for a source, the
    /// others for a target), each with its id as data; the first that fits is chosen.
    static void fillEndpoints(QComboBox *box, const Project &project, bool forSource, const QString &current = {});

private:
    void updateOk();

    QLineEdit *m_name;
    QComboBox *m_source;
    QComboBox *m_target;
    QLabel *m_hint;
    QPushButton *m_ok = nullptr;
};

} // namespace patchbay::ui
