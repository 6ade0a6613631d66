#include "envsecretstore.h"

#include <QMetaObject>

namespace patchbay {

void EnvSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    const QString name = SecretKeys::environmentVariable(key);
    Result<QString> result = qEnvironmentVariableIsSet(name.toLatin1().constData())
        ? Result<QString>(qEnvironmentVariable(name.toLatin1().constData()))
        : Result<QString>(makeError(QStringLiteral("secrets.missing"),
                                    tr("No secret for %1: the environment variable %2 is not set "
                                       "(--secrets-from-env reads secrets from the environment).")
                                        .arg(key, name),
                                    key));
    QMetaObject::invokeMethod(context, [done, result] { done(result); }, Qt::QueuedConnection);
}

void EnvSecretStore::write(const QString &key, const QString &, QObject *context, DoneCallback done)
{
    const Error error = makeError(QStringLiteral("secrets.read-only"),
                                  tr("Secrets cannot be stored while they come from environment "
                                     "variables (--secrets-from-env); set %1 in the environment "
                                     "of the process instead.")
                                      .arg(SecretKeys::environmentVariable(key)),
                                  key);
    QMetaObject::invokeMethod(context, [done, error] { done(error); }, Qt::QueuedConnection);
}

void EnvSecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    write(key, QString(), context, std::move(done));
}

QString EnvSecretStore::description() const
{
    return tr("environment variables");
}

} // namespace patchbay
