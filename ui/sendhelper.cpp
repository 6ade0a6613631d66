#include "sendhelper.h"

#include "services.h"
#include "util/templatevars.h"
#include "util/printable.h"

#include <QNetworkReply>

namespace patchbay::ui {

void prepareRequest(Services *services, const Project &project, const QString &environment,
                    const QString &connectionId, const QStringList &templates,
                    std::function<Result<PreparedRequest>(const RequestBuilder &, const Connection *)> build,
                    QObject *context, std::function<void(Result<PreparedRequest>)> done)
{
    auto snapshot = std::make_shared<Project>(project);
    const Connection *connection = snapshot->connection(connectionId);
    QStringList keys;
    QStringList optional;
    {
        RequestBuilder probe(*snapshot, environment, {});
        if (connection)
            keys = probe.secretKeys(*connection, &optional);
        // secret environment variables the request may use
        QStringList names;
        for (const QString &t : templates)
            names += templateVariables(t);
        for (const QString &k : probe.scope().secretKeys(names))
            if (!keys.contains(k))
                keys.append(k);
    }
    services->secrets()->readAll(
        keys, optional, context,
        [snapshot, environment, connectionId, build = std::move(build), done = std::move(done)](
            Result<QHash<QString, QString>> secrets) {
            if (!secrets)
                return done(secrets.error());
            RequestBuilder builder(*snapshot, environment, {});
            builder.setSecrets(*secrets);
            Result<PreparedRequest> r = build(builder, snapshot->connection(connectionId));
            done(std::move(r));
        });
}

QString outcomeTitle(const HttpResult &result)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("patchbay::ui::Send", s); };
    switch (result.error) {
    case NetError::None:
    case NetError::Http: {
        const QString reason = result.reason.isEmpty()
                                   ? QString()
                                   : u' ' + printable(QString::fromLatin1(result.reason), false);
        return QString::number(result.status) + reason;
    }
    case NetError::ConnectionRefused: return tr("Connection refused");
    case NetError::HostNotFound: return tr("Server not found");
    case NetError::Timeout: return tr("Timed out");
    case NetError::Cancelled: return tr("Cancelled");
    case NetError::Tls: return tr("Not secure (TLS)");
    case NetError::ConnectionReset: return tr("Connection reset");
    case NetError::TooLarge: return tr("Reply too large");
    case NetError::RateLimited: return tr("Rate limited");
    case NetError::Auth: return tr("Sign-in failed");
    case NetError::Malformed: return tr("Not JSON");
    case NetError::TooDeep: return tr("Nested too deep");
    case NetError::Redirect: return tr("Redirect refused");
    case NetError::Network: return tr("Network error");
    case NetError::Unsafe: return tr("Not sent (unsafe header)");
    }
    return tr("Failed");
}

} // namespace patchbay::ui
