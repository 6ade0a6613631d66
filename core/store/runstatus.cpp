#include "runstatus.h"

namespace patchbay {

namespace {
constexpr RunStatus All[] = {RunStatus::Running,   RunStatus::Succeeded, RunStatus::Partial,
                             RunStatus::Failed,    RunStatus::Cancelled, RunStatus::Crashed};
constexpr RunTrigger Triggers[] = {RunTrigger::Manual, RunTrigger::Schedule, RunTrigger::Cli, RunTrigger::Webhook};
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
