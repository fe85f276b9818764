#include "forms/FormRenderer.h"

#include "core/Clock.h"
#include "forms/Code128.h"
#include "forms/QrCode.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

namespace motcua {

namespace {

constexpr int kDpi = 300;
constexpr qreal kDotsPerMm = kDpi / 25.4;

// Margins of administrative documents (Decree 30/2020/NĐ-CP, appendix I): top and bottom
// 20–25 mm, left 30–35 mm, right 15–20 mm. The left is kept at the low end so that a form
// with a long list of papers still fits on one page.
constexpr qreal kMarginTop = 15;
constexpr qreal kMarginBottom = 15;
constexpr qreal kMarginLeft = 25;
constexpr qreal kMarginRight = 15;
// Body text in points; 13–14 pt is usual for letters, forms use less so that one copy of the
// receipt with its table of papers fits on one A4 page.
constexpr qreal kBody = 11.5;
constexpr qreal kSpacing = 0.8; // mm after a paragraph

// The family with Vietnamese coverage the package depends on (fonts-noto-core); a serif face
// is what administrative documents use.
QString formFamily()
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString& f : {QStringLiteral("Noto Serif"), QStringLiteral("Noto Sans")}) {
            if (families.contains(f))
                return f;
        }
        return QStringLiteral("Serif");
    }();
    return family;
}

QFont font(qreal points, bool bold = false, bool italic = false)
{
    QFont f(formFamily());
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    f.setKerning(true);
    return f;
}

// A cursor down the page: paragraphs, label-value lines, tables and blocks, breaking to a
// new page when the next piece does not fit.
class Layout
{
public:
    Layout(QPdfWriter& writer, QPainter& painter)
        : m_writer(writer)
        , m_painter(painter)
    {
        const qreal width = writer.width();
        const qreal height = writer.height();
        m_area = QRectF(mm(kMarginLeft), mm(kMarginTop), width - mm(kMarginLeft + kMarginRight),
                        height - mm(kMarginTop + kMarginBottom));
        m_y = m_area.top();
    }

    static qreal mm(qreal v) { return v * kDotsPerMm; }
    QRectF area() const { return m_area; }
    qreal y() const { return m_y; }
    void setY(qreal y) { m_y = y; }
    void skip(qreal millimetres) { m_y += mm(millimetres); }
    // Keeps `width` free on the right down to `until` (the QR code beside the applicant).
    void reserveRight(qreal width, qreal until)
    {
        m_reserveWidth = width;
        m_reserveUntil = until;
    }
    qreal width() const { return m_y < m_reserveUntil ? m_area.width() - m_reserveWidth : m_area.width(); }

    void newPage()
    {
        m_writer.newPage();
        m_y = m_area.top();
        m_reserveUntil = 0;
    }
    void ensure(qreal height)
    {
        if (m_y + height > m_area.bottom() && m_y > m_area.top())
            newPage();
    }

    qreal height(const QString& text, const QFont& f, qreal width, int flags = Qt::AlignLeft) const
    {
        m_painter.setFont(f);
        return m_painter.boundingRect(QRectF(0, 0, width, 1e6), flags | Qt::TextWordWrap, text).height();
    }

    // Draws wrapped text in [x, x + width) at the cursor, or at `top` when given; returns its height.
    qreal text(const QString& text, const QFont& f, qreal x, qreal width, int flags = Qt::AlignLeft,
               qreal top = -1) const
    {
        const qreal y = top < 0 ? m_y : top;
        const qreal h = height(text, f, width, flags);
        m_painter.setFont(f);
        m_painter.drawText(QRectF(x, y, width, h), flags | Qt::TextWordWrap, text);
        return h;
    }

    void paragraph(const QString& s, const QFont& f, int flags = Qt::AlignLeft, qreal spaceAfter = kSpacing)
    {
        const qreal w = width();
        const qreal h = height(s, f, w, flags);
        ensure(h);
        text(s, f, m_area.left(), w, flags);
        m_y += h + mm(spaceAfter);
    }

    // "Label: value" with the value in bold, wrapped with a hanging indent under itself.
    void field(const QString& label, const QString& value, qreal points = kBody)
    {
        const QFont regular = font(points);
        const QFont bold = font(points, true);
        m_painter.setFont(regular);
        const qreal labelWidth = QFontMetricsF(regular, &m_writer).horizontalAdvance(label + QStringLiteral(" "));
        const qreal valueWidth = width() - labelWidth;
        const qreal h = qMax(height(label, regular, labelWidth + 1), height(value, bold, valueWidth));
        ensure(h);
        text(label, regular, m_area.left(), labelWidth + 1);
        text(value, bold, m_area.left() + labelWidth, valueWidth);
        m_y += h + mm(kSpacing);
    }

    struct Column
    {
        QString title;
        qreal widthMm = 0; // 0: takes the rest
        int align = Qt::AlignLeft;
    };

