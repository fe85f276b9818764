// PortalServices: our own services in the national style (MC_*, PROTOCOL.md 3.7 to 3.12).
#include "portal/FieldReader.h"
#include "portal/PortalLog.h"
#include "portal/PortalServices.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <limits>

namespace motcua {

namespace {

PortalReply storageFailure(const Error& error)
{
    qCWarning(lcPortal) << "storage failure:" << error.message;
    return PortalReply::failure(
        PortalCode::ServerFailure,
        QCoreApplication::translate("motcua::PortalServicesOwn", "The portal could not store the request."));
}

bool isSha256(const QString& s)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(s).hasMatch();
}

} // namespace

PortalReply PortalServices::uploadBytes(const QJsonObject& request, const QByteArray& chunk)
{
    return upload(request, &chunk);
}

PortalReply PortalServices::upload(const QJsonObject& request, const QByteArray* bytes)
{
    FieldReader f(request);
    PortalChunk chunk;
    chunk.sha256 = f.required(QStringLiteral("MaTep"));
    chunk.dossier = f.required(QStringLiteral("MaHoSo"));
    chunk.fileName = f.optional(QStringLiteral("TenTep"));
    chunk.total = f.number(QStringLiteral("TongKichThuoc"), 0, Q_INT64_C(1) << 40, true);
    chunk.offset = f.number(QStringLiteral("ViTri"), 0, Q_INT64_C(1) << 40, true);
    chunk.paperIndex = static_cast<int>(f.number(QStringLiteral("ThuTuGiayTo"), 0, 1000, false));
    chunk.paperName = f.optional(QStringLiteral("TenGiayTo"));
    chunk.pageCount = static_cast<int>(f.number(QStringLiteral("SoTrang"), 0, 100000, false));
    chunk.result = f.optional(QStringLiteral("KetQua")) == QLatin1String("True");
    const QString data = bytes ? QString() : f.optional(QStringLiteral("DuLieu"));
    if (!f.failed() && !isSha256(chunk.sha256)) {
        f.fail(PortalCode::BadValue,
               QCoreApplication::translate("motcua::PortalServicesOwn",
                                           "Field \"MaTep\" must be a SHA-256 in lower-case hex."));
    }
    if (f.failed())
        return f.error();
    if (bytes) {
        chunk.data = *bytes; // checked against kMaxChunk by the backend
    } else {
        // Base64 of a chunk: at most kMaxChunk bytes decoded; checked again after decoding.
        if (data.size() > (kMaxUploadChunk / 3 + 1) * 4) {
            return PortalReply::failure(
                PortalCode::UploadSize,
                QCoreApplication::translate("motcua::PortalServicesOwn", "A chunk may hold at most 4 MiB."));
        }
        auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            return PortalReply::failure(
                PortalCode::BadValue,
                QCoreApplication::translate("motcua::PortalServicesOwn", "Field \"DuLieu\" is not base64."));
        }
        chunk.data = std::move(decoded.decoded);
    }
    return m_store.appendChunk(chunk, m_clock.now().toSecsSinceEpoch());
}

PortalReply PortalServices::uploadStatus(const QJsonObject& request)
{
    FieldReader f(request);
    const QString sha = f.required(QStringLiteral("MaTep"));
    if (!f.failed() && !isSha256(sha)) {
        f.fail(PortalCode::BadValue,
               QCoreApplication::translate("motcua::PortalServicesOwn",
                                           "Field \"MaTep\" must be a SHA-256 in lower-case hex."));
    }
    if (f.failed())
        return f.error();
    return m_store.fileStatus(sha);
}

