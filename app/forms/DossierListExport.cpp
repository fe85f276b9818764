#include "forms/DossierListExport.h"
#include "core/CsvField.h"

#include "core/Clock.h"
#include "core/PeriodicReport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace motcua {

namespace {

const char* const kKeys[] = {"code",           "procedure_code", "department_code", "department_name", "channel",
                             "status",         "received",       "appointment",     "finished",        "returned",
                             "applicant_name", "id_number",      "phone",           "address"};
constexpr int kPlainColumns = 10;

} // namespace

QString listFormatKey(ListFormat f)
{
    switch (f) {
    case ListFormat::Csv:
        return QStringLiteral("csv");
    case ListFormat::Json:
        return QStringLiteral("json");
    case ListFormat::Xlsx:
        return QStringLiteral("xlsx");
    }
    return {};
}

bool listFormatFromKey(const QString& key, ListFormat* out)
{
    for (ListFormat f : {ListFormat::Csv, ListFormat::Json, ListFormat::Xlsx}) {
        if (key.compare(listFormatKey(f), Qt::CaseInsensitive) == 0) {
            *out = f;
            return true;
        }
    }
    return false;
}

QString DossierListExport::isoVietnam(qint64 secs)
{
    if (secs <= 0)
        return QString();
    return toVietnam(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QStringLiteral("+07:00");
}

QStringList DossierListExport::header(bool personal)
{
    QStringList h{
        QStringLiteral("Mã hồ sơ"),        QStringLiteral("Mã thủ tục"),     QStringLiteral("Mã đơn vị"),
        QStringLiteral("Tên đơn vị"),      QStringLiteral("Kênh thực hiện"), QStringLiteral("Trạng thái"),
        QStringLiteral("Ngày tiếp nhận"),  QStringLiteral("Ngày hẹn trả"),   QStringLiteral("Ngày kết thúc xử lý"),
        QStringLiteral("Ngày trả kết quả")};
    if (personal) {
        h << QStringLiteral("Chủ hồ sơ") << QStringLiteral("Số giấy tờ") << QStringLiteral("Số điện thoại")
          << QStringLiteral("Địa chỉ");
    }
    return h;
}

QList<QStringList> DossierListExport::cells(const QList<DossierExportRow>& rows, bool personal)
{
    QList<QStringList> out;
    out.reserve(rows.size());
    for (const DossierExportRow& r : rows) {
        // Finished as the report counts it: processed or stopped dossiers, at finished_at.
        const qint64 finished = isClosedForReports(r.state) ? r.finishedAt : 0;
        QStringList c{r.code,
                      r.procedureCode,
                      r.departmentCode,
                      r.departmentName,
                      QString::number(static_cast<int>(r.channel)),
                      QString::number(nationalCode(r.state)),
                      isoVietnam(r.receivedAt),
                      isoVietnam(r.appointmentAt),
                      isoVietnam(finished),
                      isoVietnam(r.returnedAt)};
        if (personal)
            c << r.applicantName << r.idNumber << r.phone << r.address;
        out.append(c);
    }
    return out;
}

Result<QByteArray> DossierListExport::render(const QList<DossierExportRow>& rows, bool personal, ListFormat format)
{
    const QStringList head = header(personal);
    const QList<QStringList> body = cells(rows, personal);
    const int columns = static_cast<int>(head.size());
    if (format == ListFormat::Csv) {
        QByteArray out("\xEF\xBB\xBF"); // UTF-8 BOM: spreadsheet programs then read Vietnamese right
        auto line = [&out](const QStringList& fields) {
            QStringList q;
            for (const QString& f : fields)
                q.append(csvField(f));
            out += q.join(QLatin1Char(',')).toUtf8() + "\r\n";
        };
        line(head);
        for (const QStringList& r : body)
            line(r);
        return out;
    }
    if (format == ListFormat::Json) {
        QJsonArray list;
        for (const QStringList& r : body) {
            QJsonObject o;
            for (int c = 0; c < columns; ++c) {
                const QString key = QString::fromLatin1(kKeys[c]);
                if (c == 4 || c == 5)
                    o.insert(key, r.at(c).toInt());
                else if (r.at(c).isEmpty() && c >= 6 && c < kPlainColumns)
                    o.insert(key, QJsonValue());
                else
                    o.insert(key, r.at(c));
            }
            list.append(o);
        }
        return QJsonDocument(list).toJson(QJsonDocument::Indented);
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::storage(QCoreApplication::translate("motcua::DossierListExport",
                                                          "Cannot create a temporary folder for the workbook."));
    const QString path = dir.filePath(QStringLiteral("list.xlsx"));
    lxw_workbook* book = workbook_new(QFile::encodeName(path).constData());
    if (!book)
        return Error::storage(QCoreApplication::translate("motcua::DossierListExport", "Cannot start the workbook."));
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Hồ sơ");
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    for (int c = 0; c < columns; ++c)
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), head.at(c).toUtf8().constData(), bold);
    for (int r = 0; r < body.size(); ++r) {
        for (int c = 0; c < columns; ++c) {
            const auto row = static_cast<lxw_row_t>(r + 1);
            const auto col = static_cast<lxw_col_t>(c);
            if (c == 4 || c == 5)
                worksheet_write_number(sheet, row, col, body.at(r).at(c).toDouble(), nullptr);
            else if (!body.at(r).at(c).isEmpty())
                worksheet_write_string(sheet, row, col, body.at(r).at(c).toUtf8().constData(), nullptr);
        }
    }
    worksheet_set_column(sheet, 0, 0, 26, nullptr);
    worksheet_set_column(sheet, 1, 2, 14, nullptr);
    worksheet_set_column(sheet, 3, 3, 36, nullptr);
    worksheet_set_column(sheet, 6, 9, 26, nullptr);
    worksheet_freeze_panes(sheet, 1, 1);
    worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(body.size()), static_cast<lxw_col_t>(columns - 1));
    if (lxw_error e = workbook_close(book); e != LXW_NO_ERROR) {
        return Error::storage(
            QCoreApplication::translate("motcua::DossierListExport", "Writing the workbook failed: %1")
                .arg(QString::fromUtf8(lxw_strerror(e))));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(
            QCoreApplication::translate("motcua::DossierListExport", "Cannot read the workbook back: %1")
                .arg(file.errorString()));
    return file.readAll();
}

} // namespace motcua
