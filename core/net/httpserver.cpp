#include "httpserver.h"

#include <QFile>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QScopeGuard>
#include <QTimer>

namespace patchbay {

namespace {

constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qsizetype SmallReply = 16 * 1024; ///< up to this, head and body go out in one write

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 422: return "Unprocessable Entity";
    case 425: return "Too Early";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.addHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")); // no allocation
    r.body = body;
    return r;
}

HttpServer::HttpServer(Handler handler, QObject *parent) : QObject(parent), m_handler(std::move(handler)) {}

HttpServer::HttpServer(AsyncHandler handler, QObject *parent) : QObject(parent), m_async(std::move(handler)) {}

HttpServer::~HttpServer() = default;

bool HttpServer::setTls(const QString &certFile, const QString &keyFile, QString *error)
{
    QFile c(certFile);
    QFile k(keyFile);
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1 or %2").arg(certFile, keyFile);
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(c.readAll(), QSsl::Pem);
    const QSslKey key(k.readAll(), QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        *error = QStringLiteral("%1 or %2 is not a PEM certificate / RSA key").arg(certFile, keyFile);
        return false;
    }
    auto *server = new QSslServer(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(config);
    // A client that rejects our certificate aborts the handshake; that is its right, not an error.
    connect(server, &QSslServer::errorOccurred, this, [](QSslSocket *, QAbstractSocket::SocketError) {});
    m_server = server;
    m_tls = true;
    return true;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_server)
        m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::onNewConnection);
    if (!m_server->listen(address, port)) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QHostAddress HttpServer::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_states.insert(socket, ConnState{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_states.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void HttpServer::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_states.find(socket);
    if (it == m_states.end())
        return;
    ConnState *state = &it.value();
    state->buffer += socket->readAll();
    state->reading = true;
    const auto done = qScopeGuard([this, socket] {
        if (const auto again = m_states.find(socket); again != m_states.end())
            again->reading = false;
    });
    while (!state->busy) {
        const qsizetype headerEnd = state->buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (state->buffer.size() > MaxHeaderBytes)
                socket->abort();
            return;
        }
        HttpRequest request;
        request.headers.reserve(16);
        const char *head = state->buffer.constData();
        const qsizetype lineEnd = state->buffer.indexOf('\n');
        // METHOD SP TARGET SP VERSION: split by hand, no list of lines a request
        const QByteArrayView requestLine = QByteArrayView(head, lineEnd).trimmed();
        const qsizetype sp1 = requestLine.indexOf(' ');
        const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
        if (sp1 <= 0 || sp2 <= sp1 + 1 || requestLine.indexOf(' ', sp2 + 1) >= 0) {
            send(socket, HttpResponse::json(400, R"({"error":"bad request line"})"), false);
            return;
        }
        request.method = requestLine.first(sp1).toByteArray();
        request.target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1).toByteArray();
        qsizetype contentLength = 0;
        bool keepAlive = requestLine.sliced(sp2 + 1) == "HTTP/1.1";
        for (qsizetype pos = lineEnd + 1; pos < headerEnd;) {
            qsizetype next = state->buffer.indexOf('\n', pos);
            if (next < 0 || next > headerEnd)
                next = headerEnd;
            const QByteArrayView line = QByteArrayView(head + pos, next - pos).trimmed();
            pos = next + 1;
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArrayView name = line.first(colon).trimmed();
            const QByteArrayView value = line.sliced(colon + 1).trimmed();
            request.headers.append(qMakePair(name.toByteArray(), value.toByteArray()));
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
            else if (name.compare("Connection", Qt::CaseInsensitive) == 0)
                keepAlive = value.compare("close", Qt::CaseInsensitive) != 0 &&
                            (keepAlive || value.compare("keep-alive", Qt::CaseInsensitive) == 0);
            else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
                send(socket, HttpResponse::json(411, R"({"error":"chunked request bodies are not supported; send Content-Length"})"), false);
                return;
            }
        }
        if (contentLength < 0 || contentLength > m_maxBody) {
            send(socket, HttpResponse::json(413, QByteArray(R"({"error":"the body is larger than )") +
                                                     QByteArray::number(m_maxBody) + R"( bytes"})"),
                 false);
            return;
        }
        const qsizetype total = headerEnd + 4 + contentLength;
        if (state->buffer.size() < total)
            return; // wait for the rest of the body
        request.body = state->buffer.mid(headerEnd + 4, contentLength);
        state->buffer.remove(0, total);

        const qsizetype question = request.target.indexOf('?');
        const QByteArrayView rawPath = QByteArrayView(request.target).first(question < 0 ? request.target.size() : question);
        if (rawPath.contains('%')) {
            request.path = QUrl::fromEncoded(QByteArray("http://x") + request.target).path();
        } else {
            request.path = QString::fromLatin1(rawPath); // nothing to decode: no QUrl a request
        }
        if (question >= 0)
            request.query = QUrlQuery(QString::fromUtf8(request.target.mid(question + 1)));

        if (m_async) {
            state->busy = true;
            QPointer<QTcpSocket> guard(socket);
            m_async(request, [this, guard, keepAlive](const HttpResponse &response) {
                if (guard && m_states.contains(guard))
                    finishPending(guard, response, keepAlive);
            });
            // The handler may have answered at once; the connection may be gone.
            const auto again = m_states.find(socket);
            if (again == m_states.end() || socket->state() != QAbstractSocket::ConnectedState)
                return;
            state = &again.value();
            continue;
        }
        const HttpResponse response = m_handler(request);
        if (response.delayMs > 0) {
            state->busy = true;
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(response.delayMs, this, [this, guard, response, keepAlive] {
                if (guard && m_states.contains(guard))
                    finishPending(guard, response, keepAlive);
            });
            return;
        }
        send(socket, response, keepAlive);
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void HttpServer::finishPending(QTcpSocket *socket, const HttpResponse &response, bool keepAlive)
{
    ConnState &state = m_states[socket];
    state.busy = false;
    send(socket, response, keepAlive);
    // Requests that arrived while this one waited are in the buffer already; the loop of an
    // onReadyRead below us on the stack goes on with them by itself.
    const auto it = m_states.find(socket);
    if (it != m_states.end() && !it->reading && !it->buffer.isEmpty() &&
        socket->state() == QAbstractSocket::ConnectedState)
        onReadyRead(socket);
}

