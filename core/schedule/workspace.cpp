#include "workspace.h"

#include "project/projectfile.h"

#include <QDir>

#include <algorithm>

namespace patchbay {

QList<ScheduledJob> Workspace::jobsOf(const Project &project, const QString &projectFile, QStringList *problems)
{
    QList<ScheduledJob> jobs;
    for (const Integration &in : project.integrations) {
        if (!in.schedule.enabled || in.schedule.cron.isEmpty())
            continue;
        Result<CronExpression> cron = CronExpression::parse(in.schedule.cron);
        if (!cron) {
            if (problems)
                problems->append(projectFile + QStringLiteral(": ") + cron.error().message);
            continue;
        }
        ScheduledJob job;
        job.id = projectFile + u'#' + in.id;
        job.projectFile = projectFile;
        job.projectId = project.id;
        job.integrationId = in.id;
        job.integrationName = in.name;
        job.cron = *cron;
        job.zone = in.schedule.timezone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(in.schedule.timezone.toUtf8());
        jobs.append(job);
    }
    return jobs;
}

namespace {

/// The webhook settings of an integration whose source is a webhook; null for any other.
const WebhookSettings *webhookOf(const Integration &in)
{
    const Node *source = in.firstNode(NodeType::Source);
    return source && source->webhook ? &*source->webhook : nullptr;
}

} // namespace

bool Workspace::hasWebhooks(const Project &project)
{
    return std::any_of(project.integrations.cbegin(), project.integrations.cend(),
                       [](const Integration &in) { return webhookOf(in) != nullptr; });
}

QList<WebhookHook> Workspace::hooksOf(std::shared_ptr<const Project> project, const QString &projectFile,
                                      const QString &environment)
{
    QList<WebhookHook> hooks;
    for (const Integration &in : project->integrations) {
        const WebhookSettings *settings = webhookOf(in);
        if (!settings)
            continue;
        WebhookHook h;
        h.id = projectFile.isEmpty() ? in.id : projectFile + u'#' + in.id;
        h.projectFile = projectFile;
        h.projectId = project->id;
        h.integrationId = in.id;
        h.integrationName = in.name;
        h.settings = *settings;
        h.project = project;
        h.environment = environment;
        hooks.append(h);
    }
    return hooks;
}

Workspace::Scan Workspace::scan(const QString &folder)
{
    Scan s;
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*") + QString::fromLatin1(ProjectFile::Suffix)}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        s.projectFiles.append(path);
        ProjectLoad load = ProjectFile::read(path);
        if (!load.ok()) {
            for (const Problem &p : load.problems)
                if (p.isError())
                    s.problems.append(path + QStringLiteral(": ") + p.toString());
            continue;
        }
        s.jobs += jobsOf(*load.project, path, &s.problems);
        s.hooks += hooksOf(std::shared_ptr<const Project>(std::move(load.project)), path);
    }
    return s;
}

} // namespace patchbay
