#include "forms/FormCanvas.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

namespace motcua {

namespace {

constexpr int kDpi = 300;

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

} // namespace

FormCanvas::FormCanvas(QPdfWriter& writer, QPainter& painter, const Margins& margins)
    : m_writer(writer)
    , m_painter(painter)
{
    m_area = QRectF(mm(margins.left), mm(margins.top), writer.width() - mm(margins.left + margins.right),
                    writer.height() - mm(margins.top + margins.bottom));
    m_y = m_area.top();
}

Status FormCanvas::canDraw()
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return Error::internal(QCoreApplication::translate("motcua::FormCanvas",
                                                           "Printing forms needs the graphical application object."));
    }
    return {};
}

Result<QByteArray> FormCanvas::pdf(const QString& title, QPageLayout::Orientation orientation, const Margins& margins,
                                   const std::function<void(FormCanvas&)>& draw)
{
    if (Status ready = canDraw(); !ready)
        return ready.error();
    // Laid out again while a signature block would stand alone on its page; each pass only
    // adds breaks, and a piece already at the top of a page is never asked to break, so this
    // ends (a few passes at most: one per signature block).
    QSet<int> breaks;
    for (int pass = 0;; ++pass) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSet<int> more;
        {
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageOrientation(orientation);
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            writer.setResolution(kDpi);
            writer.setTitle(title);
            writer.setCreator(QStringLiteral("MotCua Desk"));
            QPainter painter;
            if (!painter.begin(&writer))
                return Error::internal(
                    QCoreApplication::translate("motcua::FormCanvas", "Cannot start a PDF document."));
            painter.setRenderHint(QPainter::Antialiasing, false);
            FormCanvas canvas(writer, painter, margins);
            canvas.setBreaks(breaks);
            draw(canvas);
            painter.end();
            more = keepBreaks(canvas.placed()) - breaks;
        }
        buffer.close();
        if (more.isEmpty() || pass >= 8)
            return bytes;
        breaks += more;
    }
}

QSet<int> FormCanvas::keepBreaks(const QList<Placed>& placed)
{
    QSet<int> breaks;
    auto firstOnPage = [&](int i) { return i == 0 || placed.at(i - 1).page != placed.at(i).page; };
    int table = -1;
    int lastRow = -1;
    int rowBefore = -1;
    for (int i = 0; i < placed.size(); ++i) {
        const Placed& p = placed.at(i);
        if (p.piece == Piece::Row) {
            if (p.table != table) {
                table = p.table;
                lastRow = -1;
            }
            if (p.withPrevious && lastRow >= 0 && placed.at(lastRow).page != p.page && !firstOnPage(lastRow))
                breaks.insert(lastRow);
            rowBefore = lastRow;
            lastRow = i;
            continue;
        }
        if (p.piece != Piece::Signatures)
            continue;
        // The signatures go with the table's last row, or with the piece before them when
        // there is no table. When they went over alone, the last two rows come along (one
        // row under a repeated header looks lost), unless those two were already apart.
        int anchor = lastRow < 0 ? i - 1 : lastRow;
        if (anchor >= 0 && placed.at(anchor).page != p.page) {
            const bool pair = lastRow >= 0 && rowBefore >= 0 && placed.at(rowBefore).page == placed.at(lastRow).page;
            if (pair && (!firstOnPage(rowBefore) || placed.at(lastRow).withPrevious))
                anchor = rowBefore;
            if (!firstOnPage(anchor))
                breaks.insert(anchor);
        }
        table = lastRow = rowBefore = -1;
    }
    return breaks;
}

void FormCanvas::breakIfAsked()
{
    if (m_breaks.contains(static_cast<int>(m_placed.size())) && m_y > m_area.top())
        newPage();
}

void FormCanvas::place(Piece piece)
{
    m_placed.append({piece, m_page, piece == Piece::Row ? m_tables : -1});
}

