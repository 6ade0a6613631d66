#include "document.h"

#include "importers/openapiimporter.h"
#include "project/projectfile.h"
#include "project/projectvalidator.h"

#include <QFileInfo>

namespace patchbay::ui {

Document::Document(Project project, QString filePath, QObject *parent)
    : QObject(parent), m_project(std::move(project)), m_filePath(std::move(filePath))
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

QString Document::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

Result<void> Document::save()
{
    if (m_filePath.isEmpty())
        return makeError(QStringLiteral("document.no-file"), tr("Choose where to save the project first (Save As)."));
    Result<void> r = ProjectFile::write(m_project, m_filePath);
    if (r)
        m_undo.setClean();
    return r;
}

Result<void> Document::saveAs(const QString &filePath)
{
    Result<void> r = ProjectFile::write(m_project, filePath);
    if (!r)
        return r;
    m_filePath = filePath;
    m_undo.setClean();
    Q_EMIT filePathChanged(m_filePath);
    return r;
}

const Problems &Document::problems() const
{
    if (!m_problems)
        m_problems = validateProject(m_project);
    return *m_problems;
}

void Document::changedPart(Part part, qsizetype index)
{
    m_problems.reset();
    Q_EMIT changed(part, index);
}

void Document::setProject(const Project &project)
{
    m_project = project;
    changedPart(Part::Project, -1);
}

void Document::setEnvironments(const QList<Environment> &environments)
{
    m_project.environments = environments;
    changedPart(Part::Environments, -1);
}

void Document::setAgentTools(const QList<AgentTool> &tools)
{
    m_project.agentTools = tools;
    changedPart(Part::AgentTools, -1);
}

void Document::setLookupTables(const QList<LookupTable> &tables)
{
    m_project.lookupTables = tables;
    changedPart(Part::LookupTables, -1);
}

template <> QList<Connection> &Document::list() { return m_project.connections; }
template <> QList<Endpoint> &Document::list() { return m_project.endpoints; }
template <> QList<Integration> &Document::list() { return m_project.integrations; }

template <typename T>
void Document::setItem(const QString &id, const T &value)
{
    const qsizetype index = Project::indexOf(list<T>(), id);
    Q_ASSERT(index >= 0);
    if (index < 0)
        return;
    list<T>()[index] = value;
    changedPart(partOf<T>(), index);
}

template <typename T>
void Document::insertItem(qsizetype index, const T &value)
{
    list<T>().insert(std::clamp<qsizetype>(index, 0, list<T>().size()), value);
    changedPart(partOf<T>(), -1);
}

template <typename T>
void Document::removeItem(const QString &id)
{
    const qsizetype index = Project::indexOf(list<T>(), id);
    Q_ASSERT(index >= 0);
    if (index < 0)
        return;
    list<T>().removeAt(index);
    changedPart(partOf<T>(), -1);
}

template void Document::setItem(const QString &, const Connection &);
template void Document::setItem(const QString &, const Endpoint &);
template void Document::setItem(const QString &, const Integration &);
template void Document::insertItem(qsizetype, const Connection &);
template void Document::insertItem(qsizetype, const Endpoint &);
template void Document::insertItem(qsizetype, const Integration &);
template void Document::removeItem<Connection>(const QString &);
template void Document::removeItem<Endpoint>(const QString &);
template void Document::removeItem<Integration>(const QString &);

QString Document::uniqueId(Part part, const QString &name) const
{
    return makeId(name, [&](const QString &id) {
        switch (part) {
        case Part::Connections: return m_project.connection(id) != nullptr;
        case Part::Endpoints: return m_project.endpoint(id) != nullptr;
        case Part::Integrations: return m_project.integration(id) != nullptr;
        default: return false;
        }
    });
}

} // namespace patchbay::ui
