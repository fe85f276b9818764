// The attachment service over a real database and store folder: round trips, integrity
// errors on changed bytes, the free-space guard rail, sweep, and the one-transaction write.

#include "core/Clock.h"
#include "security/DataKey.h"
#include "security/KeyRing.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "service/IntakeAssistant.h"
#include "store/AttachmentStore.h"
#include "store/Database.h"
#include "store/Settings.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace motcua;

namespace {

const QString kAdminPassword = QStringLiteral("admin-pass-2026");

QByteArray pattern(int size, int seed)
{
    QByteArray b(size, Qt::Uninitialized);
    quint32 x = static_cast<quint32>(seed) * 2654435761u + 1;
    for (int i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        b[i] = static_cast<char>(x >> 24);
    }
    return b;
}

} // namespace

class TestAttachmentService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void attachReadRoundTrip_data();
    void attachReadRoundTrip();
    void listNamesPapers();
    void oneTransactionWithAuditAndOutbox();
    void flippedByteGivesIntegrityError_data();
    void flippedByteGivesIntegrityError();
    void missingFileReported();
    void sameContentSharesOneFile();
    void reattachRepairsDamagedFile();
    void lockedSessionRefused();
    void badInputRefused_data();
    void badInputRefused();
    void lowFreeSpaceRefused();
    void sweepRemovesOrphansAndTempFiles();
    void reopenedAfterRestart();
    void keptScanGoesWithTheDraft();
    void keptScanBoundToItsDossierWaitsForRetry();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("desk.db")); }
    void open();
    AttachmentService& attachments() { return m_ctx->attachments(); }
    int count(const QString& sql);
    QStringList storedFiles() const;
    QString storeFile(const QString& sha) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<AppContext> m_ctx;
    Actor m_admin;
    QString m_code;
    QList<PaperRef> m_papers;
};

void TestAttachmentService::open()
{
    AppContext::Options options;
    options.databasePath = dbPath();
    options.clock = m_clock.get();
    options.kdfIterationsForTesting = 1000;
    auto ctx = AppContext::open(options);
    QVERIFY2(ctx.ok(), qPrintable(ctx.error().message));
    m_ctx = std::move(*ctx);
}

void TestAttachmentService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), vietnamZone()));
    open();
    const Result<Actor> admin =
        m_ctx->users().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản Trị"), kAdminPassword);
    QVERIFY2(admin.ok(), qPrintable(admin.error().message));
    m_admin = *admin;
    QVERIFY(attachments().isUnlocked());

    Dossier d;
    for (const Procedure& p : m_ctx->catalogue().procedures()) {
        if (p.channel(Channel::Counter) && p.components.size() >= 2) {
            d.procedureCode = p.code;
            break;
        }
    }
    QVERIFY(!d.procedureCode.isEmpty());
    d.channel = Channel::Counter;
    d.applicant.type = ApplicantType::Citizen;
    d.applicant.fullName = QStringLiteral("Đặng Văn Đức");
    d.applicant.idNumber = QStringLiteral("062090001234");
    d.applicant.birthDate = QDate(1990, 5, 17);
    d.applicant.phone = QStringLiteral("0912345678");
    const Result<Dossier> received = m_ctx->dossiers().receive(m_admin, d);
    QVERIFY2(received.ok(), qPrintable(received.error().message));
    m_code = received->code;
    const Result<QList<PaperRef>> papers = attachments().papers(m_code);
    QVERIFY(papers.ok());
    QVERIFY(papers->size() >= 2);
    m_papers = *papers;
}

void TestAttachmentService::cleanup()
{
    m_ctx.reset();
    m_dir.reset();
}

int TestAttachmentService::count(const QString& sql)
{
    Statement& st = m_ctx->db().prepare(sql);
    const int n = st.next() ? st.integer(0) : -1;
    st.reset();
    return n;
}

