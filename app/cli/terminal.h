#pragma once

#include <QString>

namespace patchbay::cli {

bool stdinIsTerminal();
bool stdoutIsTerminal();
bool stderrIsTerminal();

/// Reads all of standard input as UTF-8 (a secret piped in), without the final line break.
/// When stdin is a terminal, shows `prompt` on stderr and reads one line with echo turned off.
QString readSecretFromStdin(const QString &prompt);

} // namespace patchbay::cli
