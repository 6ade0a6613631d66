#include "commands.h"

#include "agent/confirmationchannel.h"
#include "agent/mcpserver.h"
#include "project/projectfile.h"
#include "signals.h"
#include "store/store.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <unistd.h>

namespace patchbay::cli {

namespace {

/// Writes all of `bytes` to a file descriptor (stdout: protocol messages only).
bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

int mcp(Context &ctx)
{
    int code = ExitOk;
    std::optional<Context::Session> session = ctx.openSession(ctx.args().at(0), &code);
    if (!session)
        return code;
    auto store = Store::open(ctx.dataDir());
    if (!store)
        return ctx.fail(store.error().message); // every call is an audit entry: no store, no calls

    McpServer::Options options;
    options.environment = session->environment;
    options.overrides = session->overrides;
    options.dataDir = ctx.dataDir();
    QObject asking; // the window's answers arrive while it lives
    if (ctx.isSet(QStringLiteral("allow-confirmed")))
        options.confirm = [](const McpServer::Confirmation &, const McpServer::Answer &answer) { answer(McpServer::Verdict::Allowed); };
    else
        options.confirm = [dir = ctx.dataDir(), &asking](const McpServer::Confirmation &question, McpServer::Answer answer) {
            ConfirmationChannel::ask(dir, question, &asking, std::move(answer));
        };
    McpServer server(*session->project, session->secrets.get(), store->get(), options);
    QTextStream &err = ctx.err();
    QObject::connect(&server, &McpServer::log, &server, [&err](const QString &line) {
        err << "patchbay-cli mcp: " << line << '\n';
        err.flush();
    });
    QEventLoop loop;
    bool stdoutGone = false;
    QObject::connect(&server, &McpServer::message, &server, [&](const QByteArray &json) {
        if (!stdoutGone && !writeAll(STDOUT_FILENO, json + '\n')) {
            stdoutGone = true; // the client went away: nothing more to say
            loop.quit();
        }
    });

    // The project file saved again: its tools from now on (a client hears list_changed).
    QFileSystemWatcher watcher;
    const QString file = QFileInfo(session->file).absoluteFilePath();
    watcher.addPath(file);
    QTimer reload;
    reload.setSingleShot(true);
    reload.setInterval(200); // an editor writes a file in steps
    QObject::connect(&watcher, &QFileSystemWatcher::fileChanged, &reload, qOverload<>(&QTimer::start));
    QObject::connect(&reload, &QTimer::timeout, &server, [&] {
        if (!watcher.files().contains(file))
            watcher.addPath(file); // saved by replacing it
        ProjectLoad load = ProjectFile::read(file);
        if (!load.project || hasErrors(load.problems)) {
            err << "patchbay-cli mcp: " << tr("%1 changed but has errors; the tools stay as they were:").arg(file) << '\n';
            ctx.printProblems(err, file, load.problems);
            err.flush();
            return;
        }
        server.setProject(*load.project);
    });

    // stdin, one message a line; at its end, the calls in flight are answered first.
    QByteArray buffer;
    bool inputEnded = false;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &server, [&] {
        char chunk[65536];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            return;
        if (n <= 0) {
            input.setEnabled(false);
            inputEnded = true;
            if (!buffer.trimmed().isEmpty())
                server.receive(std::exchange(buffer, {}));
            if (server.callsInFlight() == 0)
                loop.quit();
            return;
        }
        buffer.append(chunk, n);
        qsizetype from = 0;
        for (qsizetype nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n', from)) {
            const QByteArray line = buffer.sliced(from, nl - from).trimmed();
            from = nl + 1;
            if (!line.isEmpty())
                server.receive(line);
        }
        buffer.remove(0, from);
    });
    QObject::connect(&server, &McpServer::idle, &loop, [&] {
        if (inputEnded)
            loop.quit();
    });
    onTerminationSignal(&server, [&] { loop.quit(); });
    const int tools = int(server.toolList().at("tools").size()); // (not in the translate call: lupdate 6.4 hangs on it)
    err << "patchbay-cli mcp: " << QCoreApplication::translate("patchbay::cli", "serving %n tool(s) of %1 on stdin/stdout", "", tools).arg(file)
        << '\n';
    err.flush();
    loop.exec();
    return ExitOk;
}

} // namespace

Command mcpCommand()
{
    Command c;
    c.name = QStringLiteral("mcp");
    c.synopsis = QStringLiteral("mcp PROJECT [--env NAME] [--var NAME=VALUE]... [--allow-confirmed]");
    c.summary = tr("Serve the project's agent tools to an AI agent (MCP over stdio)");
    c.details = tr(
        "Runs a Model Context Protocol server on stdin and stdout for an AI agent's client: the\n"
        "project's agent tools (its \"agentTools\": chosen endpoints and integrations) and nothing\n"
        "else. One JSON-RPC message a line; stdout carries only protocol messages, the log goes\n"
        "to stderr. Secrets come from the keychain (or the environment with --secrets-from-env)\n"
        "and never appear in what the agent sees. Every call is an entry in the audit trail.\n\n"
        "A tool marked \"confirm\" needs a person's yes: the Patchbay window open on the same\n"
        "data directory asks \"Allow\" or \"Deny\". With no window open it is refused, unless\n"
        "--allow-confirmed is given. When the project file is saved again, the client is told\n"
        "that the tools changed. The server ends when stdin ends.\n\n"
        "See docs/agents.md for connecting a client.");
    c.options = {environmentOption(),
                 QCommandLineOption(QStringLiteral("allow-confirmed"),
                                    tr("Run the tools that need confirmation without asking anyone."))};
    c.minArgs = 1;
    c.maxArgs = 1;
    c.run = mcp;
    return c;
}

} // namespace patchbay::cli
