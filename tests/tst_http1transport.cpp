// The lean HTTP/1.1 transport against a real TCP server on 127.0.0.1 that answers with exact
// bytes: keep-alive reuse, Content-Length, chunked (with extensions and trailers) and
// read-until-close bodies, 100 Continue, split and coalesced reads, a kept-alive connection the
// server closed meanwhile, limits, aborts, refused connections, garbage. And the same requests
// through HttpClient, which picks this transport when no proxy is set. Every case runs twice:
// over plain TCP and over TLS (the server with the test certificate of tests/data/tls).

#include "net/http1transport.h"
#include "net/httpclient.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace patchbay;

namespace {

bool secure = false; ///< this row of the test: over TLS
const QString tlsDir = QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/data/tls/");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// What the client trusts: the test CA, as a connection's CA file says.
TlsSettings trusting()
{
    TlsSettings tls;
    tls.caFile = tlsDir + QStringLiteral("ca.pem");
    return tls;
}

/// A server on 127.0.0.1, with TLS in the secure rows (`cert`/`key` of tests/data/tls).
QTcpServer *makeServer(QObject *parent, const QString &cert = QStringLiteral("server.pem"),
                       const QString &key = QStringLiteral("server.key"))
{
    if (!secure)
        return new QTcpServer(parent);
    auto *server = new QSslServer(parent);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(QSslCertificate::fromData(readAll(tlsDir + cert), QSsl::Pem));
    config.setPrivateKey(QSslKey(readAll(tlsDir + key), QSsl::Rsa, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(config);
    return server;
}

} // namespace

/// Answers each request (head + Content-Length body) with the next scripted reply, written in
/// the given pieces; "CLOSE" closes the connection instead, "IDLECLOSE" answers and then closes
/// the connection quietly once the client is idle.
class ScriptServer : public QObject
{
public:
    QList<QList<QByteArray>> replies; ///< per request: the pieces written
    QList<QByteArray> requests;       ///< as received
    int connections = 0;

    ScriptServer() : m_server(makeServer(this))
    {
        m_server->listen(QHostAddress::LocalHost);
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
                ++connections;
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QUrl url(const QString &path = QStringLiteral("/x")) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(secure ? "https" : "http").arg(m_server->serverPort()).arg(path));
    }

private:
    void onRead(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        while (true) {
            const qsizetype end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buf.left(end).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buf.size() < end + 4 + length)
                return;
            requests << buf.left(end + 4 + length);
            buf.remove(0, end + 4 + length);
            const QList<QByteArray> pieces = replies.isEmpty() ? QList<QByteArray>{"HTTP/1.1 500 Nothing scripted\r\nContent-Length: 0\r\n\r\n"}
                                                               : replies.takeFirst();
            if (pieces.value(0) == "CLOSE") {
                s->abort();
                return;
            }
            int delay = 0;
            for (const QByteArray &p : pieces) {
                if (p == "IDLECLOSE") {
                    QTimer::singleShot(delay + 50, s, [s] { s->disconnectFromHost(); });
                    continue;
                }
                QTimer::singleShot(delay, s, [s, p] {
                    s->write(p);
                    s->flush();
                });
                delay += 5; // separate reads on the client
            }
        }
    }
    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

class TestHttp1Transport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void keepAliveContentLength();
    void chunkedBodies();
    void bodyUntilClose();
    void continueThenReply();
    void staleKeptAliveConnectionIsRetriedOnce();
    void limitsAndGarbage();
    void abortAndRefused();
    void throughHttpClient();
    void unsafeLinesAreNeverWritten();
    void certificatesAreCheckedAndSessionsResumed();

private:
    static Http1Reply wait(Http1Transport &t, const QUrl &url, const QByteArray &method = "GET", const QByteArray &body = {},
                           qint64 max = 1 << 20)
    {
        Http1Reply out;
        bool done = false;
        t.send(url, method, {{"Accept", "application/json"}}, body, max, [&](Http1Reply &&r) {
            out = std::move(r);
            done = true;
        }, trusting());
        QDeadlineTimer deadline(5000);
        while (!done && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!done)
            out.errorString = QStringLiteral("no reply within 5 s"); // the caller's checks fail on it
        return out;
    }
};

