// Pasting a cURL command: shell quoting as browsers and API docs write it, the options people use,
// credentials lifted out into auth, clear errors — and what Patchbay copies as cURL reads back.

#include "importers/curlcommand.h"
#include "net/curl.h"

#include <QTest>

using namespace patchbay;

class TestCurlImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shellWords_data();
    void shellWords();
    void chromeCopyAsCurl();
    void dataMakesAPost();
    void getWithData();
    void basicAuthFromUser();
    void basicAuthFromHeader();
    void optionsWithValuesAreNotTheUrl();
    void errors_data();
    void errors();
    void roundTripThroughCopyAsCurl();
};

void TestCurlImport::shellWords_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("plain") << "curl https://x.test/a" << QStringList{"curl", "https://x.test/a"};
    QTest::newRow("single quotes keep everything")
        << "curl -H 'A: \"b\" $c \\n'" << QStringList{"curl", "-H", "A: \"b\" $c \\n"};
    QTest::newRow("double quotes unescape") << "curl -d \"{\\\"a\\\": 1}\"" << QStringList{"curl", "-d", "{\"a\": 1}"};
    QTest::newRow("ansi c quotes") << "curl -d $'a\\tb\\'c'" << QStringList{"curl", "-d", "a\tb'c"};
    QTest::newRow("line continuations") << "curl \\\n  -X PUT \\\r\n  u" << QStringList{"curl", "-X", "PUT", "u"};
    QTest::newRow("escaped space") << "curl a\\ b" << QStringList{"curl", "a b"};
    QTest::newRow("glued quotes") << "curl 'a'\"b\"c" << QStringList{"curl", "abc"};
    QTest::newRow("empty quoted word") << "curl -d ''" << QStringList{"curl", "-d", ""};
}

void TestCurlImport::shellWords()
{
    QFETCH(QString, line);
    QFETCH(QStringList, words);
    const Result<QStringList> got = CurlCommand::shellWords(line);
    QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
    QCOMPARE(*got, words);
}

void TestCurlImport::chromeCopyAsCurl()
{
    // What Chrome's "Copy as cURL (bash)" produces, shortened.
    const Result<CurlCommand> c = CurlCommand::parse(QStringLiteral(
        "curl 'https://api.example.com/v1/customers?page=2' \\\n"
        "  -H 'accept: application/json' \\\n"
        "  -H 'authorization: Bearer sk_live_123' \\\n"
        "  -H 'user-agent: Mozilla/5.0' \\\n"
        "  --compressed"));
    QVERIFY(c);
    QCOMPARE(c->method, QStringLiteral("GET"));
    QCOMPARE(c->url, QStringLiteral("https://api.example.com/v1/customers?page=2"));
    QCOMPARE(c->auth, CurlCommand::AuthKind::Bearer);
    QCOMPARE(c->secret, QStringLiteral("sk_live_123"));
    // The token is not left behind in a header, where it would be saved in the project.
    const KeyValues expected{{"accept", "application/json"}, {"user-agent", "Mozilla/5.0"}};
    QCOMPARE(c->headers, expected);
    QCOMPARE(c->ignored, QStringList{"--compressed"});
}

void TestCurlImport::dataMakesAPost()
{
    Result<CurlCommand> c = CurlCommand::parse(QStringLiteral("curl -s https://x.test/items -d '{\"name\":\"a\"}'"));
    QVERIFY(c);
    QCOMPARE(c->method, QStringLiteral("POST"));
    QCOMPARE(c->body, QStringLiteral("{\"name\":\"a\"}"));
    QCOMPARE(valueOf(c->headers, "Content-Type"), QStringLiteral("application/json"));

    c = CurlCommand::parse(QStringLiteral("curl -XPATCH https://x.test/i/1 --data a=1 --data-urlencode 'b=x y&z'"));
    QVERIFY(c);
    QCOMPARE(c->method, QStringLiteral("PATCH"));
    QCOMPARE(c->body, QStringLiteral("a=1&b=x%20y%26z"));
    QCOMPARE(valueOf(c->headers, "Content-Type"), QStringLiteral("application/x-www-form-urlencoded"));

    c = CurlCommand::parse(QStringLiteral("curl --json '[1]' --request=PUT x.test/j"));
    QVERIFY(c);
    QCOMPARE(c->method, QStringLiteral("PUT"));
    QCOMPARE(c->url, QStringLiteral("http://x.test/j"));
    QCOMPARE(valueOf(c->headers, "Content-Type"), QStringLiteral("application/json"));
}

