#pragma once

#include "cli.h"

namespace patchbay::cli {

/// A sentence of the commands, translated (context "patchbay::cli", as lupdate finds it).
inline QString tr(const char *text)
{
    return QCoreApplication::translate("patchbay::cli", text);
}

// One function per command file; cli.cpp lists them in the order `--help` shows them.
Command validateCommand();
Command secretCommand();
Command auditCommand();
Command formatCommand();
Command sendCommand();
Command curlCommand();
Command testCommand();
Command loginCommand();
Command historyCommand();
Command mapCommand();
Command runCommand();
Command runsCommand();
Command runLogCommand();
Command retryDeadLettersCommand();
Command daemonCommand();
Command importCommand();
Command exportCommand();
Command mcpCommand();
Command driftCommand();

} // namespace patchbay::cli
