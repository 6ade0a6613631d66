// patchbay-demo-api's own HTTP/1.1 server, spoken to byte by byte over a raw socket: requests
// pipelined in one write, split across writes, percent-encoded paths and queries, HTTP/1.0 and
// "Connection: close", and the requests it refuses. Every other net test stands on this server.

#include "support/demoapi.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QTcpSocket>

namespace {

struct Reply
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/// Writes the pieces (waiting a little between them), then reads replies until `count` are
/// complete or the server closes the connection. *closed tells whether it did.
QList<Reply> exchange(int port, const QList<QByteArray> &pieces, int count, bool *closed = nullptr)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    if (!socket.waitForConnected(5000))
        return {};
    for (const QByteArray &piece : pieces) {
        socket.write(piece);
        socket.waitForBytesWritten(5000);
        if (pieces.size() > 1)
            QTest::qWait(30); // the server sees each piece on its own
    }
    QByteArray buffer;
    QList<Reply> replies;
    bool gone = false;
    const QDeadlineTimer deadline(10000);
    while (replies.size() < count && !deadline.hasExpired()) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end >= 0) {
            Reply r;
            r.head = buffer.left(end);
            r.status = r.head.mid(9, 3).toInt();
            qsizetype length = 0;
            for (const QByteArray &line : r.head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer.size() >= end + 4 + length) {
                r.body = buffer.mid(end + 4, length);
                buffer.remove(0, end + 4 + length);
                replies.append(r);
                continue;
            }
        }
        if (gone)
            break;
        if (!socket.waitForReadyRead(2000) && socket.state() != QAbstractSocket::ConnectedState)
            gone = true;
        buffer += socket.readAll();
    }
    if (closed) {
        if (!gone && socket.state() == QAbstractSocket::ConnectedState)
            socket.waitForDisconnected(300);
        *closed = gone || socket.state() != QAbstractSocket::ConnectedState;
    }
    return replies;
}

} // namespace

class TestDemoApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_api.ok(), qPrintable(m_api.errorOutput()));
    }

    void pipelinedRequestsAnsweredInOrder()
    {
        const QByteArray body = R"({"a":1})";
        const QByteArray wire = "GET /_echo/a%20b?x=1%262&y=%C3%A9&y2=plain HTTP/1.1\r\nHost: x\r\nX-One: first\r\n\r\n"
                                "POST /_echo HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                                QByteArray::number(body.size()) + "\r\n\r\n" + body;
        bool closed = true;
        const QList<Reply> replies = exchange(m_api.port(), {wire}, 2, &closed);
        QCOMPARE(replies.size(), 2);
        const QJsonObject first = replies[0].json();
        QCOMPARE(replies[0].status, 200);
        QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(first.value(QStringLiteral("path")).toString(), QStringLiteral("/_echo/a b"));
        QCOMPARE(first.value(QStringLiteral("target")).toString(), QStringLiteral("/_echo/a%20b?x=1%262&y=%C3%A9&y2=plain"));
        const QJsonObject query = first.value(QStringLiteral("query")).toObject();
        QCOMPARE(query.value(QStringLiteral("x")).toString(), QStringLiteral("1&2"));
        QCOMPARE(query.value(QStringLiteral("y")).toString(), QStringLiteral("é"));
        QCOMPARE(query.value(QStringLiteral("y2")).toString(), QStringLiteral("plain"));
        QCOMPARE(first.value(QStringLiteral("headers")).toObject().value(QStringLiteral("x-one")).toString(), QStringLiteral("first"));
        const QJsonObject second = replies[1].json();
        QCOMPARE(second.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(second.value(QStringLiteral("path")).toString(), QStringLiteral("/_echo"));
        QCOMPARE(second.value(QStringLiteral("body")).toString(), QString::fromLatin1(body));
        QVERIFY2(!closed, "HTTP/1.1 keeps the connection open");
    }

    void requestSplitAcrossWrites()
    {
        const QList<Reply> replies =
            exchange(m_api.port(), {"POST /_echo HTT", "P/1.1\r\nContent-Le", "ngth: 11\r\n\r\nhello", " world"}, 1);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies[0].json().value(QStringLiteral("body")).toString(), QStringLiteral("hello world"));
    }

    void closeWhenAsked_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<bool>("closes");
        QTest::newRow("HTTP/1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << true;
        QTest::newRow("1.1, Connection: close") << QByteArray("GET / HTTP/1.1\r\nConnection: close\r\n\r\n") << true;
        QTest::newRow("1.0, keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << false;
        QTest::newRow("1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << false;
    }
    void closeWhenAsked()
    {
        QFETCH(QByteArray, wire);
        QFETCH(bool, closes);
        bool closed = !closes;
        const QList<Reply> replies = exchange(m_api.port(), {wire}, 1, &closed);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies[0].status, 200);
        QCOMPARE(replies[0].json().value(QStringLiteral("name")).toString(), QStringLiteral("patchbay-demo-api"));
        QCOMPARE(closed, closes);
    }

    void refusedRequests_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("status");
        QTest::newRow("no target") << QByteArray("GARBAGE\r\n\r\n") << 400;
        QTest::newRow("four words") << QByteArray("GET / x HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("chunked body") << QByteArray("POST /_echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n") << 411;
        QTest::newRow("huge body") << QByteArray("POST /_echo HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n") << 413;
        QTest::newRow("unknown path") << QByteArray("GET /nowhere HTTP/1.1\r\n\r\n") << 404;
    }
    void refusedRequests()
    {
        QFETCH(QByteArray, wire);
        QFETCH(int, status);
        const QList<Reply> replies = exchange(m_api.port(), {wire}, 1);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies[0].status, status);
        QVERIFY2(!replies[0].json().value(QStringLiteral("error")).toString().isEmpty(), replies[0].body.constData());
    }

    // The target counts a contact it already has as a duplicate: every sync test's
    // "duplicates = 0" stands on this.
    void duplicateContactsAreCounted()
    {
        DemoApi api;
        QVERIFY(api.ok());
        auto post = [&](const char *path, const QByteArray &body) {
            const QByteArray wire = QByteArray("POST ") + path + " HTTP/1.1\r\nX-Api-Key: demo-key\r\nContent-Length: " +
                                    QByteArray::number(body.size()) + "\r\n\r\n" + body;
            const QList<Reply> replies = exchange(api.port(), {wire}, 1);
            return replies.isEmpty() ? 0 : replies[0].status;
        };
        QCOMPARE(post("/contacts", R"({"full_name":"A","email":"a@x.example","tags":[1,2.5,true,null]})"), 201);
        QCOMPARE(post("/contacts", R"({ "full_name" : "A", "email" : "a@x.example", "tags" : [1, 2.5, true, null] })"), 201);
        QCOMPARE(post("/contacts", R"({"full_name":"A","email":"b@x.example","tags":[1,2.5,true,null]})"), 201);
        QCOMPARE(post("/contacts", R"({"full_name":"A","email":"a@x.example","tags":[1,2.5,true]})"), 201);
        QCOMPARE(post("/contacts", R"({"full_name":"A","email":"a@x.example","tags":["1",2.5,true,null]})"), 201);
        QCOMPARE(post("/contacts/batch", R"([{"full_name":"A","email":"b@x.example","tags":[1,2.5,true,null]},)"
                                         R"({"full_name":"C","email":"c@x.example"}])"),
                 200);
        QCOMPARE(post("/contacts", R"({"full_name":"A","email":"c@x.example"})"), 201);
        QCOMPARE(api.stat("received"), 8);
        QCOMPARE(api.stat("unique"), 6);
        QCOMPARE(api.stat("duplicates"), 2);
        QCOMPARE(post("/contacts", R"({"full_name":"A"})"), 422);
        QCOMPARE(api.stat("rejected"), 1);
        QCOMPARE(api.stat("received"), 8);
    }

private:
    DemoApi m_api;
};

QTEST_GUILESS_MAIN(TestDemoApi)
#include "tst_demoapi.moc"
