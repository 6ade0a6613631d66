#pragma once

#include "model/project.h"

#include "util/problem.h"
#include "schedule/scheduler.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace patchbay {

/// An integration whose source is a webhook, as the listener answers it.
struct WebhookHook
{
    QString id;          ///< the run key: "<project file>#<integration id>", or the integration's id in the window
    QString projectFile;
    QString projectId;
    QString integrationId;
    QString integrationName;
    WebhookSettings settings;
    std::shared_ptr<const Project> project; ///< for its secret variables and its runs
    QString environment;

    /// "/hooks/<project id>/<integration id>"
    QString path() const { return QStringLiteral("/hooks/%1/%2").arg(projectId, integrationId); }
};

/// A folder of projects. Reading it gives the enabled schedules of every valid project in it,
/// and the problems of those that could not be read (they are skipped, not fatal).
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::Workspace)

public:
    struct Scan
    {
        QList<ScheduledJob> jobs;
        QList<WebhookHook> hooks;
        QStringList projectFiles;
        QStringList problems; ///< "file: path: message"
    };
    static Scan scan(const QString &folder);
    /// The enabled schedules of one project; a schedule that cannot be read is a problem.
    static QList<ScheduledJob> jobsOf(const Project &project, const QString &projectFile, QStringList *problems);
    /// The webhooks of one project; `id` names each `projectFile#integration`, or the
    /// integration alone when `projectFile` is empty (the project open in the window).
    /// Whether an integration of `project` has a webhook for a source.
    static bool hasWebhooks(const Project &project);
    static QList<WebhookHook> hooksOf(std::shared_ptr<const Project> project, const QString &projectFile,
                                      const QString &environment = {});
};

} // namespace patchbay

Q_DECLARE_METATYPE(patchbay::Workspace::Scan)