void HttpServer::send(QTcpSocket *socket, const HttpResponse &response, bool keepAlive)
{
    QByteArray out;
    out.reserve(std::min(response.body.size(), SmallReply) + 256);
    // appended piece by piece: no temporaries a reply
    out.append("HTTP/1.1 ").append(QByteArray::number(response.status)).append(' ').append(reasonPhrase(response.status)).append("\r\n");
    for (const auto &h : response.headers)
        out.append(h.first).append(": ").append(h.second).append("\r\n");
    out.append("Content-Length: ").append(QByteArray::number(response.body.size())).append("\r\n");
    if (!keepAlive)
        out.append("Connection: close\r\n");
    out.append("\r\n");
    if (response.fault == HttpResponse::Fault::ResetMidBody) {
        out += response.body.left(response.body.size() / 2);
        socket->write(out);
        socket->waitForBytesWritten(1000); // a fault path may block briefly
        socket->abort(); // the client sees the connection die mid-body
        return;
    }
    if (response.body.size() <= SmallReply) {
        out += response.body; // one write a small reply
        socket->write(out);
    } else {
        socket->write(out); // a large body is handed to the socket as it is, not copied behind the head
        socket->write(response.body);
    }
    socket->flush(); // now, not on the next turn of the event loop: one wake-up less a request
    if (!keepAlive)
        socket->disconnectFromHost();
}

} // namespace patchbay
