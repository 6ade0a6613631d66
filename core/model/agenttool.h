#pragma once

#include <QString>

namespace patchbay {

/// An endpoint or an integration the user lets an AI agent use, through Patchbay's MCP server
/// (docs/agents.md). Only the project's agent tools exist for an agent; nothing else is reachable.
struct AgentTool
{
    QString name;        ///< the tool's name for the agent: letters, digits, _ - . (1–64)
    QString title;       ///< shown to people; "" = the endpoint's or integration's name
    QString description; ///< what it does, in plain words, for the agent
    QString endpoint;    ///< id of the endpoint it sends; or
    QString integration; ///< id of the integration it runs
    /// Each call waits for a person to allow it (the window or the tray asks; the headless server
    /// refuses it unless started with --allow-confirmed). Writes and runs default to asking.
    bool confirm = true;

    bool operator==(const AgentTool &) const = default;
};

} // namespace patchbay
