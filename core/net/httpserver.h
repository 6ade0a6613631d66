#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;
class QSslConfiguration;

namespace patchbay {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method;
    QByteArray target; ///< as sent: path and query
    QString path;      ///< decoded path
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;

    /// The first header of that name, compared case-insensitively; empty if absent.
    QByteArray header(const QByteArray &name) const;
    QString queryValue(const QString &name) const
    {
        return query.queryItemValue(name, QUrl::FullyDecoded);
    }
};

struct HttpResponse
{
    /// How to break the reply on purpose (fault injection).
    enum class Fault {
        None,
        ResetMidBody, ///< headers and half the body, then the connection is closed
    };

    int status = 200;
    HeaderList headers;
    QByteArray body;
    int delayMs = 0;
    Fault fault = Fault::None;

    static HttpResponse json(int status, const QByteArray &body);
    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }
};

/// A small HTTP/1.1 server over QTcpServer (or QSslServer): keep-alive, Content-Length bodies,
/// replies that may be delayed or broken on purpose. Fast enough that the demo API does not
/// cap the sync benchmarks, and able to express faults a conforming server library cannot.
/// The webhook listener answers later (after its inbox commit) through the asynchronous handler;
/// a connection's next request waits until its reply is out. The demo API compiles this file
/// in by itself (it links Qt only).
class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    /// Sends the reply to a request; call it once, now or later (a connection that went away
    /// meanwhile is ignored).
    using Respond = std::function<void(const HttpResponse &)>;
    using AsyncHandler = std::function<void(const HttpRequest &, Respond)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    explicit HttpServer(AsyncHandler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    /// Serves TLS with this certificate and key (PEM files); call before listen().
    bool setTls(const QString &certFile, const QString &keyFile, QString *error);
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    QHostAddress address() const;
    /// A request whose Content-Length says more is answered 413 before its body is read.
    void setMaxBodyBytes(qsizetype bytes) { m_maxBody = bytes; }
    QString scheme() const { return m_tls ? QStringLiteral("https") : QStringLiteral("http"); }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void send(QTcpSocket *socket, const HttpResponse &response, bool keepAlive);
    /// A delayed or asynchronous reply is ready: send it, then go on with the requests behind it.
    void finishPending(QTcpSocket *socket, const HttpResponse &response, bool keepAlive);

    struct ConnState
    {
        QByteArray buffer;
        bool busy = false; ///< a delayed reply is pending; later requests wait in the buffer
        bool reading = false; ///< onReadyRead is on this connection's stack
    };

    Handler m_handler;
    AsyncHandler m_async;
    qsizetype m_maxBody = 256 * 1024 * 1024;
    QHash<QTcpSocket *, ConnState> m_states;
    QTcpServer *m_server = nullptr;
    bool m_tls = false;
};

} // namespace patchbay
