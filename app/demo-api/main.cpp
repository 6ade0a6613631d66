// patchbay-demo-api: the local demo API of the demo workspace, the tests and the benchmarks.

#include "demoapi.h"
#include "net/httpserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>

using namespace patchbay::demo;
using patchbay::HttpRequest;
using patchbay::HttpServer;

int main(int argc, char *argv[])
{
    std::signal(SIGPIPE, SIG_IGN);
    // Qt's own event loop, not GLib's: fewer system calls per request served.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("patchbay-demo-api"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PATCHBAY_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "A local demo API for Patchbay: a CRM serving customers (GET /customers, bearer token) and a\n"
        "mailing list taking contacts (POST /contacts, POST /contacts/batch, X-Api-Key), an OAuth2\n"
        "server (/oauth/token, /oauth/authorize with PKCE), fault injection, and GET /_stats.\n"
        "Also a payments API shaped like Stripe's (GET /v1/charges, bearer token) and a CRM shaped like\n"
        "Salesforce's (/services/data/v60.0/query and sobjects/Contact, OAuth2 client credentials);\n"
        "GET /_admin/contacts lists its contacts.\n"
        "Listens on 127.0.0.1 only, unless --bind says otherwise. Prints\n"
        "\"listening on http://127.0.0.1:PORT\" as its first line."));
    p.addHelpOption();
    p.addVersionOption();
    auto opt = [&](const char *name, const char *description, const char *valueName = nullptr,
                   const char *fallback = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(description));
        if (valueName) {
            o.setValueName(QString::fromLatin1(valueName));
            if (fallback)
                o.setDefaultValue(QString::fromLatin1(fallback));
        }
        p.addOption(o);
    };
    opt("port", "Port to listen on; 0 picks a free one.", "PORT", "8787");
    opt("bind", "Address to listen on (default 127.0.0.1; anything else exposes the demo API to the network).", "ADDR", "127.0.0.1");
    opt("customers", "How many customers the CRM serves.", "N", "1000");
    opt("payments", "How many charges the payments API (GET /v1/charges) serves; about a third as many people pay.", "N", "300");
    opt("payers", "How many people pay the charges (0: a third as many as --payments).", "N", "0");
    opt("drift-after", "Customers after the first K (by id) change shape: email_address becomes emailAddress, address.city an object (0: never).", "K", "0");
    opt("require-after", "After K contacts received, the mailing list also requires a \"country\" on each new one (0: never).", "K", "0");
    opt("contacts", "How many contacts the Salesforce-like CRM starts with: from the middle of the payers on, so that some payers are contacts and some are not.", "N", "100");
    opt("seed", "Seed of the generated customers (the same seed gives the same customers).", "S", "1");
    opt("token", "Bearer token the CRM accepts (empty: no auth).", "T", "demo-token");
    opt("api-key", "API key the mailing list accepts in X-Api-Key or ?api_key= (empty: no auth).", "K", "demo-key");
    opt("basic-user", "User name the CRM also accepts with HTTP Basic auth.", "USER");
    opt("basic-password", "Password for --basic-user.", "PASSWORD");
    opt("pagination", "How /customers pages: page, offset, cursor, after (Stripe's starting_after), link or next.", "STYLE", "page");
    opt("page-size", "Default page size.", "N", "100");
    opt("max-page-size", "The largest page a request may ask for (per_page or limit).", "N", "1000");
    opt("order", "Order of the customers updated_since= selects: updated (oldest change first) or id.", "ORDER", "updated");
    opt("client-id", "OAuth2 client id.", "ID", "demo-client");
    opt("client-secret", "OAuth2 client secret (client credentials grant).", "SECRET", "demo-secret");
    opt("token-value", "Issue this text as every OAuth2 access token (to test how clients treat a hostile token server).", "TEXT");
    opt("token-ttl", "Lifetime of issued OAuth2 access tokens, in seconds.", "S", "3600");
    opt("token-real-ttl", "Make access tokens die after S seconds while still claiming --token-ttl (to test a token that expires early).", "S", "0");
    opt("faults-on", "Where faults apply: source, target or all.", "WHERE", "all");
    opt("fail-every", "Answer every K-th data request with 500.", "K", "0");
    opt("rate-limit-every", "Answer every K-th data request with 429.", "K", "0");
    opt("retry-after", "Retry-After of those 429s: seconds, any text, 'date:+S' for an HTTP date S seconds ahead, or 'none'.", "S", "1");
    opt("reset-every", "Close the connection mid-body on every K-th data request.", "K", "0");
    opt("malformed-every", "Truncate the JSON of every K-th data reply.", "K", "0");
    opt("latency-ms", "Delay every reply by L milliseconds.", "L", "0");
    opt("rate-limit", "Answer 429 beyond R data requests per second.", "R", "0");
    opt("quiet-rate-limit", "With --rate-limit: refuse with a Retry-After only, without the X-RateLimit-* headers that say the budget is spent (as many APIs do).");
    opt("max-in-flight", "Answer 429 (without Retry-After) while N data requests are being served (with --latency-ms), as Stripe's concurrency limiter does.", "N", "0");
    opt("outage-after", "From the N-th data request on, answer every data request with 503 for --outage-s seconds (the service is down), then serve again.", "N", "0");
    opt("outage-s", "How long the outage of --outage-after lasts, in seconds.", "S", "10");
    opt("slow-query-every", "Answer every K-th query of the Salesforce-like CRM --slow-ms later (lookups that come back out of order).", "K", "0");
    opt("slow-ms", "How much later, for --slow-query-every.", "MS", "300");
    opt("dump", "Print the customers (--customers, --seed) to standard output as a JSON array or JSON Lines, and exit.", "array|jsonl");
    opt("tls-cert", "Serve HTTPS with this certificate (PEM).", "FILE");
    opt("tls-key", "The certificate's private key (PEM, RSA).", "FILE");
    p.process(app);

    DemoOptions o;
    o.customers = p.value(QStringLiteral("customers")).toInt();
    o.seed = p.value(QStringLiteral("seed")).toULongLong();
    o.payments = p.value(QStringLiteral("payments")).toInt();
    o.contacts = p.value(QStringLiteral("contacts")).toInt();
    o.driftAfter = std::max(0, p.value(QStringLiteral("drift-after")).toInt());
    o.requireAfter = std::max(0, p.value(QStringLiteral("require-after")).toInt());
    o.payers = std::max(0, p.value(QStringLiteral("payers")).toInt());
    o.token = p.value(QStringLiteral("token"));
    o.apiKey = p.value(QStringLiteral("api-key"));
    o.basicUser = p.value(QStringLiteral("basic-user"));
    o.basicPassword = p.value(QStringLiteral("basic-password"));
    o.pagination = p.value(QStringLiteral("pagination"));
    o.pageSize = p.value(QStringLiteral("page-size")).toInt();
    o.orderById = p.value(QStringLiteral("order")) == u"id";
    o.maxPageSize = std::max(1, p.value(QStringLiteral("max-page-size")).toInt());
    o.clientId = p.value(QStringLiteral("client-id"));
    o.clientSecret = p.value(QStringLiteral("client-secret"));
    o.tokenTtlS = p.value(QStringLiteral("token-ttl")).toInt();
    o.tokenValue = p.value(QStringLiteral("token-value"));
    o.tokenRealTtlS = p.value(QStringLiteral("token-real-ttl")).toInt();
    o.faultsOn = p.value(QStringLiteral("faults-on"));
    o.failEvery = p.value(QStringLiteral("fail-every")).toInt();
    o.rateLimitEvery = p.value(QStringLiteral("rate-limit-every")).toInt();
    o.retryAfter = p.value(QStringLiteral("retry-after"));
    o.resetEvery = p.value(QStringLiteral("reset-every")).toInt();
    o.malformedEvery = p.value(QStringLiteral("malformed-every")).toInt();
    o.latencyMs = p.value(QStringLiteral("latency-ms")).toInt();
    o.rateLimit = p.value(QStringLiteral("rate-limit")).toDouble();
    o.quietRateLimit = p.isSet(QStringLiteral("quiet-rate-limit"));
    o.maxInFlight = p.value(QStringLiteral("max-in-flight")).toInt();
    o.outageAfter = p.value(QStringLiteral("outage-after")).toInt();
    o.outageS = p.value(QStringLiteral("outage-s")).toDouble();
    o.slowQueryEvery = p.value(QStringLiteral("slow-query-every")).toInt();
    o.slowMs = p.value(QStringLiteral("slow-ms")).toInt();

    QTextStream err(stderr);
    const QStringList styles{QStringLiteral("page"), QStringLiteral("offset"), QStringLiteral("cursor"),
                             QStringLiteral("after"), QStringLiteral("link"), QStringLiteral("next")};
    if (!styles.contains(o.pagination)) {
        err << "patchbay-demo-api: --pagination must be one of " << styles.join(QStringLiteral(", ")) << '\n';
        return 2;
    }
    if (const QString order = p.value(QStringLiteral("order")); order != u"updated" && order != u"id") {
        err << "patchbay-demo-api: --order must be updated or id\n";
        return 2;
    }
    if (o.customers < 0 || o.pageSize < 1 || o.payments < 0 || o.contacts < 0) {
        err << "patchbay-demo-api: --customers, --payments and --contacts must be >= 0 and --page-size >= 1\n";
        return 2;
    }

    if (p.isSet(QStringLiteral("dump"))) {
        const QString form = p.value(QStringLiteral("dump"));
        if (form != u"array" && form != u"jsonl") {
            err << "patchbay-demo-api: --dump takes array or jsonl\n";
            return 2;
        }
        DemoApi source(o);
        source.dump(stdout, form == u"array");
        return 0;
    }

    DemoApi api(o);
    HttpServer server(HttpServer::Handler([&api](const HttpRequest &r) { return api.handle(r); }));
    QString error;
    if (p.isSet(QStringLiteral("tls-cert")) &&
        !server.setTls(p.value(QStringLiteral("tls-cert")), p.value(QStringLiteral("tls-key")), &error)) {
        err << "patchbay-demo-api: " << error << '\n';
        return 2;
    }
    const QHostAddress address(p.value(QStringLiteral("bind")));
    if (address.isNull()) {
        err << "patchbay-demo-api: --bind needs an IP address\n";
        return 2;
    }
    if (!server.listen(address, quint16(p.value(QStringLiteral("port")).toUInt()), &error)) {
        err << "patchbay-demo-api: cannot listen on " << address.toString() << ':'
            << p.value(QStringLiteral("port")) << ": " << error << '\n';
        return 1;
    }
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString();
    const QString base = QStringLiteral("%1://%2:%3").arg(server.scheme(), host).arg(server.port());
    api.setBaseUrl(base);
    std::printf("listening on %s\n", base.toUtf8().constData());
    std::fflush(stdout);
    if (!address.isLoopback())
        err << "patchbay-demo-api: warning: listening on " << address.toString()
            << ", reachable from the network\n";
    err.flush();
    return QCoreApplication::exec();
}
