#include "portal/PortalCounts.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace motcua {

const char* const PortalCounts::kSql =
    "SELECT don_vi,"
    " count(CASE WHEN recv AND kenh NOT IN ('2', '3') THEN 1 END),"
    " count(CASE WHEN recv AND kenh = '2' THEN 1 END),"
    " count(CASE WHEN recv AND kenh = '3' THEN 1 END),"
    " count(CASE WHEN substr(ngay_tra, 1, 8) = ?1 THEN 1 END),"
    " count(CASE WHEN standing AND ngay_hen_tra >= ?4 THEN 1 END),"
    " count(CASE WHEN standing AND ngay_hen_tra < ?2 THEN 1 END),"
    " count(CASE WHEN st = '5' AND substr(ngay_tiep_nhan, 1, 8) <= ?1 THEN 1 END)"
    " FROM (SELECT don_vi, kenh, ngay_tra, ngay_hen_tra, ngay_tiep_nhan, st,"
    "  substr(ngay_tiep_nhan, 1, 8) = ?1 AND st NOT IN ('1', '3') AS recv,"
    "  ngay_hen_tra <> '' AND ngay_hen_tra < ?3 AND ngay_tiep_nhan < ?2"
    "   AND (st IN ('2', '4', '6')"
    "        OR (?5 = 1 AND st IN ('7', '9', '10') AND ngay_ket_thuc <> '' AND ngay_ket_thuc >= ?2)) AS standing"
    "  FROM (SELECT d.*, coalesce(d.trang_thai_tt, d.trang_thai) AS st FROM dossiers d) AS s) AS t"
    " GROUP BY don_vi ORDER BY don_vi";

QString PortalCounts::postgresSql()
{
    QString sql = QString::fromLatin1(kSql);
    static const QRegularExpression numbered(QStringLiteral("\\?(\\d)"));
    sql.replace(numbered, QStringLiteral("$\\1"));
    // Parameters of unknown type are text in PostgreSQL; the flag is compared as a number.
    return sql.replace(QStringLiteral("$5 = 1"), QStringLiteral("$5::int = 1"));
}

PortalCounts::Window PortalCounts::window(const QString& day, const QString& now)
{
    Window w;
    w.first = day + QStringLiteral("000000");
    w.end = QDate::fromString(day, QStringLiteral("yyyyMMdd")).addDays(1).toString(QStringLiteral("yyyyMMdd")) +
            QStringLiteral("000000");
    w.asOf = std::min(now, w.end);
    w.dueFrom = std::max(w.asOf, w.first);
    w.dayIsOver = w.asOf < now;
    return w;
}

void PortalCounts::add(const QString& unit, const qint64 (&v)[kValues])
{
    bool any = false;
    for (int i = 0; i < kValues; ++i) {
        m_total[i] += v[i];
        any = any || v[i] > 0;
    }
    if (!any)
        return;
    m_units.append(QJsonObject{{QStringLiteral("DonViXuLy"), unit},
                               {QStringLiteral("TiepNhan"), QString::number(v[0] + v[1] + v[2])},
                               {QStringLiteral("TrucTiep"), QString::number(v[0])},
                               {QStringLiteral("TrucTuyen"), QString::number(v[1])},
                               {QStringLiteral("BuuChinh"), QString::number(v[2])},
                               {QStringLiteral("DaTraKetQua"), QString::number(v[3])},
                               {QStringLiteral("DenHanHomNay"), QString::number(v[4])},
                               {QStringLiteral("QuaHan"), QString::number(v[5])},
                               {QStringLiteral("ChoBoSung"), QString::number(v[6])}});
}

QJsonObject PortalCounts::result() const
{
    const qint64* t = m_total;
    return QJsonObject{
        {QStringLiteral("Ngay"), m_window.first.left(8)},
        {QStringLiteral("ThoiDiem"), m_window.asOf},
        {QStringLiteral("TiepNhan"), QJsonObject{{QStringLiteral("TongSo"), QString::number(t[0] + t[1] + t[2])},
                                                 {QStringLiteral("TrucTiep"), QString::number(t[0])},
                                                 {QStringLiteral("TrucTuyen"), QString::number(t[1])},
                                                 {QStringLiteral("BuuChinh"), QString::number(t[2])}}},
        {QStringLiteral("DaTraKetQua"), QString::number(t[3])},
        {QStringLiteral("DenHanHomNay"), QString::number(t[4])},
        {QStringLiteral("QuaHan"), QString::number(t[5])},
        {QStringLiteral("ChoBoSung"), QString::number(t[6])},
        {QStringLiteral("TheoDonVi"), m_units}};
}

} // namespace motcua