    // A ruled table; the header row is repeated after a page break.
    void table(const QList<Column>& columns, const QList<QStringList>& rows, qreal points = 11)
    {
        QList<qreal> widths;
        qreal fixed = 0;
        int flexible = 0;
        for (const Column& c : columns) {
            fixed += mm(c.widthMm);
            flexible += c.widthMm == 0 ? 1 : 0;
        }
        for (const Column& c : columns)
            widths.append(c.widthMm > 0 ? mm(c.widthMm) : (m_area.width() - fixed) / qMax(1, flexible));
        const qreal pad = mm(1.2);
        const QFont headerFont = font(points, true);
        const QFont cellFont = font(points);

        auto rowHeight = [&](const QStringList& cells, const QFont& f, bool header) {
            qreal h = 0;
            for (int i = 0; i < columns.size(); ++i) {
                const int align = header ? int(Qt::AlignHCenter) : columns.at(i).align;
                h = qMax(h, height(cells.value(i), f, widths.at(i) - 2 * pad, align));
            }
            return h + 2 * pad;
        };
        auto drawRow = [&](const QStringList& cells, const QFont& f, bool header, qreal h) {
            qreal x = m_area.left();
            QPen pen(Qt::black);
            pen.setWidthF(mm(0.2));
            for (int i = 0; i < columns.size(); ++i) {
                const int align = header ? int(Qt::AlignHCenter | Qt::AlignVCenter) : columns.at(i).align;
                text(cells.value(i), f, x + pad, widths.at(i) - 2 * pad, align, m_y + pad);
                m_painter.save();
                m_painter.setPen(pen);
                m_painter.setBrush(Qt::NoBrush);
                m_painter.drawRect(QRectF(x, m_y, widths.at(i), h));
                m_painter.restore();
                x += widths.at(i);
            }
            m_y += h;
        };

        m_y = qMax(m_y, m_reserveUntil);
        QStringList header;
        for (const Column& c : columns)
            header.append(c.title);
        const qreal headerHeight = rowHeight(header, headerFont, true);
        ensure(headerHeight + (rows.isEmpty() ? 0 : rowHeight(rows.first(), cellFont, false)));
        drawRow(header, headerFont, true, headerHeight);
        for (const QStringList& row : rows) {
            const qreal h = rowHeight(row, cellFont, false);
            if (m_y + h > m_area.bottom()) {
                newPage();
                drawRow(header, headerFont, true, headerHeight);
            }
            drawRow(row, cellFont, false, h);
        }
        m_y += mm(2);
    }

    QPainter& painter() { return m_painter; }

private:
    QPdfWriter& m_writer;
    QPainter& m_painter;
    QRectF m_area;
    qreal m_y = 0;
    qreal m_reserveWidth = 0;
    qreal m_reserveUntil = 0;
};

// Issuing unit on the left, national name and motto on the right, the place and date below
// them; the form's number small above the right corner.
void drawHeader(Layout& l, const FormData& d, const FormWording& w)
{
    QPainter& p = l.painter();
    const QRectF area = l.area();
    const qreal leftWidth = Layout::mm(75);
    const qreal rightX = area.left() + leftWidth;
    const qreal rightWidth = area.width() - leftWidth;
    const qreal top = l.y();

    if (!w.formLabel.isEmpty())
        l.text(w.formLabel, font(9, false, true), area.left(), area.width(), Qt::AlignRight, top);
    const qreal start = top + Layout::mm(5);

    // Left: parent body, then the center in bold capitals, then a short rule.
    qreal y = start;
    if (!d.unit.parent.isEmpty())
        y += l.text(d.unit.parent.toUpper(), font(kBody), area.left(), leftWidth, Qt::AlignHCenter, y);
    const QFont centerFont = font(12, true);
    const qreal centerHeight = l.text(d.unit.name.toUpper(), centerFont, area.left(), leftWidth, Qt::AlignHCenter, y);
    y += centerHeight + Layout::mm(1);
    QPen rule(Qt::black);
    rule.setWidthF(Layout::mm(0.25));
    p.save();
    p.setPen(rule);
    p.drawLine(QPointF(area.left() + leftWidth * 0.35, y), QPointF(area.left() + leftWidth * 0.65, y));
    p.restore();
    const qreal leftBottom = y + Layout::mm(2);

    // Right: national name, the motto underlined as wide as its text, the place and date.
    qreal ry = start;
    ry += l.text(w.nation, font(11.5, true), rightX, rightWidth, Qt::AlignHCenter, ry);
    const QFont mottoFont = font(13, true);
    const qreal mottoHeight = l.text(w.motto, mottoFont, rightX, rightWidth, Qt::AlignHCenter, ry);
    const qreal mottoWidth = QFontMetricsF(mottoFont, p.device()).horizontalAdvance(w.motto);
    ry += mottoHeight + Layout::mm(0.6);
    p.save();
    p.setPen(rule);
    const qreal cx = rightX + rightWidth / 2;
    p.drawLine(QPointF(cx - mottoWidth / 2, ry), QPointF(cx + mottoWidth / 2, ry));
    p.restore();
    ry += Layout::mm(4);
    ry += l.text(FormRenderer::formatPlaceDate(w, d.unit.place, d.date), font(12, false, true), rightX, rightWidth,
                 Qt::AlignHCenter, ry);

    l.setY(qMax(leftBottom, ry) + Layout::mm(6));
}

