#pragma once

#include "model/project.h"
#include "sync/syncrun.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace patchbay {

class SecretStore;
class Store;

/// Starts integration runs and reports on them: the one owner of the runs of a process (the
/// window's "Run now", its tray's schedules, the daemon's). A run is named by a key: the
/// integration's id where one project is open (the window), `file#integration` where a folder of
/// projects is run (the daemon). One run per key at a time; each run writes to the store.
class RunHost : public QObject
{
    Q_OBJECT

public:
    /// The store, opened when first needed: null, with `*error` saying why, when it cannot be.
    using StoreAccess = std::function<Store *(QString *error)>;

    RunHost(QString dataDir, StoreAccess store, SecretStore *secrets, QObject *parent = nullptr);
    ~RunHost() override;

    /// What every run gets besides its trigger and environment (variables given on the command line).
    void setOverrides(Variables overrides) { m_overrides = std::move(overrides); }

    /// Starts a run of `integrationId` of `project`, named `key`
    /// (the integration's id if empty). Returns false (and emits failedToStart) if it cannot
    /// start: no such integration, no store, that key already running.
    bool start(const Project &project, const QString &integrationId, const QString &environment,
               RunTrigger trigger = RunTrigger::Manual, const QString &key = {});
    void cancel(const QString &key);
    /// Cancels every run; each commits what was acknowledged and reports finished.
    void cancelAll();
    bool isRunning(const QString &key) const;
    int runningCount() const { return int(m_runs.size()); }

Q_SIGNALS:
    void started(const QString &key, const QString &name);
    void progress(const QString &key, const patchbay::SyncProgress &progress);
    void finished(const QString &key, const QString &name, const patchbay::SyncSummary &summary);
    void failedToStart(const QString &key, const QString &message);

private:
    QString m_dataDir;
    StoreAccess m_store;
    SecretStore *m_secrets;
    Variables m_overrides;
    QHash<QString, QPointer<SyncRun>> m_runs;
};

} // namespace patchbay
