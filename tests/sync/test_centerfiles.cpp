// Files of a dossier received elsewhere, fetched on demand from motcua-center (MC_LayTep) over
// TLS: station A scans a file and syncs it; station B pulls the feed, sees the file as kept at
// the center, fetches it byte-identical and keeps it encrypted. A transfer damaged at the center
// is refused, a dropped connection is resumed from the byte reached, a file the center does not
// hold and a center that cannot be reached give clear errors, and none of them records anything.

#include "MemoryTempFolder.h"
#include "PortalFixture.h"
#include "SyncTestBed.h"
#include "store/AttachmentStore.h"
#include "store/CenterFileRepository.h"
#include "sync/CenterFileFetch.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

class TestCenterFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void fetchedByteIdenticalAndEncrypted_data();
    void fetchedByteIdenticalAndEncrypted();
    void damagedTransferRefused();
    void droppedConnectionResumes();
    void unknownFileAndDeadCenterRecordNothing();
    void commandLineFetchesAll();
    void killedFetchRecordsNothing();
    // A file fetched is filed under the paper it was attached to at its counter, with its
    // page count; one of "other papers" stays there.
    void fetchedFiledUnderItsPaper_data();
    void fetchedFiledUnderItsPaper();
    // `motcuactl attach fetch` killed half-way: the next run asks only for the bytes after the
    // ones kept (encrypted, never in clear) and ends byte-identical.
    void killedFetchResumes();

private:
    // A scans `bytes` into a new dossier (on its last paper when `onPaper`, else "other
    // papers", with `pages` pages) and syncs; B pulls the feed. The dossier's code.
    QString uploadOnAPullOnB(const QByteArray& bytes, const QString& fileName, bool onPaper = false, int pages = 1);
    // What B records: attachments rows, center_files rows, stored files holding `plain` in clear.
    int attachmentsOnB() { return m_b->count(QStringLiteral("SELECT count(*) FROM attachments")); }
    int waitingOnB() { return m_b->count(QStringLiteral("SELECT count(*) FROM center_files")); }
    int storedFilesOnB();
    static QByteArray document(int size, quint32 seed)
    {
        return QByteArray("%PDF-1.7\n") + SyncTestBed::randomBytes(size, seed);
    }
    static QString shaOf(const QByteArray& b)
    {
        return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
    }

    std::unique_ptr<PortalFixture> m_center;
    std::unique_ptr<SyncTestBed> m_a, m_b;
};

void TestCenterFiles::initTestCase()
{
    preferMemoryTempFolder();
    m_center = std::make_unique<PortalFixture>(QStringList{}, PortalFixture::Server::Center);
    QVERIFY2(m_center->start(), qPrintable(m_center->errorString()));
}

void TestCenterFiles::cleanupTestCase()
{
    m_center.reset();
}

void TestCenterFiles::init()
{
    // A keeps the fixture's station 1; B joins as station 2.
    const QString opened = openCenterStations(*m_center, {{&m_a, QStringLiteral("a")}, {&m_b, QStringLiteral("b")}});
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
}

void TestCenterFiles::cleanup()
{
    m_a.reset();
    m_b.reset();
}

QString TestCenterFiles::uploadOnAPullOnB(const QByteArray& bytes, const QString& fileName, bool onPaper, int pages)
{
    const QStringList codes = m_a->takeDossiers(1);
    if (codes.size() != 1)
        return {};
    qint64 paper = 0;
    if (onPaper) {
        auto papers = m_a->app().attachments().papers(codes.first());
        if (!papers || papers->isEmpty())
            return {};
        paper = papers->last().id;
    }
    auto added = m_a->app().attachments().attach(m_a->admin(), codes.first(), paper, fileName, bytes,
                                                 QStringLiteral("application/pdf"), pages);
    if (!added)
        return {};
    // A's own options: its reader decrypts the stored scan for the upload.
    auto options = m_a->app().sync().options(true);
    if (!options)
        return {};
    options->config.chunkBytes = 256 * 1024;
    auto sent = SyncRunner(m_a->path(), *options).run();
    if (!sent || m_a->pending() != 0)
        return {};
    auto pulled = m_b->pass(m_b->options());
    if (!pulled || !pulled->reached)
        return {};
    return codes.first();
}

