#include "runhost.h"

namespace patchbay {

RunHost::RunHost(QString dataDir, StoreAccess store, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_store(std::move(store)), m_secrets(secrets)
{
    qRegisterMetaType<patchbay::SyncProgress>();
    qRegisterMetaType<patchbay::SyncSummary>();
}

RunHost::~RunHost()
{
    cancelAll();
}

bool RunHost::isRunning(const QString &key) const { return m_runs.value(key) != nullptr; }

bool RunHost::start(const Project &project, const QString &integrationId, const QString &environment,
                    RunTrigger trigger, const QString &key)
{
    const QString runKey = key.isEmpty() ? integrationId : key;
    const Integration *in = project.integration(integrationId);
    if (!in) {
        Q_EMIT failedToStart(runKey, tr("The project has no integration \"%1\".").arg(integrationId));
        return false;
    }
    if (isRunning(runKey)) {
        Q_EMIT failedToStart(runKey, tr("“%1” is already running.").arg(in->name));
        return false;
    }
    QString storeError;
    Store *store = m_store(&storeError);
    if (!store) {
        Q_EMIT failedToStart(runKey, tr("Runs are kept in %1, which cannot be opened: %2").arg(m_dataDir, storeError));
        return false;
    }
    SyncOptions options;
    options.trigger = trigger;
    options.environment = environment;
    options.overrides = m_overrides;
    options.dataDir = m_dataDir;
    auto *run = new SyncRun(project, integrationId, store, m_secrets, options, this);
    m_runs.insert(runKey, run);
    const QString name = in->name;
    connect(run, &SyncRun::progress, this, [this, runKey](const SyncProgress &p) { Q_EMIT progress(runKey, p); });
    connect(run, &SyncRun::finished, this, [this, run, runKey, name](const SyncSummary &s) {
        m_runs.remove(runKey);
        run->deleteLater();
        Q_EMIT finished(runKey, name, s);
    });
    Q_EMIT started(runKey, name);
    run->start();
    return true;
}

void RunHost::cancel(const QString &key)
{
    if (SyncRun *run = m_runs.value(key))
        run->cancel();
}

void RunHost::cancelAll()
{
    const auto runs = m_runs.values(); // a run may say finished() at once, and leave m_runs
    for (const QPointer<SyncRun> &run : runs)
        if (run)
            run->cancel();
}

} // namespace patchbay