QStringList TestAttachmentService::storedFiles() const
{
    QStringList out;
    QDirIterator it(m_ctx->attachments().root(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QFileInfo(it.next()).fileName());
    out.sort();
    return out;
}

QString TestAttachmentService::storeFile(const QString& sha) const
{
    return m_ctx->attachments().root() + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') + sha;
}

void TestAttachmentService::attachReadRoundTrip_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("one byte") << 1;
    QTest::newRow("a page") << 150 * 1024;
    QTest::newRow("a batch (hashed in parallel)") << 3 * 1024 * 1024 + 7;
}

void TestAttachmentService::attachReadRoundTrip()
{
    QFETCH(int, size);
    const QByteArray bytes = pattern(size, size);
    const Result<AttachmentInfo> added = attachments().attach(
        m_admin, m_code, m_papers.at(0).id, QStringLiteral("cccd.pdf"), bytes, QStringLiteral("application/pdf"), 2);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QCOMPARE(added->size, qint64(size));
    QCOMPARE(added->sha256, QString::fromLatin1(DataKey::sha256(bytes).toHex()));
    QCOMPARE(added->pageCount, 2);
    QCOMPARE(added->addedBy, QStringLiteral("admin"));

    // On disk: named by the hash, encrypted, a little larger than the plaintext.
    QFile file(storeFile(added->sha256));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    QCOMPARE(onDisk.size(), size + AttachmentStore::kHeaderBytes + 12 + 16);
    QVERIFY(onDisk.startsWith("MCAT\x01\x01"));
    if (size > 64)
        QVERIFY(!onDisk.contains(bytes.mid(size / 2, 32)));

    const Result<QByteArray> read = attachments().read(added->id);
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QCOMPARE(*read, bytes);
}

void TestAttachmentService::listNamesPapers()
{
    QVERIFY(attachments()
                .attach(m_admin, m_code, m_papers.at(1).id, QStringLiteral("/home/clerk/scans/don.pdf"),
                        pattern(100, 1), QStringLiteral("application/pdf"))
                .ok());
    QVERIFY(attachments().attach(m_admin, m_code, 0, QStringLiteral("ghi-chu.txt"), pattern(10, 2), QString()).ok());
    const Result<QList<AttachmentInfo>> list = attachments().list(m_code);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).paperId, m_papers.at(1).id);
    QCOMPARE(list->at(0).paperName, m_papers.at(1).name);
    QCOMPARE(list->at(0).fileName, QStringLiteral("don.pdf")); // no folders kept
    QCOMPARE(list->at(0).dossierCode, m_code);
    QCOMPARE(list->at(1).paperId, qint64(0));
    QCOMPARE(list->at(1).paperName, AttachmentService::otherPapersName());
    QCOMPARE(list->at(1).mimeType, QStringLiteral("application/octet-stream"));
    QCOMPARE(m_papers.at(0).number, 1);
    QCOMPARE(m_papers.at(1).number, 2);
}

void TestAttachmentService::oneTransactionWithAuditAndOutbox()
{
    const Result<AttachmentInfo> added =
        attachments().attach(m_admin, m_code, m_papers.at(0).id, QStringLiteral("Dang_Van_Duc_062090001234.pdf"),
                             pattern(500, 3), QStringLiteral("application/pdf"), 1);
    QVERIFY(added.ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachments")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'attachment.add'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'attachment' AND state = 'queued'")), 1);

    Statement& outbox =
        m_ctx->db().prepare(QStringLiteral("SELECT entity_key, payload FROM outbox WHERE kind = 'attachment'"));
    QVERIFY(outbox.next());
    QCOMPARE(outbox.text(0), m_code);
    const QJsonObject payload = QJsonDocument::fromJson(outbox.text(1).toUtf8()).object();
    outbox.reset();
    QCOMPARE(payload.value(QStringLiteral("code")).toString(), m_code);
    QCOMPARE(payload.value(QStringLiteral("sha256")).toString(), added->sha256);
    QCOMPARE(payload.value(QStringLiteral("size")).toInteger(), 500);
    QCOMPARE(payload.value(QStringLiteral("file_name")).toString(), added->fileName);
    QCOMPARE(payload.value(QStringLiteral("paper_id")).toInteger(), m_papers.at(0).id);
    QCOMPARE(payload.value(QStringLiteral("paper")).toString(), m_papers.at(0).name);

    // The audit row holds no file name: names of scans often carry personal data.
    Statement& audit =
        m_ctx->db().prepare(QStringLiteral("SELECT details FROM audit_log WHERE action = 'attachment.add'"));
    QVERIFY(audit.next());
    const QString details = audit.text(0);
    audit.reset();
    QVERIFY2(!details.contains(QStringLiteral("062090001234")), qPrintable(details));
    QVERIFY(details.contains(added->sha256));
}

