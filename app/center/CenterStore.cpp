#include "center/CenterStore.h"

#include "center/CenterAuditHeads.h"
#include "center/CenterFeed.h"
#include "center/CenterLog.h"
#include "center/JsonRows.h"
#include "center/RunningSha256.h"
#include "portal/PortalCounts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace motcua {

namespace {

using S = CenterDatabase;

QJsonObject object(const pqxx::field& f)
{
    return QJsonDocument::fromJson(QByteArray(f.c_str(), static_cast<qsizetype>(f.size()))).object();
}

std::string nn(const QString& s)
{
    return s.toStdString();
}

bool validStatus(const QString& s)
{
    bool ok = false;
    const int n = s.toInt(&ok);
    return ok && n >= 1 && n <= 10 && s == QString::number(n);
}

PortalReply storageFailure(const Error& error)
{
    qCWarning(lcCenter) << "attachment storage failure:" << error.message;
    return PortalReply::failure(
        PortalCode::ServerFailure,
        QCoreApplication::translate("motcua::CenterStore", "The center could not store the file."));
}

// The rows of one request as one JSON array, for a single set-based statement
// (jsonb_to_recordset): one round trip and one plan per request instead of one per row.
std::string dossierSet(const QList<PortalDossierRow>& rows)
{
    JsonRows set;
    for (const PortalDossierRow& r : rows) {
        set.begin();
        set.field("ma_hoso", r.code);
        set.field("madonvi", r.madonvi);
        set.field("ma_tthc", r.procedure);
        set.field("don_vi", r.department);
        set.field("chu_ho_so", r.applicant);
        set.field("kenh", r.channel);
        set.field("trang_thai", r.status);
        set.field("ngay_tiep_nhan", r.receivedAt);
        set.field("ngay_hen_tra", r.dueAt);
        set.field("ngay_ket_thuc", r.finishedAt);
        set.field("ngay_tra", r.returnedAt);
        set.field("data", QJsonDocument(r.data).toJson(QJsonDocument::Compact));
        set.end();
    }
    return set.text();
}

const char* const kDossierColumns =
    "(ma_hoso text, madonvi text, ma_tthc text, don_vi text, chu_ho_so text, kenh text, trang_thai text,"
    " ngay_tiep_nhan text, ngay_hen_tra text, ngay_ket_thuc text, ngay_tra text, data text)";

} // namespace

CenterStore::CenterStore(CenterDatabase& db, CodeNumbering numbering)
    : m_db(db)
    , m_numbering(numbering)
{}

