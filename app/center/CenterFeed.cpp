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

// Appends `text` as a JSON string.
void appendString(QByteArray& out, const char* text, size_t size)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const char* run = text; // bytes copied as they are, in one append
    for (const char* p = text; p != text + size; ++p) {
        const auto u = static_cast<unsigned char>(*p);
        if (u >= 0x20 && *p != '"' && *p != '\\')
            continue;
        out.append(run, p - run);
        if (*p == '"' || *p == '\\') {
            out += '\\';
            out += *p;
        } else {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 15];
        }
        run = p + 1;
    }
    out.append(run, text + size - run);
    out += '"';
}

void appendString(QByteArray& out, const pqxx::field& f)
{
    appendString(out, f.c_str(), f.size());
}

// Appends a JSON value PostgreSQL holds as text: the stored record (written by this center as
// compact JSON), a json_agg. `fallback` when the text is not an object or array at all.
void appendJson(QByteArray& out, const pqxx::field& f, char open, const char* fallback)
{
    if (f.size() < 2 || f.c_str()[0] != open) {
        out += fallback;
        return;
    }
    out.append(f.c_str(), static_cast<qsizetype>(f.size()));
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
        // The records and history rows go out as stored (the center wrote them as compact JSON),
        // the page built straight into text: no record is parsed or written again here.
        const pqxx::result r = w.exec_params(
            "SELECT d.feed_xid::text, d.ma_hoso, d.data, coalesce(d.trang_thai_tt, ''), coalesce(d.tinh_trang, ''),"
            " coalesce((SELECT '[' || string_agg(h.data, ',' ORDER BY h.id) || ']' FROM history h"
            " WHERE h.ma_hoso = d.ma_hoso), '[]'),"
            // Each file with the paper it was attached to at its counter, as its station said
            // when it sent the file (schema 010): ThuTuGiayTo 1-based in TaiLieuNop, "" for none.
            " coalesce((SELECT json_agg(json_build_object('MaTep', l.sha256, 'TenTep', l.file_name,"
            " 'KichThuoc', coalesce(f.total, 0)::text, 'HoanTat', CASE WHEN f.complete THEN 'True' ELSE 'False' END,"
            " 'ThuTuGiayTo', CASE WHEN l.paper_index > 0 THEN l.paper_index::text ELSE '' END, 'TenGiayTo',"
            " l.paper_name, 'SoTrang', l.page_count::text, 'KetQua', CASE WHEN l.result THEN 'True' ELSE 'False' END)"
            " ORDER BY l.file_name)::text FROM file_links l LEFT JOIN files f ON f.sha256 = l.sha256"
            " WHERE l.ma_hoso = d.ma_hoso), '[]'), coalesce(d.ma_truc_tuyen, '')"
            " FROM dossiers d WHERE (d.feed_xid, d.ma_hoso) > ($1::xid8, $2)"
            " AND d.feed_xid < pg_snapshot_xmin(pg_current_snapshot())"
            " ORDER BY d.feed_xid, d.ma_hoso LIMIT $3",
            xid.toStdString(), after.toStdString(), limit + 1);
        QByteArray rows = QByteArrayLiteral("\"result\":[");
        QString next = cursorValue.toString(QStringLiteral("0"));
        if (next.isEmpty())
            next = QStringLiteral("0");
        bool more = false;
        int written = 0;
        QByteArray mark;
        for (const pqxx::row& row : r) {
            if (written == limit) {
                more = true;
                break;
            }
            mark = QByteArray(row[0].c_str(), static_cast<qsizetype>(row[0].size()));
            mark += ':';
            mark.append(row[1].c_str(), static_cast<qsizetype>(row[1].size()));
            if (written++)
                rows += ',';
            rows += "{\"Moc\":";
            appendString(rows, mark.constData(), static_cast<size_t>(mark.size()));
            rows += ",\"MaHoSo\":";
            appendString(rows, row[1]);
            rows += ",\"HoSo\":";
            appendJson(rows, row[2], '{', "{}");
            rows += ",\"TrangThaiTrungTam\":";
            appendString(rows, row[3]);
            rows += ",\"TinhTrang\":";
            appendString(rows, row[4]);
            rows += ",\"TienDo\":";
            appendJson(rows, row[5], '[', "[]");
            rows += ",\"Tep\":";
            appendJson(rows, row[6], '[', "[]");
            // An online submission: its national reference, also after it is given a center code.
            if (row[7].size() > 0) {
                rows += ",\"MaHoSoTrucTuyen\":";
                appendString(rows, row[7]);
            }
            rows += '}';
        }
        rows += ']';
        if (written > 0)
            next = QString::fromUtf8(mark);
        QJsonObject fields{{QStringLiteral("MocTiep"), next},
                           {QStringLiteral("ConNua"), more ? QStringLiteral("True") : QStringLiteral("False")}};
        if (count) {
            const pqxx::result left =
                w.exec_params("SELECT count(*) FROM dossiers d WHERE (d.feed_xid, d.ma_hoso) > ($1::xid8, $2)"
                              " AND d.feed_xid < pg_snapshot_xmin(pg_current_snapshot())",
                              xid.toStdString(), after.toStdString());
            fields.insert(QStringLiteral("ConLai"), QString::number(left[0][0].as<qint64>()));
        }
        PortalReply reply = PortalReply::success(fields);
        reply.jsonMembers = std::move(rows);
        return reply;
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
