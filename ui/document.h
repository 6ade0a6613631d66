#pragma once

#include "model/project.h"
#include "util/result.h"

#include <QObject>
#include <QUndoStack>

namespace patchbay::ui {

/// An open project as the window edits it: the project, its file, its undo stack and whether it
/// changed since it was saved. Every edit goes through a command on the undo stack; commands
/// call the setters here, which emit fine-grained signals that the views follow.
class Document : public QObject
{
    Q_OBJECT

public:
    enum class Part { Project, Environments, Connections, Endpoints, Integrations, LookupTables };
    Q_ENUM(Part)

    explicit Document(Project project, QString filePath = {}, QObject *parent = nullptr);

    const Project &project() const { return m_project; }
    const QString &filePath() const { return m_filePath; }
    QUndoStack *undoStack() { return &m_undo; }
    bool isModified() const { return !m_undo.isClean(); }
    /// The name a window shows: the file name, or "Untitled".
    QString displayName() const;

    Result<void> save();
    Result<void> saveAs(const QString &filePath);

    // Used by the commands; anything else edits through the undo stack.
    /// Replaces everything (restoring autosaved changes).
    void setProject(const Project &project);
    void setProjectFields(const QString &name, const QString &description, const Variables &variables);
    void setEnvironments(const QList<Environment> &environments);
    void setConnection(qsizetype index, const Connection &c);
    void insertConnection(qsizetype index, const Connection &c);
    void removeConnection(qsizetype index);
    void setEndpoint(qsizetype index, const Endpoint &e);
    void insertEndpoint(qsizetype index, const Endpoint &e);
    void removeEndpoint(qsizetype index);
    void setIntegration(qsizetype index, const Integration &i);
    void insertIntegration(qsizetype index, const Integration &i);
    void removeIntegration(qsizetype index);
    void setLookupTables(const QList<LookupTable> &tables);

    /// A fresh id that no item of `part` uses yet, from a name ("Demo CRM" → "demo-crm").
    QString uniqueId(Part part, const QString &name) const;

Q_SIGNALS:
    /// Something in `part` changed; `index` is the item, or -1 when items came or went.
    void changed(patchbay::ui::Document::Part part, qsizetype index);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);

private:
    template <typename T> void setItem(QList<T> &list, Part part, qsizetype index, const T &value);
    template <typename T> void insertItem(QList<T> &list, Part part, qsizetype index, const T &value);
    template <typename T> void removeItem(QList<T> &list, Part part, qsizetype index);

    Project m_project;
    QString m_filePath;
    QUndoStack m_undo;
};

} // namespace patchbay::ui