void TestCurlImport::getWithData()
{
    const Result<CurlCommand> c = CurlCommand::parse(QStringLiteral("curl -G https://x.test/s?q=1 -d a=2 -d b=3"));
    QVERIFY(c);
    QCOMPARE(c->method, QStringLiteral("GET"));
    QCOMPARE(c->url, QStringLiteral("https://x.test/s?q=1&a=2&b=3"));
    QVERIFY(c->body.isEmpty());
}

void TestCurlImport::basicAuthFromUser()
{
    const Result<CurlCommand> c = CurlCommand::parse(QStringLiteral("curl -u 'ann:p:ss word' https://x.test/"));
    QVERIFY(c);
    QCOMPARE(c->auth, CurlCommand::AuthKind::Basic);
    QCOMPARE(c->username, QStringLiteral("ann"));
    QCOMPARE(c->secret, QStringLiteral("p:ss word"));
}

void TestCurlImport::basicAuthFromHeader()
{
    const QString b64 = QString::fromLatin1(QByteArray("bob:s3cret").toBase64());
    const Result<CurlCommand> c =
        CurlCommand::parse(QStringLiteral("curl https://x.test/ -H 'Authorization: Basic %1'").arg(b64));
    QVERIFY(c);
    QCOMPARE(c->auth, CurlCommand::AuthKind::Basic);
    QCOMPARE(c->username, QStringLiteral("bob"));
    QCOMPARE(c->secret, QStringLiteral("s3cret"));
    QVERIFY(c->headers.isEmpty());
}

void TestCurlImport::optionsWithValuesAreNotTheUrl()
{
    const Result<CurlCommand> c = CurlCommand::parse(
        QStringLiteral("curl --cacert /etc/ca.pem -w '%{http_code}' -o out.json -L -k https://x.test/a"));
    QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
    QCOMPARE(c->url, QStringLiteral("https://x.test/a"));
    QVERIFY(c->insecure);
    QVERIFY(c->ignored.contains("--cacert"));
    QVERIFY(c->ignored.contains("-L"));
}

void TestCurlImport::errors_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("not curl") << "wget https://x" << "curl.not-curl" << "start with \"curl\"";
    QTest::newRow("empty") << "   " << "curl.not-curl" << "not a curl command";
    QTest::newRow("open quote") << "curl 'https://x" << "curl.quote" << "not closed";
    QTest::newRow("no url") << "curl -X POST" << "curl.no-url" << "no URL";
    QTest::newRow("missing value") << "curl https://x -H" << "curl.missing-value" << "-H needs a value";
    QTest::newRow("bad header") << "curl https://x -H nocolon" << "curl.header" << "\"nocolon\"";
    QTest::newRow("file data") << "curl https://x -d @body.json" << "curl.file" << "paste the file's content";
    QTest::newRow("two urls") << "curl https://x https://y" << "curl.extra" << "\"https://y\" is a second URL";
}

void TestCurlImport::errors()
{
    QFETCH(QString, line);
    QFETCH(QString, code);
    QFETCH(QString, words);
    const Result<CurlCommand> c = CurlCommand::parse(line);
    QVERIFY(!c);
    QCOMPARE(c.error().code, code);
    QVERIFY2(c.error().message.contains(words), qPrintable(c.error().message));
}

void TestCurlImport::roundTripThroughCopyAsCurl()
{
    PreparedRequest r;
    r.method = "POST";
    r.url = QUrl(QStringLiteral("https://api.test/v1/items?tag=a%20b&x=it's"));
    r.headers = {{"Content-Type", "application/json"}, {"X-Note", "it's \"quoted\" $HOME"}};
    r.body = R"({"name": "O'Brien", "n": 1})";
    r.connectionOrigin = QUrl(QStringLiteral("https://api.test"));
    r.auth.type = AuthType::Bearer;
    r.auth.token = QStringLiteral("tok-123");
    r.tls.caFile = QStringLiteral("/tmp/my ca.pem");

    const Result<CurlCommand> c = CurlCommand::parse(toCurl(r, true));
    QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
    QCOMPARE(c->method, QStringLiteral("POST"));
    QCOMPARE(QUrl(c->url), r.url);
    QCOMPARE(c->body.toUtf8(), r.body);
    QCOMPARE(c->auth, CurlCommand::AuthKind::Bearer);
    QCOMPARE(c->secret, QStringLiteral("tok-123"));
    QCOMPARE(valueOf(c->headers, "X-Note"), QStringLiteral("it's \"quoted\" $HOME"));
    QCOMPARE(valueOf(c->headers, "Content-Type"), QStringLiteral("application/json"));
}

QTEST_GUILESS_MAIN(TestCurlImport)
#include "tst_curlimport.moc"
