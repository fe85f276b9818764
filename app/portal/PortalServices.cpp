#include "portal/PortalServices.h"

#include "portal/FieldReader.h"
#include "portal/PortalCatalogue.h"
#include "portal/PortalLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <utility>

namespace motcua {

namespace {

constexpr int kMaxDossiersPerCall = 100;
constexpr int kMaxHistoryPerCall = 500;

PortalReply storageFailure(const Error& error)
{
    qCWarning(lcPortal) << "storage failure:" << error.message;
    return PortalReply::failure(
        PortalCode::ServerFailure,
        QCoreApplication::translate("motcua::PortalServices", "The portal could not store the request."));
}

// Every scalar on the wire is a string (PROTOCOL.md, section 1).
bool onlyStringScalars(const QJsonObject& o, const QString& path, PortalReply* error)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it->isDouble() || it->isBool()) {
            *error =
                PortalReply::failure(PortalCode::BadValue, QCoreApplication::translate("motcua::PortalServices",
                                                                                       "Field \"%1\" must be a string.")
                                                               .arg(path + QLatin1Char('.') + it.key()));
            return false;
        }
    }
    return true;
}

// `data` must be an array of 1..max objects.
bool dataArray(const QJsonObject& request, int max, QJsonArray* out, PortalReply* error)
{
    const QJsonValue v = request.value(QLatin1String("data"));
    if (v.isUndefined() || v.isNull()) {
        *error =
            PortalReply::failure(PortalCode::MissingField,
                                 QCoreApplication::translate("motcua::PortalServices", "Field \"data\" is missing."));
        return false;
    }
    if (!v.isArray() || v.toArray().isEmpty() || v.toArray().size() > max) {
        *error = PortalReply::failure(
            PortalCode::BadValue,
            QCoreApplication::translate("motcua::PortalServices", "Field \"data\" must be an array of 1 to %1 objects.")
                .arg(max));
        return false;
    }
    *out = v.toArray();
    for (qsizetype i = 0; i < out->size(); ++i) {
        if (!out->at(i).isObject()) {
            *error = PortalReply::failure(
                PortalCode::BadValue,
                QCoreApplication::translate("motcua::PortalServices", "data[%1] is not an object.").arg(i));
            return false;
        }
    }
    return true;
}

} // namespace

PortalServices::PortalServices(PortalBackend& store, const PortalCatalogue& catalogue, const Clock& clock,
                               CodeNumbering numbering)
    : m_store(store)
    , m_catalogue(catalogue)
    , m_clock(clock)
    , m_numbering(numbering)
{}

QString PortalServices::portalNow() const
{
    return toVietnam(m_clock.now()).toString(QStringLiteral("yyyyMMddHHmmss"));
}

PortalReply PortalServices::call(const QJsonObject& request, const QString& madonvi)
{
    const QString service = request.value(QLatin1String("service")).toString();
    if (service == QLatin1String("DongBoHoSoMC"))
        return syncDossiers(request, madonvi);
    if (service == QLatin1String("CapNhatTienDoHoSoMC"))
        return appendHistory(request);
    if (service == QLatin1String("TraCuuHoSo"))
        return lookup(request);
    if (service == QLatin1String("LayDanhSachTTHC"))
        return procedureList(request);
    if (service == QLatin1String("LayThuTuc"))
        return procedure(request);
    if (service == QLatin1String("MC_LayDanhMuc")) {
        QJsonObject file = m_catalogue.file();
        return PortalReply::success(
            {{QStringLiteral("result"), file}, {QStringLiteral("PhienBan"), m_catalogue.version()}});
    }
    if (service == QLatin1String("MC_TaiTep"))
        return upload(request);
    if (service == QLatin1String("MC_TrangThaiTep"))
        return uploadStatus(request);
    if (service == QLatin1String("MC_LayTep"))
        return download(request);
    if (service == QLatin1String("MC_CapDaiSo"))
        return lease(request);
    if (service == QLatin1String("MC_LayTrangThai"))
        return changes(request, madonvi);
    if (service == QLatin1String("MC_SoLieuTrungTam"))
        return counts(request);
    if (service == QLatin1String("MC_NhapGoi"))
        return bundle(request);
    if (service == QLatin1String("MC_DauChuoi"))
        return auditHead(request);
    if (service == QLatin1String("MC_LayHoSoTrucTuyen") && m_store.online())
        return onlinePage(request);
    if (service == QLatin1String("MC_LayTepTrucTuyen") && m_store.online())
        return onlineFile(request);
    if (service.isEmpty()) {
        return PortalReply::failure(
            PortalCode::MissingField,
            QCoreApplication::translate("motcua::PortalServices", "Field \"service\" is missing."));
    }
    return PortalReply::failure(
        PortalCode::UnknownService,
        QCoreApplication::translate("motcua::PortalServices", "Unknown service \"%1\".").arg(service.left(60)));
}

