#include "http1transport.h"

#include "util/cafile.h"
#include "util/headercheck.h"

#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

namespace patchbay {

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024;
constexpr qsizetype ReadChunk = 16 * 1024;
constexpr qsizetype MaxUnparsed = 1024 * 1024;

/// Whether a comma-separated header value lists this token (case-insensitively).
bool headerIs(QByteArrayView value, const char *token)
{
    while (!value.isEmpty()) {
        const qsizetype comma = value.indexOf(',');
        const QByteArrayView part = (comma < 0 ? value : value.first(comma)).trimmed();
        if (part.compare(token, Qt::CaseInsensitive) == 0)
            return true;
        if (comma < 0)
            break;
        value = value.sliced(comma + 1);
    }
    return false;
}

} // namespace

// One keep-alive connection and the reply being read on it.
class Http1Transport::Connection : public QObject
{
public:
    Connection(Http1Transport *transport, const Pending &first)
        : QObject(transport), m_transport(transport), m_hostKey(first.hostKey)
    {
        if (!first.secure) {
            m_socket = new QTcpSocket(this);
            m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            connect(m_socket, &QTcpSocket::connected, this, &Connection::onReady);
            connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
            connect(m_socket, &QTcpSocket::errorOccurred, this, &Connection::onError);
            // Unbuffered: a write goes straight to the socket and a read straight into our
            // buffer, without Qt's ring buffers and the FIONREAD that sizes them.
            m_socket->connectToHost(first.host, first.port, QIODevice::ReadWrite | QIODevice::Unbuffered);
            return;
        }
        auto *tls = new QSslSocket(this);
        m_socket = tls;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        if (!first.tls.caFile.isEmpty()) {
            QString why; // HttpClient checked the file before sending
            config.addCaCertificates(readCaFile(first.tls.caFile, &why));
        }
        if (!first.tls.verify)
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
        // the session of the last connection to the same place: the next handshake resumes it
        // (no certificate chain, no key exchange of its own)
        config.setSslOption(QSsl::SslOptionDisableSessionPersistence, false);
        if (const QByteArray session = transport->m_sessions.value(m_hostKey); !session.isEmpty()) {
            config.setSessionTicket(session);
            ++transport->m_offered;
        }
        tls->setSslConfiguration(config);
        tls->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(tls, &QSslSocket::encrypted, this, [this, tls] {
            keepSession(tls);
            onReady();
        });
        connect(tls, &QSslSocket::newSessionTicketReceived, this, [this, tls] { keepSession(tls); });
        connect(tls, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            QStringList texts;
            for (const QSslError &e : errors)
                texts.append(e.errorString());
            m_tlsErrors = texts.join(QStringLiteral("; "));
        });
        connect(tls, &QSslSocket::readyRead, this, &Connection::onReadyRead);
        connect(tls, &QSslSocket::errorOccurred, this, &Connection::onError);
        tls->connectToHostEncrypted(first.host, first.port);
    }

    const QString &hostKey() const { return m_hostKey; }
    bool busy() const { return m_current.has_value(); }
    quint64 currentId() const { return m_current ? m_current->id : 0; }

    void start(Pending &&p)
    {
        m_current = std::move(p);
        m_buffer.resize(0); // keeps its capacity for the next reply
        m_pos = 0;
        m_phase = Phase::Head;
        m_reply = Http1Reply();
        m_received = false;
        if (m_connected)
            write();
    }

    Pending take()
    {
        Pending p = std::move(*m_current);
        m_current.reset();
        return p;
    }

    void close()
    {
        m_socket->disconnect(this);
        m_socket->abort();
    }

