#include "singleinstance.h"

#include "net/localserver.h"
#include "store/datadir.h"

#include <QDataStream>
#include <QLocalServer>
#include <QLocalSocket>

namespace patchbay::ui {

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent) : QObject(parent), m_name(DataDir::socketName(dataDir)) {}

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
    if (!listenUserOnly(m_server, m_name, error))
        return false;
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