Result<int> CenterStore::storeDossiers(const QList<PortalDossierRow>& rows, qint64 now, bool updating)
{
    // As the reference portal: the add leaves a stored code untouched; the update keeps the
    // central status, and a finish or return date once set. All rows or none: the index of the
    // first row that is already there (add) or not there (update), or one repeated in the
    // request, rolls the request back.
    QSet<QString> seen;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (seen.contains(rows.at(i).code))
            return static_cast<int>(i);
        seen.insert(rows.at(i).code);
    }
    return m_db.transact<int>([&](pqxx::work& w) -> Result<int> {
        // A decision on an online submission, sent as an add (its new code was never sent) or as
        // an update, is taken first; an acceptance moves the submission to the new code, which
        // the add then updates.
        QSet<QString> accepted;
        if (auto refused = CenterFeed::decideOnline(w, rows, &accepted))
            return *refused;
        // A step on a dossier is applied only from the state it was taken in.
        if (updating) {
            if (auto refused = CenterFeed::checkSteps(w, rows))
                return *refused;
        }
        QList<PortalDossierRow> toUpdate, toInsert;
        for (const PortalDossierRow& r : rows)
            (updating || accepted.contains(r.code) ? toUpdate : toInsert).append(r);
        QSet<QString> stored;
        if (!toUpdate.isEmpty()) {
            const pqxx::result done =
                w.exec_params(std::string("UPDATE dossiers d SET madonvi = u.madonvi, ma_tthc = u.ma_tthc,"
                                          " don_vi = u.don_vi, chu_ho_so = u.chu_ho_so, kenh = u.kenh,"
                                          " trang_thai = u.trang_thai, ngay_tiep_nhan = u.ngay_tiep_nhan,"
                                          " ngay_hen_tra = u.ngay_hen_tra,"
                                          " ngay_ket_thuc = CASE WHEN u.ngay_ket_thuc = '' THEN d.ngay_ket_thuc"
                                          " ELSE u.ngay_ket_thuc END,"
                                          " ngay_tra = CASE WHEN u.ngay_tra = '' THEN d.ngay_tra ELSE u.ngay_tra END,"
                                          " data = u.data, updated_at = $2, updates = d.updates + 1"
                                          " FROM jsonb_to_recordset($1::jsonb) AS u") +
                                  kDossierColumns + " WHERE d.ma_hoso = u.ma_hoso RETURNING d.ma_hoso",
                              dossierSet(toUpdate), now);
            for (const auto& row : done)
                stored.insert(S::text(row[0]));
        }
        if (!toInsert.isEmpty()) {
            const pqxx::result done =
                w.exec_params(std::string("INSERT INTO dossiers (ma_hoso, madonvi, ma_tthc, don_vi, chu_ho_so, kenh,"
                                          " trang_thai, ngay_tiep_nhan, ngay_hen_tra, ngay_ket_thuc, ngay_tra, data,"
                                          " created_at, updated_at) SELECT ma_hoso, madonvi, ma_tthc, don_vi,"
                                          " chu_ho_so, kenh, trang_thai, ngay_tiep_nhan, ngay_hen_tra,"
                                          " ngay_ket_thuc, ngay_tra, data, $2, $2"
                                          " FROM jsonb_to_recordset($1::jsonb) AS u") +
                                  kDossierColumns + " ON CONFLICT (ma_hoso) DO NOTHING RETURNING ma_hoso",
                              dossierSet(toInsert), now);
            for (const auto& row : done)
                stored.insert(S::text(row[0]));
        }
        if (stored.size() != rows.size()) {
            for (qsizetype i = 0; i < rows.size(); ++i) {
                if (!stored.contains(rows.at(i).code))
                    return static_cast<int>(i); // rolled back: nothing of the request is stored
            }
        }
        w.commit();
        return -1;
    });
}

Result<int> CenterStore::storeHistory(const QList<PortalHistoryRow>& rows, qint64 now)
{
    JsonRows all;
    QJsonArray codes;
    QSet<QString> known;
    for (const PortalHistoryRow& r : rows) {
        all.begin();
        all.field("ma_tien_do", r.id);
        all.field("ma_hoso", r.code);
        all.field("trang_thai", r.status);
        all.field("thoi_diem", r.at);
        all.field("data", QJsonDocument(r.data).toJson(QJsonDocument::Compact));
        all.end();
        if (!known.contains(r.code)) {
            known.insert(r.code);
            codes.append(r.code);
        }
    }
    const std::string set = all.text();
    const std::string dossiers = QJsonDocument(codes).toJson(QJsonDocument::Compact).toStdString();
    return m_db.transact<int>([&](pqxx::work& w) -> Result<int> {
        // Every row's dossier must be at the center already; the first one missing is named.
        const pqxx::result missing =
            w.exec_params("SELECT c.code FROM jsonb_array_elements_text($1::jsonb) WITH ORDINALITY AS c(code, n)"
                          " WHERE NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.ma_hoso = c.code) ORDER BY c.n LIMIT 1",
                          dossiers);
        if (!missing.empty())
            return Error::notFound(S::text(missing[0][0]));
        const pqxx::result inserted =
            w.exec_params("INSERT INTO history (ma_tien_do, ma_hoso, trang_thai, thoi_diem, data, received_at)"
                          " SELECT e->>'ma_tien_do', e->>'ma_hoso', e->>'trang_thai', e->>'thoi_diem', e->>'data', $2"
                          " FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS h(e, n) ORDER BY n"
                          " ON CONFLICT (ma_tien_do) DO NOTHING",
                          set, now);
        w.commit();
        return static_cast<int>(inserted.affected_rows());
    });
}