private:
    void onReady()
    {
        m_connected = true;
        if (m_current)
            write();
    }

    void keepSession(QSslSocket *tls)
    {
        const QByteArray session = tls->sslConfiguration().sessionTicket();
        if (!session.isEmpty())
            m_transport->m_sessions.insert(m_hostKey, session);
    }

    void write()
    {
        m_socket->write(m_current->wire); // unbuffered: written now (what does not fit waits in Qt's buffer)
    }

    enum class Phase { Head, Fixed, ChunkSize, ChunkData, ChunkEnd, Trailers, UntilClose };

    void onReadyRead()
    {
        if (!m_current) // an idle connection should be silent; whatever this is, drop it
            return m_transport->dropConnection(this);
        if (m_pos == m_buffer.size()) {
            m_buffer.resize(0); // keeps its capacity
            m_pos = 0;
        }
        // Read what the kernel has, in one call while it fits, into the end of the buffer.
        for (;;) {
            const qsizetype old = m_buffer.size();
            const qsizetype room = std::max<qsizetype>(ReadChunk, m_buffer.capacity() - old);
            m_buffer.resize(old + room);
            const qint64 n = m_socket->read(m_buffer.data() + old, room);
            m_buffer.resize(old + std::max<qint64>(n, 0));
            if (n < 0) { // the peer closed the connection (or it broke): as a buffered socket says it
                if (m_buffer.size() > m_pos) {
                    m_received = true;
                    parse();
                }
                if (m_current)
                    onError(m_socket->error());
                return;
            }
            if (n == 0)
                break;
            m_received = true;
            // Parse at least every MiB: a reply larger than the limit is refused early, not
            // after everything the kernel could hand over.
            if (n < room || m_buffer.size() - m_pos >= MaxUnparsed)
                break;
        }
        parse();
    }

    void onError(QAbstractSocket::SocketError error)
    {
        if (!m_current) {
            m_transport->dropConnection(this); // an idle connection the server closed
            return;
        }
        if (error == QAbstractSocket::RemoteHostClosedError && m_phase == Phase::UntilClose) {
            complete(false);
            return;
        }
        Pending p = take();
        // A kept-alive connection the server had closed meanwhile: nothing of this request was
        // read, so send it once more on a new connection (as browsers do).
        if (m_served > 0 && !m_received && !p.retried &&
            (error == QAbstractSocket::RemoteHostClosedError || error == QAbstractSocket::NetworkError)) {
            p.retried = true;
            m_transport->m_queue[m_hostKey].prepend(std::move(p));
            const QString key = m_hostKey;
            m_transport->dropConnection(this);
            m_transport->dispatch(key);
            return;
        }
        Http1Reply r = std::move(m_reply);
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError: r.error = Http1Reply::Error::Refused; break;
        case QAbstractSocket::HostNotFoundError: r.error = Http1Reply::Error::HostNotFound; break;
        case QAbstractSocket::RemoteHostClosedError: r.error = Http1Reply::Error::Closed; break;
        case QAbstractSocket::SslHandshakeFailedError:
        case QAbstractSocket::SslInternalError:
        case QAbstractSocket::SslInvalidUserDataError: r.error = Http1Reply::Error::Tls; break;
        default: r.error = Http1Reply::Error::Other; break;
        }
        r.errorString = r.error == Http1Reply::Error::Tls && !m_tlsErrors.isEmpty() ? m_tlsErrors : m_socket->errorString();
        m_transport->finished(this, std::move(p), std::move(r), false);
    }

    void fail(Http1Reply::Error error, const QString &message)
    {
        Http1Reply r = std::move(m_reply);
        r.error = error;
        r.errorString = message;
        m_transport->finished(this, take(), std::move(r), false);
    }

    void complete(bool reusable)
    {
        ++m_served;
        m_transport->finished(this, take(), std::move(m_reply), reusable && m_keepAlive);
    }

    bool appendBody(qsizetype n)
    {
        m_reply.body.append(m_buffer.constData() + m_pos, n);
        m_pos += n;
        if (m_reply.body.size() > m_current->maxBytes) {
            fail(Http1Reply::Error::TooLarge, QStringLiteral("the reply is larger than %1 bytes").arg(m_current->maxBytes));
            return false;
        }
        return true;
    }

    void parse()
    {
        while (m_current) {
            const qsizetype available = m_buffer.size() - m_pos;
            switch (m_phase) {
            case Phase::Head: {
                const qsizetype end = m_buffer.indexOf("\r\n\r\n", m_pos);
                if (end < 0) {
                    if (available > MaxHeadBytes)
                        return fail(Http1Reply::Error::Protocol, QStringLiteral("the reply's headers are larger than 64 KiB"));
                    return;
                }
                // The head is read in place, line by line: no list of lines a reply.
                const char *head = m_buffer.constData();
                const qsizetype headStart = m_pos;
                m_pos = end + 4;
                qsizetype lineEnd = m_buffer.indexOf('\n', headStart);
                if (lineEnd < 0 || lineEnd > end)
                    lineEnd = end;
                const QByteArrayView statusLine = QByteArrayView(head + headStart, lineEnd - headStart).trimmed();
                if (!statusLine.startsWith("HTTP/1."))
                    return fail(Http1Reply::Error::Protocol, QStringLiteral("the server did not answer in HTTP/1.x"));
                const qsizetype sp1 = statusLine.indexOf(' ');
                const qsizetype sp2 = sp1 < 0 ? -1 : statusLine.indexOf(' ', sp1 + 1);
                bool ok = false;
                const int status = sp1 < 0 ? 0 : statusLine.sliced(sp1 + 1, (sp2 < 0 ? statusLine.size() : sp2) - sp1 - 1).toInt(&ok);
                if (sp1 < 0 || !ok)
                    return fail(Http1Reply::Error::Protocol, QStringLiteral("the reply has no status code"));
                if (status >= 100 && status < 200 && status != 101)
                    continue; // 100 Continue and the like: the real reply follows
                m_reply.status = status;
                m_reply.reason = sp2 < 0 ? QByteArray() : statusLine.sliced(sp2 + 1).toByteArray();
                m_keepAlive = statusLine.startsWith("HTTP/1.1");
                qint64 length = -1;
                bool chunked = false;
                for (qsizetype pos = lineEnd + 1; pos < end;) {
                    qsizetype next = m_buffer.indexOf('\n', pos);
                    if (next < 0 || next > end)
                        next = end;
                    const QByteArrayView line = QByteArrayView(head + pos, next - pos).trimmed();
                    pos = next + 1;
                    const qsizetype colon = line.indexOf(':');
                    if (colon <= 0)
                        continue;
                    const QByteArrayView name = line.first(colon).trimmed();
                    const QByteArrayView value = line.sliced(colon + 1).trimmed();
                    if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
                        const qint64 n = value.toLongLong(&ok);
                        length = ok && n >= 0 ? n : -2;
                    } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
                        chunked = headerIs(value, "chunked");
                    } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
                        m_keepAlive = headerIs(value, "keep-alive") || (m_keepAlive && !headerIs(value, "close"));
                    }
                    m_reply.headers.append({name.toByteArray(), value.toByteArray()});
                }
                if (length == -2)
                    return fail(Http1Reply::Error::Protocol, QStringLiteral("the reply's Content-Length is not a number"));
                if (m_current->head || status == 204 || status == 304)
                    return complete(true);
                if (chunked) {
                    m_phase = Phase::ChunkSize;
                } else if (length >= 0) {
                    if (length > m_current->maxBytes)
                        return fail(Http1Reply::Error::TooLarge, QStringLiteral("the reply is larger than %1 bytes").arg(m_current->maxBytes));
                    m_remaining = length;
                    m_reply.body.reserve(length);
                    m_phase = Phase::Fixed;
                } else {
                    m_phase = Phase::UntilClose;
                    m_keepAlive = false;
                }
                break;
            }
            case Phase::Fixed: {
                const qsizetype n = std::min<qint64>(available, m_remaining);
                if (!appendBody(n))
                    return;
                m_remaining -= n;
                if (m_remaining == 0)
                    return complete(true);
                return;
            }
            case Phase::UntilClose:
                if (!appendBody(available))
                    return;
                return;
            case Phase::ChunkSize: {
                const qsizetype end = m_buffer.indexOf("\r\n", m_pos);
                if (end < 0)
                    return;
                QByteArray size = m_buffer.mid(m_pos, end - m_pos);
                if (const qsizetype semi = size.indexOf(';'); semi >= 0)
                    size.truncate(semi);
                bool ok = false;
                m_remaining = size.trimmed().toLongLong(&ok, 16);
                if (!ok || m_remaining < 0)
                    return fail(Http1Reply::Error::Protocol, QStringLiteral("a chunk of the reply has no valid size"));
                m_pos = end + 2;
                m_phase = m_remaining == 0 ? Phase::Trailers : Phase::ChunkData;
                break;
            }
            case Phase::ChunkData: {
                const qsizetype n = std::min<qint64>(available, m_remaining);
                if (!appendBody(n))
                    return;
                m_remaining -= n;
                if (m_remaining > 0)
                    return;
                m_phase = Phase::ChunkEnd;
                break;
            }
            case Phase::ChunkEnd:
                if (available < 2)
                    return;
                m_pos += 2; // CRLF after the data
                m_phase = Phase::ChunkSize;
                break;
            case Phase::Trailers: {
                const qsizetype end = m_buffer.indexOf("\r\n", m_pos);
                if (end < 0)
                    return;
                const bool last = end == m_pos; // an empty line ends the trailers
                m_pos = end + 2;
                if (last)
                    return complete(true);
                break;
            }
            }
        }
    }

    Http1Transport *m_transport;
    QString m_hostKey;
    QTcpSocket *m_socket = nullptr; ///< a QSslSocket for https
    QString m_tlsErrors;           ///< why the certificate was refused, when it was
    bool m_connected = false;      ///< (encrypted, for https)
    std::optional<Pending> m_current;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    Phase m_phase = Phase::Head;
    qint64 m_remaining = 0;
    Http1Reply m_reply;
    bool m_keepAlive = true;
    bool m_received = false;
    int m_served = 0;
};

