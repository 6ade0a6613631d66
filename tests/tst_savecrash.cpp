// Saving is atomic: a save killed (SIGKILL) at any moment leaves either the whole old file or the
// whole new one, and it always loads.

#include "project/projectfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace patchbay;

class TestSaveCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedSaveLeavesOldOrNewFile();
};

void TestSaveCrash::killedSaveLeavesOldOrNewFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("crash.patchbay.json"));
    constexpr int Kills = 250;
    QRandomGenerator rng(20261128);
    int sawA = 0;
    int sawB = 0;
    for (int i = 0; i < Kills; ++i) {
        QProcess helper;
        helper.start(QStringLiteral(PATCHBAY_SAVECRASH_HELPER), {file});
        // Let it finish 1 to 3 saves (however fast this build is), then kill it a random
        // moment into the next one.
        const int saves = 1 + int(rng.bounded(3));
        qsizetype seen = 0;
        while (seen < saves && helper.waitForReadyRead(10000))
            seen += helper.readAll().count('\n');
        QCOMPARE(helper.state(), QProcess::Running);
        QTest::qSleep(int(rng.bounded(4)));
        ::kill(pid_t(helper.processId()), SIGKILL);
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

        QVERIFY(QFile::exists(file));
        ProjectLoad load = ProjectFile::read(file);
        QVERIFY2(load.ok(), qPrintable(QStringLiteral("kill %1: %2").arg(i).arg(
                                load.problems.isEmpty() ? QString() : load.problems.first().toString())));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        // Whole, byte for byte: exactly what one of the two saves writes.
        QCOMPARE(f.readAll(), ProjectFile::serialize(*load.project));
        const QString name = load.project->name;
        QVERIFY(name == u"Version A" || name == u"Version B");
        QCOMPARE(load.project->endpoints.size(), name == u"Version A" ? 40 : 400);
        (name == u"Version A" ? sawA : sawB)++;
    }
    // Both versions were caught on disk, so the kills did land between saves of each kind.
    QVERIFY2(sawA > 10 && sawB > 10, qPrintable(QStringLiteral("A %1, B %2").arg(sawA).arg(sawB)));
    qInfo("%d kills: %d times version A, %d times version B on disk", Kills, sawA, sawB);
}

QTEST_GUILESS_MAIN(TestSaveCrash)
#include "tst_savecrash.moc"
