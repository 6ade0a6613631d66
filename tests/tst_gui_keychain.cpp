// The desktop app with the real keychain (gnome-keyring through tests/support/with-keyring.sh):
// open the demo project, create a connection with a bearer token, send a request to
// patchbay-demo-api and find 200 and the records in the response; the token is in the keychain
// and in no file — not the saved project, not the data directory (history included).

#include "support/demoapi.h"
#include "support/keychainprobe.h"

#include "project/projectfile.h"
#include "secrets/keychainsecretstore.h"
#include "ui/console/requestconsole.h"
#include "ui/console/responseview.h"
#include "ui/dialogs/importdialog.h"
#include "ui/editors/connectioneditor.h"
#include "ui/editors/environmenteditor.h"
#include "ui/editortabs.h"
#include "ui/mainwindow.h"
#include "ui/services.h"
#include "ui/widgets/secretfield.h"
#include "ui/widgets/templatelineedit.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace patchbay;
using namespace patchbay::ui;
using namespace keychainprobe;

class TestGuiKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void newConnectionWithBearerToken();
    void secretEnvironmentVariable();
    void importedCurlTokenGoesToTheKeychain();
};

void TestGuiKeychain::newConnectionWithBearerToken()
{
    const QByteArray token = "gui-canary-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    DemoApi api({"--token", QString::fromLatin1(token)});
    QVERIFY2(api.ok(), qPrintable(api.errorOutput()));
    QTemporaryDir projectDir;
    QTemporaryDir dataDir;
    ProjectLoad demo = ProjectFile::read(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"));
    QVERIFY(demo.project);
    demo.project->environments[0].variables[0].value = api.url();
    const QString path = projectDir.filePath("demo.patchbay.json");
    QVERIFY(ProjectFile::write(*demo.project, path));

    Services services(dataDir.path(), std::make_unique<KeychainSecretStore>());
    MainWindow w(&services);
    QVERIFY(w.openProject(path));

    // File › New connection: name, base URL, bearer token typed into the masked field
    ConnectionEditor *editor = w.addConnection();
    QVERIFY(editor);
    QTest::keyClicks(editor->nameEdit(), "My CRM");
    emit editor->nameEdit()->editingFinished();
    editor->baseUrlEdit()->setText("{{demo_api}}");
    emit editor->baseUrlEdit()->editingFinished();
    editor->authTypeCombo()->setCurrentIndex(editor->authTypeCombo()->findData(int(AuthType::Bearer)));
    SecretField *field = editor->tokenField();
    QCOMPARE(field->edit()->echoMode(), QLineEdit::Password);
    QSignalSpy saved(field, &SecretField::saved);
    QTest::keyClicks(field->edit(), QString::fromLatin1(token));
    emit field->edit()->editingFinished();
    QVERIFY(saved.wait(15000) || saved.count() == 1);
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
    QCOMPARE(field->statusText(), QStringLiteral("Saved in the system keychain"));
    const QString connectionId = editor->connectionId();
    const Connection *c = w.project()->connection(connectionId);
    QVERIFY(c);
    QCOMPARE(c->name, QStringLiteral("My CRM"));
    QCOMPARE(c->auth.type, AuthType::Bearer);
    QVERIFY(c->auth.token.fromKeychain());
    QCOMPARE(secretToolLookup("demo/" + connectionId + "/token"), QString::fromLatin1(token));

    // "Show" reads it back from the keychain, only when asked
    field->edit()->clear();
    field->showButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(field->edit()->text(), QString::fromLatin1(token), 15000);
    QCOMPARE(field->edit()->echoMode(), QLineEdit::Normal);
    field->showButton()->click();
    QCOMPARE(field->edit()->echoMode(), QLineEdit::Password);

    // Test connection signs with the token from the keychain
    QSignalSpy tested(editor, &ConnectionEditor::testFinished);
    editor->testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 15000);
    QVERIFY2(editor->testResultLabel()->text().contains("answers"), qPrintable(editor->testResultLabel()->text()));

    // a request console on that connection: 200 and the records in the response tree
    RequestConsole *console = w.editors()->openConsole();
    console->connectionCombo()->setCurrentIndex(console->connectionCombo()->findData(connectionId));
    console->urlEdit()->setText("/customers");
    QSignalSpy sent(console, &RequestConsole::sent);
    console->send();
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 15000);
    QCOMPARE(console->response()->statusBadge()->text(), QStringLiteral("200 OK"));
    QTreeWidgetItem *data = console->response()->tree()->findItems("data", Qt::MatchExactly).value(0);
    QVERIFY(data);
    QVERIFY(data->childCount() >= 1);
    QVERIFY(console->response()->prettyText()->toPlainText().contains("CustomerName"));

    // Copy as cURL masks the token
    QSignalSpy copied(console, &RequestConsole::curlCopied);
    console->copyAsCurl();
    QTRY_COMPARE_WITH_TIMEOUT(copied.count(), 1, 15000);
    QVERIFY(!copied.first().first().toString().contains(QString::fromLatin1(token)));
    QVERIFY(copied.first().first().toString().contains("Authorization: Bearer ••••"));

    // saved: the file refers to the keychain and holds no token
    QVERIFY(w.save());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray file = f.readAll();
    QVERIFY(file.contains("\"My CRM\""));
    QVERIFY(file.contains("\"secret\": true"));
    QCOMPARE(filesContaining(projectDir.path(), token), QStringList());
    QCOMPARE(filesContaining(dataDir.path(), token), QStringList()); // history, recovery, store
}

