#include "center/CenterFeed.h"

#include "center/CenterLog.h"
#include "core/DossierState.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace motcua {

namespace {

using S = CenterDatabase;

constexpr int kDefaultPage = 200;
constexpr int kMaxPage = 1000;

QJsonValue parsed(const pqxx::field& f)
{
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(f.c_str(), static_cast<qsizetype>(f.size())));
    if (doc.isArray())
        return doc.array();
    return doc.object();
}

// The national status code of a workstation state key, 0 when the key is unknown.
int nationalOfKey(const QString& key)
{
    DossierState s;
    return stateFromKey(key, &s) ? nationalCode(s) : 0;
}

Error refused(const QString& code, const QString& why)
{
    return Error::conflict(
        QCoreApplication::translate("motcua::CenterFeed", "Dossier %1 was changed at the center in the meantime: %2")
            .arg(code, why));
}

} // namespace

bool CenterFeed::parseCursor(const QString& text, QString* xid, QString* code)
{
    if (text.isEmpty() || text == QLatin1String("0")) {
        *xid = QStringLiteral("0");
        code->clear();
        return true;
    }
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,20}):(.*)$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return false;
    *xid = m.captured(1);
    *code = m.captured(2);
    return true;
}

PortalReply CenterFeed::serve(const QJsonObject& request)
{
    const QJsonValue cursorValue = request.value(QLatin1String("TuMoc"));
    const QJsonValue sizeValue = request.value(QLatin1String("SoLuong"));
    QString xid;
    QString after;
    if ((!cursorValue.isUndefined() && !cursorValue.isString()) || !parseCursor(cursorValue.toString(), &xid, &after)) {
        return PortalReply::failure(
            PortalCode::BadValue,
            QCoreApplication::translate("motcua::CenterFeed", "Field \"TuMoc\" is not a cursor of this center."));
    }
    int limit = kDefaultPage;
    if (!sizeValue.isUndefined()) {
        bool ok = false;
        limit = sizeValue.isString() ? sizeValue.toString().toInt(&ok) : 0;
        if (!ok || limit < 1 || limit > kMaxPage) {
            return PortalReply::failure(
                PortalCode::BadValue,
                QCoreApplication::translate("motcua::CenterFeed", "Field \"SoLuong\" must be a number from 1 to %1.")
                    .arg(kMaxPage));
        }
    }
    const bool count = request.value(QLatin1String("DemConLai")).toString() == QLatin1String("True");
    auto done = m_db.transact<PortalReply>([&](pqxx::work& w) -> Result<PortalReply> {
        // Only rows of transactions that ended before every running one began: none can still
        // commit behind the cursor returned (schema 003).
        const pqxx::result r = w.exec_params(
            "SELECT d.feed_xid::text, d.ma_hoso, d.data, coalesce(d.trang_thai_tt, ''), coalesce(d.tinh_trang, ''),"
            " coalesce((SELECT json_agg(h.data::json ORDER BY h.id) FROM history h WHERE h.ma_hoso = d.ma_hoso),"
            " '[]'::json),"
            // Each file with the paper it was attached to at its counter, as its station said
            // when it sent the file (schema 010): ThuTuGiayTo 1-based in TaiLieuNop, "" for none.
            " coalesce((SELECT json_agg(json_build_object('MaTep', l.sha256, 'TenTep', l.file_name,"
            " 'KichThuoc', coalesce(f.total, 0)::text, 'HoanTat', CASE WHEN f.complete THEN 'True' ELSE 'False' END,"
            " 'ThuTuGiayTo', CASE WHEN l.paper_index > 0 THEN l.paper_index::text ELSE '' END, 'TenGiayTo',"
            " l.paper_name, 'SoTrang', l.page_count::text, 'KetQua', CASE WHEN l.result THEN 'True' ELSE 'False' END)"
            " ORDER BY l.file_name) FROM file_links l LEFT JOIN files f ON f.sha256 = l.sha256"
            " WHERE l.ma_hoso = d.ma_hoso), '[]'::json), coalesce(d.ma_truc_tuyen, '')"
            " FROM dossiers d WHERE (d.feed_xid, d.ma_hoso) > ($1::xid8, $2)"
            " AND d.feed_xid < pg_snapshot_xmin(pg_current_snapshot())"
            " ORDER BY d.feed_xid, d.ma_hoso LIMIT $3",
            xid.toStdString(), after.toStdString(), limit + 1);
        QJsonArray rows;
        QString next = cursorValue.toString(QStringLiteral("0"));
        if (next.isEmpty())
            next = QStringLiteral("0");
        bool more = false;
        for (const pqxx::row& row : r) {
            if (rows.size() == limit) {
                more = true;
                break;
            }
            next = S::text(row[0]) + QLatin1Char(':') + S::text(row[1]);
            QJsonObject entry{{QStringLiteral("Moc"), next},
                              {QStringLiteral("MaHoSo"), S::text(row[1])},
                              {QStringLiteral("HoSo"), parsed(row[2])},
                              {QStringLiteral("TrangThaiTrungTam"), S::text(row[3])},
                              {QStringLiteral("TinhTrang"), S::text(row[4])},
                              {QStringLiteral("TienDo"), parsed(row[5])},
                              {QStringLiteral("Tep"), parsed(row[6])}};
            // An online submission: its national reference, also after it is given a center code.
            if (const QString online = S::text(row[7]); !online.isEmpty())
                entry.insert(QStringLiteral("MaHoSoTrucTuyen"), online);
            rows.append(entry);
        }
        QJsonObject fields{{QStringLiteral("result"), rows},
                           {QStringLiteral("MocTiep"), next},
                           {QStringLiteral("ConNua"), more ? QStringLiteral("True") : QStringLiteral("False")}};
        if (count) {
            const pqxx::result left =
                w.exec_params("SELECT count(*) FROM dossiers d WHERE (d.feed_xid, d.ma_hoso) > ($1::xid8, $2)"
                              " AND d.feed_xid < pg_snapshot_xmin(pg_current_snapshot())",
                              xid.toStdString(), after.toStdString());
            fields.insert(QStringLiteral("ConLai"), QString::number(left[0][0].as<qint64>()));
        }
        return PortalReply::success(fields);
    });
    if (done)
        return *done;
    return PortalReply::failure(
        PortalCode::ServerFailure,
        QCoreApplication::translate("motcua::CenterFeed", "The center could not read its dossiers."));
}