Http1Transport::Http1Transport(QObject *parent) : QObject(parent) {}

Http1Transport::~Http1Transport()
{
    // requests still out are dropped without a word: their owners are going away with us
    for (const QList<Connection *> &list : std::as_const(m_connections))
        for (Connection *c : list)
            c->close();
}

bool Http1Transport::handles(const QUrl &url)
{
    const bool secure = url.scheme() == u"https";
    if ((!secure && url.scheme() != u"http") || url.host().isEmpty())
        return false;
    const char *const proxies[] = {"all_proxy", "ALL_PROXY", secure ? "https_proxy" : "http_proxy",
                                   secure ? "HTTPS_PROXY" : "HTTP_PROXY"};
    for (const char *name : proxies)
        if (!qEnvironmentVariableIsEmpty(name))
            return false;
    // PATCHBAY_HTTP_TRANSPORT=qt: everything through QNetworkAccessManager (HTTP/2 where a
    // server offers it) — to compare (bench/http2.sh), or to step around this transport
    static const bool qtOnly = qgetenv("PATCHBAY_HTTP_TRANSPORT") == "qt";
    if (qtOnly)
        return false;
    if (!secure)
        return true;
    static const bool tls = QSslSocket::supportsSsl(); // loads the TLS backend: not for http
    return tls;
}