Result<std::optional<QJsonObject>> CenterStore::lookup(const QString& code)
{
    return m_db.transact<std::optional<QJsonObject>>([&](pqxx::work& w) -> Result<std::optional<QJsonObject>> {
        const pqxx::result r =
            w.exec_params("SELECT data, coalesce(trang_thai_tt, ''), coalesce(trang_thai_tt, trang_thai),"
                          " (SELECT count(*) FROM history h WHERE h.ma_hoso = d.ma_hoso), d.ma_hoso FROM dossiers d"
                          " WHERE ma_hoso = $1 OR ma_truc_tuyen = $1 ORDER BY ma_hoso = $1 DESC LIMIT 1",
                          nn(code));
        if (r.empty())
            return std::optional<QJsonObject>();
        QJsonObject o = object(r[0][0]);
        o.insert(QStringLiteral("TrangThaiTrungTam"), S::text(r[0][1]));
        o.insert(QStringLiteral("MaTrangThai"), S::text(r[0][2]));
        o.insert(QStringLiteral("SoDongTienDo"), QString::number(r[0][3].as<qint64>()));
        o.insert(QStringLiteral("MaHoSo"), S::text(r[0][4])); // the code it is held under now
        return std::optional<QJsonObject>(o);
    });
}

Result<qint64> CenterStore::decide(const QString& code, const QString& status, const QString& content,
                                   const QString& officer, const QString& at)
{
    if (!validStatus(status))
        return Error::badInput(
            QCoreApplication::translate("motcua::CenterStore", "The status must be a number from 1 to 10."));
    // Decided (9) ends processing; returned (10) also hands the result back (docs/domain.md#dossier-states).
    const QString finished = (status == QLatin1String("9") || status == QLatin1String("10")) ? at : QString();
    const QString returned = status == QLatin1String("10") ? at : QString();
    return m_db.transact<qint64>([&](pqxx::work& w) -> Result<qint64> {
        const pqxx::result up =
            w.exec_params("UPDATE dossiers SET trang_thai_tt = $2,"
                          " ngay_ket_thuc = CASE WHEN $3 <> '' AND ngay_ket_thuc = '' THEN $3 ELSE ngay_ket_thuc END,"
                          " ngay_tra = CASE WHEN $4 <> '' THEN $4 ELSE ngay_tra END WHERE ma_hoso = $1",
                          nn(code), nn(status), nn(finished), nn(returned));
        if (up.affected_rows() == 0)
            return Error::notFound(QCoreApplication::translate("motcua::CenterStore", "No dossier with this code."));
        const pqxx::result id = w.exec_params(
            "INSERT INTO decisions (ma_hoso, madonvi, trang_thai, noi_dung, nguoi_xu_ly, thoi_diem, ngay_ket_thuc,"
            " ngay_tra) SELECT ma_hoso, madonvi, $2, $3, $4, $5, ngay_ket_thuc, ngay_tra FROM dossiers"
            " WHERE ma_hoso = $1 RETURNING id",
            nn(code), nn(status), nn(content), nn(officer), nn(at));
        w.commit();
        return id[0][0].as<qint64>();
    });
}

Result<PortalChanges> CenterStore::changesSince(const QString& madonvi, qint64 cursor, int limit)
{
    return m_db.transact<PortalChanges>([&](pqxx::work& w) -> Result<PortalChanges> {
        const pqxx::result r =
            w.exec_params("SELECT id, ma_hoso, trang_thai, noi_dung, nguoi_xu_ly, thoi_diem, ngay_ket_thuc, ngay_tra"
                          " FROM decisions WHERE madonvi = $1 AND id > $2 ORDER BY id LIMIT $3",
                          nn(madonvi), cursor, limit + 1);
        PortalChanges out;
        out.next = cursor;
        for (const pqxx::row& row : r) {
            if (out.rows.size() == limit) {
                out.more = true;
                break;
            }
            out.next = row[0].as<qint64>();
            out.rows.append(QJsonObject{{QStringLiteral("Moc"), QString::number(out.next)},
                                        {QStringLiteral("MaHoSo"), S::text(row[1])},
                                        {QStringLiteral("TrangThaiHoSo"), S::text(row[2])},
                                        {QStringLiteral("NoiDungXuLy"), S::text(row[3])},
                                        {QStringLiteral("NguoiXuLy"), S::text(row[4])},
                                        {QStringLiteral("ThoiDiemXuLy"), S::text(row[5])},
                                        {QStringLiteral("NgayKetThucXuLy"), S::text(row[6])},
                                        {QStringLiteral("NgayTra"), S::text(row[7])}});
        }
        return out;
    });
}

