#pragma once

#include <QString>
#include <QStringView>

namespace patchbay {

/// How a run stands or ended. The store keeps it by name (`runs.status`), `run --json` and the
/// daemon's log say the name; the window says it in words (RunsModel::statusText).
enum class RunStatus { Running, Succeeded, Partial, Failed, Cancelled, Crashed, Paused };

/// "running", "succeeded", "partial", "failed", "cancelled", "crashed", "paused".
QString runStatusName(RunStatus status);
/// From its name; a name this version does not know is `Failed` (the user looks at it).
RunStatus runStatusFromName(QStringView name);
/// What started a run; kept by name (`runs.trigger`) like the status.
enum class RunTrigger { Manual, Schedule, Cli, Webhook, Agent };

/// "manual", "schedule", "cli", "webhook", "agent".
QString runTriggerName(RunTrigger trigger);
/// From its name; a name this version does not know is `Cli`.
RunTrigger runTriggerFromName(QStringView name);

/// Failed, partial, crashed or paused: something the user should look at.
inline bool endedBadly(RunStatus status)
{
    return status == RunStatus::Failed || status == RunStatus::Partial || status == RunStatus::Crashed ||
           status == RunStatus::Paused;
}

} // namespace patchbay
