#include "cafile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace patchbay {

QList<QSslCertificate> readCaFile(const QString &file, QString *why)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("patchbay::CaFile", text); };
    const QFileInfo info(file);
    if (!info.exists()) {
        *why = tr("the CA file \"%1\" does not exist; give the path of the server's CA certificate (PEM)").arg(file);
        return {};
    }
    QFile f(file);
    if (info.isDir() || !f.open(QIODevice::ReadOnly)) {
        *why = tr("the CA file \"%1\" cannot be read (%2)").arg(file, info.isDir() ? tr("it is a folder") : f.errorString());
        return {};
    }
    const QByteArray pem = f.read(16 * 1024 * 1024);
    QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certs.isEmpty())
        *why = tr("the CA file \"%1\" holds no certificate: a PEM file with \"-----BEGIN CERTIFICATE-----\" is "
                  "expected")
                   .arg(file);
    return certs;
}

} // namespace patchbay
