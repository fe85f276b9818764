// The facts the national service-quality index reads, in the dossier records queued for the
// portal: each paper's digitized flag (a file scanned or imported here; a checklist tick is
// not), the result files, the channel, the payment method (cash at the counter), and whether
// the identity was read from the ID card's QR (sent as our own flag, never as a
// population-database check). Then the index computed from the same facts.
#include "ProcessingTestBed.h"

#include "security/UserService.h"
#include "service/AttachmentService.h"
#include "service/QualityService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace motcua;

class TestIndexFacts : public QObject, protected ProcessingTestBed
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void receivedRecordSaysWhatIsKnown();
    void scannedPaperIsDigitizedTickedOneIsNot();
    void resultFileTravelsWithTheResult();
    void indexReadsTheRecordedFacts();

private:
    // The newest dossier record queued for the portal.
    QJsonObject lastRecord(const QString& code);
    int records(const QString& code);
    QString receive(bool fromQr);
    AttachmentService& attachments() { return m_ctx->attachments(); }
    Actor m_admin;
};

void TestIndexFacts::init()
{
    // A fresh station for each test: the bed's folder is emptied (database, attachments).
    QDir dir(m_dir.path());
    for (const QFileInfo& entry : dir.entryInfoList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden)) {
        if (entry.isDir())
            QVERIFY(QDir(entry.filePath()).removeRecursively());
        else
            QVERIFY(QFile::remove(entry.filePath()));
    }
    setUp();
    // The first administrator creates the data key: attachments can be written.
    auto admin = m_ctx->users().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản Trị"),
                                                 QStringLiteral("admin-pass-2026"));
    QVERIFY2(admin, qPrintable(admin ? QString() : admin.error().message));
    m_admin = *admin;
    QVERIFY(attachments().isUnlocked());
}

void TestIndexFacts::cleanup()
{
    tearDown();
}

QJsonObject TestIndexFacts::lastRecord(const QString& code)
{
    Statement& st = m_ctx->db().prepare(QStringLiteral(
        "SELECT payload FROM outbox WHERE kind = 'dossier' AND entity_key = ?1 ORDER BY id DESC LIMIT 1"));
    st.bind(1, code);
    QJsonObject o;
    if (st.next()) {
        o = QJsonDocument::fromJson(st.text(0).toUtf8()).object();
        st.reset();
    }
    return o;
}

int TestIndexFacts::records(const QString& code)
{
    return count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'dossier' AND entity_key = ?1"), code);
}

QString TestIndexFacts::receive(bool fromQr)
{
    Dossier d = draft();
    d.applicant.idFromQr = fromQr;
    auto r = m_ctx->dossiers().receive(m_clerk, d);
    return r ? r->code : QString();
}

void TestIndexFacts::receivedRecordSaysWhatIsKnown()
{
    const QString code = receive(true);
    QVERIFY(!code.isEmpty());
    const QJsonObject rec = lastRecord(code);
    QCOMPARE(rec.value(QStringLiteral("KenhThucHien")).toString(), QStringLiteral("1"));
    QCOMPARE(rec.value(QStringLiteral("MC_DocQRCanCuoc")).toString(), QStringLiteral("1"));
    // Reading the QR is not a population-database check, and is not sent as one.
    QCOMPARE(rec.value(QStringLiteral("TaiKhoanDuocXacThucVoiVNeID")).toString(), QStringLiteral("0"));
    QVERIFY(!rec.contains(QStringLiteral("DSKetNoiCSDL")));
    // No online payment exists here: fees are cash at the counter.
    QCOMPARE(rec.value(QStringLiteral("DuocThanhToanTrucTuyen")).toString(), QStringLiteral("0"));
    auto dossier = m_ctx->dossiers().byCode(code);
    QVERIFY(dossier);
    QCOMPARE(rec.value(QStringLiteral("MC_HinhThucThanhToan")).toString(),
             dossier->totalFees().toVnd() > 0 ? QStringLiteral("1") : QString());
    // Nothing scanned yet: no paper is digitized, however many are ticked as handed in.
    QCOMPARE(rec.value(QStringLiteral("HoSoCoThanhPhanSoHoa")).toString(), QStringLiteral("0"));
    const QJsonArray papers = rec.value(QStringLiteral("TaiLieuNop")).toArray();
    QCOMPARE(papers.size(), dossier->components.size());
    QVERIFY(!papers.isEmpty());
    for (const QJsonValue& p : papers)
        QCOMPARE(p.toObject().value(QStringLiteral("DuocSoHoa")).toString(), QStringLiteral("0"));
    QCOMPARE(rec.value(QStringLiteral("DanhSachGiayToKetQua")).toArray().size(), 0);
    QVERIFY(dossier->applicant.idFromQr);

    // Typed by hand: the flag is 0.
    const QString typed = receive(false);
    QCOMPARE(lastRecord(typed).value(QStringLiteral("MC_DocQRCanCuoc")).toString(), QStringLiteral("0"));
    QVERIFY(!m_ctx->dossiers().byCode(typed)->applicant.idFromQr);
}

