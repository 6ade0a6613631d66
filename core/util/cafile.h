#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace patchbay {

/// The certificates of a connection's CA file (PEM). Empty, with `*why` saying which file and
/// what is wrong in words, when it is missing, unreadable or holds no certificate.
QList<QSslCertificate> readCaFile(const QString &file, QString *why);

inline bool caFileUsable(const QString &file, QString *why)
{
    return !readCaFile(file, why).isEmpty();
}

} // namespace patchbay
