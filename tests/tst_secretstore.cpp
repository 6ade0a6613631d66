// SecretStore against the real Secret Service: a private gnome-keyring started by
// tests/support/with-keyring.sh for this test alone.

#include "secrets/keychainsecretstore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace patchbay;

namespace {

/// What `secret-tool`, the Secret Service's own client, finds under our service and key.
QString lookupWithSecretTool(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("patchbay"),
             QStringLiteral("user"), key});
    p.waitForFinished(15000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadDelete();
    void valuesAreKeptApart();
    void readingMissingKeySaysHowToFix();
    void deletingMissingKeySucceeds();
    void asyncCallbackRunsOnce();
    void unicodeValueSurvives();

private:
    KeychainSecretStore m_store{15000};
    QString m_prefix;
};

void TestSecretStore::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/support/with-keyring.sh");
    m_prefix = QStringLiteral("test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
}

void TestSecretStore::writeReadDelete()
{
    const QString key = SecretKeys::connectionField(m_prefix, QStringLiteral("crm"), QStringLiteral("token"));
    QCOMPARE(key, m_prefix + QStringLiteral("/crm/token"));
    Result<void> w = m_store.writeNow(key, QStringLiteral("s3cr3t-token"));
    QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().message));

    Result<QString> r = m_store.readNow(key);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(*r, QStringLiteral("s3cr3t-token"));
    // It is really in the Secret Service, under service "patchbay".
    QCOMPARE(lookupWithSecretTool(key), QStringLiteral("s3cr3t-token"));

    QVERIFY(m_store.writeNow(key, QStringLiteral("rotated")).ok());
    QCOMPARE(*m_store.readNow(key), QStringLiteral("rotated"));

    QVERIFY(m_store.removeNow(key).ok());
    Result<QString> gone = m_store.readNow(key);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, QStringLiteral("secrets.missing"));
    QCOMPARE(lookupWithSecretTool(key), QString());
}

void TestSecretStore::valuesAreKeptApart()
{
    const QString a = SecretKeys::connectionField(m_prefix, QStringLiteral("crm"), QStringLiteral("token"));
    const QString b = SecretKeys::connectionField(m_prefix, QStringLiteral("mailing"), QStringLiteral("key"));
    const QString c = SecretKeys::variable(m_prefix, QStringLiteral("production"), QStringLiteral("token"));
    QVERIFY(m_store.writeNow(a, QStringLiteral("A")).ok());
    QVERIFY(m_store.writeNow(b, QStringLiteral("B")).ok());
    QVERIFY(m_store.writeNow(c, QStringLiteral("C")).ok());
    QCOMPARE(*m_store.readNow(a), QStringLiteral("A"));
    QCOMPARE(*m_store.readNow(b), QStringLiteral("B"));
    QCOMPARE(*m_store.readNow(c), QStringLiteral("C"));
    for (const QString &k : {a, b, c})
        QVERIFY(m_store.removeNow(k).ok());
}

void TestSecretStore::readingMissingKeySaysHowToFix()
{
    const QString key = m_prefix + QStringLiteral("/crm/never-stored");
    Result<QString> r = m_store.readNow(key);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("secrets.missing"));
    QCOMPARE(r.error().message,
             QStringLiteral("No secret is stored for %1 yet. Enter it in the connection editor, or "
                            "store it with `patchbay-cli secret set`.")
                 .arg(key));
}

void TestSecretStore::deletingMissingKeySucceeds()
{
    QVERIFY(m_store.removeNow(m_prefix + QStringLiteral("/crm/never-stored")).ok());
}

void TestSecretStore::asyncCallbackRunsOnce()
{
    const QString key = m_prefix + QStringLiteral("/async/token");
    int calls = 0;
    bool ok = false;
    QObject context;
    m_store.write(key, QStringLiteral("v"), &context, [&](Result<void> r) {
        ++calls;
        ok = r.ok();
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 15000);
    QVERIFY(ok);
    QTest::qWait(100); // a second, late callback would show up here
    QCOMPARE(calls, 1);
    QVERIFY(m_store.removeNow(key).ok());
}

void TestSecretStore::unicodeValueSurvives()
{
    const QString key = m_prefix + QStringLiteral("/unicode/password");
    const QString value = QStringLiteral("pässwörd-日本-🔑 with spaces");
    QVERIFY(m_store.writeNow(key, value).ok());
    QCOMPARE(*m_store.readNow(key), value);
    QVERIFY(m_store.removeNow(key).ok());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
