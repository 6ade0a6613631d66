#include "cli.h"

#include "commands.h"
#include "project/projectfile.h"
#include "secrets/envsecretstore.h"
#include "secrets/keychainsecretstore.h"
#include "store/datadir.h"
#include "util/suggest.h"
#include "util/templatevars.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace patchbay::cli {

namespace {

QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(QStringLiteral("data-dir"),
                           QCoreApplication::translate("patchbay::cli", "Where the run history and checkpoints live (default: "
                              "~/.local/share/patchbay, or PATCHBAY_DATA_DIR)."),
                           QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("secrets-from-env"),
                           QCoreApplication::translate("patchbay::cli", "Read secrets from PATCHBAY_SECRET_<CONNECTION>_<FIELD> environment "
                              "variables instead of the system keychain (for servers).")),
        QCommandLineOption(QStringLiteral("var"),
                           QCoreApplication::translate("patchbay::cli", "Set a project variable for this command; repeatable."),
                           QStringLiteral("NAME=VALUE")),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("patchbay::cli", "Show help.")),
        QCommandLineOption(QStringLiteral("version"), QCoreApplication::translate("patchbay::cli", "Show the version.")),
    };
}

const QStringList &optionsWithValue()
{
    static const QStringList names{QStringLiteral("--data-dir"), QStringLiteral("--var")};
    return names;
}

QString optionLine(const QCommandLineOption &o)
{
    QStringList forms;
    for (const QString &n : o.names())
        forms.append(n.size() == 1 ? QStringLiteral("-") + n : QStringLiteral("--") + n);
    QString line = forms.join(QStringLiteral(", "));
    if (!o.valueName().isEmpty())
        line += u' ' + o.valueName();
    return line;
}

void printOptions(QTextStream &s, const QList<QCommandLineOption> &options)
{
    for (const QCommandLineOption &o : options) {
        if (o.flags() & QCommandLineOption::HiddenFromHelp)
            continue;
        s << "  " << optionLine(o).leftJustified(24) << ' ' << o.description() << '\n';
    }
}

void printMainHelp(QTextStream &s)
{
    s << QCoreApplication::translate("patchbay::cli", "Usage: patchbay-cli [global options] COMMAND [arguments]") << "\n\n"
      << QCoreApplication::translate("patchbay::cli", "Patchbay connects web APIs to each other. patchbay-cli runs its projects from "
            "scripts and on servers, without a window.")
      << "\n\n"
      << QCoreApplication::translate("patchbay::cli", "Commands:") << '\n';
    for (const Command &c : commands())
        s << "  " << c.name.leftJustified(24) << ' ' << c.summary << '\n';
    s << "  " << QStringLiteral("help COMMAND").leftJustified(24) << ' '
      << QCoreApplication::translate("patchbay::cli", "Show what a command does and how to call it") << "\n\n"
      << QCoreApplication::translate("patchbay::cli", "Global options:") << '\n';
    printOptions(s, globalOptions());
    s << '\n'
      << QCoreApplication::translate("patchbay::cli", "Exit codes: 0 done, 1 failed (network, a non-2xx reply, a failed run), 2 wrong "
            "command line or project, 130 cancelled.")
      << '\n';
}

void printCommandHelp(QTextStream &s, const Command &c)
{
    s << QCoreApplication::translate("patchbay::cli", "Usage: patchbay-cli %1").arg(c.synopsis) << "\n\n" << c.summary << '\n';
    if (!c.details.isEmpty())
        s << '\n' << c.details << '\n';
    if (!c.options.isEmpty()) {
        s << '\n' << QCoreApplication::translate("patchbay::cli", "Options:") << '\n';
        printOptions(s, c.options);
    }
    s << '\n' << QCoreApplication::translate("patchbay::cli", "Global options:") << '\n';
    printOptions(s, globalOptions());
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

} // namespace

QCommandLineOption environmentOption()
{
    return QCommandLineOption(QStringLiteral("env"),
                              QCoreApplication::translate("patchbay::cli",
                                  "Use the variables of this environment of the project."),
                              QStringLiteral("NAME"));
}

