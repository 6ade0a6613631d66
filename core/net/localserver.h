#pragma once

#include <QString>

class QLocalServer;

namespace patchbay {

/// Starts `server` listening on the local socket `name`, readable and writable by the user
/// alone. A socket file left by a crashed process (no one answers on it) is removed first.
/// False, with `error`, if it cannot listen.
bool listenUserOnly(QLocalServer *server, const QString &name, QString *error = nullptr);

} // namespace patchbay