qreal FormCanvas::mm(qreal v)
{
    return v * kDpi / 25.4;
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

QString FormCanvas::placeDate(const QString& pattern, const QString& place, const QDate& date)
{
    return pattern.arg(place)
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.year());
}

void FormCanvas::skip(qreal millimetres)
{
    m_y += mm(millimetres);
}

void FormCanvas::newPage()
{
    m_writer.newPage();
    ++m_page;
    m_y = m_area.top();
    m_reserveUntil = 0;
}

void FormCanvas::ensure(qreal h)
{
    if (m_y + h > m_area.bottom() && m_y > m_area.top())
        newPage();
}

void FormCanvas::reserveRight(qreal width, qreal until)
{
    m_reserveWidth = width;
    m_reserveUntil = until;
}

qreal FormCanvas::width() const
{
    return m_y < m_reserveUntil ? m_area.width() - m_reserveWidth : m_area.width();
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
                        const QString& placeDate, const HeaderStyle& style)
{
    const qreal leftWidth = mm(style.leftWidthMm);
    const qreal rightWidth = style.rightWidthMm > 0 ? mm(style.rightWidthMm) : m_area.width() - leftWidth;
    const qreal rightX = style.rightWidthMm > 0 ? m_area.right() - rightWidth : m_area.left() + leftWidth;
    if (!formLabel.isEmpty())
        text(formLabel, font(9, false, true), m_area.left(), m_area.width(), Qt::AlignRight, m_y);
    const qreal start = m_y + mm(style.labelMm);
    QPen rule(Qt::black);
    rule.setWidthF(mm(0.25));

    // Left: parent body, then the unit in bold capitals, then a short rule.
    qreal y = start;
    if (!unit.parent.isEmpty())
        y += text(unit.parent.toUpper(), font(style.points), m_area.left(), leftWidth, Qt::AlignHCenter, y);
    y += text(unit.name.toUpper(), font(12, true), m_area.left(), leftWidth, Qt::AlignHCenter, y) + mm(1);
    m_painter.save();
    m_painter.setPen(rule);
    m_painter.drawLine(QPointF(m_area.left() + leftWidth * 0.35, y), QPointF(m_area.left() + leftWidth * 0.65, y));
    m_painter.restore();
    const qreal leftBottom = y + mm(2);

    // Right: national name, the motto underlined as wide as its text, the place and date.
    qreal ry = start;
    ry += text(nation, font(style.points, true), rightX, rightWidth, Qt::AlignHCenter, ry);
    const QFont mottoFont = font(13, true);
    ry += text(motto, mottoFont, rightX, rightWidth, Qt::AlignHCenter, ry) + mm(0.6);
    const qreal mottoWidth = QFontMetricsF(mottoFont, m_painter.device()).horizontalAdvance(motto);
    const qreal cx = rightX + rightWidth / 2;
    m_painter.save();
    m_painter.setPen(rule);
    m_painter.drawLine(QPointF(cx - mottoWidth / 2, ry), QPointF(cx + mottoWidth / 2, ry));
    m_painter.restore();
    ry += mm(style.dateGapMm);
    if (!placeDate.isEmpty())
        ry += text(placeDate, font(12, false, true), rightX, rightWidth, Qt::AlignHCenter, ry);
    m_y = qMax(leftBottom, ry) + mm(style.spaceAfterMm);
}

void FormCanvas::title(const QString& s, qreal points)
{
    paragraph(s, font(points, true), Qt::AlignHCenter, 3);
}

void FormCanvas::paragraph(const QString& s, const QFont& f, int flags, qreal spaceAfterMm)
{
    const qreal w = width();
    const qreal h = height(s, f, w, flags);
    breakIfAsked();
    ensure(h);
    place(Piece::Text);
    text(s, f, m_area.left(), w, flags, m_y);
    m_y += h + mm(spaceAfterMm);
}

