#pragma once

#include "model/project.h"
#include "util/problem.h"
#include "util/result.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace patchbay::ui {

/// An open project as the window edits it: the project, its file, its undo stack and whether it
/// changed since it was saved. Every edit goes through a command on the undo stack; commands
/// call the setters here, which emit fine-grained signals that the views follow.
class Document : public QObject
{
    Q_OBJECT

public:
    enum class Part { Project, Environments, Connections, Endpoints, Integrations, LookupTables, AgentTools };
    Q_ENUM(Part)

    explicit Document(Project project, QString filePath = {}, QObject *parent = nullptr);

    const Project &project() const { return m_project; }
    const QString &filePath() const { return m_filePath; }
    QUndoStack *undoStack() { return &m_undo; }
    bool isModified() const { return !m_undo.isClean(); }
    /// The name a window shows: the file name, or "Untitled".
    QString displayName() const;
    /// What validateProject finds in the project, worked out once after each change (the
    /// Problems list and the canvas's badges show the same).
    const Problems &problems() const;

    Result<void> save();
    Result<void> saveAs(const QString &filePath);

    // Used by the commands; anything else edits through the undo stack.
    /// Replaces everything (restoring autosaved changes).
    void setProject(const Project &project);
    void setEnvironments(const QList<Environment> &environments);
    void setLookupTables(const QList<LookupTable> &tables);
    void setAgentTools(const QList<AgentTool> &tools);
    /// Connections, endpoints and integrations, addressed by id (an item's place in its list
    /// changes when another one before it goes): `value` may bring a new id.
    template <typename T> void setItem(const QString &id, const T &value);
    template <typename T> void insertItem(qsizetype index, const T &value);
    template <typename T> void removeItem(const QString &id);
    /// The list of connections, endpoints or integrations.
    template <typename T> const QList<T> &items() const;
    template <typename T> static Part partOf();

    /// A fresh id that no item of `part` uses yet, from a name ("Demo CRM" → "demo-crm").
    QString uniqueId(Part part, const QString &name) const;

Q_SIGNALS:
    /// Something in `part` changed; `index` is the item, or -1 when items came or went.
    void changed(patchbay::ui::Document::Part part, qsizetype index);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);

private:
    template <typename T> QList<T> &list();
    /// After every change: the problems are worked out anew, then the views hear of it.
    void changedPart(Part part, qsizetype index);

    Project m_project;
    QString m_filePath;
    QUndoStack m_undo;
    mutable std::optional<Problems> m_problems;
};

template <> inline const QList<Connection> &Document::items() const { return m_project.connections; }
template <> inline const QList<Endpoint> &Document::items() const { return m_project.endpoints; }
template <> inline const QList<Integration> &Document::items() const { return m_project.integrations; }
template <> inline Document::Part Document::partOf<Connection>() { return Part::Connections; }
template <> inline Document::Part Document::partOf<Endpoint>() { return Part::Endpoints; }
template <> inline Document::Part Document::partOf<Integration>() { return Part::Integrations; }

} // namespace patchbay::ui
