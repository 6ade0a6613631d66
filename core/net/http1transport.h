#pragma once

#include "model/connection.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

namespace patchbay {

/// What one request over an Http1Transport gave.
struct Http1Reply
{
    enum class Error {
        None,
        Refused,      ///< nothing listens there
        HostNotFound, ///< DNS
        Closed,       ///< the connection closed before the reply was complete
        TooLarge,     ///< longer than the limit given
        Aborted,      ///< abort() was called
        Protocol,     ///< not HTTP/1.x as we know it
        Unsafe,       ///< not sent: a header name or value could not be written safely (errorString says which)
        Tls,          ///< the TLS handshake failed (errorString: the certificate's faults)
        Timeout,      ///< (QNetworkAccessManager only) its own connection timeout
        Other,        ///< `errorString` says what
    };
    Error error = Error::None;
    QString errorString;
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

/// A lean HTTP/1.1 client for `http://` and `https://`: persistent (keep-alive) connections per
/// host, port and TLS settings, at most MaxPerHost of them, requests queued beyond that;
/// Content-Length, chunked and read-until-close bodies; TLS through QSslSocket with the system's
/// CAs plus a connection's CA file, verification on unless the connection turns it off, and the
/// session resumed on the next connection to the same place (its ticket kept); no thread of its
/// own — sockets are served by the event loop of the thread the transport lives in.
///
/// It exists for speed: QNetworkAccessManager costs ~300 µs of CPU a request (its own thread,
/// a QNetworkReply per request, queued signals between the threads), which caps a sync that
/// sends one record per request at ~3,600 records/s on two cores (over TLS ~1,700). HttpClient
/// uses it when no proxy is set in the environment; proxies stay with QNetworkAccessManager.
class Http1Transport : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxPerHost = 16;
    using Done = std::function<void(Http1Reply &&reply)>;

    explicit Http1Transport(QObject *parent = nullptr);
    ~Http1Transport() override;

    /// Sends a request; `done` is called once (never from inside send()). Returns its id.
    /// A method that is not a token or a header with a control character (CR, LF, …) is never
    /// written: `done` gets Error::Unsafe, whatever built the request.
    /// `tls` applies to `https://` (a connection is only reused for the same settings).
    quint64 send(const QUrl &url, const QByteArray &method, const QList<QPair<QByteArray, QByteArray>> &headers,
                 const QByteArray &body, qint64 maxBytes, Done done, const TlsSettings &tls = {});
    /// Stops a request: its connection is closed and `done` gets Error::Aborted now.
    void abort(quint64 id);

    /// Connections open now (busy and idle), for tests.
    int openConnections() const;
    /// Connections opened since the start, for tests: keep-alive means far fewer than requests.
    int connectionsMade() const { return m_made; }
    /// TLS connections made with the session of an earlier one offered (resumption), for tests.
    int sessionsOffered() const { return m_offered; }

    /// Whether a request to `url` goes this way: `http://` or `https://`, no proxy for it in the
    /// environment, and not PATCHBAY_HTTP_TRANSPORT=qt (everything through Qt's network stack).
    static bool handles(const QUrl &url);

private:
    class Connection;
    struct Pending
    {
        quint64 id = 0;
        QString hostKey;
        QString host;
        quint16 port = 80;
        bool secure = false;
        TlsSettings tls;
        QByteArray wire; ///< the request as sent: head and body
        bool head = false;
        qint64 maxBytes = 0;
        Done done;
        bool retried = false; ///< sent again once after a kept-alive connection went stale
    };
    void dispatch(const QString &hostKey);
    void finished(Connection *c, Pending &&p, Http1Reply &&reply, bool reusable);
    void dropConnection(Connection *c);

    QHash<QString, QList<Connection *>> m_connections; ///< per host:port, busy and idle
    QHash<QString, QList<Pending>> m_queue;
    QHash<quint64, Pending> m_unsafe; ///< refused, their `done` not called yet
    QHash<QString, QByteArray> m_sessions; ///< per host key: the last TLS session ticket the server gave
    int m_made = 0;
    int m_offered = 0;
    quint64 m_nextId = 0;
    friend class Connection;
};

} // namespace patchbay