int TestCenterFiles::storedFilesOnB()
{
    int n = 0;
    QDirIterator it(m_b->app().attachments().root(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

void TestCenterFiles::fetchedByteIdenticalAndEncrypted_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<qint64>("piece");
    QTest::newRow("one piece") << 40000 << qint64(1024 * 1024);
    QTest::newRow("many pieces, last one short") << 2500000 << qint64(300 * 1024);
}

void TestCenterFiles::fetchedByteIdenticalAndEncrypted()
{
    QFETCH(int, size);
    QFETCH(qint64, piece);
    const QByteArray bytes = document(size, 7);
    const QString sha = shaOf(bytes);
    const QString code = uploadOnAPullOnB(bytes, QStringLiteral("giay-to.pdf"));
    QVERIFY(!code.isEmpty());

    // B knows the file is at the center, and holds none of it.
    auto waiting = CenterFileFetch::waiting(m_b->app(), code);
    QVERIFY2(waiting, qPrintable(waiting ? QString() : waiting.error().message));
    QCOMPARE(waiting->size(), 1);
    QCOMPARE(waiting->first().sha256, sha);
    QCOMPARE(waiting->first().fileName, QStringLiteral("giay-to.pdf"));
    QCOMPARE(waiting->first().size, qint64(bytes.size()));
    QVERIFY(waiting->first().complete);
    QCOMPARE(attachmentsOnB(), 0);
    // A holds the scan itself: nothing of its own dossier waits there.
    QCOMPARE(m_a->count(QStringLiteral("SELECT count(*) FROM center_files")), 0);

    QList<qint64> seen;
    CenterFileFetch::Options options;
    options.pieceBytes = piece;
    QElapsedTimer clock;
    clock.start();
    auto fetched = CenterFileFetch::fetchDossierFile(
        m_b->app(), m_b->admin(), code, sha,
        [&seen, &bytes](qint64 done, qint64 total) {
            seen.append(done);
            return total == bytes.size();
        },
        options);
    QVERIFY2(fetched, qPrintable(fetched ? QString() : fetched.error().message));
    qInfo("fetched %d bytes in %lld ms (pieces of %lld bytes)", size, static_cast<long long>(clock.elapsed()),
          static_cast<long long>(piece));
    QCOMPARE(fetched->sha256, sha);
    QCOMPARE(fetched->dossierCode, code);
    QCOMPARE(seen.size(), int((bytes.size() + piece - 1) / piece));
    QCOMPARE(seen.last(), qint64(bytes.size()));
    auto read = m_b->app().attachments().read(fetched->id);
    QVERIFY(read);
    QVERIFY(*read == bytes);
    QCOMPARE(waitingOnB(), 0);
    QCOMPARE(attachmentsOnB(), 1);
    QCOMPARE(m_b->count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'attachment.fetch'")), 1);
    // Nothing goes back to the center.
    QCOMPARE(m_b->count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'attachment'")), 0);

    // Kept encrypted: the one stored file holds none of the bytes in clear.
    QCOMPARE(storedFilesOnB(), 1);
    QFile stored(AttachmentStore(m_b->app().attachments().root()).pathFor(sha));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    const QByteArray onDisk = stored.readAll();
    QVERIFY(onDisk.startsWith("MCAT"));
    QVERIFY(!onDisk.contains("%PDF-"));
    QVERIFY(!onDisk.contains(bytes.mid(bytes.size() / 2, 64)));

    // Asked again: the attachment it has, nothing downloaded; the next pass lists nothing anew.
    auto again = CenterFileFetch::fetchDossierFile(m_b->app(), m_b->admin(), code, sha);
    QVERIFY(again);
    QCOMPARE(again->id, fetched->id);
    QVERIFY(m_b->pass(m_b->options()));
    QCOMPARE(waitingOnB(), 0);
}

void TestCenterFiles::damagedTransferRefused()
{
    const QByteArray bytes = document(600000, 11);
    const QString sha = shaOf(bytes);
    const QString code = uploadOnAPullOnB(bytes, QStringLiteral("hong.pdf"));
    QVERIFY(!code.isEmpty());
    // Bytes changed at the center after the upload was checked: what arrives is not the file.
    QCOMPARE(m_center->cluster()->client(
                 QStringLiteral("psql"),
                 {QStringLiteral("-d"), m_center->cluster()->conninfo(), QStringLiteral("-c"),
                  QStringLiteral("UPDATE file_chunks SET data = overlay(data PLACING '\\x00ff'::bytea FROM 100)"
                                 " WHERE sha256 = '%1' AND \"offset\" = 0")
                      .arg(sha)}),
             0);
    auto fetched = CenterFileFetch::fetchDossierFile(m_b->app(), m_b->admin(), code, sha);
    QVERIFY(!fetched);
    QCOMPARE(fetched.error().code, Error::Crypto);
    QVERIFY2(fetched.error().message.contains(QStringLiteral("SHA-256")), qPrintable(fetched.error().message));
    QCOMPARE(attachmentsOnB(), 0);
    QCOMPARE(waitingOnB(), 1);
    QCOMPARE(storedFilesOnB(), 0);
}

void TestCenterFiles::droppedConnectionResumes()
{
    const QByteArray bytes = document(1000000, 13);
    const QString sha = shaOf(bytes);
    const QString code = uploadOnAPullOnB(bytes, QStringLiteral("dut.pdf"));
    QVERIFY(!code.isEmpty());
    CenterFileFetch::Options options;
    options.pieceBytes = 200 * 1024;
    options.retryPauseMs = 50;

    // Without a retry the dropped answer ends the fetch, and nothing is recorded.
    options.retries = 0;
    QVERIFY(m_center->setFault(QStringLiteral("drop"), QStringLiteral("1"), QStringLiteral("MC_LayTep")));
    auto failed = CenterFileFetch::fetchDossierFile(m_b->app(), m_b->admin(), code, sha, {}, options);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, Error::Storage);
    QCOMPARE(attachmentsOnB(), 0);
    QCOMPARE(waitingOnB(), 1);

    // With retries: the third piece's answer is cut off; the fetch goes on from 2 pieces in.
    options.retries = 3;
    const int firedBefore = m_center->stats().value(QLatin1String("faults_fired")).toString().toInt();
    QList<qint64> seen;
    auto fetched = CenterFileFetch::fetchDossierFile(
        m_b->app(), m_b->admin(), code, sha,
        [this, &seen](qint64 done, qint64) {
            seen.append(done);
            if (seen.size() == 2)
                m_center->setFault(QStringLiteral("drop"), QStringLiteral("1"), QStringLiteral("MC_LayTep"));
            return true;
        },
        options);
    QVERIFY2(fetched, qPrintable(fetched ? QString() : fetched.error().message));
    QCOMPARE(m_center->stats().value(QLatin1String("faults_fired")).toString().toInt(), firedBefore + 1);
    // Each piece arrived once: no restart from the first byte.
    QCOMPARE(seen, (QList<qint64>{204800, 409600, 614400, 819200, 1000009}));
    auto read = m_b->app().attachments().read(fetched->id);
    QVERIFY(read && *read == bytes);
}

void TestCenterFiles::unknownFileAndDeadCenterRecordNothing()
{
    const QByteArray bytes = document(5000, 17);
    const QString code = uploadOnAPullOnB(bytes, QStringLiteral("that-lac.pdf"));
    QVERIFY(!code.isEmpty());
    // The feed names a file the center does not hold complete.
    const QString ghost = shaOf("not at the center");
    {
        Transaction tx(m_b->app().db());
        QVERIFY(CenterFileRepository(m_b->app().db())
                    .recordFromFeed(code,
                                    {QJsonObject{{QStringLiteral("MaTep"), ghost},
                                                 {QStringLiteral("TenTep"), QStringLiteral("ma.pdf")},
                                                 {QStringLiteral("KichThuoc"), QStringLiteral("10")},
                                                 {QStringLiteral("HoanTat"), QStringLiteral("False")}}},
                                    QDateTime::currentDateTimeUtc()));
        QVERIFY(tx.commit());
    }
    QCOMPARE(waitingOnB(), 2);
    auto unknown = CenterFileFetch::fetchDossierFile(m_b->app(), m_b->admin(), code, ghost);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, Error::NotFound);
    QVERIFY2(unknown.error().message.contains(QStringLiteral("center holds no complete copy")),
             qPrintable(unknown.error().message));
    // A file the dossier does not list at all.
    auto unlisted = CenterFileFetch::fetchDossierFile(m_b->app(), m_b->admin(), code, shaOf("elsewhere"));
    QVERIFY(!unlisted);
    QCOMPARE(unlisted.error().code, Error::NotFound);

    // The center is down: a clear error, nothing recorded; back up, the same fetch works.
    m_center->stop();
    CenterFileFetch::Options quick;
    quick.retries = 1;
    quick.retryPauseMs = 10;
    auto dead = CenterFileFetch::fetchDossierFile(m_b->app(), m_b->admin(), code, shaOf(bytes), {}, quick);
    QVERIFY(!dead);
    QCOMPARE(dead.error().code, Error::Storage);
    QVERIFY2(dead.error().message.contains(QStringLiteral("cannot be reached")), qPrintable(dead.error().message));
    QCOMPARE(attachmentsOnB(), 0);
    QCOMPARE(storedFilesOnB(), 0);
    QVERIFY2(m_center->restart(), qPrintable(m_center->errorString()));
    auto back = CenterFileFetch::fetchDossierFile(m_b->app(), m_b->admin(), code, shaOf(bytes));
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(waitingOnB(), 1); // the ghost still waits
}

void TestCenterFiles::commandLineFetchesAll()
{
    const QByteArray first = document(70000, 19);
    const QString code = uploadOnAPullOnB(first, QStringLiteral("mot.pdf"));
    QVERIFY(!code.isEmpty());
    QProcess list;
    list.setProcessEnvironment(SyncTestBed::cliEnvironment());
    const QStringList base{QStringLiteral("--db"),  m_b->path(), QStringLiteral("attach"),
                           QStringLiteral("fetch"), code,        QStringLiteral("--user"),
                           SyncTestBed::adminName()};
    list.start(QStringLiteral(MOTCUACTL_PATH), base);
    QVERIFY(list.waitForFinished(60000));
    QCOMPARE(list.exitCode(), 0);
    QVERIFY2(list.readAllStandardOutput().contains("mot.pdf"), "the waiting file is listed");

    QProcess fetch;
    fetch.setProcessEnvironment(SyncTestBed::cliEnvironment());
    fetch.start(QStringLiteral(MOTCUACTL_PATH), base + QStringList{QStringLiteral("--all"), QStringLiteral("--json")});
    QVERIFY(fetch.waitForFinished(60000));
    QVERIFY2(fetch.exitCode() == 0, fetch.readAllStandardError().constData());
    const QJsonArray out = QJsonDocument::fromJson(fetch.readAllStandardOutput()).array();
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().toObject().value(QStringLiteral("sha256")).toString(), shaOf(first));
    QCOMPARE(out.first().toObject().value(QStringLiteral("size")).toInteger(), qint64(first.size()));
}

void TestCenterFiles::killedFetchRecordsNothing()
{
    const QByteArray bytes = document(90000, 23);
    const QString code = uploadOnAPullOnB(bytes, QStringLiteral("bi-ngat.pdf"));
    QVERIFY(!code.isEmpty());
    // The process dies after the file is written and synced, before its row commits.
    QProcessEnvironment env = SyncTestBed::cliEnvironment();
    env.insert(QStringLiteral("MOTCUA_TEST_CRASH_AFTER_FILE_SYNC"), QStringLiteral("1"));
    QProcess killed;
    killed.setProcessEnvironment(env);
    killed.start(QStringLiteral(MOTCUACTL_PATH),
                 {QStringLiteral("--db"), m_b->path(), QStringLiteral("attach"), QStringLiteral("fetch"), code,
                  QStringLiteral("--all"), QStringLiteral("--user"), SyncTestBed::adminName()});
    QVERIFY(killed.waitForFinished(60000));
    QCOMPARE(killed.exitStatus(), QProcess::CrashExit);
    QCOMPARE(attachmentsOnB(), 0);
    QCOMPARE(waitingOnB(), 1);
    // The file no row names goes with the next sweep; the fetch again works.
    auto swept = m_b->app().attachments().sweep();
    QVERIFY(swept);
    QCOMPARE(storedFilesOnB(), 0);
    auto fetched = CenterFileFetch::fetchDossierFile(m_b->app(), m_b->admin(), code, shaOf(bytes));
    QVERIFY2(fetched, qPrintable(fetched ? QString() : fetched.error().message));
    QCOMPARE(waitingOnB(), 0);
    QCOMPARE(storedFilesOnB(), 1);
}

void TestCenterFiles::fetchedFiledUnderItsPaper_data()
{
    QTest::addColumn<bool>("onPaper");
    QTest::addColumn<int>("pages");
    QTest::newRow("on a paper") << true << 3;
    QTest::newRow("other papers") << false << 2;
}

void TestCenterFiles::fetchedFiledUnderItsPaper()
{
    QFETCH(bool, onPaper);
    QFETCH(int, pages);
    const QByteArray bytes = document(30000, 29);
    const QString code = uploadOnAPullOnB(bytes, QStringLiteral("giay-to-so.pdf"), onPaper, pages);
    QVERIFY(!code.isEmpty());
    auto onA = m_a->app().attachments().list(code);
    QVERIFY(onA && onA->size() == 1);
    auto fetched = CenterFileFetch::fetchDossierFile(m_b->app(), m_b->admin(), code, shaOf(bytes));
    QVERIFY2(fetched, qPrintable(fetched ? QString() : fetched.error().message));
    QCOMPARE(fetched->pageCount, pages);
    QCOMPARE(fetched->paperName, onA->first().paperName);
    QCOMPARE(fetched->paperId > 0, onPaper);
    // The same paper of B's copy: the same place in the dossier's papers.
    auto papersA = m_a->app().attachments().papers(code);
    auto papersB = m_b->app().attachments().papers(code);
    QVERIFY(papersA && papersB);
    QCOMPARE(papersB->size(), papersA->size());
    if (onPaper)
        QCOMPARE(papersB->last().id, fetched->paperId);
    auto listed = m_b->app().attachments().list(code);
    QVERIFY(listed && listed->size() == 1);
    QCOMPARE(listed->first().paperId, fetched->paperId);
    QCOMPARE(listed->first().pageCount, pages);
}

void TestCenterFiles::killedFetchResumes()
{
    const QByteArray bytes = document(3 * 1024 * 1024, 31);
    const QString sha = shaOf(bytes);
    const QString code = uploadOnAPullOnB(bytes, QStringLiteral("lon.pdf"));
    QVERIFY(!code.isEmpty());
    constexpr int kPieceKib = 8;
    const int pieces = int((bytes.size() + kPieceKib * 1024 - 1) / (kPieceKib * 1024));
    const QStringList args{QStringLiteral("--db"),
                           m_b->path(),
                           QStringLiteral("attach"),
                           QStringLiteral("fetch"),
                           code,
                           QStringLiteral("--all"),
                           QStringLiteral("--piece-kib"),
                           QString::number(kPieceKib),
                           QStringLiteral("--user"),
                           SyncTestBed::adminName()};

    // Killed (SIGKILL) once a tenth of the file has come.
    QProcess first;
    first.setProcessEnvironment(SyncTestBed::cliEnvironment());
    first.start(QStringLiteral(MOTCUACTL_PATH), args);
    QVERIFY(first.waitForStarted());
    QByteArray err;
    int percent = 0;
    QElapsedTimer waited;
    waited.start();
    while (percent < 10 && first.state() == QProcess::Running && waited.elapsed() < 60000) {
        first.waitForReadyRead(100);
        err += first.readAllStandardError();
        const qsizetype cut = err.lastIndexOf('%');
        const qsizetype space = err.lastIndexOf(' ', cut);
        if (cut > 0 && space >= 0)
            percent = err.mid(space + 1, cut - space - 1).toInt();
    }
    QVERIFY2(percent >= 10, err.constData());
    first.kill();
    QVERIFY(first.waitForFinished(10000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    QCOMPARE(attachmentsOnB(), 0);
    QCOMPARE(waitingOnB(), 1);

    // What came is kept encrypted, 0600, outside the store: no byte of the file in clear.
    const QString kept = m_b->app().attachments().root() + QStringLiteral(".partial/") + sha + QStringLiteral(".part");
    QFile part(kept);
    QVERIFY2(part.open(QIODevice::ReadOnly), qPrintable(kept));
    const QByteArray onDisk = part.readAll();
    QVERIFY(onDisk.size() > bytes.size() / 20);
    QVERIFY(!onDisk.contains("%PDF-"));
    QVERIFY(!onDisk.contains(bytes.mid(100, 64)));
    QCOMPARE(part.permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    part.close();

    // The next run goes on from there: fewer requests than the pieces of the whole file.
    const int before = m_center->stats().value(QLatin1String("requests")).toString().toInt();
    QProcess second;
    second.setProcessEnvironment(SyncTestBed::cliEnvironment());
    second.start(QStringLiteral(MOTCUACTL_PATH), args + QStringList{QStringLiteral("--json")});
    QVERIFY(second.waitForFinished(120000));
    const QByteArray secondErr = second.readAllStandardError();
    QVERIFY2(second.exitCode() == 0, secondErr.constData());
    QVERIFY2(secondErr.contains("going on from"), secondErr.constData());
    const int asked = m_center->stats().value(QLatin1String("requests")).toString().toInt() - before;
    qInfo("killed at %d%%; the next run made %d requests, the whole file is %d pieces", percent, asked, pieces);
    QVERIFY2(asked < pieces - pieces / 20, qPrintable(QString::number(asked)));
    auto listed = m_b->app().attachments().list(code);
    QVERIFY(listed && listed->size() == 1);
    auto read = m_b->app().attachments().read(listed->first().id);
    QVERIFY(read);
    QVERIFY(*read == bytes);
    QVERIFY(!QFile::exists(kept));
    QCOMPARE(waitingOnB(), 0);
}

QTEST_GUILESS_MAIN(TestCenterFiles)
#include "test_centerfiles.moc"