void drawTitle(Layout& l, const FormWording& w, int copy, int copies)
{
    l.paragraph(w.title, font(14, true), Qt::AlignHCenter, copies > 1 ? 0.5 : 3);
    if (copies > 1)
        l.paragraph(w.copyLabels[qBound(0, copy, 1)], font(11, false, true), Qt::AlignHCenter, 3);
}

// Form 01: the code in words and as a barcode on the left; the lookup QR on the right, beside
// the first lines of the applicant (they are short), which saves a band of the page.
void drawCodeBlock(Layout& l, const FormData& d, const FormWording& w)
{
    const QRectF area = l.area();
    const qreal qrSide = Layout::mm(27);
    const qreal captionWidth = qrSide + Layout::mm(12);
    const qreal top = l.y();
    qreal y = top;
    y += l.text(w.codeLabel + QStringLiteral(" ") + d.code, font(13, true), area.left(), area.width() - captionWidth,
                Qt::AlignLeft, y);
    y += Layout::mm(1.5);
    if (auto barcode = Code128::encode(d.code)) {
        // 0.25 mm a module at least: barcode scanners at counters read that from paper.
        const qreal width =
            qMin(area.width() - captionWidth - Layout::mm(5), Layout::mm(0.25) * (barcode->moduleCount() + 20));
        barcode->paint(l.painter(), QRectF(area.left(), y, width, Layout::mm(12)));
        y += Layout::mm(12);
    }
    l.setY(y + Layout::mm(3));
    if (d.lookupUrl.isEmpty())
        return;
    if (auto qr = QrCode::encode(d.lookupUrl.toUtf8())) {
        const QRectF box(area.right() - qrSide, top, qrSide, qrSide);
        qr->paint(l.painter(), box);
        const qreal caption = l.text(w.lookupCaption, font(8, false, true), area.right() - captionWidth, captionWidth,
                                     Qt::AlignHCenter, box.bottom());
        l.reserveRight(captionWidth + Layout::mm(3), box.bottom() + caption + Layout::mm(1));
    }
}

void drawApplicant(Layout& l, const FormData& d, const FormWording& w)
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

void drawSignatures(Layout& l, const FormData& d, const FormWording& w)
{
    const QRectF area = l.area();
    const qreal half = area.width() / 2;
    const qreal blockHeight = Layout::mm(34);
    l.ensure(blockHeight);
    const qreal top = l.y() + Layout::mm(4);
    auto block = [&](qreal x, const QString& title, const QString& name) {
        if (title.isEmpty())
            return;
        qreal y = top;
        y += l.text(title, font(12, true), x, half, Qt::AlignHCenter, y);
        l.text(w.signatureHint, font(11, false, true), x, half, Qt::AlignHCenter, y);
        if (!name.isEmpty())
            l.text(name, font(12, true), x, half, Qt::AlignHCenter, top + Layout::mm(26));
    };
    block(area.left(), w.leftSignature, d.applicant.fullName);
    block(area.left() + half, w.rightSignature, d.clerkName);
    l.setY(top + blockHeight);
}

void drawReceipt(Layout& l, const FormData& d, const FormWording& w)
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
            rows);
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

void drawSupplement(Layout& l, const FormData& d, const FormWording& w)
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
            rows);
    l.paragraph(w.contactText.arg(d.unit.name, d.unit.phone), font(kBody), Qt::AlignLeft | Qt::AlignJustify);
    l.paragraph(w.closing, font(kBody, false, true));
    drawSignatures(l, d, w);
}

void drawRefusal(Layout& l, const FormData& d, const FormWording& w)
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
    return wording.placeDate.arg(place)
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.year());
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
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return Error::internal(
            QCoreApplication::translate("motcua", "Printing forms needs the graphical application object."));
    }
    if (copies < 1 || copies > 2)
        return Error::badInput(QCoreApplication::translate("motcua", "A form is printed in one or two copies."));
    if (data.code.isEmpty())
        return Error::badInput(QCoreApplication::translate("motcua", "The form has no dossier code."));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(kDpi);
        writer.setTitle(wording.title + QStringLiteral(" — ") + data.code);
        writer.setCreator(QStringLiteral("MotCua Desk"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error::internal(QCoreApplication::translate("motcua", "Cannot start a PDF document."));
        painter.setRenderHint(QPainter::Antialiasing, false);
        Layout layout(writer, painter);
        for (int copy = 0; copy < copies; ++copy) {
            if (copy > 0)
                layout.newPage();
            drawHeader(layout, data, wording);
            drawTitle(layout, wording, copy, copies);
            switch (data.kind) {
            case FormKind::Receipt:
                drawReceipt(layout, data, wording);
                break;
            case FormKind::Supplement:
                drawSupplement(layout, data, wording);
                break;
            case FormKind::Refusal:
                drawRefusal(layout, data, wording);
                break;
            }
        }
        painter.end();
    }
    buffer.close();
    return bytes;
}

Result<QByteArray> renderForm(const FormData& data, int copies)
{
    return FormRenderer::render(data, FormWording::standard(data.kind), copies);
}

} // namespace motcua
