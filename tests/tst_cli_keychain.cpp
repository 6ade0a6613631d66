// The canary: a secret set through patchbay-cli lands in the real keychain (gnome-keyring, started
// by tests/support/with-keyring.sh) and in no file under the project folder or the data directory.

#include "clirunner.h"
#include "support/demoapi.h"
#include "support/keychainprobe.h"

using namespace keychainprobe;

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>


class TestCliKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canarySecretStaysInTheKeychain();
    void oauthLoginKeepsRefreshTokenInKeychain();
};

void TestCliKeychain::canarySecretStaysInTheKeychain()
{
    QTemporaryDir projectDir;
    QTemporaryDir dataDir;
    const QString project = projectDir.filePath(QStringLiteral("demo.patchbay.json"));
    QVERIFY(QFile::copy(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"), project));
    QFile::setPermissions(project, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const QByteArray canary = "CANARY-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATCHBAY_DATA_DIR"), dataDir.path());

    const CliRun set = runCli({QStringLiteral("secret"), QStringLiteral("set"), project, QStringLiteral("crm"),
                               QStringLiteral("token")},
                              canary + '\n', env);
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QCOMPARE(set.out, QStringLiteral("Stored the secret demo/crm/token in the system keychain.\n"));
    QCOMPARE(secretToolLookup(QStringLiteral("demo/crm/token")), QString::fromLatin1(canary));

    // Use the project and the store in every way this build can.
    QList<CliRun> runs;
    runs << runCli({QStringLiteral("validate"), project}, {}, env);
    runs << runCli({QStringLiteral("format"), project}, {}, env);
    runs << runCli({QStringLiteral("audit"), QStringLiteral("verify")}, {}, env);
    for (const CliRun &r : runs) {
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.toLatin1().contains(canary));
        QVERIFY(!r.err.toLatin1().contains(canary));
    }
    QVERIFY(QFile::exists(dataDir.filePath(QStringLiteral("patchbay.sqlite"))));
    QCOMPARE(filesContaining(projectDir.path(), canary), QStringList());
    QCOMPARE(filesContaining(dataDir.path(), canary), QStringList());

    const CliRun del = runCli({QStringLiteral("secret"), QStringLiteral("delete"), project,
                               QStringLiteral("crm"), QStringLiteral("token")}, {}, env);
    QCOMPARE(del.exitCode, 0);
    QCOMPARE(secretToolLookup(QStringLiteral("demo/crm/token")), QString());
}

void TestCliKeychain::oauthLoginKeepsRefreshTokenInKeychain()
{
    DemoApi api;
    QVERIFY(api.ok());
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("oauth.patchbay.json"));
    QFile f(project);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"json({"formatVersion": 1, "id": "oauth-login", "name": "OAuth login",
      "variables": {"api": "http://127.0.0.1:9"},
      "connections": [{"id": "calendar", "name": "Calendar", "baseUrl": "{{api}}",
        "auth": {"type": "oauth2", "grant": "authorizationCode", "tokenUrl": "{{api}}/oauth/token",
                 "authorizationUrl": "{{api}}/oauth/authorize", "clientId": "demo-client"}}],
      "endpoints": [{"id": "customers", "name": "Customers", "connection": "calendar", "method": "GET", "path": "/customers"}],
      "integrations": []})json");
    f.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATCHBAY_DATA_DIR"), dir.filePath(QStringLiteral("data")));
    const QString var = QStringLiteral("api=") + api.url();

    // Not signed in yet.
    const CliRun before = runCli({QStringLiteral("send"), project, QStringLiteral("customers"), QStringLiteral("--var"), var}, {}, env);
    QCOMPARE(before.exitCode, 1);
    QVERIFY2(before.err.contains(QStringLiteral("is not signed in")), qPrintable(before.err));

    QProcess login;
    login.setProcessEnvironment(env);
    login.start(QStringLiteral(PATCHBAY_CLI), {QStringLiteral("login"), project, QStringLiteral("calendar"),
                                               QStringLiteral("--var"), var, QStringLiteral("--timeout"), QStringLiteral("30")});
    QByteArray out;
    while (!out.contains("/oauth/authorize") && login.waitForReadyRead(15000))
        out += login.readAllStandardOutput();
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QVERIFY2(lines.size() == 2 && lines[0] == "Open this address in a browser and sign in:", out.constData());
    // The browser: follow the address to the loopback redirect.
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl::fromEncoded(lines[1])));
    QTRY_VERIFY_WITH_TIMEOUT(login.state() == QProcess::NotRunning, 30000); // spins the event loop for the GET
    out += login.readAllStandardOutput();
    delete reply;
    QCOMPARE(login.exitCode(), 0);
    QVERIFY2(out.contains("Signed in to \"Calendar\"; the refresh token is in the system keychain."), out.constData());
    QVERIFY(secretToolLookup(QStringLiteral("oauth-login/calendar/refreshToken")).startsWith(QStringLiteral("rt_")));

    const CliRun after = runCli({QStringLiteral("send"), project, QStringLiteral("customers"), QStringLiteral("--var"), var}, {}, env);
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    QVERIFY(after.out.startsWith(QStringLiteral("HTTP/1.1 200 OK")));
    QVERIFY(runCli({QStringLiteral("secret"), QStringLiteral("delete"), project, QStringLiteral("calendar"),
                    QStringLiteral("refreshToken")}, {}, env).exitCode == 0);
}

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"