PortalReply PortalServices::download(const QJsonObject& request)
{
    FieldReader f(request);
    const QString sha = f.required(QStringLiteral("MaTep"));
    const qint64 offset = f.number(QStringLiteral("ViTri"), 0, Q_INT64_C(1) << 40, false, 0);
    const qint64 max = f.number(QStringLiteral("SoByte"), 1, kMaxDownloadSlice, false, kMaxDownloadSlice);
    if (!f.failed() && !isSha256(sha)) {
        f.fail(PortalCode::BadValue,
               QCoreApplication::translate("motcua::PortalServicesOwn",
                                           "Field \"MaTep\" must be a SHA-256 in lower-case hex."));
    }
    if (f.failed())
        return f.error();
    auto found = m_store.fileSlice(sha, offset, max);
    if (!found)
        return storageFailure(found.error());
    if (!found->has_value()) {
        return PortalReply::failure(
            PortalCode::NotFound,
            QCoreApplication::translate("motcua::PortalServicesOwn", "No complete file %1 is stored for a dossier.")
                .arg(sha.left(12)));
    }
    const PortalFileSlice& slice = **found;
    if (offset > slice.total) {
        return PortalReply::failure(
            PortalCode::UploadSize,
            QCoreApplication::translate("motcua::PortalServicesOwn", "Field \"ViTri\" is past the end of the file."));
    }
    return PortalReply::success({{QStringLiteral("ViTri"), QString::number(offset)},
                                 {QStringLiteral("TongKichThuoc"), QString::number(slice.total)},
                                 {QStringLiteral("SoByte"), QString::number(slice.data.size())},
                                 {QStringLiteral("DuLieu"), QString::fromLatin1(slice.data.toBase64())}});
}

PortalReply PortalServices::lease(const QJsonObject& request)
{
    FieldReader f(request);
    const QString agency = f.required(QStringLiteral("MaCoQuan"));
    const QString day = f.required(QStringLiteral("Ngay"));
    const int station = static_cast<int>(f.number(QStringLiteral("May"), 1, m_numbering.maxStations, true));
    const int size = static_cast<int>(f.number(QStringLiteral("SoLuong"), 1, 1000, true));
    const QString requestId = f.optional(QStringLiteral("MaYeuCau"));
    static const QRegularExpression dayShape(QStringLiteral("^\\d{6}$"));
    if (!f.failed() &&
        (!dayShape.match(day).hasMatch() || !QDate::fromString(day, QStringLiteral("yyMMdd")).isValid())) {
        f.fail(PortalCode::BadValue,
               QCoreApplication::translate("motcua::PortalServicesOwn", "Field \"Ngay\" must be a day yyMMdd."));
    }
    if (f.failed())
        return f.error();

    auto leased = m_store.lease(agency, day, station, size, requestId);
    if (!leased) {
        if (leased.error().code == Error::Conflict)
            return PortalReply::failure(PortalCode::RangeUsedUp, leased.error().message);
        if (leased.error().code == Error::BadInput)
            return PortalReply::failure(PortalCode::BadValue, leased.error().message);
        return storageFailure(leased.error());
    }
    return PortalReply::success({{QStringLiteral("TuSo"), QString::number(leased->first)},
                                 {QStringLiteral("DenSo"), QString::number(leased->last)}});
}

PortalReply PortalServices::changes(const QJsonObject& request, const QString& madonvi)
{
    FieldReader f(request);
    const qint64 cursor = f.number(QStringLiteral("TuMoc"), 0, Q_INT64_C(1) << 53, false, 0);
    const int limit = static_cast<int>(f.number(QStringLiteral("SoLuong"), 1, 1000, false, 200));
    if (f.failed())
        return f.error();
    auto found = m_store.changesSince(madonvi, cursor, limit);
    if (!found)
        return storageFailure(found.error());
    return PortalReply::success(
        {{QStringLiteral("result"), found->rows},
         {QStringLiteral("MocTiep"), QString::number(found->next)},
         {QStringLiteral("ConNua"), found->more ? QStringLiteral("True") : QStringLiteral("False")}});
}

