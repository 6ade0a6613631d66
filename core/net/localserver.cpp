#include "localserver.h"

#include <QLocalServer>

namespace patchbay {

bool listenUserOnly(QLocalServer *server, const QString &name, QString *error)
{
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (server->listen(name))
        return true;
    QLocalServer::removeServer(name); // left by a crashed process
    if (server->listen(name))
        return true;
    if (error)
        *error = server->errorString();
    return false;
}

} // namespace patchbay
