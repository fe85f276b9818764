#pragma once

#include "core/PeriodicReport.h"

#include <QString>
#include <QStringList>

namespace motcua {

// The wording of the periodic report ("Tình hình, kết quả giải quyết TTHC", form 06 family),
// apart from its layouts (PDF, XLSX, CSV). Like the intake forms (FormWording) the report is a
// Vietnamese administrative document: its text stays Vietnamese whatever the interface
// language, so these strings are data, not translations, and a new circular is an edit here.
struct ReportWording
{
    QString nation;    // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    QString motto;     // "Độc lập - Tự do - Hạnh phúc" (underlined)
    QString placeDate; // %1 place, %2 day, %3 month, %4 year
    QString title;
    QString period;     // %1 first day, %2 last day (dd/MM/yyyy)
    QString ownOnly;    // after the period when only this workstation's dossiers are counted
    QString unitColumn; // "Đơn vị" or "Lĩnh vực", by the grouping
    QString numberColumn;
    // Column groups and their columns, in table order (ReportWording::values gives the numbers).
    QString receivedGroup;
    QString processedGroup;
    QString pendingGroup;
    QStringList receivedColumns;  // total, carried over, online, counter and postal
    QStringList processedColumns; // total, early, on time, late
    QStringList pendingColumns;   // total, not yet due, overdue
    QString totalRow;
    // How supplement, withdrawn, stopped and refused dossiers are counted; %1 the withdrawn
    // rule, %2 the stopped rule (report.withdrawnAs, report.stoppedAs).
    QString ruleNote;
    QString withdrawnOnTime;
    QString withdrawnByDate;
    QString withdrawnExcluded;
    QString stoppedByDate;
    QString stoppedExcluded;
    QString leftSignature;
    QString rightSignature;
    QString signatureHint;
    QString generatedBy; // %1 date and time

    static ReportWording standard(ReportGrouping grouping);

    // The 11 figures of a row in the table's column order.
    static QList<qint64> values(const ReportCounts& c);
    // The flat column titles for one-row headers (CSV): "STT", "Đơn vị", "Tiếp nhận - Tổng số", ...
    QStringList flatHeader() const;
    QString ruleText(const ReportRules& rules) const;
    QString periodText(const PeriodicReport& report) const;
};

} // namespace motcua
