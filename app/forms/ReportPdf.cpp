#include "forms/ReportPdf.h"

#include "core/Clock.h"
#include "forms/FormCanvas.h"
#include "forms/ReportWording.h"

#include <QLocale>

namespace motcua {

namespace {

// Landscape A4 with the margins of administrative documents (Decree 30/2020/NĐ-CP), the left
// one at its low end so the 13 columns keep readable widths.
constexpr FormCanvas::Margins kMargins{12, 12, 20, 15};
// Wider columns than the forms' (the page is landscape): the unit's 100 mm, the national
// name's 120 mm against the right margin; no form label above them, 12 pt, 3 mm from the
// motto's rule to the date, 4 mm after.
constexpr FormCanvas::HeaderStyle kHeader{100, 120, 0, 12, 3, 4};

void drawHeading(FormCanvas& c, const PeriodicReport& report, const IssuingUnit& unit, const ReportWording& w)
{
    const QDate today = toVietnam(report.generatedAt).date();
    c.header(unit, QString(), w.nation, w.motto, FormCanvas::placeDate(w.placeDate, unit.place, today), kHeader);
    c.paragraph(w.title, FormCanvas::font(14, true), Qt::AlignHCenter, 1);
    c.paragraph(w.periodText(report), FormCanvas::font(12, false, true), Qt::AlignHCenter, 4);
}

// STT and the unit, then each group over its columns; "Mới tiếp nhận trực tiếp và dịch vụ bưu
// chính" is the longest title: its column is half as wide again as the other figures.
void drawTable(FormCanvas& c, const PeriodicReport& report, const ReportWording& w)
{
    QList<FormCanvas::Column> columns{{w.numberColumn, 10, Qt::AlignHCenter}, {w.unitColumn, 74, Qt::AlignLeft}};
    QList<FormCanvas::ColumnGroup> groups;
    for (const auto& [title, titles] :
         {std::pair{&w.receivedGroup, &w.receivedColumns}, std::pair{&w.processedGroup, &w.processedColumns},
          std::pair{&w.pendingGroup, &w.pendingColumns}}) {
        groups.append({*title, static_cast<int>(columns.size()), static_cast<int>(titles->size())});
        for (const QString& t : *titles)
            columns.append({t, 0, Qt::AlignHCenter, columns.size() == 5 ? 1.5 : 1});
    }

    const QLocale vietnamese(QLocale::Vietnamese);
    auto cells = [&](const QString& stt, const QString& name, const ReportCounts& counts) {
        QStringList row{stt, name};
        for (qint64 v : ReportWording::values(counts))
            row.append(vietnamese.toString(v));
        return row;
    };
    QList<QStringList> rows;
    int n = 0;
    for (const ReportRow& r : report.rows)
        rows.append(cells(QString::number(++n), r.name, r.counts));
    rows.append(cells(QString(), w.totalRow, report.total));

    FormCanvas::TableStyle style;
    style.points = 9.5;
    style.headerPoints = 9;
    style.padYMm = 0.5;
    style.headerPadYMm = 1.25;
    style.minRowMm = 5.5;
    style.minHeaderRowMm = 7;
    style.centreVertically = true;
    style.boldLastRow = true;
    style.spaceAfterMm = 0;
    c.table(columns, rows, style, groups);
}

} // namespace

Result<QByteArray> ReportPdf::render(const PeriodicReport& report, const IssuingUnit& unit)
{
    const ReportWording w = ReportWording::standard(report.grouping);
    const QString title = w.title + QStringLiteral(" — ") + w.periodText(report);
    return FormCanvas::pdf(title, QPageLayout::Landscape, kMargins, [&](FormCanvas& c) {
        drawHeading(c, report, unit, w);
        drawTable(c, report, w);
        // The counting note stays with the signatures' titles.
        const QString note = w.ruleText(report.rules);
        const QFont noteFont = FormCanvas::font(10, false, true);
        c.ensure(c.height(note, noteFont, c.area().width()) + FormCanvas::mm(25));
        c.skip(2);
        c.paragraph(note, noteFont, Qt::AlignLeft, 0);
        FormCanvas::SignatureStyle signatures;
        signatures.widthMm = 100;
        signatures.heightMm = 30;
        signatures.keepRoom = false;
        c.signatures(w.leftSignature, QString(), w.rightSignature, QString(), w.signatureHint, signatures);
    });
}

} // namespace motcua
