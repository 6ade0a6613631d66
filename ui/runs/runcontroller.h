#pragma once

#include "model/project.h"
#include "sync/syncrun.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace patchbay::ui {

class Services;

/// Starts integration runs in the app (from "Run now", the tray and the schedules) and reports
/// on them. One run per integration at a time; the run writes to the store like the CLI's.
class RunController : public QObject
{
    Q_OBJECT

public:
    explicit RunController(Services *services, QObject *parent = nullptr);
    ~RunController() override;

    /// Starts a run of `integrationId` of `project` ("manual" or "schedule"). Returns false (and
    /// emits failedToStart) if it cannot start: no store, already running.
    bool start(const Project &project, const QString &integrationId, const QString &environment,
               const QString &trigger = QStringLiteral("manual"));
    void cancel(const QString &integrationId);
    void cancelAll();
    bool isRunning(const QString &integrationId) const;
    int runningCount() const { return int(m_runs.size()); }

Q_SIGNALS:
    void started(const QString &integrationId, const QString &name);
    void progress(const QString &integrationId, const patchbay::SyncProgress &progress);
    void finished(const QString &integrationId, const QString &name, const patchbay::SyncSummary &summary);
    void failedToStart(const QString &integrationId, const QString &message);

private:
    Services *m_services;
    QHash<QString, QPointer<SyncRun>> m_runs;
};

} // namespace patchbay::ui