quint64 Http1Transport::send(const QUrl &url, const QByteArray &method, const QList<QPair<QByteArray, QByteArray>> &headers,
                             const QByteArray &body, qint64 maxBytes, Done done, const TlsSettings &tls)
{
    Pending p;
    p.id = ++m_nextId;
    p.host = url.host();
    p.secure = url.scheme() == u"https";
    p.port = quint16(url.port(p.secure ? 443 : 80));
    // a connection serves requests with the same TLS settings only (a CA file added: new ones)
    p.hostKey = p.secure ? QStringLiteral("https://%1:%2|%3|%4").arg(p.host).arg(p.port).arg(tls.verify).arg(tls.caFile)
                         : p.host + u':' + QString::number(p.port);
    p.tls = tls;
    p.head = method == "HEAD";
    p.maxBytes = maxBytes;
    p.done = std::move(done);
    QString fault = http::isToken(method) ? QString() : tr("the method is not a single word");
    for (qsizetype i = 0; fault.isEmpty() && i < headers.size(); ++i)
        fault = http::headerFault(headers[i].first, headers[i].second);
    if (!fault.isEmpty()) {
        // Never written: CR or LF would end the line, and what follows could be a request of its own.
        const quint64 id = p.id;
        m_unsafe.insert(id, std::move(p));
        QTimer::singleShot(0, this, [this, id, fault] {
            auto it = m_unsafe.find(id);
            if (it == m_unsafe.end())
                return; // aborted meanwhile
            Pending refused = std::move(*it);
            m_unsafe.erase(it);
            Http1Reply r;
            r.error = Http1Reply::Error::Unsafe;
            r.errorString = http::refusedBecause(fault);
            refused.done(std::move(r));
        });
        return id;
    }
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray &w = p.wire;
    qsizetype size = 64 + method.size() + target.size() + 2 * p.host.size() + body.size();
    for (const auto &[name, value] : headers)
        size += name.size() + value.size() + 4;
    w.reserve(size); // appended piece by piece below, without temporaries
    w.append(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: ").append(url.host(QUrl::FullyEncoded).toLatin1());
    if (url.port() > 0)
        w.append(':').append(QByteArray::number(url.port()));
    w.append("\r\n");
    for (const auto &[name, value] : headers) {
        if (name.compare("Host", Qt::CaseInsensitive) == 0 || name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        w.append(name).append(": ").append(value).append("\r\n");
    }
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        w.append("Content-Length: ").append(QByteArray::number(body.size())).append("\r\n");
    w.append("\r\n").append(body);
    const QString key = p.hostKey;
    m_queue[key].append(std::move(p));
    dispatch(key);
    return m_nextId;
}

void Http1Transport::dispatch(const QString &hostKey)
{
    QList<Pending> &queue = m_queue[hostKey];
    QList<Connection *> &conns = m_connections[hostKey];
    while (!queue.isEmpty()) {
        Connection *idle = nullptr;
        for (Connection *c : conns)
            if (!c->busy()) {
                idle = c;
                break;
            }
        if (!idle) {
            if (conns.size() >= MaxPerHost)
                return;
            idle = new Connection(this, queue.first());
            conns.append(idle);
            ++m_made;
        }
        idle->start(queue.takeFirst());
    }
}

void Http1Transport::finished(Connection *c, Pending &&p, Http1Reply &&reply, bool reusable)
{
    const QString key = c->hostKey();
    if (!reusable)
        dropConnection(c);
    Done done = std::move(p.done);
    QPointer<Http1Transport> self(this);
    done(std::move(reply));
    if (self)
        dispatch(key);
}

void Http1Transport::dropConnection(Connection *c)
{
    m_connections[c->hostKey()].removeOne(c);
    c->close();
    c->deleteLater();
}

void Http1Transport::abort(quint64 id)
{
    if (auto it = m_unsafe.find(id); it != m_unsafe.end()) {
        Pending p = std::move(*it);
        m_unsafe.erase(it);
        Http1Reply r;
        r.error = Http1Reply::Error::Aborted;
        p.done(std::move(r));
        return;
    }
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if ((*it)[i].id != id)
                continue;
            Pending p = it->takeAt(i);
            Http1Reply r;
            r.error = Http1Reply::Error::Aborted;
            p.done(std::move(r));
            return;
        }
    }
    for (const QList<Connection *> &list : std::as_const(m_connections)) {
        for (Connection *c : list) {
            if (c->busy() && c->currentId() == id) {
                Pending p = c->take();
                const QString key = c->hostKey();
                dropConnection(c);
                Http1Reply r;
                r.error = Http1Reply::Error::Aborted;
                p.done(std::move(r));
                dispatch(key);
                return;
            }
        }
    }
}

int Http1Transport::openConnections() const
{
    int n = 0;
    for (const QList<Connection *> &list : m_connections)
        n += int(list.size());
    return n;
}

} // namespace patchbay
