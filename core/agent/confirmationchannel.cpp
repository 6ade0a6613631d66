#include "confirmationchannel.h"

#include "net/localserver.h"
#include "store/datadir.h"
#include "util/json.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QVariant>

namespace patchbay {

namespace {

const QString Purpose = QStringLiteral("agent");
/// The longest question taken (the arguments are cut to a few thousand characters before).
constexpr qsizetype MaxQuestionBytes = 64 * 1024;

QString field(const Json &j, const char *key)
{
    return j.contains(key) && j[key].is_string() ? QString::fromStdString(j[key].get<std::string>()) : QString();
}

} // namespace

ConfirmationChannel::ConfirmationChannel(const QString &dataDir, QObject *parent)
    : QObject(parent), m_name(DataDir::socketName(dataDir, Purpose))
{
}

ConfirmationChannel::~ConfirmationChannel() = default;

void ConfirmationChannel::ask(const QString &dataDir, const McpServer::Confirmation &question, QObject *context,
                              McpServer::Answer answer)
{
    auto *socket = new QLocalSocket(context);
    // called once: the first of an answer, an error, the window going away
    auto done = [socket, answer = std::move(answer), called = std::make_shared<bool>(false)](McpServer::Verdict verdict) {
        if (std::exchange(*called, true))
            return;
        socket->disconnect();
        socket->deleteLater();
        answer(verdict);
    };
    QObject::connect(socket, &QLocalSocket::connected, socket, [socket, question] {
        const Json j{{"client", question.client.toStdString()},
                     {"project", question.project.toStdString()},
                     {"tool", question.tool.toStdString()},
                     {"action", question.action.toStdString()},
                     {"arguments", question.arguments.toStdString()}};
        socket->write(QByteArray::fromStdString(j.dump(-1, ' ', false, Json::error_handler_t::replace)) + '\n');
    });
    QObject::connect(socket, &QLocalSocket::readyRead, socket, [socket, done] {
        if (!socket->canReadLine())
            return;
        const Json j = Json::parse(socket->readLine().toStdString(), nullptr, false);
        const bool allowed = j.is_object() && j.contains("allowed") && j["allowed"].is_boolean() && j["allowed"].get<bool>();
        done(allowed ? McpServer::Verdict::Allowed : McpServer::Verdict::Denied);
    });
    QObject::connect(socket, &QLocalSocket::errorOccurred, socket, [done] { done(McpServer::Verdict::NoOneToAsk); });
    QObject::connect(socket, &QLocalSocket::disconnected, socket, [done] { done(McpServer::Verdict::NoOneToAsk); });
    socket->connectToServer(DataDir::socketName(dataDir, Purpose));
}

bool ConfirmationChannel::listen(QString *error)
{
    m_server = new QLocalServer(this);
    if (!listenUserOnly(m_server, m_name, error))
        return false;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
                const int id = socket->property("question").toInt();
                socket->deleteLater();
                if (id && m_waiting.remove(id))
                    Q_EMIT withdrawn(id);
            });
        }
    });
    return true;
}

void ConfirmationChannel::read(QLocalSocket *socket)
{
    if (socket->property("question").toInt())
        return; // one question a connection
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxQuestionBytes)
            socket->abort();
        return;
    }
    const Json j = Json::parse(socket->readLine(MaxQuestionBytes).toStdString(), nullptr, false);
    if (!j.is_object() || field(j, "tool").isEmpty()) {
        socket->abort(); // not a question: no answer is a no
        return;
    }
    McpServer::Confirmation question;
    question.client = field(j, "client");
    question.project = field(j, "project");
    question.tool = field(j, "tool");
    question.action = field(j, "action");
    question.arguments = field(j, "arguments");
    const int id = m_nextId++;
    socket->setProperty("question", id);
    m_waiting.insert(id, socket);
    Q_EMIT asked(id, question);
}

void ConfirmationChannel::answer(int id, bool allowed)
{
    const QPointer<QLocalSocket> socket = m_waiting.take(id);
    if (!socket)
        return;
    socket->write(allowed ? "{\"allowed\":true}\n" : "{\"allowed\":false}\n");
    socket->flush();
}

} // namespace patchbay
