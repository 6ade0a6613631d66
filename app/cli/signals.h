#pragma once

#include <QObject>

#include <functional>

namespace patchbay::cli {

/// Calls `handler` in the event loop when SIGINT (Ctrl-C) or SIGTERM arrives (a self-pipe: the
/// signal handler itself only writes a byte). A second signal while the first is being handled
/// ends the process at once with 130.
void onTerminationSignal(QObject *context, std::function<void()> handler);

} // namespace patchbay::cli
