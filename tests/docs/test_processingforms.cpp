// Golden tests of the processing forms 04–06 (docs/domain.md#printed-forms): a dossier taken
// through two departments and returned, another late one with an apology letter; every field
// each form must carry is in the PDF's text exactly (QPdfDocument, and pdftotext when
// installed); the ledger's CSV is checked cell by cell.

#include "core/Clock.h"
#include "forms/ProcessingFormRenderer.h"
#include "forms/ProcessingForms.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "service/ProcessingService.h"

#include <QFile>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

namespace {

QString normalized(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).remove(QChar(0x200B)).replace(space, QStringLiteral(" ")).trimmed();
}

QString compact(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).remove(QChar(0x200B)).remove(space);
}

QDateTime vn(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), vietnamZone());
}

// RFC 4180 records: quoted fields with doubled quotes, CRLF between records.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestProcessingForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void apologyLetter();
    void controlSlip_data();
    void controlSlip();
    void ledgerPdf();
    void ledgerCsv();
    void pdftotextExtractsExactly();
    void formsMustFit();

private:
    QString text(const QByteArray& pdf, QSizeF* pageSize = nullptr, int* pages = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<AppContext> m_ctx;
    Actor m_clerk;
    Actor m_lead;
    QString m_returned; // taken through two departments and returned
    QString m_late;     // late, with an apology letter
    QString m_dept1Name;
    QString m_dept2Name;
    QString m_procedureName;
};

void TestProcessingForms::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_clock = std::make_unique<FixedClock>(vn(2026, 3, 4, 9, 0));
    AppContext::Options options;
    options.databasePath = m_dir.filePath(QStringLiteral("forms.db"));
    options.clock = m_clock.get();
    auto ctx = AppContext::open(options);
    QVERIFY2(ctx.ok(), qPrintable(ctx.error().message));
    m_ctx = std::move(*ctx);
    auto clerk = m_ctx->users().createFirstAdmin(QStringLiteral("thu.tt"), QStringLiteral("Trần Thị Thu"),
                                                 QStringLiteral("a-long-password-2026"));
    QVERIFY2(clerk.ok(), qPrintable(clerk.error().message));
    m_clerk = *clerk;
    auto lead = m_ctx->users().addUser(m_clerk, QStringLiteral("binh.lv"), QStringLiteral("Lê Văn Bình"),
                                       Role::Supervisor, QStringLiteral("another-long-password"));
    QVERIFY2(lead.ok(), qPrintable(lead.error().message));
    m_lead = *lead;

    QString procedureCode;
    for (const Procedure& p : m_ctx->catalogue().procedures()) {
        const ProcedureChannel* ch = p.channel(Channel::Counter);
        if (ch && ch->timeUnit == TimeUnit::WorkingDays && ch->timeValue == 5 && !p.receiveCutoff) {
            procedureCode = p.code;
            m_procedureName = p.name;
            break;
        }
    }
    QVERIFY(!procedureCode.isEmpty());
    const QList<Department> departments = m_ctx->catalogue().departments();
    m_dept1Name = departments.at(2).name;
    m_dept2Name = departments.at(3).name;

    Dossier d;
    d.procedureCode = procedureCode;
    d.applicant.fullName = QStringLiteral("Nguyễn Thị Ngọc Ánh");
    d.applicant.idNumber = QStringLiteral("062190001234");
    d.applicant.address = QStringLiteral("Tổ 3, Phường Quyết Thắng, Kon Tum");
    d.applicant.phone = QStringLiteral("0912345678");
    auto a = m_ctx->dossiers().receive(m_clerk, d);
    QVERIFY2(a.ok(), qPrintable(a.error().message));
    m_returned = a->code;
    QCOMPARE(toVietnam(a->appointmentAt), vn(2026, 3, 11, 9, 0));
    m_clock->set(vn(2026, 3, 4, 10, 0));
    d.applicant.fullName = QStringLiteral("Y Blong Niê");
    d.applicant.idNumber = QStringLiteral("066085004321");
    d.applicant.address = QStringLiteral("Xã Đăk Blà, Kon Tum");
    auto b = m_ctx->dossiers().receive(m_clerk, d);
    QVERIFY(b.ok());
    m_late = b->code;

    ProcessingService& p = m_ctx->processing();
    m_clock->set(vn(2026, 3, 4, 9, 10));
    QVERIFY(p.transfer(m_clerk, m_returned, departments.at(2).code).ok());
    m_clock->set(vn(2026, 3, 4, 9, 40));
    QVERIFY(p.receive(m_lead, m_returned).ok());
    m_clock->set(vn(2026, 3, 5, 10, 0));
    QVERIFY(p.transfer(m_lead, m_returned, departments.at(3).code, QStringLiteral("Xin ý kiến liên ngành")).ok());
    m_clock->set(vn(2026, 3, 5, 10, 30));
    QVERIFY(p.receive(m_clerk, m_returned).ok());
    m_clock->set(vn(2026, 3, 10, 15, 0));
    QVERIFY(p.complete(m_clerk, m_returned).ok());
    m_clock->set(vn(2026, 3, 10, 15, 30));
    QVERIFY(p.receiveBack(m_clerk, m_returned).ok());
    m_clock->set(vn(2026, 3, 11, 8, 0));
    ReturnRecord r;
    r.collectorName = QStringLiteral("Nguyễn Văn Tâm");
    r.collectorIdNumber = QStringLiteral("062090009999");
    r.resultPapers = {QStringLiteral("Quyết định cấp phép")};
    r.feesSettled = true;
    auto returned = p.returnResult(m_clerk, m_returned, r);
    QVERIFY2(returned.ok(), qPrintable(returned.error().message));

    // The second is still at the counter on 12 March: a day late.
    m_clock->set(vn(2026, 3, 12, 8, 0));
    ProcessingForms forms(*m_ctx);
    auto letter = forms.apologize(m_lead, m_late, vn(2026, 3, 18, 16, 0),
                                  QStringLiteral("Cần xác minh thêm với cơ quan liên quan"));
    QVERIFY2(letter.ok(), qPrintable(letter.error().message));
}

