#include "center/CenterAccounts.h"

#include "center/CenterLog.h"
#include "security/AesGcm.h"
#include "security/RoleSignature.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace motcua {

namespace {

using S = CenterDatabase;

const QString kPush = QStringLiteral("MC_DayTaiKhoan");
const QString kPull = QStringLiteral("MC_LayTaiKhoan");

pqxx::binarystring bin(const QByteArray& b)
{
    return pqxx::binarystring(b.constData(), static_cast<size_t>(b.size()));
}

QByteArray bytes(const pqxx::field& f)
{
    if (f.is_null())
        return {};
    const pqxx::binarystring b(f);
    return QByteArray(b.get(), static_cast<qsizetype>(b.size()));
}

QString flag(bool b)
{
    return b ? QStringLiteral("True") : QStringLiteral("False");
}

bool isTrue(const QJsonValue& v)
{
    return v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || v.toString() == QLatin1String("1");
}

PortalReply bad(const QString& path, const QString& why)
{
    return PortalReply::failure(
        PortalCode::BadValue,
        QCoreApplication::translate("motcua::CenterAccounts", "%1: %2 (accounts).").arg(path, why));
}

// The columns accountJson() reads, in its order.
constexpr const char* kAccountColumns =
    "SELECT rev, username, full_name, role, departments, disabled, must_change, verifier, wrap_iterations,"
    " wrap_salt, wrap_data, signature FROM accounts";

// One stored account as MC_LayTaiKhoan hands it on.
QJsonObject accountJson(const pqxx::row& row)
{
    QJsonObject a{{QStringLiteral("Moc"), QString::number(row[0].as<qint64>())},
                  {QStringLiteral("TenDangNhap"), CenterDatabase::text(row[1])},
                  {QStringLiteral("HoTen"), CenterDatabase::text(row[2])},
                  {QStringLiteral("VaiTro"), CenterDatabase::text(row[3])},
                  {QStringLiteral("DonVi"), CenterDatabase::text(row[4])},
                  {QStringLiteral("VoHieu"), flag(row[5].as<bool>())},
                  {QStringLiteral("PhaiDoiMatKhau"), flag(row[6].as<bool>())},
                  {QStringLiteral("MatKhau"), CenterDatabase::text(row[7])},
                  {QStringLiteral("ChuKy"), QString::fromLatin1(bytes(row[11]).toBase64())}};
    const QByteArray wrapped = bytes(row[10]);
    if (!wrapped.isEmpty()) {
        a.insert(QStringLiteral("BocKhoa"),
                 QJsonObject{{QStringLiteral("VongLap"), QString::number(row[8].as<int>())},
                             {QStringLiteral("Muoi"), QString::fromLatin1(bytes(row[9]).toBase64())},
                             {QStringLiteral("DuLieu"), QString::fromLatin1(wrapped.toBase64())}});
    }
    return a;
}

// One account as a workstation sent it, checked.
struct Pushed
{
    QString username, fullName, role, departments, verifier, by;
    bool disabled = false, mustChange = false;
    int iterations = 0;
    QByteArray salt, wrapped;
    bool hasWrap = false;
};

std::optional<PortalReply> parse(const QJsonObject& o, const QString& path, Pushed* out)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9._-]{3,32}$"));
    static const QRegularExpression department(QStringLiteral("^[^,\\s][^,]{0,63}$"));
    for (const char* key : {"TenDangNhap", "HoTen", "VaiTro", "MatKhau"}) {
        if (o.value(QLatin1String(key)).toString().isEmpty())
            return PortalReply::failure(PortalCode::MissingField,
                                        QCoreApplication::translate("motcua::CenterAccounts", "%1.%2 is missing.")
                                            .arg(path, QLatin1String(key)));
    }
    out->username = o.value(QLatin1String("TenDangNhap")).toString().toLower();
    if (!name.match(out->username).hasMatch())
        return bad(path + QStringLiteral(".TenDangNhap"),
                   QCoreApplication::translate("motcua::CenterAccounts", "not a user name"));
    out->fullName = o.value(QLatin1String("HoTen")).toString().trimmed();
    if (out->fullName.size() > 200)
        return bad(path + QStringLiteral(".HoTen"), QCoreApplication::translate("motcua::CenterAccounts", "too long"));
    out->role = o.value(QLatin1String("VaiTro")).toString();
    if (out->role != QLatin1String("clerk") && out->role != QLatin1String("supervisor") &&
        out->role != QLatin1String("admin"))
        return bad(path + QStringLiteral(".VaiTro"),
                   QCoreApplication::translate("motcua::CenterAccounts", "unknown role"));
    QStringList departments = o.value(QLatin1String("DonVi")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& d : std::as_const(departments)) {
        if (!department.match(d).hasMatch())
            return bad(path + QStringLiteral(".DonVi"),
                       QCoreApplication::translate("motcua::CenterAccounts", "not a department code"));
    }
    departments.sort();
    out->departments = departments.join(QLatin1Char(','));
    out->verifier = o.value(QLatin1String("MatKhau")).toString();
    if (!out->verifier.startsWith(QLatin1String("pbkdf2-sha256$")) || out->verifier.size() > 300)
        return bad(path + QStringLiteral(".MatKhau"),
                   QCoreApplication::translate("motcua::CenterAccounts", "not a password verifier"));
    out->disabled = isTrue(o.value(QLatin1String("VoHieu")));
    out->mustChange = isTrue(o.value(QLatin1String("PhaiDoiMatKhau")));
    out->by = o.value(QLatin1String("NguoiSua")).toString().left(64);
    const QJsonObject wrap = o.value(QLatin1String("BocKhoa")).toObject();
    if (!wrap.isEmpty()) {
        out->hasWrap = true;
        out->iterations = wrap.value(QLatin1String("VongLap")).toString().toInt();
        out->salt = QByteArray::fromBase64(wrap.value(QLatin1String("Muoi")).toString().toLatin1());
        out->wrapped = QByteArray::fromBase64(wrap.value(QLatin1String("DuLieu")).toString().toLatin1());
        if (out->iterations < 1 || out->iterations > 10000000 || out->salt.size() < 8 || out->wrapped.size() < 32 ||
            out->wrapped.size() > 256)
            return bad(path + QStringLiteral(".BocKhoa"),
                       QCoreApplication::translate("motcua::CenterAccounts", "not a key wrap"));
    }
    return std::nullopt;
}

} // namespace