void TestAttachmentService::flippedByteGivesIntegrityError_data()
{
    QTest::addColumn<int>("offset"); // negative: from the end of the file
    QTest::newRow("version byte") << 4;
    QTest::newRow("nonce") << 10;
    QTest::newRow("ciphertext") << 1000;
    QTest::newRow("tag") << -1;
}

void TestAttachmentService::flippedByteGivesIntegrityError()
{
    QFETCH(int, offset);
    const QByteArray bytes = pattern(4096, 4);
    const Result<AttachmentInfo> added =
        attachments().attach(m_admin, m_code, m_papers.at(0).id, QStringLiteral("scan.pdf"), bytes, QString());
    QVERIFY(added.ok());
    QVERIFY(attachments().attach(m_admin, m_code, 0, QStringLiteral("ok.pdf"), pattern(99, 5), QString()).ok());

    QFile file(storeFile(added->sha256));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray content = file.readAll();
    const qsizetype at = offset >= 0 ? offset : content.size() + offset;
    content[at] = static_cast<char>(content.at(at) ^ 0x20);
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(content), content.size());
    file.close();

    const Result<QByteArray> read = attachments().read(added->id);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, Error::Crypto);
    QVERIFY2(read.error().message.contains(QStringLiteral("integrity")), qPrintable(read.error().message));
    QVERIFY(read.error().message.contains(added->sha256.left(16)));

    QStringList problems;
    const Result<QList<AttachmentInfo>> bad = attachments().verifyAll(&problems);
    QVERIFY(bad.ok());
    QCOMPARE(bad->size(), 1);
    QCOMPARE(bad->first().id, added->id);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QStringLiteral("integrity")));
}

void TestAttachmentService::missingFileReported()
{
    const Result<AttachmentInfo> added =
        attachments().attach(m_admin, m_code, 0, QStringLiteral("a.pdf"), pattern(300, 6), QString());
    QVERIFY(added.ok());
    QVERIFY(QFile::remove(storeFile(added->sha256)));
    const Result<QByteArray> read = attachments().read(added->id);
    QCOMPARE(read.error().code, Error::NotFound);
    const Result<QList<AttachmentInfo>> bad = attachments().verifyAll();
    QVERIFY(bad.ok());
    QCOMPARE(bad->size(), 1);
}

void TestAttachmentService::sameContentSharesOneFile()
{
    const QByteArray bytes = pattern(2000, 7);
    const Result<AttachmentInfo> a =
        attachments().attach(m_admin, m_code, 0, QStringLiteral("a.pdf"), bytes, QString());
    const Result<AttachmentInfo> b =
        attachments().attach(m_admin, m_code, m_papers.at(0).id, QStringLiteral("b.pdf"), bytes, QString());
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a->id != b->id);
    QCOMPARE(a->sha256, b->sha256);
    QCOMPARE(storedFiles(), QStringList{a->sha256});
    QCOMPARE(*attachments().read(b->id), bytes);
}

