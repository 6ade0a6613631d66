// Without a Secret Service, every keychain call ends — quickly — in one clear error that says
// what to do. There is never a plaintext fallback.

#include "secrets/envsecretstore.h"
#include "secrets/keychainsecretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace patchbay;

class TestSecretStoreUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readFailsWithClearMessage_data();
    void readFailsWithClearMessage();
    void writeFailsAndStoresNothingElsewhere();
    void knownBackendTextsMapToUnavailable_data();
    void knownBackendTextsMapToUnavailable();
    void timeoutMessage();
    void environmentStoreReadsVariables();
    void environmentVariableNames_data();
    void environmentVariableNames();

private:
    QTemporaryDir m_home;
};

void TestSecretStoreUnavailable::initTestCase()
{
    // No session bus, no display: as on a bare server.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/patchbay-no-bus");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qputenv("HOME", m_home.path().toUtf8());
}

void TestSecretStoreUnavailable::readFailsWithClearMessage_data()
{
    QTest::addColumn<QByteArray>("busAddress");
    QTest::newRow("no session bus at all") << QByteArray();
    QTest::newRow("a bus address that leads nowhere") << QByteArray("unix:path=/nonexistent/patchbay-no-bus");
}

void TestSecretStoreUnavailable::readFailsWithClearMessage()
{
    QFETCH(QByteArray, busAddress);
    if (busAddress.isEmpty())
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    else
        qputenv("DBUS_SESSION_BUS_ADDRESS", busAddress);
    KeychainSecretStore store(10000);
    QElapsedTimer timer;
    timer.start();
    Result<QString> r = store.readNow(QStringLiteral("demo/crm/token"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().code == QStringLiteral("secrets.unavailable"), qPrintable(r.error().message));
    QVERIFY2(r.error().message.startsWith(QStringLiteral("The system keychain is not available (")),
             qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QStringLiteral("never in plain files")));
    QVERIFY(r.error().message.contains(QStringLiteral("gnome-keyring-daemon --start --components=secrets")));
    QVERIFY(r.error().message.contains(QStringLiteral("--secrets-from-env")));
    QVERIFY(timer.elapsed() < 10000); // it failed, it did not time out
}

void TestSecretStoreUnavailable::writeFailsAndStoresNothingElsewhere()
{
    KeychainSecretStore store(10000);
    Result<void> r = store.writeNow(QStringLiteral("demo/crm/token"), QStringLiteral("CANARY-9f8e7d"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("secrets.unavailable"));
    // No plaintext fallback: nothing was written under HOME.
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("CANARY-9f8e7d"), qPrintable(f.fileName()));
    }
}

void TestSecretStoreUnavailable::knownBackendTextsMapToUnavailable_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no display") << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY");
    QTest::newRow("no service") << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files");
    QTest::newRow("no collection") << QStringLiteral("Object does not exist at path \"/org/freedesktop/secrets/collection/login\"");
}

void TestSecretStoreUnavailable::knownBackendTextsMapToUnavailable()
{
    QFETCH(QString, text);
    const Error e = KeychainSecretStore::mapError(QKeychain::OtherError, text, QStringLiteral("p/c/f"));
    QCOMPARE(e.code, QStringLiteral("secrets.unavailable"));
    QVERIFY(e.message.contains(text));
}

void TestSecretStoreUnavailable::timeoutMessage()
{
    const Error e = KeychainSecretStore::timeoutError(15000);
    QCOMPARE(e.code, QStringLiteral("secrets.timeout"));
    QCOMPARE(e.message,
             QStringLiteral("The system keychain did not answer within 15 s. It may be locked and "
                            "waiting for its password in a window you cannot see. Unlock it (log in "
                            "to your desktop session, or run `gnome-keyring-daemon --unlock`) and try again."));
}

void TestSecretStoreUnavailable::environmentStoreReadsVariables()
{
    EnvSecretStore store;
    qputenv("PATCHBAY_SECRET_CRM_TOKEN", "from-env");
    Result<QString> r = store.readNow(QStringLiteral("demo/crm/token"));
    QVERIFY(r.ok());
    QCOMPARE(*r, QStringLiteral("from-env"));
    qunsetenv("PATCHBAY_SECRET_CRM_TOKEN");
    Result<QString> missing = store.readNow(QStringLiteral("demo/crm/token"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().message,
             QStringLiteral("No secret for demo/crm/token: the environment variable "
                            "PATCHBAY_SECRET_CRM_TOKEN is not set (--secrets-from-env reads secrets "
                            "from the environment)."));
    Result<void> w = store.writeNow(QStringLiteral("demo/crm/token"), QStringLiteral("x"));
    QVERIFY(!w.ok());
    QCOMPARE(w.error().code, QStringLiteral("secrets.read-only"));
}

void TestSecretStoreUnavailable::environmentVariableNames_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("variable");
    QTest::newRow("connection") << QStringLiteral("demo/crm/token") << QStringLiteral("PATCHBAY_SECRET_CRM_TOKEN");
    QTest::newRow("odd id") << QStringLiteral("demo/mail-chimp.v3/clientSecret")
                            << QStringLiteral("PATCHBAY_SECRET_MAIL_CHIMP_V3_CLIENTSECRET");
    QTest::newRow("environment variable") << QStringLiteral("demo/@env.production/api_token")
                                          << QStringLiteral("PATCHBAY_SECRET_VAR_API_TOKEN");
    QTest::newRow("project variable") << QStringLiteral("demo/@project/shop_token")
                                      << QStringLiteral("PATCHBAY_SECRET_VAR_SHOP_TOKEN");
}

void TestSecretStoreUnavailable::environmentVariableNames()
{
    QFETCH(QString, key);
    QFETCH(QString, variable);
    QCOMPARE(SecretKeys::environmentVariable(key), variable);
}

QTEST_GUILESS_MAIN(TestSecretStoreUnavailable)
#include "tst_secretstore_unavailable.moc"
