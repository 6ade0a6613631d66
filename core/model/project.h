#pragma once

#include "agenttool.h"
#include "connection.h"
#include "endpoint.h"
#include "environment.h"
#include "integration.h"
#include "lookuptable.h"

#include <QList>
#include <QString>

namespace patchbay {

/// Everything one `*.patchbay.json` file holds. A value type: copy it, compare it, save it.
struct Project
{
    /// The project file format this build reads and writes.
    static constexpr int FormatVersion = 1;

    QString id;
    QString name;
    QString description;
    Variables variables;          ///< defaults, overridden by the active environment
    QList<Environment> environments;
    QList<Connection> connections;
    QList<Endpoint> endpoints;
    QList<Integration> integrations;
    QList<LookupTable> lookupTables;
    QList<AgentTool> agentTools; ///< what an AI agent may use over MCP (docs/agents.md)
    /// Shared JSON Schemas by name, that endpoints' schemas refer to with `{"$ref":
    /// "#/schemas/<name>"}` (model/schemafields.h reads through them). An object, maybe empty.
    Json schemas = Json::object();

    const Connection *connection(const QString &id) const { return findById(connections, id); }
    const Endpoint *endpoint(const QString &id) const { return findById(endpoints, id); }
    const Integration *integration(const QString &id) const { return findById(integrations, id); }
    const Environment *environment(const QString &name) const
    {
        for (const Environment &e : environments)
            if (e.name == name)
                return &e;
        return nullptr;
    }
    const AgentTool *agentTool(const QString &name) const
    {
        for (const AgentTool &t : agentTools)
            if (t.name == name)
                return &t;
        return nullptr;
    }
    const LookupTable *lookupTable(const QString &name) const
    {
        for (const LookupTable &t : lookupTables)
            if (t.name == name)
                return &t;
        return nullptr;
    }

    bool operator==(const Project &) const = default;

    /// Where the item with this id is in one of the lists (what the edit commands take); -1 if
    /// it is not there.
    template<typename T>
    static qsizetype indexOf(const QList<T> &list, const QString &id)
    {
        for (qsizetype i = 0; i < list.size(); ++i)
            if (list[i].id == id)
                return i;
        return -1;
    }

private:
    template<typename T>
    static const T *findById(const QList<T> &list, const QString &id)
    {
        const qsizetype i = indexOf(list, id);
        return i < 0 ? nullptr : &list[i];
    }
};

} // namespace patchbay