std::optional<Error> CenterFeed::checkSteps(pqxx::work& w, const QList<PortalDossierRow>& rows)
{
    QJsonArray codes;
    for (const PortalDossierRow& r : rows)
        codes.append(r.code);
    struct Current
    {
        QString status;  // national, as last sent
        QString central; // decided centrally, "" when none
        QString state;   // workstation state key of the last step, "" when unknown
    };
    QHash<QString, Current> current;
    // Locked until the update commits: two stations' steps on one dossier are taken in turn.
    const pqxx::result locked =
        w.exec_params("SELECT ma_hoso, trang_thai, coalesce(trang_thai_tt, ''), coalesce(tinh_trang, '') FROM dossiers"
                      " WHERE ma_hoso IN (SELECT jsonb_array_elements_text($1::jsonb)) ORDER BY ma_hoso FOR UPDATE",
                      QJsonDocument(codes).toJson(QJsonDocument::Compact).toStdString());
    for (const pqxx::row& row : locked)
        current.insert(S::text(row[0]), Current{S::text(row[1]), S::text(row[2]), S::text(row[3])});

    for (const PortalDossierRow& r : rows) {
        const auto it = current.constFind(r.code);
        if (it == current.cend())
            continue; // not stored: the update answers "not found" as before
        const QString fromKey = r.data.value(QLatin1String("MC_TrangThaiTruoc")).toString();
        const QString toKey = r.data.value(QLatin1String("MC_TrangThaiMoi")).toString();
        const QString effective = it->central.isEmpty() ? it->status : it->central;
        if (fromKey.isEmpty() || toKey.isEmpty()) {
            // A record without a step may not move the dossier either: its status must be the
            // one the center has.
            if (!it->state.isEmpty() && r.status != QString::number(nationalOfKey(it->state))) {
                return refused(r.code, QCoreApplication::translate("motcua::CenterFeed",
                                                                   "this workstation's record has an older status."));
            }
            continue;
        }
        DossierState from;
        DossierState to;
        if (!stateFromKey(fromKey, &from) || !stateFromKey(toKey, &to)) {
            return Error::badInput(
                QCoreApplication::translate("motcua::CenterFeed", "Dossier %1: the step names an unknown state.")
                    .arg(r.code));
        }
        if (!it->state.isEmpty() && it->state == toKey)
            continue; // the same step again (an answer lost)
        const bool sameStart =
            it->state.isEmpty() ? QString::number(nationalCode(from)) == effective : it->state == fromKey;
        if (!sameStart) {
            DossierState now;
            const QString nowName =
                stateFromKey(it->state, &now)
                    ? stateName(now)
                    : QCoreApplication::translate("motcua::CenterFeed", "national status %1").arg(effective);
            return refused(r.code, QCoreApplication::translate("motcua::CenterFeed", "it is now \"%1\", not \"%2\".")
                                       .arg(nowName, stateName(from)));
        }
        if (!checkTransition(from, to) && !checkTakeBack(from, to)) {
            return Error::conflict(QCoreApplication::translate("motcua::CenterFeed", "Dossier %1: %2")
                                       .arg(r.code, checkTransition(from, to).error().message));
        }
    }
    return std::nullopt;
}

