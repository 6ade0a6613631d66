#pragma once

#include "model/environment.h"
#include "util/problem.h"
#include "model/project.h"
#include "secrets/secretstore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>
#include <memory>

namespace patchbay::cli {

/// The exit codes of patchbay-cli, documented in the README.
enum Exit : int {
    ExitOk = 0,        ///< done; for `send`, a 2xx reply; for `run`, succeeded
    ExitFailed = 1,    ///< the work failed: a network error, a non-2xx reply, a failed run, …
    ExitUsage = 2,     ///< the command line or the project is wrong; nothing was done
    ExitPaused = 3,    ///< `run`: paused, the source's records changed shape (docs/sync.md)
    ExitCancelled = 130,
};

class Context;

/// One command of patchbay-cli: its name, how it is called and what it does.
struct Command
{
    QString name;     ///< "validate"
    QString synopsis; ///< "validate FILE [--json]"
    QString summary;  ///< one line for the command list
    QString details;  ///< paragraphs for `help COMMAND`
    QList<QCommandLineOption> options;
    int minArgs = 0;
    int maxArgs = 0;
    std::function<int(Context &)> run;
};

/// What a running command gets: its arguments, the global options, the output streams.
class Context
{

public:
    Context(const Command &command, QCommandLineParser &parser, QTextStream &out, QTextStream &err);

    const Command &command() const { return m_command; }
    QCommandLineParser &parser() { return m_parser; }
    QStringList args() const { return m_parser.positionalArguments(); }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }

    QString dataDir() const;
    bool secretsFromEnv() const { return m_parser.isSet(QStringLiteral("secrets-from-env")); }
    std::unique_ptr<SecretStore> secretStore() const;
    /// `--var NAME=VALUE`, in order; a malformed one is reported and makes this return false.
    bool variableOverrides(Variables *out);

    /// Loads a project file. Prints its errors (`FILE: error: path: message`) to stderr and
    /// returns null when it has any; warnings are left to `validate`.
    std::unique_ptr<Project> loadProject(const QString &file);
    void printProblems(QTextStream &s, const QString &file, const Problems &problems);

    /// A project opened for a command that runs it: checked, with --env and --var applied.
    struct Session
    {
        std::unique_ptr<Project> project;
        QString file;
        QString environment;
        Variables overrides;
        std::unique_ptr<SecretStore> secrets;
    };
    /// Loads `file`, checks --env (if the command has it) and --var. On failure prints why,
    /// sets `*exitCode` and returns nullopt.
    std::optional<Session> openSession(const QString &file, int *exitCode);
    /// The endpoint with that id, or prints the ids there are (with a guess) and returns null.
    const Endpoint *findEndpoint(const Project &project, const QString &id);
    /// Reads `keys` from the session's secret store; those in `optional` may be missing.
    /// On failure prints why and returns nullopt.
    std::optional<QHash<QString, QString>> loadSecrets(Session &session, const QStringList &keys,
                                                       const QStringList &optional = {});

    /// Prints "patchbay-cli COMMAND: message" and the synopsis to stderr; returns ExitUsage.
    int usageError(const QString &message);
    /// Prints "patchbay-cli: message" to stderr; returns `code`.
    int fail(const QString &message, int code = ExitFailed);

private:
    const Command &m_command;
    QCommandLineParser &m_parser;
    QTextStream &m_out;
    QTextStream &m_err;
};

/// Runs patchbay-cli with `arguments` (argv, program name first). Returns the exit code.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

const QList<Command> &commands();

/// `--env NAME`, for the commands that run a project.
QCommandLineOption environmentOption();

} // namespace patchbay::cli
