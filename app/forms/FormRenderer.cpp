#include "forms/FormRenderer.h"

#include "core/Clock.h"
#include "forms/Code128.h"
#include "forms/FormCanvas.h"
#include "forms/QrCode.h"

#include <QCoreApplication>

namespace motcua {

namespace {

// Margins of administrative documents (Decree 30/2020/NĐ-CP, appendix I): top and bottom
// 20–25 mm, left 30–35 mm, right 15–20 mm. The left is kept at the low end so that a form
// with a long list of papers still fits on one page.
constexpr FormCanvas::Margins kMargins{15, 15, 25, 15};
// Body text in points; 13–14 pt is usual for letters, forms use less so that one copy of the
// receipt with its table of papers fits on one A4 page.
constexpr qreal kBody = 11.5;

QFont font(qreal points, bool bold = false, bool italic = false)
{
    return FormCanvas::font(points, bold, italic);
}

FormCanvas::TableStyle tableStyle()
{
    FormCanvas::TableStyle style;
    style.points = 11;
    style.padMm = 1.2;
    style.padYMm = 1.2;
    style.headerPadYMm = 1.2;
    return style;
}

void drawTitle(FormCanvas& l, const FormWording& w, int copy, int copies)
{
    l.paragraph(w.title, font(14, true), Qt::AlignHCenter, copies > 1 ? 0.5 : 3);
    if (copies > 1)
        l.paragraph(w.copyLabels[qBound(0, copy, 1)], font(11, false, true), Qt::AlignHCenter, 3);
}

// Form 01: the code in words and as a barcode on the left; the lookup QR on the right, beside
// the first lines of the applicant (they are short), which saves a band of the page.
void drawCodeBlock(FormCanvas& l, const FormData& d, const FormWording& w)
{
    const QRectF area = l.area();
    const qreal qrSide = FormCanvas::mm(27);
    const qreal captionWidth = qrSide + FormCanvas::mm(12);
    const qreal top = l.y();
    qreal y = top;
    y += l.text(w.codeLabel + QStringLiteral(" ") + d.code, font(13, true), area.left(), area.width() - captionWidth,
                Qt::AlignLeft, y);
    y += FormCanvas::mm(1.5);
    if (auto barcode = Code128::encode(d.code)) {
        // 0.25 mm a module at least: barcode scanners at counters read that from paper.
        const qreal width =
            qMin(area.width() - captionWidth - FormCanvas::mm(5), FormCanvas::mm(0.25) * (barcode->moduleCount() + 20));
        barcode->paint(l.painter(), QRectF(area.left(), y, width, FormCanvas::mm(12)));
        y += FormCanvas::mm(12);
    }
    l.setY(y + FormCanvas::mm(3));
    if (d.lookupUrl.isEmpty())
        return;
    if (auto qr = QrCode::encode(d.lookupUrl.toUtf8())) {
        const QRectF box(area.right() - qrSide, top, qrSide, qrSide);
        qr->paint(l.painter(), box);
        const qreal caption = l.text(w.lookupCaption, font(8, false, true), area.right() - captionWidth, captionWidth,
                                     Qt::AlignHCenter, box.bottom());
        l.reserveRight(captionWidth + FormCanvas::mm(3), box.bottom() + caption + FormCanvas::mm(1));
    }
}

void drawApplicant(FormCanvas& l, const FormData& d, const FormWording& w)
{
    l.paragraph(w.intro.arg(d.unit.name), font(kBody));
    l.field(w.applicantLabel, d.applicant.fullName);
    const bool citizen = d.applicant.type == ApplicantType::Citizen;
    l.field(citizen ? w.citizenIdLabel : w.organisationIdLabel, d.applicant.idNumber);
    l.field(w.addressLabel, d.applicant.address);
    l.field(w.phoneLabel, d.applicant.phone);
    l.field(w.emailLabel, d.applicant.email);
    l.paragraph(w.procedureLabel.arg(d.procedureName, d.procedureCode), font(kBody), Qt::AlignLeft | Qt::AlignJustify);
}

void drawSignatures(FormCanvas& l, const FormData& d, const FormWording& w)
{
    l.signatures(w.leftSignature, d.applicant.fullName, w.rightSignature, d.clerkName, w.signatureHint);
}

void drawReceipt(FormCanvas& l, const FormData& d, const FormWording& w)
{
    drawCodeBlock(l, d, w);
    drawApplicant(l, d, w);
    l.paragraph(w.componentsHeading, font(kBody));
    QList<QStringList> rows;
    int n = 0;
    for (const DossierComponent& c : d.components) {
        if (!c.provided)
            continue;
        rows.append({QString::number(++n), c.name, QString::number(c.originals), QString::number(c.certifiedCopies),
                     QString::number(c.photocopies)});
    }
    l.table({{w.columnNumber, 10, Qt::AlignHCenter},
             {w.columnComponent, 0, Qt::AlignLeft},
             {w.columnOriginals, 17, Qt::AlignHCenter},
             {w.columnCertified, 30, Qt::AlignHCenter},
             {w.columnPhotocopies, 17, Qt::AlignHCenter}},
            rows, tableStyle());
    l.paragraph(w.setsLine.arg(d.sets), font(kBody));
    if (d.statutoryTime)
        l.paragraph(w.statutoryLine.arg(FormRenderer::formatDuration(w, *d.statutoryTime, d.statutoryUnit)),
                    font(kBody));
    l.paragraph(w.receivedLine.arg(FormRenderer::formatTime(d.receivedAt)), font(kBody));
    l.paragraph(w.appointmentLine.arg(FormRenderer::formatTime(d.appointmentAt)), font(kBody, true));
    l.paragraph(w.collectLine.arg(d.collectAt), font(kBody));
    l.paragraph(w.feesLine.arg(FormRenderer::formatFees(w, d.fees)), font(kBody));
    drawSignatures(l, d, w);
}

void drawSupplement(FormCanvas& l, const FormData& d, const FormWording& w)
{
    l.paragraph(w.codeLabel + QStringLiteral(" ") + d.code, font(13, true), Qt::AlignHCenter, 3);
    drawApplicant(l, d, w);
    l.paragraph(w.receivedLine.arg(FormRenderer::formatTime(d.receivedAt)), font(kBody));
    l.paragraph(w.supplementText, font(kBody), Qt::AlignLeft | Qt::AlignJustify);
    QList<QStringList> rows;
    int n = 0;
    for (const SupplementItem& item : d.supplementItems)
        rows.append({QString::number(++n), item.componentName, item.reason});
    l.table({{w.columnNumber, 10, Qt::AlignHCenter},
             {w.columnComponent, 65, Qt::AlignLeft},
             {w.columnReason, 0, Qt::AlignLeft}},
            rows, tableStyle());
    l.paragraph(w.contactText.arg(d.unit.name, d.unit.phone), font(kBody), Qt::AlignLeft | Qt::AlignJustify);
    l.paragraph(w.closing, font(kBody, false, true));
    drawSignatures(l, d, w);
}

void drawRefusal(FormCanvas& l, const FormData& d, const FormWording& w)
{
    l.paragraph(w.codeLabel + QStringLiteral(" ") + d.code, font(13, true), Qt::AlignHCenter, 3);
    drawApplicant(l, d, w);
    l.paragraph(w.receivedLine.arg(FormRenderer::formatTime(d.receivedAt)), font(kBody));
    l.paragraph(w.refusalText.arg(d.unit.name), font(kBody), Qt::AlignLeft | Qt::AlignJustify);
    l.paragraph(d.refusalReason, font(kBody, true), Qt::AlignLeft | Qt::AlignJustify, 2);
    l.paragraph(w.closing, font(kBody, false, true));
    drawSignatures(l, d, w);
}

} // namespace

QString FormRenderer::formatTime(const QDateTime& t)
{
    return t.isValid() ? toVietnam(t).toString(QStringLiteral("HH:mm dd/MM/yyyy")) : QString();
}

QString FormRenderer::formatPlaceDate(const FormWording& wording, const QString& place, const QDate& date)
{
    return FormCanvas::placeDate(wording.placeDate, place, date);
}

QString FormRenderer::formatMoney(const Money& amount, const QString& currency)
{
    QString digits = QString::number(qAbs(amount.toVnd()));
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return (amount.toVnd() < 0 ? QStringLiteral("-") : QString()) + digits + QLatin1Char(' ') + currency;
}

QString FormRenderer::formatDuration(const FormWording& wording, double value, TimeUnit unit)
{
    // Vietnamese writes a decimal comma: "0,5 ngày làm việc".
    QString number = QString::number(value, 'f', 2);
    while (number.endsWith(QLatin1Char('0')))
        number.chop(1);
    if (number.endsWith(QLatin1Char('.')))
        number.chop(1);
    number.replace(QLatin1Char('.'), QLatin1Char(','));
    const QString& name = unit == TimeUnit::WorkingDays    ? wording.unitWorkingDays
                          : unit == TimeUnit::WorkingHours ? wording.unitWorkingHours
                                                           : wording.unitCalendarDays;
    return number + QLatin1Char(' ') + name;
}

QString FormRenderer::formatFees(const FormWording& wording, const QList<DossierFee>& fees)
{
    if (fees.isEmpty())
        return wording.noFees;
    QStringList parts;
    Money total;
    for (const DossierFee& f : fees) {
        parts.append(f.name + QStringLiteral(": ") + formatMoney(f.amount, wording.currency));
        total += f.amount;
    }
    QString text = parts.join(QStringLiteral("; "));
    if (fees.size() > 1)
        text += QStringLiteral("; tổng cộng: ") + formatMoney(total, wording.currency);
    return text;
}

Result<QByteArray> FormRenderer::render(const FormData& data, const FormWording& wording, int copies)
{
    if (Status ready = FormCanvas::canDraw(); !ready)
        return ready.error();
    if (copies < 1 || copies > 2)
        return Error::badInput(
            QCoreApplication::translate("motcua::FormRenderer", "A form is printed in one or two copies."));
    if (data.code.isEmpty())
        return Error::badInput(QCoreApplication::translate("motcua::FormRenderer", "The form has no dossier code."));

    const QString title = wording.title + QStringLiteral(" — ") + data.code;
    return FormCanvas::pdf(title, QPageLayout::Portrait, kMargins, [&](FormCanvas& canvas) {
        for (int copy = 0; copy < copies; ++copy) {
            if (copy > 0)
                canvas.newPage();
            // Issuing unit on the left, national name and motto on the right, the place and
            // date below them; the form's number small above the right corner.
            canvas.header(data.unit, wording.formLabel, wording.nation, wording.motto,
                          formatPlaceDate(wording, data.unit.place, data.date));
            drawTitle(canvas, wording, copy, copies);
            switch (data.kind) {
            case FormKind::Receipt:
                drawReceipt(canvas, data, wording);
                break;
            case FormKind::Supplement:
                drawSupplement(canvas, data, wording);
                break;
            case FormKind::Refusal:
                drawRefusal(canvas, data, wording);
                break;
            }
        }
    });
}

Result<QByteArray> renderForm(const FormData& data, int copies)
{
    return FormRenderer::render(data, FormWording::standard(data.kind), copies);
}

} // namespace motcua