void TestGuiKeychain::secretEnvironmentVariable()
{
    QTemporaryDir projectDir;
    QTemporaryDir dataDir;
    ProjectLoad demo = ProjectFile::read(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"));
    const QString path = projectDir.filePath("demo.patchbay.json");
    QVERIFY(ProjectFile::write(*demo.project, path));
    Services services(dataDir.path(), std::make_unique<KeychainSecretStore>());
    MainWindow w(&services);
    QVERIFY(w.openProject(path));
    EnvironmentEditor *envs = w.editors()->openEnvironments();
    QSignalSpy status(envs, &EnvironmentEditor::statusMessage);
    envs->setVariable("partner_key", "pk-canary-42", true);
    QTRY_COMPARE_WITH_TIMEOUT(status.count(), 1, 15000);
    QVERIFY2(status.first().first().toString().contains("saved in the system keychain"),
             qPrintable(status.first().first().toString()));
    QCOMPARE(secretToolLookup("demo/@env.local/partner_key"), QStringLiteral("pk-canary-42"));
    QVERIFY(w.save());
    QCOMPARE(filesContaining(projectDir.path(), "pk-canary-42"), QStringList());
    // a request that uses it gets the value from the keychain
    RequestConsole *console = w.editors()->openConsole();
    console->urlEdit()->setText("{{partner_key}}");
    QVERIFY(console->urlEdit()->unknownVariables().isEmpty());
}

void TestGuiKeychain::importedCurlTokenGoesToTheKeychain()
{
    QTemporaryDir projectDir;
    QTemporaryDir dataDir;
    ProjectLoad demo = ProjectFile::read(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"));
    const QString path = projectDir.filePath("demo.patchbay.json");
    QVERIFY(ProjectFile::write(*demo.project, path));
    Services services(dataDir.path(), std::make_unique<KeychainSecretStore>());
    MainWindow w(&services);
    QVERIFY(w.openProject(path));
    ImportDialog dialog;
    dialog.importCurl("curl https://hooks.example.com/v1/events -H 'Authorization: Bearer curl-canary-7'");
    const QStringList ids = w.applyImport(dialog.result(), dialog.secrets());
    QCOMPARE(ids, QStringList{"hooks-example-com"});
    QTRY_COMPARE_WITH_TIMEOUT(secretToolLookup("demo/hooks-example-com/token"), QStringLiteral("curl-canary-7"), 15000);
    QVERIFY(w.save());
    QCOMPARE(filesContaining(projectDir.path(), "curl-canary-7"), QStringList());
}

QTEST_MAIN(TestGuiKeychain)
#include "tst_gui_keychain.moc"
