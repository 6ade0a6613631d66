// The main window opens projects and shows their problems instead of failing.

#include "ui/mainwindow.h"
#include "ui/problemsmodel.h"
#include "ui/projectexplorer.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace patchbay;
using namespace patchbay::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void opensDemoProject();
    void badProjectOpensWithProblemsListed();
    void unreadableJsonShowsWhereItBreaks();
};

void TestMainWindow::opensDemoProject()
{
    MainWindow w;
    QVERIFY(w.openProject(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json")));
    QCOMPARE(w.windowTitle(), QStringLiteral("demo.patchbay.json — Patchbay"));
    QCOMPARE(w.problemsModel()->rowCount(), 0);
    QTreeWidgetItem *connections = w.explorer()->folder(1);
    QCOMPARE(connections->text(0), QStringLiteral("Connections (2)"));
    QCOMPARE(connections->child(0)->text(0), QStringLiteral("Demo CRM"));
    QCOMPARE(connections->child(1)->data(0, ProjectExplorer::PathRole).toString(), QStringLiteral("connections[1]"));
    QTreeWidgetItem *endpoints = w.explorer()->folder(2);
    QCOMPARE(endpoints->childCount(), 2); // two groups: CRM, Mailing list
    QCOMPARE(endpoints->child(1)->text(0), QStringLiteral("Mailing list"));
    QCOMPARE(endpoints->child(1)->childCount(), 2);
}

void TestMainWindow::badProjectOpensWithProblemsListed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.patchbay.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"formatVersion": 1, "id": "bad", "name": "Bad",
      "connections": [{"id": "x", "name": "X", "baseUrl": "https://x.example", "auth": {"type": "oauth3"}}],
      "endpoints": [], "integrations": []})");
    f.close();
    MainWindow w;
    QVERIFY(w.openProject(path)); // readable, with problems
    ProblemsModel *m = w.problemsModel();
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->data(m->index(0, ProblemsModel::SeverityColumn), Qt::DisplayRole).toString(), QStringLiteral("Error"));
    QCOMPARE(m->data(m->index(0, ProblemsModel::PathColumn), Qt::DisplayRole).toString(),
             QStringLiteral("connections[0].auth.type"));
    QVERIFY(m->data(m->index(0, ProblemsModel::MessageColumn), Qt::DisplayRole)
                .toString()
                .startsWith(QStringLiteral("unknown auth type \"oauth3\"")));
    QCOMPARE(w.explorer()->folder(1)->child(0)->text(0), QStringLiteral("X"));
}

void TestMainWindow::unreadableJsonShowsWhereItBreaks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.patchbay.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"formatVersion\": 1,\n  oops\n}");
    f.close();
    MainWindow w;
    QVERIFY(!w.openProject(path));
    QVERIFY(!w.project());
    QCOMPARE(w.problemsModel()->rowCount(), 1);
    QCOMPARE(w.problemsModel()->problems().first().path, QStringLiteral("line 3, column 3"));
    QCOMPARE(w.explorer()->topLevelItemCount(), 0);
    // The file itself is untouched.
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("{\n  \"formatVersion\": 1,\n  oops\n}"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
