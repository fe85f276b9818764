// The crash soak: `motcuactl sync now` is killed with SIGKILL at random moments at least 50
// times while it sends to the real motcua-portal (with some dropped connections on top), and
// restarted; in the end the portal holds every dossier and history row exactly once and
// byte-identical, and nothing is lost locally.

#include "PortalFixture.h"
#include "SyncTestBed.h"
#include "security/KeyRing.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <chrono>
#include <csignal>
#include <thread>

#include <signal.h>

using namespace motcua;
using namespace motcua::test;

class TestSyncSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomLosesNothing();
    void centerKilledAtRandomLosesNothing();
};

void TestSyncSoak::killedAtRandomLosesNothing()
{
    PortalFixture portal;
    QVERIFY2(portal.start(), qPrintable(portal.errorString()));
    // A plain database: the runs below have no --user, and an encrypted one opens only with a
    // login (see below why there is none).
    SyncTestBed bed(portal, QStringLiteral("station"), true);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    // One dossier and one history row per request: many requests, many moments to die in.
    QVERIFY(bed.app().settings().set(QStringLiteral("sync.dossierBatch"), QStringLiteral("1")));
    QVERIFY(bed.app().settings().set(QStringLiteral("sync.historyChunk"), QStringLiteral("1")));
    QVERIFY(bed.app().settings().set(QStringLiteral("sync.timeoutSecs"), QStringLiteral("2")));
    // The runs below have no --user: a login per run (and its key derivation) would take most
    // of the kill window. The portal password is kept as a script stores it while nobody is
    // signed in, which `sync now` reads until the next login seals it.
    // (A station of motcua-center keeps it in center.password, as after joining.)
    bed.app().keyRing().lock();
    const QString key = portal.isCenter() ? QStringLiteral("center.password") : QStringLiteral("portal.password");
    QVERIFY(bed.app().settings().set(key, portal.password()));
    QVERIFY(!bed.app().settings().isSealed(key));
    QCOMPARE(bed.takeDossiers(30).size(), 30);
    QVERIFY(portal.setFault(QStringLiteral("drop"), QStringLiteral("0.05")));

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("soak seed %u", seed);
    QRandomGenerator rng(seed);
    QElapsedTimer clock;
    clock.start();
    int kills = 0;
    int finished = 0;
    // The kill comes at a random moment inside the window. A run that ends on its own before the
    // kill shows how long a whole pass takes on this machine: the window shrinks to a little
    // less than that, so the kills keep landing inside passes however fast the machine is.
    // The center checks each request's session in its database: its passes start slower.
    int window = portal.isCenter() ? 1000 : 350;
    for (int round = 0; kills < 50 && round < 600; ++round) {
        // More work keeps arriving while the link comes and goes: every run has requests to
        // die in, however fast the machine (an idle pass only pulls and ends in ~100 ms).
        QCOMPARE(bed.takeDossiers(8).size(), 8);
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.setStandardOutputFile(QProcess::nullDevice());
        p.start(QStringLiteral(MOTCUACTL_PATH),
                {QStringLiteral("--db"), bed.path(), QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY(p.waitForStarted());
        QElapsedTimer pass;
        pass.start();
        const int wait = static_cast<int>(rng.bounded(20, window));
        if (p.waitForFinished(wait)) {
            ++finished;
            window = qMax(40, static_cast<int>(pass.elapsed() * 3 / 4));
            continue;
        }
        p.kill(); // SIGKILL
        QVERIFY(p.waitForFinished(5000));
        ++kills;
    }
    QVERIFY2(kills >= 50, qPrintable(QStringLiteral("only %1 kills").arg(kills)));
    // The kills landed while work was being done, not only before the first request.
    const int reachedBeforeEnd = portal.dossierCount();
    qInfo("portal held %d of %d dossiers when the kills ended", reachedBeforeEnd,
          bed.count(QStringLiteral("SELECT count(*) FROM dossiers")));
    QVERIFY(reachedBeforeEnd > 0);
    QVERIFY(portal.clearFault());
    // The short answer timeout made the kills land mid-request; the restarts below run with the
    // default, as a workstation does, so a slow answer on a loaded machine is not a failure.
    QVERIFY(bed.app().settings().set(QStringLiteral("sync.timeoutSecs"), QStringLiteral("30")));

    // Restarted until done: nothing stuck, nothing lost.
    int exitCode = 0;
    QByteArray output;
    for (int i = 0; i < 10 && bed.pending() > 0; ++i) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(MOTCUACTL_PATH),
                {QStringLiteral("--db"), bed.path(), QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY(p.waitForFinished(60000));
        exitCode = p.exitCode();
        output = p.readAll();
    }
    QVERIFY2(bed.pending() == 0, qPrintable(bed.describePending() + QLatin1Char('\n') + QString::fromUtf8(output)));
    QCOMPARE(exitCode, 0);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'in_flight'")), 0);
    const QString diff = bed.verifyPortal(0);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    qInfo("%d kills, %d runs finished on their own, %lld ms", kills, finished, clock.elapsed());
}

// The server's side of the soak, against motcua-center only (MOTCUA_TEST_SERVER=center): the
// center process is killed with SIGKILL at random moments while a station sends dossiers,
// history rows and chunked attachments, and restarted on the same database. Every request is
// one PostgreSQL transaction, so in the end the center holds everything exactly once and
// byte-identical.
void TestSyncSoak::centerKilledAtRandomLosesNothing()
{
    PortalFixture portal;
    if (!portal.isCenter())
        QSKIP("runs against motcua-center (MOTCUA_TEST_SERVER=center)");
    QVERIFY2(portal.start(), qPrintable(portal.errorString()));
    SyncTestBed bed(portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    QVERIFY(bed.app().settings().set(QStringLiteral("sync.dossierBatch"), QStringLiteral("2")));
    QVERIFY(bed.app().settings().set(QStringLiteral("sync.historyChunk"), QStringLiteral("2")));
    QVERIFY(bed.app().settings().set(QStringLiteral("sync.timeoutSecs"), QStringLiteral("2")));
    QVERIFY(bed.app().settings().set(QStringLiteral("sync.chunkKiB"), QStringLiteral("64")));
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("center soak seed %u", seed);
    QRandomGenerator rng(seed);
    int files = 0;
    int kills = 0;
    int cut = 0; // passes the kill landed in
    int window = 300;
    for (int round = 0; round < 40 && cut < 20; ++round) {
        const QStringList codes = bed.takeDossiers(6);
        QCOMPARE(codes.size(), 6);
        if (round % 2 == 0) {
            // Small chunks: many requests per file, many moments to die in.
            bed.queueAttachment(codes.first(), SyncTestBed::randomBytes(600 * 1024 + round, seed + round),
                                QStringLiteral("scan-%1.pdf").arg(round));
            ++files;
        }
        const qint64 pid = portal.process().processId();
        const int after = static_cast<int>(rng.bounded(10, window));
        std::thread killer([pid, after] {
            std::this_thread::sleep_for(std::chrono::milliseconds(after));
            ::kill(static_cast<pid_t>(pid), SIGKILL);
        });
        const SyncOptions options = bed.options();
        QElapsedTimer pass;
        pass.start();
        auto r = bed.pass(options); // a pass cut short by the kill fails; what matters is the end state
        const qint64 took = pass.elapsed();
        killer.join();
        if (took >= after)
            ++cut;
        else if (r && r->failed == 0)
            window = qMax(20, static_cast<int>(took * 3 / 4)); // the kills keep landing inside passes
        QVERIFY(portal.process().waitForFinished(5000) || !portal.isRunning());
        ++kills;
        QVERIFY2(portal.restart(), qPrintable(portal.errorString()));
    }
    QVERIFY2(cut >= 10, qPrintable(QStringLiteral("only %1 of %2 kills landed in a pass").arg(cut).arg(kills)));
    QVERIFY(bed.app().settings().set(QStringLiteral("sync.timeoutSecs"), QStringLiteral("30")));
    const int passes = bed.drain(bed.options(), 10);
    QVERIFY2(passes >= 1 && passes <= 10, qPrintable(bed.describePending() + bed.error()));
    const QString diff = bed.verifyPortal(files);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    qInfo("%d center kills (%d inside a pass), %d dossiers, %d files, drained in %d passes", kills, cut,
          portal.dossierCount(), files, passes);
}

QTEST_GUILESS_MAIN(TestSyncSoak)
#include "test_syncsoak.moc"
