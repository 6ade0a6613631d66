#include "commands.h"

#include "model/names.h"
#include "terminal.h"

namespace patchbay::cli {

namespace {

/// The secret fields that a connection's auth type uses.
QStringList secretFields(const Connection &c)
{
    switch (c.auth.type) {
    case AuthType::None:
        return {};
    case AuthType::ApiKey:
        return {QStringLiteral("key")};
    case AuthType::Bearer:
        return {QStringLiteral("token")};
    case AuthType::Basic:
        return {QStringLiteral("password")};
    case AuthType::OAuth2:
        return {QStringLiteral("clientSecret"), QStringLiteral("refreshToken")};
    }
    return {};
}

int secret(Context &ctx)
{
    const QStringList args = ctx.args();
    const QString action = args.at(0);
    if (action != u"set" && action != u"delete")
        return ctx.usageError(QCoreApplication::translate("patchbay::cli", "unknown action \"%1\"; expected set or delete").arg(action));
    if (args.size() != 4)
        return ctx.usageError(QCoreApplication::translate("patchbay::cli", "expected %1 PROJECT CONNECTION FIELD").arg(action));
    const QString file = args.at(1);
    const QString connectionId = args.at(2);
    const QString field = args.at(3);

    std::unique_ptr<Project> project = ctx.loadProject(file);
    if (!project)
        return ExitUsage;
    const Connection *connection = project->connection(connectionId);
    if (!connection) {
        QStringList ids;
        for (const Connection &c : project->connections)
            ids.append(c.id);
        return ctx.usageError(QCoreApplication::translate("patchbay::cli", "the project has no connection \"%1\"; it has: %2")
                                  .arg(connectionId, ids.join(QStringLiteral(", "))));
    }
    const QStringList fields = secretFields(*connection);
    if (!fields.contains(field)) {
        const QString type = names::of(connection->auth.type, names::authTypes());
        if (fields.isEmpty())
            return ctx.usageError(QCoreApplication::translate("patchbay::cli", "the connection \"%1\" uses auth type %2, which has "
                                              "no secrets")
                                      .arg(connectionId, type));
        return ctx.usageError(QCoreApplication::translate("patchbay::cli", "\"%1\" is not a secret of the connection \"%2\" (auth "
                                          "type %3); its secret fields are: %4")
                                  .arg(field, connectionId, type, fields.join(QStringLiteral(", "))));
    }
    const QString key = SecretKeys::connectionField(project->id, connectionId, field);
    std::unique_ptr<SecretStore> store = ctx.secretStore();

    if (action == u"delete") {
        if (Result<void> r = store->removeNow(key); !r)
            return ctx.fail(r.error().message);
        ctx.out() << QCoreApplication::translate("patchbay::cli", "Deleted the secret %1 from %2.").arg(key, store->description()) << '\n';
        return ExitOk;
    }

    const QString value = readSecretFromStdin(
        QCoreApplication::translate("patchbay::cli", "Value of %1 for the connection \"%2\" (not shown):").arg(field, connection->name));
    if (value.isEmpty())
        return ctx.usageError(QCoreApplication::translate("patchbay::cli", "no value on standard input; pipe it in, e.g. "
                                          "`printf %s \"$TOKEN\" | patchbay-cli secret set …`"));
    if (Result<void> r = store->writeNow(key, value); !r)
        return ctx.fail(r.error().message);
    ctx.out() << QCoreApplication::translate("patchbay::cli", "Stored the secret %1 in %2.").arg(key, store->description()) << '\n';
    return ExitOk;
}

} // namespace

Command secretCommand()
{
    Command c;
    c.name = QStringLiteral("secret");
    c.synopsis = QStringLiteral("secret set|delete PROJECT CONNECTION FIELD");
    c.summary = QCoreApplication::translate("patchbay::cli", "Store or delete a connection's secret in the system keychain");
    c.details = QCoreApplication::translate("patchbay::cli", 
        "set reads the value from standard input — never from the command line, where other\n"
        "users could see it in the process list — and stores it in the system keychain under\n"
        "the key PROJECT-ID/CONNECTION/FIELD. delete removes it.\n\n"
        "FIELD is the secret of the connection's auth type: key (apiKey), token (bearer),\n"
        "password (basic), clientSecret or refreshToken (oauth2).\n\n"
        "Example: printf %s \"$CRM_TOKEN\" | patchbay-cli secret set demo.patchbay.json crm token");
    c.minArgs = 1;
    c.maxArgs = 4;
    c.run = secret;
    return c;
}

} // namespace patchbay::cli