void TestIndexFacts::scannedPaperIsDigitizedTickedOneIsNot()
{
    const QString code = receive(false);
    auto papers = attachments().papers(code);
    QVERIFY(papers);
    QVERIFY(papers->size() >= 2);
    auto before = m_ctx->dossiers().byCode(code);
    QVERIFY(before);
    QVERIFY(before->components.at(0).provided && before->components.at(1).provided); // both ticked
    const int queued = records(code);

    // The first paper is scanned: its flag, and the dossier's, become 1; the record is queued again.
    QVERIFY(attachments().attach(m_clerk, code, papers->at(0).id, QStringLiteral("to-khai.pdf"),
                                 QByteArray("%PDF-1.4 first"), QStringLiteral("application/pdf"), 1));
    QCOMPARE(records(code), queued + 1);
    QJsonObject rec = lastRecord(code);
    QCOMPARE(rec.value(QStringLiteral("HoSoCoThanhPhanSoHoa")).toString(), QStringLiteral("1"));
    const QJsonArray flags = rec.value(QStringLiteral("TaiLieuNop")).toArray();
    QCOMPARE(flags.at(0).toObject().value(QStringLiteral("DuocSoHoa")).toString(), QStringLiteral("1"));
    // The second paper is only ticked on the checklist: not digitized.
    for (qsizetype i = 1; i < flags.size(); ++i)
        QCOMPARE(flags.at(i).toObject().value(QStringLiteral("DuocSoHoa")).toString(), QStringLiteral("0"));

    // A second file for the same paper changes no fact the portal keeps: no new record.
    QVERIFY(attachments().attach(m_clerk, code, papers->at(0).id, QStringLiteral("to-khai-2.pdf"),
                                 QByteArray("%PDF-1.4 second"), QStringLiteral("application/pdf"), 1));
    QCOMPARE(records(code), queued + 1);
    // A file under "other papers" digitizes no paper of the procedure.
    QVERIFY(attachments().attach(m_clerk, code, 0, QStringLiteral("khac.pdf"), QByteArray("%PDF-1.4 other"),
                                 QStringLiteral("application/pdf"), 1));
    QCOMPARE(records(code), queued + 1);
}

void TestIndexFacts::resultFileTravelsWithTheResult()
{
    // No result before processing is complete: refused, nothing written.
    const QString open = receive(false);
    auto early = attachments().attachResult(m_clerk, open, QStringLiteral("ket-qua.pdf"), QByteArray("%PDF-1.4 r"),
                                            QStringLiteral("application/pdf"));
    QVERIFY(!early);
    QCOMPARE(early.error().code, Error::Conflict);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachments")), 0);

    const QString code = newDossier(Start::Done);
    QVERIFY(!code.isEmpty());
    auto added = attachments().attachResult(m_clerk, code, QStringLiteral("ket-qua.pdf"), QByteArray("%PDF-1.4 result"),
                                            QStringLiteral("application/pdf"), 1);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    QVERIFY(added->result);
    QCOMPARE(added->paperId, 0);
    QJsonArray results = lastRecord(code).value(QStringLiteral("DanhSachGiayToKetQua")).toArray();
    QCOMPARE(results.size(), 1);
    QJsonObject file = results.at(0).toObject();
    QCOMPARE(file.value(QStringLiteral("TenGiayTo")).toString(), QStringLiteral("ket-qua.pdf"));
    QCOMPARE(file.value(QStringLiteral("MaTep")).toString(), added->sha256);
    QCOMPARE(file.value(QStringLiteral("GiayToId")).toString(), QString::number(added->id));
    // A result file is no paper handed in: no paper became digitized.
    QCOMPARE(lastRecord(code).value(QStringLiteral("HoSoCoThanhPhanSoHoa")).toString(), QStringLiteral("0"));

    // Returned: the paper named at the counter joins the file, and stays in later records.
    m_clock->advanceSecs(600);
    QVERIFY(run(ProcessingAction::Return, code, m_supervisor));
    QJsonObject rec = lastRecord(code);
    QCOMPARE(rec.value(QStringLiteral("TrangThaiHoSo")).toString(), QStringLiteral("10"));
    QCOMPARE(rec.value(QStringLiteral("HinhThuc")).toString(), QStringLiteral("0"));
    results = rec.value(QStringLiteral("DanhSachGiayToKetQua")).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("MaTep")).toString(), added->sha256);
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("TenGiayTo")).toString(), QStringLiteral("Giấy chứng nhận"));
    // A second result file after the return keeps the returned paper in the record.
    QVERIFY(attachments().attachResult(m_clerk, code, QStringLiteral("ket-qua-2.pdf"), QByteArray("%PDF-1.4 r2"),
                                       QStringLiteral("application/pdf")));
    results = lastRecord(code).value(QStringLiteral("DanhSachGiayToKetQua")).toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(2).toObject().value(QStringLiteral("TenGiayTo")).toString(), QStringLiteral("Giấy chứng nhận"));
    // Listed as the result, not as "other papers".
    auto list = attachments().list(code);
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QVERIFY(list->at(0).result && list->at(1).result);
}

