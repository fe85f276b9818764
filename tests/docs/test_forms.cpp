// Golden tests of the intake forms 01–03 (docs/domain.md#printed-forms): every field the form
// must carry is in the PDF's text exactly, Vietnamese diacritics intact (QPdfDocument, and
// pdftotext when installed); the QR decodes to the lookup URL and the barcode to the code;
// two copies are two pages; the receipt is kept with the dossier.

#include "core/Clock.h"
#include "forms/BarcodeReader.h"
#include "forms/DossierForms.h"
#include "forms/FormRenderer.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "store/IntakeRepository.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

namespace {

// Line breaks and the spaces of justified text are layout, not content.
QString normalized(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).replace(space, QStringLiteral(" ")).trimmed();
}

const QString kLookup = QStringLiteral("https://dichvucong.kontum.gov.vn/tra-cuu?ma=");

} // namespace

class TestForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fields_data();
    void fields();
    void pdftotextExtractsExactly();
    void codesDecode();
    void twoCopiesAreTwoPages();
    void formMustFitTheDossier();
    void receiptIsKeptWithTheDossier();
    void formats();

private:
    Dossier draft() const;
    QString makeDossier(FormKind kind);
    QString pageText(const QByteArray& pdf, int page, int* pages = nullptr);
    QImage pageImage(const QByteArray& pdf, int page, int dpi);

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<AppContext> m_ctx;
    Actor m_clerk;
    Procedure m_procedure;
};

