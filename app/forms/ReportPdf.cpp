#include "forms/ReportPdf.h"

#include "core/Clock.h"
#include "forms/ReportWording.h"

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
constexpr qreal kDotsPerMm = kDpi / 25.4;
// Landscape A4 with the margins of administrative documents (Decree 30/2020/NĐ-CP), the left
// one at its low end so the 13 columns keep readable widths.
constexpr qreal kMarginTop = 12;
constexpr qreal kMarginBottom = 12;
constexpr qreal kMarginLeft = 20;
constexpr qreal kMarginRight = 15;

qreal mm(qreal v)
{
    return v * kDotsPerMm;
}

QString reportFamily()
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
    QFont f(reportFamily());
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

class Page
{
public:
    Page(QPdfWriter& writer, QPainter& painter)
        : m_writer(writer)
        , m_painter(painter)
        , m_area(mm(kMarginLeft), mm(kMarginTop), writer.width() - mm(kMarginLeft + kMarginRight),
                 writer.height() - mm(kMarginTop + kMarginBottom))
        , m_y(m_area.top())
    {}

    QRectF area() const { return m_area; }
    qreal y() const { return m_y; }
    void setY(qreal y) { m_y = y; }
    void newPage()
    {
        m_writer.newPage();
        m_y = m_area.top();
    }
    bool fits(qreal h) const { return m_y + h <= m_area.bottom(); }

    qreal height(const QString& s, const QFont& f, qreal width, int flags) const
    {
        m_painter.setFont(f);
        return m_painter.boundingRect(QRectF(0, 0, width, 1e6), flags | Qt::TextWordWrap, s).height();
    }
    qreal text(const QString& s, const QFont& f, qreal x, qreal width, int flags, qreal top) const
    {
        const qreal h = height(s, f, width, flags);
        m_painter.setFont(f);
        m_painter.drawText(QRectF(x, top, width, h), flags | Qt::TextWordWrap, s);
        return h;
    }
    void cell(const QRectF& r, const QString& s, const QFont& f, int flags) const
    {
        const qreal pad = mm(1);
        m_painter.setFont(f);
        m_painter.drawText(r.adjusted(pad, mm(0.4), -pad, -mm(0.4)), flags | Qt::TextWordWrap, s);
        QPen pen(Qt::black);
        pen.setWidthF(mm(0.2));
        m_painter.save();
        m_painter.setPen(pen);
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(r);
        m_painter.restore();
    }
    QPainter& painter() { return m_painter; }

private:
    QPdfWriter& m_writer;
    QPainter& m_painter;
    QRectF m_area;
    qreal m_y;
};

void drawHeading(Page& p, const PeriodicReport& report, const IssuingUnit& unit, const ReportWording& w)
{
    const QRectF area = p.area();
    const qreal leftWidth = mm(100);
    const qreal rightWidth = mm(120);
    const qreal rightX = area.right() - rightWidth;
    const qreal top = p.y();
    QPen rule(Qt::black);
    rule.setWidthF(mm(0.25));

    qreal y = top;
    if (!unit.parent.isEmpty())
        y += p.text(unit.parent.toUpper(), font(12), area.left(), leftWidth, Qt::AlignHCenter, y);
    y += p.text(unit.name.toUpper(), font(12, true), area.left(), leftWidth, Qt::AlignHCenter, y) + mm(1);
    p.painter().save();
    p.painter().setPen(rule);
    p.painter().drawLine(QPointF(area.left() + leftWidth * 0.35, y), QPointF(area.left() + leftWidth * 0.65, y));
    p.painter().restore();
    const qreal leftBottom = y + mm(2);

    qreal ry = top;
    ry += p.text(w.nation, font(12, true), rightX, rightWidth, Qt::AlignHCenter, ry);
    const QFont mottoFont = font(13, true);
    ry += p.text(w.motto, mottoFont, rightX, rightWidth, Qt::AlignHCenter, ry) + mm(0.6);
    const qreal mottoWidth = QFontMetricsF(mottoFont, p.painter().device()).horizontalAdvance(w.motto);
    const qreal cx = rightX + rightWidth / 2;
    p.painter().save();
    p.painter().setPen(rule);
    p.painter().drawLine(QPointF(cx - mottoWidth / 2, ry), QPointF(cx + mottoWidth / 2, ry));
    p.painter().restore();
    ry += mm(3);
    const QDate today = toVietnam(report.generatedAt).date();
    const QString placeDate = w.placeDate.arg(unit.place)
                                  .arg(today.day(), 2, 10, QLatin1Char('0'))
                                  .arg(today.month(), 2, 10, QLatin1Char('0'))
                                  .arg(today.year());
    ry += p.text(placeDate, font(12, false, true), rightX, rightWidth, Qt::AlignHCenter, ry);

    y = qMax(leftBottom, ry) + mm(4);
    y += p.text(w.title, font(14, true), area.left(), area.width(), Qt::AlignHCenter, y) + mm(1);
    y += p.text(w.periodText(report), font(12, false, true), area.left(), area.width(), Qt::AlignHCenter, y);
    p.setY(y + mm(4));
}

struct Columns
{
    QList<qreal> x;     // left edge of each of the 13 columns
    QList<qreal> width; // their widths
};