void TestHttp1Transport::initTestCase_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void TestHttp1Transport::init()
{
    QFETCH_GLOBAL(bool, tls);
    secure = tls;
}

void TestHttp1Transport::keepAliveContentLength()
{
    ScriptServer server;
    Http1Transport t;
    for (int i = 0; i < 5; ++i)
        server.replies << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 14\r\n\r\n",
                                            "{\"n\":", QByteArray::number(10000000 + i) + "}"};
    for (int i = 0; i < 5; ++i) {
        const Http1Reply r = wait(t, server.url("/items?page=" + QString::number(i)), "POST", "{\"a\":1}");
        QCOMPARE(r.error, Http1Reply::Error::None);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.reason, QByteArray("OK"));
        QCOMPARE(r.body, "{\"n\":" + QByteArray::number(10000000 + i) + "}");
        QCOMPARE(r.headers.value(0).first, QByteArray("Content-Type"));
    }
    // one connection for all five, and the requests say what they should
    QCOMPARE(server.connections, 1);
    QCOMPARE(t.connectionsMade(), 1);
    QVERIFY(server.requests[2].startsWith("POST /items?page=2 HTTP/1.1\r\nHost: 127.0.0.1:"));
    QVERIFY(server.requests[2].contains("\r\nContent-Length: 7\r\n"));
    QVERIFY(server.requests[2].contains("\r\nAccept: application/json\r\n"));
    QVERIFY(server.requests[2].endsWith("\r\n\r\n{\"a\":1}"));

    // many at once: at most MaxPerHost connections, every reply to its request
    for (int i = 0; i < 40; ++i)
        server.replies << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"};
    int done = 0;
    for (int i = 0; i < 40; ++i)
        t.send(server.url(), "GET", {}, {}, 1000, [&](Http1Reply &&r) { done += r.body == "ok" ? 1 : 1000; }, trusting());
    QTRY_COMPARE_WITH_TIMEOUT(done, 40, 5000);
    QVERIFY(t.openConnections() <= Http1Transport::MaxPerHost);
}

void TestHttp1Transport::chunkedBodies()
{
    ScriptServer server;
    Http1Transport t;
    server.replies << QList<QByteArray>{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel", "lo\r\n7;ext=1\r\n, world\r\n",
                                        "0\r\nX-Trailer: yes\r\n\r\n"};
    server.replies << QList<QByteArray>{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"};
    // both replies in one write: the second must not be taken for part of the first
    server.replies << QList<QByteArray>{"HTTP/1.1 201 Created\r\ntransfer-encoding: Chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"};
    Http1Reply r = wait(t, server.url());
    QCOMPARE(r.error, Http1Reply::Error::None);
    QCOMPARE(r.body, QByteArray("hello, world"));
    r = wait(t, server.url());
    QCOMPARE(r.body, QByteArray());
    QCOMPARE(r.status, 200);
    r = wait(t, server.url());
    QCOMPARE(r.status, 201);
    QCOMPARE(r.body, QByteArray("abc"));
    QCOMPARE(server.connections, 1);
}

void TestHttp1Transport::bodyUntilClose()
{
    ScriptServer server;
    Http1Transport t;
    server.replies << QList<QByteArray>{"HTTP/1.0 200 OK\r\n\r\nall of ", "this", "IDLECLOSE"};
    const Http1Reply r = wait(t, server.url());
    QCOMPARE(r.error, Http1Reply::Error::None);
    QCOMPARE(r.body, QByteArray("all of this"));
    // the next request needs a new connection
    server.replies << QList<QByteArray>{"HTTP/1.1 204 No Content\r\n\r\n"};
    QCOMPARE(wait(t, server.url()).status, 204);
    QCOMPARE(server.connections, 2);
}

void TestHttp1Transport::continueThenReply()
{
    ScriptServer server;
    Http1Transport t;
    server.replies << QList<QByteArray>{"HTTP/1.1 100 Continue\r\n\r\n", "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nyes"};
    const Http1Reply r = wait(t, server.url(), "PUT", "data");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("yes"));
    // HEAD: headers only, even with a Content-Length
    server.replies << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n"};
    server.replies << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"};
    QCOMPARE(wait(t, server.url(), "HEAD").body, QByteArray());
    QCOMPARE(wait(t, server.url()).body, QByteArray("ok")); // and the connection is still in step
}

