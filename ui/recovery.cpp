#include "recovery.h"

#include "project/projectfile.h"
#include "ui/document.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace patchbay::ui {

namespace {
QString originOf(const QString &recoveryFile) { return recoveryFile + QStringLiteral(".origin"); }
} // namespace

Recovery::Recovery(QString dataDir, QObject *parent) : QObject(parent), m_dataDir(std::move(dataDir))
{
    connect(&m_timer, &QTimer::timeout, this, &Recovery::due);
    m_timer.start(30000);
}

QString Recovery::fileFor(const QString &projectFile) const
{
    const QByteArray id = projectFile.isEmpty() ? QByteArrayLiteral("untitled")
                                                : QFileInfo(projectFile).absoluteFilePath().toUtf8();
    const QString name = QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha1).toHex().left(16));
    return m_dataDir + QStringLiteral("/recovery/") + name + QStringLiteral(".patchbay.json");
}

Result<void> Recovery::save(Document &doc)
{
    if (!doc.isModified() || doc.undoStack()->index() == m_savedIndex)
        return {};
    const QString file = fileFor(doc.filePath());
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return Error{QStringLiteral("recovery.mkdir"), {}, QFileInfo(file).absolutePath()};
    if (Result<void> r = ProjectFile::write(doc.project(), file); !r)
        return r;
    QFile origin(originOf(file));
    if (origin.open(QIODevice::WriteOnly | QIODevice::Truncate))
        origin.write(doc.filePath().toUtf8());
    m_savedIndex = doc.undoStack()->index();
    return {};
}

void Recovery::discard(const QString &projectFile)
{
    remove({fileFor(projectFile), {}, {}});
    m_savedIndex = -1;
}

QList<Recovery::Left> Recovery::leftBehind() const
{
    QList<Left> out;
    const QDir dir(m_dataDir + QStringLiteral("/recovery"));
    for (const QFileInfo &f : dir.entryInfoList({QStringLiteral("*.patchbay.json")}, QDir::Files, QDir::Time)) {
        QFile origin(originOf(f.absoluteFilePath()));
        out.append({f.absoluteFilePath(), origin.open(QIODevice::ReadOnly) ? QString::fromUtf8(origin.readAll()) : QString(),
                    f.lastModified()});
    }
    return out;
}

void Recovery::remove(const Left &left)
{
    QFile::remove(left.file);
    QFile::remove(originOf(left.file));
}

} // namespace patchbay::ui