CenterAccounts::CenterAccounts(CenterDatabase& db, const Clock& clock, QString agency)
    : m_db(db)
    , m_clock(clock)
    , m_agency(std::move(agency))
{}

Result<CenterAccounts::Keys> CenterAccounts::keys()
{
    if (m_keys)
        return *m_keys;
    // Made once; a second process making them at the same moment loses the insert and reads
    // the first one's.
    auto pair = RoleSignature::generate();
    if (!pair)
        return pair.error();
    auto account = AesGcm::randomBytes(32);
    if (!account)
        return account.error();
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    auto loaded = m_db.transact<Keys>([&](pqxx::work& w) -> Result<Keys> {
        w.exec_params("INSERT INTO center_keys (name, value, created_at) VALUES ('signing_key', $1, $3),"
                      " ('account_key', $2, $3) ON CONFLICT (name) DO NOTHING",
                      bin(pair->privateKey), bin(*account), now);
        Keys k;
        for (const pqxx::row& row : w.exec("SELECT name, value FROM center_keys")) {
            if (row[0].as<std::string>() == "signing_key")
                k.signing = bytes(row[1]);
            else if (row[0].as<std::string>() == "account_key")
                k.account = bytes(row[1]);
        }
        w.commit();
        return k;
    });
    if (!loaded)
        return loaded.error();
    auto pub = RoleSignature::publicKeyOf(loaded->signing);
    if (!pub)
        return pub.error();
    loaded->publicKey = *pub;
    if (loaded->account.size() != 32)
        return Error::internal(QStringLiteral("the center's account key is damaged"));
    m_keys = *loaded;
    return *m_keys;
}

Result<QJsonObject> CenterAccounts::joinFields()
{
    auto k = keys();
    if (!k)
        return k.error();
    return QJsonObject{{QStringLiteral("khoa_ky"), QString::fromLatin1(k->publicKey.toBase64())},
                       {QStringLiteral("khoa_tai_khoan"), QString::fromLatin1(k->account.toBase64())}};
}

std::optional<PortalReply> CenterAccounts::serve(const QJsonObject& request, const QString& station)
{
    const QString service = request.value(QLatin1String("service")).toString();
    if (service == kPush)
        return push(request, station);
    if (service == kPull)
        return pull(request);
    return std::nullopt;
}

