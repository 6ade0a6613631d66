#include "commands.h"

#include "expr/recordpipeline.h"
#include "terminal.h"
#include "util/jsonstream.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace patchbay::cli {

namespace {

/// Buffered writes to a FILE*; reports a failed write (a full disk, a closed pipe) once.
class Output
{
public:
    explicit Output(std::FILE *f) : m_file(f) { m_buffer.reserve(1 << 20); }
    void write(const std::string &line)
    {
        m_buffer += line;
        m_buffer += '\n';
        if (m_buffer.size() >= (1 << 20))
            flush();
    }
    bool flush()
    {
        if (!m_buffer.empty() && std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size())
            m_failed = true;
        m_buffer.clear();
        return !m_failed && std::fflush(m_file) == 0;
    }
    bool failed() const { return m_failed; }

private:
    std::FILE *m_file;
    std::string m_buffer;
    bool m_failed = false;
};

int map(Context &ctx)
{
    int code = ExitOk;
    std::optional<Context::Session> session = ctx.openSession(ctx.args().at(0), &code);
    if (!session)
        return code;
    const Project &project = *session->project;
    const QString integrationId = ctx.args().at(1);
    const Integration *integration = project.integration(integrationId);
    if (!integration) {
        QStringList ids;
        for (const Integration &i : project.integrations)
            ids.append(i.id);
        return ctx.usageError(QCoreApplication::translate("patchbay::cli", "the project has no integration \"%1\"; it has: %2").arg(integrationId, ids.join(QStringLiteral(", "))));
    }
    Problems problems;
    const RecordPipeline pipeline = RecordPipeline::compile(project, *integration, &problems);
    if (!pipeline.isValid()) {
        ctx.printProblems(ctx.err(), session->file, problems);
        ctx.err().flush();
        return ExitUsage;
    }

    const QString inName = ctx.isSet(QStringLiteral("in")) ? ctx.value(QStringLiteral("in")) : QStringLiteral("-");
    const QString outName = ctx.isSet(QStringLiteral("out")) ? ctx.value(QStringLiteral("out")) : QStringLiteral("-");
    std::FILE *in = inName == u"-" ? stdin : std::fopen(inName.toLocal8Bit().constData(), "rb");
    if (!in)
        return ctx.fail(QCoreApplication::translate("patchbay::cli", "cannot read %1: %2").arg(inName, QString::fromLocal8Bit(std::strerror(errno))), ExitUsage);
    std::FILE *outFile = outName == u"-" ? stdout : std::fopen(outName.toLocal8Bit().constData(), "wb");
    if (!outFile) {
        if (in != stdin)
            std::fclose(in);
        return ctx.fail(QCoreApplication::translate("patchbay::cli", "cannot write %1: %2").arg(outName, QString::fromLocal8Bit(std::strerror(errno))), ExitUsage);
    }

    Output out(outFile);
    qint64 mapped = 0;
    qint64 filtered = 0;
    qint64 failed = 0;
    const FormulaEnvironment &env = pipeline.environment();
    QTextStream &err = ctx.err();
    const bool readOk = JsonRecordStream::read(
        in,
        [&](Json &&record, qint64 number) {
            const RecordPipeline::Outcome o = pipeline.process(record, env);
            switch (o.status) {
            case RecordPipeline::Outcome::Status::Mapped:
                ++mapped;
                out.write(o.output.dump(-1, ' ', false, Json::error_handler_t::replace));
                break;
            case RecordPipeline::Outcome::Status::FilteredOut:
                ++filtered;
                break;
            case RecordPipeline::Outcome::Status::Failed:
                ++failed;
                for (const QString &e : o.errors())
                    err << QCoreApplication::translate("patchbay::cli", "record %1, %2").arg(number).arg(e) << '\n';
                break;
            }
            return !out.failed();
        },
        [&](qint64 number, const QString &message) {
            if (number > 0) {
                ++failed;
                err << QCoreApplication::translate("patchbay::cli", "record %1: %2").arg(number).arg(message) << '\n';
            } else {
                err << "patchbay-cli: " << inName << ": " << message << '\n';
            }
        });
    const bool written = out.flush();
    if (in != stdin)
        std::fclose(in);
    if (outFile != stdout && std::fclose(outFile) != 0)
        return ctx.fail(QCoreApplication::translate("patchbay::cli", "cannot finish writing %1 (is the disk full?)").arg(outName));
    if (!written)
        return ctx.fail(QCoreApplication::translate("patchbay::cli", "cannot write the output to %1 (is the disk full, or the reader gone?)").arg(outName));
    if (stderrIsTerminal() || ctx.isSet(QStringLiteral("summary")))
        err << QCoreApplication::translate("patchbay::cli", "%1 mapped, %2 filtered out, %3 failed").arg(mapped).arg(filtered).arg(failed) << '\n';
    err.flush();
    if (!readOk)
        return ExitFailed;
    return failed > 0 ? ExitFailed : ExitOk;
}

} // namespace

Command mapCommand()
{
    Command c;
    c.name = QStringLiteral("map");
    c.synopsis = QStringLiteral("map PROJECT INTEGRATION [--in FILE|-] [--out FILE|-] [--summary]");
    c.summary = QCoreApplication::translate("patchbay::cli", "Run an integration's filter and mapping over records from a file");
    c.details = QCoreApplication::translate("patchbay::cli", 
        "Reads records — a JSON array, or JSON Lines (one record a line) — from --in (default:\n"
        "standard input), runs the integration's filter and map nodes over each, and writes one\n"
        "mapped record a line to --out (default: standard output). Records are read one at a\n"
        "time, so memory stays flat whatever the size.\n\n"
        "A record that fails is reported on stderr as \"record N, field F: message\" and the\n"
        "others go on. Exit code: 0 all mapped (or filtered out), 1 some failed, 2 a wrong command\n"
        "line, project or formula.");
    c.options = {QCommandLineOption(QStringLiteral("in"), QCoreApplication::translate("patchbay::cli", "Read records from FILE ('-': standard input)."), QStringLiteral("FILE")),
                 QCommandLineOption(QStringLiteral("out"), QCoreApplication::translate("patchbay::cli", "Write mapped records to FILE ('-': standard output)."), QStringLiteral("FILE")),
                 QCommandLineOption(QStringLiteral("summary"), QCoreApplication::translate("patchbay::cli", "Print the counts at the end (always on a terminal)."))};
    c.minArgs = 2;
    c.maxArgs = 2;
    c.run = map;
    return c;
}

} // namespace patchbay::cli