void TestHttp1Transport::staleKeptAliveConnectionIsRetriedOnce()
{
    ScriptServer server;
    Http1Transport t;
    // the server answers, then closes the idle connection; the next request goes on a new one
    server.replies << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na", "IDLECLOSE"};
    QCOMPARE(wait(t, server.url()).body, QByteArray("a"));
    QTRY_COMPARE(t.openConnections(), 0); // the client saw the idle connection go
    server.replies << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nb"};
    QCOMPARE(wait(t, server.url()).body, QByteArray("b"));
    QCOMPARE(server.connections, 2);

    // a connection dropped after the request was read: resent once on a fresh connection…
    server.replies << QList<QByteArray>{"CLOSE"};
    server.replies << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nc"};
    QCOMPARE(wait(t, server.url()).body, QByteArray("c"));
    // …but not twice
    server.replies << QList<QByteArray>{"CLOSE"};
    server.replies << QList<QByteArray>{"CLOSE"};
    const Http1Reply r = wait(t, server.url());
    QCOMPARE(r.error, Http1Reply::Error::Closed);
    // and never on a connection that had not answered anything yet
    Http1Transport fresh;
    server.replies << QList<QByteArray>{"CLOSE"};
    QCOMPARE(wait(fresh, server.url()).error, Http1Reply::Error::Closed);
    // a reply cut off in the middle is an error, not a short body
    server.replies << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this", "IDLECLOSE"};
    QCOMPARE(wait(fresh, server.url()).error, Http1Reply::Error::Closed);
}