const QList<Command> &commands()
{
    static const QList<Command> list{validateCommand(), formatCommand(), sendCommand(),    curlCommand(),    testCommand(),
                                     loginCommand(),    historyCommand(), mapCommand(),    runCommand(),
                                     runsCommand(),     runLogCommand(),  retryDeadLettersCommand(),
                                     daemonCommand(),   secretCommand(),  auditCommand(),    importCommand(),    exportCommand(),
                                     mcpCommand(),      driftCommand()};
    return list;
}

Context::Context(const Command &command, QCommandLineParser &parser, QTextStream &out, QTextStream &err)
    : m_command(command), m_parser(parser), m_out(out), m_err(err)
{
}

QString Context::dataDir() const
{
    return DataDir::resolve(m_parser.value(QStringLiteral("data-dir")));
}

std::unique_ptr<SecretStore> Context::secretStore() const
{
    if (secretsFromEnv())
        return std::make_unique<EnvSecretStore>();
    bool ok = false;
    const int timeout = qEnvironmentVariableIntValue("PATCHBAY_KEYCHAIN_TIMEOUT_MS", &ok);
    return std::make_unique<KeychainSecretStore>(ok && timeout > 0 ? timeout : 15000);
}

bool Context::variableOverrides(Variables *out)
{
    for (const QString &v : m_parser.values(QStringLiteral("var"))) {
        const qsizetype eq = v.indexOf(u'=');
        const QString name = eq > 0 ? v.left(eq) : QString();
        if (eq <= 0 || !isValidVariableName(name)) {
            usageError(QCoreApplication::translate("patchbay::cli", "--var expects NAME=VALUE with a valid variable name, got \"%1\"").arg(v));
            return false;
        }
        out->append(Variable{name, v.mid(eq + 1), false});
    }
    return true;
}

void Context::printProblems(QTextStream &s, const QString &file, const Problems &problems)
{
    for (const Problem &p : problems) {
        s << file << ": " << (p.isError() ? QCoreApplication::translate("patchbay::cli", "error") : QCoreApplication::translate("patchbay::cli", "warning")) << ": "
          << p.toString() << '\n';
    }
}

std::unique_ptr<Project> Context::loadProject(const QString &file)
{
    ProjectLoad load = ProjectFile::read(file);
    if (!load.ok()) {
        // Only what stops the command; warnings are for `validate`.
        Problems errors;
        for (const Problem &p : std::as_const(load.problems))
            if (p.isError())
                errors.append(p);
        printProblems(m_err, file, errors);
        m_err << file << ": "
              << QCoreApplication::translate("patchbay::cli", "%n error(s), listed above; fix, then try again (patchbay-cli validate %1)", "",
                             int(errors.size())).arg(file)
              << '\n';
        m_err.flush();
        return nullptr;
    }
    m_err.flush();
    return std::move(load.project);
}