void FormCanvas::field(const QString& label, const QString& value, qreal points)
{
    const QFont regular = font(points);
    const QFont bold = font(points, true);
    m_painter.setFont(regular);
    const qreal labelWidth = QFontMetricsF(regular, &m_writer).horizontalAdvance(label + QStringLiteral(" "));
    const qreal valueWidth = width() - labelWidth;
    const qreal h = qMax(height(label, regular, labelWidth + 1), height(value, bold, valueWidth));
    breakIfAsked();
    ensure(h);
    place(Piece::Text);
    text(label, regular, m_area.left(), labelWidth + 1, Qt::AlignLeft, m_y);
    text(value, bold, m_area.left() + labelWidth, valueWidth, Qt::AlignLeft, m_y);
    m_y += h + mm(0.8);
}

void FormCanvas::table(const QList<Column>& columns, const QList<QStringList>& rows, const TableStyle& style,
                       const QList<ColumnGroup>& groups)
{
    const int count = static_cast<int>(columns.size());
    qreal fixed = 0;
    qreal shares = 0;
    for (const Column& c : columns) {
        fixed += mm(c.widthMm);
        shares += c.widthMm > 0 ? 0 : c.share;
    }
    QList<qreal> lefts;
    QList<qreal> widths;
    qreal x = m_area.left();
    for (const Column& c : columns) {
        const qreal w = c.widthMm > 0 ? mm(c.widthMm) : (m_area.width() - fixed) / (shares > 0 ? shares : 1) * c.share;
        lefts.append(x);
        widths.append(w);
        x += w;
    }
    const qreal pad = mm(style.padMm);
    const int middle = style.centreVertically ? int(Qt::AlignVCenter) : 0;
    QPen rule(Qt::black);
    rule.setWidthF(mm(0.2));
    // A cell's rules and its text inside the padding; `tallest` is the tallest text of its row.
    auto cell = [&](const QRectF& r, qreal padY, qreal tallest, const QString& s, const QFont& f, int align) {
        m_painter.setFont(f);
        m_painter.drawText(
            QRectF(r.left() + pad, r.top() + padY, r.width() - 2 * pad, qMax(tallest, r.height() - 2 * padY)),
            align | middle | Qt::TextWordWrap, s);
        m_painter.save();
        m_painter.setPen(rule);
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(r);
        m_painter.restore();
    };

    // The header: the columns' titles, under their groups' titles when there are groups.
    const QFont headFont = font(style.headerPoints > 0 ? style.headerPoints : style.points, true);
    const qreal headPadY = mm(style.headerPadYMm);
    const qreal minHead = mm(style.minHeaderRowMm);
    QList<int> groupOf(count, -1);
    QList<qreal> groupWidths;
    qreal groupTallest = 0;
    for (int g = 0; g < groups.size(); ++g) {
        const int first = groups.at(g).first;
        const int last = qMin(count, first + groups.at(g).count) - 1;
        for (int i = first; i <= last; ++i)
            groupOf[i] = g;
        groupWidths.append(lefts.at(last) + widths.at(last) - lefts.at(first));
        groupTallest =
            qMax(groupTallest, height(groups.at(g).title, headFont, groupWidths.last() - 2 * pad, Qt::AlignHCenter));
    }
    const bool twoRows = !groups.isEmpty();
    qreal titleTallest = 0;
    qreal spanTallest = 0;
    for (int i = 0; i < count; ++i) {
        const qreal h = height(columns.at(i).title, headFont, widths.at(i) - 2 * pad, Qt::AlignHCenter);
        qreal& tallest = twoRows && groupOf.at(i) < 0 ? spanTallest : titleTallest;
        tallest = qMax(tallest, h);
    }
    const qreal groupRow = twoRows ? qMax(minHead, groupTallest + 2 * headPadY) : 0;
    // A title over both rows makes the second one taller when it needs more room.
    const qreal titleRow = qMax(qMax(minHead, titleTallest + 2 * headPadY), spanTallest + 2 * headPadY - groupRow);
    auto drawHeader = [&] {
        const qreal top = m_y;
        const int centre = Qt::AlignHCenter;
        for (int i = 0; i < count; ++i) {
            if (twoRows && groupOf.at(i) < 0) {
                cell(QRectF(lefts.at(i), top, widths.at(i), groupRow + titleRow), headPadY, spanTallest,
                     columns.at(i).title, headFont, centre);
            }
        }
        for (int g = 0; g < groups.size(); ++g) {
            cell(QRectF(lefts.at(groups.at(g).first), top, groupWidths.at(g), groupRow), headPadY, groupTallest,
                 groups.at(g).title, headFont, centre);
        }
        for (int i = 0; i < count; ++i) {
            if (!twoRows || groupOf.at(i) >= 0) {
                cell(QRectF(lefts.at(i), top + groupRow, widths.at(i), titleRow), headPadY, titleTallest,
                     columns.at(i).title, headFont, centre);
            }
        }
        m_y = top + groupRow + titleRow;
    };

    const QFont cellFont = font(style.points);
    const QFont lastFont = font(style.points, true);
    const qreal padY = mm(style.padYMm);
    const qreal minRow = mm(style.minRowMm);
    auto fontOf = [&](qsizetype row) -> const QFont& {
        return style.boldLastRow && row == rows.size() - 1 ? lastFont : cellFont;
    };
    auto tallestOf = [&](qsizetype row) {
        qreal h = 0;
        for (int i = 0; i < count; ++i)
            h = qMax(h, height(rows.at(row).value(i), fontOf(row), widths.at(i) - 2 * pad, columns.at(i).align));
        return h;
    };

    m_y = qMax(m_y, m_reserveUntil);
    ++m_tables;
    qreal tallest = rows.isEmpty() ? 0 : tallestOf(0);
    if (!rows.isEmpty())
        breakIfAsked(); // a break before the first row takes the header along
    ensure(groupRow + titleRow + (rows.isEmpty() ? 0 : qMax(minRow, tallest + 2 * padY)));
    drawHeader();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (r > 0)
            tallest = tallestOf(r);
        const qreal h = qMax(minRow, tallest + 2 * padY);
        const bool asked = r > 0 && m_breaks.contains(static_cast<int>(m_placed.size()));
        if (m_y + h > m_area.bottom() || asked) {
            newPage();
            drawHeader();
        }
        place(Piece::Row);
        if (style.boldLastRow && r > 0 && r == rows.size() - 1)
            m_placed.last().withPrevious = true;
        for (int i = 0; i < count; ++i) {
            cell(QRectF(lefts.at(i), m_y, widths.at(i), h), padY, tallest, rows.at(r).value(i), fontOf(r),
                 columns.at(i).align);
        }
        m_y += h;
    }
    m_y += mm(style.spaceAfterMm);
}

void FormCanvas::signatures(const QString& leftTitle, const QString& leftName, const QString& rightTitle,
                            const QString& rightName, const QString& hint, const SignatureStyle& style)
{
    const qreal blockWidth = style.widthMm > 0 ? mm(style.widthMm) : m_area.width() / 2;
    const qreal rightX = style.widthMm > 0 ? m_area.right() - blockWidth : m_area.left() + blockWidth;
    const qreal blockHeight = mm(style.heightMm);
    breakIfAsked();
    if (style.keepRoom)
        ensure(blockHeight);
    place(Piece::Signatures);
    const qreal top = m_y + mm(4);
    auto block = [&](qreal x, const QString& heading, const QString& name) {
        if (heading.isEmpty())
            return;
        qreal y = top;
        y += text(heading, font(12, true), x, blockWidth, Qt::AlignHCenter, y);
        text(hint, font(11, false, true), x, blockWidth, Qt::AlignHCenter, y);
        if (!name.isEmpty())
            text(name, font(12, true), x, blockWidth, Qt::AlignHCenter, top + mm(26));
    };
    block(m_area.left(), leftTitle, leftName);
    block(rightX, rightTitle, rightName);
    m_y = top + blockHeight;
}

} // namespace motcua
