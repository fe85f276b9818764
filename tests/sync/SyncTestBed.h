#pragma once

// A station (AppContext over a temporary database) wired to a reference portal (the running
// executable, or the one in process), with
// helpers to take dossiers, queue attachments, run passes and check that the portal holds
// everything exactly once and byte-identical. Shared by the tests in tests/sync.

#include "PortalFixture.h"
#include "core/Clock.h"
#include "core/Dossier.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Settings.h"
#include "sync/SyncRunner.h"
#include "sync/SyncService.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <utility>
#include <vector>

namespace motcua::test {

class SyncTestBed
{
public:
    // A station's database is encrypted when its first administrator is created, as in the app;
    // `plainDatabase` keeps it plain, for runs of motcuactl without --user.
    explicit SyncTestBed(TestPortal& portal, const QString& name = QStringLiteral("station"),
                         bool plainDatabase = false)
        : m_portal(portal)
    {
        m_path = m_dir.filePath(name + QStringLiteral(".db"));
        AppContext::Options o;
        o.databasePath = m_path;
        o.kdfIterationsForTesting = 1000;
        o.encryptAtAdminLogin = !plainDatabase;
        auto ctx = AppContext::open(o);
        if (!ctx) {
            m_error = ctx.error().message;
            return;
        }
        m_ctx = std::move(*ctx);
        // The first administrator unlocks the data key, so the portal password below is
        // stored sealed, as in the app.
        auto admin = m_ctx->users().createFirstAdmin(adminName(), QStringLiteral("Quản Trị"), adminPassword());
        if (!admin) {
            m_error = admin.error().message;
            return;
        }
        m_admin = *admin;
        Settings& s = m_ctx->settings();
        // A station of motcua-center keeps its credential in center.*, as after joining.
        const QString prefix = portal.isCenter() ? QStringLiteral("center.") : QStringLiteral("portal.");
        const bool ok =
            s.set(prefix + QStringLiteral("url"), portal.url().toString()) &&
            s.set(prefix + QStringLiteral("username"), portal.username()) &&
            s.set(prefix + QStringLiteral("password"), portal.password()) &&
            s.set(prefix + QStringLiteral("caFile"), portal.caPath()) &&
            (portal.pinSha256().isEmpty() || s.set(QStringLiteral("portal.pinSha256"), portal.pinSha256())) &&
            s.set(QStringLiteral("center.agencyCode"), portal.madonvi());
        if (!ok)
            m_error = QStringLiteral("cannot store the portal settings");
        m_clerk.username = QStringLiteral("clerk1");
        m_clerk.role = Role::Clerk;
        for (const Procedure& p : m_ctx->catalogue().procedures()) {
            if (p.channel(Channel::Counter)) {
                m_procedures.append(p.code);
                if (m_procedures.size() == 5)
                    break;
            }
        }
    }

    bool isValid() const { return m_ctx != nullptr && m_error.isEmpty(); }
    static QString adminName() { return QStringLiteral("admin"); }
    static QString adminPassword() { return QStringLiteral("station-admin-password-1"); }
    Actor admin() const { return m_admin; }
    // `motcuactl --db PATH sync now --user admin`, the password in the environment.
    QStringList syncNowArguments() const
    {
        return {QStringLiteral("--db"),   m_path,     QStringLiteral("sync"), QStringLiteral("now"),
                QStringLiteral("--user"), adminName()};
    }
    static QProcessEnvironment cliEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MOTCUA_PASSWORD"), adminPassword());
        return env;
    }
    QString error() const { return m_error; }
    AppContext& app() { return *m_ctx; }
    QString path() const { return m_path; }
    Actor clerk() const { return m_clerk; }

    // Takes `n` dossiers at the counter; their codes.
    QStringList takeDossiers(int n)
    {
        QStringList codes;
        for (int i = 0; i < n; ++i) {
            Dossier d;
            d.procedureCode = m_procedures.at(i % m_procedures.size());
            d.channel = Channel::Counter;
            d.applicant.type = ApplicantType::Citizen;
            d.applicant.fullName = QStringLiteral("Nguyễn Thị Hồng %1").arg(++m_serial);
            d.applicant.idNumber = QStringLiteral("0620900%1").arg(10000 + m_serial);
            d.applicant.phone = QStringLiteral("09123%1").arg(10000 + m_serial);
            auto r = m_ctx->dossiers().receive(m_clerk, d);
            if (!r) {
                m_error = r.error().message;
                return codes;
            }
            codes.append(r->code);
        }
        return codes;
    }