void TestProcessingForms::cleanupTestCase()
{
    m_ctx.reset();
}

QString TestProcessingForms::text(const QByteArray& pdf, QSizeF* pageSize, int* pages)
{
    const QString path = m_dir.filePath(QStringLiteral("form.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QPdfDocument doc;
    if (doc.load(path) != QPdfDocument::Error::None)
        return {};
    if (pageSize)
        *pageSize = doc.pagePointSize(0);
    if (pages)
        *pages = doc.pageCount();
    QString all;
    for (int i = 0; i < doc.pageCount(); ++i)
        all += doc.getAllText(i).text() + QLatin1Char('\n');
    return all;
}

void TestProcessingForms::apologyLetter()
{
    // Recorded and kept: the event, the apology row and the PDF on file.
    auto docs = m_ctx->dossiers().documents(m_late);
    QVERIFY(docs.ok());
    QCOMPARE(docs->size(), 1);
    QCOMPARE(docs->first().form, QStringLiteral("04"));
    QCOMPARE(docs->first().createdBy, m_lead.username);
    auto events = m_ctx->processing().timeline(m_late);
    QVERIFY(events->last().note.contains(QStringLiteral("Cần xác minh thêm")));
    auto kept = m_ctx->dossiers().document(m_late, QStringLiteral("04"));
    QVERIFY(kept.ok());

    const QString t = normalized(text(kept->pdf));
    for (const QString& s :
         {QStringLiteral("Mẫu số 04"), QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
          QStringLiteral("Độc lập - Tự do - Hạnh phúc"), QStringLiteral("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"),
          QStringLiteral("Kon Tum, ngày 12 tháng 03 năm 2026"),
          QStringLiteral("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"), QStringLiteral("Kính gửi: Ông/Bà Y Blong Niê"),
          m_late, QStringLiteral("Ngày 04/03/2026, Trung tâm Phục vụ hành chính công tỉnh Kon Tum tiếp nhận"),
          QStringLiteral("Thời gian hẹn trả kết quả giải quyết hồ sơ: 10:00 11/03/2026."),
          QStringLiteral("Lý do: Cần xác minh thêm với cơ quan liên quan"), QStringLiteral("16:00 18/03/2026"),
          QStringLiteral("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ"), QStringLiteral("Lê Văn Bình"),
          QStringLiteral("Xin trân trọng cảm ơn!")}) {
        QVERIFY2(t.contains(s), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(s, t)));
    }
    QVERIFY2(compact(t).contains(compact(m_procedureName)), qPrintable(t));
}

void TestProcessingForms::controlSlip_data()
{
    QTest::addColumn<QString>("expected");
    for (const char16_t* s : {u"Mẫu số 05",
                              u"PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                              u"Người nộp hồ sơ: Nguyễn Thị Ngọc Ánh",
                              u"Thời gian nhận hồ sơ: 09:00 04/03/2026",
                              u"Thời gian hẹn trả kết quả: 09:00 11/03/2026",
                              u"TÊN CƠ QUAN",
                              u"THỜI GIAN GIAO, NHẬN HỒ SƠ",
                              u"GHI CHÚ",
                              u"Giao lúc 09:10 04/03/2026",
                              u"Nhận lúc 09:40 04/03/2026",
                              u"Giao lúc 10:00 05/03/2026",
                              u"Nhận lúc 10:30 05/03/2026",
                              u"Giao lúc 15:00 10/03/2026",
                              u"Nhận lúc 15:30 10/03/2026",
                              u"Người giao: Trần Thị Thu",
                              u"Người nhận: Lê Văn Bình",
                              u"Xin ý kiến liên ngành",
                              u"Trước hạn",
                              u"Kết thúc xử lý lúc 15:00 10/03/2026: Trước hạn",
                              u"Trả kết quả lúc 08:00 11/03/2026 cho Nguyễn Văn Tâm"})
        QTest::newRow(QString::fromUtf16(s).toUtf8().constData()) << QString::fromUtf16(s);
}

void TestProcessingForms::controlSlip()
{
    QFETCH(QString, expected);
    ProcessingForms forms(*m_ctx);
    auto pdf = forms.render(m_returned, QStringLiteral("05"));
    QVERIFY2(pdf.ok(), qPrintable(pdf.error().message));
    const QString t = normalized(text(*pdf));
    QVERIFY2(t.contains(expected), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(expected, t)));
    // The hand-over rows name both sides (cells wrap: compare without spaces).
    QVERIFY(compact(t).contains(compact(QStringLiteral("Nhận: ") + m_dept1Name)));
    QVERIFY(compact(t).contains(compact(QStringLiteral("Giao: ") + m_dept2Name)));
    QVERIFY(compact(t).contains(compact(QStringLiteral("Bộ phận tiếp nhận và trả kết quả"))));
}

