#include "portal/NationalShape.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QStringList>
#include <QTime>

#include <initializer_list>

namespace motcua {

namespace {

enum class Kind { Text, Date, Code, Digits, List };

struct ListSpec;

// One field of a record: its kind, whether it must be there (and then not empty), the values
// a code may take, or the shape of a list's elements.
struct FieldSpec
{
    const char* name;
    Kind kind;
    bool required = false;
    QStringList codes = {};
    const ListSpec* list = nullptr;
    int maxLength = 0;
};

struct ListSpec
{
    QList<FieldSpec> fields;
};

const QStringList kYesNo{QStringLiteral("0"), QStringLiteral("1")};

QStringList range(int first, int last)
{
    QStringList out;
    for (int i = first; i <= last; ++i)
        out << QString::number(i);
    return out;
}

const ListSpec& paperSpec()
{
    static const ListSpec spec{{
        {"TepDinhKemId", Kind::Text},
        {"TenTepDinhKem", Kind::Text, false, {}, nullptr, 4000},
        {"IsDeleted", Kind::Code, false, {QStringLiteral("True"), QStringLiteral("False")}},
        {"MaThanhPhanHoSo", Kind::Text},
        {"DuongDanTaiTepTin", Kind::Text},
        {"DuocSoHoa", Kind::Code, false, kYesNo},
        {"DuocTaiSuDung", Kind::Code, false, range(0, 2)},
        {"DuocLayTuKhoDMQG", Kind::Code, false, kYesNo},
        {"MaKetQuaThayThe", Kind::Text},
    }};
    return spec;
}

const ListSpec& feeSpec()
{
    static const ListSpec spec{{
        {"TenPhiLePhi", Kind::Text},
        {"MaPhiLePhi", Kind::Text},
        {"HinhThucThu", Kind::Text},
        {"Gia", Kind::Digits},
        {"LoaiPhiLePhi", Kind::Text},
    }};
    return spec;
}

const ListSpec& dossierSpec()
{
    static const ListSpec otherFiles{{
        {"TenGiayTo", Kind::Text},
        {"SoLuong", Kind::Digits},
        {"LoaiGiayTo", Kind::Text},
    }};
    static const ListSpec supplements{{
        {"HoSoBoSungId", Kind::Text},
        {"NguoiYeuCauBoSung", Kind::Text},
        {"NoiDungBoSung", Kind::Text},
        {"NgayBoSung", Kind::Date},
        {"NguoiTiepNhanBoSung", Kind::Text},
        {"ThongTinTiepNhan", Kind::Text},
        {"NgayTiepNhanBoSung", Kind::Date},
        {"TrangThaiBoSung", Kind::Code, false, kYesNo},
        {"DanhSachGiayToBoSung", Kind::List, false, {}, &paperSpec()},
        {"DanhSachLePhiBoSung", Kind::List, false, {}, &feeSpec()},
        {"NgayHenTraTruoc", Kind::Date},
        {"NgayHenTraMoi", Kind::Date},
    }};
    static const ListSpec results{{
        {"TenGiayTo", Kind::Text, false, {}, nullptr, 2000},
        {"MaThanhPhanHoSo", Kind::Text},
        {"GiayToId", Kind::Text},
        {"DuongDanTepTinKetQua", Kind::Text},
        {"MaGiayToKetQua", Kind::Text},
    }};
    static const ListSpec ids{{
        {"LoaiDinhDanh", Kind::Code, true, {QStringLiteral("1"), QStringLiteral("2")}},
        {"SoDinhDanh", Kind::Text, true},
    }};
    static const ListSpec databases{{
        {"MaCSDL", Kind::Text, true},
    }};
    static const ListSpec spec{{
        {"MaHoSo", Kind::Text, true},
        {"MaTTHC", Kind::Text, true},
        {"TenTTHC", Kind::Text, true},
        {"MaLinhVuc", Kind::Text},
        {"TenLinhVuc", Kind::Text},
        {"SoBienNhan", Kind::Text},
        {"KenhThucHien", Kind::Code, false, range(1, 3)},
        {"SoGiayToChuHoSo", Kind::Text},
        {"ChuHoSo", Kind::Text},
        {"LoaiDoiTuong", Kind::Code, true, range(1, 4)},
        {"MaDoiTuong", Kind::Text},
        {"ThongTinKhac", Kind::Text},
        {"Email", Kind::Text},
        {"Fax", Kind::Text},
        {"SoDienThoai", Kind::Text},
        {"TrichYeuHoSo", Kind::Text, false, {}, nullptr, 1000},
        {"NgayTiepNhan", Kind::Date},
        {"NgayHenTra", Kind::Date},
        {"TrangThaiHoSo", Kind::Code, true, range(1, 10)},
        {"NgayTra", Kind::Date},
        {"ThongTinTra", Kind::Text},
        {"HinhThuc", Kind::Code, false, kYesNo},
        {"NgayKetThucXuLy", Kind::Date},
        {"DonViXuLy", Kind::Text, true},
        {"GhiChu", Kind::Text},
        {"NoiNopHoSo", Kind::Text},
        {"HoSoCoThanhPhanSoHoa", Kind::Code, false, kYesNo},
        {"TaiKhoanDuocXacThucVoiVNeID", Kind::Code, false, kYesNo},
        {"DuocThanhToanTrucTuyen", Kind::Code, false, range(0, 3)},
        {"NgayTuChoi", Kind::Date},
        {"NgayNopHoSo", Kind::Date},
        {"TaiLieuNop", Kind::List, false, {}, &paperSpec()},
        {"DanhSachLePhi", Kind::List, false, {}, &feeSpec()},
        {"DanhSachTepDinhKemKhac", Kind::List, false, {}, &otherFiles},
        {"DanhSachHoSoBoSung", Kind::List, false, {}, &supplements},
        {"DanhSachGiayToKetQua", Kind::List, false, {}, &results},
        {"DinhDanhCHS", Kind::List, false, {}, &ids},
        {"DSKetNoiCSDL", Kind::List, false, {}, &databases},
    }};
    return spec;
}

const ListSpec& historySpec()
{
    static const ListSpec spec{{
        {"MaHoSo", Kind::Text, true},
        {"NguoiXuLy", Kind::Text, true, {}, nullptr, 50},
        {"ChucDanh", Kind::Text},
        {"ThoiDiemXuLy", Kind::Date, true},
        {"PhongBanXuLy", Kind::Text},
        {"NoiDungXuLy", Kind::Text},
        {"TrangThai", Kind::Code, true, range(1, 10)},
        {"NgayBatDau", Kind::Date},
        {"NgayKetThucTheoQuyDinh", Kind::Date},
    }};
    return spec;
}

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Double:
        return QCoreApplication::translate("motcua::NationalShape", "a number");
    case QJsonValue::Bool:
        return QCoreApplication::translate("motcua::NationalShape", "true or false");
    case QJsonValue::Null:
        return QCoreApplication::translate("motcua::NationalShape", "null");
    case QJsonValue::Array:
        return QCoreApplication::translate("motcua::NationalShape", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("motcua::NationalShape", "an object");
    default:
        return QCoreApplication::translate("motcua::NationalShape", "a string");
    }
}

QString check(const QJsonObject& o, const ListSpec& spec, const QString& path);

QString checkField(const FieldSpec& f, const QJsonValue& v, const QString& at)
{
    if (f.kind == Kind::List) {
        if (!v.isArray()) {
            return QCoreApplication::translate("motcua::NationalShape", "%1 must be a list, not %2.")
                .arg(at, typeName(v));
        }
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString item = at + QStringLiteral("[%1]").arg(i);
            if (!items.at(i).isObject())
                return QCoreApplication::translate("motcua::NationalShape", "%1 must be an object, not %2.")
                    .arg(item, typeName(items.at(i)));
            if (QString e = check(items.at(i).toObject(), *f.list, item); !e.isEmpty())
                return e;
        }
        return {};
    }
    if (!v.isString()) {
        return QCoreApplication::translate("motcua::NationalShape",
                                           "%1 must be a string, not %2: every value is sent as a string.")
            .arg(at, typeName(v));
    }
    const QString s = v.toString();
    if (f.required && s.isEmpty())
        return QCoreApplication::translate("motcua::NationalShape", "%1 is required and may not be empty.").arg(at);
    if (f.maxLength > 0 && s.size() > f.maxLength) {
        return QCoreApplication::translate("motcua::NationalShape", "%1 is longer than %2 characters.")
            .arg(at)
            .arg(f.maxLength);
    }
    switch (f.kind) {
    case Kind::Date:
        if (!NationalShape::validDate(s)) {
            return QCoreApplication::translate("motcua::NationalShape",
                                               "%1 must be a date written yyyyMMddHHmmss or empty.")
                .arg(at);
        }
        break;
    case Kind::Code:
        if (!s.isEmpty() && !f.codes.contains(s)) {
            return QCoreApplication::translate("motcua::NationalShape", "%1 must be one of %2.")
                .arg(at, f.codes.join(QStringLiteral(", ")));
        }
        break;
    case Kind::Digits:
        for (QChar c : s) {
            if (!c.isDigit() || c.unicode() > 127)
                return QCoreApplication::translate("motcua::NationalShape",
                                                   "%1 must be a whole number written in digits.")
                    .arg(at);
        }
        break;
    default:
        break;
    }
    return {};
}