void TestForms::init()
{
    QVERIFY(m_dir.isValid());
    // Friday 13 Feb 2026, 09:30 in Vietnam.
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 2, 13), QTime(9, 30), vietnamZone()));
    AppContext::Options options;
    options.databasePath = m_dir.filePath(
        QStringLiteral("forms-%1-%2.db")
            .arg(QString::fromLatin1(QTest::currentTestFunction()),
                 QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
    options.clock = m_clock.get();
    auto ctx = AppContext::open(options);
    QVERIFY2(ctx.ok(), qPrintable(ctx.error().message));
    m_ctx = std::move(*ctx);
    auto clerk = m_ctx->users().createFirstAdmin(QStringLiteral("thu.tt"), QString::fromUtf8("Trần Thị Thu"),
                                                 QStringLiteral("a-long-password-2026"));
    QVERIFY2(clerk.ok(), qPrintable(clerk.error().message));
    m_clerk = *clerk;
    // A procedure with papers, a counter time in working days and a fee with an amount.
    m_procedure = Procedure();
    for (const Procedure& p : m_ctx->catalogue().procedures()) {
        const ProcedureChannel* ch = p.channel(Channel::Counter);
        bool paid = false;
        if (ch) {
            for (const Fee& f : ch->fees)
                paid = paid || (f.amount && !f.amount->isZero());
        }
        if (ch && paid && ch->timeUnit == TimeUnit::WorkingDays && p.components.size() >= 2) {
            m_procedure = p;
            break;
        }
    }
    QVERIFY2(m_procedure.id != 0, "the demo catalogue has a paid procedure with papers");
}

void TestForms::cleanup()
{
    m_ctx.reset();
}

Dossier TestForms::draft() const
{
    Dossier d;
    d.procedureCode = m_procedure.code;
    d.applicant.type = ApplicantType::Citizen;
    d.applicant.fullName = QString::fromUtf8("Nguyễn Thị Ngọc Ánh");
    d.applicant.idNumber = QStringLiteral("062190001234");
    d.applicant.address = QString::fromUtf8("Tổ 3, Phường Quyết Thắng, Kon Tum");
    d.applicant.phone = QStringLiteral("0912345678");
    d.applicant.email = QStringLiteral("ngocanh@example.vn");
    d.sets = 2;
    return d;
}

QString TestForms::makeDossier(FormKind kind)
{
    Result<Dossier> r = Error::internal(QString());
    switch (kind) {
    case FormKind::Receipt:
        r = m_ctx->dossiers().receive(m_clerk, draft());
        break;
    case FormKind::Supplement:
        r = m_ctx->dossiers().requestSupplementAtIntake(
            m_clerk, draft(),
            {{QString::fromUtf8("Giấy khai sinh"), QString::fromUtf8("Bản sao chưa được chứng thực")},
             {QString::fromUtf8("Tờ khai đăng ký"), QString::fromUtf8("Thiếu chữ ký của người khai")}});
        break;
    case FormKind::Refusal:
        r = m_ctx->dossiers().refuseAtIntake(m_clerk, draft(),
                                             QString::fromUtf8("Thủ tục không thuộc thẩm quyền của Trung tâm"));
        break;
    }
    if (!r.ok()) {
        qWarning() << r.error().message;
        return {};
    }
    return r->code;
}

QString TestForms::pageText(const QByteArray& pdf, int page, int* pages)
{
    const QString path = m_dir.filePath(QStringLiteral("form.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QPdfDocument doc;
    if (doc.load(path) != QPdfDocument::Error::None)
        return {};
    if (pages)
        *pages = doc.pageCount();
    return doc.getAllText(page).text();
}

QImage TestForms::pageImage(const QByteArray& pdf, int page, int dpi)
{
    const QString path = m_dir.filePath(QStringLiteral("image.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(pdf);
    file.close();
    QPdfDocument doc;
    if (doc.load(path) != QPdfDocument::Error::None)
        return {};
    const QSizeF points = doc.pagePointSize(page);
    const QImage rendered = doc.render(page, (points * dpi / 72.0).toSize());
    // render() leaves the page transparent: paint it onto white before reading it.
    QImage flat(rendered.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, rendered);
    return flat;
}

void TestForms::fields_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("expected"); // {code} stands for the dossier code
    const QStringList common = {
        QStringLiteral("ỦY BAN NHÂN DÂN TỈNH KON TUM"),
        QStringLiteral("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH KON TUM"),
        QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
        QStringLiteral("Kon Tum, ngày 13 tháng 02 năm 2026"),
        QStringLiteral("Mã hồ sơ: {code}"),
        QStringLiteral("Ông/Bà: Nguyễn Thị Ngọc Ánh"),
        QStringLiteral("Số định danh cá nhân (CCCD): 062190001234"),
        QStringLiteral("Địa chỉ: Tổ 3, Phường Quyết Thắng, Kon Tum"),
        QStringLiteral("Số điện thoại: 0912345678"),
        QStringLiteral("Email: ngocanh@example.vn"),
        QStringLiteral("Nội dung yêu cầu giải quyết: {procedure}"),
        QStringLiteral("Trần Thị Thu"),
        QStringLiteral("(Ký và ghi rõ họ tên)"),
    };
    QTest::newRow("01 receipt") << int(FormKind::Receipt)
                                << common +
                                       QStringList{
                                           QStringLiteral("Mẫu số 01"),
                                           QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
                                           QStringLiteral("1. Thành phần hồ sơ nộp gồm:"),
                                           QStringLiteral("STT Tên giấy tờ Bản chính Bản sao chứng thực Bản photo"),
                                           QStringLiteral("{components}"),
                                           QStringLiteral("2. Số lượng hồ sơ: 2 bộ"),
                                           QStringLiteral("3. Thời gian giải quyết hồ sơ theo quy định: {time}"),
                                           QStringLiteral("4. Thời gian nhận hồ sơ: 09:30 13/02/2026"),
                                           QStringLiteral("5. Thời gian trả kết quả giải quyết hồ sơ: {appointment}"),
                                           QStringLiteral("6. Nơi nhận kết quả: Trung tâm Phục vụ hành chính công tỉnh "
                                                          "Kon Tum, Số 01 đường Trần Phú"),
                                           QStringLiteral("7. Phí, lệ phí: {fees}"),
                                           QStringLiteral("NGƯỜI NỘP HỒ SƠ"),
                                           QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"),
                                       };
    QTest::newRow("02 supplement") << int(FormKind::Supplement)
                                   << common + QStringList{
                                                   QStringLiteral("Mẫu số 02"),
                                                   QStringLiteral("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
                                                   QStringLiteral("Thời gian nhận hồ sơ: 09:30 13/02/2026"),
                                                   QStringLiteral("1 Giấy khai sinh Bản sao chưa được chứng thực"),
                                                   QStringLiteral("2 Tờ khai đăng ký Thiếu chữ ký của người khai"),
                                                   QStringLiteral("số điện thoại 0260 3 800 000"),
                                                   QStringLiteral("NGƯỜI HƯỚNG DẪN"),
                                               };
    QTest::newRow("03 refusal") << int(FormKind::Refusal)
                                << common +
                                       QStringList{
                                           QStringLiteral("Mẫu số 03"),
                                           QStringLiteral("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
                                           QStringLiteral("từ chối tiếp nhận, giải quyết hồ sơ này với lý do cụ thể"),
                                           QStringLiteral("Thủ tục không thuộc thẩm quyền của Trung tâm"),
                                           QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"),
                                       };
}

void TestForms::fields()
{
    QFETCH(int, kind);
    QFETCH(QStringList, expected);
    const auto formKind = static_cast<FormKind>(kind);
    const QString code = makeDossier(formKind);
    QVERIFY(!code.isEmpty());
    const auto dossier = m_ctx->dossiers().byCode(code);
    QVERIFY(dossier.ok());

    DossierForms forms(*m_ctx);
    const auto pdf = forms.render(code, formKind);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error().message));
    QVERIFY(pdf->startsWith("%PDF-"));
    int pages = 0;
    const QString text = normalized(pageText(*pdf, 0, &pages));
    QCOMPARE(pages, 1);

    const FormWording w = FormWording::standard(formKind);
    const ProcedureChannel* channel = m_procedure.channel(Channel::Counter);
    QStringList components;
    int n = 0;
    for (const DossierComponent& c : dossier->components) {
        components.append(QStringLiteral("%1 %2 %3 %4 %5")
                              .arg(++n)
                              .arg(normalized(c.name))
                              .arg(c.originals)
                              .arg(c.certifiedCopies)
                              .arg(c.photocopies));
    }
    for (QString e : expected) {
        e.replace(QStringLiteral("{code}"), code);
        e.replace(QStringLiteral("{procedure}"), normalized(m_procedure.name));
        e.replace(QStringLiteral("{time}"), FormRenderer::formatDuration(w, channel->timeValue, channel->timeUnit));
        e.replace(QStringLiteral("{appointment}"), FormRenderer::formatTime(dossier->appointmentAt));
        e.replace(QStringLiteral("{fees}"), FormRenderer::formatFees(w, dossier->fees));
        const QStringList wanted = e == QLatin1String("{components}") ? components : QStringList{e};
        for (const QString& one : wanted)
            QVERIFY2(text.contains(one), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(one, text)));
    }
    if (formKind == FormKind::Receipt) {
        QVERIFY(!dossier->fees.isEmpty());
        QVERIFY(text.contains(QStringLiteral(" đồng")));
        QVERIFY(!components.isEmpty());
    }
}

void TestForms::pdftotextExtractsExactly()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString code = makeDossier(FormKind::Refusal);
    DossierForms forms(*m_ctx);
    const auto pdf = forms.render(code, FormKind::Refusal);
    QVERIFY(pdf.ok());
    const QString path = m_dir.filePath(QStringLiteral("refusal.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(*pdf);
    file.close();
    QProcess p;
    p.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QString text = normalized(QString::fromUtf8(p.readAllStandardOutput()));
    for (const QString& s :
         {QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
          QStringLiteral("Nguyễn Thị Ngọc Ánh"), QStringLiteral("Thủ tục không thuộc thẩm quyền của Trung tâm"),
          QStringLiteral("Kon Tum, ngày 13 tháng 02 năm 2026"), code}) {
        QVERIFY2(text.contains(s), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(s, text)));
    }
}

void TestForms::codesDecode()
{
    const QString code = makeDossier(FormKind::Receipt);
    DossierForms forms(*m_ctx);
    const auto pdf = forms.render(code, FormKind::Receipt);
    QVERIFY(pdf.ok());
    const QImage page = pageImage(*pdf, 0, 300);
    QVERIFY(!page.isNull());
    QString qr;
    QString barcode;
    for (const DecodedBarcode& b : decodeBarcodes(page)) {
        if (b.format == QLatin1String("QRCode"))
            qr = b.text;
        else if (b.format == QLatin1String("Code128"))
            barcode = b.text;
    }
    QCOMPARE(qr, kLookup + code);
    QCOMPARE(barcode, code);
    // The single-QR helper the intake page uses finds it too.
    const auto only = decodeQrFromImage(page);
    QVERIFY2(only.ok(), qPrintable(only.error().message));
    QCOMPARE(*only, kLookup + code);
}

void TestForms::twoCopiesAreTwoPages()
{
    const QString code = makeDossier(FormKind::Receipt);
    DossierForms forms(*m_ctx);
    const auto pdf = forms.render(code, FormKind::Receipt, 2);
    QVERIFY(pdf.ok());
    int pages = 0;
    const QString first = normalized(pageText(*pdf, 0, &pages));
    const QString second = normalized(pageText(*pdf, 1));
    QCOMPARE(pages, 2);
    const FormWording w = FormWording::standard(FormKind::Receipt);
    QVERIFY(first.contains(w.copyLabels[0]));
    QVERIFY(second.contains(w.copyLabels[1]));
    QVERIFY(!first.contains(w.copyLabels[1]));
    for (const QString& page : {first, second}) {
        QVERIFY(page.contains(QStringLiteral("Mã hồ sơ: ") + code));
        QVERIFY(page.contains(QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ")));
    }
    // One copy carries no copy label.
    const auto single = forms.render(code, FormKind::Receipt, 1);
    QVERIFY(single.ok());
    QVERIFY(!normalized(pageText(*single, 0)).contains(w.copyLabels[0]));
    QCOMPARE(forms.render(code, FormKind::Receipt, 3).error().code, Error::BadInput);
}

void TestForms::formMustFitTheDossier()
{
    DossierForms forms(*m_ctx);
    const QString received = makeDossier(FormKind::Receipt);
    const QString refused = makeDossier(FormKind::Refusal);
    const QString supplement = makeDossier(FormKind::Supplement);
    QCOMPARE(forms.render(received, FormKind::Refusal).error().code, Error::Conflict);
    QCOMPARE(forms.render(received, FormKind::Supplement).error().code, Error::Conflict);
    QCOMPARE(forms.render(refused, FormKind::Receipt).error().code, Error::Conflict);
    QCOMPARE(forms.render(refused, FormKind::Supplement).error().code, Error::Conflict);
    QCOMPARE(forms.render(supplement, FormKind::Receipt).error().code, Error::Conflict);
    QCOMPARE(forms.render(supplement, FormKind::Refusal).error().code, Error::Conflict);
    QCOMPARE(forms.render(QStringLiteral("000.00.00.H34-260213-9999"), FormKind::Receipt).error().code,
             Error::NotFound);
}

void TestForms::receiptIsKeptWithTheDossier()
{
    const QString code = makeDossier(FormKind::Receipt);
    DossierForms forms(*m_ctx);
    const auto pdf = forms.renderAndKeep(m_clerk, code, FormKind::Receipt, 2);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error().message));
    const auto kept = m_ctx->dossiers().document(code, QStringLiteral("01"));
    QVERIFY2(kept.ok(), qPrintable(kept.error().message));
    QCOMPARE(kept->pdf, *pdf);
    QCOMPARE(kept->sha256, IntakeRepository::sha256Hex(*pdf));
    QCOMPARE(kept->createdBy, m_clerk.username);
}

void TestForms::formats()
{
    const FormWording w = FormWording::standard(FormKind::Receipt);
    QCOMPARE(FormRenderer::formatPlaceDate(w, QStringLiteral("Kon Tum"), QDate(2020, 2, 7)),
             QStringLiteral("Kon Tum, ngày 07 tháng 02 năm 2020"));
    QCOMPARE(FormRenderer::formatTime(QDateTime(QDate(2026, 2, 13), QTime(2, 5), Qt::UTC)),
             QStringLiteral("09:05 13/02/2026"));
    QCOMPARE(FormRenderer::formatMoney(Money(1250000), w.currency), QStringLiteral("1.250.000 đồng"));
    QCOMPARE(FormRenderer::formatMoney(Money(500), w.currency), QStringLiteral("500 đồng"));
    QCOMPARE(FormRenderer::formatDuration(w, 5, TimeUnit::WorkingDays), QStringLiteral("5 ngày làm việc"));
    QCOMPARE(FormRenderer::formatDuration(w, 0.5, TimeUnit::WorkingDays), QStringLiteral("0,5 ngày làm việc"));
    QCOMPARE(FormRenderer::formatDuration(w, 8, TimeUnit::WorkingHours), QStringLiteral("8 giờ làm việc"));
    QCOMPARE(FormRenderer::formatFees(w, {}), QStringLiteral("không thu"));
    QCOMPARE(FormRenderer::formatFees(w, {{QStringLiteral("Lệ phí"), Money(50000), {}},
                                          {QStringLiteral("Phí thẩm định"), Money(100000), {}}}),
             QStringLiteral("Lệ phí: 50.000 đồng; Phí thẩm định: 100.000 đồng; tổng cộng: 150.000 đồng"));
    QCOMPARE(DossierForms::lookupUrl(QStringLiteral("https://x.invalid/a?ma={code}"), QStringLiteral("A.1-2")),
             QStringLiteral("https://x.invalid/a?ma=A.1-2"));
    QVERIFY(DossierForms::lookupUrl(QString(), QStringLiteral("A")).isEmpty());
    FormKind k;
    QVERIFY(formFromNumber(QStringLiteral("02"), &k));
    QCOMPARE(k, FormKind::Supplement);
    QVERIFY(!formFromNumber(QStringLiteral("07"), &k));
    QCOMPARE(formNumber(FormKind::Refusal), QStringLiteral("03"));
}

QTEST_MAIN(TestForms)
#include "test_forms.moc"