void TestProcessingForms::ledgerPdf()
{
    ProcessingForms forms(*m_ctx);
    auto pdf = forms.ledgerPdf(QDate(2026, 3, 4), QDate(2026, 3, 4));
    QVERIFY2(pdf.ok(), qPrintable(pdf.error().message));
    QSizeF size;
    const QString t = normalized(text(*pdf, &size));
    QVERIFY2(size.width() > size.height(), "the ledger is printed in landscape");
    for (const QString& s :
         {QStringLiteral("Mẫu số 06"), QStringLiteral("SỔ THEO DÕI HỒ SƠ"),
          QStringLiteral("Từ ngày 04/03/2026 đến ngày 04/03/2026"), QStringLiteral("STT"),
          QStringLiteral("Tổng số: 2 hồ sơ"), QStringLiteral("Nguyễn Thị Ngọc Ánh"), QStringLiteral("0912345678")}) {
        QVERIFY2(t.contains(s), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(s, t)));
    }
    for (const QString& s : {m_returned, m_late, QStringLiteral("Trần Thị Thu"), QStringLiteral("Nguyễn Văn Tâm"),
                             QStringLiteral("Ký nhận kết quả"), QStringLiteral("Cán bộ tiếp nhận"),
                             QStringLiteral("Đã trả kết quả; Trước hạn")}) {
        QVERIFY2(compact(t).contains(compact(s)), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(s, t)));
    }
}

