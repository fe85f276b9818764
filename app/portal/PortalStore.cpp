#include "portal/PortalStore.h"

#include "portal/PortalCounts.h"
#include "portal/PortalFiles.h"
#include "portal/PortalOnline.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>

#include <algorithm>

// Q_INIT_RESOURCE declares a function and must be used outside any namespace.
static void motcuaInitPortalResources()
{
    Q_INIT_RESOURCE(portal);
}

namespace motcua {

namespace {

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// A null QString binds NULL; the columns are NOT NULL with '' for "absent".
QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool validStatus(const QString& s)
{
    bool ok = false;
    const int n = s.toInt(&ok);
    return ok && n >= 1 && n <= 10 && s == QString::number(n);
}

} // namespace

PortalStore::PortalStore() = default;
PortalStore::~PortalStore() = default;

Status PortalStore::open(const QString& path, const QString& filesFolder, const Clock& clock, CodeNumbering numbering)
{
    motcuaInitPortalResources();
    if (Status s = m_db.open(path); !s)
        return s;
    if (Status s = migrate(m_db, QStringLiteral(":/motcua/portal/schema")); !s)
        return s;
    m_files = std::make_unique<PortalFiles>(m_db, filesFolder);
    if (Status s = m_files->init(); !s)
        return s;
    m_leases = std::make_unique<CodeLeaseAuthority>(m_db, clock, numbering);
    if (Status s = m_leases->init(); !s)
        return s;
    m_online = std::make_unique<PortalOnline>(m_db);
    // The reference portal answers after its commit, so a crash of its process loses nothing
    // it acknowledged (WAL). It does not sync the log on every commit (one sync per request
    // was most of its time under load): a power cut may lose the last commits, as it may a
    // client's own acknowledgement. Completed uploads still commit with a sync (PortalServices).
    return m_db.execute(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

Result<qint64> PortalStore::scalar(const QString& sql, const QString& arg)
{
    auto q = m_db.query(sql, QCoreApplication::translate("motcua::PortalStore", "counting the dossiers"));
    if (!q)
        return q.error();
    if (!arg.isNull())
        q->bind(1, arg);
    qint64 v = 0;
    if (q->next())
        v = q->int64(0);
    if (!q->error())
        return q->error().error();
    return v;
}

Result<bool> PortalStore::exists(const QString& code)
{
    auto n = scalar(QStringLiteral("SELECT count(*) FROM dossiers WHERE ma_hoso = ?1"), code);
    if (!n)
        return n.error();
    return *n > 0;
}

Result<bool> PortalStore::upsert(const DossierRow& r, qint64 now, bool updating)
{
    // The add leaves a stored code untouched; the update keeps the central status beside what
    // the counter says (the counter learns of it through MC_LayTrangThai; conflicts are the
    // client's to show), and a finish or return date once set. Both take the same parameters.
    static const QString add = QStringLiteral(
        "INSERT INTO dossiers (ma_hoso, madonvi, ma_tthc, don_vi, chu_ho_so, kenh, trang_thai, ngay_tiep_nhan,"
        " ngay_hen_tra, ngay_ket_thuc, ngay_tra, data, created_at, updated_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13) ON CONFLICT (ma_hoso) DO NOTHING");
    static const QString replace = QStringLiteral(
        "UPDATE dossiers SET madonvi = ?2, ma_tthc = ?3, don_vi = ?4, chu_ho_so = ?5, kenh = ?6, trang_thai = ?7,"
        " ngay_tiep_nhan = ?8, ngay_hen_tra = ?9,"
        " ngay_ket_thuc = CASE WHEN ?10 = '' THEN ngay_ket_thuc ELSE ?10 END,"
        " ngay_tra = CASE WHEN ?11 = '' THEN ngay_tra ELSE ?11 END,"
        " data = ?12, updated_at = ?13, updates = updates + 1 WHERE ma_hoso = ?1");
    auto q =
        m_db.query(updating ? replace : add, QCoreApplication::translate("motcua::PortalStore", "saving the dossier"));
    if (!q)
        return q.error();
    const QString* texts[] = {&r.code,   &r.madonvi,    &r.procedure, &r.department, &r.applicant, &r.channel,
                              &r.status, &r.receivedAt, &r.dueAt,     &r.finishedAt, &r.returnedAt};
    int index = 1;
    for (const QString* text : texts)
        q->bind(index++, nn(*text));
    q->bind(12, json(r.data)).bind(13, now);
    if (Status s = q->exec(); !s)
        return s.error();
    return m_db.changes() > 0;
}

Result<bool> PortalStore::appendHistory(const HistoryRow& r, qint64 now)
{
    auto q =
        m_db.query(QStringLiteral("INSERT INTO history (ma_tien_do, ma_hoso, trang_thai, thoi_diem, data, received_at)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (ma_tien_do) DO NOTHING"),
                   QCoreApplication::translate("motcua::PortalStore", "saving the dossier's progress"));
    if (!q)
        return q.error();
    q->bind(1, nn(r.id)).bind(2, nn(r.code)).bind(3, nn(r.status)).bind(4, nn(r.at)).bind(5, json(r.data)).bind(6, now);
    if (Status s = q->exec(); !s)
        return s.error();
    return m_db.changes() > 0;
}

Result<std::optional<QJsonObject>> PortalStore::lookup(const QString& code)
{
    auto q = m_db.query(
        QStringLiteral(
            "SELECT data, coalesce(trang_thai_tt, ''), coalesce(trang_thai_tt, trang_thai),"
            " (SELECT count(*) FROM history h WHERE h.ma_hoso = d.ma_hoso) FROM dossiers d WHERE ma_hoso = ?1"),
        QCoreApplication::translate("motcua::PortalStore", "reading the dossier"));
    if (!q)
        return q.error();
    q->bind(1, code);
    std::optional<QJsonObject> out;
    if (q->next()) {
        QJsonObject o = object(q->text(0));
        o.insert(QStringLiteral("TrangThaiTrungTam"), q->text(1));
        o.insert(QStringLiteral("MaTrangThai"), q->text(2));
        o.insert(QStringLiteral("SoDongTienDo"), QString::number(q->int64(3)));
        out = o;
    }
    if (!q->error())
        return q->error().error();
    return out;
}

Result<qint64> PortalStore::decide(const QString& code, const QString& status, const QString& content,
                                   const QString& officer, const QString& at)
{
    if (!validStatus(status))
        return Error::badInput(
            QCoreApplication::translate("motcua::PortalStore", "The status must be a number from 1 to 10."));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    QString madonvi;
    bool found = false;
    {
        auto find = m_db.query(QStringLiteral("SELECT madonvi FROM dossiers WHERE ma_hoso = ?1"),
                               QCoreApplication::translate("motcua::PortalStore", "reading the dossier"));
        if (!find)
            return find.error();
        find->bind(1, code);
        found = find->next();
        if (found)
            madonvi = find->text(0);
        if (!find->error())
            return find->error().error();
    }
    if (!found)
        return Error::notFound(QCoreApplication::translate("motcua::PortalStore", "No dossier with this code."));
    // Decided (9) ends processing; returned (10) also hands the result back (docs/domain.md#dossier-states).
    const QString finished = (status == QLatin1String("9") || status == QLatin1String("10")) ? at : QString();
    const QString returned = status == QLatin1String("10") ? at : QString();
    auto up = m_db.query(
        QStringLiteral("UPDATE dossiers SET trang_thai_tt = ?2,"
                       " ngay_ket_thuc = CASE WHEN ?3 <> '' AND ngay_ket_thuc = '' THEN ?3 ELSE ngay_ket_thuc END,"
                       " ngay_tra = CASE WHEN ?4 <> '' THEN ?4 ELSE ngay_tra END WHERE ma_hoso = ?1"),
        QCoreApplication::translate("motcua::PortalStore", "saving the decision"));
    if (!up)
        return up.error();
    up->bind(1, code).bind(2, status).bind(3, nn(finished)).bind(4, nn(returned));
    if (Status s = up->exec(); !s)
        return s.error();
    auto ins = m_db.query(
        QStringLiteral("INSERT INTO decisions (ma_hoso, madonvi, trang_thai, noi_dung, nguoi_xu_ly, thoi_diem,"
                       " ngay_ket_thuc, ngay_tra) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ngay_ket_thuc, ngay_tra"
                       " FROM dossiers WHERE ma_hoso = ?1"),
        QCoreApplication::translate("motcua::PortalStore", "saving the decision"));
    if (!ins)
        return ins.error();
    ins->bind(1, code).bind(2, nn(madonvi)).bind(3, status).bind(4, nn(content)).bind(5, nn(officer)).bind(6, at);
    if (Status s = ins->exec(); !s)
        return s.error();
    const qint64 id = m_db.lastInsertId();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<PortalChanges> PortalStore::changesSince(const QString& madonvi, qint64 cursor, int limit)
{
    auto q = m_db.query(
        QStringLiteral("SELECT id, ma_hoso, trang_thai, noi_dung, nguoi_xu_ly, thoi_diem, ngay_ket_thuc, ngay_tra"
                       " FROM decisions WHERE madonvi = ?1 AND id > ?2 ORDER BY id LIMIT ?3"),
        QCoreApplication::translate("motcua::PortalStore", "reading the decisions"));
    if (!q)
        return q.error();
    q->bind(1, madonvi).bind(2, cursor).bind(3, limit + 1);
    Changes out;
    out.next = cursor;
    int n = 0;
    while (q->next()) {
        if (++n > limit) {
            out.more = true;
            break;
        }
        out.next = q->int64(0);
        out.rows.append(QJsonObject{{QStringLiteral("Moc"), QString::number(q->int64(0))},
                                    {QStringLiteral("MaHoSo"), q->text(1)},
                                    {QStringLiteral("TrangThaiHoSo"), q->text(2)},
                                    {QStringLiteral("NoiDungXuLy"), q->text(3)},
                                    {QStringLiteral("NguoiXuLy"), q->text(4)},
                                    {QStringLiteral("ThoiDiemXuLy"), q->text(5)},
                                    {QStringLiteral("NgayKetThucXuLy"), q->text(6)},
                                    {QStringLiteral("NgayTra"), q->text(7)}});
    }
    if (!q->error())
        return q->error().error();
    return out;
}

Result<QJsonObject> PortalStore::counts(const QString& day, const QString& now)
{
    const PortalCounts::Window w = PortalCounts::window(day, now);
    auto q = m_db.query(QString::fromLatin1(PortalCounts::kSql),
                        QCoreApplication::translate("motcua::PortalStore", "counting the dossiers"));
    if (!q)
        return q.error();
    q->bind(1, day).bind(2, w.asOf).bind(3, w.end).bind(4, w.dueFrom).bind(5, w.dayIsOver ? 1 : 0);
    PortalCounts counts(w);
    while (q->next()) {
        qint64 v[PortalCounts::kValues];
        for (int i = 0; i < PortalCounts::kValues; ++i)
            v[i] = q->int64(i + 1);
        counts.add(q->text(0), v);
    }
    if (!q->error())
        return q->error().error();
    return counts.result();
}

Result<QList<PortalListed>> PortalStore::newest(int limit)
{
    auto q = m_db.query(
        QStringLiteral("SELECT ma_hoso, ma_tthc, don_vi, chu_ho_so, ngay_tiep_nhan, ngay_hen_tra, trang_thai,"
                       " coalesce(trang_thai_tt, ''), (SELECT count(*) FROM history h WHERE h.ma_hoso = d.ma_hoso),"
                       " (SELECT count(*) FROM file_links f WHERE f.ma_hoso = d.ma_hoso)"
                       " FROM dossiers d ORDER BY created_at DESC, ma_hoso DESC LIMIT ?1"),
        QCoreApplication::translate("motcua::PortalStore", "reading the newest dossiers"));
    if (!q)
        return q.error();
    q->bind(1, limit);
    QList<Listed> out;
    while (q->next()) {
        out.append(Listed{q->text(0), q->text(1), q->text(2), q->text(3), q->text(4), q->text(5), q->text(6),
                          q->text(7), q->integer(8), q->integer(9)});
    }
    if (!q->error())
        return q->error().error();
    return out;
}

Result<QJsonObject> PortalStore::stats()
{
    const std::pair<const char*, const char*> queries[] = {
        {"dossiers", "SELECT count(*) FROM dossiers"},
        {"history", "SELECT count(*) FROM history"},
        {"files", "SELECT count(*) FROM files"},
        {"files_complete", "SELECT count(*) FROM files WHERE complete = 1"},
        {"file_links", "SELECT count(*) FROM file_links"},
        {"leases", "SELECT count(*) FROM code_leases"},
        {"decisions", "SELECT count(*) FROM decisions"},
        {"dossier_updates", "SELECT coalesce(sum(updates), 0) FROM dossiers"},
    };
    QJsonObject out;
    for (const auto& [key, sql] : queries) {
        auto n = scalar(QString::fromLatin1(sql));
        if (!n)
            return n.error();
        out.insert(QString::fromLatin1(key), QString::number(*n));
    }
    return out;
}

Result<std::optional<QJsonObject>> PortalStore::dossierDetail(const QString& code)
{
    auto found = lookup(code);
    if (!found)
        return found.error();
    if (!found->has_value())
        return std::optional<QJsonObject>();
    QJsonArray history;
    auto h = m_db.query(QStringLiteral("SELECT data FROM history WHERE ma_hoso = ?1 ORDER BY id"),
                        QCoreApplication::translate("motcua::PortalStore", "reading the dossier's progress"));
    if (!h)
        return h.error();
    h->bind(1, code);
    while (h->next())
        history.append(object(h->text(0)));
    if (!h->error())
        return h->error().error();
    QJsonArray files;
    auto f = m_db.query(
        QStringLiteral("SELECT l.sha256, l.file_name, f.total, coalesce(f.complete, 0) FROM file_links l"
                       " LEFT JOIN files f ON f.sha256 = l.sha256 WHERE l.ma_hoso = ?1 ORDER BY l.file_name"),
        QCoreApplication::translate("motcua::PortalStore", "reading the dossier's files"));
    if (!f)
        return f.error();
    f->bind(1, code);
    while (f->next()) {
        files.append(
            QJsonObject{{QStringLiteral("sha256"), f->text(0)},
                        {QStringLiteral("name"), f->text(1)},
                        {QStringLiteral("size"), QString::number(f->int64(2))},
                        {QStringLiteral("complete"), f->int64(3) ? QStringLiteral("True") : QStringLiteral("False")}});
    }
    if (!f->error())
        return f->error().error();
    return std::optional<QJsonObject>(QJsonObject{
        {QStringLiteral("dossier"), **found}, {QStringLiteral("history"), history}, {QStringLiteral("files"), files}});
}

} // namespace motcua
