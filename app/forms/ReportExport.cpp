#include "forms/ReportExport.h"
#include "core/CsvField.h"
#include "store/SettingKeys.h"

#include "forms/ReportPdf.h"
#include "forms/ReportWording.h"
#include "forms/ReportXlsx.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace motcua {

namespace {

QString csvLine(const QStringList& fields)
{
    QStringList quoted;
    for (const QString& f : fields)
        quoted.append(csvField(f));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QStringList numbers(const ReportCounts& c)
{
    QStringList out;
    const QList<qint64> values = ReportWording::values(c);
    for (qint64 v : values)
        out.append(QString::number(v));
    return out;
}

QJsonObject countsJson(const ReportCounts& c)
{
    return QJsonObject{
        {QStringLiteral("received"), QJsonObject{{QStringLiteral("total"), c.received()},
                                                 {QStringLiteral("carried_over"), c.carriedOver},
                                                 {QStringLiteral("online"), c.online},
                                                 {QStringLiteral("counter_postal"), c.counterPostal}}},
        {QStringLiteral("processed"), QJsonObject{{QStringLiteral("total"), c.processed()},
                                                  {QStringLiteral("early"), c.early},
                                                  {QStringLiteral("on_time"), c.onTime},
                                                  {QStringLiteral("late"), c.late}}},
        {QStringLiteral("pending"), QJsonObject{{QStringLiteral("total"), c.pending()},
                                                {QStringLiteral("not_yet_due"), c.notYetDue},
                                                {QStringLiteral("overdue"), c.overdue}}},
    };
}

} // namespace

QString reportFormatKey(ReportFormat f)
{
    switch (f) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

bool reportFormatFromKey(const QString& key, ReportFormat* out)
{
    for (ReportFormat f : {ReportFormat::Pdf, ReportFormat::Xlsx, ReportFormat::Csv, ReportFormat::Json}) {
        if (key.compare(reportFormatKey(f), Qt::CaseInsensitive) == 0) {
            *out = f;
            return true;
        }
    }
    return false;
}

Result<QByteArray> ReportExport::render(const PeriodicReport& report, const IssuingUnit& unit, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return ReportPdf::render(report, unit);
    case ReportFormat::Xlsx:
        return ReportXlsx::render(report, unit);
    case ReportFormat::Csv:
        return toCsv(report);
    case ReportFormat::Json:
        return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
    }
    return Error::internal(QCoreApplication::translate("motcua::ReportExport", "Unknown report format."));
}

QByteArray ReportExport::toCsv(const PeriodicReport& report)
{
    const ReportWording w = ReportWording::standard(report.grouping);
    QString text = csvLine(w.flatHeader());
    int n = 0;
    for (const ReportRow& r : report.rows)
        text += csvLine(QStringList{QString::number(++n), r.name} + numbers(r.counts));
    text += csvLine(QStringList{QString(), w.totalRow} + numbers(report.total));
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QJsonObject ReportExport::toJson(const PeriodicReport& report)
{
    QJsonArray rows;
    for (const ReportRow& r : report.rows) {
        QJsonObject o = countsJson(r.counts);
        o.insert(QStringLiteral("key"), r.key);
        o.insert(QStringLiteral("name"), r.name);
        rows.append(o);
    }
    return QJsonObject{{QStringLiteral("from"), report.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), report.to.toString(Qt::ISODate)},
                       {QStringLiteral("by"), groupingKey(report.grouping)},
                       {QStringLiteral("scope"),
                        report.scope == ReportScope::Station ? QStringLiteral("station") : QStringLiteral("all")},
                       {QStringLiteral("withdrawn_as"), withdrawnRuleKey(report.rules.withdrawn)},
                       {QStringLiteral("stopped_as"), stoppedRuleKey(report.rules.stopped)},
                       {QStringLiteral("generated_at"), report.generatedAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("total"), countsJson(report.total)}};
}

IssuingUnit ReportExport::unitFromSettings(Settings& s)
{
    IssuingUnit unit;
    unit.parent = s.string(SettingKey::CenterParent);
    unit.name = s.string(SettingKey::CenterName);
    unit.place = s.string(SettingKey::CenterPlace);
    unit.address = s.string(SettingKey::CenterAddress);
    unit.phone = s.string(SettingKey::CenterPhone);
    return unit;
}

} // namespace motcua
