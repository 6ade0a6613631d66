#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QObject>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace patchbay {

/// Where a project's secrets are kept. Keys are `<project id>/<owner>/<field>`, where the owner is
/// a connection id, `@project` or `@env.<environment>` (see SecretKeys).
///
/// Every call ends — with the value, or with an error that says what to do — within the store's
/// timeout: a locked keyring may wait forever on a password prompt no one can see.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::SecretStore)

public:
    using ReadCallback = std::function<void(Result<QString>)>;
    using DoneCallback = std::function<void(Result<void>)>;

    virtual ~SecretStore() = default;

    /// Asynchronous forms: the callback runs once, in `context`'s thread, unless `context` is
    /// destroyed first.
    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context,
                       DoneCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, DoneCallback done) = 0;

    using ReadAllCallback = std::function<void(Result<QHash<QString, QString>>)>;
    /// Reads `keys` one after the other without blocking; those in `optional` may be missing.
    /// Calls back once with all values, or with the first error.
    void readAll(const QStringList &keys, const QStringList &optional, QObject *context, ReadAllCallback done);

    /// Blocking forms for the CLI and worker threads (they spin a local event loop; never call
    /// them from the GUI thread).
    Result<QString> readNow(const QString &key);
    Result<void> writeNow(const QString &key, const QString &value);
    Result<void> removeNow(const QString &key);

    /// Human name of the backend for messages: "the system keychain", "environment variables".
    virtual QString description() const = 0;
};

/// The naming of secret keys, in one place.
namespace SecretKeys {
QString connectionField(const QString &projectId, const QString &connectionId, const QString &field);
/// `environment` empty: a project-level variable.
QString variable(const QString &projectId, const QString &environment, const QString &name);
/// PATCHBAY_SECRET_<CONNECTION>_<FIELD> (or PATCHBAY_SECRET_VAR_<NAME> for a variable): the
/// environment variable that --secrets-from-env reads for `key`.
QString environmentVariable(const QString &key);
} // namespace SecretKeys

} // namespace patchbay