void TestProcessingForms::ledgerCsv()
{
    ProcessingForms forms(*m_ctx);
    auto csv = forms.ledgerCsv(QDate(2026, 3, 1), QDate(2026, 3, 31));
    QVERIFY(csv.ok());
    QVERIFY2(csv->startsWith("\xEF\xBB\xBF"), "UTF-8 byte order mark");
    QVERIFY(csv->endsWith("\r\n"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv->mid(3)));
    QCOMPARE(rows.size(), 3);
    const QStringList header{QStringLiteral("STT"),
                             QStringLiteral("Mã hồ sơ"),
                             QStringLiteral("Tên thủ tục hành chính"),
                             QStringLiteral("Số lượng hồ sơ (bộ)"),
                             QStringLiteral("Tên cá nhân, tổ chức"),
                             QStringLiteral("Địa chỉ"),
                             QStringLiteral("Số điện thoại"),
                             QStringLiteral("Nhận hồ sơ"),
                             QStringLiteral("Hẹn trả kết quả"),
                             QStringLiteral("Ngày trả kết quả"),
                             QStringLiteral("Ký nhận kết quả"),
                             QStringLiteral("Cán bộ tiếp nhận"),
                             QStringLiteral("Ghi chú")};
    QCOMPARE(rows.at(0), header);
    const QStringList a{QStringLiteral("1"),
                        m_returned,
                        m_procedureName,
                        QStringLiteral("1"),
                        QStringLiteral("Nguyễn Thị Ngọc Ánh"),
                        QStringLiteral("Tổ 3, Phường Quyết Thắng, Kon Tum"),
                        QStringLiteral("0912345678"),
                        QStringLiteral("09:00 04/03/2026"),
                        QStringLiteral("09:00 11/03/2026"),
                        QStringLiteral("08:00 11/03/2026"),
                        QStringLiteral("Nguyễn Văn Tâm"),
                        QStringLiteral("Trần Thị Thu"),
                        QStringLiteral("Đã trả kết quả; Trước hạn")};
    QCOMPARE(rows.at(1), a);
    const QStringList& b = rows.at(2);
    QCOMPARE(b.at(0), QStringLiteral("2"));
    QCOMPARE(b.at(1), m_late);
    QCOMPARE(b.at(4), QStringLiteral("Y Blong Niê"));
    QCOMPARE(b.at(8), QStringLiteral("16:00 18/03/2026")); // the appointment of the apology letter
    QCOMPARE(b.at(9), QString());
    QCOMPARE(b.at(12), QStringLiteral("Được tiếp nhận"));
    // A range without dossiers is a header only.
    auto empty = forms.ledgerCsv(QDate(2026, 4, 1), QDate(2026, 4, 2));
    QCOMPARE(parseCsv(QString::fromUtf8(empty->mid(3))).size(), 1);
}

void TestProcessingForms::pdftotextExtractsExactly()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    ProcessingForms forms(*m_ctx);
    auto pdf = forms.render(m_late, QStringLiteral("04"));
    QVERIFY(pdf.ok());
    const QString path = m_dir.filePath(QStringLiteral("apology.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(*pdf);
    file.close();
    QProcess p;
    p.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QString t = normalized(QString::fromUtf8(p.readAllStandardOutput()));
    for (const QString& s :
         {QStringLiteral("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"), QStringLiteral("Kính gửi: Ông/Bà Y Blong Niê"),
          QStringLiteral("16:00 18/03/2026"), QStringLiteral("Lý do: Cần xác minh thêm với cơ quan liên quan")}) {
        QVERIFY2(t.contains(s), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(s, t)));
    }
}

void TestProcessingForms::formsMustFit()
{
    ProcessingForms forms(*m_ctx);
    // No apology letter was issued for the returned dossier.
    auto none = forms.render(m_returned, QStringLiteral("04"));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, Error::Conflict);
    auto wrong = forms.render(m_returned, QStringLiteral("07"));
    QCOMPARE(wrong.error().code, Error::BadInput);
    auto unknown = forms.render(QStringLiteral("000.00.00.H34-260304-9999"), QStringLiteral("05"));
    QCOMPARE(unknown.error().code, Error::NotFound);
    // A slip of a dossier still at the counter has no rows but prints.
    auto slip = forms.render(m_late, QStringLiteral("05"));
    QVERIFY(slip.ok());
    QVERIFY(normalized(text(*slip)).contains(QStringLiteral("TÊN CƠ QUAN")));
}

QTEST_MAIN(TestProcessingForms)
#include "test_processingforms.moc"
