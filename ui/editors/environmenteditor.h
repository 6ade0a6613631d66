#pragma once

#include "model/environment.h"

#include <QWidget>

class QListWidget;
class QPushButton;
class QTableWidget;

namespace patchbay::ui {

class Document;
class Services;

/// The environments ("local", "staging", "production") and their variables: a list on the
/// left, the chosen one's variables as a table (name, value, secret) on the right. A secret
/// variable's value goes to the system keychain, never into the project file, and shows as ••••.
/// Every change is one undoable step.
class EnvironmentEditor : public QWidget
{
    Q_OBJECT

public:
    EnvironmentEditor(Document *doc, Services *services, QWidget *parent = nullptr);

    void addEnvironment(const QString &name);
    void removeCurrentEnvironment();
    void selectEnvironment(const QString &name);
    /// Sets a variable of the selected environment (adds it if new) as the table would.
    void setVariable(const QString &name, const QString &value, bool secret);

    QListWidget *environmentList() const { return m_list; }
    QTableWidget *variableTable() const { return m_table; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void load();
    void loadVariables();
    void applyTable();
    QString currentName() const;

    Document *m_doc;
    Services *m_services;
    QListWidget *m_list;
    QTableWidget *m_table;
    QPushButton *m_remove;
    bool m_loading = false;
};

} // namespace patchbay::ui