void TestAttachmentService::reattachRepairsDamagedFile()
{
    const QByteArray bytes = pattern(2000, 8);
    const Result<AttachmentInfo> a =
        attachments().attach(m_admin, m_code, 0, QStringLiteral("a.pdf"), bytes, QString());
    QVERIFY(a.ok());
    QFile file(storeFile(a->sha256));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("garbage");
    file.close();
    QVERIFY(!attachments().read(a->id).ok());
    // Attaching the same content again writes a sound file under the same name.
    QVERIFY(attachments().attach(m_admin, m_code, 0, QStringLiteral("again.pdf"), bytes, QString()).ok());
    QCOMPARE(*attachments().read(a->id), bytes);
}

void TestAttachmentService::lockedSessionRefused()
{
    const Result<AttachmentInfo> a =
        attachments().attach(m_admin, m_code, 0, QStringLiteral("a.pdf"), pattern(10, 9), QString());
    QVERIFY(a.ok());
    attachments().lock();
    QVERIFY(!attachments().isUnlocked());
    QCOMPARE(attachments().read(a->id).error().code, Error::Forbidden);
    QCOMPARE(attachments().attach(m_admin, m_code, 0, QStringLiteral("b.pdf"), pattern(10, 10), QString()).error().code,
             Error::Forbidden);
    QCOMPARE(attachments().verifyAll().error().code, Error::Forbidden);
    // Listing needs no key: names and sizes only.
    QCOMPARE(attachments().list(m_code)->size(), 1);

    QCOMPARE(attachments().unlock(QStringLiteral("admin"), QStringLiteral("wrong-password")).error().code,
             Error::Forbidden);
    QVERIFY(!attachments().isUnlocked());
    QVERIFY(attachments().unlock(QStringLiteral("admin"), kAdminPassword).ok());
    QVERIFY(attachments().read(a->id).ok());
}

void TestAttachmentService::badInputRefused_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("paperId");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("errorCode");

    QTest::newRow("unknown dossier") << QStringLiteral("000.00.00.H34-260302-9999") << qint64(0)
                                     << QStringLiteral("a.pdf") << 10 << int(Error::NotFound);
    QTest::newRow("paper of no dossier") << QString() << qint64(987654) << QStringLiteral("a.pdf") << 10
                                         << int(Error::BadInput);
    QTest::newRow("empty file") << QString() << qint64(0) << QStringLiteral("a.pdf") << 0 << int(Error::BadInput);
    QTest::newRow("no name") << QString() << qint64(0) << QStringLiteral("  ") << 10 << int(Error::BadInput);
}

void TestAttachmentService::badInputRefused()
{
    QFETCH(QString, code);
    QFETCH(qint64, paperId);
    QFETCH(QString, fileName);
    QFETCH(int, size);
    QFETCH(int, errorCode);
    const Result<AttachmentInfo> r =
        attachments().attach(m_admin, code.isEmpty() ? m_code : code, paperId, fileName, pattern(size, 11), QString());
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), errorCode);
    QVERIFY(storedFiles().isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachments")), 0);
}

void TestAttachmentService::lowFreeSpaceRefused()
{
    QCOMPARE(attachments().freeSpace().state, FreeSpace::Ok);
    // A minimum no disk has (about a petabyte): refused before anything is written.
    QVERIFY(m_ctx->settings().set(QStringLiteral("attachments.minFreeMB"), QStringLiteral("1000000000")).ok());
    const FreeSpace space = attachments().freeSpace();
    QCOMPARE(space.state, FreeSpace::Refuse);
    QVERIFY(!space.canAttach());
    QVERIFY2(space.message().contains(QStringLiteral("refused")), qPrintable(space.message()));

    const Result<AttachmentInfo> r =
        attachments().attach(m_admin, m_code, 0, QStringLiteral("a.pdf"), pattern(1000, 12), QString());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Storage);
    QVERIFY2(r.error().message.contains(QStringLiteral("disk space")), qPrintable(r.error().message));
    QVERIFY(storedFiles().isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachments")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'attachment'")), 0);

    // The warning band: between the minimum and twice it.
    QCOMPARE(FreeSpace::evaluate(150, 100).state, FreeSpace::Low);
    QVERIFY(!FreeSpace::evaluate(150, 100).message().isEmpty());
    QCOMPARE(FreeSpace::evaluate(250, 100).state, FreeSpace::Ok);
    QVERIFY(FreeSpace::evaluate(250, 100).message().isEmpty());
    QVERIFY(!FreeSpace::evaluate(150, 100).canAttach(60));
}

