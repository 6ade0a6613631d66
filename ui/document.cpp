#include "document.h"

#include "importers/openapiimporter.h"
#include "project/projectfile.h"

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

void Document::setProject(const Project &project)
{
    m_project = project;
    Q_EMIT changed(Part::Project, -1);
}

void Document::setProjectFields(const QString &name, const QString &description, const Variables &variables)
{
    m_project.name = name;
    m_project.description = description;
    m_project.variables = variables;
    Q_EMIT changed(Part::Project, -1);
}

void Document::setEnvironments(const QList<Environment> &environments)
{
    m_project.environments = environments;
    Q_EMIT changed(Part::Environments, -1);
}

template <typename T>
void Document::setItem(QList<T> &list, Part part, qsizetype index, const T &value)
{
    list[index] = value;
    Q_EMIT changed(part, index);
}

template <typename T>
void Document::insertItem(QList<T> &list, Part part, qsizetype index, const T &value)
{
    list.insert(index, value);
    Q_EMIT changed(part, -1);
}

template <typename T>
void Document::removeItem(QList<T> &list, Part part, qsizetype index)
{
    list.removeAt(index);
    Q_EMIT changed(part, -1);
}

void Document::setConnection(qsizetype index, const Connection &c) { setItem(m_project.connections, Part::Connections, index, c); }
void Document::insertConnection(qsizetype index, const Connection &c) { insertItem(m_project.connections, Part::Connections, index, c); }
void Document::removeConnection(qsizetype index) { removeItem(m_project.connections, Part::Connections, index); }

void Document::setEndpoint(qsizetype index, const Endpoint &e) { setItem(m_project.endpoints, Part::Endpoints, index, e); }
void Document::insertEndpoint(qsizetype index, const Endpoint &e) { insertItem(m_project.endpoints, Part::Endpoints, index, e); }
void Document::removeEndpoint(qsizetype index) { removeItem(m_project.endpoints, Part::Endpoints, index); }

void Document::setIntegration(qsizetype index, const Integration &i) { setItem(m_project.integrations, Part::Integrations, index, i); }
void Document::insertIntegration(qsizetype index, const Integration &i) { insertItem(m_project.integrations, Part::Integrations, index, i); }
void Document::removeIntegration(qsizetype index) { removeItem(m_project.integrations, Part::Integrations, index); }

void Document::setLookupTables(const QList<LookupTable> &tables)
{
    m_project.lookupTables = tables;
    Q_EMIT changed(Part::LookupTables, -1);
}

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