Result<QJsonObject> CenterStore::counts(const QString& day, const QString& now)
{
    const PortalCounts::Window win = PortalCounts::window(day, now);
    static const std::string sql = PortalCounts::postgresSql().toStdString();
    return m_db.transact<QJsonObject>([&](pqxx::work& w) -> Result<QJsonObject> {
        const pqxx::result r =
            w.exec_params(sql, nn(day), nn(win.asOf), nn(win.end), nn(win.dueFrom), win.dayIsOver ? 1 : 0);
        PortalCounts counts(win);
        for (const pqxx::row& row : r) {
            qint64 v[PortalCounts::kValues];
            for (int i = 0; i < PortalCounts::kValues; ++i)
                v[i] = row[i + 1].as<qint64>();
            counts.add(S::text(row[0]), v);
        }
        return counts.result();
    });
}

Result<PortalBackend::Lease> CenterStore::lease(const QString& agency, const QString& day, int station, int size,
                                                const QString& requestId)
{
    static const QRegularExpression agencyRe(QStringLiteral("^[A-Za-z0-9._]+$"));
    static const QRegularExpression dayRe(QStringLiteral("^\\d{6}$"));
    if (!agencyRe.match(agency).hasMatch() || !dayRe.match(day).hasMatch() || station < 1 ||
        station > m_numbering.maxStations || size < 1) {
        return Error::badInput(
            QCoreApplication::translate("motcua::CenterStore", "The request for dossier numbers is invalid."));
    }
    return m_db.transact<Lease>([&](pqxx::work& w) -> Result<Lease> {
        if (!requestId.isEmpty()) {
            const pqxx::result known = w.exec_params(
                "SELECT first, last, agency, day FROM lease_requests WHERE request_id = $1", nn(requestId));
            if (!known.empty()) {
                if (S::text(known[0][2]) != agency || S::text(known[0][3]) != day) {
                    return Error::badInput(QCoreApplication::translate(
                        "motcua::CenterStore", "Field \"MaYeuCau\" was used before for another agency or day."));
                }
                return Lease{known[0][0].as<qint64>(), known[0][1].as<qint64>()};
            }
        }
        // One statement takes the block, so processes leasing at once never overlap.
        const int end = m_numbering.fallbackStart - 1;
        const pqxx::result counter = w.exec_params(
            "INSERT INTO lease_counters (agency, day, next) VALUES ($1, $2, 1 + $3)"
            " ON CONFLICT (agency, day) DO UPDATE SET next = lease_counters.next + $3 RETURNING next - $3",
            nn(agency), nn(day), size);
        const int first = counter[0][0].as<int>();
        if (first > end) {
            return Error::conflict(
                QCoreApplication::translate("motcua::CenterStore",
                                            "All dossier numbers the center can lease for %1 on %2 are used.")
                    .arg(agency, day));
        }
        const Lease block{first, std::min(end, first + size - 1)};
        w.exec_params("INSERT INTO leases (agency, day, first, last, station, leased_at)"
                      " VALUES ($1, $2, $3, $4, $5, extract(epoch FROM now())::bigint)",
                      nn(agency), nn(day), block.first, block.last, station);
        if (!requestId.isEmpty()) {
            w.exec_params("INSERT INTO lease_requests (request_id, agency, day, station, first, last)"
                          " VALUES ($1, $2, $3, $4, $5, $6)",
                          nn(requestId), nn(agency), nn(day), station, block.first, block.last);
        }
        w.commit();
        return block;
    });
}

PortalReply CenterStore::appendChunk(const PortalChunk& c, qint64 now)
{
    // A client sends the next chunk on a second connection while this process (or another)
    // stores the one before (PROTOCOL.md 3.7). Should it overtake that one, the refusal says so
    // (`ahead`): the server tries it again a little later, between its other requests, rather
    // than answering error 11 at once.
    bool ahead = false;
    PortalReply reply = appendChunkOnce(c, now, &ahead);
    reply.ahead = ahead;
    return reply;
}