void TestIndexFacts::indexReadsTheRecordedFacts()
{
    // Three dossiers received on 2 March 2026 (the bed's day):
    //   A done, every paper scanned, a result file, identity from the QR
    //   B done, first paper scanned only, no result file
    //   C received, nothing scanned
    // 4.1 (with a result, ended in March: A, B): A → 1 / 2 = 50 %.
    // 4.2 (received: A, B, C; every paper and a result): A → 1 / 3.
    // 4.3 (at least one paper scanned: A, B) → 2 / 3.
    // 4.5: no value; the QR was read for 1 of 3.
    const QString a = newDossier(Start::Done);
    const QString b = newDossier(Start::Done);
    const QString c = newDossier(Start::Received);
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
    QVERIFY(m_ctx->db().execute(QStringLiteral("UPDATE dossiers SET id_from_qr = 1 WHERE code = '%1'").arg(a)));
    auto papersA = attachments().papers(a);
    QVERIFY(papersA);
    int n = 0;
    for (const PaperRef& p : *papersA) {
        ++n;
        QVERIFY(attachments().attach(m_clerk, a, p.id, QStringLiteral("p%1.pdf").arg(n),
                                     QByteArray("%PDF-1.4 a") + QByteArray::number(n),
                                     QStringLiteral("application/pdf")));
    }
    QVERIFY(attachments().attachResult(m_clerk, a, QStringLiteral("kq.pdf"), QByteArray("%PDF-1.4 kq"),
                                       QStringLiteral("application/pdf")));
    auto papersB = attachments().papers(b);
    QVERIFY(papersB && papersB->size() >= 2);
    QVERIFY(attachments().attach(m_clerk, b, papersB->at(0).id, QStringLiteral("b.pdf"), QByteArray("%PDF-1.4 b"),
                                 QStringLiteral("application/pdf")));
    // Every paper of these dossiers is handed in (the draft ticks the required ones).
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossier_papers WHERE provided = 0")), 0);

    QualityService quality(m_ctx->db());
    auto report = quality.compute(QDate(2026, 3, 1), QDate(2026, 3, 31));
    QVERIFY(report);
    auto figure = [&](const char* id) -> const QualityFigure& {
        for (const QualityFigure& f : report->figures) {
            if (f.def.id == QLatin1String(id))
                return f;
        }
        qFatal("no indicator %s", id);
    };
    auto idOf = [&](const QString& code) { return m_ctx->dossiers().byCode(code)->id; };
    const QualityFigure& f41 = figure("4.1");
    QCOMPARE(f41.population, 2);
    QCOMPARE(f41.countedIds, QSet<qint64>({idOf(a)}));
    QCOMPARE(f41.value, 50.0);
    QVERIFY(f41.points);
    QCOMPARE(*f41.points, 2.0); // 4 × 50 / 100
    const QualityFigure& f42 = figure("4.2");
    QCOMPARE(f42.population, 3);
    QCOMPARE(f42.countedIds, QSet<qint64>({idOf(a)}));
    QVERIFY(qAbs(*f42.points - 4.0 * (100.0 / 3.0) / 80.0) < 1e-9);
    const QualityFigure& f43 = figure("4.3");
    QCOMPARE(f43.countedIds, QSet<qint64>({idOf(a), idOf(b)}));
    QVERIFY(qAbs(f43.value - 200.0 / 3.0) < 1e-9);
    const QualityFigure& f45 = figure("4.5");
    QVERIFY(!f45.hasValue);
    QVERIFY(!f45.points);
    QVERIFY2(f45.note.contains(QStringLiteral("1 of 3")), qPrintable(f45.note));
    const QualityFigure& f36 = figure("3.6");
    QVERIFY(!f36.hasValue);
    QVERIFY(!f36.points);
}

QTEST_GUILESS_MAIN(TestIndexFacts)
#include "test_indexfacts.moc"