void TestAttachmentService::sweepRemovesOrphansAndTempFiles()
{
    const Result<AttachmentInfo> kept =
        attachments().attach(m_admin, m_code, 0, QStringLiteral("kept.pdf"), pattern(500, 13), QString());
    QVERIFY(kept.ok());
    // A file written but never committed (the process died before its row), a temp file of an
    // interrupted write, and a stranger's file that is not ours to remove.
    AttachmentStore store(attachments().root());
    const QByteArray orphanBytes = pattern(700, 14);
    const QString orphan = QString::fromLatin1(DataKey::sha256(orphanBytes).toHex());
    QVERIFY(store.put(*m_ctx->keyRing().key(), orphan, orphanBytes).ok());
    const QString folder = attachments().root() + QLatin1Char('/') + orphan.left(2);
    QFile temp(folder + QStringLiteral("/.tmp-") + orphan + QStringLiteral("-1-abc"));
    QVERIFY(temp.open(QIODevice::WriteOnly));
    temp.write("partial");
    temp.close();
    QFile stranger(folder + QStringLiteral("/README"));
    QVERIFY(stranger.open(QIODevice::WriteOnly));
    stranger.close();
    QCOMPARE(storedFiles().size(), 4);

    const Result<int> removed = attachments().sweep();
    QVERIFY2(removed.ok(), qPrintable(removed.error().message));
    QCOMPARE(*removed, 2);
    QStringList expected{kept->sha256, QStringLiteral("README")};
    expected.sort();
    QCOMPARE(storedFiles(), expected);
    QVERIFY(attachments().read(kept->id).ok());
    QCOMPARE(*attachments().sweep(), 0);
}

void TestAttachmentService::reopenedAfterRestart()
{
    const QByteArray bytes = pattern(5000, 15);
    const Result<AttachmentInfo> a =
        attachments().attach(m_admin, m_code, m_papers.at(0).id, QStringLiteral("a.pdf"), bytes, QString());
    QVERIFY(a.ok());
    m_ctx.reset();
    open();
    QVERIFY(!attachments().isUnlocked());
    QVERIFY(attachments().unlock(QStringLiteral("admin"), kAdminPassword).ok());
    QCOMPARE(*attachments().read(a->id), bytes);
    QCOMPARE(attachments().list(m_code)->first().paperName, m_papers.at(0).name);
}

