#include "portal/PortalOnline.h"

#include "core/Clock.h"
#include "portal/PortalCatalogue.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace motcua {

namespace {

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A one-page PDF with a few lines of text (Helvetica, ASCII), with a correct cross-reference table.
QByteArray demoPdf(const QList<QByteArray>& lines)
{
    QByteArray text = "BT /F1 14 Tf 72 770 Td 18 TL\n";
    for (const QByteArray& line : lines)
        text += "(" + line + ") Tj T*\n";
    text += "ET\n";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        "/Contents 4 0 R >>",
        "<< /Length " + QByteArray::number(text.size()) + " >>\nstream\n" + text + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QString pick(QRandomGenerator& rng, const QStringList& list)
{
    return list.at(static_cast<int>(rng.bounded(static_cast<quint32>(list.size()))));
}

QString digits(QRandomGenerator& rng, int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QChar(u'0' + static_cast<char16_t>(rng.bounded(10)));
    return s;
}

} // namespace

PortalOnline::PortalOnline(Database& db)
    : m_db(db)
{}

Result<QString> PortalOnline::submit(const OnlineSubmission& s, const QString& procedureName, const QDateTime& now)
{
    const QDateTime local = toVietnam(now);
    const QString submittedAt = local.toString(QStringLiteral("yyyyMMddHHmmss"));
    Transaction tx(m_db);
    qint64 n = 0;
    {
        auto count =
            m_db.query(QStringLiteral("SELECT count(*) FROM online_submissions WHERE substr(ngay_nop, 1, 8) = ?1"),
                       QCoreApplication::translate("motcua::PortalOnline", "numbering the online dossier"));
        if (!count)
            return count.error();
        count->bind(1, submittedAt.left(8));
        if (count->next())
            n = count->int64(0);
        if (!count->error())
            return count->error().error();
    }
    const QString reference =
        QStringLiteral("TT-%1-%2").arg(local.toString(QStringLiteral("yyMMdd"))).arg(n + 1, 6, 10, QLatin1Char('0'));

    QJsonArray files, papers;
    QStringList shas;
    for (const OnlineFile& f : s.files) {
        shas.append(hex(f.bytes));
        files.append(QJsonObject{{QStringLiteral("MaTep"), shas.last()},
                                 {QStringLiteral("TenTep"), f.name},
                                 {QStringLiteral("KichThuoc"), QString::number(f.bytes.size())}});
    }
    bool anyFile = false;
    for (qsizetype i = 0; i < s.papers.size(); ++i) {
        const OnlinePaper& p = s.papers[i];
        QJsonObject paper{{QStringLiteral("TenGiayTo"), p.name},
                          {QStringLiteral("MaGiayTo"), p.code},
                          {QStringLiteral("SoBanChinh"), QString::number(p.originals)},
                          {QStringLiteral("SoBanSao"), QString::number(p.copies)},
                          {QStringLiteral("DuocSoHoa"), i < shas.size() ? QStringLiteral("1") : QStringLiteral("0")}};
        if (i < shas.size()) {
            paper.insert(QStringLiteral("MaTep"), shas[i]);
            anyFile = true;
        }
        papers.append(paper);
    }
    const QJsonObject record{
        {QStringLiteral("MaHoSo"), reference},
        {QStringLiteral("MaTTHC"), s.procedure},
        {QStringLiteral("TenTTHC"), procedureName},
        {QStringLiteral("KenhThucHien"), QStringLiteral("2")},
        {QStringLiteral("ChuHoSo"), s.fullName},
        {QStringLiteral("SoGiayToChuHoSo"), s.idNumber},
        {QStringLiteral("LoaiDoiTuong"), QStringLiteral("1")},
        {QStringLiteral("SoDienThoai"), s.phone},
        {QStringLiteral("Email"), s.email},
        {QStringLiteral("DiaChiThuongTru"), s.address},
        {QStringLiteral("TrichYeuHoSo"), s.summary},
        {QStringLiteral("NgayNopHoSo"), submittedAt},
        {QStringLiteral("NgayTiepNhan"), QString()},
        {QStringLiteral("NgayHenTra"), QString()},
        {QStringLiteral("TrangThaiHoSo"), QStringLiteral("1")},
        {QStringLiteral("TaiLieuNop"), papers},
        {QStringLiteral("HoSoCoThanhPhanSoHoa"), anyFile ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("DanhSachLePhi"), QJsonArray()},
        {QStringLiteral("DuocThanhToanTrucTuyen"), QStringLiteral("0")},
    };
    auto add = m_db.query(QStringLiteral("INSERT INTO online_submissions (ma_hoso, ma_tthc, ngay_nop, data, created_at)"
                                         " VALUES (?1, ?2, ?3, ?4, ?5)"),
                          QCoreApplication::translate("motcua::PortalOnline", "saving the online dossier"));
    if (!add)
        return add.error();
    add->bind(1, reference)
        .bind(2, s.procedure)
        .bind(3, submittedAt)
        .bind(4, json(record))
        .bind(5, now.toSecsSinceEpoch());
    if (Status st = add->exec(); !st)
        return st.error();
    for (qsizetype i = 0; i < s.files.size(); ++i) {
        auto file = m_db.query(
            QStringLiteral("INSERT INTO online_files (ma_hoso, ma_tep, ten_tep, kich_thuoc, position, content)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING"),
            QCoreApplication::translate("motcua::PortalOnline", "saving the online dossier's files"));
        if (!file)
            return file.error();
        file->bind(1, reference)
            .bind(2, shas[i])
            .bind(3, s.files[i].name)
            .bind(4, static_cast<qint64>(s.files[i].bytes.size()))
            .bind(5, static_cast<qint64>(i))
            .bind(6, s.files[i].bytes);
        if (Status st = file->exec(); !st)
            return st.error();
    }
    if (Status st = tx.commit(); !st)
        return st.error();
    return reference;
}

Result<QJsonObject> PortalOnline::page(qint64 cursor, int limit)
{
    struct Row
    {
        qint64 id;
        QString reference, submittedAt, data;
    };
    QList<Row> rows;
    {
        auto q = m_db.query(
            QStringLiteral("SELECT id, ma_hoso, ngay_nop, data FROM online_submissions WHERE id > ?1 ORDER BY id"
                           " LIMIT ?2"),
            QCoreApplication::translate("motcua::PortalOnline", "reading the online dossiers"));
        if (!q)
            return q.error();
        q->bind(1, cursor).bind(2, static_cast<qint64>(limit) + 1);
        while (q->next())
            rows.append({q->int64(0), q->text(1), q->text(2), q->text(3)});
        if (!q->error())
            return q->error().error();
    }
    const bool more = rows.size() > limit;
    if (more)
        rows.removeLast();
    QJsonArray result;
    qint64 next = cursor;
    for (const Row& r : rows) {
        QJsonArray files;
        auto q = m_db.query(
            QStringLiteral("SELECT ma_tep, ten_tep, kich_thuoc FROM online_files WHERE ma_hoso = ?1 ORDER BY position"),
            QCoreApplication::translate("motcua::PortalOnline", "reading the online dossier's files"));
        if (!q)
            return q.error();
        q->bind(1, r.reference);
        while (q->next()) {
            files.append(QJsonObject{{QStringLiteral("MaTep"), q->text(0)},
                                     {QStringLiteral("TenTep"), q->text(1)},
                                     {QStringLiteral("KichThuoc"), QString::number(q->int64(2))}});
        }
        if (!q->error())
            return q->error().error();
        result.append(QJsonObject{{QStringLiteral("Moc"), QString::number(r.id)},
                                  {QStringLiteral("MaHoSoTrucTuyen"), r.reference},
                                  {QStringLiteral("NgayNopHoSo"), r.submittedAt},
                                  {QStringLiteral("HoSo"), QJsonDocument::fromJson(r.data.toUtf8()).object()},
                                  {QStringLiteral("Tep"), files}});
        next = r.id;
    }
    return QJsonObject{{QStringLiteral("result"), result},
                       {QStringLiteral("MocTiep"), QString::number(next)},
                       {QStringLiteral("ConNua"), more ? QStringLiteral("True") : QStringLiteral("False")}};
}

Result<std::optional<PortalOnline::Chunk>> PortalOnline::chunk(const QString& sha256, qint64 offset, qint64 size)
{
    auto q = m_db.query(
        QStringLiteral("SELECT kich_thuoc, substr(content, ?2 + 1, ?3) FROM online_files WHERE ma_tep = ?1 LIMIT 1"),
        QCoreApplication::translate("motcua::PortalOnline", "reading the online dossier's files"));
    if (!q)
        return q.error();
    q->bind(1, sha256).bind(2, offset).bind(3, size);
    std::optional<Chunk> out;
    if (q->next())
        out = Chunk{q->blob(1), q->int64(0)};
    if (!q->error())
        return q->error().error();
    return out;
}

Result<OnlineSubmission> PortalOnline::demo(const PortalCatalogue& catalogue, const QString& procedure, int files,
                                            quint32 seed)
{
    const QJsonArray list = catalogue.list();
    const QString code = procedure.isEmpty() && !list.isEmpty()
                             ? list.first().toObject().value(QLatin1String("MATTHC")).toString()
                             : procedure;
    const std::optional<QJsonObject> national = catalogue.nationalRecord(code);
    if (!national) {
        return Error::badInput(QCoreApplication::translate("motcua::PortalOnline",
                                                           "The procedure \"%1\" is not in the portal's catalogue.")
                                   .arg(code.left(60)));
    }
    const QJsonObject own = national->value(QLatin1String("MC_BanGhi")).toObject();
    QRandomGenerator rng(seed);
    static const QStringList family = {QStringLiteral("Nguyễn"), QStringLiteral("Trần"),  QStringLiteral("Lê"),
                                       QStringLiteral("Phạm"),   QStringLiteral("Hoàng"), QStringLiteral("Vũ"),
                                       QStringLiteral("Đặng"),   QStringLiteral("Bùi"),   QStringLiteral("Y")};
    static const QStringList middle = {QStringLiteral("Văn"), QStringLiteral("Thị"),  QStringLiteral("Minh"),
                                       QStringLiteral("Đức"), QStringLiteral("Ngọc"), QStringLiteral("Quốc")};
    static const QStringList given = {QStringLiteral("An"),   QStringLiteral("Bình"), QStringLiteral("Hà"),
                                      QStringLiteral("Hùng"), QStringLiteral("Lan"),  QStringLiteral("Phúc"),
                                      QStringLiteral("Thảo"), QStringLiteral("Tuấn"), QStringLiteral("Xuân")};
    static const QStringList streets = {QStringLiteral("Trần Hưng Đạo"), QStringLiteral("Phan Đình Phùng"),
                                        QStringLiteral("Bà Triệu"), QStringLiteral("Nguyễn Huệ"),
                                        QStringLiteral("Lê Hồng Phong")};
    static const QStringList wards = {QStringLiteral("phường Quyết Thắng"), QStringLiteral("phường Thắng Lợi"),
                                      QStringLiteral("phường Duy Tân"), QStringLiteral("xã Đăk Cấm")};
    OnlineSubmission s;
    s.procedure = code;
    s.fullName = pick(rng, family) + QLatin1Char(' ') + pick(rng, middle) + QLatin1Char(' ') + pick(rng, given);
    s.idNumber = QStringLiteral("062") + QString::number(rng.bounded(2)) + digits(rng, 8);
    s.phone = QStringLiteral("09") + digits(rng, 8);
    s.email = QStringLiteral("congdan%1@example.vn").arg(digits(rng, 4));
    s.address = QStringLiteral("Số %1 đường %2, %3, thành phố Kon Tum, tỉnh Kon Tum")
                    .arg(1 + rng.bounded(200))
                    .arg(pick(rng, streets), pick(rng, wards));
    s.summary = own.value(QLatin1String("name")).toString().left(200);
    const QJsonArray components = own.value(QLatin1String("components")).toArray();
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QJsonObject c = components[i].toObject();
        s.papers.append({c.value(QLatin1String("name")).toString(),
                         QStringLiteral("GT%1").arg(i + 1, 2, 10, QLatin1Char('0')),
                         c.value(QLatin1String("originals")).toInt(1), c.value(QLatin1String("copies")).toInt(0)});
    }
    for (int i = 0; i < files; ++i) {
        const QByteArray title = "Ho so nop truc tuyen - thu tuc " + code.toLatin1();
        const QByteArray line = "Giay to " + QByteArray::number(i + 1) + " / " + QByteArray::number(files) +
                                ", ma so " + digits(rng, 6).toLatin1();
        s.files.append({QStringLiteral("giay-to-%1.pdf").arg(i + 1), demoPdf({title, line})});
    }
    return s;
}

} // namespace motcua