    // Queues an attachment as the attachment store does (outbox kind 'attachment').
    QString queueAttachment(const QString& code, const QByteArray& bytes, const QString& fileName)
    {
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        m_files.insert(sha, bytes);
        Transaction tx(m_ctx->db());
        const Status s = enqueueOutbox(m_ctx->db(), m_ctx->clock().now(), SyncKind::Attachment, code,
                                       {{QStringLiteral("code"), code},
                                        {QStringLiteral("sha256"), sha},
                                        {QStringLiteral("size"), bytes.size()},
                                        {QStringLiteral("fileName"), fileName}});
        if (!s || !tx.commit())
            m_error = QStringLiteral("cannot queue an attachment");
        return sha;
    }

    // A local change the portal has not seen yet: the dossier's newest object queued again.
    bool queueAgain(const QString& code)
    {
        Transaction tx(m_ctx->db());
        return enqueueOutbox(m_ctx->db(), m_ctx->clock().now(), SyncKind::Dossier, code,
                             latestPayloads().value(code)) &&
               tx.commit();
    }

    static QByteArray randomBytes(int size, quint32 seed)
    {
        QRandomGenerator rng(seed);
        QByteArray b(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            b[i] = static_cast<char>(rng.bounded(256));
        return b;
    }

    AttachmentReader reader() const
    {
        const QHash<QString, QByteArray> files = m_files;
        return [files](const OutboxItem& item) -> Result<QByteArray> {
            const QString sha = item.payload.value(QStringLiteral("sha256")).toString();
            if (!files.contains(sha))
                return Error::notFound(QStringLiteral("no such attachment"));
            return files.value(sha);
        };
    }

    SyncOptions options(bool force = true)
    {
        m_ctx->sync().setAttachmentReader(reader());
        auto o = m_ctx->sync().options(force);
        if (!o) {
            m_error = o.error().message;
            return {};
        }
        o->transport = m_portal.transport();
        return *o;
    }

    Result<SyncReport> pass(const SyncOptions& options) { return SyncRunner(m_path, options).run(); }

    // Passes until nothing is pending (or `maxPasses`); the number of passes run, -1 on error.
    int drain(SyncOptions options, int maxPasses)
    {
        for (int i = 1; i <= maxPasses; ++i) {
            auto r = pass(options);
            if (!r) {
                m_error = r.error().message;
                return -1;
            }
            if (pending() == 0)
                return i;
        }
        return maxPasses + 1;
    }

    int count(const QString& sql)
    {
        Statement& st = m_ctx->db().prepare(sql);
        const int n = st.next() ? st.integer(0) : -1;
        st.reset();
        return n;
    }
    // The rows not done, for failure messages.
    QString describePending()
    {
        QStringList out;
        Statement& st = m_ctx->db().prepare(
            QStringLiteral("SELECT kind, entity_key, state, attempts, last_error FROM outbox WHERE state <> 'done'"));
        while (st.next())
            out.append(QStringLiteral("%1 %2 %3 x%4: %5")
                           .arg(st.text(0), st.text(1), st.text(2))
                           .arg(st.integer(3))
                           .arg(st.text(4)));
        return out.join(QLatin1Char('\n'));
    }
    int pending() { return count(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")); }
    int events() { return count(QStringLiteral("SELECT count(*) FROM dossier_events WHERE username <> 'portal'")); }

    // The newest payload queued for each dossier: what the portal must hold.
    QHash<QString, QJsonObject> latestPayloads()
    {
        QHash<QString, QJsonObject> out;
        Statement& st = m_ctx->db().prepare(
            QStringLiteral("SELECT entity_key, payload FROM outbox WHERE kind = 'dossier' ORDER BY id"));
        while (st.next())
            out.insert(st.text(0), QJsonDocument::fromJson(st.text(1).toUtf8()).object());
        return out;
    }

    // Every dossier once and equal to ours, every history row once, every file complete with
    // our SHA-256 and size. Empty string when all holds, else what differs.
    QString verifyPortal(int expectedFiles)
    {
        const QHash<QString, QJsonObject> local = latestPayloads();
        if (m_portal.dossierCount() != local.size())
            return QStringLiteral("portal dossiers %1, local %2").arg(m_portal.dossierCount()).arg(local.size());
        if (m_portal.historyCount() != events())
            return QStringLiteral("portal history rows %1, local %2").arg(m_portal.historyCount()).arg(events());
        if (m_portal.fileCount() != expectedFiles)
            return QStringLiteral("portal files %1, expected %2").arg(m_portal.fileCount()).arg(expectedFiles);
        for (auto it = local.cbegin(); it != local.cend(); ++it) {
            const QJsonObject remote = m_portal.dossier(it.key());
            QJsonObject stored = remote.value(QStringLiteral("dossier")).toObject();
            for (auto f = it.value().begin(); f != it.value().end(); ++f) {
                if (stored.value(f.key()) != f.value())
                    return QStringLiteral("%1: field %2 differs").arg(it.key(), f.key());
            }
            for (const QJsonValue& file : remote.value(QStringLiteral("files")).toArray()) {
                const QJsonObject fo = file.toObject();
                const QString sha = fo.value(QStringLiteral("sha256")).toString();
                if (!m_files.contains(sha))
                    return QStringLiteral("%1: unknown file %2").arg(it.key(), sha);
                if (fo.value(QStringLiteral("stored_sha256")).toString() != sha ||
                    fo.value(QStringLiteral("stored_size")).toVariant().toLongLong() != m_files.value(sha).size())
                    return QStringLiteral("%1: file %2 not byte-identical").arg(it.key(), sha);
            }
        }
        return {};
    }

private:
    TestPortal& m_portal;
    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
    std::unique_ptr<AppContext> m_ctx;
    Actor m_clerk;
    Actor m_admin;
    QStringList m_procedures;
    QHash<QString, QByteArray> m_files;
    int m_serial = 0;
};

// The stations of a test against motcua-center: empties the center (stopped, data reset,
// started again), then opens one station per entry, the first as station 1 with the fixture's
// credential, the next ones enrolled as stations 2, 3... (once per center run; the credentials
// are kept) and joined with their own. Empty when all held, else what failed.
inline QString openCenterStations(PortalFixture& center,
                                  const std::vector<std::pair<std::unique_ptr<SyncTestBed>*, QString>>& stations)
{
    center.stop();
    if (!center.resetData())
        return QStringLiteral("cannot reset the center's data");
    if (!center.restart())
        return center.errorString();
    for (const auto& [bed, name] : stations) {
        *bed = std::make_unique<SyncTestBed>(center, name);
        if (!(*bed)->isValid())
            return (*bed)->error();
    }
    static QHash<int, QPair<QString, QString>> credentials; // one enrolment per center run
    for (int number = 1; number <= static_cast<int>(stations.size()); ++number) {
        Settings& s = (*stations.at(number - 1).first)->app().settings();
        if (number > 1 && !credentials.contains(number)) {
            QByteArray code;
            if (center.centerCommand({QStringLiteral("enrol"), QStringLiteral("--station"), QString::number(number)},
                                     &code) != 0)
                return QStringLiteral("cannot enrol station %1").arg(number);
            const PortalHttp::Result r = center.http().post(
                QStringLiteral("/center/join"), {{QStringLiteral("code"), QString::fromUtf8(code).trimmed()},
                                                 {QStringLiteral("name"), (*stations.at(number - 1).first)->path()}});
            if (r.code() != QLatin1String("0"))
                return QStringLiteral("station %1 could not join: %2").arg(number).arg(r.code());
            credentials.insert(number, {r.json.value(QLatin1String("username")).toString(),
                                        r.json.value(QLatin1String("password")).toString()});
        }
        if (number > 1 && !(s.set(QStringLiteral("center.username"), credentials.value(number).first) &&
                            s.set(QStringLiteral("center.password"), credentials.value(number).second)))
            return QStringLiteral("cannot store the credential of station %1").arg(number);
        if (!s.set(QStringLiteral("station.number"), QString::number(number)))
            return QStringLiteral("cannot number station %1").arg(number);
    }
    return {};
}

} // namespace motcua::test
