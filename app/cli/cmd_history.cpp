#include "commands.h"

#include "net/requesthistory.h"

namespace patchbay::cli {

namespace {

int history(Context &ctx)
{
    auto store = Store::open(ctx.dataDir());
    if (!store)
        return ctx.fail(store.error().message);
    bool ok = false;
    int limit = ctx.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        limit = 20;
    Result<QList<RequestHistoryEntry>> entries = requestHistory::recent(**store, limit);
    if (!entries)
        return ctx.fail(entries.error().message);
    if (ctx.isSet(QStringLiteral("json"))) {
        Json out = Json::array();
        for (const RequestHistoryEntry &e : *entries) {
            Json headers = Json::array();
            for (const auto &h : e.requestHeaders)
                headers.push_back(Json{{"name", h.first.toStdString()}, {"value", h.second.toStdString()}});
            out.push_back(Json{{"id", e.id},
                               {"at", toStdString(Store::timestamp(e.at))},
                               {"project", toStdString(e.projectId)},
                               {"endpoint", toStdString(e.endpointId)},
                               {"method", toStdString(e.method)},
                               {"url", toStdString(e.url)},
                               {"headers", headers},
                               {"body", e.requestBody.toStdString()},
                               {"status", e.status},
                               {"duration_ms", e.durationMs},
                               {"size", e.responseSize},
                               {"error", toStdString(e.error)}});
        }
        ctx.out() << toQString(out.dump(2)) << '\n';
        return ExitOk;
    }
    for (const RequestHistoryEntry &e : *entries) {
        ctx.out() << e.at.toLocalTime().toString(Qt::ISODate) << "  "
                  << (e.status > 0 ? QString::number(e.status) : QStringLiteral("---")) << "  "
                  << e.method << ' ' << e.url << "  " << e.durationMs << " ms";
        if (!e.error.isEmpty() && e.status == 0)
            ctx.out() << "  " << e.error;
        ctx.out() << '\n';
    }
    return ExitOk;
}

} // namespace

Command historyCommand()
{
    Command c;
    c.name = QStringLiteral("history");
    c.synopsis = QStringLiteral("history [--limit N] [--json]");
    c.summary = QCoreApplication::translate("patchbay::cli", "List the requests sent by hand, newest first");
    c.details = QCoreApplication::translate("patchbay::cli",
        "Shows the request history of the data directory: time, status, method, URL and duration.\n"
        "Secrets were masked before anything was stored.");
    c.options = {QCommandLineOption(QStringLiteral("limit"), QCoreApplication::translate("patchbay::cli", "How many (20)."), QStringLiteral("N")),
                 QCommandLineOption(QStringLiteral("json"), QCoreApplication::translate("patchbay::cli", "Print JSON."))};
    c.maxArgs = 0;
    c.run = history;
    return c;
}

} // namespace patchbay::cli
