#include "sync/AccountSync.h"

#include "core/Logging.h"
#include "core/PortalProtocol.h"
#include "security/KeyRing.h"
#include "security/StationAccounts.h"
#include "store/Database.h"
#include "store/KeyFile.h"
#include "sync/SyncLane.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace motcua {

namespace P = PortalProtocol;

namespace {

constexpr int kPushBatch = 100;
constexpr int kPullPage = 200;
const QString kCursor = QStringLiteral("cursor");

} // namespace

AccountSync::AccountSync(SyncLane& lane)
    : m_lane(lane)
{}

QJsonObject AccountSync::toJson(const CenterAccountRow& row)
{
    QJsonObject o{{QStringLiteral("TenDangNhap"), row.username},
                  {QStringLiteral("HoTen"), row.fullName},
                  {QStringLiteral("VaiTro"), row.role},
                  {QStringLiteral("DonVi"), row.departments.join(QLatin1Char(','))},
                  {QStringLiteral("VoHieu"), P::flag(row.disabled)},
                  {QStringLiteral("PhaiDoiMatKhau"), P::flag(row.mustChange)},
                  {QStringLiteral("MatKhau"), row.verifier}};
    if (row.wrap) {
        o.insert(QStringLiteral("BocKhoa"),
                 QJsonObject{{QStringLiteral("VongLap"), QString::number(row.wrap->iterations)},
                             {QStringLiteral("Muoi"), QString::fromLatin1(row.wrap->salt.toBase64())},
                             {QStringLiteral("DuLieu"), QString::fromLatin1(row.wrap->wrapped.toBase64())}});
    }
    if (row.revision > 0)
        o.insert(QStringLiteral("Moc"), QString::number(row.revision));
    if (!row.signature.isEmpty())
        o.insert(QStringLiteral("ChuKy"), QString::fromLatin1(row.signature.toBase64()));
    return o;
}

