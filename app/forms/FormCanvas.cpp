#include "forms/FormCanvas.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

namespace motcua {

namespace {

// Decree 30/2020/NĐ-CP margins kept at their low end, as on the intake forms.
constexpr qreal kMarginTop = 15;
constexpr qreal kMarginBottom = 15;
constexpr qreal kMarginLeft = 20;
constexpr qreal kMarginRight = 15;

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

} // namespace

FormCanvas::FormCanvas(QPdfWriter& writer, QPainter& painter)
    : m_writer(writer)
    , m_painter(painter)
{
    m_area = QRectF(mm(kMarginLeft), mm(kMarginTop), writer.width() - mm(kMarginLeft + kMarginRight),
                    writer.height() - mm(kMarginTop + kMarginBottom));
    m_y = m_area.top();
}

qreal FormCanvas::mm(qreal v)
{
    return v * 300 / 25.4; // the writers run at 300 dpi
}

QFont FormCanvas::font(qreal points, bool bold, bool italic)
{
    QFont f(formFamily());
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    f.setKerning(true);
    return f;
}

void FormCanvas::skip(qreal millimetres)
{
    m_y += mm(millimetres);
}

void FormCanvas::newPage()
{
    m_writer.newPage();
    m_y = m_area.top();
}

void FormCanvas::ensure(qreal h)
{
    if (m_y + h > m_area.bottom() && m_y > m_area.top())
        newPage();
}

qreal FormCanvas::height(const QString& s, const QFont& f, qreal width, int flags) const
{
    m_painter.setFont(f);
    return m_painter.boundingRect(QRectF(0, 0, width, 1e6), flags | Qt::TextWordWrap, s).height();
}

qreal FormCanvas::text(const QString& s, const QFont& f, qreal x, qreal width, int flags, qreal top) const
{
    const qreal h = height(s, f, width, flags);
    m_painter.setFont(f);
    m_painter.drawText(QRectF(x, top, width, h), flags | Qt::TextWordWrap, s);
    return h;
}

void FormCanvas::header(const IssuingUnit& unit, const QString& formLabel, const QString& nation, const QString& motto,
                        const QString& placeDate)
{
    const qreal leftWidth = mm(75);
    const qreal rightX = m_area.left() + leftWidth;
    const qreal rightWidth = m_area.width() - leftWidth;
    if (!formLabel.isEmpty())
        text(formLabel, font(9, false, true), m_area.left(), m_area.width(), Qt::AlignRight, m_y);
    const qreal start = m_y + mm(5);
    QPen rule(Qt::black);
    rule.setWidthF(mm(0.25));

    qreal y = start;
    if (!unit.parent.isEmpty())
        y += text(unit.parent.toUpper(), font(11.5), m_area.left(), leftWidth, Qt::AlignHCenter, y);
    y += text(unit.name.toUpper(), font(12, true), m_area.left(), leftWidth, Qt::AlignHCenter, y) + mm(1);
    m_painter.save();
    m_painter.setPen(rule);
    m_painter.drawLine(QPointF(m_area.left() + leftWidth * 0.35, y), QPointF(m_area.left() + leftWidth * 0.65, y));
    m_painter.restore();
    const qreal leftBottom = y + mm(2);

    qreal ry = start;
    ry += text(nation, font(11.5, true), rightX, rightWidth, Qt::AlignHCenter, ry);
    const QFont mottoFont = font(13, true);
    ry += text(motto, mottoFont, rightX, rightWidth, Qt::AlignHCenter, ry) + mm(0.6);
    const qreal mottoWidth = QFontMetricsF(mottoFont, m_painter.device()).horizontalAdvance(motto);
    const qreal cx = rightX + rightWidth / 2;
    m_painter.save();
    m_painter.setPen(rule);
    m_painter.drawLine(QPointF(cx - mottoWidth / 2, ry), QPointF(cx + mottoWidth / 2, ry));
    m_painter.restore();
    ry += mm(4);
    if (!placeDate.isEmpty())
        ry += text(placeDate, font(12, false, true), rightX, rightWidth, Qt::AlignHCenter, ry);
    m_y = qMax(leftBottom, ry) + mm(6);
}

void FormCanvas::title(const QString& s, qreal points)
{
    paragraph(s, font(points, true), Qt::AlignHCenter, 3);
}

void FormCanvas::paragraph(const QString& s, const QFont& f, int flags, qreal spaceAfterMm)
{
    const qreal h = height(s, f, m_area.width(), flags);
    ensure(h);
    text(s, f, m_area.left(), m_area.width(), flags, m_y);
    m_y += h + mm(spaceAfterMm);
}

void FormCanvas::field(const QString& label, const QString& value, qreal points)
{
    const QFont regular = font(points);
    const QFont bold = font(points, true);
    m_painter.setFont(regular);
    const qreal labelWidth = QFontMetricsF(regular, &m_writer).horizontalAdvance(label + QStringLiteral(" "));
    const qreal valueWidth = m_area.width() - labelWidth;
    const qreal h =
        qMax(height(label, regular, labelWidth + 1, Qt::AlignLeft), height(value, bold, valueWidth, Qt::AlignLeft));
    ensure(h);
    text(label, regular, m_area.left(), labelWidth + 1, Qt::AlignLeft, m_y);
    text(value, bold, m_area.left() + labelWidth, valueWidth, Qt::AlignLeft, m_y);
    m_y += h + mm(0.8);
}

void FormCanvas::table(const QList<Column>& columns, const QList<QStringList>& rows, qreal points)
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
    const qreal pad = mm(1);
    const QFont headerFont = font(points, true);
    const QFont cellFont = font(points);
    auto rowHeight = [&](const QStringList& cells, const QFont& f, bool head) {
        qreal h = 0;
        for (int i = 0; i < columns.size(); ++i) {
            const int align = head ? int(Qt::AlignHCenter) : columns.at(i).align;
            h = qMax(h, height(cells.value(i), f, widths.at(i) - 2 * pad, align));
        }
        return h + 2 * pad;
    };
    QPen pen(Qt::black);
    pen.setWidthF(mm(0.2));
    auto drawRow = [&](const QStringList& cells, const QFont& f, bool head, qreal h) {
        qreal x = m_area.left();
        for (int i = 0; i < columns.size(); ++i) {
            const int align = head ? int(Qt::AlignHCenter | Qt::AlignVCenter) : columns.at(i).align;
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
    QStringList head;
    for (const Column& c : columns)
        head.append(c.title);
    const qreal headHeight = rowHeight(head, headerFont, true);
    ensure(headHeight + (rows.isEmpty() ? 0 : rowHeight(rows.first(), cellFont, false)));
    drawRow(head, headerFont, true, headHeight);
    for (const QStringList& row : rows) {
        const qreal h = rowHeight(row, cellFont, false);
        if (m_y + h > m_area.bottom()) {
            newPage();
            drawRow(head, headerFont, true, headHeight);
        }
        drawRow(row, cellFont, false, h);
    }
    m_y += mm(2);
}

void FormCanvas::signatures(const QString& leftTitle, const QString& leftName, const QString& rightTitle,
                            const QString& rightName, const QString& hint)
{
    const qreal half = m_area.width() / 2;
    const qreal blockHeight = mm(34);
    ensure(blockHeight);
    const qreal top = m_y + mm(4);
    auto block = [&](qreal x, const QString& heading, const QString& name) {
        if (heading.isEmpty())
            return;
        qreal y = top;
        y += text(heading, font(12, true), x, half, Qt::AlignHCenter, y);
        text(hint, font(11, false, true), x, half, Qt::AlignHCenter, y);
        if (!name.isEmpty())
            text(name, font(12, true), x, half, Qt::AlignHCenter, top + mm(26));
    };
    block(m_area.left(), leftTitle, leftName);
    block(m_area.left() + half, rightTitle, rightName);
    m_y = top + blockHeight;
}

} // namespace motcua