std::optional<Error> CenterFeed::decideOnline(pqxx::work& w, const QList<PortalDossierRow>& rows,
                                              QSet<QString>* accepted)
{
    for (const PortalDossierRow& r : rows) {
        const QString ref = r.data.value(QLatin1String("MC_MaHoSoTrucTuyen")).toString();
        if (ref.isEmpty())
            continue;
        const QString toKey = r.data.value(QLatin1String("MC_TrangThaiMoi")).toString();
        const pqxx::result cur =
            w.exec_params("SELECT ma_hoso, coalesce(tinh_trang, ''), coalesce(trang_thai_tt, ''), trang_thai"
                          " FROM dossiers WHERE ma_truc_tuyen = $1 FOR UPDATE",
                          ref.toStdString());
        if (cur.empty())
            continue; // not at the center: the update answers "not found"
        const QString code = S::text(cur[0][0]);
        const QString state = S::text(cur[0][1]);
        const bool waiting =
            code == ref && state.isEmpty() && S::text(cur[0][2]).isEmpty() && S::text(cur[0][3]) == QLatin1String("1");
        if (!waiting) {
            if (code == r.code && state == toKey) {
                if (accepted && r.code != ref)
                    accepted->insert(r.code);
                continue; // the same decision again
            }
            return refused(
                r.code, QCoreApplication::translate("motcua::CenterFeed",
                                                    "the online submission %1 was already decided at another counter.")
                            .arg(ref));
        }
        if (toKey == QLatin1String("received") && r.code != ref) {
            if (!w.exec_params("SELECT 1 FROM dossiers WHERE ma_hoso = $1", r.code.toStdString()).empty()) {
                return Error::conflict(
                    QCoreApplication::translate("motcua::CenterFeed", "Dossier %1: the code is already taken.")
                        .arg(r.code));
            }
            for (const char* sql : {"UPDATE dossiers SET ma_hoso = $1 WHERE ma_hoso = $2",
                                    "UPDATE history SET ma_hoso = $1 WHERE ma_hoso = $2",
                                    "UPDATE file_links SET ma_hoso = $1 WHERE ma_hoso = $2",
                                    "UPDATE decisions SET ma_hoso = $1 WHERE ma_hoso = $2"})
                w.exec_params(sql, r.code.toStdString(), ref.toStdString());
            if (accepted)
                accepted->insert(r.code);
        } else if (r.code != ref) {
            return Error::badInput(
                QCoreApplication::translate("motcua::CenterFeed",
                                            "Dossier %1: only an acceptance gives an online submission a new code.")
                    .arg(r.code));
        }
    }
    return std::nullopt;
}

} // namespace motcua