PortalReply CenterStore::appendChunkOnce(const PortalChunk& c, qint64 now, bool* ahead)
{
    auto done = m_db.transact<PortalReply>([&](pqxx::work& w) -> Result<PortalReply> {
        const std::string sha = nn(c.sha256);
        // With the paper the file was attached to, when the station said (schema 010).
        const auto link = [&] {
            w.exec_params(
                "INSERT INTO file_links (sha256, ma_hoso, file_name, linked_at, paper_index, paper_name,"
                " page_count, result) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
                " ON CONFLICT (ma_hoso, sha256, file_name) DO UPDATE SET paper_index = excluded.paper_index,"
                " paper_name = excluded.paper_name, page_count = excluded.page_count, result = excluded.result"
                " WHERE excluded.paper_index > 0 OR excluded.page_count > 0 OR excluded.result",
                sha, nn(c.dossier), nn(c.fileName), now, c.paperIndex, nn(c.paperName), c.pageCount, c.result);
        };
        // The row is locked for the rest of the transaction: chunks of one file sent to two
        // processes at once are taken one after the other.
        pqxx::result st =
            w.exec_params("SELECT total, received, complete FROM files WHERE sha256 = $1 FOR UPDATE", sha);
        UploadState s;
        if (!st.empty())
            s = UploadState{true, st[0][2].as<bool>(), st[0][0].as<qint64>(), st[0][1].as<qint64>()};
        if (s.known && s.complete && s.total == c.total) {
            // Stored once per content: a repeated or second upload only records the link.
            link();
            w.commit();
            return PortalReply::success(uploadPosition(s.total, true));
        }
        if (s.known && s.total != c.total)
            return *refuseChunk(s, c);
        if (!s.known) {
            w.exec_params("INSERT INTO files (sha256, total, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                          sha, c.total, now);
            st = w.exec_params("SELECT total, received, complete FROM files WHERE sha256 = $1 FOR UPDATE", sha);
            s = UploadState{true, st[0][2].as<bool>(), st[0][0].as<qint64>(), st[0][1].as<qint64>()};
        }
        if (auto refused = refuseChunk(UploadState{true, false, s.total, s.acked}, c)) {
            *ahead = c.offset > s.acked && c.offset + c.data.size() <= s.total;
            w.commit(); // the files row of a first chunk refused stays, as the reference portal's
            return *refused;
        }
        const qint64 acked = c.offset + c.data.size();
        // The running SHA-256 of the bytes so far; none for a file begun before it was kept
        // (schema 001), which is read back at the end instead.
        std::optional<RunningSha256> running;
        if (c.offset == 0) {
            running.emplace();
        } else {
            const pqxx::result saved = w.exec_params("SELECT sha_state FROM files WHERE sha256 = $1", sha);
            if (!saved.empty() && !saved[0][0].is_null()) {
                const pqxx::binarystring b(saved[0][0]);
                running = RunningSha256::restore(QByteArray(b.get(), static_cast<qsizetype>(b.size())));
            }
        }
        if (running)
            running->add(c.data);
        // The bytes as rows of at most kRowBytes each (readers take rows of any size, in order):
        // PostgreSQL copies a parameter several times on its way into a row, and copies of a
        // few megabytes each cost fresh memory, where a quarter of a megabyte reuses the last.
        for (qsizetype at = 0; at < c.data.size(); at += kRowBytes) {
            const qsizetype n = qMin<qsizetype>(kRowBytes, c.data.size() - at);
            w.exec_params("INSERT INTO file_chunks (sha256, \"offset\", data) VALUES ($1, $2, $3)", sha, c.offset + at,
                          pqxx::binarystring(c.data.constData() + at, static_cast<size_t>(n)));
        }
        if (running) {
            const QByteArray state = running->save();
            w.exec_params("UPDATE files SET received = $2, sha_state = $3 WHERE sha256 = $1", sha, acked,
                          pqxx::binarystring(state.constData(), static_cast<size_t>(state.size())));
        } else {
            w.exec_params("UPDATE files SET received = $2, sha_state = NULL WHERE sha256 = $1", sha, acked);
        }
        if (acked < c.total) {
            // Not waiting for the WAL to reach the disk: an acknowledged chunk lost in a crash
            // of PostgreSQL shows as a shorter MC_TrangThaiTep, from which the client resumes
            // (PROTOCOL.md 3.7). The last chunk commits synchronously: "HoanTat" is final.
            w.exec("SET LOCAL synchronous_commit = off");
            w.commit();
            return PortalReply::success(uploadPosition(acked, false));
        }
        QString digest;
        if (running) {
            digest = QString::fromLatin1(running->hex());
        } else {
            const pqxx::result whole =
                w.exec_params("SELECT encode(sha256(coalesce(string_agg(data, ''::bytea ORDER BY \"offset\"),"
                              " ''::bytea)), 'hex') FROM file_chunks WHERE sha256 = $1",
                              sha);
            digest = S::text(whole[0][0]);
        }
        const pqxx::result length =
            w.exec_params("SELECT coalesce(sum(length(data)), 0) FROM file_chunks WHERE sha256 = $1", sha);
        if (length[0][0].as<qint64>() != c.total || digest != c.sha256) {
            w.exec_params("DELETE FROM files WHERE sha256 = $1", sha);
            w.commit();
            return PortalReply::failure(
                PortalCode::UploadChecksum,
                QCoreApplication::translate("motcua::CenterStore",
                                            "The file's SHA-256 does not match; upload it again from the start."),
                uploadPosition(0, false, c.total));
        }
        w.exec_params("UPDATE files SET complete = true, completed_at = $2 WHERE sha256 = $1", sha, now);
        link();
        w.commit();
        return PortalReply::success(uploadPosition(c.total, true));
    });
    return done ? *done : storageFailure(done.error());
}

PortalReply CenterStore::fileStatus(const QString& sha256)
{
    auto done = m_db.transact<PortalReply>([&](pqxx::work& w) -> Result<PortalReply> {
        const pqxx::result r =
            w.exec_params("SELECT total, received, complete FROM files WHERE sha256 = $1", nn(sha256));
        if (r.empty())
            return PortalReply::success(uploadPosition(0, false));
        const bool complete = r[0][2].as<bool>();
        const qint64 total = r[0][0].as<qint64>();
        return PortalReply::success(uploadPosition(complete ? total : r[0][1].as<qint64>(), complete, total));
    });
    return done ? *done : storageFailure(done.error());
}

QByteArray CenterStore::fileContent(const QString& sha256)
{
    auto done = m_db.transact<QByteArray>([&](pqxx::work& w) -> Result<QByteArray> {
        const pqxx::result r = w.exec_params("SELECT c.data FROM file_chunks c JOIN files f ON f.sha256 = c.sha256"
                                             " WHERE c.sha256 = $1 AND f.complete ORDER BY c.\"offset\"",
                                             nn(sha256));
        QByteArray out;
        for (const pqxx::row& row : r) {
            const pqxx::binarystring bytes(row[0]);
            out.append(bytes.get(), static_cast<qsizetype>(bytes.size()));
        }
        return out;
    });
    return done ? *done : QByteArray();
}

Result<std::optional<PortalFileSlice>> CenterStore::fileSlice(const QString& sha256, qint64 offset, qint64 max)
{
    using Slice = std::optional<PortalFileSlice>;
    return m_db.transact<Slice>([&](pqxx::work& w) -> Result<Slice> {
        const pqxx::result f = w.exec_params("SELECT total FROM files f WHERE sha256 = $1 AND complete"
                                             " AND EXISTS (SELECT 1 FROM file_links l WHERE l.sha256 = f.sha256)",
                                             nn(sha256));
        if (f.empty())
            return Slice();
        PortalFileSlice out;
        out.total = f[0][0].as<qint64>();
        if (offset >= out.total)
            return Slice(out);
        const qint64 end = std::min(out.total, offset + max);
        // Only the chunks that overlap [offset, end), each cut to its part of the range.
        const pqxx::result r =
            w.exec_params("SELECT substring(data FROM (greatest($2 - \"offset\", 0) + 1)::int FOR"
                          " (least($3, \"offset\" + length(data)) - greatest($2, \"offset\"))::int)"
                          " FROM file_chunks WHERE sha256 = $1 AND \"offset\" < $3 AND \"offset\" + length(data) > $2"
                          " ORDER BY \"offset\"",
                          nn(sha256), offset, end);
        for (const pqxx::row& row : r) {
            const pqxx::binarystring bytes(row[0]);
            out.data.append(bytes.get(), static_cast<qsizetype>(bytes.size()));
        }
        if (out.data.size() != end - offset)
            return Error::storage(QStringLiteral("file %1: stored chunks do not cover the range").arg(sha256));
        return Slice(out);
    });
}

Result<QList<PortalListed>> CenterStore::newest(int limit)
{
    return m_db.transact<QList<PortalListed>>([&](pqxx::work& w) -> Result<QList<PortalListed>> {
        const pqxx::result r =
            w.exec_params("SELECT ma_hoso, ma_tthc, don_vi, chu_ho_so, ngay_tiep_nhan, ngay_hen_tra, trang_thai,"
                          " coalesce(trang_thai_tt, ''), (SELECT count(*) FROM history h WHERE h.ma_hoso = d.ma_hoso),"
                          " (SELECT count(*) FROM file_links f WHERE f.ma_hoso = d.ma_hoso)"
                          " FROM dossiers d ORDER BY created_at DESC, ma_hoso DESC LIMIT $1",
                          limit);
        QList<PortalListed> out;
        for (const pqxx::row& row : r) {
            out.append(PortalListed{S::text(row[0]), S::text(row[1]), S::text(row[2]), S::text(row[3]), S::text(row[4]),
                                    S::text(row[5]), S::text(row[6]), S::text(row[7]), row[8].as<int>(),
                                    row[9].as<int>()});
        }
        return out;
    });
}

Result<QJsonObject> CenterStore::stats()
{
    return m_db.transact<QJsonObject>([&](pqxx::work& w) -> Result<QJsonObject> {
        const pqxx::result r = w.exec(
            "SELECT (SELECT count(*) FROM dossiers), (SELECT count(*) FROM history), (SELECT count(*) FROM files),"
            " (SELECT count(*) FROM files WHERE complete), (SELECT count(*) FROM file_links),"
            " (SELECT count(*) FROM leases), (SELECT count(*) FROM decisions),"
            " (SELECT coalesce(sum(updates), 0) FROM dossiers),"
            " (SELECT count(*) FROM stations WHERE revoked_at IS NULL AND secret_hash IS NOT NULL)");
        const char* keys[] = {"dossiers", "history",   "files",           "files_complete", "file_links",
                              "leases",   "decisions", "dossier_updates", "stations"};
        QJsonObject out;
        for (int i = 0; i < 9; ++i)
            out.insert(QString::fromLatin1(keys[i]), QString::number(r[0][i].as<qint64>()));
        return out;
    });
}

Result<std::optional<QJsonObject>> CenterStore::dossierDetail(const QString& code)
{
    auto found = lookup(code);
    if (!found)
        return found.error();
    if (!found->has_value())
        return std::optional<QJsonObject>();
    // An online reference finds the dossier under the code it was accepted with.
    const QString held = (*found)->value(QLatin1String("MaHoSo")).toString();
    const QString& at = held.isEmpty() ? code : held;
    return m_db.transact<std::optional<QJsonObject>>([&](pqxx::work& w) -> Result<std::optional<QJsonObject>> {
        QJsonArray history;
        for (const pqxx::row& row : w.exec_params("SELECT data FROM history WHERE ma_hoso = $1 ORDER BY id", nn(at)))
            history.append(object(row[0]));
        QJsonArray files;
        for (const pqxx::row& row :
             w.exec_params("SELECT l.sha256, l.file_name, f.total, coalesce(f.complete, false) FROM file_links l"
                           " LEFT JOIN files f ON f.sha256 = l.sha256 WHERE l.ma_hoso = $1 ORDER BY l.file_name",
                           nn(at))) {
            files.append(QJsonObject{
                {QStringLiteral("sha256"), S::text(row[0])},
                {QStringLiteral("name"), S::text(row[1])},
                {QStringLiteral("size"), QString::number(row[2].is_null() ? 0 : row[2].as<qint64>())},
                {QStringLiteral("complete"), row[3].as<bool>() ? QStringLiteral("True") : QStringLiteral("False")}});
        }
        return std::optional<QJsonObject>(QJsonObject{{QStringLiteral("dossier"), **found},
                                                      {QStringLiteral("history"), history},
                                                      {QStringLiteral("files"), files}});
    });
}

Result<PortalAuditVerdict> CenterStore::recordAuditHead(const PortalAuditHead& report, qint64 now)
{
    return CenterAuditHeads(m_db).record(report, now);
}

} // namespace motcua