void TestAttachmentService::keptScanGoesWithTheDraft()
{
    // A scan kept before the form was autosaved: a blank draft is made for it, in the clear
    // only the row (no bytes of the scan), the file encrypted.
    const QByteArray bytes = pattern(3000, 16);
    const Result<KeptScan> kept = attachments().keepScan(m_admin, 7, QStringLiteral("Tờ khai"), bytes, 3);
    QVERIFY2(kept.ok(), qPrintable(kept.error().message));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM intake_drafts WHERE username = 'admin'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kept_scans WHERE dossier_code IS NULL")), 1);
    QFile file(storeFile(kept->sha256));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(bytes.left(64)));
    file.close();
    QCOMPARE(*attachments().readKept(kept->id), bytes);
    const Result<QList<KeptScan>> list = attachments().keptScans(QStringLiteral("admin"));
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().componentId, qint64(7));
    QCOMPARE(list->first().pageCount, 3);
    QVERIFY(list->first().dossierCode.isEmpty());

    // An existing draft is left as it is.
    IntakeAssistant drafts(m_ctx->db(), m_ctx->clock());
    IntakeDraft draft;
    draft.dossier.notes = QStringLiteral("ghi chú");
    QVERIFY(drafts.saveDraft(QStringLiteral("admin"), draft).ok());
    QVERIFY(attachments().keepScan(m_admin, 0, QStringLiteral("x"), pattern(100, 17), 1).ok());
    QCOMPARE((*drafts.loadDraft(QStringLiteral("admin")))->dossier.notes, QStringLiteral("ghi chú"));

    // While the draft exists the sweep keeps its scans; across a restart too.
    QCOMPARE(*attachments().sweep(), 0);
    m_ctx.reset();
    open();
    QVERIFY(attachments().unlock(QStringLiteral("admin"), kAdminPassword).ok());
    QCOMPARE(*attachments().readKept(kept->id), bytes);
    QCOMPARE(attachments().keptScans(QStringLiteral("admin"))->size(), 2);

    // The draft discarded: its scans go, and the sweep removes their files.
    IntakeAssistant again(m_ctx->db(), m_ctx->clock());
    QVERIFY(again.discardDraft(QStringLiteral("admin")).ok());
    QVERIFY(attachments().keptScans(QStringLiteral("admin"))->isEmpty());
    QCOMPARE(*attachments().sweep(), 2);
    QVERIFY(storedFiles().isEmpty());

    // A draft row deleted some other way (a crash between the two deletes): the sweep finds
    // its scans' rows orphaned and removes rows and files.
    const Result<KeptScan> orphan = attachments().keepScan(m_admin, 0, QStringLiteral("x"), pattern(200, 18), 1);
    QVERIFY(orphan.ok());
    QVERIFY(m_ctx->db().execute(QStringLiteral("DELETE FROM intake_drafts")).ok());
    QCOMPARE(*attachments().sweep(), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kept_scans")), 0);
    QVERIFY(storedFiles().isEmpty());
}

void TestAttachmentService::keptScanBoundToItsDossierWaitsForRetry()
{
    const QByteArray bytes = pattern(4000, 19);
    const Result<KeptScan> kept = attachments().keepScan(m_admin, 0, QStringLiteral("Khác"), bytes, 2);
    QVERIFY(kept.ok());
    // The dossier was recorded, then attaching failed: the store locked.
    QVERIFY(attachments().bindKept(kept->id, m_code).ok());
    attachments().lock();
    const Result<AttachmentInfo> refused =
        attachments().attachScan(m_admin, m_code, 0, QStringLiteral("a.pdf"), bytes, 2, kept->id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Forbidden);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachments")), 0);
    // The next form's draft is discarded: the bound scan is not part of it.
    QVERIFY(IntakeAssistant(m_ctx->db(), m_ctx->clock()).discardDraft(QStringLiteral("admin")).ok());
    QCOMPARE(*attachments().sweep(), 0);
    QCOMPARE(attachments().keptScans(QStringLiteral("admin"))->first().dossierCode, m_code);

    // Retry once the store is open again: attached to the dossier's paper of that component,
    // the kept row gone in the same commit, the file shared.
    QVERIFY(attachments().unlock(QStringLiteral("admin"), kAdminPassword).ok());
    const Result<AttachmentInfo> attached =
        attachments().attachScan(m_admin, m_code, 0, QStringLiteral("a.pdf"), bytes, 2, kept->id);
    QVERIFY2(attached.ok(), qPrintable(attached.error().message));
    QCOMPARE(attached->sha256, kept->sha256);
    QCOMPARE(attached->paperName, AttachmentService::otherPapersName());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kept_scans")), 0);
    QCOMPARE(*attachments().read(attached->id), bytes);
    QCOMPARE(*attachments().sweep(), 0);
    QCOMPARE(storedFiles(), QStringList{kept->sha256});
}

QTEST_GUILESS_MAIN(TestAttachmentService)
#include "test_attachmentservice.moc"
