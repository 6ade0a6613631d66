// patchbay-demo-api's own HTTP/1.1 server, spoken to byte by byte over a raw socket: requests
// pipelined in one write, split across writes, percent-encoded paths and queries, HTTP/1.0 and
// "Connection: close", and the requests it refuses. Every other net test stands on this server.

#include "support/demoapi.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QSet>
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

/// One request on its own connection: its status, head and body.
Reply request(int port, const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
              const QList<QByteArray> &headers = {})
{
    QByteArray wire = method + ' ' + target + " HTTP/1.1\r\nHost: x\r\n";
    for (const QByteArray &h : headers)
        wire += h + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PATCH")
        wire += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    wire += "\r\n" + body;
    const QList<Reply> replies = exchange(port, {wire}, 1);
    return replies.isEmpty() ? Reply{} : replies.first();
}

QJsonArray jsonArray(const Reply &r)
{
    return QJsonDocument::fromJson(r.body).array();
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

    void paymentsListLikeStripe()
    {
        DemoApi api({"--payments", "250", "--seed", "3"});
        QVERIFY2(api.ok(), qPrintable(api.errorOutput()));
        const QByteArray auth = "Authorization: Bearer demo-token";
        QCOMPARE(request(api.port(), "GET", "/v1/charges").status, 401);
        QVERIFY(request(api.port(), "GET", "/v1/charges").json().value("error").toObject().contains("message"));
        // every charge once, oldest first, page after page by starting_after
        QStringList ids;
        qint64 lastCreated = 0;
        QString after;
        int pages = 0;
        for (bool more = true; more; ++pages) {
            const Reply r = request(api.port(), "GET", "/v1/charges?limit=100" + (after.isEmpty() ? QByteArray() : "&starting_after=" + after.toUtf8()), {}, {auth});
            QCOMPARE(r.status, 200);
            const QJsonObject page = r.json();
            QCOMPARE(page.value("object").toString(), QStringLiteral("list"));
            for (const QJsonValue &v : page.value("data").toArray()) {
                const QJsonObject c = v.toObject();
                QVERIFY(c.value("id").toString().startsWith("ch_"));
                QVERIFY(qint64(c.value("created").toDouble()) > lastCreated);
                lastCreated = qint64(c.value("created").toDouble());
                QVERIFY(c.value("amount").isDouble());
                QVERIFY(c.value("billing_details").toObject().value("email").toString().endsWith("@example.com"));
                const QString status = c.value("status").toString();
                QVERIFY(status == u"succeeded" || status == u"failed");
                ids.append(c.value("id").toString());
            }
            more = page.value("has_more").toBool();
            after = ids.last();
        }
        QCOMPARE(pages, 3);
        QCOMPARE(ids.size(), 250);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 250);
        // created[gte] (also percent-encoded, as clients send it) starts at that second
        const Reply all = request(api.port(), "GET", "/v1/charges?limit=100", {}, {auth});
        const QJsonObject tenth = all.json().value("data").toArray().at(10).toObject();
        const QByteArray since = QByteArray::number(qint64(tenth.value("created").toDouble()));
        for (const QByteArray &name : {QByteArray("created[gte]"), QByteArray("created%5Bgte%5D")}) {
            const QJsonArray from = request(api.port(), "GET", "/v1/charges?limit=5&" + name + '=' + since, {}, {auth})
                                        .json().value("data").toArray();
            QCOMPARE(from.size(), 5);
            QCOMPARE(from.at(0).toObject().value("id"), tenth.value("id"));
        }
        QCOMPARE(request(api.port(), "GET", "/v1/charges/" + tenth.value("id").toString().toUtf8(), {}, {auth}).json().value("id"),
                 tenth.value("id"));
        // Stripe's errors
        const Reply big = request(api.port(), "GET", "/v1/charges?limit=101", {}, {auth});
        QCOMPARE(big.status, 400);
        QCOMPARE(big.json().value("error").toObject().value("param").toString(), QStringLiteral("limit"));
        const Reply missing = request(api.port(), "GET", "/v1/charges?starting_after=ch_nope", {}, {auth});
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.json().value("error").toObject().value("code").toString(), QStringLiteral("resource_missing"));
        QCOMPARE(request(api.port(), "GET", "/v1/charges/ch_nope", {}, {auth}).status, 404);
    }

    void crmLikeSalesforce()
    {
        // 90 charges: 30 payers; contacts from payer 15 on, 20 of them (15 … 34)
        DemoApi api({"--payments", "90", "--contacts", "20", "--seed", "5"});
        QVERIFY2(api.ok(), qPrintable(api.errorOutput()));
        const int port = api.port();
        const QString base = QStringLiteral("/services/data/v60.0/");
        const auto q = [&](const QString &email, const QByteArray &token, const QString &fields = QStringLiteral("Id, Email, Name")) {
            const QString soql = QStringLiteral("SELECT %1 FROM Contact WHERE Email = '%2'").arg(fields, email);
            return request(port, "GET", (base + QStringLiteral("query?q=")).toUtf8() + QUrl::toPercentEncoding(soql), {},
                           {"Authorization: Bearer " + token});
        };
        // OAuth2 client credentials first; without a token, Salesforce's 401
        const Reply denied = q(QStringLiteral("a@example.com"), "wrong");
        QCOMPARE(denied.status, 401);
        QCOMPARE(jsonArray(denied).at(0).toObject().value("errorCode").toString(), QStringLiteral("INVALID_SESSION_ID"));
        const Reply tokenReply = request(port, "POST", "/oauth/token",
                                         "grant_type=client_credentials&client_id=demo-client&client_secret=demo-secret",
                                         {"Content-Type: application/x-www-form-urlencoded"});
        QCOMPARE(tokenReply.status, 200);
        QCOMPARE(tokenReply.json().value("instance_url").toString(), api.url());
        const QByteArray token = tokenReply.json().value("access_token").toString().toUtf8();
        const QByteArray auth = "Authorization: Bearer " + token;

        // the contacts are the payers from the middle on: some payers are contacts, some are not
        QJsonArray contacts = jsonArray(request(port, "GET", "/_admin/contacts"));
        QCOMPARE(contacts.size(), 20);
        QSet<QString> emails;
        for (const QJsonValue &c : contacts)
            emails.insert(c.toObject().value("Email").toString());
        QSet<QString> payers;
        const QJsonArray charges = request(port, "GET", "/v1/charges?limit=100", {}, {"Authorization: Bearer demo-token"})
                                       .json().value("data").toArray();
        for (const QJsonValue &c : charges)
            payers.insert(c.toObject().value("billing_details").toObject().value("email").toString());
        const QSet<QString> known = QSet<QString>(payers).intersect(emails);
        QVERIFY2(!known.isEmpty() && known.size() < payers.size() && known.size() < emails.size(),
                 qPrintable(QStringLiteral("%1 payers, %2 contacts, %3 both").arg(payers.size()).arg(emails.size()).arg(known.size())));

        // the query: found (case does not matter), not found, other shapes refused
        const QString email = *known.cbegin();
        Reply found = q(email.toUpper(), token);
        QCOMPARE(found.status, 200);
        QCOMPARE(found.json().value("totalSize").toInt(), 1);
        const QJsonObject record = found.json().value("records").toArray().at(0).toObject();
        QCOMPARE(record.value("Email").toString(), email);
        QCOMPARE(record.value("attributes").toObject().value("type").toString(), QStringLiteral("Contact"));
        const QString id = record.value("Id").toString();
        QCOMPARE(id.size(), 18);
        QCOMPARE(q(QStringLiteral("nobody@example.com"), token).json().value("totalSize").toInt(), 0);
        // a quote in the value is escaped as SOQL does it; unescaped, the query is malformed
        QCOMPARE(q(QStringLiteral("o\\'brien@example.com"), token).json().value("totalSize").toInt(), 0);
        QCOMPARE(jsonArray(q(QStringLiteral("x' OR Email != '"), token)).at(0).toObject().value("errorCode").toString(),
                 QStringLiteral("MALFORMED_QUERY"));
        QCOMPARE(jsonArray(q(email, token, QStringLiteral("Id, Nope"))).at(0).toObject().value("errorCode").toString(),
                 QStringLiteral("INVALID_FIELD"));

        // update: 204, read back; wrong kinds and unknown or read-only fields are Salesforce's 400s
        const QByteArray one = (base + QStringLiteral("sobjects/Contact/") + id).toUtf8();
        QCOMPARE(request(port, "PATCH", one, R"({"LastPaymentId__c":"ch_1","LastPaymentAmount__c":12.5,"LastPaymentDate__c":"2025-12-01"})", {auth}).status, 204);
        const QJsonObject read = request(port, "GET", one, {}, {auth}).json();
        QCOMPARE(read.value("LastPaymentAmount__c").toDouble(), 12.5);
        QCOMPARE(read.value("LastPaymentDate__c").toString(), QStringLiteral("2025-12-01"));
        const auto code = [&](const QByteArray &method, const QByteArray &target, const QByteArray &body) {
            const Reply r = request(port, method, target, body, {auth});
            return QStringLiteral("%1 %2").arg(r.status).arg(jsonArray(r).at(0).toObject().value("errorCode").toString());
        };
        QCOMPARE(code("PATCH", one, R"({"LastPaymentAmount__c":"12.50"})"), QStringLiteral("400 JSON_PARSER_ERROR"));
        QCOMPARE(code("PATCH", one, R"({"LastPaymentDate__c":"01.12.2025"})"), QStringLiteral("400 JSON_PARSER_ERROR"));
        QCOMPARE(code("PATCH", one, R"({"Shoe":1})"), QStringLiteral("400 INVALID_FIELD"));
        QCOMPARE(code("PATCH", one, R"({"Name":"X"})"), QStringLiteral("400 INVALID_FIELD_FOR_INSERT_UPDATE"));
        QCOMPARE(code("PATCH", one, "not json"), QStringLiteral("400 JSON_PARSER_ERROR"));
        QCOMPARE(code("PATCH", (base + "sobjects/Contact/003Dn00000000ZZZZZ").toUtf8(), "{}"), QStringLiteral("404 NOT_FOUND"));

        // create: 201 with its id; LastName required; the same Idempotency-Key answers the same again
        const QByteArray create = (base + QStringLiteral("sobjects/Contact")).toUtf8();
        QCOMPARE(code("POST", create, R"({"Email":"new@example.com"})"), QStringLiteral("400 REQUIRED_FIELD_MISSING"));
        const Reply created = request(port, "POST", create, R"({"LastName":"New","Email":"new@example.com"})", {auth, "Idempotency-Key: k-1"});
        QCOMPARE(created.status, 201);
        QVERIFY(created.json().value("success").toBool());
        const Reply again = request(port, "POST", create, R"({"LastName":"New","Email":"new@example.com"})", {auth, "Idempotency-Key: k-1"});
        QCOMPARE(again.status, 201);
        QCOMPARE(again.json().value("id"), created.json().value("id"));
        QCOMPARE(q(QStringLiteral("new@example.com"), token).json().value("totalSize").toInt(), 1);

        // upsert by email: 201 created, then 204 updated — one contact
        const QByteArray upsert = (base + QStringLiteral("sobjects/Contact/Email/up%40example.com")).toUtf8();
        const Reply up1 = request(port, "PATCH", upsert, R"({"LastName":"Up"})", {auth});
        QCOMPARE(up1.status, 201);
        QVERIFY(up1.json().value("created").toBool());
        QCOMPARE(request(port, "PATCH", upsert, R"({"FirstName":"Upd"})", {auth}).status, 204);
        found = q(QStringLiteral("up@example.com"), token, QStringLiteral("Id, FirstName, LastName"));
        QCOMPARE(found.json().value("totalSize").toInt(), 1);
        QCOMPARE(found.json().value("records").toArray().at(0).toObject().value("FirstName").toString(), QStringLiteral("Upd"));

        // delete: 204, then gone
        QCOMPARE(request(port, "DELETE", one, {}, {auth}).status, 204);
        QCOMPARE(request(port, "GET", one, {}, {auth}).status, 404);

        // what a test checks afterwards
        QCOMPARE(jsonArray(request(port, "GET", "/_admin/contacts")).size(), 20 + 2 - 1);
        const QJsonObject crm = api.stats().value("crm").toObject();
        QCOMPARE(crm.value("creates").toInt(), 1);
        QCOMPARE(crm.value("replays").toInt(), 1);
        QCOMPARE(crm.value("upserts").toInt(), 2);
        QCOMPARE(crm.value("upsert_creates").toInt(), 1);
        QCOMPARE(crm.value("patches").toInt(), 1);
        QCOMPARE(crm.value("deletes").toInt(), 1);
        QCOMPARE(crm.value("contacts").toInt(), 21);
        QVERIFY(crm.value("queries").toInt() >= 7);
    }

private:
    DemoApi m_api;
};

QTEST_GUILESS_MAIN(TestDemoApi)
#include "tst_demoapi.moc"
