#pragma once

#include "model/project.h"

#include "util/problem.h"
#include "schedule/scheduler.h"

#include <QCoreApplication>
#include <QStringList>

namespace patchbay {

/// A folder of projects. Reading it gives the enabled schedules of every valid project in it,
/// and the problems of those that could not be read (they are skipped, not fatal).
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::Workspace)

public:
    struct Scan
    {
        QList<ScheduledJob> jobs;
        QStringList projectFiles;
        QStringList problems; ///< "file: path: message"
    };
    static Scan scan(const QString &folder);
    /// The enabled schedules of one project; a schedule that cannot be read is a problem.
    static QList<ScheduledJob> jobsOf(const Project &project, const QString &projectFile, QStringList *problems);
};

} // namespace patchbay

Q_DECLARE_METATYPE(patchbay::Workspace::Scan)
