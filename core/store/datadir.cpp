#include "datadir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

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
        return {};
    }
    if (!QDir().mkpath(dir))
        return makeError(QStringLiteral("datadir.create"),
                         QCoreApplication::translate("patchbay::DataDir",
                             "Cannot create the data directory %1. Check that you may write to "
                             "its parent folder, or choose another place with --data-dir.")
                             .arg(dir),
                         dir);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                   QFileDevice::ExeOwner);
    return {};
}

} // namespace patchbay
