// Keep-with-previous of signature blocks (FormCanvas::pdf): whatever the length of the table
// before them, the signatures of a receipt (form 01), a supplement request (form 02) and the
// periodic report share their page with the table's last row, never stand alone on a page.
// The lengths below walk across the page boundary, so some of them put the signatures at
// the very bottom of a page. Checked on the PDF's text, page by page.

#include "core/Clock.h"
#include "forms/FormCanvas.h"
#include "forms/FormRenderer.h"
#include "forms/ReportPdf.h"
#include "forms/ReportWording.h"

#include <QBuffer>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QTest>

using namespace motcua;

namespace {

QString normalized(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).replace(space, QStringLiteral(" ")).trimmed();
}

QStringList pageTexts(const QByteArray& pdf)
{
    QByteArray bytes = pdf;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument doc;
    doc.load(&buffer);
    QStringList pages;
    for (int i = 0; i < doc.pageCount(); ++i)
        pages.append(normalized(doc.getAllText(i).text()));
    return pages;
}

QString paperName(int i)
{
    return QStringLiteral("Bản sao giấy tờ chứng minh số %1").arg(i, 3, 10, QLatin1Char('0'));
}

FormData formData(FormKind kind, int papers)
{
    FormData d;
    d.kind = kind;
    d.unit = {QStringLiteral("Ủy ban nhân dân tỉnh Kon Tum"), QStringLiteral("Trung tâm Phục vụ hành chính công"),
              QStringLiteral("Kon Tum"), QStringLiteral("Số 1 Lê Lợi"), QStringLiteral("0260 3862 000")};
    d.date = QDate(2026, 2, 13);
    d.code = QStringLiteral("000.00.00.H40-260213-0001");
    d.lookupUrl = QStringLiteral("https://dichvucong.kontum.gov.vn/tra-cuu?ma=000.00.00.H40-260213-0001");
    d.applicant.fullName = QStringLiteral("Nguyễn Văn An");
    d.applicant.idNumber = QStringLiteral("062090001234");
    d.applicant.address = QStringLiteral("Phường Quyết Thắng, thành phố Kon Tum");
    d.applicant.phone = QStringLiteral("0905123456");
    d.procedureCode = QStringLiteral("1.001612");
    d.procedureName = QStringLiteral("Đăng ký thành lập hộ kinh doanh");
    for (int i = 1; i <= papers; ++i) {
        DossierComponent c;
        c.name = paperName(i);
        c.provided = true;
        c.originals = 1;
        d.components.append(c);
        d.supplementItems.append({paperName(i), QStringLiteral("Thiếu chữ ký")});
    }
    d.statutoryTime = 3;
    d.receivedAt = QDateTime(QDate(2026, 2, 13), QTime(9, 30), vietnamZone());
    d.appointmentAt = QDateTime(QDate(2026, 2, 18), QTime(9, 30), vietnamZone());
    d.collectAt = d.unit.name;
    d.clerkName = QStringLiteral("Trần Thị Bình");
    return d;
}

} // namespace

class TestSignaturePagination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepBreaks();
    void forms_data();
    void forms();
    void report_data();
    void report();
};

// The page model alone: a break before the second-to-last row when the signatures went over.
void TestSignaturePagination::keepBreaks()
{
    using P = FormCanvas::Piece;
    QList<FormCanvas::Placed> placed{{P::Text, 0, -1}, {P::Row, 0, 1},   {P::Row, 0, 1},
                                     {P::Row, 0, 1},   {P::Text, 0, -1}, {P::Signatures, 1, -1}};
    QCOMPARE(FormCanvas::keepBreaks(placed), QSet<int>{2});
    // Together already: nothing to do.
    placed[5].page = 0;
    QVERIFY(FormCanvas::keepBreaks(placed).isEmpty());
    // The last row went over with them: nothing to do, though the row before stays behind.
    placed = {{P::Row, 0, 1}, {P::Row, 0, 1}, {P::Row, 1, 1}, {P::Signatures, 1, -1}};
    QVERIFY(FormCanvas::keepBreaks(placed).isEmpty());
    // A total row stays with the row above it, and with the signatures.
    placed = {{P::Row, 0, 1}, {P::Row, 0, 1}, {P::Row, 1, 1, true}, {P::Signatures, 1, -1}};
    QCOMPARE(FormCanvas::keepBreaks(placed), QSet<int>{1});
    placed = {{P::Row, 0, 1}, {P::Row, 0, 1}, {P::Row, 0, 1, true}, {P::Signatures, 1, -1}};
    QCOMPARE(FormCanvas::keepBreaks(placed), QSet<int>{1});
    // The two rows begin their page: the last one alone goes over.
    placed = {{P::Text, 0, -1}, {P::Row, 1, 1}, {P::Row, 1, 1}, {P::Signatures, 2, -1}};
    QCOMPARE(FormCanvas::keepBreaks(placed), QSet<int>{2});
    // One row, at the top of its page: breaking again would not help.
    placed = {{P::Text, 0, -1}, {P::Row, 1, 1}, {P::Signatures, 2, -1}};
    QVERIFY(FormCanvas::keepBreaks(placed).isEmpty());
    // No table: the paragraph before goes along.
    placed = {{P::Text, 0, -1}, {P::Text, 0, -1}, {P::Signatures, 1, -1}};
    QCOMPARE(FormCanvas::keepBreaks(placed), QSet<int>{1});
}

