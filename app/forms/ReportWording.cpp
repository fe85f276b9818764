#include "forms/ReportWording.h"

namespace motcua {

ReportWording ReportWording::standard(ReportGrouping grouping)
{
    ReportWording w;
    w.nation = QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    w.motto = QStringLiteral("Độc lập - Tự do - Hạnh phúc");
    w.placeDate = QStringLiteral("%1, ngày %2 tháng %3 năm %4");
    w.title = QStringLiteral("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
    w.period = QStringLiteral("Kỳ báo cáo: từ ngày %1 đến ngày %2");
    w.ownOnly = QStringLiteral("chỉ hồ sơ tiếp nhận tại máy trạm này");
    w.unitColumn = grouping == ReportGrouping::Field ? QStringLiteral("Lĩnh vực") : QStringLiteral("Đơn vị");
    w.numberColumn = QStringLiteral("STT");
    w.receivedGroup = QStringLiteral("Số hồ sơ nhận giải quyết");
    w.processedGroup = QStringLiteral("Số hồ sơ đã giải quyết");
    w.pendingGroup = QStringLiteral("Số hồ sơ đang giải quyết");
    w.receivedColumns = {QStringLiteral("Tổng số"), QStringLiteral("Kỳ trước chuyển qua"),
                         QStringLiteral("Mới tiếp nhận trực tuyến"),
                         QStringLiteral("Mới tiếp nhận trực tiếp và dịch vụ bưu chính")};
    w.processedColumns = {QStringLiteral("Tổng số"), QStringLiteral("Trước hạn"), QStringLiteral("Đúng hạn"),
                          QStringLiteral("Quá hạn")};
    w.pendingColumns = {QStringLiteral("Tổng số"), QStringLiteral("Trong hạn"), QStringLiteral("Quá hạn")};
    w.totalRow = QStringLiteral("Tổng cộng");
    w.ruleNote = QStringLiteral("Ghi chú: hồ sơ yêu cầu bổ sung được tính là đang giải quyết; hồ sơ rút %1; "
                                "hồ sơ dừng xử lý %2. Hồ sơ từ chối tiếp nhận không được tính.");
    w.withdrawnOnTime = QStringLiteral("được tính là đã giải quyết đúng hạn");
    w.withdrawnByDate = QStringLiteral("được tính là đã giải quyết, theo ngày kết thúc xử lý");
    w.withdrawnExcluded = QStringLiteral("không được tính");
    w.stoppedByDate = QStringLiteral("được tính là đã giải quyết từ ngày dừng, đối chiếu ngày dừng với ngày hẹn trả");
    w.stoppedExcluded = QStringLiteral("không được tính");
    w.leftSignature = QStringLiteral("NGƯỜI LẬP BIỂU");
    w.rightSignature = QStringLiteral("THỦ TRƯỞNG ĐƠN VỊ");
    w.signatureHint = QStringLiteral("(Ký, ghi rõ họ tên)");
    w.generatedBy = QStringLiteral("Lập bằng MotCua Desk lúc %1");
    return w;
}

QList<qint64> ReportWording::values(const ReportCounts& c)
{
    return {c.received(), c.carriedOver, c.online,    c.counterPostal, c.processed(), c.early,
            c.onTime,     c.late,        c.pending(), c.notYetDue,     c.overdue};
}

QStringList ReportWording::flatHeader() const
{
    QStringList out{numberColumn, unitColumn};
    for (const QString& c : receivedColumns)
        out.append(receivedGroup + QStringLiteral(" - ") + c);
    for (const QString& c : processedColumns)
        out.append(processedGroup + QStringLiteral(" - ") + c);
    for (const QString& c : pendingColumns)
        out.append(pendingGroup + QStringLiteral(" - ") + c);
    return out;
}

QString ReportWording::ruleText(const ReportRules& rules) const
{
    QString withdrawn;
    switch (rules.withdrawn) {
    case WithdrawnRule::OnTime:
        withdrawn = withdrawnOnTime;
        break;
    case WithdrawnRule::ByDate:
        withdrawn = withdrawnByDate;
        break;
    case WithdrawnRule::Excluded:
        withdrawn = withdrawnExcluded;
        break;
    }
    const QString stopped = rules.stopped == StoppedRule::Excluded ? stoppedExcluded : stoppedByDate;
    return ruleNote.arg(withdrawn, stopped);
}

QString ReportWording::periodText(const PeriodicReport& report) const
{
    const QString format = QStringLiteral("dd/MM/yyyy");
    const QString text = period.arg(report.from.toString(format), report.to.toString(format));
    return report.scope == ReportScope::Station ? text + QStringLiteral(" (") + ownOnly + QLatin1Char(')') : text;
}

} // namespace motcua