PortalReply CenterAccounts::push(const QJsonObject& request, const QString& station)
{
    const QJsonArray data = request.value(QLatin1String("data")).toArray();
    if (data.isEmpty() || data.size() > kMaxPush)
        return bad(QStringLiteral("data"),
                   QCoreApplication::translate("motcua::CenterAccounts", "from 1 to %1 accounts").arg(kMaxPush));
    QList<Pushed> rows;
    for (qsizetype i = 0; i < data.size(); ++i) {
        Pushed p;
        if (auto refused = parse(data.at(i).toObject(), QStringLiteral("data[%1]").arg(i), &p))
            return *refused;
        rows.append(p);
    }
    auto k = keys();
    if (!k)
        return PortalReply::failure(PortalCode::ServerFailure, k.error().message);
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    auto stored = m_db.transact<int>([&](pqxx::work& w) -> Result<int> {
        for (const Pushed& p : rows) {
            const qint64 rev = w.exec("SELECT nextval('account_revisions')")[0][0].as<qint64>();
            SignedAccount a{m_agency,   p.username, p.role, p.departments.split(QLatin1Char(','), Qt::SkipEmptyParts),
                            p.disabled, rev};
            auto sig = RoleSignature::sign(k->signing, a.message());
            if (!sig)
                return sig.error();
            // Without a new wrap the stored one stays (a change of role or name only).
            w.exec_params(
                "INSERT INTO accounts (username, full_name, role, departments, disabled, must_change, verifier,"
                " wrap_iterations, wrap_salt, wrap_data, rev, signature, changed_by, changed_station, changed_at)"
                " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)"
                " ON CONFLICT (username) DO UPDATE SET full_name = $2, role = $3, departments = $4, disabled = $5,"
                " must_change = $6, verifier = $7,"
                " wrap_iterations = CASE WHEN $16 THEN $8 ELSE accounts.wrap_iterations END,"
                " wrap_salt = CASE WHEN $16 THEN $9 ELSE accounts.wrap_salt END,"
                " wrap_data = CASE WHEN $16 THEN $10 ELSE accounts.wrap_data END,"
                " rev = $11, signature = $12, changed_by = $13, changed_station = $14, changed_at = $15",
                S::str(p.username), S::str(p.fullName), S::str(p.role), S::str(p.departments), p.disabled, p.mustChange,
                S::str(p.verifier), p.iterations, bin(p.salt), bin(p.wrapped), rev, bin(*sig), S::str(p.by),
                station.toInt(), now, p.hasWrap);
        }
        w.commit();
        return static_cast<int>(rows.size());
    });
    if (!stored)
        return PortalReply::failure(PortalCode::ServerFailure, stored.error().message);
    qCInfo(lcCenter) << "accounts stored:" << *stored << "from station" << station;
    return PortalReply::success({{QStringLiteral("SoTaiKhoan"), QString::number(*stored)}});
}

PortalReply CenterAccounts::pull(const QJsonObject& request)
{
    bool ok = true;
    const QString from = request.value(QLatin1String("TuMoc")).toString(QStringLiteral("0"));
    const qint64 cursor = from.toLongLong(&ok);
    if (!ok || cursor < 0)
        return bad(QStringLiteral("TuMoc"), QCoreApplication::translate("motcua::CenterAccounts", "not a cursor"));
    int limit = 200;
    if (request.contains(QLatin1String("SoLuong"))) {
        limit = request.value(QLatin1String("SoLuong")).toString().toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return bad(QStringLiteral("SoLuong"),
                       QCoreApplication::translate("motcua::CenterAccounts", "from 1 to 1000"));
    }
    auto listed = m_db.transact<QJsonObject>([&](pqxx::work& w) -> Result<QJsonObject> {
        const pqxx::result r =
            w.exec_params(std::string(kAccountColumns) + " WHERE rev > $1 ORDER BY rev LIMIT $2", cursor, limit + 1);
        QJsonArray out;
        qint64 next = cursor;
        for (int i = 0; i < std::min<int>(static_cast<int>(r.size()), limit); ++i) {
            next = r[i][0].as<qint64>();
            out.append(accountJson(r[i]));
        }
        return QJsonObject{{QStringLiteral("result"), out},
                           {QStringLiteral("MocTiep"), QString::number(next)},
                           {QStringLiteral("ConNua"), flag(static_cast<int>(r.size()) > limit)}};
    });
    if (!listed)
        return PortalReply::failure(PortalCode::ServerFailure, listed.error().message);
    return PortalReply::success(*listed);
}

Result<QJsonObject> CenterAccounts::lookup(const QString& username)
{
    return m_db.transact<QJsonObject>([&](pqxx::work& w) -> Result<QJsonObject> {
        const pqxx::result r = w.exec_params(std::string(kAccountColumns) + " WHERE username = $1",
                                             CenterDatabase::str(username.trimmed().toLower().left(64)));
        if (r.empty())
            return Error::notFound(
                QCoreApplication::translate("motcua::CenterAccounts", "The center has no account of that name."));
        return accountJson(r[0]);
    });
}

Status CenterAccounts::setDisabled(const QString& usernameIn, bool disabled, const QString& by)
{
    const QString username = usernameIn.toLower();
    auto k = keys();
    if (!k)
        return k.error();
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    auto done = m_db.transact<bool>([&](pqxx::work& w) -> Result<bool> {
        const pqxx::result r =
            w.exec_params("SELECT role, departments FROM accounts WHERE username = $1 FOR UPDATE", S::str(username));
        if (r.empty())
            return Error::notFound(
                QCoreApplication::translate("motcua::CenterAccounts", "The center has no account named %1.")
                    .arg(username));
        const qint64 rev = w.exec("SELECT nextval('account_revisions')")[0][0].as<qint64>();
        SignedAccount a{m_agency,         username,
                        S::text(r[0][0]), S::text(r[0][1]).split(QLatin1Char(','), Qt::SkipEmptyParts),
                        disabled,         rev};
        auto sig = RoleSignature::sign(k->signing, a.message());
        if (!sig)
            return sig.error();
        w.exec_params("UPDATE accounts SET disabled = $2, rev = $3, signature = $4, changed_by = $5,"
                      " changed_station = 0, changed_at = $6 WHERE username = $1",
                      S::str(username), disabled, rev, bin(*sig), S::str(by.left(64)), now);
        w.commit();
        return true;
    });
    if (!done)
        return done.error();
    return {};
}

} // namespace motcua
