#pragma once

#include "model/environment.h"
#include "model/problem.h"
#include "model/project.h"
#include "secrets/secretstore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace patchbay::cli {

/// The exit codes of patchbay-cli, documented in the README.
enum Exit : int {
    ExitOk = 0,        ///< done; for `send`, a 2xx reply; for `run`, succeeded
    ExitFailed = 1,    ///< the work failed: a network error, a non-2xx reply, a failed run, …
    ExitUsage = 2,     ///< the command line or the project is wrong; nothing was done
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

    /// Loads a project file. Prints its problems (`FILE: error: path: message`) to stderr and
    /// returns null when it has errors; warnings are printed and the project returned.
    std::unique_ptr<Project> loadProject(const QString &file);
    void printProblems(QTextStream &s, const QString &file, const Problems &problems);

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

} // namespace patchbay::cli
