#pragma once

#include "secrets/secretstore.h"

namespace patchbay {

/// Secrets in the operating system's keychain through QtKeychain (Secret Service on Linux:
/// GNOME Keyring or KWallet). Never falls back to a plaintext file.
class KeychainSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::KeychainSecretStore)

public:
    static constexpr const char *Service = "patchbay";

    explicit KeychainSecretStore(int timeoutMs = 15000) : m_timeoutMs(timeoutMs) {}

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &value, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;
    QString description() const override;

    /// The error for a keychain failure, mapped from QtKeychain's code and text to what the user
    /// can do about it. Public for tests.
    static Error mapError(int keychainError, const QString &text, const QString &key);
    static Error timeoutError(int timeoutMs);

private:
    int m_timeoutMs;
};

} // namespace patchbay