PortalReply PortalServices::syncDossiers(const QJsonObject& request, const QString& madonvi)
{
    FieldReader envelope(request);
    const bool updating = envelope.flag(QStringLiteral("isUpdating"), false);
    if (envelope.failed())
        return envelope.error();
    QJsonArray data;
    PortalReply error;
    if (!dataArray(request, kMaxDossiersPerCall, &data, &error))
        return error;

    // MaHoSo: {agency}-{yyMMdd}-{NNNN} (docs/domain.md#dossier-codes); 5 digits are seen in the wild too.
    static const QRegularExpression codeShape(QStringLiteral("^[A-Za-z0-9.]+-\\d{6}-\\d{4,5}$"));
    QList<PortalDossierRow> rows;
    QSet<QString> seen;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QJsonObject o = data.at(i).toObject();
        const QString path = QStringLiteral("data[%1]").arg(i);
        if (!onlyStringScalars(o, path, &error))
            return error;
        FieldReader f(o, path);
        PortalDossierRow row;
        row.code = f.required(QStringLiteral("MaHoSo"));
        row.procedure = f.required(QStringLiteral("MaTTHC"));
        row.applicant = f.required(QStringLiteral("ChuHoSo"));
        row.receivedAt = f.date(QStringLiteral("NgayTiepNhan"), true);
        row.status = QString::number(f.number(QStringLiteral("TrangThaiHoSo"), 1, 10, true));
        const qint64 channel = f.number(QStringLiteral("KenhThucHien"), 1, 3, false, 0);
        row.channel = channel ? QString::number(channel) : QString();
        f.number(QStringLiteral("LoaiDoiTuong"), 1, 4, false);
        row.dueAt = f.date(QStringLiteral("NgayHenTra"), false);
        row.finishedAt = f.date(QStringLiteral("NgayKetThucXuLy"), false);
        row.returnedAt = f.date(QStringLiteral("NgayTra"), false);
        f.date(QStringLiteral("NgayTuChoi"), false);
        f.date(QStringLiteral("NgayNopHoSo"), false);
        // The index's flags (PROTOCOL.md 3.1), when present; stored with the object as sent.
        for (const char* flag :
             {"HoSoCoThanhPhanSoHoa", "TaiKhoanDuocXacThucVoiVNeID", "MC_DocQRCanCuoc", "MC_HinhThucThanhToan"})
            f.number(QString::fromLatin1(flag), 0, 1, false);
        f.number(QStringLiteral("DuocThanhToanTrucTuyen"), 0, 3, false);
        f.number(QStringLiteral("HinhThuc"), 0, 1, false);
        row.department = f.optional(QStringLiteral("DonViXuLy"));
        // An online submission not accepted (refused, or a supplement asked) keeps its online
        // reference as its code (PROTOCOL.md 3.19).
        static const QRegularExpression onlineShape(QStringLiteral("^TT-\\d{6}-\\d{6}$"));
        const bool online = onlineShape.match(row.code).hasMatch() &&
                            o.value(QLatin1String("MC_MaHoSoTrucTuyen")).toString() == row.code;
        if (!f.failed() && !online && !codeShape.match(row.code).hasMatch()) {
            f.fail(PortalCode::BadValue,
                   QCoreApplication::translate("motcua::PortalServices",
                                               "Field \"%1\" is not a dossier code {agency}-{yyMMdd}-{NNNN}.")
                       .arg(f.path(QStringLiteral("MaHoSo"))));
        }
        if (f.failed())
            return f.error();
        if (!m_catalogue.knows(row.procedure)) {
            return PortalReply::failure(
                PortalCode::UnknownProcedure,
                QCoreApplication::translate("motcua::PortalServices", "Field \"%1\": unknown procedure code %2.")
                    .arg(f.path(QStringLiteral("MaTTHC")), row.procedure.left(60)));
        }
        if (seen.contains(row.code)) {
            return PortalReply::failure(
                PortalCode::BadValue,
                QCoreApplication::translate("motcua::PortalServices", "Dossier %1 appears twice in one request.")
                    .arg(row.code));
        }
        seen.insert(row.code);
        row.madonvi = madonvi;
        row.data = o;
        rows.append(row);
    }

    auto stored = m_store.storeDossiers(rows, m_clock.now().toSecsSinceEpoch(), updating);
    if (!stored && stored.error().code == Error::Conflict) // a step the dossier's state no longer allows
        return PortalReply::failure(PortalCode::StepConflict, stored.error().message);
    if (!stored && stored.error().code == Error::BadInput)
        return PortalReply::failure(PortalCode::BadValue, stored.error().message);
    if (!stored)
        return storageFailure(stored.error());
    if (*stored >= 0 && !updating) {
        return PortalReply::failure(PortalCode::AlreadyExists,
                                    QCoreApplication::translate("motcua::PortalServices", "Dossier %1 already exists.")
                                        .arg(rows.at(*stored).code));
    }
    if (*stored >= 0) {
        return PortalReply::failure(
            PortalCode::NotFound,
            QCoreApplication::translate("motcua::PortalServices", "Dossier %1 is not on the portal.")
                .arg(rows.at(*stored).code));
    }
    return PortalReply::success({{QStringLiteral("SoHoSo"), QString::number(rows.size())}});
}

