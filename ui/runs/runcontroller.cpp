#include "runcontroller.h"

#include "ui/services.h"

namespace patchbay::ui {

RunController::RunController(Services *services, QObject *parent) : QObject(parent), m_services(services)
{
    qRegisterMetaType<patchbay::SyncProgress>();
    qRegisterMetaType<patchbay::SyncSummary>();
}

RunController::~RunController()
{
    cancelAll();
}

bool RunController::isRunning(const QString &integrationId) const { return m_runs.value(integrationId) != nullptr; }

bool RunController::start(const Project &project, const QString &integrationId, const QString &environment,
                          const QString &trigger)
{
    const Integration *in = project.integration(integrationId);
    if (!in) {
        Q_EMIT failedToStart(integrationId, tr("The project has no integration \"%1\".").arg(integrationId));
        return false;
    }
    if (isRunning(integrationId)) {
        Q_EMIT failedToStart(integrationId, tr("“%1” is already running.").arg(in->name));
        return false;
    }
    Store *store = m_services->store();
    if (!store) {
        Q_EMIT failedToStart(integrationId, tr("Runs are kept in %1, which cannot be opened: %2")
                                                .arg(m_services->dataDir(), m_services->storeError()));
        return false;
    }
    SyncOptions options;
    options.trigger = trigger;
    options.environment = environment;
    options.dataDir = m_services->dataDir();
    auto *run = new SyncRun(project, integrationId, store, m_services->secrets(), options, this);
    m_runs.insert(integrationId, run);
    const QString name = in->name;
    connect(run, &SyncRun::progress, this,
            [this, integrationId](const SyncProgress &p) { Q_EMIT progress(integrationId, p); });
    connect(run, &SyncRun::finished, this, [this, run, integrationId, name](const SyncSummary &s) {
        m_runs.remove(integrationId);
        run->deleteLater();
        Q_EMIT finished(integrationId, name, s);
    });
    Q_EMIT started(integrationId, name);
    run->start();
    return true;
}

void RunController::cancel(const QString &integrationId)
{
    if (SyncRun *run = m_runs.value(integrationId))
        run->cancel();
}

void RunController::cancelAll()
{
    const auto runs = m_runs.values(); // a run may say finished() at once, and leave m_runs
    for (const QPointer<SyncRun> &run : runs)
        if (run)
            run->cancel();
}

} // namespace patchbay::ui