Columns layoutColumns(const QRectF& area)
{
    Columns c;
    const qreal number = mm(10);
    const qreal name = mm(74);
    // "Mới tiếp nhận trực tiếp và dịch vụ bưu chính" is the longest title: half as wide again.
    const qreal figure = (area.width() - number - name) / 11.5;
    qreal x = area.left();
    for (int i = 0; i < 13; ++i) {
        const qreal w = i == 0 ? number : i == 1 ? name : i == 5 ? figure * 1.5 : figure;
        c.x.append(x);
        c.width.append(w);
        x += w;
    }
    return c;
}

// The two header rows: STT and the unit span both; each group spans its columns.
void drawTableHeader(Page& p, const Columns& c, const ReportWording& w)
{
    const QFont f = font(9, true);
    const int centre = Qt::AlignHCenter | Qt::AlignVCenter;
    const QStringList sub = w.receivedColumns + w.processedColumns + w.pendingColumns;
    qreal subHeight = 0;
    for (int i = 0; i < sub.size(); ++i)
        subHeight = qMax(subHeight, p.height(sub.at(i), f, c.width.at(2 + i) - mm(2), centre));
    subHeight += mm(2.5);
    const qreal groupHeight = mm(7);
    const qreal top = p.y();
    p.cell(QRectF(c.x.at(0), top, c.width.at(0), groupHeight + subHeight), w.numberColumn, f, centre);
    p.cell(QRectF(c.x.at(1), top, c.width.at(1), groupHeight + subHeight), w.unitColumn, f, centre);
    int col = 2;
    const std::pair<const QString*, qsizetype> groups[] = {{&w.receivedGroup, w.receivedColumns.size()},
                                                           {&w.processedGroup, w.processedColumns.size()},
                                                           {&w.pendingGroup, w.pendingColumns.size()}};
    for (const auto& [title, span] : groups) {
        const qreal width = c.x.at(col + span - 1) + c.width.at(col + span - 1) - c.x.at(col);
        p.cell(QRectF(c.x.at(col), top, width, groupHeight), *title, f, centre);
        col += static_cast<int>(span);
    }
    for (int i = 0; i < sub.size(); ++i)
        p.cell(QRectF(c.x.at(2 + i), top + groupHeight, c.width.at(2 + i), subHeight), sub.at(i), f, centre);
    p.setY(top + groupHeight + subHeight);
}

void drawSignatures(Page& p, const ReportWording& w)
{
    const QRectF area = p.area();
    const qreal blockWidth = mm(100);
    const qreal top = p.y() + mm(4);
    auto block = [&](qreal x, const QString& title) {
        const qreal h = p.text(title, font(12, true), x, blockWidth, Qt::AlignHCenter, top);
        p.text(w.signatureHint, font(11, false, true), x, blockWidth, Qt::AlignHCenter, top + h);
    };
    block(area.left(), w.leftSignature);
    block(area.right() - blockWidth, w.rightSignature);
    p.setY(top + mm(30));
}

} // namespace

Result<QByteArray> ReportPdf::render(const PeriodicReport& report, const IssuingUnit& unit)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return Error::internal(
            QCoreApplication::translate("motcua", "Printing forms needs the graphical application object."));
    }
    const ReportWording w = ReportWording::standard(report.grouping);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(kDpi);
        writer.setTitle(w.title + QStringLiteral(" — ") + w.periodText(report));
        writer.setCreator(QStringLiteral("MotCua Desk"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error::internal(QCoreApplication::translate("motcua", "Cannot start a PDF document."));
        painter.setRenderHint(QPainter::Antialiasing, false);
        Page page(writer, painter);
        drawHeading(page, report, unit, w);
        const Columns columns = layoutColumns(page.area());
        drawTableHeader(page, columns, w);

        const QFont cellFont = font(9.5);
        const QFont boldFont = font(9.5, true);
        auto drawRow = [&](const QString& stt, const QString& name, const ReportCounts& counts, bool bold) {
            const QFont& f = bold ? boldFont : cellFont;
            const int left = Qt::AlignLeft | Qt::AlignVCenter;
            const int centre = Qt::AlignHCenter | Qt::AlignVCenter;
            const qreal h = qMax(mm(5.5), page.height(name, f, columns.width.at(1) - mm(2), left) + mm(1));
            if (!page.fits(h)) {
                page.newPage();
                drawTableHeader(page, columns, w);
            }
            const qreal top = page.y();
            page.cell(QRectF(columns.x.at(0), top, columns.width.at(0), h), stt, f, centre);
            page.cell(QRectF(columns.x.at(1), top, columns.width.at(1), h), name, f, left);
            const QList<qint64> values = ReportWording::values(counts);
            for (int i = 0; i < values.size(); ++i) {
                page.cell(QRectF(columns.x.at(2 + i), top, columns.width.at(2 + i), h),
                          QLocale(QLocale::Vietnamese).toString(values.at(i)), f, centre);
            }
            page.setY(top + h);
        };
        int n = 0;
        for (const ReportRow& r : report.rows)
            drawRow(QString::number(++n), r.name, r.counts, false);
        drawRow(QString(), w.totalRow, report.total, true);

        const QRectF area = page.area();
        const QString note = w.ruleText(report.rules);
        const qreal noteHeight = page.height(note, font(10, false, true), area.width(), Qt::AlignLeft);
        if (!page.fits(noteHeight + mm(25)))
            page.newPage();
        page.setY(page.y() + mm(2));
        page.setY(page.y() +
                  page.text(note, font(10, false, true), area.left(), area.width(), Qt::AlignLeft, page.y()));
        drawSignatures(page, w);
        painter.end();
    }
    buffer.close();
    return bytes;
}

} // namespace motcua
