#include "forms/ReportXlsx.h"

#include "core/Clock.h"
#include "forms/ReportWording.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace motcua {

namespace {

// libxlsxwriter takes UTF-8 C strings; each call copies the text, so a temporary is enough.
struct Utf8
{
    explicit Utf8(const QString& s)
        : bytes(s.toUtf8())
    {}
    operator const char*() const { return bytes.constData(); }
    QByteArray bytes;
};

} // namespace

Result<QByteArray> ReportXlsx::render(const PeriodicReport& report, const IssuingUnit& unit)
{
    const ReportWording w = ReportWording::standard(report.grouping);
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::storage(
            QCoreApplication::translate("motcua::ReportXlsx", "Cannot create a temporary folder for the workbook."));
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    lxw_workbook* book = workbook_new(QFile::encodeName(path).constData());
    if (!book)
        return Error::storage(QCoreApplication::translate("motcua::ReportXlsx", "Cannot start the workbook."));

    lxw_doc_properties properties{};
    const QByteArray title = w.title.toUtf8();
    // The library copies the strings and never writes through these pointers.
    properties.title = const_cast<char*>(title.constData());
    properties.author = const_cast<char*>("MotCua Desk");
    workbook_set_properties(book, &properties);
    lxw_worksheet* sheet = workbook_add_worksheet(book, Utf8(QStringLiteral("Báo cáo")));

    auto format = [book](bool bold, double size, uint8_t align, bool border, bool wrap = false) {
        lxw_format* f = workbook_add_format(book);
        format_set_font_name(f, "Times New Roman");
        format_set_font_size(f, size);
        if (bold)
            format_set_bold(f);
        format_set_align(f, align);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        if (border)
            format_set_border(f, LXW_BORDER_THIN);
        if (wrap)
            format_set_text_wrap(f);
        return f;
    };
    lxw_format* plainCentre = format(false, 12, LXW_ALIGN_CENTER, false);
    lxw_format* boldCentre = format(true, 12, LXW_ALIGN_CENTER, false);
    lxw_format* motto = format(true, 13, LXW_ALIGN_CENTER, false);
    format_set_underline(motto, LXW_UNDERLINE_SINGLE);
    lxw_format* italicCentre = format(false, 12, LXW_ALIGN_CENTER, false);
    format_set_italic(italicCentre);
    lxw_format* titleFormat = format(true, 14, LXW_ALIGN_CENTER, false);
    lxw_format* header = format(true, 11, LXW_ALIGN_CENTER, true, true);
    lxw_format* text = format(false, 11, LXW_ALIGN_LEFT, true, true);
    lxw_format* number = format(false, 11, LXW_ALIGN_CENTER, true);
    lxw_format* boldText = format(true, 11, LXW_ALIGN_LEFT, true);
    lxw_format* boldNumber = format(true, 11, LXW_ALIGN_CENTER, true);
    lxw_format* note = format(false, 11, LXW_ALIGN_LEFT, false, true);
    format_set_italic(note);

    const int last = kColumns - 1;
    // The issuing unit on the left, the nation and motto on the right (as on every form).
    worksheet_merge_range(sheet, 0, 0, 0, 4, Utf8(unit.parent.toUpper()), plainCentre);
    worksheet_merge_range(sheet, 1, 0, 1, 4, Utf8(unit.name.toUpper()), boldCentre);
    worksheet_merge_range(sheet, 0, 6, 0, last, Utf8(w.nation), boldCentre);
    worksheet_merge_range(sheet, 1, 6, 1, last, Utf8(w.motto), motto);
    const QDate today =
        toVietnam(report.generatedAt.isValid() ? report.generatedAt : QDateTime::currentDateTimeUtc()).date();
    const QString placeDate = w.placeDate.arg(unit.place)
                                  .arg(today.day(), 2, 10, QLatin1Char('0'))
                                  .arg(today.month(), 2, 10, QLatin1Char('0'))
                                  .arg(today.year());
    worksheet_merge_range(sheet, 2, 6, 2, last, Utf8(placeDate), italicCentre);
    worksheet_merge_range(sheet, 4, 0, 4, last, Utf8(w.title), titleFormat);
    worksheet_merge_range(sheet, 5, 0, 5, last, Utf8(w.periodText(report)), italicCentre);

    // Two header rows: STT and the unit span both; each group spans its columns.
    const int h = kHeaderRow;
    worksheet_merge_range(sheet, h, 0, h + 1, 0, Utf8(w.numberColumn), header);
    worksheet_merge_range(sheet, h, 1, h + 1, 1, Utf8(w.unitColumn), header);
    struct Group
    {
        const QString& title;
        const QStringList& columns;
    };
    int col = 2;
    for (const Group& g : {Group{w.receivedGroup, w.receivedColumns}, Group{w.processedGroup, w.processedColumns},
                           Group{w.pendingGroup, w.pendingColumns}}) {
        const int span = static_cast<int>(g.columns.size());
        worksheet_merge_range(sheet, h, static_cast<lxw_col_t>(col), h, static_cast<lxw_col_t>(col + span - 1),
                              Utf8(g.title), header);
        for (int i = 0; i < span; ++i)
            worksheet_write_string(sheet, h + 1, static_cast<lxw_col_t>(col + i), Utf8(g.columns.at(i)), header);
        col += span;
    }
    worksheet_set_row(sheet, h + 1, 48, nullptr);

    int row = kFirstDataRow;
    int n = 0;
    auto writeRow = [&](const QString& stt, const QString& name, const ReportCounts& counts, bool bold) {
        if (stt.isEmpty())
            worksheet_write_blank(sheet, static_cast<lxw_row_t>(row), 0, bold ? boldNumber : number);
        else
            worksheet_write_number(sheet, static_cast<lxw_row_t>(row), 0, stt.toDouble(), number);
        worksheet_write_string(sheet, static_cast<lxw_row_t>(row), 1, Utf8(name), bold ? boldText : text);
        const QList<qint64> values = ReportWording::values(counts);
        for (int i = 0; i < values.size(); ++i)
            worksheet_write_number(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(2 + i),
                                   static_cast<double>(values.at(i)), bold ? boldNumber : number);
        ++row;
    };
    for (const ReportRow& r : report.rows)
        writeRow(QString::number(++n), r.name, r.counts, false);
    writeRow(QString(), w.totalRow, report.total, true);
    worksheet_merge_range(sheet, static_cast<lxw_row_t>(row + 1), 0, static_cast<lxw_row_t>(row + 1), last,
                          Utf8(w.ruleText(report.rules)), note);
    worksheet_set_row(sheet, static_cast<lxw_row_t>(row + 1), 32, nullptr);

    worksheet_set_column(sheet, 0, 0, 5, nullptr);
    worksheet_set_column(sheet, 1, 1, 38, nullptr);
    worksheet_set_column(sheet, 2, static_cast<lxw_col_t>(last), 11, nullptr);
    worksheet_freeze_panes(sheet, kFirstDataRow, 2);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, h, h + 1);

    if (lxw_error e = workbook_close(book); e != LXW_NO_ERROR) {
        return Error::storage(QCoreApplication::translate("motcua::ReportXlsx", "Writing the workbook failed: %1")
                                  .arg(QString::fromUtf8(lxw_strerror(e))));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(QCoreApplication::translate("motcua::ReportXlsx", "Cannot read the workbook back: %1")
                                  .arg(file.errorString()));
    return file.readAll();
}

} // namespace motcua