void TestHttp1Transport::limitsAndGarbage()
{
    ScriptServer server;
    Http1Transport t;
    server.replies << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n"};
    QCOMPARE(wait(t, server.url(), "GET", {}, 100).error, Http1Reply::Error::TooLarge);
    server.replies << QList<QByteArray>{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n80\r\n" + QByteArray(128, 'x') + "\r\n0\r\n\r\n"};
    QCOMPARE(wait(t, server.url(), "GET", {}, 100).error, Http1Reply::Error::TooLarge);
    server.replies << QList<QByteArray>{"SSH-2.0-OpenSSH\r\n\r\n"};
    Http1Reply r = wait(t, server.url());
    QCOMPARE(r.error, Http1Reply::Error::Protocol);
    QVERIFY(r.errorString.contains("HTTP/1.x"));
    server.replies << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Length: many\r\n\r\n"};
    QCOMPARE(wait(t, server.url()).error, Http1Reply::Error::Protocol);
    server.replies << QList<QByteArray>{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"};
    QCOMPARE(wait(t, server.url()).error, Http1Reply::Error::Protocol);
    server.replies << QList<QByteArray>{"HTTP/1.1 200 OK\r\nX-Big: " + QByteArray(70000, 'h')};
    QCOMPARE(wait(t, server.url()).error, Http1Reply::Error::Protocol);
}

void TestHttp1Transport::abortAndRefused()
{
    ScriptServer server;
    Http1Transport t;
    server.replies << QList<QByteArray>{}; // no answer
    bool called = false;
    Http1Reply got;
    const quint64 id = t.send(server.url(), "GET", {}, {}, 100, [&](Http1Reply &&r) {
        got = std::move(r);
        called = true;
    }, trusting());
    QVERIFY(!called); // never from inside send()
    QTRY_COMPARE(server.requests.size(), 1);
    t.abort(id);
    QVERIFY(called);
    QCOMPARE(got.error, Http1Reply::Error::Aborted);
    QCOMPARE(t.openConnections(), 0); // that connection is not used again

    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost);
    const quint16 port = closed.serverPort();
    closed.close();
    const Http1Reply r = wait(t, QUrl(QStringLiteral("%1://127.0.0.1:%2/").arg(secure ? "https" : "http").arg(port)));
    QCOMPARE(r.error, Http1Reply::Error::Refused);

    // with a proxy for the scheme (or for all), QNetworkAccessManager goes instead
    QVERIFY(Http1Transport::handles(QUrl("http://example.com/")));
    QVERIFY(Http1Transport::handles(QUrl("https://example.com/")));
    QVERIFY(!Http1Transport::handles(QUrl("ftp://example.com/")));
    qputenv("http_proxy", "http://proxy:3128");
    QVERIFY(!Http1Transport::handles(QUrl("http://example.com/")));
    QVERIFY(Http1Transport::handles(QUrl("https://example.com/")));
    qunsetenv("http_proxy");
    qputenv("HTTPS_PROXY", "http://proxy:3128");
    QVERIFY(!Http1Transport::handles(QUrl("https://example.com/")));
    qunsetenv("HTTPS_PROXY");
}

void TestHttp1Transport::throughHttpClient()
{
    ScriptServer server;
    HttpClient client;
    server.replies << QList<QByteArray>{"HTTP/1.1 503 Busy\r\nRetry-After: 0\r\nContent-Length: 0\r\n\r\n"};
    server.replies << QList<QByteArray>{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n",
                                        "2\r\n[]\r\n0\r\n\r\n"};
    PreparedRequest p;
    p.url = server.url("/list");
    p.method = "GET";
    p.expectJson = true;
    p.retry.attempts = 3;
    p.retry.baseDelayMs = 10;
    p.tls = trusting();
    const HttpResult r = client.sendAndWait(p);
    QCOMPARE(r.error, NetError::None);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("[]"));
    QCOMPARE(r.attempts, 2);
    QCOMPARE(client.lean()->connectionsMade(), 1); // the retry went on the same connection
    QVERIFY(server.requests[0].contains("\r\nUser-Agent: Patchbay/"));
}

void TestHttp1Transport::unsafeLinesAreNeverWritten()
{
    // The transport itself refuses, whoever built the request: nothing reaches the server, and
    // `done` comes later, never from inside send().
    ScriptServer server;
    Http1Transport t;
    const QList<QPair<QByteArray, QList<QPair<QByteArray, QByteArray>>>> cases{
        {"GET", {{"X-Note", "a\r\nContent-Length: 0\r\n\r\nDELETE /all HTTP/1.1"}}},
        {"GET", {{"X-A\r\nX-B", "1"}}},
        {"GET", {{"X-Nul", QByteArray("a\0b", 3)}}},
        {"GET", {{"", "empty name"}}},
        {"GET /all HTTP/1.1\r\nX:", {}},
    };
    for (const auto &[method, headers] : cases) {
        bool called = false;
        Http1Reply reply;
        t.send(server.url(), method, headers, {}, 1000, [&](Http1Reply &&r) {
            reply = std::move(r);
            called = true;
        });
        QVERIFY(!called);
        QTRY_VERIFY(called);
        QCOMPARE(reply.error, Http1Reply::Error::Unsafe);
        QVERIFY2(reply.errorString.startsWith(QStringLiteral("The request was not sent: ")), qPrintable(reply.errorString));
    }
    // An abort before then is an abort.
    bool aborted = false;
    const quint64 id = t.send(server.url(), "GET", {{"X", "\n"}}, {}, 1000, [&](Http1Reply &&r) {
        aborted = r.error == Http1Reply::Error::Aborted;
    });
    t.abort(id);
    QVERIFY(aborted);
    QTest::qWait(50);
    QCOMPARE(server.connections, 0);
    QVERIFY(server.requests.isEmpty());
    // A tab in a value is allowed.
    server.replies << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"};
    bool ok = false;
    t.send(server.url(), "GET", {{"X-Tab", "a\tb"}}, {}, 1000, [&](Http1Reply &&r) { ok = r.error == Http1Reply::Error::None && r.body == "ok"; }, trusting());
    QTRY_VERIFY(ok);
}

