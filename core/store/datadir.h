#pragma once

#include "util/result.h"

#include <QString>

class QLockFile;

namespace patchbay {

/// Where the store and the scheduler lock live.
class DataDir
{
public:
    /// `explicitDir` (from --data-dir) if set, else $PATCHBAY_DATA_DIR, else the platform's
    /// application data folder (~/.local/share/patchbay on Linux).
    static QString resolve(const QString &explicitDir = {});

    /// Creates the folder, readable by the user alone (0700), if it is not there yet. An
    /// existing one open to others is limited to the user; one of another user is refused.
    static Result<void> ensure(const QString &dir);
    /// The same serves the folders inside it (locks/, recovery/).

    /// The name of a local socket of the user's Patchbay on this data directory: `patchbay-`,
    /// the purpose and a hash of the folder and the user (the window's single-instance socket
    /// has no purpose; `agent` is where agents' calls ask for a yes).
    static QString socketName(const QString &dir, const QString &purpose = {});

    /// Takes a lock file held while its process lives (the scheduler's, a run's). One left by
    /// a killed process is taken over: its process is gone, it names this process's id (ids
    /// wrap around; QLockFile would take it for ours), or it is empty and older than 2 s (the
    /// process was killed between creating and writing it). False when a live process holds
    /// it; `*pid` and `*host` then say which.
    static bool tryLock(QLockFile *lock, qint64 *pid = nullptr, QString *host = nullptr);
};

} // namespace patchbay