PortalReply PortalServices::counts(const QJsonObject& request)
{
    FieldReader f(request);
    const QString day = f.required(QStringLiteral("Ngay"));
    static const QRegularExpression dayShape(QStringLiteral("^\\d{8}$"));
    if (!f.failed() &&
        (!dayShape.match(day).hasMatch() || !QDate::fromString(day, QStringLiteral("yyyyMMdd")).isValid())) {
        f.fail(PortalCode::BadValue,
               QCoreApplication::translate("motcua::PortalServicesOwn", "Field \"Ngay\" must be a day yyyyMMdd."));
    }
    // ThoiDiem (optional): the moment the figures are for, so they match the asking
    // workstation's own; the portal's clock otherwise.
    const QString now = f.date(QStringLiteral("ThoiDiem"), false);
    if (f.failed())
        return f.error();
    auto counted = m_store.counts(day, now.isEmpty() ? portalNow() : now);
    if (!counted)
        return storageFailure(counted.error());
    return PortalReply::success({{QStringLiteral("result"), *counted}});
}

PortalReply PortalServices::bundle(const QJsonObject& request)
{
    FieldReader f(request);
    const QString data = f.required(QStringLiteral("DuLieu"));
    if (f.failed())
        return f.error();
    auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return PortalReply::failure(
            PortalCode::BadValue,
            QCoreApplication::translate("motcua::PortalServicesOwn", "Field \"DuLieu\" is not base64."));
    }
    return importBundle(decoded.decoded);
}

PortalReply PortalServices::auditHead(const QJsonObject& request)
{
    FieldReader f(request);
    PortalAuditHead head;
    head.station = static_cast<int>(f.number(QStringLiteral("May"), 0, 9999, true));
    head.seq = f.number(QStringLiteral("ThuTu"), 1, std::numeric_limits<qint64>::max(), true);
    static const QRegularExpression macShape(QStringLiteral("^[0-9a-f]{64}$"));
    const QString mac = f.required(QStringLiteral("Mac"));
    if (!f.failed() && !macShape.match(mac).hasMatch())
        f.fail(PortalCode::BadValue,
               QCoreApplication::translate("motcua::PortalServicesOwn",
                                           "Field \"%1\" must be 64 lowercase hexadecimal digits.")
                   .arg(QStringLiteral("Mac")));
    head.mac = QByteArray::fromHex(mac.toLatin1());
    head.fromBundle = f.flag(QStringLiteral("TuGoi"), false);
    const QJsonValue earlier = request.value(QLatin1String("Truoc"));
    if (!f.failed() && !earlier.isUndefined() && (!earlier.isArray() || earlier.toArray().size() > 64))
        f.fail(PortalCode::BadValue, QCoreApplication::translate("motcua::PortalServicesOwn",
                                                                 "Field \"%1\" must be a list of at most 64 objects.")
                                         .arg(QStringLiteral("Truoc")));
    if (f.failed())
        return f.error();
    const QJsonArray list = earlier.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        FieldReader e(list.at(i).toObject(), QStringLiteral("Truoc[%1]").arg(i));
        const qint64 seq = e.number(QStringLiteral("ThuTu"), 1, std::numeric_limits<qint64>::max(), true);
        const QString earlierMac = e.required(QStringLiteral("Mac"));
        if (!e.failed() && !macShape.match(earlierMac).hasMatch())
            e.fail(PortalCode::BadValue,
                   QCoreApplication::translate("motcua::PortalServicesOwn",
                                               "Field \"%1\" must be 64 lowercase hexadecimal digits.")
                       .arg(e.path(QStringLiteral("Mac"))));
        if (e.failed())
            return e.error();
        head.earlier.append({seq, QByteArray::fromHex(earlierMac.toLatin1())});
    }
    auto verdict = m_store.recordAuditHead(head, m_clock.now().toSecsSinceEpoch());
    if (!verdict)
        return storageFailure(verdict.error());
    if (!verdict->accepted) {
        QString why;
        if (verdict->reason == QLatin1String("backwards"))
            why =
                QCoreApplication::translate("motcua::PortalServicesOwn", "the new head is older than the one it holds");
        else if (verdict->reason == QLatin1String("changed"))
            why = QCoreApplication::translate("motcua::PortalServicesOwn",
                                              "the MAC of a head reported before has changed");
        else
            why = QCoreApplication::translate("motcua::PortalServicesOwn",
                                              "the report does not include the head it holds");
        return PortalReply::failure(
            PortalCode::AuditChainRefused,
            QCoreApplication::translate("motcua::PortalServicesOwn",
                                        "The audit trail of station %1 does not continue the head this "
                                        "center holds (sequence %2): %3.")
                .arg(head.station)
                .arg(verdict->keptSeq)
                .arg(why));
    }
    return PortalReply::success({{QStringLiteral("ThuTuDaLuu"), QString::number(verdict->keptSeq)}});
}

