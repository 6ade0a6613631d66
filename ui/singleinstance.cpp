#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace patchbay::ui {

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent) : QObject(parent), m_name(serverName(dataDir)) {}

QString SingleInstance::serverName(const QString &dataDir)
{
    const QByteArray id = QDir(dataDir).absolutePath().toUtf8() + '|' + qgetenv("USER");
    return QStringLiteral("patchbay-") +
           QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex().left(20));
}

bool SingleInstance::handOver(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out << arguments;
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // the first instance answers once it has taken the arguments
    return socket.waitForReadyRead(timeoutMs) && socket.readAll() == "ok";
}

bool SingleInstance::listen(QString *error)
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // a socket file left by a crashed instance (nobody answered handOver)
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            if (error)
                *error = m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                QDataStream in(socket->readAll());
                QStringList arguments;
                in >> arguments;
                socket->write("ok");
                socket->flush();
                Q_EMIT activated(arguments);
            });
        }
    });
    return true;
}

} // namespace patchbay::ui
