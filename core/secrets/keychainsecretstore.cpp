#include "keychainsecretstore.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace patchbay {

namespace {

/// Runs a QtKeychain job with a timeout; `finish` gets the job when it ends in time.
void runJob(QKeychain::Job *job, QObject *context, int timeoutMs,
            std::function<void(QKeychain::Job *)> finish, std::function<void()> timedOut)
{
    auto done = std::make_shared<bool>(false);
    job->setAutoDelete(true); // a job that never returns is left to itself, not waited for
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context, [done, finish](QKeychain::Job *j) {
        if (*done)
            return;
        *done = true;
        finish(j);
    });
    QTimer::singleShot(timeoutMs, context, [done, timedOut] {
        if (*done)
            return;
        *done = true;
        timedOut();
    });
    job->start();
}

} // namespace

Error KeychainSecretStore::timeoutError(int timeoutMs)
{
    return makeError(QStringLiteral("secrets.timeout"),
                     tr("The system keychain did not answer within %1 s. It may be locked and "
                        "waiting for its password in a window you cannot see. Unlock it (log in "
                        "to your desktop session, or run `gnome-keyring-daemon --unlock`) and try "
                        "again.")
                         .arg(timeoutMs / 1000.0));
}

Error KeychainSecretStore::mapError(int keychainError, const QString &text, const QString &key)
{
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        return makeError(QStringLiteral("secrets.missing"),
                         tr("No secret is stored for %1 yet. Enter it in the connection editor, "
                            "or store it with `patchbay-cli secret set`.")
                             .arg(key),
                         key);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return makeError(QStringLiteral("secrets.denied"),
                         tr("The system keychain refused access to %1 (%2). Unlock the keychain "
                            "and allow Patchbay to use it, then try again.")
                             .arg(key, text),
                         key);
    case QKeychain::NotImplemented:
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    // QtKeychain reports a missing Secret Service as OtherError with texts such as "Cannot
    // autolaunch D-Bus without X11 $DISPLAY", "The name org.freedesktop.secrets was not provided
    // by any .service files" or "Object does not exist at path …/collection/login".
    static const char *const unavailableHints[] = {
        "autolaunch", "org.freedesktop.secrets", "Object does not exist", "D-Bus", "DBus",
        "No such interface", "not provided by any", "kwallet", "No keychain service",
        "Could not connect", "secret service"};
    bool unavailable = QKeychain::Error(keychainError) == QKeychain::NoBackendAvailable ||
                       QKeychain::Error(keychainError) == QKeychain::NotImplemented;
    for (const char *hint : unavailableHints)
        unavailable = unavailable || text.contains(QString::fromLatin1(hint), Qt::CaseInsensitive);
    if (unavailable) {
        return makeError(QStringLiteral("secrets.unavailable"),
                         tr("The system keychain is not available (%1). Patchbay keeps secrets "
                            "only there, never in plain files. On a desktop, log in to a session "
                            "with GNOME Keyring or KWallet running (or start it: "
                            "`gnome-keyring-daemon --start --components=secrets`). On a server "
                            "without a keychain, pass --secrets-from-env and provide each secret "
                            "as PATCHBAY_SECRET_<CONNECTION>_<FIELD>.")
                             .arg(text),
                         key);
    }
    return makeError(QStringLiteral("secrets.failed"),
                     tr("The system keychain failed for %1: %2").arg(key, text), key);
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(Service));
    job->setKey(key);
    const int timeout = m_timeoutMs;
    runJob(
        job, context, timeout,
        [done, key](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError) {
                done(mapError(j->error(), j->errorString(), key));
                return;
            }
            done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
        },
        [done, timeout] { done(timeoutError(timeout)); });
}

void KeychainSecretStore::write(const QString &key, const QString &value, QObject *context,
                                DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(Service));
    job->setKey(key);
    job->setTextData(value);
    const int timeout = m_timeoutMs;
    runJob(
        job, context, timeout,
        [done, key](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError)
                done(mapError(j->error(), j->errorString(), key));
            else
                done(Result<void>());
        },
        [done, timeout] { done(timeoutError(timeout)); });
}

void KeychainSecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(Service));
    job->setKey(key);
    const int timeout = m_timeoutMs;
    runJob(
        job, context, timeout,
        [done, key](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
                done(mapError(j->error(), j->errorString(), key));
            else
                done(Result<void>());
        },
        [done, timeout] { done(timeoutError(timeout)); });
}

QString KeychainSecretStore::description() const
{
    return tr("the system keychain");
}

} // namespace patchbay