QString check(const QJsonObject& o, const ListSpec& spec, const QString& path)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool known = false;
        for (const FieldSpec& f : spec.fields)
            known = known || it.key() == QLatin1String(f.name);
        if (!known) {
            return QCoreApplication::translate("motcua::NationalShape", "%1 is not a field of the national record.")
                .arg(path + QLatin1Char('.') + it.key().left(60));
        }
    }
    for (const FieldSpec& f : spec.fields) {
        const QString at = path + QLatin1Char('.') + QLatin1String(f.name);
        const auto it = o.constFind(QLatin1String(f.name));
        if (it == o.constEnd()) {
            if (f.required)
                return QCoreApplication::translate("motcua::NationalShape", "%1 is required.").arg(at);
            continue;
        }
        if (QString e = checkField(f, *it, at); !e.isEmpty())
            return e;
    }
    return {};
}

} // namespace

bool NationalShape::validDate(const QString& text)
{
    if (text.isEmpty())
        return true;
    if (text.size() != 14)
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    // Date and time apart: a wall-clock time of Vietnam, whatever this machine's zone.
    return QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd")).isValid() &&
           QTime::fromString(text.mid(8), QStringLiteral("HHmmss")).isValid();
}

QString NationalShape::checkDossier(const QJsonObject& record, const QString& path)
{
    if (QString e = check(record, dossierSpec(), path); !e.isEmpty())
        return e;
    // Received unless still only submitted online (status 1), when it has no reception date yet.
    if (record.value(QLatin1String("TrangThaiHoSo")).toString() != QLatin1String("1") &&
        record.value(QLatin1String("NgayTiepNhan")).toString().isEmpty()) {
        return QCoreApplication::translate("motcua::NationalShape", "%1 is required and may not be empty.")
            .arg(path + QStringLiteral(".NgayTiepNhan"));
    }
    return {};
}

QString NationalShape::checkHistoryRow(const QJsonObject& row, const QString& path)
{
    return check(row, historySpec(), path);
}

} // namespace motcua