void TestSignaturePagination::forms_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("papers");
    QTest::addColumn<int>("copies");
    // 8 papers fit on one page with the signatures, 30 do not: in between, the table's end
    // and then the signatures reach the bottom of page 1.
    for (int copies : {1, 2}) {
        for (int n = 8; n <= 30; ++n)
            QTest::addRow("receipt %d papers %d copies", n, copies) << int(FormKind::Receipt) << n << copies;
    }
    for (int n = 6; n <= 28; ++n)
        QTest::addRow("supplement %d papers", n) << int(FormKind::Supplement) << n << 1;
}

void TestSignaturePagination::forms()
{
    QFETCH(int, kind);
    QFETCH(int, papers);
    QFETCH(int, copies);
    const FormData data = formData(FormKind(kind), papers);
    auto pdf = FormRenderer::render(data, FormWording::standard(data.kind), copies);
    QVERIFY2(pdf, qPrintable(pdf.error().message));
    const QStringList pages = pageTexts(*pdf);
    const QString signature = FormWording::standard(data.kind).rightSignature;
    int signed_ = 0;
    for (int p = 0; p < pages.size(); ++p) {
        if (!pages.at(p).contains(signature))
            continue;
        ++signed_;
        // The signatures stand with the last paper of the table.
        QVERIFY2(pages.at(p).contains(paperName(papers)),
                 qPrintable(QStringLiteral("page %1 of %2: %3").arg(p + 1).arg(pages.size()).arg(pages.at(p))));
    }
    QCOMPARE(signed_, copies);
    // Nothing lost or doubled on the way: every paper once a copy.
    const QString all = pages.join(QLatin1Char(' '));
    for (int i = 1; i <= papers; ++i)
        QCOMPARE(all.count(paperName(i)), copies);
}

void TestSignaturePagination::report_data()
{
    QTest::addColumn<int>("units");
    for (int n = 10; n <= 30; ++n)
        QTest::addRow("%d units", n) << n;
}

void TestSignaturePagination::report()
{
    QFETCH(int, units);
    PeriodicReport r;
    r.from = QDate(2026, 7, 1);
    r.to = QDate(2026, 9, 30);
    r.grouping = ReportGrouping::Department;
    r.generatedAt = QDateTime(QDate(2026, 10, 2), QTime(2, 0), Qt::UTC);
    for (int i = 1; i <= units; ++i) {
        ReportRow row;
        row.key = QStringLiteral("U%1").arg(i);
        row.name = QStringLiteral("Phòng chuyên môn số %1").arg(i, 3, 10, QLatin1Char('0'));
        row.counts.counterPostal = i;
        r.rows.append(row);
        r.total += row.counts;
    }
    IssuingUnit unit;
    unit.parent = QStringLiteral("Ủy ban nhân dân tỉnh Kon Tum");
    unit.name = QStringLiteral("Trung tâm Phục vụ hành chính công tỉnh Kon Tum");
    unit.place = QStringLiteral("Kon Tum");
    auto pdf = ReportPdf::render(r, unit);
    QVERIFY2(pdf, qPrintable(pdf.error().message));
    const QStringList pages = pageTexts(*pdf);
    const ReportWording w = ReportWording::standard(r.grouping);
    int signed_ = 0;
    for (const QString& page : pages) {
        if (!page.contains(w.rightSignature))
            continue;
        ++signed_;
        // With the total and the last unit above it.
        QVERIFY2(page.contains(w.totalRow), qPrintable(page));
        QVERIFY2(page.contains(r.rows.last().name), qPrintable(page));
    }
    QCOMPARE(signed_, 1);
    const QString all = pages.join(QLatin1Char(' '));
    for (const ReportRow& row : std::as_const(r.rows))
        QCOMPARE(all.count(row.name), 1);
}

QTEST_MAIN(TestSignaturePagination)
#include "test_signaturepagination.moc"
