#include "commands.h"

#include "net/curl.h"
#include "net/httpclient.h"
#include "net/requestbuilder.h"
#include "net/requesthistory.h"
#include "store/store.h"
#include "terminal.h"
#include "util/fastjson.h"
#include "util/printable.h"

namespace patchbay::cli {

namespace {

QString humanSize(qint64 bytes)
{
    if (bytes < 1024)
        return QCoreApplication::translate("patchbay::cli", "%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QCoreApplication::translate("patchbay::cli", "%1 kB").arg(double(bytes) / 1024, 0, 'f', 1);
    return QCoreApplication::translate("patchbay::cli", "%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
}

/// The request of `send` and `curl`: project, endpoint, environment, variables, secrets.
struct Prepared
{
    Context::Session session;
    PreparedRequest request;
};

std::optional<Prepared> prepare(Context &ctx, bool needSecrets, int *code)
{
    std::optional<Context::Session> session = ctx.openSession(ctx.args().at(0), code);
    if (!session)
        return std::nullopt;
    const Endpoint *endpoint = ctx.findEndpoint(*session->project, ctx.args().at(1));
    if (!endpoint) {
        *code = ExitUsage;
        return std::nullopt;
    }
    RequestBuilder builder(*session->project, session->environment, session->overrides);
    QStringList optional;
    const QStringList keys = builder.secretKeys(*endpoint, &optional);
    if (needSecrets) {
        std::optional<QHash<QString, QString>> secrets = ctx.loadSecrets(*session, keys, optional);
        if (!secrets) {
            *code = ExitFailed;
            return std::nullopt;
        }
        builder.setSecrets(*secrets);
    } else {
        // Not shown anyway: stand-ins that the output masks.
        QHash<QString, QString> standIns;
        for (const QString &k : keys)
            standIns.insert(k, QStringLiteral("patchbay-secret-") + k);
        builder.setSecrets(standIns);
    }
    Result<PreparedRequest> request = builder.build(*endpoint);
    if (!request) {
        *code = ctx.fail(request.error().message, ExitUsage);
        return std::nullopt;
    }
    return Prepared{std::move(*session), std::move(*request)};
}

int send(Context &ctx)
{
    int code = ExitOk;
    std::optional<Prepared> p = prepare(ctx, true, &code);
    if (!p)
        return code;
    PreparedRequest &request = p->request;
    request.expectJson = false;

    HttpClient client;
    client.setSecretStore(p->session.secrets.get());
    if (ctx.isSet(QStringLiteral("verbose")))
        QObject::connect(&client, &HttpClient::log, &client, [&ctx](const QString &line) {
            ctx.err() << "* " << line << '\n';
            ctx.err().flush();
        });
    const HttpResult result = client.sendAndWait(request);
    // An OAuth2 access token the exchange fetched is masked like the connection's own secrets.
    const Redactor redactor = request.redactor.withSecrets(result.secretsUsed);

    // Every request sent by hand goes into the history, redacted.
    if (auto store = Store::open(ctx.dataDir()); store) {
        if (Result<qint64> r = requestHistory::record(**store, requestHistory::entryFor(request, result, p->session.project->id)); !r)
            ctx.err() << "patchbay-cli: " << QCoreApplication::translate("patchbay::cli", "warning: the request was not added to the history: ") << r.error().message << '\n';
    } else {
        ctx.err() << "patchbay-cli: " << QCoreApplication::translate("patchbay::cli", "warning: the request was not added to the history: ") << store.error().message << '\n';
    }

    const HeaderList headers = redactor.redactHeaders(result.headers);
    const QByteArray body = redactor.redact(result.body);
    // simdjson's parser, bounded in depth: a reply nested 100,000 deep is shown as text.
    const std::optional<Json> parsedBody = body.isEmpty() ? std::nullopt : fastjson::parse(body);
    const bool isJson = parsedBody.has_value();
    const Json parsed = isJson ? *parsedBody : Json();
    // Bodies that are not UTF-8 are shown with replacement characters rather than refused.
    auto dumped = [](const Json &j) { return toQString(j.dump(2, ' ', false, Json::error_handler_t::replace)); };

    if (ctx.isSet(QStringLiteral("json"))) {
        Json out = Json::object();
        out["url"] = toStdString(redactor.redactUrl(result.url.isEmpty() ? request.url : result.url));
        out["method"] = request.method.toStdString();
        out["status"] = result.status;
        out["reason"] = result.reason.toStdString();
        Json hs = Json::array();
        for (const auto &h : headers)
            hs.push_back(Json{{"name", h.first.toStdString()}, {"value", h.second.toStdString()}});
        out["headers"] = hs;
        out["body"] = isJson ? Json(parsed) : Json(body.toStdString());
        out["duration_ms"] = result.durationMs;
        out["attempts"] = result.attempts;
        out["size"] = result.body.size();
        if (result.error != NetError::None)
            out["error"] = toStdString(result.errorMessage);
        ctx.out() << dumped(out) << '\n';
        return result.ok() ? ExitOk : ExitFailed;
    }

    if (result.status > 0) {
        ctx.out() << "HTTP/1.1 " << result.status << ' ' << printable(QString::fromLatin1(result.reason), false) << '\n';
        for (const auto &h : headers)
            ctx.out() << printable(QString::fromUtf8(h.first), false) << ": " << printable(QString::fromUtf8(h.second), false) << '\n';
        ctx.out() << '\n';
        // Server text on a terminal never as codes the terminal would obey.
        const bool terminal = stdoutIsTerminal();
        if (isJson)
            ctx.out() << dumped(parsed) << '\n';
        else if (!body.isEmpty())
            ctx.out() << (terminal ? printable(QString::fromUtf8(body)) : QString::fromUtf8(body)) << (body.endsWith('\n') ? "" : "\n");
        ctx.out().flush();
    }
    if (!result.ok()) {
        ctx.err() << "patchbay-cli: " << result.errorMessage << '\n';
        return ExitFailed;
    }
    ctx.err() << QStringLiteral("%1 %2 · %3 ms · %4 · %5")
                     .arg(result.status)
                     .arg(QString::fromLatin1(result.reason))
                     .arg(result.durationMs)
                     .arg(humanSize(result.body.size()))
                     .arg(QCoreApplication::translate("patchbay::cli", "%n attempt(s)", "", result.attempts))
              << '\n';
    return ExitOk;
}

int curl(Context &ctx)
{
    const bool reveal = ctx.isSet(QStringLiteral("reveal"));
    int code = ExitOk;
    std::optional<Prepared> p = prepare(ctx, reveal, &code);
    if (!p)
        return code;
    ctx.out() << toCurl(p->request, reveal) << '\n';
    return ExitOk;
}

} // namespace

Command sendCommand()
{
    Command c;
    c.name = QStringLiteral("send");
    c.synopsis = QStringLiteral("send PROJECT ENDPOINT [--env NAME] [--var NAME=VALUE]... [--json] [--verbose]");
    c.summary = QCoreApplication::translate("patchbay::cli", "Send an endpoint's request and show the reply");
    c.details = QCoreApplication::translate("patchbay::cli", 
        "Builds the request of ENDPOINT from PROJECT (variables from --var, the environment and\n"
        "the project; secrets from the keychain, or the environment with --secrets-from-env),\n"
        "sends it with the connection's auth, retries and rate limit, and prints the status\n"
        "line, the headers and the body (pretty-printed when it is JSON). Secrets are masked as\n"
        "•••• everywhere, and the request is added to the history, masked too.\n\n"
        "--json prints one object: url, method, status, reason, headers, body, duration_ms,\n"
        "attempts, size (and error).\n\n"
        "Exit code: 0 for a 2xx reply, 1 for any other status or a network failure, 2 for a\n"
        "wrong command line or project.");
    c.options = {environmentOption(),
                 QCommandLineOption(QStringLiteral("json"), QCoreApplication::translate("patchbay::cli", "Print the reply as one JSON object.")),
                 QCommandLineOption({QStringLiteral("v"), QStringLiteral("verbose")},
                                    QCoreApplication::translate("patchbay::cli", "Show each attempt, wait and redirect on stderr."))};
    c.minArgs = 2;
    c.maxArgs = 2;
    c.run = send;
    return c;
}

Command curlCommand()
{
    Command c;
    c.name = QStringLiteral("curl");
    c.synopsis = QStringLiteral("curl PROJECT ENDPOINT [--env NAME] [--var NAME=VALUE]... [--reveal]");
    c.summary = QCoreApplication::translate("patchbay::cli", "Print an endpoint's request as a cURL command");
    c.details = QCoreApplication::translate("patchbay::cli", 
        "Prints the request that `send` would send, as a cURL command for a shell. Credentials\n"
        "and secret values are masked as •••• unless --reveal is given (then they are read from\n"
        "the keychain, and the command holds them in clear: do not paste it where others see it).");
    c.options = {environmentOption(),
                 QCommandLineOption(QStringLiteral("reveal"), QCoreApplication::translate("patchbay::cli", "Show the secrets in clear."))};
    c.minArgs = 2;
    c.maxArgs = 2;
    c.run = curl;
    return c;
}

} // namespace patchbay::cli
