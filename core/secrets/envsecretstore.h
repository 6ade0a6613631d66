#pragma once

#include "secrets/secretstore.h"

namespace patchbay {

/// Secrets from environment variables, for headless servers without a keychain — an explicit
/// opt-in (`--secrets-from-env`). Read-only: a server's secrets come from its deployment.
class EnvSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::EnvSecretStore)

public:
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &value, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;
    QString description() const override;
};

} // namespace patchbay
