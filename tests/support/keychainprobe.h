#pragma once

// What the keychain tests look at from outside Patchbay: the Secret Service through secret-tool,
// and files that must not hold a secret.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStringList>

namespace keychainprobe {

inline QString secretToolLookup(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                            QStringLiteral("patchbay"), QStringLiteral("user"), key});
    p.waitForFinished(15000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Every file under `dir` whose bytes contain `needle` (also base64 and hex, in case some layer
/// encodes what it stores).
inline QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        if (bytes.contains(needle) || bytes.contains(needle.toBase64()) || bytes.contains(needle.toHex()))
            hits.append(path);
    }
    return hits;
}

} // namespace keychainprobe