PortalReply PortalServices::importBundle(const QByteArray& file)
{
    const auto rejected = [](const QString& why) {
        return PortalReply::failure(
            PortalCode::BundleRejected,
            QCoreApplication::translate("motcua::PortalServicesOwn", "The bundle cannot be opened: %1").arg(why));
    };
    auto inner = m_opener ? m_opener(file) : Result<QByteArray>(Error::internal(QString()));
    if (!inner)
        return rejected(inner.error().message);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*inner, &parseError);
    const QJsonObject payload = doc.object();
    if (!doc.isObject() || payload.value(QLatin1String("format")).toString() != QLatin1String("motcua-bundle") ||
        payload.value(QLatin1String("version")).toString() != QLatin1String("1") ||
        !payload.value(QLatin1String("requests")).isArray()) {
        return rejected(QCoreApplication::translate("motcua::PortalServicesOwn",
                                                    "not a bundle of format motcua-bundle version 1."));
    }
    const QString madonvi = payload.value(QLatin1String("madonvi")).toString();
    const QJsonArray requests = payload.value(QLatin1String("requests")).toArray();
    QJsonArray errors;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        QJsonObject request = requests.at(i).toObject();
        const QString service = request.value(QLatin1String("service")).toString();
        PortalReply reply;
        if (service == QLatin1String("MC_NhapGoi")) {
            reply = PortalReply::failure(
                PortalCode::UnknownService,
                QCoreApplication::translate("motcua::PortalServicesOwn", "A bundle cannot hold a bundle."));
        } else {
            const QString unit = request.value(QLatin1String("madonvi")).toString(madonvi);
            if (service == QLatin1String("MC_DauChuoi"))
                request.insert(QStringLiteral("TuGoi"), QStringLiteral("True"));
            reply = call(request, unit);
            // Replays stay idempotent (PROTOCOL.md 3.12): an add already done becomes an update,
            // a chunk of a file already complete is no error.
            if (reply.code == PortalCode::AlreadyExists && service == QLatin1String("DongBoHoSoMC")) {
                request.insert(QStringLiteral("isUpdating"), QStringLiteral("True"));
                reply = call(request, unit);
            } else if (reply.code == PortalCode::UploadOffset &&
                       reply.fields.value(QLatin1String("HoanTat")).toString() == QLatin1String("True")) {
                reply = PortalReply::success();
            } else if (reply.code == PortalCode::UploadOffset) {
                const QJsonObject status = m_store.fileStatus(request.value(QLatin1String("MaTep")).toString()).fields;
                if (status.value(QLatin1String("HoanTat")).toString() == QLatin1String("True") ||
                    request.value(QLatin1String("ViTri")).toString().toLongLong() <
                        status.value(QLatin1String("ViTri")).toString().toLongLong())
                    reply = PortalReply::success(); // this chunk is already stored
            }
        }
        if (!reply.ok()) {
            errors.append(QJsonObject{{QStringLiteral("ChiSo"), QString::number(i)},
                                      {QStringLiteral("error_code"), QString::number(static_cast<int>(reply.code))},
                                      {QStringLiteral("error_message"), reply.message}});
        }
    }
    return PortalReply::success({{QStringLiteral("SoYeuCau"), QString::number(requests.size())},
                                 {QStringLiteral("SoLoi"), QString::number(errors.size())},
                                 {QStringLiteral("Loi"), errors}});
}

} // namespace motcua