Result<CenterAccountRow> AccountSync::fromJson(const QJsonObject& o)
{
    CenterAccountRow r;
    r.username = o.value(QLatin1String("TenDangNhap")).toString();
    r.fullName = o.value(QLatin1String("HoTen")).toString();
    r.role = o.value(QLatin1String("VaiTro")).toString();
    r.departments = o.value(QLatin1String("DonVi")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.disabled = P::isTrue(o.value(QLatin1String("VoHieu")));
    r.mustChange = P::isTrue(o.value(QLatin1String("PhaiDoiMatKhau")));
    r.verifier = o.value(QLatin1String("MatKhau")).toString();
    r.revision = P::number(o.value(QLatin1String("Moc")));
    r.signature = QByteArray::fromBase64(o.value(QLatin1String("ChuKy")).toString().toLatin1());
    const QJsonObject wrap = o.value(QLatin1String("BocKhoa")).toObject();
    if (!wrap.isEmpty()) {
        DataKeyWrap w;
        w.iterations = static_cast<int>(P::number(wrap.value(QLatin1String("VongLap"))));
        w.salt = QByteArray::fromBase64(wrap.value(QLatin1String("Muoi")).toString().toLatin1());
        w.wrapped = QByteArray::fromBase64(wrap.value(QLatin1String("DuLieu")).toString().toLatin1());
        r.wrap = w;
    }
    if (r.username.isEmpty() || r.fullName.isEmpty() || r.role.isEmpty() || r.verifier.isEmpty() || r.revision < 1 ||
        r.signature.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("motcua::AccountSync", "The center sent an incomplete account."));
    return r;
}

void AccountSync::run()
{
    if (!m_lane.wants(SyncKind::Account) || m_lane.stopped() || !m_lane.due(SyncKind::Account))
        return;
    CenterAccountRepository repo(m_lane.db());
    const Result<QByteArray> pinned = repo.value(QStringLiteral("verify_key"));
    if (!pinned || pinned->isEmpty())
        return; // not a workstation of a center
    if (const Result<QByteArray> first = repo.value(QStringLiteral("first_pass")); first && *first == "1") {
        if (!pull(true))
            return;
        Transaction tx(m_lane.db());
        Status done = tx.begun();
        if (done)
            done = repo.markLocalOnlyPending();
        if (done)
            done = repo.setValue(QStringLiteral("first_pass"), QByteArrayLiteral("0"));
        if (done)
            done = tx.commit();
        if (!done) {
            m_lane.note(done.error().message);
            return;
        }
    }
    if (push())
        pull();
}

bool AccountSync::push()
{
    CenterAccountRepository repo(m_lane.db());
    for (;;) {
        if (m_lane.stopped())
            return false;
        const Result<QList<CenterAccountRow>> pending = repo.pending(kPushBatch);
        if (!pending) {
            m_lane.note(pending.error().message);
            return false;
        }
        if (pending->isEmpty())
            return true;
        QJsonArray data;
        for (const CenterAccountRow& row : *pending)
            data.append(toJson(row));
        const PortalAnswer r =
            m_lane.client().call(QStringLiteral("MC_DayTaiKhoan"), QJsonObject{{QStringLiteral("data"), data}});
        if (!r.ok()) {
            m_lane.bookFailure(SyncKind::Account, r);
            return false;
        }
        Transaction tx(m_lane.db());
        Status done = tx.begun();
        for (const CenterAccountRow& row : *pending) {
            if (done)
                done = repo.acknowledge(row.userId, row.pending);
        }
        if (done)
            done = tx.commit();
        if (!done) {
            m_lane.note(done.error().message);
            return false;
        }
        qCInfo(lcSync) << pending->size() << "accounts sent to the center";
        if (pending->size() < kPushBatch)
            return true;
    }
}

bool AccountSync::pull(bool centerWins)
{
    CenterAccountRepository repo(m_lane.db());
    const Result<QByteArray> stored = repo.value(kCursor);
    QString cursor = stored && !stored->isEmpty() ? QString::fromLatin1(*stored) : QStringLiteral("0");
    int applied = 0;
    for (;;) {
        if (m_lane.stopped())
            return false;
        const PortalAnswer r = m_lane.client().call(
            QStringLiteral("MC_LayTaiKhoan"),
            QJsonObject{{QStringLiteral("TuMoc"), cursor}, {QStringLiteral("SoLuong"), QString::number(kPullPage)}});
        if (!r.ok()) {
            m_lane.bookFailure(SyncKind::Account, r);
            return false;
        }
        const QJsonArray rows = r.body.value(QLatin1String("result")).toArray();
        const QString next = r.body.value(QLatin1String("MocTiep")).toString(cursor);
        Transaction tx(m_lane.db());
        Status done = tx.begun();
        for (const QJsonValue& v : rows) {
            if (!done)
                break;
            const Result<CenterAccountRow> row = fromJson(v.toObject());
            if (!row) {
                m_lane.note(row.error().message);
                continue;
            }
            if (!StationAccounts::verifies(repo, *row)) {
                qCWarning(lcSync) << "an account from the center does not verify: not applied, revision"
                                  << row->revision;
                m_lane.note(QCoreApplication::translate(
                    "motcua::AccountSync", "An account sent by the center is not signed by it; it was not applied."));
                continue;
            }
            done = StationAccounts::applyFromCenter(m_lane.db(), *row, centerWins, m_lane.now().toSecsSinceEpoch());
            if (done)
                ++applied;
        }
        if (done)
            done = repo.setValue(kCursor, next.toLatin1());
        if (done)
            done = tx.commit();
        if (!done) {
            m_lane.note(done.error().message);
            return false;
        }
        cursor = next;
        if (!P::isTrue(r.body.value(QLatin1String("ConNua"))) || rows.isEmpty())
            break;
    }
    m_lane.bookSuccess(SyncKind::Account);
    if (applied > 0) {
        qCInfo(lcSync) << applied << "accounts from the center applied";
        // Logins before the database opens read the key file: it follows the accounts.
        KeyRing keys(m_lane.db(), 1);
        keys.setKeyFile(KeyFile::pathFor(m_lane.db().path()));
        if (Status s = keys.writeKeyFile(false); !s)
            m_lane.note(s.error().message);
    }
    return true;
}

} // namespace motcua
