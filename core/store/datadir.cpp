#include "datadir.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace patchbay {

QString DataDir::resolve(const QString &explicitDir)
{
    if (!explicitDir.isEmpty())
        return QDir::cleanPath(QDir(explicitDir).absolutePath());
    const QString fromEnv = qEnvironmentVariable("PATCHBAY_DATA_DIR");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(QDir(fromEnv).absolutePath());
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DataDir::socketName(const QString &dir, const QString &purpose)
{
    const QByteArray id = QDir(dir).absolutePath().toUtf8() + '|' + qgetenv("USER");
    return QStringLiteral("patchbay-") + (purpose.isEmpty() ? QString() : purpose + u'-') +
           QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex().left(20));
}

namespace {

constexpr QFileDevice::Permissions UserOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

/// An existing folder of the data directory: the user's own, and theirs alone. Group or world
/// access (a folder made under umask 000, or by hand) is taken away; a folder of another user
/// is refused, since whoever owns it could change the run history and the locks.
Result<void> secureExisting(const QString &dir, const QFileInfo &info)
{
#ifdef Q_OS_UNIX
    if (info.ownerId() != uint(::getuid()))
        return makeError(QStringLiteral("datadir.owner"),
                         QCoreApplication::translate("patchbay::DataDir",
                             "The data directory %1 belongs to another user (%2). Patchbay keeps run history "
                             "and locks there, so it must be yours alone: choose another place with "
                             "--data-dir or PATCHBAY_DATA_DIR.")
                             .arg(dir, info.owner()),
                         dir);
#endif
    if ((info.permissions() & ~(UserOnly | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser)) != 0 &&
        !QFile::setPermissions(dir, UserOnly | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser))
        return makeError(QStringLiteral("datadir.permissions"),
                         QCoreApplication::translate("patchbay::DataDir",
                             "Others may read or change the data directory %1, and its access could not be "
                             "limited to you. Run \"chmod 700 %1\", or choose another place with --data-dir.")
                             .arg(dir),
                         dir);
    return {};
}

} // namespace

Result<void> DataDir::ensure(const QString &dir)
{
    const QFileInfo info(dir);
    if (info.exists()) {
        if (!info.isDir())
            return makeError(QStringLiteral("datadir.not-a-folder"),
                             QCoreApplication::translate("patchbay::DataDir",
                                 "The data directory %1 is a file, not a folder. Choose another "
                                 "place with --data-dir or PATCHBAY_DATA_DIR.")
                                 .arg(dir),
                             dir);
        return secureExisting(dir, info);
    }
    if (!QDir().mkpath(dir))
        return makeError(QStringLiteral("datadir.create"),
                         QCoreApplication::translate("patchbay::DataDir",
                             "Cannot create the data directory %1. Check that you may write to "
                             "its parent folder, or choose another place with --data-dir.")
                             .arg(dir),
                         dir);
    QFile::setPermissions(dir, UserOnly | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    return {};
}

bool DataDir::tryLock(QLockFile *lock, qint64 *pidOut, QString *hostOut)
{
    lock->setStaleLockTime(0); // stale only when its process is gone
    bool locked = lock->tryLock(0);
    qint64 pid = 0;
    QString host;
    QString app;
    const bool known = !locked && lock->getLockInfo(&pid, &host, &app);
    if (known && pid == QCoreApplication::applicationPid() && host == QSysInfo::machineHostName()) {
        // left by a killed process whose id this process has now: it cannot be ours, we have not locked it
        lock->removeStaleLockFile();
        locked = lock->tryLock(0);
    } else if (!locked && !known) {
        // A lock file that says nothing: its process was killed while writing it (QLockFile
        // creates the file, then writes). A live writer fills it within milliseconds.
        const QFileInfo file(lock->fileName());
        if (file.exists() && file.lastModified().msecsTo(QDateTime::currentDateTime()) > 2000) {
            QFile::remove(file.filePath());
            locked = lock->tryLock(0);
        }
    }
    if (pidOut)
        *pidOut = pid;
    if (hostOut)
        *hostOut = host;
    return locked;
}

} // namespace patchbay
