#include "runstatus.h"

namespace patchbay {

namespace {
constexpr RunStatus All[] = {RunStatus::Running,   RunStatus::Succeeded, RunStatus::Partial,
                             RunStatus::Failed,    RunStatus::Cancelled, RunStatus::Crashed, RunStatus::Paused};
constexpr RunTrigger Triggers[] = {RunTrigger::Manual, RunTrigger::Schedule, RunTrigger::Cli, RunTrigger::Webhook, RunTrigger::Agent};
} // namespace

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Running: return QStringLiteral("running");
    case RunStatus::Succeeded: return QStringLiteral("succeeded");
    case RunStatus::Partial: return QStringLiteral("partial");
    case RunStatus::Failed: return QStringLiteral("failed");
    case RunStatus::Cancelled: return QStringLiteral("cancelled");
    case RunStatus::Crashed: return QStringLiteral("crashed");
    case RunStatus::Paused: return QStringLiteral("paused");
    }
    return QStringLiteral("failed");
}

RunStatus runStatusFromName(QStringView name)
{
    for (RunStatus s : All)
        if (name == runStatusName(s))
            return s;
    return RunStatus::Failed;
}

QString runTriggerName(RunTrigger trigger)
{
    switch (trigger) {
    case RunTrigger::Manual: return QStringLiteral("manual");
    case RunTrigger::Schedule: return QStringLiteral("schedule");
    case RunTrigger::Cli: return QStringLiteral("cli");
    case RunTrigger::Webhook: return QStringLiteral("webhook");
    case RunTrigger::Agent: return QStringLiteral("agent");
    }
    return QStringLiteral("cli");
}

RunTrigger runTriggerFromName(QStringView name)
{
    for (RunTrigger t : Triggers)
        if (name == runTriggerName(t))
            return t;
    return RunTrigger::Cli;
}

} // namespace patchbay