void TestHttp1Transport::certificatesAreCheckedAndSessionsResumed()
{
    if (!secure)
        QSKIP("TLS only");
    const auto refusal = [](const QString &cert, const TlsSettings &tls) -> Http1Reply {
        QTcpServer *server = makeServer(nullptr, cert + QStringLiteral(".pem"), cert + QStringLiteral(".key"));
        server->listen(QHostAddress::LocalHost);
        int requests = 0;
        QObject::connect(server, &QTcpServer::pendingConnectionAvailable, server, [&] {
            while (QTcpSocket *s = server->nextPendingConnection())
                QObject::connect(s, &QTcpSocket::readyRead, s, [&requests] { ++requests; });
        });
        Http1Transport t;
        Http1Reply out;
        bool done = false;
        t.send(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(server->serverPort())), "GET", {}, {}, 1000,
               [&](Http1Reply &&r) {
                   out = std::move(r);
                   done = true;
               },
               tls);
        QDeadlineTimer deadline(5000);
        while (!done && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        delete server;
        return requests == 0 ? out : Http1Reply(); // nothing may reach a server that was refused
    };
    // not trusted: the system's CAs do not know the test CA
    Http1Reply r = refusal(QStringLiteral("server"), TlsSettings());
    QCOMPARE(r.error, Http1Reply::Error::Tls);
    QVERIFY2(r.errorString.contains(QStringLiteral("issuer certificate")) || r.errorString.contains(QStringLiteral("not trusted")),
             qPrintable(r.errorString));
    // trusted, but for another name
    TlsSettings wrongHost;
    wrongHost.caFile = tlsDir + QStringLiteral("wronghost.pem");
    r = refusal(QStringLiteral("wronghost"), wrongHost);
    QCOMPARE(r.error, Http1Reply::Error::Tls);
    QVERIFY2(r.errorString.contains(QStringLiteral("host name did not match")), qPrintable(r.errorString));
    // trusted, for this host, but expired
    TlsSettings expired;
    expired.caFile = tlsDir + QStringLiteral("expired.pem");
    r = refusal(QStringLiteral("expired"), expired);
    QCOMPARE(r.error, Http1Reply::Error::Tls);
    QVERIFY2(r.errorString.contains(QStringLiteral("expired")), qPrintable(r.errorString));

    // verification off (the connection says so, with its warning): it connects
    ScriptServer server;
    Http1Transport t;
    TlsSettings unchecked;
    unchecked.verify = false;
    server.replies << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"};
    bool ok = false;
    t.send(server.url(), "GET", {}, {}, 1000, [&](Http1Reply &&reply) { ok = reply.body == "ok"; }, unchecked);
    QTRY_VERIFY(ok);
    // another TLS setting is another connection: one made without checks never serves a request that wants them
    server.replies << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"};
    QCOMPARE(wait(t, server.url()).body, QByteArray("ok"));
    QCOMPARE(t.connectionsMade(), 2);

    // a new connection to the same place offers the session of the last one (resumption)
    QCOMPARE(t.sessionsOffered(), 0);
    for (int i = 0; i < 3; ++i) {
        server.replies << QList<QByteArray>{"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\n" + QByteArray::number(i)};
        const Http1Reply again = wait(t, server.url());
        QCOMPARE(again.error, Http1Reply::Error::None);
        QCOMPARE(again.body, QByteArray::number(i));
    }
    QCOMPARE(t.connectionsMade(), 4);
    QVERIFY2(t.sessionsOffered() >= 2, qPrintable(QString::number(t.sessionsOffered())));
}

QTEST_GUILESS_MAIN(TestHttp1Transport)
#include "tst_http1transport.moc"
