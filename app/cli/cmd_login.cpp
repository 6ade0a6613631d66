#include "commands.h"

#include "net/oauth2signin.h"
#include "net/requestbuilder.h"

#include <QEventLoop>

namespace patchbay::cli {

namespace {

int login(Context &ctx)
{
    int code = ExitOk;
    std::optional<Context::Session> session = ctx.openSession(ctx.args().at(0), &code);
    if (!session)
        return code;
    const QString connectionId = ctx.args().at(1);
    const Connection *c = session->project->connection(connectionId);
    if (!c)
        return ctx.usageError(QCoreApplication::translate("patchbay::cli", "the project has no connection \"%1\"").arg(connectionId));
    if (c->auth.type != AuthType::OAuth2 || c->auth.grant != OAuth2Grant::AuthorizationCode)
        return ctx.usageError(QCoreApplication::translate("patchbay::cli",
                                  "the connection \"%1\" does not sign in through a browser (it is not OAuth2 "
                                  "with the authorization code grant); store its secret with `secret set`")
                                  .arg(connectionId));
    RequestBuilder builder(*session->project, session->environment, session->overrides);
    QStringList optional;
    const QStringList keys = builder.secretKeys(*c, &optional);
    // The refresh token is what we are about to get; everything else must be there.
    QStringList needed = keys;
    for (const QString &k : optional)
        needed.removeAll(k);
    std::optional<QHash<QString, QString>> secrets = ctx.loadSecrets(*session, needed);
    if (!secrets)
        return ExitFailed;
    builder.setSecrets(*secrets);
    Result<PreparedRequest> probe = builder.buildAdHoc(c, QStringLiteral("GET"), QString(), {}, {}, QString());
    if (!probe)
        return ctx.fail(probe.error().message, ExitUsage);

    OAuth2SignIn signIn(probe->auth, c->name);
    QEventLoop loop;
    int result = ExitFailed;
    QObject::connect(&signIn, &OAuth2SignIn::openBrowser, &loop, [&ctx](const QUrl &url) {
        ctx.out() << QCoreApplication::translate("patchbay::cli", "Open this address in a browser and sign in:") << '\n'
                  << url.toString(QUrl::FullyEncoded) << '\n';
        ctx.out().flush();
    });
    QObject::connect(&signIn, &OAuth2SignIn::failed, &loop, [&](const QString &message) {
        ctx.fail(message);
        loop.quit();
    });
    QObject::connect(&signIn, &OAuth2SignIn::succeeded, &loop,
                     [&](const QString &, qint64, const QString &refreshToken) {
                         if (refreshToken.isEmpty()) {
                             ctx.fail(QCoreApplication::translate("patchbay::cli",
                                          "Signed in, but the server gave no refresh token, so Patchbay "
                                          "cannot stay signed in. Ask for offline access in the scope."));
                         } else if (Result<void> w = session->secrets->writeNow(probe->auth.refreshTokenKey, refreshToken); !w) {
                             ctx.fail(w.error().message);
                         } else {
                             ctx.out() << QCoreApplication::translate("patchbay::cli",
                                              "Signed in to \"%1\"; the refresh token is in %2.")
                                              .arg(c->name, session->secrets->description())
                                       << '\n';
                             result = ExitOk;
                         }
                         loop.quit();
                     });
    bool ok = false;
    const int timeout = ctx.value(QStringLiteral("timeout")).toInt(&ok);
    signIn.start((ok && timeout > 0 ? timeout : 300) * 1000);
    loop.exec();
    return result;
}

} // namespace

Command loginCommand()
{
    Command c;
    c.name = QStringLiteral("login");
    c.synopsis = QStringLiteral("login PROJECT CONNECTION [--timeout SECONDS]");
    c.summary = QCoreApplication::translate("patchbay::cli", "Sign in to an OAuth2 connection in the browser");
    c.details = QCoreApplication::translate("patchbay::cli",
        "For a connection with OAuth2's authorization code grant: prints an address to open in a\n"
        "browser, waits for the sign-in to come back to 127.0.0.1 (PKCE, RFC 8252), and keeps the\n"
        "refresh token in the keychain. Later requests use it to get access tokens.");
    c.options = {environmentOption(),
                 QCommandLineOption(QStringLiteral("timeout"),
                                    QCoreApplication::translate("patchbay::cli", "Give up after this many seconds (300)."),
                                    QStringLiteral("SECONDS"))};
    c.minArgs = 2;
    c.maxArgs = 2;
    c.run = login;
    return c;
}

} // namespace patchbay::cli