PortalReply PortalServices::appendHistory(const QJsonObject& request)
{
    QJsonArray data;
    PortalReply error;
    if (!dataArray(request, kMaxHistoryPerCall, &data, &error))
        return error;
    QList<PortalHistoryRow> rows;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QJsonObject o = data.at(i).toObject();
        const QString path = QStringLiteral("data[%1]").arg(i);
        if (!onlyStringScalars(o, path, &error))
            return error;
        FieldReader f(o, path);
        PortalHistoryRow row;
        row.id = f.required(QStringLiteral("MaTienDo"));
        row.code = f.required(QStringLiteral("MaHoSo"));
        row.at = f.date(QStringLiteral("ThoiDiemXuLy"), true);
        row.status = QString::number(f.number(QStringLiteral("TrangThai"), 1, 10, true));
        f.date(QStringLiteral("NgayBatDau"), false);
        f.date(QStringLiteral("NgayKetThucTheoQuyDinh"), false);
        if (f.failed())
            return f.error();
        row.data = o;
        rows.append(row);
    }
    auto stored = m_store.storeHistory(rows, m_clock.now().toSecsSinceEpoch());
    if (!stored && stored.error().code == Error::NotFound) {
        return PortalReply::failure(
            PortalCode::NotFound,
            QCoreApplication::translate("motcua::PortalServices", "Dossier %1 is not on the portal; send it first.")
                .arg(stored.error().message));
    }
    if (!stored)
        return storageFailure(stored.error());
    const int inserted = *stored;
    return PortalReply::success({{QStringLiteral("SoDongMoi"), QString::number(inserted)},
                                 {QStringLiteral("SoDongTrung"), QString::number(rows.size() - inserted)}});
}

PortalReply PortalServices::lookup(const QJsonObject& request)
{
    FieldReader f(request);
    QString code = f.optional(QStringLiteral("mahoso"));
    if (code.isEmpty())
        code = f.required(QStringLiteral("MaHoSo"));
    if (f.failed())
        return f.error();
    auto found = m_store.lookup(code);
    if (!found)
        return storageFailure(found.error());
    QJsonArray result;
    if (found->has_value())
        result.append(**found);
    return PortalReply::success({{QStringLiteral("result"), result}});
}

PortalReply PortalServices::procedure(const QJsonObject& request)
{
    FieldReader f(request);
    QString code = f.optional(QStringLiteral("maTTHC"));
    if (code.isEmpty())
        code = f.required(QStringLiteral("MaTTHC"));
    if (f.failed())
        return f.error();
    const auto record = m_catalogue.nationalRecord(code);
    if (!record) {
        return PortalReply::failure(
            PortalCode::NotFound,
            QCoreApplication::translate("motcua::PortalServices", "Unknown procedure code %1.").arg(code.left(60)));
    }
    return PortalReply::success({{QStringLiteral("result"), QJsonArray{*record}}});
}

PortalReply PortalServices::procedureList(const QJsonObject& request)
{
    // Paged when the caller asks (TrangSo from 1, SoLuong 1…1000); everything otherwise, as
    // the national service answers.
    FieldReader f(request);
    const QString page = f.optional(QStringLiteral("TrangSo"));
    const QString size = f.optional(QStringLiteral("SoLuong"));
    if (f.failed())
        return f.error();
    if (page.isEmpty() && size.isEmpty())
        return PortalReply::success(m_catalogue.listPage(0, 0));
    bool pageOk = false;
    bool sizeOk = false;
    const int pageNo = page.isEmpty() ? 1 : page.toInt(&pageOk);
    const int pageSize = size.isEmpty() ? 200 : size.toInt(&sizeOk);
    if ((!page.isEmpty() && (!pageOk || pageNo < 1)) ||
        (!size.isEmpty() && (!sizeOk || pageSize < 1 || pageSize > 1000)))
        return PortalReply::failure(
            PortalCode::BadValue,
            QCoreApplication::translate("motcua::PortalServices", "TrangSo or SoLuong is out of range."));
    return PortalReply::success(m_catalogue.listPage(pageNo, pageSize));
}

} // namespace motcua