std::optional<Context::Session> Context::openSession(const QString &file, int *exitCode)
{
    Session s;
    s.file = file;
    s.project = loadProject(file);
    if (!s.project) {
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    {
        const bool hasEnv = std::any_of(m_command.options.cbegin(), m_command.options.cend(),
                                        [](const QCommandLineOption &o) { return o.names().contains(QStringLiteral("env")); });
        if (hasEnv && m_parser.isSet(QStringLiteral("env"))) {
            s.environment = m_parser.value(QStringLiteral("env"));
            if (!s.project->environment(s.environment)) {
                QStringList names;
                for (const Environment &e : s.project->environments)
                    names.append(e.name);
                *exitCode = usageError(QCoreApplication::translate("patchbay::cli",
                                           "the project has no environment \"%1\"; it has: %2")
                                           .arg(s.environment, names.isEmpty() ? QCoreApplication::translate("patchbay::cli", "none")
                                                                               : names.join(QStringLiteral(", "))));
                return std::nullopt;
            }
        }
    }
    if (!variableOverrides(&s.overrides)) {
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    s.secrets = secretStore();
    return s;
}

const Endpoint *Context::findEndpoint(const Project &project, const QString &id)
{
    if (const Endpoint *e = project.endpoint(id))
        return e;
    QStringList ids;
    for (const Endpoint &e : project.endpoints)
        ids.append(e.id);
    QString message = QCoreApplication::translate("patchbay::cli", "the project has no endpoint \"%1\"").arg(id);
    const QString guess = closestMatch(id, ids);
    if (!guess.isEmpty())
        message += QCoreApplication::translate("patchbay::cli", "; did you mean \"%1\"?").arg(guess);
    else
        message += QCoreApplication::translate("patchbay::cli", "; it has: %1").arg(ids.join(QStringLiteral(", ")));
    usageError(message);
    return nullptr;
}

std::optional<QHash<QString, QString>> Context::loadSecrets(Session &session, const QStringList &keys,
                                                             const QStringList &optional)
{
    QHash<QString, QString> values;
    for (const QString &key : keys) {
        Result<QString> v = session.secrets->readNow(key);
        if (v) {
            values.insert(key, *v);
            continue;
        }
        if (optional.contains(key) && v.error().code == u"secrets.missing")
            continue;
        fail(v.error().message);
        return std::nullopt;
    }
    return values;
}

int Context::usageError(const QString &message)
{
    m_err << "patchbay-cli " << m_command.name << ": " << message << '\n'
          << QCoreApplication::translate("patchbay::cli", "Usage: patchbay-cli %1").arg(m_command.synopsis) << '\n'
          << QCoreApplication::translate("patchbay::cli", "See: patchbay-cli help %1").arg(m_command.name) << '\n';
    m_err.flush();
    return ExitUsage;
}

int Context::fail(const QString &message, int code)
{
    m_err << "patchbay-cli: " << message << '\n';
    m_err.flush();
    return code;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Find the command: the first argument that is neither an option nor an option's value.
    qsizetype commandIndex = -1;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (optionsWithValue().contains(a)) {
            ++i;
            continue;
        }
        if (a == u"--") // everything after is positional
            break;
        if (!a.startsWith(u'-')) {
            commandIndex = i;
            break;
        }
    }

    if (commandIndex < 0) {
        QCommandLineParser parser;
        parser.addOptions(globalOptions());
        if (!parser.parse(arguments)) {
            err << "patchbay-cli: " << parser.errorText() << '\n'
                << QCoreApplication::translate("patchbay::cli", "See: patchbay-cli --help") << '\n';
            return ExitUsage;
        }
        if (parser.isSet(QStringLiteral("version"))) {
            out << "patchbay-cli " << QCoreApplication::applicationVersion() << '\n';
            return ExitOk;
        }
        printMainHelp(parser.isSet(QStringLiteral("help")) ? out : err);
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    }

    const QString name = arguments[commandIndex];
    QStringList rest = arguments;
    rest.removeAt(commandIndex);

    if (name == u"help") {
        const QStringList topics = rest.mid(1).filter(QRegularExpression(QStringLiteral("^[^-]")));
        if (topics.isEmpty()) {
            printMainHelp(out);
            return ExitOk;
        }
        const Command *c = findCommand(topics.first());
        if (!c) {
            err << "patchbay-cli: " << QCoreApplication::translate("patchbay::cli", "there is no command \"%1\"").arg(topics.first()) << '\n';
            return ExitUsage;
        }
        printCommandHelp(out, *c);
        return ExitOk;
    }

    const Command *command = findCommand(name);
    if (!command) {
        QStringList names;
        for (const Command &c : commands())
            names.append(c.name);
        err << "patchbay-cli: " << QCoreApplication::translate("patchbay::cli", "there is no command \"%1\"").arg(name);
        const QString guess = [&] {
            for (const QString &n : names)
                if (n.startsWith(name.left(3)))
                    return n;
            return QString();
        }();
        if (!guess.isEmpty())
            err << QCoreApplication::translate("patchbay::cli", "; did you mean \"%1\"?").arg(guess);
        err << '\n' << QCoreApplication::translate("patchbay::cli", "See: patchbay-cli --help") << '\n';
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.addOptions(globalOptions());
    parser.addOptions(command->options);
    Context context(*command, parser, out, err);
    if (!parser.parse(rest))
        return context.usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printCommandHelp(out, *command);
        return ExitOk;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < command->minArgs)
        return context.usageError(QCoreApplication::translate("patchbay::cli", "missing arguments"));
    if (n > command->maxArgs)
        return context.usageError(
            QCoreApplication::translate("patchbay::cli", "unexpected argument \"%1\"").arg(parser.positionalArguments().at(command->maxArgs)));
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}

} // namespace patchbay::cli
